// parallax annotate stage (private): weeks and weekends named in text,
// resolved against the reference: weeks of a month ("the first week of
// October", "die zweite Woche im März", "der ersten Novemberwoche", "w
// pierwszym tygodniu maja", "last week of the month"), weekends ("this
// weekend", "am vergangenen Wochenende", "le week-end dernier", "el fin de
// semana pasado", "в эти выходные") and weekends of a month ("le premier
// week-end de septembre"). Words are data (date_words.tsv: unit, weekend,
// last / this / next, links); windows: data/dates-README.md, "Weeks of a
// month and weekends".
#ifndef PARALLAX_ANNOTATE_DATE_WEEKS_H_
#define PARALLAX_ANNOTATE_DATE_WEEKS_H_

#include "annotate/date_parse.h"

namespace parallax::annotate {

// A week or weekend at token `i`:
// - an ordinal 1-5 or a `last` word, the week unit or a `weekend` word,
//   then the month: a full month name with an optional year ("of October
//   2014", "im März", "maja"), one glued to the unit ("Novemberwoche"), or
//   one named from the reference ("of next month", "of the month"). A week
//   is the nth Monday-to-Sunday week that lies wholly in the month (the
//   last: the one with the month's last Sunday); a weekend the nth
//   Saturday and the Sunday after it (the last: the month's last Sunday
//   and the Saturday before it). `value`..`value_max` are the days.
// - a `weekend` word with a last / this / next word before or after it
//   ("last weekend", "le week-end prochain"), or after a link word ("am
//   Wochenende", "over the weekend", "в выходные"): Saturday..Sunday of
//   the weekend of the reference's week (this), the latest one that ended
//   before the reference (last), the first after it (next), or the latest
//   one that began on or before it (a bare one: news reports the past).
// Sets f->first, f->last and f->preset (basis absolute with a written
// year, completed for a month alone, relative otherwise; without a
// reference no value and a reason). False when none starts at `i`.
// Allocates only on a match.
bool MatchWeeks(DateCtx& c, size_t i, const ReferenceTime& reference, DateFound* f);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_DATE_WEEKS_H_
