// parallax annotate stage: the inside of QuantityLexicon (quantities.h), as
// read by quantity_lexicon.cc from data/<lang>/quantities.tsv and the
// language-independent data/currencies.tsv and data/units.tsv (format:
// data/quantities-README.md), and used by quantities.cc.
#ifndef PARALLAX_ANNOTATE_QUANTITY_LEXICON_H_
#define PARALLAX_ANNOTATE_QUANTITY_LEXICON_H_

#include <string>
#include <vector>

#include "annotate/quantities.h"
#include "parallax/document.h"

namespace parallax::annotate {

// A phrase (folded, words separated by one space) and what it means.
struct QuantityPhrase {
  std::string folded;
  Approx approx = Approx::kExact;             // qualifiers
  QuantityKind kind = QuantityKind::kNumber;  // units, currencies, percent
  std::string unit;                           // ISO 4217, "%", unit symbol
  double scale = 1;                           // money scale words ("bn" 1e9)
  std::string mid;                            // ranges: the word between the ends ("and")
};

struct QuantityLexicon::Impl {
  std::string lang = "und";
  std::vector<QuantityPhrase> before;        // qualifiers before: "more than", "около"
  std::vector<QuantityPhrase> after;         // qualifiers after: "or more", "и более"
  std::vector<QuantityPhrase> range_start;   // "between" (mid "and"), "от" (mid "до")
  std::vector<std::string> range_mid;        // between two numbers alone: "to", "bis", "до"
  std::vector<QuantityPhrase> units_after;   // "%", "percent", "km", "Kilometer", "dollars", "€"
  std::vector<QuantityPhrase> units_before;  // "$", "€", "USD", "US$" before the number
  std::vector<QuantityPhrase> money_scales;  // "bn", "m", "Mio": only next to a currency
  std::vector<std::string> codes;            // ISO 4217 codes, matched in upper case only
};

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_QUANTITY_LEXICON_H_
