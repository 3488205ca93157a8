// Relative dates: "yesterday", "vorgestern", "on Thursday", "jeudi dernier",
// "last week", "в прошлом году", "two days ago", "vor zwei Tagen",
// "il y a deux jours", "in two days", "через два дня". Words are data
// (date_words.tsv); resolution against the reference is in date_scan.cc.
#include <algorithm>

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

// -1, 0, +1 for a last / this / next word (or phrase) at `i`; its length.
size_t Direction(DateCtx& c, size_t i, int* dir) {
  size_t n = c.Match(i, kDwLast);
  if (n > 0) {
    *dir = -1;
    return n;
  }
  n = c.Match(i, kDwNext);
  if (n > 0) {
    *dir = 1;
    return n;
  }
  n = c.Match(i, kDwThis);
  *dir = 0;
  return n;
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
  if (c.t[i].kind != DateTok::kWord || c.t[i].entry == nullptr) return false;
  // "last week", "nächsten Monat", "в прошлом году", "next Thursday"
  int dir = 0;
  if (const size_t w = Direction(c, i, &dir); w > 0) {
    const DateMeaning* m = nullptr;
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
      f->weekday_mode = dir;
      f->first = i;
      f->last = i + w + d;
      return true;
    }
  }
  // "la semaine dernière", "el año pasado", "jeudi dernier", "giovedì scorso"
  const DateMeaning* m = nullptr;
  if (const size_t u = c.Match(i, kDwUnit, &m); u > 0 && m->unit != kUnitDay) {
    if (const size_t w = Direction(c, i + u, &dir); w > 0) {
      f->rel = KindOfUnit(m->unit);
      f->rel_n = dir;
      f->first = i;
      f->last = i + u + w;
      return true;
    }
  }
  if (const size_t d = c.Match(i, kDwWeekday, &m); d > 0) {
    f->rel = RelKind::kWeekday;
    f->weekday = m->weekday;
    f->first = i;
    f->last = i + d;
    if (const size_t w = Direction(c, i + d, &dir); w > 0 && dir != 0) {
      f->weekday_mode = dir;
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
