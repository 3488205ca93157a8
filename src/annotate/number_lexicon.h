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
#include <unordered_set>
#include <utility>
#include <vector>

#include "annotate/number_chars.h"
#include "annotate/number_scan.h"

namespace parallax::annotate {

// What a number word does in a composition (data/numbers-README.md).
enum class NumberWordType : uint8_t {
  kCardinal,        // adds: "three", "двадцать", "trescientos"
  kHundred,         // multiplies a preceding 1-9 by 100: "hundred", "hundert", "cento"
  kScale,           // multiplies what precedes: "thousand", "тысячи", "Millionen"
  kOrdinal,         // adds and ends the number as an ordinal: "third", "третьего"
  kFraction,        // "half", "pół": after a joiner or before a scale
  kVague,           // alone, a vague amount: "dozens", "десятки"
  kJoiner,          // between number words only: "and", "und", "et", "y"
  kArticle,         // "a" before hundred/scale: "a thousand"
  kDenominator,     // after a number, divides it: "two thirds", "trzy czwarte"
  kLinker,          // between a vague amount and a scale: "hundreds of thousands"
  kMinus,           // right before a number, makes it negative: "minus 5"
  kDecimal,         // between a number and its decimal digits: "point", "Komma"
  kFractionJoiner,  // only between a number and a fraction: ru "с" (половиной), "целых"
  kExcess,  // after a fraction joiner, "and more": ru "с лишним", uk "з лишком"
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
  // Separators, as code points. Defaults (no file): '.' decimal; ',', '.'
  // and spaces group. One ',' or '.' before exactly 3 digits then groups
  // ("3,000", "3.000"), before any other count it is decimal ("3,5").
  std::u32string decimal = U".";
  std::u32string group = U",. \u00A0\u202F";
  bool compound = false;     // number words written together (de, it)
  bool ordinal_dot = false;  // "7." before a lower-case word is an ordinal (de, pl)
  bool vigesimal = false;    // 60 and 80 take 1-19 after them (fr soixante-dix)
  // @list_article: an article inside a list of figures counts one ("Deux
  // policiers et un passant"; number_list_article.h).
  bool list_article = false;
  // The joiner stands between tens and units (es "treinta y dos"): after a
  // ten, a joined word continues the number, it does not count a fraction.
  bool unit_joiner = false;
  // Folded form -> what it can be (a form may be a scale and vague).
  std::unordered_map<std::string, std::vector<NumberWord>, FoldedHash, std::equal_to<>> words;
  // Folded scale abbreviations ("тыс.", "mio.", "mln") with their value,
  // valid only right after a number; and ordinal suffixes after digits.
  std::vector<std::pair<std::string, double>> scale_abbr;
  std::vector<std::string> ordinal_suffixes;
  // Ordinal suffixes read only after an ordinal_cue word (it "°": "il 10°
  // posto"; "30°" alone is a temperature).
  std::vector<std::string> cued_ordinal_suffixes;
  // Scale suffixes glued to digits, matched with their case ("10M", "1MM",
  // "100К"): upper and lower case mean different things ("5m" is metres).
  std::vector<std::pair<std::string, double>> scale_suffixes;
  // Scale suffixes read only after a figure with a decimal part, matched
  // with their case ("1.2b"; "12b" is a section or a flat).
  std::vector<std::pair<std::string, double>> decimal_suffixes;
  // Words (folded by case) before digits that make an ordinal dot an
  // ordinal before a capital too ("am 3. Spieltag", "zum 2. Mal"); without
  // one, only a lower-case word after the dot counts (@ordinal_dot).
  std::unordered_set<std::string, FoldedHash, std::equal_to<>> ordinal_cues;
  // Folded words that never continue digits though they compose after
  // number words (fr "cents": "34 cents" is money, "trois cents" 300).
  std::unordered_set<std::string, FoldedHash, std::equal_to<>> not_after_digits;
  // Folded words between two whole numbers that make them one ratio, the
  // first divided by the second when it is smaller ("one in five", "two out
  // of five hundred", fr "un sur trois"); may hold one space ("out of").
  std::vector<std::string> ratio_words;
  size_t longest_ratio_word = 0;  // bytes of the longest of ratio_words
  // Folded words after which a fraction alone is a figure, as after a
  // linker ("half the voters", "die Hälfte der Stimmen"); kept out of
  // `words` so that these common words cost the scanner nothing.
  std::unordered_set<std::string, FoldedHash, std::equal_to<>> fraction_cues;
  // Folded words that govern the genitive singular (ru "около", "более",
  // uk "близько"): right after one, a word both a plural scale and a vague
  // amount, alone, is the singular scale ("около тысячи" = 1000, not the
  // vague "тысячи" 2000).
  std::unordered_set<std::string, FoldedHash, std::equal_to<>> singular_cues;
  // Folded ordinals that are also common other words (en "second", the
  // time unit; it "prima", "before"): an ordinal only after an
  // ordinal_cue word, or as the last word of a composite ordinal
  // ("twenty-second") not after an article ("a thirty-second spot").
  std::unordered_set<std::string, FoldedHash, std::equal_to<>> cued_ordinals;
  // Number word -> the words before it that make it no number ("one" after
  // "the", "this", "which": a pronoun).
  std::unordered_map<std::string, std::vector<std::string>, FoldedHash, std::equal_to<>> not_after;
  size_t longest_word = 0;  // bytes of the longest folded form
  // The first two bytes of every folded form (one-byte forms: the byte and
  // 0), each with the byte lengths of the forms that start so (a bit per
  // length, 63 for longer): a word whose first two folded bytes and length
  // match no form is no number word, and is skipped without folding or
  // hashing it. start_slot holds an index into start_lengths (0: no form;
  // kAnyLength when the prefixes outnumber the slots).
  static constexpr uint8_t kAnyLength = 255;
  std::vector<uint8_t> start_slot = std::vector<uint8_t>(65536, 0);
  std::vector<uint64_t> start_lengths = std::vector<uint64_t>(256, ~uint64_t{0});
  uint8_t next_slot = 1;
  uint8_t StartSlot(unsigned char b0, unsigned char b1) const { return start_slot[(b0 << 8) | b1]; }
  static uint64_t LengthBit(size_t bytes) { return uint64_t{1} << (bytes < 63 ? bytes : 63); }
  // Whether some form (or compound part) starts with the folded bytes b0 b1
  // (b0 alone for one-byte forms) and has `bytes` bytes.
  bool FormOfLength(unsigned char b0, unsigned char b1, size_t bytes) const {
    const uint64_t bit = LengthBit(bytes);
    const uint8_t two = StartSlot(b0, b1);
    const uint8_t one = StartSlot(b0, 0);
    return (two != 0 && (start_lengths[two] & bit) != 0) ||
           (one != 0 && (start_lengths[one] & bit) != 0);
  }
  // Folded words that can start a hyphenated form ("quatre" of
  // "quatre-vingt"): the scanner tries joining across hyphens only then.
  bool has_hyphen_forms = false;
  bool has_minus = false;  // some form is a `minus` word
  // @fold_accents: forms and text are compared without their Latin
  // diacritics ("cinquieme" finds "cinquième"; fr es it).
  bool fold_accents = false;
  // @fold_letter: letters folded to another with @fold_accents that have no
  // Unicode base letter (pl "ł" -> "l": "poltora" finds "półtora").
  std::vector<std::pair<char32_t, char32_t>> letter_folds;
  // @fold_accents except=: folded form -> the form folded by case only; the
  // text must have the accents (pl "pięć", as "piec" is the stove).
  std::unordered_map<std::string, std::string, FoldedHash, std::equal_to<>> accented_only;
  // Folded `spoken_decimal` words (es "con"): a fraction_joiner that also
  // reads spelled decimal digits ("siete con cincuenta" = 7.5) where the
  // phrase ends or before a `decimal_cue` word (es "por" of "por ciento").
  std::unordered_set<std::string, FoldedHash, std::equal_to<>> spoken_decimals;
  std::unordered_set<std::string, FoldedHash, std::equal_to<>> decimal_cues;

