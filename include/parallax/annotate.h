// parallax: numbers, money, percentages, measures, durations, ordinals and
// dates in sentences, with their qualifiers, normalised (issue 4).
//
// The annotator reads per-language data from data/<lang>/ (numbers.tsv,
// quantities.tsv, units.tsv, currencies.tsv, date_words.tsv, months.txt) and
// the language-independent tables in data/ (currencies.tsv, units.tsv); see
// data/numbers-README.md. A language with no files still gets digits,
// currency symbols and codes, unit symbols, percentages and numeric dates.
#ifndef PARALLAX_ANNOTATE_H_
#define PARALLAX_ANNOTATE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/document.h"

namespace parallax {

// A reference point in time: the document's publication date (and time when
// known). Relative dates ("yesterday") and partial dates ("7 January") are
// resolved against it; the date-slip check compares against it.
struct ReferenceTime {
  int year = 0;     // 0: no reference
  int month = 0;    // 1-12
  int day = 0;      // 1-31
  int hour = -1;    // -1: not known
  int minute = -1;  // -1: not known
  bool known() const { return year != 0; }
};

// Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" (a zone suffix is ignored).
// A malformed or impossible date gives a ReferenceTime with known() false.
ReferenceTime ParseReferenceTime(std::string_view iso);

// What AnnotateText found in one piece of text; spans are byte offsets into
// that text, `sentence` fields are 0.
struct Annotations {
  std::vector<Quantity> quantities;
  std::vector<DateMention> dates;
};

// Holds every language's lexicons, loaded once.
// Thread safety: all methods are const and thread-safe.
class Annotator {
 public:
  // Loads the tables under `data_dir`. Throws DataError naming the file and
  // line when one is malformed; a language with no files is not an error.
  explicit Annotator(const std::string& data_dir);
  ~Annotator();
  Annotator(const Annotator&) = delete;
  Annotator& operator=(const Annotator&) = delete;

  // The figures and dates of `text` (one sentence, or any text) in language
  // `lang` (ISO 639-1, or "und" for language-independent rules only),
  // resolved against `reference`. Both lists come in text order; a date's
  // span never overlaps a quantity's. Time and memory are linear in the
  // text: a 400-digit run or 10,000 numbers in a line are handled in bounded
  // time, and a figure too large or malformed to read ("31.02.2022", a digit
  // run longer than 18 digits) is left out rather than given a false value.
  Annotations AnnotateText(std::string_view text, std::string_view lang,
                           const ReferenceTime& reference) const;

  // Annotates every sentence of `doc` (paragraph language when reliable,
  // else the document's) against doc.published, fills doc.quantities and
  // doc.dates with document offsets and sentence indices, then flags date
  // slips across the whole document (DateMention::suspect).
  void Annotate(Document& doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parallax

#endif  // PARALLAX_ANNOTATE_H_
