// parallax (private): the line-level junk tests of the scrape cleaner
// (src/extract/scrape_text.cc): the lexicons of data/<lang>/junk.tsv, payment
// lines (crypto addresses, IBANs), and menu-like lines (breadcrumbs, rows of
// links). Format of the lexicons: data/junk-README.md.
#ifndef PARALLAX_EXTRACT_SCRAPE_JUNK_H_
#define PARALLAX_EXTRACT_SCRAPE_JUNK_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parallax::scrape {

// How a lexicon pattern meets a line (both in NormalizeForMatch form).
enum class Match {
  kLine,            // the whole line equals the pattern
  kPrefix,          // the line starts with the pattern, then a non-letter or the end
  kContains,        // the pattern occurs in the line
  kPaymentContext,  // occurs anywhere in a paragraph that holds a payment line
};

struct JunkEntry {
  std::string pattern;  // normalised
  Match match = Match::kLine;
  std::string reason;  // one of the RemovedBlock reasons (docs/json.md)
  std::string lang;    // the folder it came from
};

// A lexicon prefix match applies to lines of at most this many words, a
// contains match to at most kMaxContainsWords: page furniture is short
// ("Last updated on 3 May 2021 by Anna" has 8 words). An ordinary sentence
// ends with . ! ? and has more than kSentenceWords words; lexicon prefix and
// contains entries never apply to one.
inline constexpr size_t kMaxPrefixWords = 12;
inline constexpr size_t kMaxContainsWords = 8;
inline constexpr size_t kSentenceWords = 8;

// The reasons a removed block may carry (docs/json.md).
bool IsKnownReason(std::string_view reason);

// Every data/<lang>/junk.tsv under a data folder. Thread-safe after Load.
class JunkLexicon {
 public:
  // Loads every <data_dir>/<lang>/junk.tsv. Throws DataError on a malformed
  // line (naming file and line number). A missing data_dir gives an empty
  // lexicon.
  void Load(const std::string& data_dir);
  // Adds the entries of one file's contents; `name` names it in errors.
  void AddFile(std::string_view contents, const std::string& lang, const std::string& name);

  // The entry a line matches as line, prefix or contains (in that order of
  // preference), or nullptr. `normalized` is NormalizeForMatch(line).
  // `allow_prefix`/`allow_contains` let the caller apply the length guards.
  const JunkEntry* Find(const std::string& normalized, bool allow_prefix,
                        bool allow_contains) const;
  // True when `normalized` (a whole paragraph) holds a payment-context or
  // fundraising pattern of any kind.
  bool HasPaymentContext(const std::string& normalized) const;

  size_t size() const { return line_.size() + prefix_.size() + contains_.size() + payment_.size(); }

 private:
  std::unordered_map<std::string, JunkEntry> line_;
  std::vector<JunkEntry> prefix_;
  std::vector<JunkEntry> contains_;
  std::vector<JunkEntry> payment_;
};

// True when `line` holds a crypto-currency address or an IBAN:
//   bc1 + 25..87 bech32 characters (SegWit, lower case);
//   1 or 3 + 25..34 base58 characters, upper and lower case letters both
//   present (legacy Bitcoin; random base58 of that length all but always
//   mixes cases, an ordinary number or word never has that shape);
//   0x + 40 hex digits (Ethereum and its tokens);
//   T + 33 base58 (TRON); 4 or 8 + 94 base58 (Monero);
//   an IBAN: two capital letters, two digits, 11..30 letters or digits in
//   groups separated by single spaces, accepted when its ISO 7064 mod-97
//   check holds or the word "IBAN" stands on the line.
// Tokens are split at whitespace and at ( ) , ; : " ' < >.
bool HasPaymentCode(std::string_view line);

// True when `line` looks like a row of links or a breadcrumb: three or more
// items of at most four words each, separated by " > ", " » ", " › ", " | ",
// " / ", " · ", " • " or (with `space_gaps`) by runs of three or more spaces,
// with no sentence end. Space gaps are trusted only on lines known not to be
// justified text.
bool IsMenuRow(std::string_view line, bool space_gaps = true);

}  // namespace parallax::scrape

#endif  // PARALLAX_EXTRACT_SCRAPE_JUNK_H_
