// parallax annotate stage (private): a year spelled in words after a day
// and month ("13 Sept nineteen seventy two", "September 10, nineteen zero
// one", "5. Mai neunzehnhundertzweiundsiebzig"), read from the number
// layer's tokens (date_spelled_year.cc).
#ifndef PARALLAX_ANNOTATE_DATE_SPELLED_YEAR_H_
#define PARALLAX_ANNOTATE_DATE_SPELLED_YEAR_H_

#include <cstddef>

#include "annotate/date_parse.h"

namespace parallax::annotate {

// A spelled year at token `j` (after an optional comma): one spelled
// number 1000-2099 ("two thousand five", "neunzehnhundertzweiundsiebzig";
// an ordinal one with its year word: "... семьдесят второго года"),
// or two spelled numbers in a row, a century 15-20 and then 0-99
// ("nineteen seventy two", "twenty twenty"), where the clause ends after it
// (ClauseEndsAt: not "May 5, nineteen seventy protesters"). Digits never
// count (MatchAbsolute reads digit years). Returns the year and sets `end`
// to the token after it; 0 when there is none.
int SpelledYearAt(DateCtx& c, size_t j, size_t* end);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_DATE_SPELLED_YEAR_H_
