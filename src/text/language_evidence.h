// parallax (private): script and letter evidence for language identification.
//
// CLD2 (language_cld2.h) is the main detector; this is the second opinion
// it lacks on short, name-heavy text. Two data files under data/langid/
// (format in data/langid/README.md):
//
//   script_evidence.tsv  which languages a Unicode script allows, and the one
//                        it decides alone (Greek -> el, Hangul -> ko, ...)
//   alphabets.tsv        the letters each language of a shared script writes
//                        (Cyrillic, Latin, Arabic)
//
// Everything here is immutable after loading and safe to share across threads.
#ifndef PARALLAX_TEXT_LANGUAGE_EVIDENCE_H_
#define PARALLAX_TEXT_LANGUAGE_EVIDENCE_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace parallax::langid_internal {

// Rows of a data/langid TSV file after its '#' comments and its header line,
// which must equal `header`; each row has exactly `columns` tab-separated
// fields (empty fields allowed). Throws DataError naming file and line.
std::vector<std::vector<std::string>> ReadTsv(const std::string& path, const std::string& header,
                                              size_t columns);

struct ScriptRow {
  std::string script;                  // ISO 15924 ("Cyrl")
  std::string decides;                 // language the script alone gives, or "" if shared
  bool any_language = false;           // "*": any language CLD2 writes in it
  std::vector<std::string> languages;  // in tie-break order (most written first)
  std::vector<std::string> absorbs;    // scripts counted toward this one
  bool letters_override = false;       // letters may overturn reliable CLD2
};

class EvidenceData {
 public:
  // Reads script_evidence.tsv and alphabets.tsv from `langid_dir`. Throws
  // DataError naming the file and line if either is missing or malformed.
  static EvidenceData Load(const std::string& langid_dir);

  // The row for `script`, or nullptr if the file has none.
  const ScriptRow* Script(const std::string& script) const;

  // True if `lang` has an alphabet for `script` in alphabets.tsv.
  bool HasAlphabet(const std::string& script, const std::string& lang) const;

  // The languages with an alphabet for `script`, in file order.
  const std::vector<std::string>& AlphabetLanguages(const std::string& script) const;

  // The lower-case letters `lang` writes in `script` (base set included),
  // or nullptr if it has no alphabet there.
  const std::unordered_set<char32_t>* Alphabet(const std::string& script,
                                               const std::string& lang) const;

  // True if `lang` writes lower-case letter `c` (base set included).
  bool Writes(const std::string& script, const std::string& lang, char32_t c) const;

  // How many languages of `script` write `c` (0: none of them).
  int WritersOf(const std::string& script, char32_t c) const;

 private:
  std::map<std::string, ScriptRow> scripts_;
  // script -> lang -> letters (base set folded in)
  std::map<std::string, std::map<std::string, std::unordered_set<char32_t>>> alphabets_;
  std::map<std::string, std::vector<std::string>> alphabet_order_;
  std::map<std::string, std::unordered_map<char32_t, int>> writers_;
};

// What a text is written in: letters per script, lower-cased letter counts.
struct TextProfile {
  int letters = 0;                            // all letters (u_isalpha)
  std::map<std::string, int> script_letters;  // ISO 15924 -> letters
  // ISO 15924 -> lower-cased letter -> count
  std::map<std::string, std::unordered_map<char32_t, int>> script_chars;
  std::string dominant;      // script with most letters, absorbs applied
  int dominant_letters = 0;  // its letters, absorbed scripts included
};

// Scans valid UTF-8 (invalid bytes are skipped). Never throws.
TextProfile Profile(std::string_view utf8, const EvidenceData& data);

// One language's letter score within a script.
struct LetterScore {
  std::string lang;
  double score = 0;  // sum of 1/k over its letters, minus foreign penalty
  int foreign = 0;   // letters of the script it does not write
};

// Scores every language with an alphabet for `script` on the profile's
// letters of that script, best first (ties keep file order). Empty if the
// script has no alphabets.
std::vector<LetterScore> ScoreLetters(const EvidenceData& data, const TextProfile& profile,
                                      const std::string& script);

// Letters of `script` in the profile that `lang` does not write; -1 if `lang`
// has no alphabet for the script (nothing can be said).
int ForeignLetters(const EvidenceData& data, const TextProfile& profile, const std::string& script,
                   const std::string& lang);

}  // namespace parallax::langid_internal

#endif  // PARALLAX_TEXT_LANGUAGE_EVIDENCE_H_
