// parallax annotate stage (private): clock times, time ranges, parts of the
// day and times from now (date_clock.cc, date_day_parts.cc,
// date_time_now.cc). The words are data: data/<lang>/date_words.tsv,
// "Times of day" in data/dates-README.md.
#ifndef PARALLAX_ANNOTATE_DATE_CLOCK_H_
#define PARALLAX_ANNOTATE_DATE_CLOCK_H_

#include <cstddef>
#include <cstdint>

#include "annotate/date_parse.h"
#include "parallax/annotate.h"

namespace parallax::annotate {

// One clock time read from tokens first .. end-1.
struct Clock {
  size_t first = 0, end = 0;
  int hour = -1, minute = 0;
  int hour2 = -1, minute2 = 0;  // a range's end ("9:30-11:00"); -1: none
  bool marked = false;          // a word or form says it is a time ("Uhr", "pm", "halb")
  bool this_part = false;       // a `this` part of the day followed ("8 heures ce soir")
  bool joined = false;          // a glued dash or slash follows: only a range's first end
  bool unit_only = false;       // only an hour word that is also a unit marks it ("20 heures")
  bool zone_set = false;        // a time zone follows ("8:00 GMT", "14 Uhr MEZ"), in the span
  int zone = 0;                 // its offset, minutes east of UTC
};

// The clause ends at token `j` for a time before it: ClauseEndsAt(c, j,
// ClauseAfter::kTime) (date_parse.h), under the name its readers use.
inline bool ClauseEndsAfterTime(const DateCtx& c, size_t j) {
  return ClauseEndsAt(c, j, ClauseAfter::kTime);
}

// A clock time at `i` with the time words and qualifiers before it ("um",
// "gegen", "a las", "o godz."), which the span covers, and a range's end
// ("von 9 bis 11 Uhr", "9:30-11:00", "between 2 and 4 pm"), and a time
// zone after the time ("8:00 GMT", "в 15:00 по московскому времени"); two
// bare hours are a range only after a from-word ("z 9 do 11"). `after`: a day
// or a part of the day comes right before, which counts as a time word
// ("Donnerstag 8:00", "abends um 8"). False when there is none.
enum class After : uint8_t { kNothing, kDay, kPart };
bool ReadClockPhrase(DateCtx& c, size_t i, After after, Clock* out);

// The number layer read a number starting at token `i` (a spelled hour,
// minutes or count). One binary search.
bool SpelledNumberAt(const DateCtx& c, size_t i);

// `hour` (0-23, written on either clock) moved into the part of the day
// from..to (to < from: it ends the next day): "8" in the evening is 20,
// "3" in the morning 3, "9" at night 21. An hour above 12 stays.
int HourInPart(int hour, int from, int to);

// A clock time, a time range, a part of the day or a time from now starting
// at token `i` ("um 15 Uhr", "gegen halb vier", "von 9 bis 11 Uhr", "this
// morning", "in der Nacht zum Freitag", "in zwei Stunden", "8 heures ce
// soir"), with a day right after it ("um 17 Uhr morgen"). A time from now
// is resolved against `ref` at once (f->preset). False when there is none.
bool MatchClock(DateCtx& c, size_t i, const ReferenceTime& ref, DateFound* f);

// A time from now or a period up to or from now starting at token `i`:
// "in zwei Stunden", "vor 30 Sekunden", "2 godziny temu", "in einer halben
// Stunde", "in 2,5 Stunden", "the past 24 hours", "3 prochaines secondes"
// (date_time_now.cc). Resolved against `ref` at once (f->preset): to the
// minute, to the second when seconds are counted, to the day when `ref`
// has no time; no value and a reason without a reference. "in"/"en" + an
// article is a time only where the clause ends after the unit ("in einer
// Stunde." but not "In einer Stunde fielen 40 Liter"). False when none.
bool MatchFromNow(DateCtx& c, size_t i, const ReferenceTime& ref, DateFound* f);

// A `now` word or phrase at token `i` ("now", "jetzt", "w tej chwili",
// "в данный момент"): the reference itself, to the minute (its day when it
// has no time), resolved at once (f->preset). False when there is none.
bool MatchNow(DateCtx& c, size_t i, const ReferenceTime& ref, DateFound* f);

// After a day date `f` ending before token `k`: a time, a time range or a
// part of the day that belongs to it ("gestern um 10:30", "heute Abend",
// "Donnerstag von 9 bis 11 Uhr", "hier soir", "Donnerstagabend"). Sets f's
// time fields and returns the token after them (k when there is none).
size_t AttachClock(DateCtx& c, size_t k, DateFound* f);

// Writes a time range's end and a part of the day of `f` into `m`, the
// mention Resolve made of `f`: a part of the day is its first and last hour
// ("2022-01-09T18".."2022-01-09T23"), a range's end its last time; a time
// zone is the ISO offset after the time as written ("T08:00+00:00": not
// converted, the reference carries no zone). Leaves `m` alone when `f` has
// none of them or `m` has no value.
void FinishClock(const DateFound& f, DateMention* m);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_DATE_CLOCK_H_
