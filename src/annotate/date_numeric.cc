// Numeric dates without separators between their parts: "24 12 2014",
// "le 17 02", "9 de 8 de 1971", "el 17 del 11", and a two-digit year after
// a day and month ("18. Juli 14"). The forms with dots, slashes and hyphens
// are date_absolute.cc's.
#include "annotate/date_numeric.h"

#include "annotate/date_calendar.h"

namespace parallax::annotate {

namespace {

// Four-digit years a date may have (as date_absolute.cc's YearInRange).
bool YearInRange(int y) { return y >= 1000 && y <= 2999; }

// Two-digit years: the POSIX %y pivot, as date_absolute.cc.
int FullYear(int two_digits) { return two_digits < 70 ? 2000 + two_digits : 1900 + two_digits; }

// A number at `i` has a number token glued or spaced right before it, so
// that it is one of a list or table row ("1 24 12 2014").
bool NumberBefore(const DateCtx& c, size_t i) { return i > 0 && c.t[i - 1].kind == DateTok::kNum; }

// The word before `i` makes a bare day a date: a `day_link` word ("le",
// "el", "am", "on"), or a `det` word after a date word ("per il 21").
bool DayWordBefore(const DateCtx& c, size_t i) {
  if (i == 0) return false;
  const size_t p = i - 1;
  if (c.Is(p, kDwDayLink)) return true;
  return c.Is(p, kDwDet) && p > 0 && c.t[p - 1].entry != nullptr && !c.Is(p - 1, kDwConnector);
}

// Day `d` of month `m` in year `y` (0: completed later) is a date.
bool Fill(int d, int m, int y, size_t first, size_t last, DateFound* f) {
  if (d < 1 || m < 1 || m > 12) return false;
  if (y != 0 ? !cal::Valid(y, m, d) : d > cal::DaysInMonth(2000, m)) return false;
  f->d = d;
  f->m = m;
  f->y = y;
  f->prec = DatePrec::kDay;
  f->first = first;
  f->last = last;
  return true;
}

}  // namespace

bool MatchSpacedNumeric(DateCtx& c, size_t i, DateFound* f) {
  if (!c.Num(i, 1, 2) || !c.StartOk(i) || NumberBefore(c, i) || !c.Num(i + 1, 1, 2) ||
      c.Glued(i + 1)) {
    return false;
  }
  const int d = c.t[i].value, m = c.t[i + 1].value;
  if (d < 1 || d > 31 || m < 1 || m > 12) return false;
  const size_t k = i + 2;
  // "24 12 2014": a four-digit year makes the three numbers a date anywhere.
  if (c.Num(k, 4, 4) && !c.Glued(k) && YearInRange(c.t[k].value) && c.EndOk(k + 1) &&
      !(k + 1 < c.size() && c.t[k + 1].kind == DateTok::kNum)) {
    return Fill(d, m, c.t[k].value, i, k + 1, f);
  }
  if (!DayWordBefore(c, i) || c.Punct(i + 1, ':')) return false;
  // "le 24 12 14": a two-digit year, then the clause ends.
  if (c.Num(k, 2, 2) && !c.Glued(k) && ClauseEndsAt(c, k + 1)) {
    return Fill(d, m, FullYear(c.t[k].value), i, k + 1, f);
  }
  // "le 17 02", "le 17 2": day and month alone, then the clause ends.
  if (!ClauseEndsAt(c, k)) return false;
  return Fill(d, m, 0, i, k, f);
}

bool MatchDayConnectorMonth(DateCtx& c, size_t i, DateFound* f) {
  if (!c.Num(i, 1, 2) || !c.StartOk(i) || NumberBefore(c, i)) return false;
  size_t k = i + 1;
  const size_t w = c.Match(k, kDwConnector);
  if (w == 0) return false;
  k += w;
  if (!c.Num(k, 1, 2) || c.Glued(k)) return false;
  const int d = c.t[i].value, m = c.t[k].value;
  ++k;
  // "9 de 8 de 1971": a second connector and a four-digit year.
  if (const size_t w2 = c.Match(k, kDwConnector); w2 > 0) {
    const size_t y = k + w2;
    if (c.Num(y, 4, 4) && YearInRange(c.t[y].value) && c.EndOk(y + 1) &&
        !(y + 1 < c.size() && c.t[y + 1].kind == DateTok::kNum)) {
      return Fill(d, m, c.t[y].value, i, y + 1, f);
    }
    return false;
  }
  // "el 17 del 11": no year, after a day word, where the clause ends.
  if (!DayWordBefore(c, i) || !ClauseEndsAt(c, k)) return false;
  return Fill(d, m, 0, i, k, f);
}

int ShortYearAfterDayMonth(DateCtx& c, size_t k, size_t* end) {
  if (!c.Num(k, 2, 2) || c.Glued(k) || !ClauseEndsAt(c, k + 1)) return 0;
  *end = k + 1;
  return FullYear(c.t[k].value);
}

}  // namespace parallax::annotate
