// parallax annotate stage: a run of digits and separators read as one
// number ("3.000", "1,234,567.89", "12 500", "12'500", "89,8", "1/2"), as
// date or time parts ("06.01.2022", "10:30": each digit run on its own), or
// as nothing (a malformed or over-long run). Used by ScanNumbers
// (number_scan.cc); the rules are in number_digits.cc and
// data/numbers-README.md ("Digits").
#ifndef PARALLAX_ANNOTATE_NUMBER_DIGITS_H_
#define PARALLAX_ANNOTATE_NUMBER_DIGITS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "annotate/number_lexicon.h"
#include "annotate/number_scan.h"

namespace parallax::annotate {

struct DigitRun {
  enum class Kind {
    kNone,    // malformed or too long: no number at all from [start, end)
    kNumber,  // one number: `value`
    kParts,   // a date or time: each ASCII digit run in it is a plain number
  };
  Kind kind = Kind::kNone;
  size_t end = 0;               // the end of the run (bytes), > the start
  double value = 0;             // for kNumber
  bool plain = false;           // kNumber written as digits only, no separator
  size_t digits = 0;            // the number of digits of a plain number
  bool slash_fraction = false;  // kNumber written "1/2", "3/4"
};

// The value of a Unicode vulgar fraction sign ("½" 0.5, "¾" 0.75, "⅓"),
// or 0 for any other character. A format rule (Unicode), not language.
inline double VulgarFraction(char32_t c) {
  switch (c) {
    case 0xBC:
      return 0.25;
    case 0xBD:
      return 0.5;
    case 0xBE:
      return 0.75;
    case 0x2153:
      return 1.0 / 3;
    case 0x2154:
      return 2.0 / 3;
    case 0x2155:
      return 0.2;
    case 0x2156:
      return 0.4;
    case 0x2157:
      return 0.6;
    case 0x2158:
      return 0.8;
    case 0x2159:
      return 1.0 / 6;
    case 0x215A:
      return 5.0 / 6;
    case 0x215B:
      return 0.125;
    case 0x215C:
      return 0.375;
    case 0x215D:
      return 0.625;
    case 0x215E:
      return 0.875;
    default:
      return 0;
  }
}

// Reads the run starting at `pos` (an ASCII digit) with the separators of
// `lex`. A currency sign right before the run (`money_before`, one space
// allowed) or right after it makes it an amount: a single '.' or ',' before
// exactly three digits then groups thousands ("$10,000" in any language).
// Never throws; linear in the run's length.
DigitRun ReadDigitRun(std::string_view text, size_t pos, const NumberLexicon::Impl& lex,
                      bool money_before = false);

// A currency sign right before `pos` (one space allowed between): "$5",
// "€ 5", "US$ 3.14".
bool CurrencyBefore(std::string_view text, size_t pos);

// Appends one plain_digits token for each ASCII digit run in [pos, end) of
// `text` (the parts of a kParts run).
void AppendDigitParts(std::string_view text, size_t pos, size_t end, std::vector<NumberToken>& out);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_NUMBER_DIGITS_H_
