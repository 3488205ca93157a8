// Clock times: "10:30", "15 Uhr", "3 pm", "15h30", "10.30 Uhr".
#include "annotate/date_parse.h"

namespace parallax::annotate {

bool MatchTime(DateCtx& c, size_t i, bool context, DateFound* f) {
  if (!c.Num(i, 1, 2)) return false;
  int h = c.t[i].value, mi = 0;
  size_t j = i + 1;
  bool marked = false;  // a word says it is a time: Uhr, h, pm
  if (c.Punct(j, ':') && c.Glued(j) && c.Num(j + 1, 2, 2) && c.Glued(j + 1)) {
    mi = c.t[j + 1].value;
    j += 2;
    if (c.Punct(j, ':') && c.Glued(j) && c.Num(j + 1, 2, 2) && c.Glued(j + 1)) {
      if (c.t[j + 1].value > 59) return false;
      j += 2;
    }
  } else if (c.Punct(j, '.') && c.Glued(j) && c.Num(j + 1, 2, 2) && c.Glued(j + 1) &&
             (context || c.Is(j + 2, kDwHourWord))) {
    // "18.30 Uhr", "o godz. 12.00": a dot needs the hour word or a time word.
    mi = c.t[j + 1].value;
    j += 2;
  } else if (!c.Is(j, kDwHourWord) && !c.Is(j, kDwAm) && !c.Is(j, kDwPm)) {
    // A bare hour only after a word that says so: "alle 10", "a las 9".
    if (!c.HourCueBefore(i)) return false;
    marked = true;
  }
  if (c.Is(j, kDwHourWord)) {
    marked = true;
    ++j;
    // "15h30"
    if (mi == 0 && c.Glued(j) && c.Num(j, 2, 2) && c.Glued(j - 1)) mi = c.t[j++].value;
  } else if (c.Is(j, kDwAm) || c.Is(j, kDwPm)) {
    if (h < 1 || h > 12) return false;
    h = c.Is(j, kDwPm) ? h % 12 + 12 : h % 12;
    marked = true;
    ++j;
  }
  if (h > 23 || mi > 59 || !c.EndOk(j)) return false;
  // "3:1" and "2:45" (scores, ratios, verse numbers) need a time word: a
  // one-digit hour is a time only with context or a marker word.
  if (!marked && !context && c.t[i].digits() == 1) return false;
  f->hour = h;
  f->minute = mi;
  f->first = i;
  f->last = j;
  return true;
}

}  // namespace parallax::annotate
