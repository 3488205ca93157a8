// Loading of the date lexicon (data/<lang>/months.txt, date_words.tsv,
// holidays.tsv); the tokenizer is in date_tokenizer.cc.
#include "annotate/date_lexicon.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "annotate/date_chars.h"
#include "annotate/date_holiday_names.h"
#include "annotate/number_chars.h"
#include "parallax/error.h"

namespace parallax::annotate {
namespace {

using date_chars::AppendUtf8;
using date_chars::DecodeAt;
using date_chars::LowerCp;
using date_chars::PackShort;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) pos = s.size();
    std::string_view part = Trim(s.substr(start, pos - start));
    if (!part.empty()) out.emplace_back(part);
    start = pos + 1;
  }
  return out;
}

bool ParseInt(std::string_view s, int lo, int hi, int* out) {
  if (s.empty() || s.size() > 4) return false;
  bool neg = false;
  if (s[0] == '-' || s[0] == '+') {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  v = neg ? -v : v;
  if (v < lo || v > hi) return false;
  *out = v;
  return true;
}

std::vector<std::string> ReadLines(const std::filesystem::path& path, bool* exists) {
  std::vector<std::string> lines;
  std::ifstream in(path);
  *exists = static_cast<bool>(in);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

// The value of a time-of-day row (data/dates-README.md, "Times of day"):
// clock "H:MM", part "H-H", minute_word minutes 1-59, clock_unit hour|half_hour|minute|second.
bool ParseClockValue(DateWordType type, std::string_view value, DateMeaning* m) {
  int a = 0, b = 0;
  if (type == kDwMinuteWord) {
    if (!ParseInt(value, 1, 59, &a)) return false;
    m->minutes = static_cast<int8_t>(a);
    return true;
  }
  if (type == kDwClockUnit) {
    m->minutes = value == "hour" ? 60 : value == "minute" ? 1 : 0;
    m->seconds = value == "hour"        ? 3600
                 : value == "half_hour" ? 1800
                 : value == "minute"    ? 60
                 : value == "second"    ? 1
                                        : 0;
    return m->seconds != 0;
  }
  const size_t sep = value.find(type == kDwClock ? ':' : '-');
  if (sep == std::string_view::npos || !ParseInt(value.substr(0, sep), 0, 23, &a)) return false;
  if (!ParseInt(value.substr(sep + 1), 0, type == kDwClock ? 59 : 23, &b)) return false;
  if (type == kDwClock) {
    m->hour = static_cast<int8_t>(a);
    m->minute = static_cast<int8_t>(b);
  } else {
    m->part_from = static_cast<int8_t>(a);
    m->part_to = static_cast<int8_t>(b);
  }
  return true;
}

std::string ClockValueFormat(DateWordType type) {
  switch (type) {
    case kDwClock:
      return "a time H:MM";
    case kDwMinuteWord:
      return "minutes 1-59";
    case kDwClockUnit:
      return "hour, half_hour, minute or second";
    default:
      return "first and last hour H-H";
  }
}

// Lets the tokenizer's prefilter pass words folding to `folded`.
void AddToFilter(DateLexicon::Impl* lex, std::string_view folded) {
  size_t len = 0, len2 = 0;
  const int cp1 = DecodeAt(folded, 0, &len);
  const int cp2 = len < folded.size() ? DecodeAt(folded, len, &len2) : 0;
  const uint32_t key = DateLexicon::Impl::FilterKey(cp1, cp2, folded.size());
  lex->filter[key >> 6] |= uint64_t{1} << (key & 63);
}

struct Loader {
  DateLexicon::Impl* lex;
  std::string file;
  bool fold_accents = false;  // "@fold_accents<TAB>yes": AddUnaccented after loading
  std::vector<std::string> unaccented_except = {};  // its "except=" forms, folded
  // Its "letters=" pairs: a folded letter and the plain one it becomes
  // (pl "ł" -> "l"), beside the diacritics StripAccent removes.
  std::vector<std::pair<int, int>> unaccented_letters = {};

  [[noreturn]] void Fail(size_t line, const std::string& what) const {
    throw DataError(file + ":" + std::to_string(line) + ": " + what);
  }

  // Adds `phrase` (words separated by spaces) with one type and value.
  void Add(std::string_view phrase, DateWordType type, const DateMeaning& value) {
    std::string folded;
    FoldWord(phrase, &folded);
    std::vector<std::string> words = Split(folded, ' ');
    if (words.empty()) return;
    DateEntry& entry = lex->words[words[0]];
    DateMeaning* m = &entry.single;
    if (words.size() > 1) {
      std::vector<std::string> rest(words.begin() + 1, words.end());
      std::vector<DatePhrase>& phrases = type == kDwHoliday ? entry.holiday_phrases : entry.phrases;
      auto it = std::find_if(phrases.begin(), phrases.end(),
                             [&](const DatePhrase& p) { return p.rest == rest; });
      if (it == phrases.end()) {
        // Longest first; inserted in place, as sorting after taking `m`
        // would leave it pointing at another phrase.
        it = std::find_if(phrases.begin(), phrases.end(),
                          [&](const DatePhrase& p) { return p.rest.size() < rest.size(); });
        it = phrases.insert(it, DatePhrase{rest, {}, {}});
      }
      m = &it->meaning;
    }
    m->types |= uint64_t{1} << type;
    if (type == kDwMonth) {
      m->month = value.month;
      m->month_full = m->month_full || value.month_full;
      m->month_homograph = m->month_homograph || value.month_homograph;
    }
    if (type == kDwWeekday || type == kDwWeekdayShort) m->weekday = value.weekday;
    if (type == kDwRelDay) m->relday = value.relday;
    if (!value.not_after.empty()) m->not_after = value.not_after;
    if (type == kDwUnit) m->unit = value.unit;
    if (type == kDwHoliday) m->holiday = value.holiday;
    if (type == kDwClock) {  // times of day (date_clock.cc)
      m->hour = value.hour;
      m->minute = value.minute;
    }
    if (type == kDwPart || type == kDwPartNoun || type == kDwHourPart) {
      m->part_from = value.part_from;
      m->part_to = value.part_to;
    }
    if (type == kDwMinuteWord || type == kDwClockUnit) m->minutes = value.minutes;
    if (type == kDwClockUnit) m->seconds = value.seconds;
    if (type == kDwLast || type == kDwNext) m->step = value.step;
    if (type == kDwPeriodPart) m->period_part = value.period_part;
    if (type == kDwZone) m->zone = value.zone;
    if (type == kDwFew) m->count = value.count;
    if (type == kDwWeekend) m->weekend = value.weekend;
    AddToFilter(lex, words[0]);
  }
};

// Gives every word of every phrase and every not_after word an entry (one
// without meaning when the word starts nothing), numbers all entries, and
// fills the phrases' and not_after lists' word ids and the entries' phrase
// types: the tokenizer then finds each word's
// id with the lookup it makes anyway, and phrase matching compares ids.
void Finish(DateLexicon::Impl* lex) {
  std::vector<std::string> inner;
  for (const auto& [word, entry] : lex->words) {
    inner.insert(inner.end(), entry.single.not_after.begin(), entry.single.not_after.end());
    for (const auto* list : {&entry.phrases, &entry.holiday_phrases}) {
      for (const DatePhrase& p : *list) {
        inner.insert(inner.end(), p.rest.begin(), p.rest.end());
        inner.insert(inner.end(), p.meaning.not_after.begin(), p.meaning.not_after.end());
      }
    }
  }
  for (const std::string& w : inner) {
    if (lex->words.try_emplace(w).second) AddToFilter(lex, w);
  }
  uint32_t id = 0;
  for (auto& [word, entry] : lex->words) entry.id = ++id;
  const auto ids = [lex](const std::vector<std::string>& words) {
    std::vector<uint32_t> out;
    for (const std::string& w : words) out.push_back(lex->words.find(w)->second.id);
    return out;
  };
  for (auto& [word, entry] : lex->words) {
    entry.single.not_after_ids = ids(entry.single.not_after);
    for (auto* list : {&entry.phrases, &entry.holiday_phrases}) {
      for (DatePhrase& p : *list) {
        p.rest_ids = ids(p.rest);
        p.meaning.not_after_ids = ids(p.meaning.not_after);
      }
    }
    entry.phrase_types = 0;
    for (const DatePhrase& p : entry.phrases) entry.phrase_types |= p.meaning.types;
  }
  size_t slots = 64;
  while (slots < 2 * lex->words.size()) slots *= 2;
  lex->short_words.assign(slots, {});
  for (const auto& [word, entry] : lex->words) {
    uint64_t a = 0, b = 0;
    if (!PackShort(word, &a, &b)) continue;
    size_t k = DateLexicon::Impl::ShortHash(a, b) & (slots - 1);
    while (lex->short_words[k].entry != nullptr) k = (k + 1) & (slots - 1);
    lex->short_words[k] = {a, b, &entry};
  }
}

struct TypeName {
  std::string_view name;
  DateWordType type;
};
constexpr TypeName kTypeNames[] = {
    {"month", kDwMonth},
    {"weekday", kDwWeekday},
    {"relday", kDwRelDay},
    {"unit", kDwUnit},
    {"ago", kDwAgo},
    {"ago_before", kDwAgoBefore},
    {"in_before", kDwInBefore},
    {"last", kDwLast},
    {"next", kDwNext},
    {"this", kDwThis},
    {"year_cue", kDwYearCue},
    {"year_word", kDwYearWord},
    {"ordinal_suffix", kDwOrdSuffix},
    {"connector", kDwConnector},
    {"time_before", kDwTimeBefore},
    {"hour_word", kDwHourWord},
    {"am", kDwAm},
    {"pm", kDwPm},
    {"range", kDwRange},
    {"article", kDwArticle},
    {"anniversary", kDwAnniversary},
    {"hour_before", kDwHourBefore},
    {"det", kDwDet},
    {"weekday_short", kDwWeekdayShort},
    {"clock", kDwClock},
    {"part", kDwPart},
    {"part_noun", kDwPartNoun},
    {"minute_word", kDwMinuteWord},
    {"past", kDwPast},
    {"to", kDwTo},
    {"half_before", kDwHalfBefore},
    {"and", kDwAnd},
    {"minus", kDwMinus},
    {"clock_unit", kDwClockUnit},
    {"clock_from", kDwClockFrom},
    {"night_to", kDwNightTo},
    {"day_link", kDwDayLink},
    {"hour_part", kDwHourPart},
    {"from_day", kDwFromDay},
    {"before_day", kDwBeforeDay},
    {"period_part", kDwPeriodPart},
    {"now", kDwNow},
    {"time_bound", kDwTimeBound},
    {"bound_after", kDwBoundAfter},
    {"zone", kDwZone},
    {"few", kDwFew},
    {"weekend", kDwWeekend},
    {"later", kDwLater},
    {"year_to", kDwYearTo},
};

void LoadMonths(const std::filesystem::path& path, Loader* loader) {
  bool exists = false;
  const std::vector<std::string> lines = ReadLines(path, &exists);
  loader->file = path.string();
  int month = 0;
  constexpr std::string_view kMarker = "# month:";
  for (size_t n = 0; n < lines.size(); ++n) {
    const std::string_view line = Trim(lines[n]);
    if (line.empty()) continue;
    if (line.substr(0, kMarker.size()) == kMarker) {
      if (!ParseInt(Trim(line.substr(kMarker.size())), 1, 12, &month)) {
        loader->Fail(n + 1, "month marker needs a number 1-12");
      }
      continue;
    }
    if (line[0] == '#' || month == 0) continue;
    DateMeaning m;
    m.month = static_cast<int8_t>(month);
    // Four letters or more is a full name; shorter ones ("Mai", "maj") that
    // are full names are listed again in date_words.tsv.
    size_t cps = 0;
    for (char c : line) cps += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    m.month_full = cps >= 4;
    loader->Add(line, kDwMonth, m);
  }
}

// `folded` without the diacritics of its Latin letters ("następnego" ->
// "nastepnego", "año" -> "ano", "février" -> "fevrier"), and with the
// `letters` pairs' letters replaced (pl "ł" -> "l": "@fold_accents" option
// "letters=").
std::string Unaccented(std::string_view folded, const std::vector<std::pair<int, int>>& letters) {
  std::string out;
  for (size_t i = 0; i < folded.size();) {
    size_t len = 0;
    const int cp = DecodeAt(folded, i, &len);
    i += len;
    if (cp < 0) {
      out.push_back('?');
      continue;
    }
    const auto it = std::find_if(letters.begin(), letters.end(),
                                 [cp](const std::pair<int, int>& l) { return l.first == cp; });
    AppendUtf8(&out, it != letters.end()
                         ? it->second
                         : static_cast<int>(StripAccent(static_cast<char32_t>(cp))));
  }
  return out;
}

// "@fold_accents<TAB>yes" (pl, es, fr, it): text typed without diacritics
// ("piatek nastepnego tygodnia", "el proximo ano", "15 fev") finds the
// words too. Every word and phrase with a diacritic is added again without
// it, with the same meanings, unless that form is already a word or phrase
// of its own (the listed meaning wins). Runs once, after all files.
void AddUnaccented(Loader* loader) {
  struct Form {
    std::string phrase;
    DateMeaning meaning;
  };
  std::vector<Form> forms;
  auto join = [](const std::string& first, const std::vector<std::string>& rest) {
    std::string s = first;
    for (const std::string& w : rest) s += " " + w;
    return s;
  };
  for (const auto& [word, entry] : loader->lex->words) {
    if (entry.single.types != 0) forms.push_back({word, entry.single});
    for (const auto* list : {&entry.phrases, &entry.holiday_phrases}) {
      for (const DatePhrase& p : *list) forms.push_back({join(word, p.rest), p.meaning});
    }
  }
  for (const Form& f : forms) {
    const std::string plain = Unaccented(f.phrase, loader->unaccented_letters);
    const auto& except = loader->unaccented_except;
    if (plain == f.phrase || std::find(except.begin(), except.end(), plain) != except.end()) {
      continue;
    }
    const std::vector<std::string> words = Split(plain, ' ');
    const auto it = loader->lex->words.find(words[0]);
    if (it != loader->lex->words.end()) {
      const std::vector<std::string> rest(words.begin() + 1, words.end());
      if (rest.empty() && it->second.single.types != 0) continue;
      bool listed = false;
      for (const auto* list : {&it->second.phrases, &it->second.holiday_phrases}) {
        for (const DatePhrase& p : *list) listed = listed || p.rest == rest;
      }
      if (listed) continue;
    }
    for (int type = 0; type < kDwTypeCount; ++type) {
      if (f.meaning.Has(static_cast<DateWordType>(type))) {
        loader->Add(plain, static_cast<DateWordType>(type), f.meaning);
      }
    }
  }
}

// "@glue<TAB>weekday<TAB>part_noun": every single word of the first type
// glued to one of the second is a word of both types ("Donnerstagabend").
void GlueWords(Loader* loader, DateWordType first, DateWordType second) {
  std::vector<std::pair<std::string, DateMeaning>> a, b;
  for (const auto& [word, entry] : loader->lex->words) {
    if (entry.single.Has(first)) a.emplace_back(word, entry.single);
    if (entry.single.Has(second)) b.emplace_back(word, entry.single);
  }
  for (const auto& [w1, m1] : a) {
    for (const auto& [w2, m2] : b) {
      loader->Add(w1 + w2, first, m1);
      loader->Add(w1 + w2, second, m2);
    }
  }
}

// The tab-separated columns of `line`, each trimmed; empty ones are kept.
std::vector<std::string> Columns(std::string_view line) {
  std::vector<std::string> cols;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    cols.emplace_back(Trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cols;
}

// The row type called `name` in kTypeNames, or nullptr.
const TypeName* FindType(std::string_view name) {
  const auto* type = std::find_if(std::begin(kTypeNames), std::end(kTypeNames),
                                  [&](const TypeName& t) { return t.name == name; });
  return type == std::end(kTypeNames) ? nullptr : type;
}

// The options of "@fold_accents<TAB>yes" after `yes`: "except=form|form"
// (stripped forms that are other words) and "letters=ł:l|..." (letters
// whose plain form no Unicode decomposition gives), into `loader`. False
// when one is malformed.
bool FoldAccentsOptions(const std::vector<std::string>& cols, Loader* loader) {
  constexpr std::string_view kExcept = "except=", kLetters = "letters=";
  for (size_t k = 2; k < cols.size(); ++k) {
    const std::string_view col = cols[k];
    if (col.substr(0, kExcept.size()) == kExcept) {
      for (const std::string& w : Split(col.substr(kExcept.size()), '|')) {
        std::string folded;
        FoldWord(w, &folded);
        loader->unaccented_except.push_back(folded);
      }
      continue;
    }
    if (col.substr(0, kLetters.size()) != kLetters) return false;
    for (const std::string& pair : Split(col.substr(kLetters.size()), '|')) {
      size_t len = 0, len2 = 0;
      const size_t colon = pair.find(':');
      const int from = colon == std::string::npos ? -1 : DecodeAt(pair, 0, &len);
      const int to =
          colon == len && colon + 1 < pair.size() ? DecodeAt(pair, colon + 1, &len2) : -1;
      if (from < 0 || to < 0 || colon + 1 + len2 != pair.size()) return false;
      loader->unaccented_letters.emplace_back(LowerCp(from), to);
    }
  }
  return true;
}

// Applies the option line `cols` ("@order", "@fold_accents", "@hours",
// "@glue") of line `n` to `loader`; @glue pairs are added to `glue`, to be
// glued after the file. False when cols[0] names no option (the line is a
// word row). Throws DataError on a malformed option.
bool ApplyOption(const std::vector<std::string>& cols, size_t n, Loader* loader,
                 std::vector<std::pair<DateWordType, DateWordType>>* glue) {
  if (cols[0] == "@order") {
    if (cols.size() != 2 || (cols[1] != "dmy" && cols[1] != "mdy")) {
      loader->Fail(n, "expected '@order<TAB>dmy|mdy'");
    }
    loader->lex->month_first = cols[1] == "mdy";
    return true;
  }
  if (cols[0] == "@fold_accents") {
    constexpr std::string_view kUsage =
        "expected '@fold_accents<TAB>yes[<TAB>except=form|form][<TAB>letters=ł:l|...]'";
    if (cols.size() < 2 || cols.size() > 4 || cols[1] != "yes" ||
        !FoldAccentsOptions(cols, loader)) {
      loader->Fail(n, std::string(kUsage));
    }
    loader->fold_accents = true;
    return true;
  }
  if (cols[0] == "@hours") {
    if (cols.size() != 2 || cols[1] != "ordinal") loader->Fail(n, "expected '@hours<TAB>ordinal'");
    loader->lex->ordinal_hours = true;
    return true;
  }
  if (cols[0] == "@period_count_first") {
    if (cols.size() != 2 || (cols[1] != "yes" && cols[1] != "no")) {
      loader->Fail(n, "expected '@period_count_first<TAB>yes|no'");
    }
    loader->lex->count_first_periods = cols[1] == "yes";
    return true;
  }
  if (cols[0] == "@glue") {
    if (cols.size() != 3 || FindType(cols[1]) == nullptr || FindType(cols[2]) == nullptr) {
      loader->Fail(n, "expected '@glue<TAB>type<TAB>type'");
    }
    glue->emplace_back(FindType(cols[1])->type, FindType(cols[2])->type);
    return true;
  }
  return false;
}

// unit: day, week, month, quarter or year; kUnitNone for anything else.
uint8_t ParseUnit(std::string_view value) {
  return value == "day"       ? kUnitDay
         : value == "week"    ? kUnitWeek
         : value == "month"   ? kUnitMonth
         : value == "quarter" ? kUnitQuarter
         : value == "year"    ? kUnitYear
                              : kUnitNone;
}

// period_part: nouns ("Anfang", "fin", "конце") begin|middle|end 1-3;
// adjectives ("early", "mid", "late") early|mid|late 5-7. 0: neither.
int8_t ParsePeriodPart(std::string_view value) {
  constexpr std::string_view kParts[] = {"", "begin", "middle", "end", "", "early", "mid", "late"};
  int8_t out = 0;
  for (int part = 1; part < 8; ++part) {
    if (part != 4 && value == kParts[part]) out = static_cast<int8_t>(part);
  }
  return out;
}

// zone: "+01:00", "-05:00", "+05:30" (minutes east of UTC into m->zone);
// "local": kZoneLocal. False when malformed.
bool ParseZone(std::string_view value, DateMeaning* m) {
  int hh = 0, mm = 0;
  if (value == "local") {
    m->zone = kZoneLocal;
    return true;
  }
  if (value.size() != 6 || (value[0] != '+' && value[0] != '-') || value[3] != ':' ||
      !ParseInt(value.substr(1, 2), 0, 14, &hh) || !ParseInt(value.substr(4, 2), 0, 59, &mm)) {
    return false;
  }
  m->zone = static_cast<int16_t>((value[0] == '-' ? -1 : 1) * (hh * 60 + mm));
  return true;
}

// The meaning a row of `type` (called `name`) gives with `value`, its
// third column ("" when there is none). Throws DataError naming line `n`
// when the value does not fit the type.
DateMeaning ParseRowValue(const TypeName& type, const std::string& value, size_t n,
                          const Loader& loader) {
  DateMeaning m;
  int v = 0;
  switch (type.type) {
    case kDwMonth:
      if (!ParseInt(value, 1, 12, &v)) loader.Fail(n, "month needs a value 1-12");
      m.month = static_cast<int8_t>(v);
      m.month_full = true;
      break;
    case kDwWeekday:
    case kDwWeekdayShort:
      if (!ParseInt(value, 1, 7, &v)) loader.Fail(n, "weekday needs a value 1-7");
      m.weekday = static_cast<int8_t>(v);
      break;
    case kDwRelDay:
      if (!ParseInt(value, -9, 9, &v)) loader.Fail(n, "relday needs a day offset -9..9");
      m.relday = static_cast<int8_t>(v);
      break;
    case kDwUnit:
      m.unit = ParseUnit(value);
      if (m.unit == kUnitNone) loader.Fail(n, "unit needs day, week, month, quarter or year");
      break;
    case kDwWeekend:  // "weekend"; "эти выходные" this, "прошлые выходные" last
      m.weekend = value.empty()     ? 0
                  : value == "last" ? 1
                  : value == "this" ? 2
                  : value == "next" ? 3
                                    : -1;
      if (m.weekend < 0) loader.Fail(n, "weekend takes no value or last, this, next");
      break;
    case kDwFew:  // "quelques" 3, "paar" 2
      if (!ParseInt(value, 2, 9, &v)) loader.Fail(n, "few needs a count 2-9");
      m.count = static_cast<int8_t>(v);
      break;
    case kDwLast:
    case kDwNext:
      // An optional step: "übernächste" (next 2), "позапрошлом" (last 2).
      if (!value.empty() && !ParseInt(value, 1, 9, &v)) {
        loader.Fail(n, "last/next take an optional step 1-9");
      }
      m.step = static_cast<int8_t>(value.empty() ? 1 : v);
      break;
    case kDwPeriodPart:
      m.period_part = ParsePeriodPart(value);
      if (m.period_part == 0) {
        loader.Fail(n, "period_part needs begin, middle, end, early, mid or late");
      }
      break;
    case kDwClock:
    case kDwPart:
    case kDwPartNoun:
    case kDwHourPart:
    case kDwMinuteWord:
    case kDwClockUnit:
      if (!ParseClockValue(type.type, value, &m)) {
        loader.Fail(n, "'" + std::string(type.name) + "' needs " + ClockValueFormat(type.type));
      }
      break;
    case kDwZone:
      if (!ParseZone(value, &m)) loader.Fail(n, "zone needs an offset +HH:MM or -HH:MM");
      break;
    default:
      if (!value.empty()) loader.Fail(n, "type '" + std::string(type.name) + "' takes no value");
  }
  return m;
}

// The fourth column of a row of `type`: "not_after=word|word" (relday,
// last, next: preceding words that cancel it) or "homograph" (month: in
// lower case also a common word). Throws DataError naming line `n` on
// anything else.
void ParseRowFlag(DateWordType type, std::string_view col, size_t n, const Loader& loader,
                  DateMeaning* m) {
  if (type == kDwMonth && col == "homograph") {
    m->month_homograph = true;
    return;
  }
  constexpr std::string_view kNotAfter = "not_after=";
  const bool takes = type == kDwRelDay || type == kDwLast || type == kDwNext;
  if (!takes || col.substr(0, kNotAfter.size()) != kNotAfter) {
    loader.Fail(n,
                "fourth column must be not_after=word|word (relday, last, next) or homograph "
                "(month)");
  }
  for (const std::string& w : Split(col.substr(kNotAfter.size()), '|')) {
    std::string folded;
    FoldWord(w, &folded);
    m->not_after.push_back(folded);
  }
}

// Reads one date_words.tsv (or time_zones.tsv) into `loader`: option lines
// ("@order", ...) and rows "<phrase><TAB><type>[<TAB><value>][<TAB>flag]"
// (data/dates-README.md). A missing file adds nothing. Throws DataError
// naming file and line on a malformed line.
void LoadWords(const std::filesystem::path& path, Loader* loader) {
  bool exists = false;
  const std::vector<std::string> lines = ReadLines(path, &exists);
  loader->file = path.string();
  std::vector<std::pair<DateWordType, DateWordType>> glue;
  for (size_t n = 0; n < lines.size(); ++n) {
    const std::string_view line = Trim(lines[n]);
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> cols = Columns(line);
    if (ApplyOption(cols, n + 1, loader, &glue)) continue;
    if (cols.size() < 2 || cols[0].empty()) {
      loader->Fail(n + 1, "expected '<phrase><TAB><type>[<TAB><value>][<TAB>flag]'");
    }
    if (cols[1] == "counted") {  // no date word: a set of its own
      if (cols.size() > 2) loader->Fail(n + 1, "type 'counted' takes no value");
      std::string folded;
      FoldWord(cols[0], &folded);
      loader->lex->counted.insert(std::move(folded));
      continue;
    }
    const TypeName* type = FindType(cols[1]);
    if (type == nullptr) loader->Fail(n + 1, "unknown type '" + cols[1] + "'");
    DateMeaning m = ParseRowValue(*type, cols.size() > 2 ? cols[2] : "", n + 1, *loader);
    if (cols.size() > 3) ParseRowFlag(type->type, cols[3], n + 1, *loader, &m);
    if (cols.size() > 4) loader->Fail(n + 1, "too many columns");
    loader->Add(cols[0], type->type, m);
  }
  for (const auto& [first, second] : glue) GlueWords(loader, first, second);
}

}  // namespace

DateLexicon::DateLexicon(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DateLexicon::~DateLexicon() = default;

std::shared_ptr<const DateLexicon> DateLexicon::Load(const std::string& data_dir,
                                                     const std::string& lang) {
  auto impl = std::make_unique<Impl>();
  impl->filter.assign(1024, 0);
  if (lang != "und" && !lang.empty() && lang.find('/') == std::string::npos &&
      lang.find('.') == std::string::npos) {
    const std::filesystem::path dir = std::filesystem::path(data_dir) / lang;
    Loader loader{impl.get(), ""};
    LoadMonths(dir / "months.txt", &loader);
    LoadWords(dir / "date_words.tsv", &loader);
    // Time zone abbreviations ("GMT", "CET") are the same in every language.
    if (!loader.lex->words.empty()) {
      LoadWords(std::filesystem::path(data_dir) / "time_zones.tsv", &loader);
    }
    loader.file = (dir / "holidays.tsv").string();
    impl->holidays = LoadHolidayNames(
        data_dir, lang,
        [&](std::string_view phrase, const DateMeaning& m) { loader.Add(phrase, kDwHoliday, m); });
    if (loader.fold_accents) AddUnaccented(&loader);
  }
  Finish(impl.get());
  return std::shared_ptr<const DateLexicon>(new DateLexicon(std::move(impl)));
}

}  // namespace parallax::annotate
