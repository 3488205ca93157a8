// parallax (private): the fundraising vocabulary from data/ and the matcher
// that finds it in text. Used by src/extract/fundraising.cc.
//
// Files (format: data/fundraising-README.md):
//   data/<lang>/fundraising.tsv    appeal wording, bank-detail words,
//                                  payment services, currency names
//   data/fundraising_common.tsv    the same for names that are not words of
//                                  one language (PayPal, paypal.me/, BTC)
//   data/iban_lengths.tsv          IBAN length per country (ISO 13616)
//
// Matching is case-insensitive (a length-preserving lower-casing of Latin,
// Greek and Cyrillic letters, so offsets in the folded text are offsets in the
// text) and whole-word; a space in a phrase matches any run of white space
// with at most one line break (not a paragraph break).
#ifndef PARALLAX_EXTRACT_FUNDRAISING_LEXICON_H_
#define PARALLAX_EXTRACT_FUNDRAISING_LEXICON_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parallax::fundraising_internal {

enum class PhraseKind {
  kWording,   // a donation appeal ("support our work"): evidence "wording"
  kBank,      // a bank-detail word ("Spendenkonto"): "payment" when an
              // account number or IBAN is near
  kService,   // a payment service's name ("Patreon"): "payment" when
              // donation wording is near
  kLink,      // a payment link prefix ("paypal.me/"): "payment" by itself
  kCurrency,  // a currency's name ("Bitcoin"): labels a wallet next to it
};

struct Phrase {
  std::string folded;   // lower-cased, without a trailing '*'
  bool prefix = false;  // written with a trailing '*': the last word may go on
  PhraseKind kind = PhraseKind::kWording;
  std::string currency;  // for kCurrency: "BTC", "ETH", "USDT", ...
  std::string source;    // "<lang>/fundraising.tsv:<line>"
};

// A `# example:` line of a fundraising file: the text, and whether the
// detector should find a fundraising appeal in it.
struct Example {
  std::string source;  // file:line
  bool present = false;
  std::string text;
};

struct Lexicon {
  std::vector<Phrase> phrases;
  // Phrases by the bytes of their first two (folded) code points.
  std::unordered_map<std::string, std::vector<uint32_t>> by_key;
  std::map<std::string, int, std::less<>> iban_lengths;  // "DE" -> 22
  std::vector<Example> examples;
};

// Loads every data_dir/<lang>/fundraising.tsv, data_dir/fundraising_common.tsv
// and data_dir/iban_lengths.tsv. Throws DataError naming the file and line on
// a malformed entry, and when iban_lengths.tsv is missing.
Lexicon LoadLexicon(const std::string& data_dir);

// A phrase found in text: [start, end) bytes, index into Lexicon::phrases.
struct PhraseMatch {
  uint32_t phrase = 0;
  uint32_t start = 0;
  uint32_t end = 0;
};

// `text` lower-cased code point by code point where the lower-case letter has
// the same UTF-8 length (Latin-1, Latin Extended-A, Greek, Cyrillic); every
// other byte as it is. Same length as `text`.
std::string FoldForMatch(std::string_view text);

// True when the code point starting at byte `pos` of `text` is a letter,
// digit or combining mark (the characters a word is made of); false at the
// end, on invalid UTF-8, punctuation, symbols and white space.
bool IsWordAt(std::string_view text, size_t pos);
// Same for the code point that ends at byte `pos` (false at 0).
bool IsWordBefore(std::string_view text, size_t pos);

// Every phrase of `lexicon` in `folded` (FoldForMatch of the text): at each
// start, the longest match only, and none that lies inside the match before
// it; ordered by start. A kLink match extends to
// the next white space (the whole link as written).
std::vector<PhraseMatch> FindPhrases(const Lexicon& lexicon, std::string_view folded);

}  // namespace parallax::fundraising_internal

#endif  // PARALLAX_EXTRACT_FUNDRAISING_LEXICON_H_
