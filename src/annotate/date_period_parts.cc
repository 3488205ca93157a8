// Parts of a week, month or year: "Ende März", "début avril", "à la fin de
// l'année", "в конце года", "a mediados de 2020", "early next week"
// (contract: date_period_parts.h). Words are data (date_words.tsv,
// `period_part`); the windows are documented in data/dates-README.md.
#include "annotate/date_period_parts.h"

#include <memory>
#include <string>

#include "annotate/date_calendar.h"

namespace parallax::annotate {
namespace {

constexpr int kBegin = 1, kMiddle = 2, kEnd = 3;
constexpr int kAdjective = 4;  // DateMeaning::period_part flag: "early", "late", "mid"

// What the part divides.
enum class Whole : uint8_t { kMonth, kYear, kWeek };

struct Target {
  Whole whole = Whole::kMonth;
  int y = 0, m = 0;       // a written year (0: none) and month (kMonth)
  bool relative = false;  // a unit counted from the reference by `offset`
  int offset = 0;
  size_t end = 0;  // the token after the target
};

// Past the links at `k` between a part and what it divides: connectors,
// articles, year cues and day links ("des", "du", "de la", "of the"), at
// most three.
size_t Links(DateCtx& c, size_t k) {
  for (int n = 0; n < 3; ++n) {
    const size_t at = c.SkipLinks(k);
    const size_t w = c.Match(at, kDwDayLink);
    if (at == k && w == 0) break;
    k = at + w;
  }
  return k;
}

// A year at `k` ("2020", "2020 года", "2020 r.", "2020 年"): the token after
// it, or `k` when there is none.
size_t YearAt(DateCtx& c, size_t k, int* y) {
  if (!c.Num(k, 4, 4) || c.t[k].value < 1000 || c.t[k].value > 2999 || c.Punct(k + 1, ':') ||
      !c.EndOk(k + 1)) {
    return k;
  }
  *y = c.t[k].value;
  size_t j = k + 1;
  if (const size_t w = c.Match(j, kDwYearWord); w > 0) {
    j += w;
    // "2020 r.", "2020 г.": the dot of a one-letter abbreviation
    if (c.Punct(j, '.') && c.Glued(j) && c.t[j - 1].e - c.t[j - 1].b <= 2) ++j;
  }
  return j;
}

// A month name at `k` (full, or short with a year after it) and its year.
bool MonthAt(DateCtx& c, size_t k, Target* t) {
  const DateMeaning* m = nullptr;
  const size_t mo = c.Match(k, kDwMonth, &m);
  if (mo == 0) return false;
  size_t j = k + mo;
  if (c.Punct(j, '.') && c.Glued(j) && !m->month_full) ++j;  // "fin oct. 2020"
  int y = 0;
  size_t e = YearAt(c, j, &y);
  if (const size_t w = c.Match(j, kDwConnector); e == j && w > 0) {  // "marzo de 2023"
    e = YearAt(c, j + w, &y);
    if (e == j + w) e = j;
  }
  if (e == j && c.Punct(j, ',')) {  // "late March, 2021"
    e = YearAt(c, j + 1, &y);
    if (e == j + 1) e = j;
  }
  if (y == 0 && !m->month_full) return false;
  t->whole = Whole::kMonth;
  t->m = m->month;
  t->y = y;
  t->end = e;
  return true;
}

// A week, month or year unit at `k` with a last / this / next word before
// or after it ("nächsten Jahres", "de la semaine prochaine", "этого
// месяца"); `bare_ok`: the unit may stand alone (this one: "des Jahres",
// "года"). A month unit may go on with a month name ("du mois d'avril").
bool UnitAt(DateCtx& c, size_t k, bool bare_ok, Target* t) {
  int dir = 0;
  size_t j = k;
  const size_t before = DirectionAt(c, j, &dir, false);
  j += before;
  const DateMeaning* u = nullptr;
  const size_t un = c.Match(j, kDwUnit, &u);
  if (un == 0) return false;
  j += un;
  if (before == 0) {
    const size_t after = DirectionAt(c, j, &dir, false);
    if (after == 0 && !bare_ok) return false;
    j += after;
  }
  switch (u->unit) {
    case kUnitWeek:
      t->whole = Whole::kWeek;
      break;
    case kUnitMonth:
      t->whole = Whole::kMonth;
      // "début du mois d'avril", "Ende des Monats März 2021"
      if (dir == 0 && MonthAt(c, Links(c, j), t)) return true;
      break;
    case kUnitYear:
      t->whole = Whole::kYear;
      // "au début de l'année 2020", "Anfang des Jahres 2021"
      if (dir == 0) {
        if (const size_t e = YearAt(c, j, &t->y); e > j) {
          t->end = e;
          return true;
        }
      }
      break;
    default:
      return false;
  }
  t->relative = true;
  t->offset = dir;
  t->end = j;
  return true;
}

// Writes the part's window into `out` (a reference is known or not needed).
void Window(int part, const Target& t, const ReferenceTime& ref, DateMention* out) {
  if (t.whole == Whole::kYear) {
    const int y = t.relative ? ref.year + t.offset : t.y;
    const int m1 = part == kBegin ? 1 : part == kMiddle ? 6 : 11;
    out->value = cal::FormatMonth(y, m1);
    out->value_max = cal::FormatMonth(y, m1 + 1);
    return;
  }
  if (t.whole == Whole::kWeek) {
    const int64_t r = cal::DaysFromCivil(ref.year, ref.month, ref.day);
    const int64_t monday = r - (cal::Weekday(r) - 1) + 7 * static_cast<int64_t>(t.offset);
    const int first = part == kBegin ? 0 : part == kMiddle ? 2 : 3;
    const int last = part == kBegin ? 1 : part == kMiddle ? 3 : 6;
    out->value = cal::FormatDay(monday + first);
    out->value_max = cal::FormatDay(monday + last);
    return;
  }
  int y = t.y, m = t.m;
  if (t.relative) {
    cal::AddMonths(ref.year, ref.month, t.offset, &y, &m);
  } else if (y == 0) {
    y = cal::NearestYearOfMonth(ref.year, ref.month, m);
  }
  const int d1 = part == kBegin ? 1 : part == kMiddle ? 11 : 21;
  const int d2 = part == kBegin ? 10 : part == kMiddle ? 20 : cal::DaysInMonth(y, m);
  out->value = cal::FormatDay(y, m, d1);
  out->value_max = cal::FormatDay(y, m, d2);
}

}  // namespace

bool MatchPeriodPart(DateCtx& c, size_t i, const ReferenceTime& reference, DateFound* f) {
  if (i >= c.size() || c.t[i].entry == nullptr || !c.StartOk(i)) return false;
  if (((c.t[i].entry->single.types | c.t[i].entry->phrase_types) >> kDwPeriodPart & 1U) == 0) {
    return false;
  }
  const DateMeaning* pm = nullptr;
  const size_t pn = c.Match(i, kDwPeriodPart, &pm);
  if (pn == 0) return false;
  const int part = pm->period_part & 3;
  const bool adjective = (pm->period_part & kAdjective) != 0;
  Target t;
  bool ok = false;
  if (c.Is(i, kDwMonth) && pn == 1) {  // "mi-décembre", "mid-March": one word
    const DateMeaning* m = nullptr;
    c.Match(i, kDwMonth, &m);
    t.m = m->month;
    t.end = YearAt(c, i + 1, &t.y);
    ok = true;
  } else {
    size_t k = i + pn;
    if (c.Punct(k, '-') && c.Glued(k) && c.Glued(k + 1)) ++k;  // "mid-2020"
    const size_t links = Links(c, k);
    ok = MonthAt(c, links, &t);
    if (!ok) {
      t = Target();
      t.whole = Whole::kYear;
      t.end = YearAt(c, links, &t.y);
      ok = t.end > links;
    }
    if (!ok) {
      t = Target();
      ok = UnitAt(c, links, !adjective || links > k, &t);
    }
  }
  if (!ok || !c.EndOk(t.end)) return false;
  auto out = std::make_shared<DateMention>();
  out->span = Span{c.t[i].b, c.t[t.end - 1].e};
  out->basis = t.relative ? DateBasis::kRelative
               : t.y != 0 ? DateBasis::kAbsolute
                          : DateBasis::kCompleted;
  const bool needs_reference = t.relative || t.y == 0;
  if (needs_reference && !reference.known()) {
    out->reason = "no reference date to resolve it against";
  } else {
    Window(part, t, reference, out.get());
  }
  f->Reset();
  f->first = i;
  f->last = t.end;
  f->preset = std::move(out);
  return true;
}

}  // namespace parallax::annotate
