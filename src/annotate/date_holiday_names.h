// parallax annotate stage (private): the holiday and season names of
// data/<lang>/holidays.tsv and the words around them. Names (and "-"
// phrases) go into the date lexicon as words of type `holiday`, behind its
// prefilter; the direction, preposition and offset words are kept here and
// compared only around a name, so common words ("to", "это", "before")
// cost nothing elsewhere. Format: data/dates-README.md, "Holidays and
// seasons".
#ifndef PARALLAX_ANNOTATE_DATE_HOLIDAY_NAMES_H_
#define PARALLAX_ANNOTATE_DATE_HOLIDAY_NAMES_H_

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/date_holiday_rules.h"
#include "annotate/date_parse.h"

namespace parallax::annotate {

// What one name of data/<lang>/holidays.tsv stands for.
struct HolidayName {
  int holiday = -1;      // index in the calendar; -1: a "-" phrase, no holiday
  int dir = 0;           // has_dir: -1 last, 0 this, 1 next
  bool has_dir = false;  // the name holds its direction ("quest'estate")
  bool cap = false;      // only with an upper-case first letter ("Lent", "Natale")
  bool alone = false;    // a season form that is a date by itself ("летом", "latem")
  bool dated = false;    // only with a year or a direction ("fall")
  bool cued = false;     // only after a direction word or a cue ("cet été", not "a été")
  bool given = false;    // a given name too: not before a capitalised word when no
                         // lower-case word precedes it ("Silvester Stallone")
};

// A word or phrase matched only around a name (folded words).
struct HolidayPhrase {
  std::vector<std::string> words;
  int dir = 0;  // directions: -1 last, 0 this, 1 next; cues: -1 before, 0 plain, 1 after
};

// One language's holiday and season wording with the shared calendar.
// Immutable after loading; safe to share between threads.
struct HolidayLexicon {
  std::shared_ptr<const HolidayCalendar> calendar;
  std::vector<HolidayName> names;         // DateMeaning::holiday - 1 indexes it
  std::vector<HolidayPhrase> directions;  // this / last / next beyond date_words.tsv
  std::vector<HolidayPhrase> cues;        // cue, before, after
  std::vector<HolidayPhrase> leads;       // words opening an offset ("за", "через")
};

// Called for every name of a holidays.tsv file: the phrase as written and
// its meaning (type holiday, `holiday` = 1 + its index in `names`).
using AddHolidayPhrase = std::function<void(std::string_view phrase, const DateMeaning& meaning)>;

// Reads `data_dir`/`lang`/holidays.tsv with the calendar of `data_dir`
// (loaded once per folder while a lexicon holds it) and calls `add` for
// each name. Null when the language has no such file. Throws DataError
// naming file and line on a malformed row, an unknown id or flag, or a
// phrase listed twice.
std::shared_ptr<const HolidayLexicon> LoadHolidayNames(const std::filesystem::path& data_dir,
                                                       const std::string& lang,
                                                       const AddHolidayPhrase& add);

// The name at token `i` (the longest phrase; a dot or hyphen glued to a
// word inside it is skipped, digits match digits) and the tokens it
// covers; 0 when none. `name` is then set.
size_t HolidayNameAt(const DateCtx& c, size_t i, const HolidayName** name);

// The phrase of `list` that starts at token `i` / ends right before token
// `end` (words only, nothing between them); its length in tokens, 0 when
// none. `hit` is then set.
size_t HolidayPhraseAt(const DateCtx& c, const std::vector<HolidayPhrase>& list, size_t i,
                       const HolidayPhrase** hit);
size_t HolidayPhraseEndsAt(const DateCtx& c, const std::vector<HolidayPhrase>& list, size_t end,
                           const HolidayPhrase** hit);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_DATE_HOLIDAY_NAMES_H_
