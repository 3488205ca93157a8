// parallax annotate stage: the inside of NumberLexicon (number_scan.h), as
// read from data/<lang>/numbers.tsv by number_lexicon.cc and used by the
// scanner in number_scan.cc.
#ifndef PARALLAX_ANNOTATE_NUMBER_LEXICON_H_
#define PARALLAX_ANNOTATE_NUMBER_LEXICON_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "annotate/number_scan.h"

namespace parallax::annotate {

// What a number word does in a composition (data/numbers-README.md).
enum class NumberWordType : uint8_t {
  kCardinal,     // adds: "three", "двадцать", "trescientos"
  kHundred,      // multiplies a preceding 1-9 by 100: "hundred", "hundert", "cento"
  kScale,        // multiplies what precedes: "thousand", "тысячи", "Millionen"
  kOrdinal,      // adds and ends the number as an ordinal: "third", "третьего"
  kFraction,     // "half", "pół": after a joiner or before a scale
  kVague,        // alone, a vague amount: "dozens", "десятки"
  kJoiner,       // between number words only: "and", "und", "et", "y"
  kArticle,      // "a" before hundred/scale: "a thousand"
  kDenominator,  // after a number, divides it: "two thirds", "trzy czwarte"
};

struct NumberWord {
  double value = 0;
  NumberWordType type = NumberWordType::kCardinal;
};

// Hash and equality that take string views, so lookups do not allocate.
struct FoldedHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct NumberLexicon::Impl {
  std::string lang = "und";
  // Separators, as code points. Defaults (no file): '.' decimal; ',' and
  // spaces group, and ',' also decimal unless exactly 3 digits follow.
  std::u32string decimal = U".";
  std::u32string group = U", \u00A0\u202F";
  bool compound = false;     // number words written together (de, it)
  bool ordinal_dot = false;  // "7." before a lower-case word is an ordinal (de, pl)
  bool vigesimal = false;    // 60 and 80 take 1-19 after them (fr soixante-dix)
  // Folded form -> what it can be (a form may be a scale and vague).
  std::unordered_map<std::string, std::vector<NumberWord>, FoldedHash, std::equal_to<>> words;
  // Folded scale abbreviations ("тыс.", "mio.", "mln") with their value,
  // valid only right after a number; and ordinal suffixes after digits.
  std::vector<std::pair<std::string, double>> scale_abbr;
  std::vector<std::string> ordinal_suffixes;
  // Number word -> the words before it that make it no number ("one" after
  // "the", "this", "which": a pronoun).
  std::unordered_map<std::string, std::vector<std::string>, FoldedHash, std::equal_to<>> not_after;
  size_t longest_word = 0;  // bytes of the longest folded form
  // Folded words that can start a hyphenated form ("quatre" of
  // "quatre-vingt"): the scanner tries joining across hyphens only then.
  bool has_hyphen_forms = false;

  bool IsDecimal(char32_t c) const { return decimal.find(c) != std::u32string::npos; }
  bool IsGroup(char32_t c) const;
  const std::vector<NumberWord>* Find(std::string_view folded) const {
    auto it = words.find(folded);
    return it == words.end() ? nullptr : &it->second;
  }
};

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_NUMBER_LEXICON_H_
