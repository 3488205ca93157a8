// parallax report: the small field writers the document and story JSON
// share (json.cc, story_json.cc).
#ifndef PARALLAX_REPORT_JSON_FIELDS_H_
#define PARALLAX_REPORT_JSON_FIELDS_H_

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "parallax/document.h"

namespace parallax::report_internal {

// A figure as JSON: a whole number within 2^53 as an integer (18, not 18.0),
// anything else as a double.
inline nlohmann::json Figure(double v) {
  constexpr double kExactInteger = 9007199254740992.0;  // 2^53
  if (v == static_cast<double>(static_cast<int64_t>(v)) && v < kExactInteger &&
      v > -kExactInteger) {
    return nlohmann::json(static_cast<int64_t>(v));
  }
  return nlohmann::json(v);
}

// The text of `span` in doc.text, or "" for a span out of range.
inline std::string_view SpanText(const Document& doc, Span span) {
  if (span.end > doc.text.size() || span.start > span.end) return {};
  return std::string_view(doc.text).substr(span.start, span.end - span.start);
}

// "" as null: an optional text field of the claims, quotes and citations.
inline nlohmann::json TextOrNull(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

// The text of sentence `index`, or "" for an index out of range.
inline std::string_view SentenceText(const Document& doc, uint32_t index) {
  return index < doc.sentences.size() ? SpanText(doc, doc.sentences[index].span)
                                      : std::string_view();
}

}  // namespace parallax::report_internal

#endif  // PARALLAX_REPORT_JSON_FIELDS_H_
