// parallax annotate stage (private): holidays and seasons named in text
// ("after Christmas", "Orthodox Christmas 2022", "Ramadan", "letzten
// Sommer", "летом 2021 года", "l'été dernier", "two weeks before Easter"),
// resolved against the reference. Names: date_holiday_names.h; rules:
// date_holiday_rules.h. Format: data/dates-README.md, "Holidays and
// seasons".
#ifndef PARALLAX_ANNOTATE_DATE_HOLIDAYS_H_
#define PARALLAX_ANNOTATE_DATE_HOLIDAYS_H_

#include "annotate/date_holiday_names.h"
#include "annotate/date_parse.h"

namespace parallax::annotate {

// A holiday or season at token `i`: maybe after an offset ("two weeks
// before Christmas", "за неделю до Нового года": a day), with a direction
// before it ("last Christmas", "этим летом") or after it ("l'été
// dernier"), and a written year ("Weihnachten 2014", "зимой 2021/22 года")
// or a relative one ("Christmas last year") after it. Resolved here
// against `reference`: the occurrence in the year given; else, with last /
// next, the latest one ending before / the first one starting after the
// reference; else the one closest to it (a tie goes to the past). Sets
// f->first, f->last and f->preset (value and value_max: days, or months
// for a season; basis absolute with a written year, relative with a
// direction or a relative year, completed otherwise; without a reference,
// or a year the date table lacks, no value and a reason). Seasons without
// a year or direction need a preposition before them ("in the summer")
// unless their form says "in" by itself ("летом"). Allocates only on a
// match, where it clears `f` first; false (f untouched) when nothing is
// named at `i`, so the caller need not clear `f` before the call.
bool MatchHoliday(DateCtx& c, size_t i, const ReferenceTime& reference, DateFound* f);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_DATE_HOLIDAYS_H_
