// parallax annotate stage (private): the date lexicon's contents and the
// token stream the date readers work on. Format of the data files:
// data/dates-README.md, "Dates in sentences (the annotator)".
#ifndef PARALLAX_ANNOTATE_DATE_LEXICON_H_
#define PARALLAX_ANNOTATE_DATE_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annotate/date_scan.h"

namespace parallax::annotate {

// Word types of data/<lang>/date_words.tsv (and `month` from months.txt).
enum DateWordType : uint8_t {
  kDwMonth,         // value 1-12
  kDwWeekday,       // value 1 (Monday) - 7
  kDwRelDay,        // value: day offset from the reference (-1 yesterday)
  kDwUnit,          // value: day, week, month, year
  kDwAgo,           // after a count and unit: "ago", "temu", "назад"
  kDwAgoBefore,     // before a count and unit: "vor", "hace", "il y a"
  kDwInBefore,      // before a count and unit, future: "in", "za", "через"
  kDwLast,          // "last", "letzte", "прошлой", "dernière"
  kDwNext,          // "next", "nächste", "следующей", "prochaine"
  kDwThis,          // "this", "diese", "этом"
  kDwYearCue,       // before a bare year: "in", "im Jahr", "w", "в"
  kDwYearWord,      // after a year: "roku", "года", "г"
  kDwOrdSuffix,     // glued to a day number: "th", "er", "го"
  kDwConnector,     // between day, month and year: "of", "de"
  kDwTimeBefore,    // before a clock time: "um", "at", "à", "o"
  kDwHourWord,      // after an hour: "Uhr", "h"
  kDwAm,            // "am"
  kDwPm,            // "pm"
  kDwRange,         // between the ends of a range: "to", "bis", "до"
  kDwArticle,       // a count of one: "a", "einem", "un"
  kDwAnniversary,   // "anniversary", "Jahrestag", "a year ago"
  kDwHourBefore,    // a bare hour after it is a clock time: "alle", "a las", "godz"
  kDwDet,           // an article between a weekday and its week or a position and its
                    // month ("der", "la"); spans never start with one (peers differ)
  kDwWeekdayShort,  // value 1-7: an abbreviation ("Mo", "Fri", "пт"), only before a date
  kDwHoliday,       // a holiday or season name (date_holiday_names.h)
  // Times of day (date_clock.cc)
  kDwClock,       // value H:MM: a clock time by itself ("noon", "Mitternacht", "midi")
  kDwPart,        // value H-H: a part of the day that stands alone ("abends", "am Abend")
  kDwPartNoun,    // value H-H: a part of the day after a day or `this` ("Abend", "soir")
  kDwMinuteWord,  // value: minutes ("Viertel" 15, "demie" 30, "trois quarts" 45)
  kDwPast,        // minutes, then the hour they follow: "nach", "past", "po"
  kDwTo,          // minutes, then the hour they precede: "vor", "to", "do"
  kDwHalfBefore,  // the half hour before the hour after it: "halb", "w pół do"
  kDwAnd,         // hour, then minutes: "et", "y", "e"; between two times: "und"
  kDwMinus,       // hour, then the minutes before it: "moins", "menos", "meno"
  kDwClockUnit,   // value hour|minute: "Stunden", "heures", "часов", "minutes"
  kDwClockFrom,   // before a time range or a night's first day: "von", "between", "с"
  kDwNightTo,     // between a night and the day it ends on: "zum", "auf", "на"
  kDwDayLink,     // between a time and its day: "on", "am", "le", "w"
  kDwHourPart,    // value H-H: a part of the day only after an hour ("du soir", "вечера")
  kDwFromDay,     // count and unit, then a relday: "after", "from", "después de"
  kDwBeforeDay,   // count and unit, then a relday: "before", "antes de", "avant"
  kDwPeriodPart,  // value begin|mid|end: "Anfang", "fin", "в конце" (date_period_parts.cc)
  kDwNow,         // the reference's moment: "now", "jetzt", "сейчас" (date_time_now.cc)
  kDwTimeBound,   // a bound before a clock time: "before", "bis", "après", "до"
  kDwBoundAfter,  // a bound after a clock time, ending the clause: "at the latest", "spätestens"
  kDwZone,        // value +HH:MM: a time zone after a clock time ("GMT", "MEZ")
  kDwFew,         // value 2-9: a vague count the number layer lacks ("few", "quelques", "paar")
  kDwWeekend,     // "weekend", "Wochenende", "fin de semana", "выходные" (date_weeks.cc)
  kDwLater,       // after a count and unit, future: "later", "from now", "später", "później"
  kDwYearTo,      // between two years after a range start: "à", "a", "hasta" (date_year_ranges.cc)
  kDwTypeCount
};
// A type mask is 64 bits; all of them set never happens (DateCtx::hits).
static_assert(kDwTypeCount < 64);

// A zone row without a fixed offset ("по киевскому времени": summer time
// changes it): the span takes it, the value no offset.
constexpr int16_t kZoneLocal = -32000;

enum DateUnit : uint8_t { kUnitNone, kUnitDay, kUnitWeek, kUnitMonth, kUnitQuarter, kUnitYear };

// What one word (or phrase) means; a word can have several types.
struct DateMeaning {
  uint64_t types = 0;  // bit (1 << DateWordType)
  int8_t month = 0;
  bool month_full = false;  // a full month name (not a short form): may stand alone
  // month: in lower case also a common word ("may"; the row's `homograph`
  // flag): MonthReadsAsWord (date_parse.h).
  bool month_homograph = false;
  int8_t weekday = 0;
  int8_t relday = 0;
  uint8_t unit = kUnitNone;
  int8_t step = 1;                      // last / next: how many units away ("übernächste" 2)
  int8_t count = 0;                     // few: the count it stands for ("a few" 3)
  uint16_t holiday = 0;                 // holiday: 1 + index in HolidayLexicon::names
  std::vector<std::string> not_after;   // relday, last, next: preceding words that cancel it
  std::vector<uint32_t> not_after_ids;  // their DateEntry::id (the loader's Finish fills them)
  // Times of day (date_clock.cc): clock hour:minute; part first and last
  // hour (last < first: it ends the next day); minute_word minutes;
  // clock_unit minutes per unit (60, 1).
  int8_t hour = -1, minute = 0;
  int8_t part_from = -1, part_to = -1;
  int8_t minutes = 0;
  int16_t seconds = 0;     // clock_unit: seconds per unit (3600, 1800, 60, 1)
  int8_t period_part = 0;  // period_part: 1 begin, 2 middle, 3 end
  int16_t zone = 0;        // zone: minutes east of UTC (CET 60, EST -300); kZoneLocal: none fixed
  // weekend: the direction its phrase carries ("эти выходные"): 0 none,
  // 1 last, 2 this, 3 next.
  int8_t weekend = 0;
  bool Has(DateWordType t) const { return (types >> t) & 1U; }
};

// A phrase of two or more words, keyed by its first word.
struct DatePhrase {
  std::vector<std::string> rest;  // folded words after the first
  // The DateEntry::id of each word of `rest` (Finish() fills them): phrase
  // matching compares the tokens' word ids, never folds text.
  std::vector<uint32_t> rest_ids;
  DateMeaning meaning;
};

struct DateEntry {
  DateMeaning single;               // the word alone (types 0: none)
  std::vector<DatePhrase> phrases;  // longest first
  // Holiday and season names of two or more words (type holiday only,
  // longest first), kept apart so that DateCtx::Match never walks them.
  std::vector<DatePhrase> holiday_phrases;
  uint64_t phrase_types = 0;  // the union of the types of `phrases`
  // 1 + the entry's index among all entries: the word id of the tokens
  // that fold to this word. Words that only occur inside phrases have an
  // entry too, but no meaning and no phrases: tokens get its id, not it.
  uint32_t id = 0;
  bool Live() const { return single.types != 0 || !phrases.empty() || !holiday_phrases.empty(); }
};

struct HolidayLexicon;  // date_holiday_names.h

struct DateLexicon::Impl {
  std::unordered_map<std::string, DateEntry> words;  // folded first word
  bool month_first = false;                          // "@order mdy"
  std::shared_ptr<const HolidayLexicon> holidays;    // null: the language names none
  // "@hours ordinal": hours are said as ordinals ("o trzeciej"; date_clock.cc).
  bool ordinal_hours = false;
  // "@period_count_first no": a count before the last / next word is not a
  // period ("304 last week" is a figure, then last week; date_relative.cc).
  // The default reads "3 prochains jours", "tres meses que vienen".
  bool count_first_periods = true;
  // Folded `counted` nouns ("people", "osób", "человек"): after a range of
  // four-digit figures they make it a count, not years (date_year_ranges.cc).
  // Kept out of `words`, so that they stay unknown words to the readers.
  std::unordered_set<std::string> counted;
  // A 65536-bit filter over (first code point, second code point, byte
  // length) of every entry's folded first word: most words of a text miss
  // it and are never folded or hashed.
  std::vector<uint64_t> filter;
  static uint32_t FilterKey(int cp1, int cp2, size_t bytes) {
    const uint32_t h = static_cast<uint32_t>(cp1) * 0x9E3779B1U ^
                       static_cast<uint32_t>(cp2) * 0x85EBCA77U ^
                       static_cast<uint32_t>(bytes) * 0xC2B2AE3DU;
    return (h ^ (h >> 16)) & 0xFFFFU;
  }
  // The entries of `words` whose folded word has at most 16 bytes, keyed by
  // those bytes zero-padded into two 64-bit words, in an open-addressing
  // table at most half full (built once loaded): the tokenizer's lookup
  // without a std::string, its hash or a node walk.
  struct ShortSlot {
    uint64_t a = 0, b = 0;
    const DateEntry* entry = nullptr;  // null: empty slot
  };
  std::vector<ShortSlot> short_words;
  static size_t ShortHash(uint64_t a, uint64_t b) {
    const uint64_t h =
        a * 0x9E3779B97F4A7C15ULL ^ (b + 0x632BE59BD9B4E019ULL) * 0xC2B2AE3D27D4EB4FULL;
    return static_cast<size_t>(h ^ (h >> 29));
  }
  const DateEntry* FindShort(uint64_t a, uint64_t b) const {
    const size_t mask = short_words.size() - 1;
    for (size_t k = ShortHash(a, b) & mask;; k = (k + 1) & mask) {
      const ShortSlot& s = short_words[k];
      if (s.entry == nullptr || (s.a == a && s.b == b)) return s.entry;
    }
  }
  bool MayHave(int cp1, int cp2, size_t bytes) const {
    const uint32_t k = FilterKey(cp1, cp2, bytes);
    return (filter[k >> 6] >> (k & 63)) & 1U;
  }
};

// One token of a sentence for the date readers.
struct DateTok {
  enum Kind : uint8_t { kNum, kWord, kPunct };
  uint32_t b = 0, e = 0;  // byte offsets, end exclusive
  Kind kind = kPunct;
  bool space_before = false;         // white space between this and the previous token
  char punct = 0;                    // kPunct: the ASCII character, '-' for any dash, 0 other
  int value = -1;                    // kNum: the value when at most 9 digits, else -1
  const DateEntry* entry = nullptr;  // kWord: the lexicon entry, if any
  uint32_t word_id = 0;  // kWord: DateEntry::id of the folded word (0: not a lexicon word)
  uint32_t digits() const { return e - b; }
};

// Splits `text` into numbers (ASCII digit runs), words (letters, with inner
// apostrophes and hyphens) and single punctuation marks, and looks words up
// in `lex`. Linear; never throws.
void TokenizeForDates(std::string_view text, const DateLexicon::Impl& lex,
                      std::vector<DateTok>* out);

// Folded (lower-case, ’ as ') form of one word, for phrase matching.
void FoldWord(std::string_view word, std::string* out);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_DATE_LEXICON_H_
