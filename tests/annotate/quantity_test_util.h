// Shared helpers of the quantity tests that go through the public Annotator.
#ifndef PARALLAX_TESTS_ANNOTATE_QUANTITY_TEST_UTIL_H_
#define PARALLAX_TESTS_ANNOTATE_QUANTITY_TEST_UTIL_H_

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/annotate.h"
#include "parallax/data_dir.h"

namespace parallax::testing {

inline const Annotator& TheAnnotator() {
  static const Annotator annotator(FindDataDir(""));
  return annotator;
}

// Every quantity of `text` as "[mention] value unit approx" (and " kind"
// when `with_kind`), in order, against the reference 2023-03-14:
// "[около 10 тыс. тенге] 10000 KZT about money".
inline std::vector<std::string> DescribeQuantities(std::string_view lang, std::string_view text,
                                                   bool with_kind) {
  std::vector<std::string> out;
  const Annotations a = TheAnnotator().AnnotateText(text, lang, ParseReferenceTime("2023-03-14"));
  for (const Quantity& q : a.quantities) {
    std::ostringstream s;
    s.precision(12);
    s << '[' << text.substr(q.span.start, q.span.end - q.span.start) << "] " << q.value;
    if (q.value_max) s << ".." << *q.value_max;
    s << ' ' << (q.unit.empty() ? "-" : q.unit) << ' ' << ApproxName(q.approx);
    if (with_kind) s << ' ' << QuantityKindName(q.kind);
    out.push_back(s.str());
  }
  return out;
}

}  // namespace parallax::testing

#endif  // PARALLAX_TESTS_ANNOTATE_QUANTITY_TEST_UTIL_H_
