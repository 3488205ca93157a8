// parallax (private): letter statistics that settle ties between 8-bit
// charsets. The candidates' decodings are scored by how plausible their
// letters are in the most fitting language of data/langid/charset_letters.tsv,
// with penalties for control characters, stray symbols and unlikely case
// patterns. Used only by src/text/encoding.cc.
#ifndef PARALLAX_TEXT_ENCODING_LETTERS_H_
#define PARALLAX_TEXT_ENCODING_LETTERS_H_

#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "parallax/data_dir.h"
#include "parallax/error.h"

namespace parallax::encoding_internal {

// Log-probability costs, in nats per character. The letter model gives
// log(per_mille / 1000); the others are fixed so that one stray character
// outweighs a few rare letters:
// - kUnknownLetter: a letter absent from a language's table, below its
//   0.02 per-mille cut-off (log 2e-5 = -10.8), rounded down to -12;
// - kCommonPunct: typographic punctuation of news text (quotes, dashes,
//   ellipsis, no-break space, numero sign), about 1 per mille: log 1e-3;
// - kOddSymbol: other non-ASCII symbols (box drawing, superscripts, pilcrow),
//   which in a wrong decoding stand where letters should be: log 1e-5;
// - kControl: C0/C1 controls and U+FFFD, which real text does not contain;
// - kCasePenalty / kScriptPenalty: an upper-case letter right after a
//   lower-case one ("пРИВЕТ", KOI8-R read as Windows-1251), or a Latin letter
//   touching a Cyrillic one inside a word (a Central European text read as
//   Cyrillic): log 1e-3 each.
inline constexpr double kUnknownLetter = -12.0;
inline constexpr double kCommonPunct = -6.9;
inline constexpr double kOddSymbol = -11.5;
inline constexpr double kControl = -20.0;
inline constexpr double kCasePenalty = -6.9;
inline constexpr double kScriptPenalty = -6.9;

class LetterModel {
 public:
  // Loads <data>/langid/charset_letters.tsv. Throws DataError when it is
  // missing or malformed.
  static std::unique_ptr<LetterModel> Load(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw DataError("cannot open " + path);
    auto model = std::make_unique<LetterModel>();
    std::unordered_map<std::string, size_t> lang_index;
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty() || line[0] == '#' || line.rfind("lang\t", 0) == 0) continue;
      size_t t1 = line.find('\t');
      size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
      if (t2 == std::string::npos) {
        throw DataError(path + ":" + std::to_string(line_no) + ": expected 3 columns");
      }
      std::string lang = line.substr(0, t1);
      std::string letter = line.substr(t1 + 1, t2 - t1 - 1);
      double per_mille = std::atof(line.c_str() + t2 + 1);
      UChar32 cp = DecodeOne(letter);
      if (cp < 0 || per_mille <= 0) {
        throw DataError(path + ":" + std::to_string(line_no) + ": bad letter or frequency");
      }
      auto [it, added] = lang_index.emplace(lang, lang_index.size());
      if (added) {
        for (auto& entry : model->logp_) entry.second.push_back(kUnknownLetter);
      }
      auto& row = model->logp_[cp];
      row.resize(lang_index.size(), kUnknownLetter);
      row[it->second] = std::log(per_mille / 1000.0);
    }
    model->languages_ = lang_index.size();
    if (model->languages_ == 0) throw DataError(path + ": no letters");
    for (auto& entry : model->logp_) entry.second.resize(model->languages_, kUnknownLetter);
    return model;
  }

  // The plausibility of `text` (UTF-16) as written text: higher is better.
  // Letters are scored in the best-fitting language; other characters and
  // patterns by the fixed costs above. ASCII non-letters cost nothing.
  double Score(const std::u16string& text) const {
    std::vector<double> per_lang(languages_, 0.0);
    double other = 0.0;
    std::unordered_map<UChar32, int> counts;
    UChar32 prev = 0;
    for (size_t i = 0; i < text.size();) {
      UChar32 c;
      U16_NEXT(text.data(), i, text.size(), c);
      if (u_isalpha(c)) {
        ++counts[u_tolower(c)];
        if (u_isupper(c) && u_islower(prev)) other += kCasePenalty;
        if (u_isalpha(prev) && IsLatin(prev) != IsLatin(c) && (IsCyrillic(prev) || IsCyrillic(c))) {
          other += kScriptPenalty;
        }
      } else if (c == 0xFFFD || u_iscntrl(c)) {
        if (c != '\t' && c != '\n' && c != '\r' && c != '\f') other += kControl;
      } else if (c >= 0x80) {
        other += IsCommonPunct(c) ? kCommonPunct : kOddSymbol;
      }
      prev = c;
    }
    for (const auto& [cp, n] : counts) {
      auto it = logp_.find(cp);
      for (size_t l = 0; l < languages_; ++l) {
        per_lang[l] += n * (it == logp_.end() ? kUnknownLetter : it->second[l]);
      }
    }
    double best = -std::numeric_limits<double>::infinity();
    for (double s : per_lang) best = std::max(best, s);
    if (counts.empty()) best = 0.0;
    return best + other;
  }

 private:
  static UChar32 DecodeOne(const std::string& utf8) {
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    int32_t i = 0;
    int32_t n = static_cast<int32_t>(utf8.size());
    UChar32 c;
    U8_NEXT(s, i, n, c);
    return i == n ? c : -1;
  }
  static bool IsLatin(UChar32 c) { return c < 0x250 || (c >= 0x1E00 && c < 0x1F00); }
  static bool IsCyrillic(UChar32 c) { return c >= 0x400 && c < 0x530; }
  static bool IsCommonPunct(UChar32 c) {
    switch (c) {
      case 0x00A0:
      case 0x00AB:
      case 0x00BB:
      case 0x00A9:
      case 0x00B0:
      case 0x00A7:
      case 0x2013:
      case 0x2014:
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x2026:
      case 0x2022:
      case 0x2116:
      case 0x20AC:
        return true;
      default:
        return false;
    }
  }

  size_t languages_ = 0;
  // Lower-case letter -> log probability per language (kUnknownLetter where
  // the language's table lacks it).
  std::unordered_map<UChar32, std::vector<double>> logp_;
};

}  // namespace parallax::encoding_internal

#endif  // PARALLAX_TEXT_ENCODING_LETTERS_H_
