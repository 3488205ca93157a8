// parallax annotate stage (private): parts of a week, month or year
// ("Ende März", "début avril", "mi-décembre", "à la fin de l'année", "в
// конце года", "pod koniec przyszłego miesiąca", "a mediados de 2020",
// "early next week"), resolved against the reference. Words are
// `period_part` rows of data/<lang>/date_words.tsv; format and windows:
// data/dates-README.md, "Parts of a period".
#ifndef PARALLAX_ANNOTATE_DATE_PERIOD_PARTS_H_
#define PARALLAX_ANNOTATE_DATE_PERIOD_PARTS_H_

#include "annotate/date_parse.h"

namespace parallax::annotate {

// A part word or phrase at token `i` (begin, middle, end; a noun such as
// "Anfang", "fin", "конце" or an adjective such as "early", "late"), then
// links ("des", "de la", "of the"), then what it divides: a full month name
// with an optional year ("Ende März 2021"), a year ("Anfang 2020", "конец
// 2019 года"), or a week, month or year unit with an optional last / this
// / next word on either side ("Ende des Jahres", "début de la semaine
// prochaine", "early next week"; a bare unit only after a noun: "в конце
// года", not "the early years"). A month's part is days (1-10, 11-20,
// 21-last), a year's months (1-2, 6-7, 11-12), a week's weekdays (Mon-Tue,
// Wed-Thu, Thu-Sun): `value`..`value_max`. Sets f->first, f->last and
// f->preset (basis absolute with a written year, relative for a unit,
// completed for a month alone; without a reference no value and a reason).
// False, `f` untouched, when no part of a period starts at `i`. Allocates
// only on a match.
bool MatchPeriodPart(DateCtx& c, size_t i, const ReferenceTime& reference, DateFound* f);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_DATE_PERIOD_PARTS_H_
