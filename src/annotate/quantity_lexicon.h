// parallax annotate stage: the inside of QuantityLexicon (quantities.h), as
// read by quantity_lexicon.cc from data/<lang>/quantities.tsv,
// data/<lang>/currencies.tsv, data/<lang>/units.tsv and the
// language-independent data/currencies.tsv and data/units.tsv (format:
// data/quantities-README.md), and used by quantities.cc.
#ifndef PARALLAX_ANNOTATE_QUANTITY_LEXICON_H_
#define PARALLAX_ANNOTATE_QUANTITY_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
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
  double scale = 1;  // money scale words ("bn" 1e9); a subunit's share ("cents" 0.01)
  std::string mid;   // ranges: the word between the ends ("and"); unit_if_next: the next word
  // currency_before rows: a name, not a sign, before the number ("Евро 20"):
  // a year-like figure after it is no amount ("Euro 2024").
  bool name = false;
  // qualifier rows: words that cancel the qualifier when one of them stands
  // among the three words before it (French "ne ... plus que 5" is "only 5").
  std::vector<std::string> unless;
};

// Phrases, longest first, with an index by their first and last character
// (the first byte of an ASCII one, the first two bytes of any other) so a
// match at a window's start or end tries only the phrases that can fit.
class PhraseList {
 public:
  void push_back(QuantityPhrase p) { items_.push_back(std::move(p)); }
  // Sorts longest first ("more than" before "more") and builds the index.
  void Finish();
  std::vector<QuantityPhrase>::const_iterator begin() const { return items_.begin(); }
  std::vector<QuantityPhrase>::const_iterator end() const { return items_.end(); }
  const QuantityPhrase& operator[](uint32_t i) const { return items_[i]; }
  // The phrases that can start at the start of `s` (end at its end),
  // longest first.
  const std::vector<uint32_t>& StartingAt(std::string_view s) const;
  const std::vector<uint32_t>& EndingAt(std::string_view s) const;

  // The index keys: the character at the start (end) of `s`; 0 when empty.
  static uint32_t FirstKey(std::string_view s);
  static uint32_t LastKey(std::string_view s);

 private:
  std::vector<QuantityPhrase> items_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> by_first_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> by_last_;
};

// A currency written in capitals and matched in its exact case: an ISO
// 4217 code ("USD") or a sign that is a word in lower case ("RM").
struct CasedSign {
  std::string text;  // "USD", "RM", "MUSD"
  std::string unit;  // ISO 4217
  double scale = 1;  // a scaled code: "MUSD" is millions of USD
};

struct QuantityLexicon::Impl {
  std::string lang = "und";
  PhraseList before;                     // qualifiers before: "more than", "около", "exactly"
  PhraseList after;                      // qualifiers after: "or more", "и более"
  PhraseList range_start;                // "between" (mid "and"), "от" (mid "до")
  std::vector<std::string> range_mid;    // between two numbers alone: "to", "bis", "до"
  std::vector<std::string> bound_joins;  // "and", "but": "more than 10 and less than 20"
  std::vector<std::string> money_joins;  // "and", "y", "и": "5 dollars and 20 cents"
  std::vector<std::string> vague_links;  // "of": "millions of dollars", "dozens of km"
  PhraseList units_after;                // "%", "percent", "km", "Kilometer", "dollars", "€"
  PhraseList units_if_next;              // "pounds" then "of": a unit, not money
  PhraseList units_before;               // "$", "€", "US$", "Евро" before the number
  PhraseList money_scales;               // "bn", "m", "Mio": only next to a currency
  // Names that are money only after a scale ("20 millions de livres"; "5
  // livres" are books) and the words that still make them no money after
  // it ("2 millions de livres vendus").
  PhraseList scaled_currencies;
  // Subunits read only right after a whole amount: Polish "gr" in "4 zł 50
  // gr" ("gr" alone is also grams), Russian "ц" in "20 долларов 43ц".
  PhraseList joined_subunits;
  std::vector<std::string> not_money_after;
  // Collective counts that round ("treintena", "trentaine"): a number
  // ending in one is approximate ("una treintena" = about 30).
  std::vector<std::string> approx_counts;
  std::vector<CasedSign> cased;  // codes, cased signs, scaled codes; sorted by text
  // Bytes of text read on either side of a number: the longest phrase plus
  // a space and one character (at most 4 bytes) to check the word boundary.
  size_t window = 16;
};

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_QUANTITY_LEXICON_H_
