// Weeks of a month and weekends: "the first week of October", "die zweite
// Woche im März", "in der ersten Novemberwoche", "la dernière semaine de
// juin", "w pierwszym tygodniu maja", "this weekend", "am Wochenende", "el
// fin de semana pasado", "в эти выходные", "le premier week-end de
// septembre" (contract: date_weeks.h). Words are data (date_words.tsv);
// the windows are documented in data/dates-README.md.
#include "annotate/date_weeks.h"

#include <memory>
#include <string>

#include "annotate/date_calendar.h"

namespace parallax::annotate {
namespace {

constexpr int kSaturday = 6;

// A weekend's direction (DateMeaning::weekend).
constexpr int kBare = 0, kLast = 1, kThis = 2, kNext = 3;

// The week unit or a weekend word at `k`: its length (0: neither);
// `weekend` says which, `wm` receives a weekend word's meaning.
size_t WeekWord(DateCtx& c, size_t k, bool* weekend, const DateMeaning** wm) {
  if (const size_t n = c.Match(k, kDwWeekend, wm); n > 0) {
    *weekend = true;
    return n;
  }
  const DateMeaning* m = nullptr;
  if (const size_t n = c.Match(k, kDwUnit, &m); n > 0 && m->unit == kUnitWeek) {
    *weekend = false;
    return n;
  }
  return 0;
}

// The month a week belongs to.
struct MonthOf {
  int y = 0, m = 0;       // a written year (0: none) and month
  bool relative = false;  // counted from the reference's by `offset`
  int offset = 0;
  size_t end = 0;  // the token after it
};

// The month after a week word at `word` that ends before `k`: glued to
// the word ("Novemberwoche"), named from the reference's ("of next month",
// "du mois prochain", "of the month"), or a full month name with an
// optional year ("of October 2014", "im März", "maja").
bool MonthAfter(DateCtx& c, size_t word, size_t k, MonthOf* r) {
  const DateMeaning* m = nullptr;
  if (k == word + 1 && c.Match(word, kDwMonth, &m) == 1 && m->month_full) {
    r->m = m->month;
    r->y = ReadYear(c, k, &r->end);
    if (r->y == 0) r->end = k;
    return true;
  }
  const size_t links = MonthLinks(c, k);
  if (links > k) {
    if (MonthFromReference(c, links, &r->offset, &r->end)) {
      r->relative = true;
      return true;
    }
    // "of the month", "des Monats", "du mois": the reference's month,
    // unless a month name follows ("du mois d'avril").
    if (const size_t u = c.Match(links, kDwUnit, &m); u > 0 && m->unit == kUnitMonth) {
      const size_t after = c.SkipLinks(links + u);
      if (c.Match(after, kDwMonth) == 0 && c.EndOk(links + u)) {
        r->relative = true;
        r->offset = 0;
        r->end = links + u;
        return true;
      }
    }
  }
  const size_t at = c.SkipLinks(k);
  const size_t mo = c.Match(at, kDwMonth, &m);
  if (mo == 0 || !m->month_full) return false;
  r->m = m->month;
  r->y = ReadYear(c, at + mo, &r->end);
  if (r->y == 0) r->end = at + mo;
  return true;
}

// The first and last day (days since the epoch) of the nth (-1: last)
// week or weekend of month `m` of `y`; false when the month has none.
bool InMonth(int y, int m, int nth, bool weekend, int64_t* first, int64_t* last) {
  const int days = cal::DaysInMonth(y, m);
  const int64_t day1 = cal::DaysFromCivil(y, m, 1);
  if (nth < 0) {  // the week or weekend of the month's last Sunday
    const int64_t end = day1 + days - 1;
    *last = end - cal::Weekday(end) % 7;
    *first = *last - (weekend ? 1 : 6);
    return true;
  }
  // The first Monday (week) or Saturday (weekend), then nth - 1 on.
  const int start = weekend ? kSaturday : 1;
  *first = day1 + (start - cal::Weekday(day1) + 7) % 7 + 7 * static_cast<int64_t>(nth - 1);
  *last = *first + (weekend ? 1 : 6);
  return *last < day1 + days;
}

// The Saturday of a weekend named from the reference `r` (days since the
// epoch): `kind` kLast / kThis / kNext / kBare, `step` weeks for last and
// next ("übernächstes Wochenende" 2).
int64_t WeekendSaturday(int64_t r, int kind, int step) {
  const int wd = cal::Weekday(r);
  switch (kind) {
    case kThis:  // the reference's week's
      return r - (wd - 1) + 5;
    case kLast: {  // the latest one that ended before the reference
      const int64_t x = r - 2;
      return x - (cal::Weekday(x) - kSaturday + 7) % 7 - 7 * static_cast<int64_t>(step - 1);
    }
    case kNext: {  // the first one that begins after it
      const int ahead = (kSaturday - wd + 7) % 7;
      return r + (ahead == 0 ? 7 : ahead) + 7 * static_cast<int64_t>(step - 1);
    }
    default:  // a bare one: the latest that began on or before it
      return r - (wd - kSaturday + 7) % 7;
  }
}

// The finished mention for tokens i .. end-1.
std::shared_ptr<DateMention> Mention(const DateCtx& c, size_t i, size_t end, DateBasis basis) {
  auto out = std::make_shared<DateMention>();
  out->span = Span{c.t[i].b, c.t[end - 1].e};
  out->basis = basis;
  return out;
}

void SetDays(int64_t first, int64_t last, DateMention* out) {
  out->value = cal::FormatDay(first);
  out->value_max = cal::FormatDay(last);
}

// "the first week of October", "letzte Woche im September 2014", "le
// premier week-end de septembre", "der ersten Novemberwoche".
bool WeekOfMonth(DateCtx& c, size_t i, const ReferenceTime& ref, DateFound* f) {
  int nth = 0;
  size_t k = 0;
  if (!ReadOrdinal(c, i, 5, &nth, &k)) {
    const size_t w = c.Match(i, kDwLast);
    if (w == 0) return false;
    nth = -1;
    k = i + w;
  }
  bool weekend = false;
  const DateMeaning* wm = nullptr;
  const size_t word = WeekWord(c, k, &weekend, &wm);
  if (word == 0 || (weekend && wm->weekend != kBare)) return false;
  MonthOf mo;
  if (!MonthAfter(c, k, k + word, &mo) || !c.EndOk(mo.end)) return false;
  const DateBasis basis = mo.relative ? DateBasis::kRelative
                          : mo.y != 0 ? DateBasis::kAbsolute
                                      : DateBasis::kCompleted;
  auto out = Mention(c, i, mo.end, basis);
  if ((mo.relative || mo.y == 0) && !ref.known()) {
    out->reason = "no reference date to resolve it against";
  } else {
    int y = mo.y, m = mo.m;
    if (mo.relative) {
      cal::AddMonths(ref.year, ref.month, mo.offset, &y, &m);
    } else if (y == 0) {
      y = cal::NearestYearOfMonth(ref.year, ref.month, m);
    }
    int64_t first = 0, last = 0;
    if (InMonth(y, m, nth, weekend, &first, &last)) {
      SetDays(first, last, out.get());
    } else {
      out->reason = "not a valid date: month " + std::to_string(m) + " of " + std::to_string(y) +
                    " has no " + (weekend ? "weekend " : "week ") + std::to_string(nth);
    }
  }
  f->Reset();
  f->first = i;
  f->last = mo.end;
  f->preset = std::move(out);
  return true;
}

// A link word that a bare weekend may follow ("am", "the", "в", "w",
// "nel", "du").
bool LinkBefore(const DateCtx& c, size_t i) {
  if (i == 0) return false;
  return c.Is(i - 1, kDwDet) || c.Is(i - 1, kDwDayLink) || c.Is(i - 1, kDwYearCue) ||
         c.Is(i - 1, kDwConnector);
}

// "this weekend", "le week-end dernier", "в эти выходные", "am Wochenende".
bool Weekend(DateCtx& c, size_t i, const ReferenceTime& ref, DateFound* f) {
  int kind = kBare, step = 1, dir = 0;
  size_t k = i;
  if (const size_t w = DirectionAt(c, i, &dir); w > 0) {
    kind = dir < 0 ? kLast : dir > 0 ? kNext : kThis;
    step = dir < 0 ? -dir : dir > 0 ? dir : 1;
    k += w;
  }
  bool weekend = false;
  const DateMeaning* wm = nullptr;
  const size_t word = WeekWord(c, k, &weekend, &wm);
  if (word == 0 || !weekend) return false;
  size_t end = k + word;
  if (wm->weekend != kBare) {
    if (k > i) return false;  // "эти выходные" carries its own direction
    kind = wm->weekend;
  } else if (k == i) {
    // "le week-end dernier", "el fin de semana pasado"; else a bare one
    // needs a link before it ("am Wochenende": "a weekend of talks" is none)
    if (const size_t w = DirectionAt(c, end, &dir); w > 0) {
      kind = dir < 0 ? kLast : dir > 0 ? kNext : kThis;
      step = dir < 0 ? -dir : dir > 0 ? dir : 1;
      end += w;
    } else if (!LinkBefore(c, i)) {
      return false;
    }
  }
  if (!c.EndOk(end)) return false;
  auto out = Mention(c, i, end, DateBasis::kRelative);
  if (!ref.known()) {
    out->reason = "no reference date to resolve it against";
  } else {
    const int64_t sat =
        WeekendSaturday(cal::DaysFromCivil(ref.year, ref.month, ref.day), kind, step);
    SetDays(sat, sat + 1, out.get());
  }
  f->Reset();
  f->first = i;
  f->last = end;
  f->preset = std::move(out);
  return true;
}

}  // namespace

bool MatchWeeks(DateCtx& c, size_t i, const ReferenceTime& reference, DateFound* f) {
  if (i >= c.size() || !c.StartOk(i)) return false;
  return WeekOfMonth(c, i, reference, f) || Weekend(c, i, reference, f);
}

}  // namespace parallax::annotate
