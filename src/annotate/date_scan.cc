// FindDateMentions: the token loop that tries the readers of
// date_absolute.cc and date_relative.cc at each token, joins ranges
// ("5 January - 7 January 2022") and resolves partial and relative dates
// against the reference date.
#include "annotate/date_scan.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "annotate/date_calendar.h"
#include "annotate/date_clock.h"
#include "annotate/date_holidays.h"
#include "annotate/date_parse.h"
#include "annotate/date_period_parts.h"
#include "annotate/date_spelled_year.h"
#include "annotate/date_weeks.h"

namespace parallax::annotate {

namespace {

// Whether the words after token `i` are the rest of phrase `p`.
bool PhraseAt(const std::vector<DateTok>& t, size_t i, const DatePhrase& p) {
  const size_t n = p.rest_ids.size();
  if (i + n >= t.size()) return false;
  size_t k = 0;
  while (k < n && t[i + 1 + k].word_id == p.rest_ids[k]) ++k;
  return k == n;
}

}  // namespace

size_t DateCtx::MatchPhrase(size_t i, DateWordType type, const DateMeaning** meaning) {
  const DateEntry& e = *t[i].entry;
  // The readers ask about the same token for many types: which phrases
  // match there is worked out once.
  if (hits.size() != t.size()) hits.assign(t.size(), kUnknownHits);
  if (hits[i] == kUnknownHits) {
    hits[i] = 0;
    for (const DatePhrase& p : e.phrases) {
      if (PhraseAt(t, i, p)) hits[i] |= p.meaning.types;
    }
  }
  if ((hits[i] >> type) & 1U) {
    for (const DatePhrase& p : e.phrases) {  // longest first
      if (p.meaning.Has(type) && PhraseAt(t, i, p)) {
        if (meaning != nullptr) *meaning = &p.meaning;
        return p.rest_ids.size() + 1;
      }
    }
  }
  if (!e.single.Has(type)) return 0;
  if (meaning != nullptr) *meaning = &e.single;
  return 1;
}

const NumberToken* DateCtx::NumberAt(size_t i, size_t* end) const {
  if (i >= t.size() || numbers.empty() || t[i].b > numbers.back().start) return nullptr;
  const auto it =
      std::lower_bound(numbers.begin(), numbers.end(), t[i].b,
                       [](const NumberToken& a, uint32_t start) { return a.start < start; });
  if (it == numbers.end() || it->start != t[i].b || it->glued_code) return nullptr;
  size_t j = i;
  while (j < t.size() && t[j].b < it->end) ++j;
  *end = j;
  return &*it;
}

bool DateCtx::ReadCount(size_t i, int* n, size_t* end) const {
  if (i >= t.size()) return false;
  if (t[i].kind == DateTok::kNum) {
    if (t[i].digits() > 3 || t[i].value < 1 || !StartOk(i)) return false;
    *n = t[i].value;
    *end = i + 1;
    return true;
  }
  if (t[i].kind != DateTok::kWord) return false;
  size_t j = i;
  const NumberToken* it = NumberAt(i, &j);
  if (it != nullptr && !it->ordinal && it->value >= 1 && it->value <= (it->vague ? 9 : 999) &&
      it->value == static_cast<int>(it->value)) {
    *n = static_cast<int>(it->value);  // a vague one ("several", "einige") at its value
    *end = j;
    return true;
  }
  // A vague count of the date words: "few", "quelques", "a few", "ein paar".
  const size_t a = Is(i, kDwArticle) && Is(i + 1, kDwFew) ? 1 : 0;
  if (Is(i + a, kDwFew)) {
    *n = t[i + a].entry->single.count;
    *end = i + a + 1;
    return true;
  }
  if (Is(i, kDwArticle)) {
    *n = 1;
    *end = i + 1;
    return true;
  }
  return false;
}

size_t DateCtx::SkipLinks(size_t k) {
  for (int n = 0; n < 3; ++n) {
    size_t w = Match(k, kDwConnector);
    if (w == 0) w = Match(k, kDwDet);
    if (w == 0) w = Match(k, kDwYearCue);
    if (w == 0) break;
    k += w;
  }
  return k;
}

bool DateCtx::StartOk(size_t i) const {
  if (i == 0 || t[i].space_before) return true;
  const DateTok& p = t[i - 1];
  if (p.kind != DateTok::kPunct) return false;
  return p.punct != '.' && p.punct != ',' && p.punct != ':' && p.punct != '/' && p.punct != '-' &&
         p.punct != '+';
}

bool DateCtx::EndOk(size_t j) const {
  if (j >= t.size() || t[j].space_before) return true;
  if (t[j].kind != DateTok::kPunct) return false;
  const char p = t[j].punct;
  if ((p == '.' || p == ',' || p == ':' || p == '/' || p == '-') && j + 1 < t.size() &&
      !t[j + 1].space_before && t[j + 1].kind == DateTok::kNum) {
    return false;
  }
  return true;
}

namespace {

constexpr std::string_view kNoReference = "no reference date to resolve it against";

// The year that puts day `m`-`d` closest to the reference (within half a
// year either way); on a tie the past wins, as news mostly reports the past.
int CompleteYear(const ReferenceTime& ref, int m, int d) {
  const int64_t r = cal::DaysFromCivil(ref.year, ref.month, ref.day);
  int best = 0;
  int64_t best_dist = 0;
  for (int y : {ref.year - 1, ref.year, ref.year + 1}) {
    if (!cal::Valid(y, m, d)) continue;
    const int64_t dist = cal::DaysFromCivil(y, m, d) - r;
    const int64_t a = dist < 0 ? -dist : dist;
    const int64_t b = best_dist < 0 ? -best_dist : best_dist;
    if (best == 0 || a < b || (a == b && dist < 0)) {
      best = y;
      best_dist = dist;
    }
  }
  return best;
}

// "el próximo 6 de abril" (dir 1): the first year whose day `m`-`d` comes
// after the reference; "el pasado 6 de abril" (dir -1) the last before it.
int DirectedYear(const ReferenceTime& ref, int m, int d, int dir) {
  const int64_t r = cal::DaysFromCivil(ref.year, ref.month, ref.day);
  for (int k = 0; k <= 8; ++k) {  // 29 February: the next leap year
    const int y = ref.year + dir * k;
    if (!cal::Valid(y, m, d)) continue;
    const int64_t day = cal::DaysFromCivil(y, m, d);
    if (dir > 0 ? day > r : day < r) return y;
  }
  return 0;
}

// The same for a month alone: months 6 before to 5 after the reference's.
int CompleteMonthYear(const ReferenceTime& ref, int m) {
  return cal::NearestYearOfMonth(ref.year, ref.month, m);
}

void AddTime(const DateFound& f, std::string* value) {
  if (f.hour >= 0) *value += cal::FormatTime(f.hour, f.minute);
}

// A period from the reference `r` (days since the epoch) back or forward:
// "the last 3 days" is reference - 3 days .. reference, "die nächsten zwei
// Monate" reference .. reference + 2 months (months and years keep the day,
// clamped to the month's length).
void ResolvePeriod(const DateFound& f, int64_t r, DateMention* out) {
  int y = 0, m = 0, d = 0;
  cal::CivilFromDays(r, &y, &m, &d);
  int64_t far = r;
  switch (f.rel) {
    case RelKind::kDays:
      far = r + f.rel_n;
      break;
    case RelKind::kWeeks:
      far = r + 7 * static_cast<int64_t>(f.rel_n);
      break;
    case RelKind::kMonths:
    case RelKind::kQuarters:
    case RelKind::kYears: {
      const int months = f.rel_n * (f.rel == RelKind::kMonths     ? 1
                                    : f.rel == RelKind::kQuarters ? 3
                                                                  : 12);
      far = cal::SameDayMonthsOn(y, m, d, months);
      break;
    }
    default:
      break;
  }
  out->value = cal::FormatDay(std::min(far, r));
  out->value_max = cal::FormatDay(std::max(far, r));
}

// The nth (or last) weekday or day of month f.m in year `y`.
DateMention ResolvePosition(const DateFound& f, int y, DateMention out) {
  const int days = cal::DaysInMonth(y, f.m);
  int day = 0;
  if (f.nth_weekday == 0) {
    day = f.nth < 0 ? days : f.nth;
  } else if (f.nth > 0) {
    const int first = cal::Weekday(cal::DaysFromCivil(y, f.m, 1));
    day = 1 + (f.nth_weekday - first + 7) % 7 + 7 * (f.nth - 1);
  } else {
    const int last = cal::Weekday(cal::DaysFromCivil(y, f.m, days));
    day = days - (last - f.nth_weekday + 7) % 7;
  }
  if (day < 1 || day > days) {
    out.value.clear();
    out.reason = "not a valid date: month " + std::to_string(f.m) + " of " + std::to_string(y) +
                 " has no such day";
    return out;
  }
  out.value = cal::FormatDay(y, f.m, day);
  return out;
}

// "vendredi 15": of the months from six before to six after the
// reference's, the one closest to it whose day d falls on the weekday (a tie
// goes to the past). None: no value, and the reason says so.
DateMention ResolveWeekdayDay(const DateFound& f, const ReferenceTime& ref, DateMention out) {
  out.basis = DateBasis::kCompleted;
  if (!ref.known()) {
    out.reason = std::string(kNoReference);
    return out;
  }
  const int64_t r = cal::DaysFromCivil(ref.year, ref.month, ref.day);
  int64_t best = 0;
  bool found = false;
  // A day alone ("on the 27th", weekday 0): the nearest month that has
  // it, the earlier on a tie (date_absolute.cc, BareDay); with a weekday,
  // the nearest month where that day has it.
  const int span = f.weekday == 0 ? 1 : 6;
  for (int off = -span; off <= span; ++off) {
    int y = 0, m = 0;
    cal::AddMonths(ref.year, ref.month, off, &y, &m);
    if (!cal::Valid(y, m, f.d)) continue;
    const int64_t day = cal::DaysFromCivil(y, m, f.d);
    if (f.weekday != 0 && cal::Weekday(day) != f.weekday) continue;
    const int64_t dist = day > r ? day - r : r - day;
    const int64_t best_dist = best > r ? best - r : r - best;
    if (!found || dist < best_dist || (dist == best_dist && day < r)) best = day;
    found = true;
  }
  if (!found) {
    out.reason = "no month near the reference has day " + std::to_string(f.d) + " on that weekday";
    return out;
  }
  out.value = cal::FormatDay(best);
  return out;
}

// The value of a relative date that is no period (f.rel set): the day,
// week, month, quarter, year, weekday or month of a year `f` counts from
// the reference day `r` (days since the epoch) of `ref`, into `out`.
void ResolveRelativeValue(const DateFound& f, const ReferenceTime& ref, int64_t r,
                          DateMention* out) {
  switch (f.rel) {
    case RelKind::kDays:
      out->value = cal::FormatDay(r + f.rel_n);
      AddTime(f, &out->value);
      break;
    case RelKind::kWeeks:
      out->value = cal::FormatWeek(r + 7 * static_cast<int64_t>(f.rel_n));
      break;
    case RelKind::kMonths: {
      if (f.rel_days != 0) {  // "1 month 21 days ago": to the day
        out->value = cal::FormatDay(cal::SameDayMonthsOn(ref.year, ref.month, ref.day, f.rel_n) +
                                    f.rel_days);
        break;
      }
      int y = 0, m = 0;
      cal::AddMonths(ref.year, ref.month, f.rel_n, &y, &m);
      out->value = cal::FormatMonth(y, m);
      break;
    }
    case RelKind::kQuarters: {
      const int total = ref.year * 4 + (ref.month - 1) / 3 + f.rel_n;
      out->value = cal::FormatMonth(total / 4, total % 4 * 3 + 1);
      out->value_max = cal::FormatMonth(total / 4, total % 4 * 3 + 3);
      break;
    }
    case RelKind::kYears:
      out->value = cal::FormatYear(ref.year + f.rel_n);
      break;
    case RelKind::kWeekday: {
      const int wd = cal::Weekday(r);
      int64_t back = (wd - f.weekday + 7) % 7;  // latest on or before
      int64_t day = r - back;
      if (f.weekday_mode < 0 && back == 0) day -= 7;
      if (f.weekday_mode > 0)
        day = r + ((f.weekday - wd + 7) % 7 == 0 ? 7 : (f.weekday - wd + 7) % 7);
      day += 7 * static_cast<int64_t>(f.rel_n);  // "übernächsten Freitag"
      out->value = cal::FormatDay(day);
      AddTime(f, &out->value);
      break;
    }
    case RelKind::kWeekdayInWeek: {
      const int64_t monday = r - (cal::Weekday(r) - 1);
      out->value = cal::FormatDay(monday + 7 * static_cast<int64_t>(f.rel_n) + f.weekday - 1);
      AddTime(f, &out->value);
      break;
    }
    case RelKind::kMonthOfYear: {
      // "last March": the latest March before the reference's month;
      // "next March": the first after it; "this March": the reference's year.
      int y = ref.year;
      if (f.weekday_mode < 0) y = f.m < ref.month ? ref.year : ref.year - 1;
      if (f.weekday_mode > 0) y = f.m > ref.month ? ref.year : ref.year + 1;
      y += f.weekday_mode * (std::abs(f.rel_n) - 1);  // "übernächsten März"
      out->value = cal::FormatMonth(y, f.m);
      break;
    }
    case RelKind::kNone:
      break;
  }
}

// A relative date (f.rel set: "yesterday", "last week", "the past 3
// days") into `out`: basis relative, the value from the reference, or no
// value and a reason when `ref` is unknown.
void ResolveRelative(const DateFound& f, const ReferenceTime& ref, DateMention* out) {
  out->basis = DateBasis::kRelative;
  if (!ref.known()) {
    out->reason = std::string(kNoReference);
    return;
  }
  const int64_t r = cal::DaysFromCivil(ref.year, ref.month, ref.day);
  if (f.period) {
    ResolvePeriod(f, r, out);
  } else {
    ResolveRelativeValue(f, ref, r, out);
  }
}

// The year of a date that writes none (f.y 0): the directed year ("el
// próximo 6 de abril"), the one that puts the day or month closest to the
// reference, or 0 with `out`'s reason set when there is none (or `ref` is
// unknown). Sets the basis completed.
int CompletedYear(const DateFound& f, const ReferenceTime& ref, DateMention* out) {
  out->basis = DateBasis::kCompleted;
  if (!ref.known()) {
    out->reason = std::string(kNoReference);
    return 0;
  }
  const int y = f.prec == DatePrec::kDay && f.nth == 0 && f.year_dir != 0
                    ? DirectedYear(ref, f.m, f.d, f.year_dir)
                : f.prec == DatePrec::kDay && f.nth == 0 ? CompleteYear(ref, f.m, f.d)
                : f.prec == DatePrec::kQuarter           ? CompleteMonthYear(ref, f.m + 1)
                                                         : CompleteMonthYear(ref, f.m);
  if (y == 0) {
    out->reason = "not a valid date: day " + std::to_string(f.d) + " in month " +
                  std::to_string(f.m) + " of the years around the reference";
  }
  return y;
}

// A calendar date (a year, quarter, month or day, maybe a day range) in
// year `y`, the written or completed one, into `out`: its value and
// value_max, or no value and a reason when a range's last day is no valid
// date.
void ResolveInYear(const DateFound& f, int y, DateMention* out) {
  if (f.nth != 0) {
    *out = ResolvePosition(f, y, std::move(*out));
    return;
  }
  switch (f.prec) {
    case DatePrec::kYear:
      out->value = cal::FormatYear(y);
      if (f.y2 > y) out->value_max = cal::FormatYear(f.y2);  // "2000 to 2005"
      break;
    case DatePrec::kQuarter:
      out->value = cal::FormatMonth(y, f.m);
      out->value_max = cal::FormatMonth(y, f.m2);
      return;
    case DatePrec::kMonth:
      out->value = cal::FormatMonth(y, f.m);
      break;
    default:
      out->value = cal::FormatDay(y, f.m, f.d);
      AddTime(f, &out->value);
      break;
  }
  if (f.d2 != 0) {
    int y2 = f.y2 != 0 ? f.y2 : y;
    const int m2 = f.m2 != 0 ? f.m2 : f.m;
    if (f.y2 == 0 && (m2 < f.m || (m2 == f.m && f.d2 < f.d))) ++y2;
    if (!cal::Valid(y2, m2, f.d2)) {
      out->value.clear();
      out->reason = "not a valid date: day " + std::to_string(f.d2) + " in month " +
                    std::to_string(m2) + " of " + std::to_string(y2);
      return;
    }
    out->value_max = cal::FormatDay(y2, m2, f.d2);
  }
}

// The mention of what a reader found: its span (tokens f.first ..
// f.last - 1 of `t`), basis, value and reason, resolved against `ref`
// (data/dates-README.md, "What is read and how it resolves").
DateMention Resolve(const DateFound& f, const std::vector<DateTok>& t, const ReferenceTime& ref) {
  DateMention out;
  out.span = Span{t[f.first].b, t[f.last - 1].e};
  if (!f.invalid.empty()) {
    out.basis = f.y != 0 ? DateBasis::kAbsolute : DateBasis::kCompleted;
    out.reason = f.invalid;
    return out;
  }
  if (f.prec == DatePrec::kNone && f.rel == RelKind::kNone) {
    out.basis = DateBasis::kTime;
    out.value = cal::FormatTime(f.hour, f.minute);
    return out;
  }
  if (f.rel != RelKind::kNone) {
    ResolveRelative(f, ref, &out);
    return out;
  }
  if (f.month_from_ref) {  // "the second Monday of next month" (date_position.cc)
    out.basis = DateBasis::kRelative;
    if (!ref.known()) {
      out.reason = std::string(kNoReference);
      return out;
    }
    DateFound g = f;
    int y = 0;
    cal::AddMonths(ref.year, ref.month, f.month_rel, &y, &g.m);
    return ResolvePosition(g, y, out);
  }
  if (f.m == 0 && f.d != 0) return ResolveWeekdayDay(f, ref, out);
  out.basis = DateBasis::kAbsolute;
  const int y = f.y != 0 ? f.y : CompletedYear(f, ref, &out);
  if (y != 0) ResolveInYear(f, y, &out);
  return out;
}

// Two day dates with only a dash or a range word between them become one
// range: "5 January - 7 January 2022", "06.01.2022 bis 09.01.2022".
void JoinRanges(DateCtx& c, std::vector<DateFound>* found) {
  std::vector<DateFound> out;
  for (DateFound& f : *found) {
    if (!out.empty()) {
      DateFound& a = out.back();
      // A dash, or a range word and an article: "bis", "bis zum", "au", "по".
      const size_t between = f.first - a.last;
      size_t word = c.Match(a.last, kDwRange);
      if (word > 0 && word < between) word += c.Match(a.last + word, kDwDet);
      // "between 10 June and 1 July", "entre le 10 juin et le 1er juillet":
      // an `and` word joins two dates after a `clock_from` word.
      if (word == 0 && c.Is(a.last, kDwAnd) && a.first > 0) {
        const size_t p = a.first - (c.Is(a.first - 1, kDwDet) && a.first > 1 ? 2 : 1);
        if (c.Is(p, kDwClockFrom)) word = 1 + c.Match(a.last + 1, kDwDet);
      }
      const bool joiner = (between == 1 && c.Punct(a.last, '-')) || (word > 0 && word == between);
      if (joiner && a.prec == DatePrec::kDay && f.prec == DatePrec::kDay &&
          a.rel == RelKind::kNone && f.rel == RelKind::kNone && a.d2 == 0 && f.d2 == 0 &&
          a.invalid.empty() && f.invalid.empty() && a.hour < 0 && f.hour < 0 && a.nth == 0 &&
          f.nth == 0 && a.m != 0 && f.m != 0) {
        if (a.y == 0 && f.y != 0) a.y = (a.m > f.m || (a.m == f.m && a.d > f.d)) ? f.y - 1 : f.y;
        a.y2 = f.y;
        a.m2 = f.m;
        a.d2 = f.d;
        a.last = f.last;
        continue;
      }
    }
    out.push_back(std::move(f));
  }
  found->swap(out);
}

// A weekday and a bare day number: "vendredi 15", "venerdì 22", "Thursday
// the 21st", "Freitag, 15." (the month is the one near the reference whose
// day has that weekday). Not before a month, a time or a count's noun.
bool WeekdayAndDay(DateCtx& c, size_t i, size_t k, int weekday, DateFound* f) {
  // "martes el día 25": the day word before the number.
  if (const DateMeaning* u = nullptr;
      k > i + 1 && c.Is(k - 1, kDwDet) && c.Match(k, kDwUnit, &u) == 1 && u->unit == kUnitDay) {
    ++k;
  }
  // A day in words: "Friday the fifteenth", "venerdì ventidue", "martes
  // once"; the clause ends after it ("Friday two people died" is a count).
  if (size_t e = k; k < c.size() && c.t[k].kind == DateTok::kWord) {
    const NumberToken* n = c.NumberAt(k, &e);
    if (n == nullptr || !n->spelled || n->vague || n->value < 1 || n->value > 31 ||
        n->value != static_cast<int>(n->value) || !ClauseEndsAt(c, e)) {
      return false;
    }
    f->d = static_cast<int>(n->value);
    f->weekday = weekday;
    f->prec = DatePrec::kDay;
    f->first = i;
    f->last = e;
    return true;
  }
  if (!c.Num(k, 1, 2) || c.t[k].value < 1 || c.t[k].value > 31 || !c.StartOk(k)) return false;
  size_t j = k + 1;
  // An ordinal suffix belongs to the day; a dot after it ends the sentence
  // as often as it marks a German ordinal, and stays out.
  if (c.Glued(j) && c.Is(j, kDwOrdSuffix)) ++j;
  if (!c.EndOk(j) || c.Punct(j, ':') || c.Is(j, kDwHourWord) || c.Is(j, kDwAm) || c.Is(j, kDwPm)) {
    return false;
  }
  // "Friday 13 people died": a word after the number that is not a date or
  // clock word makes it a count; the number must end the clause.
  if (j < c.size() && c.t[j].kind == DateTok::kWord && c.t[j].entry == nullptr) return false;
  if (j < c.size() && c.t[j].kind == DateTok::kNum) return false;
  f->d = c.t[k].value;
  f->m = 0;
  f->weekday = weekday;
  f->prec = DatePrec::kDay;
  f->first = i;
  f->last = j;
  return true;
}

}  // namespace

std::vector<DateMention> FindDateMentions(std::string_view text,
                                          const std::vector<NumberToken>& numbers,
                                          const DateLexicon& lexicon,
                                          const ReferenceTime& reference) {
  std::vector<DateMention> mentions;
  if (text.size() > 0xFFFFFFF0U) return mentions;
  // One token buffer per thread: no allocation per sentence once grown.
  thread_local std::vector<DateTok> tokens;
  TokenizeForDates(text, lexicon.impl(), &tokens);
  if (tokens.capacity() > (1U << 20) && tokens.size() < (1U << 16)) {
    tokens.shrink_to_fit();  // after one huge text, give the memory back later
  }
  DateCtx c{text, tokens, lexicon.impl(), numbers, {}};
  std::vector<DateFound> found;
  size_t i = 0;
  size_t next_number = 0;  // numbers[next_number] is the first not before token i
  // One result, reused: most tokens never reach a reader that fills it, and
  // building one per token was a tenth of the annotator's time. The
  // holiday reader clears it itself; the others get it cleared below.
  DateFound f;
  while (i < tokens.size()) {
    const DateTok& t = tokens[i];
    if (t.kind == DateTok::kPunct) {
      ++i;
      continue;
    }
    // Most words are neither lexicon words nor the start of a number (a
    // spelled count or ordinal): only a holiday offset ("за неделю до
    // Нового года", its own lexicon) or the business notation "Q3" may
    // start there.
    while (next_number < numbers.size() && numbers[next_number].start < t.b) ++next_number;
    if (t.kind == DateTok::kWord && t.entry == nullptr &&
        (next_number == numbers.size() || numbers[next_number].start != t.b) &&
        !(t.e - t.b == 1 && (text[t.b] == 'Q' || text[t.b] == 'q'))) {
      if (MatchHoliday(c, i, reference, &f) && f.last > i) {
        i = f.last;
        found.push_back(std::move(f));
      } else {
        ++i;
      }
      continue;
    }
    f.Reset();
    bool ok = false;
    // A weekday before a date belongs to it: "Thursday, January 6".
    const DateMeaning* weekday = nullptr;
    size_t wd_len = c.Match(i, kDwWeekday, &weekday);
    const bool short_form = wd_len == 0;
    if (short_form) wd_len = c.Match(i, kDwWeekdayShort, &weekday);
    if (wd_len > 0) {
      size_t k = i + wd_len;
      if (short_form && c.Punct(k, '.') && c.Glued(k)) ++k;  // "Mo.", "пт."
      if (c.Punct(k, ',')) ++k;
      if (c.Match(k, kDwConnector) > 0 || c.Is(k, kDwArticle) || c.Is(k, kDwDet)) ++k;
      if (k < tokens.size() && MatchAbsolute(c, k, &f) && f.prec == DatePrec::kDay) {
        f.first = i;
        ok = true;
      } else {
        f.Reset();
        // An abbreviation only with a marked day: "Mon 13th", "Fri 14th".
        const bool marked = c.Num(k, 1, 2) && c.Glued(k + 1) && c.Is(k + 1, kDwOrdSuffix);
        ok = (!short_form || marked) && WeekdayAndDay(c, i, k, weekday->weekday, &f);
      }
    }
    if (!ok) {
      f.Reset();
      ok = MatchPosition(c, i, &f);
    }
    // "the first week of October", "this weekend" (before "fin de semana"
    // is read as the end of a week)
    if (!ok) ok = MatchWeeks(c, i, reference, &f);
    // "Ende März", "в конце года"; holidays before weekdays: "Viernes Santo"
    if (!ok) ok = MatchPeriodPart(c, i, reference, &f);
    if (!ok) ok = MatchHoliday(c, i, reference, &f);
    if (!ok) {
      f.Reset();
      ok = MatchRelative(c, i, &f);
    }
    if (!ok) {
      f.Reset();
      ok = MatchYearRange(c, i, &f);
    }
    if (!ok) {
      f.Reset();
      ok = MatchAbsolute(c, i, &f);
    }
    if (!ok) {  // clock times, parts of the day, times from now (date_clock.h)
      f.Reset();
      ok = MatchClock(c, i, reference, &f);
    }
    // A year in words after a day and month: "13 Sept nineteen seventy two".
    if (ok && !f.preset && f.rel == RelKind::kNone && f.prec == DatePrec::kDay && f.y == 0 &&
        f.m != 0 && f.d2 == 0 && f.year_dir == 0 && f.invalid.empty()) {
      size_t end = 0;
      if (const int year = SpelledYearAt(c, f.last, &end);
          year > 0 && f.d >= 1 && cal::Valid(year, f.m, f.d)) {
        f.y = year;
        f.last = end;
      }
    }
    // A day's time or part of the day: "yesterday at 10:30", "heute Abend",
    // "am Donnerstag von 9 bis 11 Uhr", "le 16 vers 18h du soir".
    if (ok && !f.preset && f.hour < 0 && f.part_from < 0 && f.d2 == 0 && !f.period &&
        f.invalid.empty() &&
        (f.rel == RelKind::kDays || f.rel == RelKind::kWeekday ||
         (f.rel == RelKind::kNone && f.prec == DatePrec::kDay))) {
      f.last = AttachClock(c, f.last, &f);
    }
    if (ok && f.last > i) {
      i = f.last;
      found.push_back(std::move(f));
    } else {
      ++i;
    }
  }
  JoinRanges(c, &found);
  mentions.reserve(found.size());
  for (const DateFound& d : found) {
    mentions.push_back(d.preset ? *d.preset : Resolve(d, tokens, reference));
    FinishClock(d, &mentions.back());
  }
  return mentions;
}

}  // namespace parallax::annotate
