// Times from now ("in zwei Stunden", "vor 30 Sekunden", "il y a deux
// heures", "2 godziny temu", "in einer halben Stunde", "через полтора
// часа"), periods up to or from now ("the past 24 hours", "3
// prochaines secondes") and the moment itself ("now", "jetzt", "w tej
// chwili"). All are resolved at once against the reference. Words are data
// (date_words.tsv; data/dates-README.md "Times of day").
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>

#include "annotate/date_calendar.h"
#include "annotate/date_clock.h"

namespace parallax::annotate {
namespace {

// The reference moved by `seconds`: to the second (`to_second`) or the
// minute when it has a time, else its day (whole days only: "vor 3
// Stunden" is the reference's day).
std::string FromReference(const ReferenceTime& ref, int64_t seconds, bool to_second) {
  const int64_t day = cal::DaysFromCivil(ref.year, ref.month, ref.day);
  if (ref.hour < 0) return cal::FormatDay(day + seconds / 86400);
  const int64_t t = (int64_t{ref.hour} * 60 + std::max(ref.minute, 0)) * 60 + seconds;
  const int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
  const int64_t rest = t - days * 86400;
  std::string out = cal::FormatDay(day + days) + cal::FormatTime(static_cast<int>(rest / 3600),
                                                                 static_cast<int>(rest / 60 % 60));
  if (to_second) {
    char buf[8];
    std::snprintf(buf, sizeof buf, ":%02d", static_cast<int>(rest % 60));
    out += buf;
  }
  return out;
}

// How many units at `k`: a count (1-3 digits, a spelled cardinal, an
// article: "einer", "une"), or a fraction or mixed number of the number
// layer ("2,5", "anderthalb", "2 i pół", "полтора"). 0 and more than 999
// are none. Sets the token after it.
bool ReadAmount(const DateCtx& c, size_t k, double* amount, size_t* end) {
  size_t j = k;
  const NumberToken* n = c.NumberAt(k, &j);
  // Not a "fraction" that ends on the unit: "une seconde", "un segundo"
  // are one second, not a half.
  if (n != nullptr && !n->ordinal && !n->vague && n->value > 0 && n->value <= 999 &&
      n->value != std::floor(n->value) && c.t[j - 1].e == n->end && !c.Is(j - 1, kDwClockUnit)) {
    *amount = n->value;
    *end = j;
    return true;
  }
  int count = 0;
  if (!c.ReadCount(k, &count, end)) return false;
  *amount = count;
  return true;
}

// A clock unit at `k` (hour, minute, second, half an hour: "Stunden",
// "secondes", "pół godziny", "полчаса"); the tokens it covers.
size_t ReadUnit(DateCtx& c, size_t k, const DateMeaning** unit) {
  return c.Match(k, kDwClockUnit, unit);
}

// A half-hour unit stands without a count ("in half an hour", "za pół
// godziny", "через полчаса") or after an article ("in einer halben Stunde",
// "dans une demi-heure").
bool HalfHour(const DateMeaning& unit) { return unit.seconds == 1800; }

}  // namespace

bool MatchFromNow(DateCtx& c, size_t i, const ReferenceTime& ref, DateFound* f) {
  int sign = 0;
  bool period = false;
  bool in_word = false;  // an in_before word that is also a year cue ("in", "en")
  size_t k = i;
  if (const size_t n = c.Match(i, kDwAgoBefore); n > 0) {
    sign = -1;
    k += n;
  } else if (const size_t m = c.Match(i, kDwInBefore); m > 0) {
    // "in 90 minutes" after a figure is mostly a duration: "40 mm of rain
    // in 90 minutes", "800 гектарів за 36 годин".
    if (!c.numbers.empty() && c.numbers.front().start < c.t[i].b) return false;
    in_word = c.Match(i, kDwYearCue) > 0;
    sign = 1;
    k += m;
  } else if (const size_t l = c.Match(i, kDwLast); l > 0) {
    sign = -1;
    period = true;
    k += l;
  } else if (const size_t x = c.Match(i, kDwNext); x > 0) {
    sign = 1;
    period = true;
    k += x;
  }
  // A qualifier between the word and the count: "za około pół godziny",
  // "in etwa zwei Stunden", "через примерно два часа".
  if (sign != 0) k += c.MatchTimeWord(k);
  double amount = 0;
  size_t end = k;
  const bool counted = ReadAmount(c, k, &amount, &end);
  const bool article = counted && c.Is(k, kDwArticle);
  if (!counted && sign == 0) return false;
  if (sign == 0) {  // "3 prochaines heures", "2 dernières minutes"
    if (const size_t l = c.Match(end, kDwLast); l > 0) {
      sign = -1;
      period = true;
      end += l;
    } else if (const size_t x = c.Match(end, kDwNext); x > 0) {
      sign = 1;
      period = true;
      end += x;
    }
  }
  const DateMeaning* unit = nullptr;
  const size_t u = ReadUnit(c, end, &unit);
  if (u == 0) return false;
  if (!counted || article) {
    // Without a count only half an hour ("in half an hour"); "in an hour",
    // "in einer Stunde", "en una hora" also say how long something took:
    // a time only where the clause ends after the unit ("Die Sitzung
    // beginnt in einer Stunde."; not "In einer Stunde fielen 40 Liter").
    if (!counted && !HalfHour(*unit)) return false;
    if (!counted) amount = 1;
    if (in_word && !ClauseEndsAfterTime(c, end + u)) return false;
  }
  size_t last = end + u;
  if (sign == 0) {
    // "30 Sekunden später", "2 minuty od teraz", "two hours from now"
    // count on from the reference as "in two hours".
    const size_t ago = c.Match(last, kDwAgo);
    const size_t later = ago == 0 ? c.Match(last, kDwLater) : 0;
    if (ago == 0 && later == 0) return false;
    sign = ago > 0 ? -1 : 1;
    last += ago + later;
  }
  if (!c.EndOk(last)) return false;
  const double total = amount * unit->seconds;
  if (total != std::floor(total) || total > 999.0 * 3600 * 24) return false;
  const int64_t seconds = int64_t{sign} * static_cast<int64_t>(total);
  const bool to_second = seconds % 60 != 0;
  DateMention m;
  m.span = Span{c.t[i].b, c.t[last - 1].e};
  m.basis = DateBasis::kRelative;
  if (!ref.known()) {
    m.reason = "no reference date to resolve it against";
  } else if (!period) {
    m.value = FromReference(ref, seconds, to_second);
  } else {
    m.value = FromReference(ref, sign < 0 ? seconds : 0, to_second);
    m.value_max = FromReference(ref, sign < 0 ? 0 : seconds, to_second);
    if (m.value_max == m.value) m.value_max.clear();
  }
  f->first = i;
  f->last = last;
  f->preset = std::make_shared<const DateMention>(std::move(m));
  return true;
}

bool MatchNow(DateCtx& c, size_t i, const ReferenceTime& ref, DateFound* f) {
  const size_t n = c.Match(i, kDwNow);
  if (n == 0 || !c.EndOk(i + n)) return false;
  DateMention m;
  m.span = Span{c.t[i].b, c.t[i + n - 1].e};
  m.basis = DateBasis::kRelative;
  if (!ref.known()) {
    m.reason = "no reference date to resolve it against";
  } else {
    m.value = FromReference(ref, 0, false);
  }
  f->first = i;
  f->last = i + n;
  f->preset = std::make_shared<const DateMention>(std::move(m));
  return true;
}

}  // namespace parallax::annotate