  // The lexicon's fold of one character: case, and accents with
  // @fold_accents. Every form is stored folded so, and every text looked up.
  char32_t Fold(char32_t c) const {
    const char32_t f = FoldCase(c);
    if (!fold_accents) return f;
    const char32_t s = StripAccent(f);
    if (s == f) {
      for (const auto& [from, to] : letter_folds) {
        if (f == from) return to;
      }
    }
    return s;
  }
  // Whether the word text[start, end), whose fold is a listed form, keeps
  // the accents an `except=` form needs (true for every other form).
  bool AccentsHold(std::string_view folded, std::string_view word) const;
  // `text` folded character by character with Fold (invalid bytes: U+FFFD).
  std::string FoldText(std::string_view text) const;

  bool IsDecimal(char32_t c) const { return decimal.find(c) != std::u32string::npos; }
  bool IsGroup(char32_t c) const;
  // Forms read only inside a compound (@compound; written with a trailing
  // '-' in the data: it "vent-" of "ventuno"), merged with the standalone
  // meanings of the same form ("un": article alone, one in "ventun").
  std::unordered_map<std::string, std::vector<NumberWord>, FoldedHash, std::equal_to<>>
      compound_parts;
  // With @compound: every byte prefix (2 bytes or more) of a form or part,
  // so splitting a word stops as soon as no form can continue.
  std::unordered_set<std::string, FoldedHash, std::equal_to<>> prefixes;
  bool IsPrefix(std::string_view folded) const { return prefixes.find(folded) != prefixes.end(); }
  const std::vector<NumberWord>* FindPart(std::string_view folded) const {
    auto it = compound_parts.find(folded);
    return it == compound_parts.end() ? nullptr : &it->second;
  }
  // Whether `text` folded is in `set` (not_after_digits, cued_ordinals).
  // Reuses one buffer per thread.
  bool Listed(const std::unordered_set<std::string, FoldedHash, std::equal_to<>>& set,
              std::string_view text) const;
  const std::vector<NumberWord>* Find(std::string_view folded) const {
    auto it = words.find(folded);
    return it == words.end() ? nullptr : &it->second;
  }
};

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_NUMBER_LEXICON_H_
