// parallax annotate stage: numbers become quantities: qualifiers ("mehr
// als", "около"), ranges ("10-15", "от 10 до 15"), percentages, money
// (symbols, ISO codes, inflected currency names, scale words, a unit and
// its subunit), measures with units and durations. Language knowledge comes
// from data/<lang>/quantities.tsv, data/<lang>/currencies.tsv,
// data/<lang>/units.tsv and the
// language-independent data/quantities.tsv, data/currencies.tsv and
// data/units.tsv (format: data/quantities-README.md).
#ifndef PARALLAX_ANNOTATE_QUANTITIES_H_
#define PARALLAX_ANNOTATE_QUANTITIES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/number_scan.h"
#include "parallax/document.h"

namespace parallax::annotate {

// One language's qualifier, currency and unit wording, plus the
// language-independent symbols and codes.
class QuantityLexicon {
 public:
  // Reads the files above; a language with no files (or "und") gets the
  // language-independent tables only. Throws DataError naming file and line.
  static std::shared_ptr<const QuantityLexicon> Load(const std::string& data_dir,
                                                     const std::string& lang);
  ~QuantityLexicon();
  QuantityLexicon(const QuantityLexicon&) = delete;
  QuantityLexicon& operator=(const QuantityLexicon&) = delete;

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit QuantityLexicon(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The quantities `numbers` (from ScanNumbers on the same `text`, minus those
// inside dates) make in `text`, in text order, not overlapping; `sentence`
// is 0. Every number yields one quantity or is part of one (a range's two
// ends, "3 000" inside "3 000 $", the cents of "20 dollars and 43 cents").
// Each quantity's figure is its span without the qualifier words before or
// after it ("$ 14 million" in "about $ 14 million"). Linear time; never
// throws.
std::vector<Quantity> AssembleQuantities(std::string_view text,
                                         const std::vector<NumberToken>& numbers,
                                         const QuantityLexicon& lexicon);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_QUANTITIES_H_
