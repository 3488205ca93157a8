// parallax (private): the data-driven rules that correct ICU's sentence
// boundaries, and the UTF-8 helpers segment.cc shares with them.
//
// ICU's sentence rules (UAX #29) break after "word. " whenever the next word
// starts with a capital letter or a digit. News text is full of places where
// that is wrong: "Dr. Müller", "ok. 400 osób", "г. Москва", "J. Smith",
// "am 7. Januar". The rules here suppress such a boundary, from two files per
// language under data/<lang>/ (format: data/segmentation-README.md):
//
//   abbreviations.txt  tokens ending in '.', each with a context
//   months.txt         month names that follow an ordinal "7." in dates
#ifndef PARALLAX_TEXT_SEGMENT_RULES_H_
#define PARALLAX_TEXT_SEGMENT_RULES_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace parallax::segment_internal {

// When an abbreviation keeps the sentence going.
enum class AbbrevContext {
  kAny,             // always ("Dr. Müller", "z.B. Hans")
  kBeforeNumber,    // only when the next token starts with a digit ("No. 10")
  kNotAfterNumber,  // unless the token before it is a number: "г. Москва"
                    // (city) goes on, "в 2022 г. Потом" (year) ends
};

// One language's rules. Immutable after loading, so shared by all threads.
struct LanguageRules {
  // Entries written with a capital letter match only as written ("No.");
  // entries written in lowercase match in any case ("gen." matches "Gen.").
  std::unordered_map<std::string, AbbrevContext> exact;
  std::unordered_map<std::string, AbbrevContext> folded;
  // Lowercased month names (and their inflected and short forms).
  std::unordered_set<std::string> months;

  bool empty() const { return exact.empty() && folded.empty() && months.empty(); }
};

// Reads data_dir/<lang>/abbreviations.txt and months.txt for every <lang>
// folder that has one or both. Keyed by the folder name (ISO 639-1, "de").
// A missing data_dir gives an empty map. Throws DataError naming file and
// line when a file is malformed or unreadable.
std::map<std::string, LanguageRules, std::less<>> LoadAllRules(const std::string& data_dir);

// Reads one abbreviations file / one months file into `rules`. Throws
// DataError naming the file and line on a malformed entry.
void LoadAbbreviations(const std::string& path, LanguageRules& rules);
void LoadMonths(const std::string& path, LanguageRules& rules);

// True when ICU's boundary at byte `boundary` of `para` (0 < boundary <
// para.size(); ICU puts it after the spaces that follow the full stop)
// should not end a sentence under `rules`:
//   1. the token before is a known abbreviation whose context holds;
//   2. the token before is one or more capital initials ("J.", "J.R.R.");
//   3. the token before is a 1-2 digit ordinal ("7.") and `rules` has month
//      names and the next word is one of them ("7. Januar").
bool SuppressBoundary(const LanguageRules& rules, std::string_view para, size_t boundary);

// ICU (UAX #29) breaks before a closing quote or bracket that is separated
// from the full stop by a space, as French writes it: "« C'est fini. » Puis".
// Given ICU's boundary `boundary`, returns the boundary moved past such a run
// of closing punctuation (Unicode Pf or Pe) and the spaces after it, or
// `boundary` unchanged. The run must be followed by whitespace or the end,
// so German's opening "»Nein«" is left alone. Applies to every language.
size_t SkipDetachedClosers(std::string_view para, size_t boundary);

// Simple (code point by code point) lowercase of UTF-8 text; invalid bytes
// are kept as they are.
std::string FoldCase(std::string_view s);

// Whitespace is Unicode White_Space (space, tab, newlines, NBSP, U+3000...).
// Returns the first byte at or after `pos` that does not start a whitespace
// code point (s.size() if none).
size_t SkipSpaceForward(std::string_view s, size_t pos);
// Returns the smallest q <= pos such that s[q, pos) is all whitespace.
size_t SkipSpaceBackward(std::string_view s, size_t pos);

}  // namespace parallax::segment_internal

#endif  // PARALLAX_TEXT_SEGMENT_RULES_H_
