// parallax: the reason a block of page furniture is removed, named from its
// wording (the per-language lexicons of data/<lang>/junk.tsv) and from
// payment codes (crypto addresses, IBANs). Used by HTML main-text extraction
// to explain blocks whose markup says nothing (MainTextOptions::reason_of);
// plain-text scrapes use the same lexicons inside ScrapeCleaner.
#ifndef PARALLAX_JUNK_REASONS_H_
#define PARALLAX_JUNK_REASONS_H_

#include <memory>
#include <string>
#include <string_view>

namespace parallax {

class JunkReasons {
 public:
  // Loads every data/<lang>/junk.tsv under `data_dir` (format:
  // data/junk-README.md). Throws DataError on a malformed file; a missing
  // folder gives the payment-code rule only.
  explicit JunkReasons(const std::string& data_dir);
  ~JunkReasons();
  JunkReasons(const JunkReasons&) = delete;
  JunkReasons& operator=(const JunkReasons&) = delete;

  // The reason for one removed block (a paragraph of a page), or "" when its
  // wording says nothing:
  //   "fundraising" when it holds a crypto address or an IBAN;
  //   else the reason of a lexicon entry the block matches: whole-block and
  //   prefix entries at any length (the block is removed already, only its
  //   reason is chosen, so a long cookie notice starting "We use cookies"
  //   is legal), contains entries only on blocks of at most 8 words with no
  //   sentence end, as in the scrape cleaner.
  // The view points into this object's storage. Thread-safe, never throws.
  std::string_view ReasonOf(std::string_view block) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parallax

#endif  // PARALLAX_JUNK_REASONS_H_
