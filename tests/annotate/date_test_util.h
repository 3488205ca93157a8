// Shared helpers of the date annotator tests.
#ifndef PARALLAX_TESTS_ANNOTATE_DATE_TEST_UTIL_H_
#define PARALLAX_TESTS_ANNOTATE_DATE_TEST_UTIL_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/date_scan.h"
#include "parallax/annotate.h"
#include "parallax/data_dir.h"

namespace parallax::annotate::testing {

inline const DateLexicon& Lex(const std::string& lang) {
  static std::map<std::string, std::shared_ptr<const DateLexicon>> cache;
  auto& slot = cache[lang];
  if (!slot) slot = DateLexicon::Load(FindDataDir(), lang);
  return *slot;
}

inline ReferenceTime Ref(std::string_view iso) { return ParseReferenceTime(iso); }

// Dates of `text` with no number tokens (digits are read by the date
// readers themselves).
inline std::vector<DateMention> Dates(const std::string& lang, std::string_view text,
                                      std::string_view ref = "2022-01-10",
                                      const std::vector<NumberToken>& numbers = {}) {
  return FindDateMentions(text, numbers, Lex(lang), Ref(ref));
}

inline std::string Text(std::string_view text, const DateMention& d) {
  return std::string(text.substr(d.span.start, d.span.end - d.span.start));
}

// A spelled number token covering `word` in `text` (the number layer's output).
inline NumberToken Spelled(std::string_view text, std::string_view word, double value,
                           bool ordinal = false) {
  NumberToken n;
  n.start = static_cast<uint32_t>(text.find(word));
  n.end = n.start + static_cast<uint32_t>(word.size());
  n.value = value;
  n.spelled = true;
  n.ordinal = ordinal;
  return n;
}

}  // namespace parallax::annotate::testing

#endif  // PARALLAX_TESTS_ANNOTATE_DATE_TEST_UTIL_H_
