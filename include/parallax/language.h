// parallax: language identification: CLD2 (full tables) plus script and
// character evidence from data/langid/ where CLD2 is weak (short, name-heavy
// text, scripts CLD2 confuses).
#ifndef PARALLAX_LANGUAGE_H_
#define PARALLAX_LANGUAGE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/document.h"

namespace parallax {

struct LanguageOptions {
  // Text with fewer letters than this gets no CLD2 call for paragraphs; the
  // paragraph inherits the document language unless its script says otherwise.
  int min_letters = 12;
  // A document is mixed when its second language holds at least this share
  // of the letters (and is reliable in at least one paragraph).
  double mixed_min_share = 0.20;
};

class LanguageIdentifier {
 public:
  // Loads data/langid/*.tsv from `data_dir`. Throws DataError if missing or
  // malformed.
  explicit LanguageIdentifier(const std::string& data_dir, LanguageOptions options = {});
  ~LanguageIdentifier();
  LanguageIdentifier(const LanguageIdentifier&) = delete;
  LanguageIdentifier& operator=(const LanguageIdentifier&) = delete;

  // The language of `utf8` (must be valid UTF-8). `hint` is an ISO 639-1
  // code the input declared, or "". Empty or letterless text gives
  // {"und", 0, false, "none"}. Never throws. Thread-safe.
  LanguageGuess Identify(std::string_view utf8, std::string_view hint = "") const;

  // Fills doc.lang, each paragraph's lang and doc.mixed_language from
  // doc.text and doc.paragraphs. Thread-safe.
  void Annotate(Document& doc, std::string_view hint = "") const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parallax

#endif  // PARALLAX_LANGUAGE_H_
