// parallax: dates and bylines in metadata values, URLs and short text lines
// (private to extract/). The language knowledge (month names, dateline and
// byline wording) is data: data/<lang>/months.txt, dateline.tsv, byline.txt,
// described in data/dates-README.md.
#ifndef PARALLAX_EXTRACT_DATES_META_H_
#define PARALLAX_EXTRACT_DATES_META_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::dates {

// Years outside this range are rejected everywhere: the web has no news pages
// before 1990, and there is no "now" to compare with, so 2035 bounds typos and
// counters that look like years (data/dates-README.md).
constexpr int kMinYear = 1990;
constexpr int kMaxYear = 2035;

// "YYYY-MM-DD" when the date exists (31.02. does not) and its year is in
// [kMinYear, kMaxYear]; "" otherwise.
std::string MakeIso(int year, int month, int day);

// A date value as metadata writes it: ISO 8601 ("2022-01-07", with any time
// and zone, "20220107"), "2022/01/07", "07.01.2022", "Fri, 07 Jan 2022 ..."
// (month names from every loaded language when `lexicon` is not null).
// Returns "YYYY-MM-DD" or "". Never throws.
class Lexicon;
std::string NormalizeDateValue(std::string_view value, const Lexicon* lexicon);

// The date in a URL path: /YYYY/MM/DD/, /YYYY-MM-DD or /YYYYMMDD/ segments
// (also _ and . separated inside one segment). "" when none.
std::string DateFromUrl(std::string_view url);

// One line's wording: what kind of date it announces. kOther: a date that is
// not the page's ("Registriert: 18.09.2008", "© 19.12.2019", "member since").
enum class DateKind { kNone, kPublished, kModified, kOther };

// Month names, dateline and byline wording of every language in a data
// folder. Immutable after construction: safe to share between threads.
class Lexicon {
 public:
  // Reads data_dir/<lang>/{months.txt,dateline.tsv,byline.txt} for every
  // language folder that has them. A missing folder or file is no error (the
  // lexicon is then empty and only numeric dates are found); a malformed line
  // throws DataError naming file and line.
  explicit Lexicon(const std::string& data_dir);

  // Month number 1..12 of a case-folded (lower-case) word, 0 when unknown.
  // `lang` first (when given), then any language.
  int Month(std::string_view folded_word, std::string_view lang = {}) const;

  // The kind of the dateline phrase nearest before byte `pos` of a folded
  // line (a phrase starting before `pos`); kNone when there is none.
  DateKind KindBefore(std::string_view folded_line, size_t pos) const;

  // Byline words ("by", "von", "autor:"), folded, every language.
  const std::vector<std::string>& BylineWords() const { return byline_; }

  // Words that mark a date element when an HTML class or id contains them
  // ("datum", "fecha"; dateline.tsv kind `class`), lower-case, every language.
  const std::vector<std::string>& ClassWords() const { return class_words_; }

 private:
  std::map<std::string, std::map<std::string, int, std::less<>>, std::less<>>
      months_;                                         // lang -> word -> month
  std::map<std::string, int, std::less<>> any_month_;  // word -> month, first language wins
  std::vector<std::pair<std::string, DateKind>> datelines_;
  std::vector<std::string> byline_;
  std::vector<std::string> class_words_;
};

// The lexicon of FindDataDir(), loaded once; nullptr when no data folder is
// found or its files are malformed (then only numeric dates are read).
const Lexicon* DefaultLexicon();

// Lower-cases ASCII and the Latin-1, Latin Extended-A, Greek and Cyrillic
// letters (enough for the supported languages' month names).
std::string FoldCase(std::string_view text);

// One date found in a line of text.
struct FoundDate {
  std::string iso;   // "YYYY-MM-DD"
  size_t begin = 0;  // byte offsets into the line
  size_t end = 0;
};

// The dates written in `line`, in order: numeric (2022-01-07, 07.01.2022,
// 07/01/2022 with `month_first` deciding when both parts are <= 12, 07.01.22
// with a two-digit year: dots only, day first), with month names ("7. Januar
// 2022", "7 de enero de 2022", "January 7, 2022", "Sa 8. Jan 2022") and year
// first with a month name ("2022 жылғы 5 қаңтар", "2022 ж. 5 қаңтар").
// A date glued to a word of 2+ letters counts ("Erstellt am09.02.2022": the
// renderer joins inline elements), one glued to a number or a single letter
// does not ("v10.12.2021"). Impossible dates are skipped.
std::vector<FoundDate> FindDates(std::string_view line, const Lexicon* lexicon,
                                 std::string_view lang, bool month_first);

// True for languages whose numeric dates are month first (en-US usage;
// "en" pages in the evaluation set are mostly US, data/dates-README.md).
bool MonthFirst(std::string_view lang);

// What the first lines of a text say about it.
struct Datelines {
  std::string published;  // "YYYY-MM-DD" or ""
  std::string modified;
  std::vector<std::string> authors;
};

// Limits for ReadDatelines.
struct DatelineOptions {
  size_t max_lines = 15;        // non-empty lines looked at, from the top
  size_t max_line_bytes = 200;  // longer lines are prose, not datelines
  size_t max_plain_words = 8;   // a line without dateline wording counts only up to this many words
};

// Reads datelines ("Last Updated on 24. April 2022 by X", "edited
// (12.01.2022 22:19)", "Beitrag von X » Sa 8. Jan 2022") and bylines from the
// first lines of `text`. A date's kind is that of the nearest dateline phrase
// before it in its line (data/<lang>/dateline.tsv), published when none; a
// line without a phrase counts only when it is short (options), or when the
// date opens the line and a dash follows it ("27.1.2022 - Der Rat ..."), the
// news dateline before a first paragraph. A date after an "other" phrase
// ("Registriert:", "©") is skipped. A publication date announced by a phrase
// ("Publiziert am ...") beats an earlier one without a phrase. Authors are
// the capitalised words after a byline word (data/<lang>/byline.txt) in a
// line that has a date or starts with that word.
Datelines ReadDatelines(std::string_view text, const Lexicon* lexicon, std::string_view lang,
                        const DatelineOptions& options = {});

}  // namespace parallax::dates

#endif  // PARALLAX_EXTRACT_DATES_META_H_
