// libFuzzer target for include/parallax/annotate.h: arbitrary bytes (not
// necessarily UTF-8) as one text, in a language and against a reference
// time taken from the input. Checks the contracts of AnnotateText: never
// throws, every span non-empty and inside the text, quantities and dates
// each in text order without overlap, no date overlapping a quantity, no
// span starting or ending inside a valid UTF-8 sequence, every value finite
// (no inf or NaN from a long digit run or an exponent), sentence 0.
//
// Built by the `fuzz` preset (PARALLAX_BUILD_FUZZ); by hand, from the
// repository root (one command):
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address -Iinclude -Isrc
//     fuzz/annotate_fuzz.cc src/annotate/*.cc src/core/*.cc
//     -lfmt -o annotate_fuzz
//   PARALLAX_DATA_DIR=data ./annotate_fuzz
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/annotate.h"
#include "parallax/data_dir.h"

namespace {

const parallax::Annotator& TheAnnotator() {
  static const parallax::Annotator* annotator = new parallax::Annotator(parallax::FindDataDir());
  return *annotator;
}

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

// interior[i]: byte i continues a valid multi-byte UTF-8 sequence.
std::vector<bool> Interior(std::string_view s) {
  std::vector<bool> interior(s.size() + 1, false);
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80         ? 1
                       : (c >> 5) == 6  ? 2
                       : (c >> 4) == 14 ? 3
                       : (c >> 3) == 30 ? 4
                                        : 0;
    bool valid = len > 1 && i + len <= s.size();
    for (size_t k = 1; valid && k < len; ++k) {
      valid = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    }
    if (!valid) {
      ++i;
      continue;
    }
    for (size_t k = 1; k < len; ++k) interior[i + k] = true;
    i += len;
  }
  return interior;
}

void CheckSpan(const parallax::Span& s, std::string_view text, const std::vector<bool>& interior,
               uint32_t* previous) {
  Check(s.start < s.end && s.end <= text.size());
  Check(s.start >= *previous);
  Check(!interior[s.start] && !interior[s.end]);
  *previous = s.end;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Input: [lang selector][reference selector] text...
  static const char* const kLangs[] = {"en", "de", "fr", "es",  "it", "pl",     "ru", "uk",
                                       "kk", "zh", "ar", "und", "",   "x/../y", "EN", "de-AT"};
  static const char* const kReferences[] = {"2022-01-10",       "2013-02-12T04:30:00-02:00",
                                            "2024-02-29T23:59", "",
                                            "1999-12-31",       "2022-02-30"};
  if (size < 2) return 0;
  const std::string_view lang = kLangs[data[0] % (sizeof(kLangs) / sizeof(kLangs[0]))];
  const parallax::ReferenceTime reference = parallax::ParseReferenceTime(
      kReferences[data[1] % (sizeof(kReferences) / sizeof(kReferences[0]))]);
  const std::string text(reinterpret_cast<const char*>(data + 2), size - 2);

  const parallax::Annotations a = TheAnnotator().AnnotateText(text, lang, reference);
  const std::vector<bool> interior = Interior(text);
  uint32_t previous = 0;
  for (const parallax::Quantity& q : a.quantities) {
    CheckSpan(q.span, text, interior, &previous);
    Check(std::isfinite(q.value));
    Check(!q.value_max || std::isfinite(*q.value_max));
    Check(q.sentence == 0);
  }
  previous = 0;
  size_t next_quantity = 0;  // both lists are in text order: one sweep
  for (const parallax::DateMention& d : a.dates) {
    CheckSpan(d.span, text, interior, &previous);
    Check(d.sentence == 0);
    while (next_quantity < a.quantities.size() &&
           a.quantities[next_quantity].span.end <= d.span.start) {
      ++next_quantity;
    }
    if (next_quantity < a.quantities.size()) {
      Check(a.quantities[next_quantity].span.start >= d.span.end);
    }
  }
  return 0;
}
