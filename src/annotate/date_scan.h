// parallax annotate stage: dates and times in text (absolute, partial,
// relative), resolved against a reference time, and date slips flagged.
// Language knowledge comes from data/<lang>/months.txt (shared with the
// segmenter and page metadata) and data/<lang>/date_words.tsv (format:
// data/dates-README.md, "Dates in sentences").
#ifndef PARALLAX_ANNOTATE_DATE_SCAN_H_
#define PARALLAX_ANNOTATE_DATE_SCAN_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/number_scan.h"
#include "parallax/annotate.h"
#include "parallax/document.h"

namespace parallax::annotate {

// One language's month, weekday and relative-date wording.
class DateLexicon {
 public:
  // Reads the files above; a language with no files (or "und") knows
  // numeric and ISO dates and clock times only. Throws DataError naming
  // file and line.
  static std::shared_ptr<const DateLexicon> Load(const std::string& data_dir,
                                                 const std::string& lang);
  ~DateLexicon();
  DateLexicon(const DateLexicon&) = delete;
  DateLexicon& operator=(const DateLexicon&) = delete;

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit DateLexicon(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Dates and times in `text`, in text order, not overlapping; `numbers` is
// ScanNumbers on the same text (dates read day, year and "two days ago"
// counts from it). Partial and relative dates are resolved against
// `reference`; without one their value stays empty and `reason` says why.
// An impossible date ("31.02.2022") is no date. Linear time; never throws.
std::vector<DateMention> FindDateMentions(std::string_view text,
                                          const std::vector<NumberToken>& numbers,
                                          const DateLexicon& lexicon,
                                          const ReferenceTime& reference);

// Marks date slips among one document's dates: a date whose written year
// contradicts the document's timeline (06.01.2021 in a text published on
// 2022-01-10 about that week) gets suspect = true and a reason naming the
// publication date and the date it probably meant. Needs `published`.
void FlagDateSlips(std::vector<DateMention>& dates, const ReferenceTime& published);

// The same, knowing which sentences (by DateMention::sentence index) speak
// of an anniversary or a year ago (HasAnniversaryCue): their dates are
// never flagged. The two-argument form treats as such only sentences that
// hold a relative date a year or more back ("a year ago", "last year").
void FlagDateSlips(std::vector<DateMention>& dates, const ReferenceTime& published,
                   const std::vector<bool>& anniversary_sentence);

// True when `text` (one sentence) holds an anniversary or year-ago word of
// the lexicon ("anniversary", "Jahrestag", "rocznica", "год назад").
// Linear; never throws.
bool HasAnniversaryCue(std::string_view text, const DateLexicon& lexicon);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_DATE_SCAN_H_
