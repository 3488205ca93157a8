// parallax annotate stage (private): the date readers' shared context and
// their result before resolution against the reference date.
#ifndef PARALLAX_ANNOTATE_DATE_PARSE_H_
#define PARALLAX_ANNOTATE_DATE_PARSE_H_

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "annotate/date_lexicon.h"

namespace parallax::annotate {

// The sentence being read.
struct DateCtx {
  std::string_view text;
  const std::vector<DateTok>& t;
  const DateLexicon::Impl& lex;
  const std::vector<NumberToken>& numbers;
  // Per token, the types of the phrases that match there (Match fills it
  // on first use; kUnknownHits: not yet computed).
  std::vector<uint64_t> hits;
  static constexpr uint64_t kUnknownHits = ~uint64_t{0};

  size_t size() const { return t.size(); }
  bool Num(size_t i, uint32_t min_digits, uint32_t max_digits) const {
    return i < t.size() && t[i].kind == DateTok::kNum && t[i].digits() >= min_digits &&
           t[i].digits() <= max_digits;
  }
  bool Glued(size_t i) const { return i < t.size() && !t[i].space_before; }
  bool Punct(size_t i, char c) const {
    return i < t.size() && t[i].kind == DateTok::kPunct && t[i].punct == c;
  }
  // The single word at `i` has `type` (phrases not considered).
  bool Is(size_t i, DateWordType type) const {
    return i < t.size() && t[i].entry != nullptr && t[i].entry->single.Has(type);
  }
  // Tokens a word or phrase of `type` at `i` covers (0: none); the longest
  // phrase wins. `meaning` receives its meaning.
  size_t Match(size_t i, DateWordType type, const DateMeaning** meaning = nullptr) {
    // Inline: the readers ask this of most tokens, and most answers are a
    // missing entry or a single word.
    if (i >= t.size() || t[i].entry == nullptr) return 0;
    const DateEntry& e = *t[i].entry;
    if ((e.phrase_types >> type) & 1U) return MatchPhrase(i, type, meaning);
    if (!e.single.Has(type)) return 0;
    if (meaning != nullptr) *meaning = &e.single;
    return 1;
  }
  // Match's phrase case: entry `i` has phrases of `type`.
  size_t MatchPhrase(size_t i, DateWordType type, const DateMeaning** meaning);
  // Time words or phrases at `i` ("um", "at", "o godz." with its dot), up
  // to three in a row; the tokens they cover.
  size_t MatchTimeWord(size_t i) {
    size_t total = 0;
    for (int k = 0; k < 3; ++k) {
      size_t n = Match(i + total, kDwTimeBefore);
      if (n == 0) break;
      if (Punct(i + total + n, '.') && Glued(i + total + n)) ++n;
      total += n;
    }
    return total;
  }
  // An hour_before word or phrase (and its dot) ends right before `i`.
  bool HourCueBefore(size_t i) {
    for (size_t back = 1; back <= 3 && back <= i; ++back) {
      size_t n = Match(i - back, kDwHourBefore);
      if (n > 0 && Punct(i - back + n, '.') && Glued(i - back + n)) ++n;
      if (n == back) return true;
    }
    return false;
  }
  // A time word or phrase ends right before `i` ("um", "a las", "godz.").
  bool TimeWordBefore(size_t i) {
    for (size_t back = 1; back <= 4 && back <= i; ++back) {
      if (MatchTimeWord(i - back) == back) return true;
    }
    return false;
  }
  // The number of the number layer that starts at token `i` (a spelled
  // count or ordinal, "2,5 Millionen"), or nullptr; `end` receives the
  // token after it.
  const NumberToken* NumberAt(size_t i, size_t* end) const;
  // A count at `i`: 1-3 digits, a spelled cardinal NumberToken, a vague one
  // of 2-9 ("several", "einige", "несколько") or a `few` word ("a few",
  // "quelques": its count), or an article word ("a", "einem"). Sets the
  // value and the token after it.
  bool ReadCount(size_t i, int* n, size_t* end) const;
  // Past the connectors, articles and year cues at `k` that may stand
  // between a weekday and its week or a position and its month ("of",
  // "im", "de la", "w"), at most three.
  size_t SkipLinks(size_t k);
  // A match may start at `i` / end before `j`: not glued to a letter,
  // a digit or a date separator that goes on with digits.
  bool StartOk(size_t i) const;
  bool EndOk(size_t j) const;
};

// kQuarter: months m..m2 of year y ("Q3 2021": 2021-07..2021-09).
enum class DatePrec : uint8_t { kNone, kYear, kQuarter, kMonth, kWeek, kDay };
// kWeekday: a weekday (weekday_mode says which); kWeekdayInWeek: that
// weekday in the week `rel_n` weeks from the reference's ("Wednesday next
// week"); kMonthOfYear: month m of the year before, of or after the
// reference's (weekday_mode -1, 0, 1: "last March", "this March", "next March").
enum class RelKind : uint8_t {
  kNone,
  kDays,
  kWeeks,
  kMonths,
  kQuarters,
  kYears,
  kWeekday,
  kWeekdayInWeek,
  kMonthOfYear
};

// The plain fields of a DateFound (trivially copyable, so that Reset is a
// few stores).
struct DateFields {
  size_t first = 0, last = 0;
  DatePrec prec = DatePrec::kNone;  // kNone with hour >= 0: a bare clock time
  int y = 0, m = 0, d = 0;          // y 0: to be completed from the reference
  int m2 = 0, d2 = 0;               // a range's last day (d2 0: no range)
  int y2 = 0;
  int hour = -1, minute = -1;
  RelKind rel = RelKind::kNone;  // relative: `rel_n` units from the reference
  int rel_n = 0;
  int weekday = 0;       // kWeekday: 1-7
  int weekday_mode = 0;  // -1 last (strictly before), 0 latest on or before, 1 next
  // A period up to or from the reference ("the last 3 days", "die nächsten
  // zwei Wochen"): rel and rel_n give its far end, the reference the other.
  bool period = false;
  // A position in month m of year y (y 0: completed): the nth (1-5, -1
  // the last) weekday `nth_weekday` (1-7), or day (nth_weekday 0).
  int nth = 0;
  int nth_weekday = 0;
  // A position in a month named from the reference's (m 0): that month
  // `month_rel` months on ("the second Monday of next month", "il 20 del
  // prossimo mese", "the first Sunday": 0).
  bool month_from_ref = false;
  int month_rel = 0;
  // A day and month with a last / next word ("el próximo 6 de abril", "il
  // scorso 15 marzo"): y 0 is completed as the first year after (1) or the
  // last before (-1) the reference that has it.
  int year_dir = 0;
  // kMonths with days after them ("1 month 21 days ago", "un anno e due
  // mesi fa"): these days more, to day precision.
  int rel_days = 0;
  // Times of day (date_clock.cc; FinishClock writes them after Resolve): a
  // clock range's end ("9:30-11:00"), or a part of the day as its first and
  // last hour (part_to < part_from: it ends the next day) starting
  // part_day days from the date ("in der Nacht zum Freitag": -1).
  int hour2 = -1, minute2 = -1;
  int part_from = -1, part_to = -1, part_day = 0;
  // A time zone written after the time ("8:00 GMT"): its offset in minutes
  // east of UTC, written after the time as "+01:00" (zone_set false: none).
  bool zone_set = false;
  int zone = 0;
};
static_assert(std::is_trivially_copyable_v<DateFields>);

// One date read from tokens first .. last-1, before resolution.
struct DateFound : DateFields {
  std::string invalid;  // not a valid date: the reason
  // Holidays and seasons (date_holidays.h) resolve against the reference
  // as they are read: the finished mention, which replaces Resolve's.
  std::shared_ptr<const DateMention> preset;
  // Back to the default state, as `*f = DateFound()` but without building
  // a temporary: the readers clear one per token they try.
  // The fields are copied from a constant: assigning a fresh DateFields
  // compiled to `rep stos`, whose start-up cost made these resets a tenth of
  // the annotator's time.
  void Reset() {
    static constexpr DateFields kClear{};
    std::memcpy(static_cast<DateFields*>(this), &kClear, sizeof(DateFields));
    if (!invalid.empty()) invalid.clear();
    if (preset) preset.reset();
  }
};

// The token after the ordinal mark glued to a day number at `j` - 1 ("." in
// "3.", "th", "-го"), or `j` when there is none.
size_t SkipOrdinalMark(DateCtx& c, size_t j);

// What ends a clause after a date or a time (ClauseEndsAt).
enum class ClauseAfter : uint8_t {
  // After a number of a date: the token may end a match (DateCtx::EndOk);
  // punctuation other than `%`, `-` and `/`, or a word of the date lexicon
  // that is no unit, connector or article.
  kDate,
  // After a clock time: punctuation other than `%` and `-` only (a slash
  // after a time is no figure: "20 heures/"); words never end it.
  kTime,
};

// The clause ends at token `j` for the date or time before it (`after`):
// always at the end of the text (`j` past the last token). kDate: "May
// twenty one, 2018", not "in May two people", "two of them", "the 21st
// century"; kTime: "in einer Stunde.", "jusqu'à 20 heures,", not "après 2
// heures de négociations". Never throws.
bool ClauseEndsAt(const DateCtx& c, size_t j, ClauseAfter after = ClauseAfter::kDate);

// A month name in lower case that its row marks `homograph` (en "may",
// data/dates-README.md) reads as the common word, not the month, when a
// lower-case word the date lexicon lacks follows ("this may or may not").
// `i`: the name's token, `len` its tokens (a name of two or more never
// reads as a word), `m` its meaning.
bool MonthReadsAsWord(const DateCtx& c, size_t i, size_t len, const DateMeaning& m);

// Clock time at `i` ("10:30", "15 Uhr", "3 pm", "15h30", "10.30 Uhr").
// `context`: a time word precedes, so "9:30" with a one-digit hour counts.
bool MatchTime(DateCtx& c, size_t i, bool context, DateFound* f);
// Absolute and partial dates starting at token `i`.
bool MatchAbsolute(DateCtx& c, size_t i, DateFound* f);
// A range of years starting at token `i` (date_year_ranges.cc): a range
// start or year cue, two four-digit years joined by a dash, a `range` or
// `year_to` word (or an `and` word after a range start), maybe a year word:
// "from 2000 to 2005", "od 2010 do 2014 roku", "в 2014–2015 годах"; with no
// year word the second is a later year of the first's time and no
// `counted` noun follows ("od 2000 do 2050 osób" counts). Year precision,
// y the first year, y2 the last; the start word stays out of the span.
bool MatchYearRange(DateCtx& c, size_t i, DateFound* f);
// A range of figures goes on at token `j`, right after a figure: a
// joiner (as MatchYearRange reads them, after a range start) and a number.
// A range start's year then reads as no year ("od 2000 do 2500 osób").
bool FigureRangeAfter(DateCtx& c, size_t j);
// Relative dates starting at token `i`.
bool MatchRelative(DateCtx& c, size_t i, DateFound* f);
// The word at `i - 1` is one of `m`'s not_after words, which make the word
// or phrase at `i` something else: "la mañana" (morning, not tomorrow), "a
// passé trois ans" (a verb, not "the past three years").
bool CancelledByWordBefore(const DateCtx& c, size_t i, const DateMeaning& m);
// A last / this / next word or phrase of date_words.tsv at `i`: its length
// (0: none) and in `dir` -step, 0 or +step ("last" -1, "übernächste" +2).
// With `cancellable`, a last / next word after one of its not_after words
// is none (CancelledByWordBefore).
size_t DirectionAt(DateCtx& c, size_t i, int* dir, bool cancellable = true);
// Positions in a month or year starting at token `i` ("the first Tuesday of
// October", "the last day of March", "the third quarter of 2021", "Q3").
bool MatchPosition(DateCtx& c, size_t i, DateFound* f);

// Pieces of MatchPosition that the week readers share (date_position.cc).
// An ordinal 1-`max` at `i`: a spelled ordinal of the number layer
// ("first", "dritter", "pierwsza"), or digits with an ordinal mark glued
// ("3.", "3rd", "4tes", "3-го"). Sets the value and the token after it.
bool ReadOrdinal(DateCtx& c, size_t i, int max, int* n, size_t* end);
// A four-digit year at `k` (after an optional comma or link) with its
// year word ("2021 roku"): its value and the token after it; 0 when none.
int ReadYear(DateCtx& c, size_t k, size_t* end);
// The links before a month named from the reference: SkipLinks, or a
// day_link alone ("du mois prochain", "des nächsten Monats").
size_t MonthLinks(DateCtx& c, size_t k);
// "next month", "prossimo mese", "este mes", "mois prochain" at `k` (after
// the links): the month offset from the reference's and the token after it.
bool MonthFromReference(DateCtx& c, size_t k, int* offset, size_t* end);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_DATE_PARSE_H_
