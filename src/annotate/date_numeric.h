// parallax annotate stage (private): numeric dates written with spaces or
// with a connector word instead of a separator ("le 24 12 2014", "el 17 del
// 11", "9 de 8 de 1971"); date_absolute.cc tries them after its own forms.
#ifndef PARALLAX_ANNOTATE_DATE_NUMERIC_H_
#define PARALLAX_ANNOTATE_DATE_NUMERIC_H_

#include <cstddef>

#include "annotate/date_parse.h"

namespace parallax::annotate {

// Day, month and year as numbers apart by spaces, at token `i`: "24 12
// 2014", "02 04 2009" (a four-digit year 1000-2999, the day 1-31, the month
// 1-12), or after a `det`/`day_link` word with a two-digit year or none
// ("le 24 12 14", "le 17 02"), where the clause ends after it. Day first in
// every language (no language writes a spaced month-first date). Fills
// `f` (day precision, y 0 when no year) and returns true.
bool MatchSpacedNumeric(DateCtx& c, size_t i, DateFound* f);

// A day, a `connector` word and the month as a number, at token `i`:
// "9 de 8 de 1971" (with a four-digit year after a second connector), or
// after a `det` word with no year where the clause ends ("el 17 del 11",
// "il 3 del 5"). "3 de 5 partidos" (a share) has neither and is no date.
bool MatchDayConnectorMonth(DateCtx& c, size_t i, DateFound* f);

// A two-digit year after a day and month at `k` ("18. Juli 14", "31
// octobre 74", "14 kwietnia 15"): where the clause ends right after it
// ("am 18. Juli 14 Menschen", "18 July 14:00" are no years). Its full year
// (00-69: 2000s, 70-99: 1900s) and the token after it; 0 when none.
int ShortYearAfterDayMonth(DateCtx& c, size_t k, size_t* end);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_DATE_NUMERIC_H_
