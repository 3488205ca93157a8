// parallax (private): the CLD2 call behind LanguageIdentifier, with CLD2's
// codes mapped to the ones parallax reports (data/langid/cld2_codes.tsv).
// bench/langid_eval.cc uses it for the "raw CLD2" column. Thread-safe: CLD2
// keeps no state between calls, and Cld2Codes is immutable after loading.
#ifndef PARALLAX_TEXT_LANGUAGE_CLD2_H_
#define PARALLAX_TEXT_LANGUAGE_CLD2_H_

#include <map>
#include <string>
#include <string_view>

namespace parallax::langid_internal {

class Cld2Codes {
 public:
  // Reads cld2_codes.tsv from `langid_dir`. Throws DataError if missing or
  // malformed.
  static Cld2Codes Load(const std::string& langid_dir);

  // parallax's code for a CLD2 code ("iw" -> "he"); unknown codes unchanged.
  std::string FromCld2(std::string_view code) const;
  // CLD2's code for a parallax code ("he" -> "iw"), for hints.
  std::string ToCld2(std::string_view code) const;

 private:
  std::map<std::string, std::string, std::less<>> from_;
  std::map<std::string, std::string, std::less<>> to_;
};

// One CLD2 answer; languages in parallax codes, "" for UNKNOWN.
struct Cld2Answer {
  std::string lang;  // CLD2's summary language (flags 0)
  bool reliable = false;
  std::string top[3];                // language3
  int percent[3] = {0, 0, 0};        // percent3: share of the text bytes, 0..100
  double normalized[3] = {0, 0, 0};  // normalized_score3
  std::string best_effort;           // with kCLDFlagBestEffort, only when `lang` is ""
};

// Runs CLD2 on plain UTF-8 text with `hint` (a parallax code or "") as the
// content-language hint. Invalid UTF-8 gives an empty answer. When
// `best_effort` is set and CLD2 returns UNKNOWN, asks again with
// kCLDFlagBestEffort. Never throws.
Cld2Answer RunCld2(std::string_view utf8, std::string_view hint, const Cld2Codes& codes,
                   bool best_effort);

// True if CLD2 recognises `lang` (a parallax code) in the script with ISO
// 15924 code `script`; Han covers Hira, Kana and Hang the way CLD2 merges them.
bool Cld2WritesScript(std::string_view lang, std::string_view script, const Cld2Codes& codes);

}  // namespace parallax::langid_internal

#endif  // PARALLAX_TEXT_LANGUAGE_CLD2_H_
