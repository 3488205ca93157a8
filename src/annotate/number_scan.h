// parallax annotate stage: numbers in text, digits and words, with byte
// offsets (the layer under quantities and dates). Language knowledge comes
// from data/<lang>/numbers.tsv (format: data/numbers-README.md).
#ifndef PARALLAX_ANNOTATE_NUMBER_SCAN_H_
#define PARALLAX_ANNOTATE_NUMBER_SCAN_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::annotate {

// One number as written: "3.000", "3 000", "89,8", "2,5 Millionen",
// "dwadzieścia trzy", "fünfundzwanzig", "10 тыс.", "3rd", "dozens".
struct NumberToken {
  uint32_t start = 0;  // byte offsets into the scanned text, end exclusive
  uint32_t end = 0;
  double value = 0;      // the number; a vague amount's conventional value
  bool ordinal = false;  // "3rd", "третий", "7." read as an ordinal
  bool vague = false;    // "dozens", "Dutzende", "десятки", "several"
  bool spelled = false;  // at least one word in it ("2,5 Millionen", "tausend")
  // A bare run of ASCII digits with no separator, sign or word ("2022",
  // "06"): dates and times read these; `digits` is the run's length.
  bool plain_digits = false;
  uint8_t digits = 0;
  // Digits glued after 2-5 ASCII letters that start with a capital and
  // stand after no letter or digit ("USD115", "GBP3,01", "Rs20", but also
  // "MH17"): a figure only where the letters are a currency code, which the
  // quantity layer decides (it drops the token otherwise); never a date
  // part or a count.
  bool glued_code = false;
  // Two counts joined by a ratio word ("one in five"; JoinRatios).
  bool ratio = false;
  // An `excess` phrase inside or after it ("трёх с лишним тысяч", "20 с
  // лишним"): the text means more than `value`.
  bool excess = false;
};

// One language's number words and separator conventions.
class NumberLexicon {
 public:
  // Reads `data_dir`/<lang>/numbers.tsv; with no such file (or lang "und")
  // the lexicon knows digits only. Throws DataError naming file and line for
  // a malformed line.
  static std::shared_ptr<const NumberLexicon> Load(const std::string& data_dir,
                                                   const std::string& lang);
  ~NumberLexicon();
  NumberLexicon(const NumberLexicon&) = delete;
  NumberLexicon& operator=(const NumberLexicon&) = delete;

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit NumberLexicon(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Every number in `text`, in text order, not overlapping. Linear time;
// never throws on any input (invalid UTF-8 included). A run too long to be a
// number (over 18 significant digits), a malformed group ("1.00.0") or an
// exponent past a double ("1e999") gives no token rather than a false
// value. Rules: data/numbers-README.md.
std::vector<NumberToken> ScanNumbers(std::string_view text, const NumberLexicon& lexicon);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_NUMBER_SCAN_H_
