// Relative dates: "yesterday", "vorgestern", "on Thursday", "jeudi dernier",
// "last week", "в прошлом году", "two days ago", "vor zwei Tagen",
// "il y a deux jours", "in two days", "через два дня". Words are data
// (date_words.tsv); resolution against the reference is in date_scan.cc.
#include <algorithm>
#include <cstdlib>

#include "annotate/date_parse.h"

namespace parallax::annotate {
namespace {

RelKind KindOfUnit(uint8_t unit) {
  switch (unit) {
    case kUnitDay:
      return RelKind::kDays;
    case kUnitWeek:
      return RelKind::kWeeks;
    case kUnitMonth:
      return RelKind::kMonths;
    case kUnitQuarter:
      return RelKind::kQuarters;
    case kUnitYear:
      return RelKind::kYears;
    default:
      return RelKind::kNone;
  }
}

// "<count> <unit>" at `i`; sets kind, count and the token after the unit.
bool CountUnit(DateCtx& c, size_t i, RelKind* kind, int* n, size_t* end) {
  size_t k = 0;
  if (!c.ReadCount(i, n, &k)) return false;
  const DateMeaning* m = nullptr;
  const size_t u = c.Match(k, kDwUnit, &m);
  if (u == 0) return false;
  *kind = KindOfUnit(m->unit);
  *end = k + u;
  return true;
}

// -step, 0, +step for a last / this / next word (or phrase) at `i` ("last"
// -1, "übernächste" +2); its length.
size_t Direction(DateCtx& c, size_t i, int* dir) {
  const DateMeaning* m = nullptr;
  size_t n = c.Match(i, kDwLast, &m);
  if (n > 0) {
    *dir = -m->step;
    return n;
  }
  n = c.Match(i, kDwNext, &m);
  if (n > 0) {
    *dir = m->step;
    return n;
  }
  n = c.Match(i, kDwThis);
  *dir = 0;
  return n;
}

int Sign(int v) { return (v > 0) - (v < 0); }

// "next week", "la semaine dernière", "w przyszłym tygodniu" at `k`: the
// week offset and the token after it.
bool WeekOffset(DateCtx& c, size_t k, int* offset, size_t* end) {
  int dir = 0;
  const DateMeaning* m = nullptr;
  if (const size_t w = Direction(c, k, &dir); w > 0) {
    if (const size_t u = c.Match(k + w, kDwUnit, &m); u > 0 && m->unit == kUnitWeek) {
      *offset = dir;
      *end = k + w + u;
      return true;
    }
  }
  if (const size_t u = c.Match(k, kDwUnit, &m); u > 0 && m->unit == kUnitWeek) {
    if (const size_t w = Direction(c, k + u, &dir); w > 0) {
      *offset = dir;
      *end = k + u + w;
      return true;
    }
  }
  return false;
}

// Month `month` counted from the reference's by a last / this / next word
// of step `dir` ("next March", "mars prochain"), tokens first .. last-1.
void MonthOfYear(int month, int dir, size_t first, size_t last, DateFound* f) {
  f->rel = RelKind::kMonthOfYear;
  f->m = month;
  f->weekday_mode = Sign(dir);
  f->rel_n = dir;
  f->prec = DatePrec::kMonth;
  f->first = first;
  f->last = last;
}

// A weekday at `i` (already matched, `d` tokens, weekday `wd`) followed by
// its week: "Mittwoch nächste Woche", "dimanche de la semaine dernière",
// "wtorek w przyszłym tygodniu", "Tuesday of last week".
bool WeekdayInWeek(DateCtx& c, size_t i, size_t d, int wd, DateFound* f) {
  int offset = 0;
  size_t end = 0;
  if (!WeekOffset(c, c.SkipLinks(i + d), &offset, &end)) return false;
  f->rel = RelKind::kWeekdayInWeek;
  f->weekday = wd;
  f->rel_n = offset;
  f->first = i;
  f->last = end;
  return true;
}

// A period reaching from the reference: "the last 3 days", "die nächsten
// zwei Wochen", "ostatnie dwa lata", "les 3 prochains jours", "за последние
// три дня". `dir` is the sign of the last / next word.
bool Period(DateCtx& c, size_t i, DateFound* f) {
  int dir = 0;
  RelKind kind = RelKind::kNone;
  int n = 0;
  size_t end = 0;
  // last / next, then the count and unit
  if (const size_t w = Direction(c, i, &dir); w > 0 && dir != 0) {
    if (CountUnit(c, i + w, &kind, &n, &end)) {
      f->rel = kind;
      f->rel_n = Sign(dir) * n;
      f->period = true;
      f->first = i;
      f->last = end;
      return true;
    }
    return false;
  }
  // the count, then last / next, then the unit (fr: "3 prochains jours")
  size_t k = 0;
  if (!c.ReadCount(i, &n, &k) || c.Is(i, kDwArticle)) return false;
  const size_t w = Direction(c, k, &dir);
  if (w == 0 || dir == 0) return false;
  const DateMeaning* m = nullptr;
  const size_t u = c.Match(k + w, kDwUnit, &m);
  if (u == 0) return false;
  f->rel = KindOfUnit(m->unit);
  f->rel_n = Sign(dir) * n;
  f->period = true;
  f->first = i;
  f->last = k + w + u;
  return true;
}

// A relday word cancelled by the word before it ("la mañana", "heute Morgen").
bool Cancelled(DateCtx& c, size_t i, const DateMeaning& m) {
  if (m.not_after.empty() || i == 0 || c.t[i - 1].kind != DateTok::kWord) return false;
  std::string prev;
  FoldWord(c.text.substr(c.t[i - 1].b, c.t[i - 1].e - c.t[i - 1].b), &prev);
  return std::find(m.not_after.begin(), m.not_after.end(), prev) != m.not_after.end();
}

}  // namespace

bool MatchRelative(DateCtx& c, size_t i, DateFound* f) {
  RelKind kind = RelKind::kNone;
  int n = 0;
  size_t end = 0;
  // "vor zwei Tagen", "hace dos días", "il y a deux jours"
  if (size_t w = c.Match(i, kDwAgoBefore); w > 0 && CountUnit(c, i + w, &kind, &n, &end)) {
    f->rel = kind;
    f->rel_n = -n;
    f->first = i;
    f->last = end;
    return true;
  }
  // "in two days", "za dwa dni", "через два дня"; not with an article:
  // "in a year" is mostly a duration ("300 cases in a year").
  if (size_t w = c.Match(i, kDwInBefore);
      w > 0 && !c.Is(i + w, kDwArticle) && CountUnit(c, i + w, &kind, &n, &end)) {
    f->rel = kind;
    f->rel_n = n;
    f->first = i;
    f->last = end;
    return true;
  }
  // "two days ago", "dwa dni temu", "два дня назад", "due giorni fa"
  if (CountUnit(c, i, &kind, &n, &end)) {
    if (const size_t w = c.Match(end, kDwAgo); w > 0) {
      f->rel = kind;
      f->rel_n = -n;
      f->first = i;
      f->last = end + w;
      return true;
    }
    return false;
  }
  if (Period(c, i, f)) return true;
  *f = DateFound();
  if (c.t[i].kind != DateTok::kWord || c.t[i].entry == nullptr) return false;
  // "last week", "nächsten Monat", "в прошлом году", "next Thursday",
  // "nächsten März", "übernächste Woche"
  int dir = 0;
  const DateMeaning* m = nullptr;
  if (int offset = 0; WeekOffset(c, i, &offset, &end)) {
    // "nächste Woche am Freitag", "la semaine prochaine, jeudi"
    size_t k = end;
    if (c.Punct(k, ',')) ++k;
    k = c.SkipLinks(k);
    if (const size_t d = c.Match(k, kDwWeekday, &m); d > 0) {
      f->rel = RelKind::kWeekdayInWeek;
      f->weekday = m->weekday;
      f->rel_n = offset;
      f->first = i;
      f->last = k + d;
      return true;
    }
  }
  if (const size_t w = Direction(c, i, &dir); w > 0) {
    if (const size_t u = c.Match(i + w, kDwUnit, &m); u > 0 && m->unit != kUnitDay) {
      f->rel = KindOfUnit(m->unit);
      f->rel_n = dir;
      f->first = i;
      f->last = i + w + u;
      return true;
    }
    if (const size_t d = c.Match(i + w, kDwWeekday, &m); d > 0) {
      f->rel = RelKind::kWeekday;
      f->weekday = m->weekday;
      f->weekday_mode = Sign(dir);
      f->rel_n = dir == 0 ? 0 : Sign(dir) * (std::abs(dir) - 1);  // extra weeks
      f->first = i;
      f->last = i + w + d;
      return true;
    }
    if (const size_t mo = c.Match(i + w, kDwMonth, &m); mo > 0 && m->month_full) {
      MonthOfYear(m->month, dir, i, i + w + mo, f);
      return true;
    }
  }
  // "la semaine dernière", "el año pasado", "jeudi dernier", "giovedì scorso",
  // "mars prochain"
  if (const size_t u = c.Match(i, kDwUnit, &m); u > 0 && m->unit != kUnitDay) {
    if (const size_t w = Direction(c, i + u, &dir); w > 0) {
      f->rel = KindOfUnit(m->unit);
      f->rel_n = dir;
      f->first = i;
      f->last = i + u + w;
      return true;
    }
  }
  if (const size_t mo = c.Match(i, kDwMonth, &m); mo > 0 && m->month_full) {
    if (const size_t w = Direction(c, i + mo, &dir); w > 0 && dir != 0) {
      MonthOfYear(m->month, dir, i, i + mo + w, f);
      return true;
    }
  }
  if (const size_t d = c.Match(i, kDwWeekday, &m); d > 0) {
    const int wd = m->weekday;
    if (WeekdayInWeek(c, i, d, wd, f)) return true;
    *f = DateFound();
    f->rel = RelKind::kWeekday;
    f->weekday = wd;
    f->first = i;
    f->last = i + d;
    // "jeudi dernier", "giovedì prossimo"; not "Mittwoch nächste Woche"
    // (above) and not "Monday last year"
    if (const size_t w = Direction(c, i + d, &dir);
        w > 0 && dir != 0 && c.Match(i + d + w, kDwUnit) == 0) {
      f->weekday_mode = Sign(dir);
      f->rel_n = Sign(dir) * (std::abs(dir) - 1);
      f->last += w;
    }
    return true;
  }
  if (const size_t r = c.Match(i, kDwRelDay, &m); r > 0 && !Cancelled(c, i, *m)) {
    f->rel = RelKind::kDays;
    f->rel_n = m->relday;
    f->first = i;
    f->last = i + r;
    return true;
  }
  return false;
}

}  // namespace parallax::annotate
