// libFuzzer target for include/parallax/segment.h: arbitrary bytes (not
// necessarily UTF-8) as text, with a language and a span taken from the
// input. Checks the contracts: spans inside the requested span, ordered,
// non-empty, never starting inside a UTF-8 sequence of valid text.
//
// Not built by CMake yet. By hand, from the repository root (one command):
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address -Iinclude -Isrc
//     fuzz/segment_fuzz.cc src/text/segment.cc src/text/segment_rules.cc
//     src/core/data_dir.cc -licui18n -licuuc -licudata -o segment_fuzz
//   PARALLAX_DATA_DIR=data ./segment_fuzz
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "parallax/data_dir.h"
#include "parallax/segment.h"

namespace {

const parallax::Segmenter& TheSegmenter() {
  static const parallax::Segmenter* segmenter = new parallax::Segmenter(parallax::FindDataDir());
  return *segmenter;
}

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

uint32_t ReadU16(const uint8_t* p) { return static_cast<uint32_t>(p[0]) | (p[1] << 8); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Input: [lang selector][span start u16][span end u16] text...
  static const char* const kLangs[] = {"en", "de", "pl", "ru", "uk", "fr",  "es", "it",
                                       "kk", "zh", "ja", "th", "ar", "und", "",   "x/../y"};
  if (size < 5) return 0;
  const std::string_view lang = kLangs[data[0] % (sizeof(kLangs) / sizeof(kLangs[0]))];
  const uint32_t start = ReadU16(data + 1);
  const uint32_t end = ReadU16(data + 3);
  const std::string text(reinterpret_cast<const char*>(data + 5), size - 5);
  const parallax::Span span{start, end};
  const parallax::Segmenter& segmenter = TheSegmenter();

  uint32_t previous = 0;
  for (const parallax::Span& s : segmenter.Sentences(text, span, lang)) {
    Check(s.start < s.end);
    Check(s.start >= start && s.end <= end && s.end <= text.size());
    Check(s.start >= previous);
    previous = s.end;
  }
  previous = 0;
  for (const parallax::Word& w : segmenter.Words(text, span, lang)) {
    Check(w.span.start < w.span.end);
    Check(w.span.start >= start && w.span.end <= end && w.span.end <= text.size());
    Check(w.span.start >= previous);
    previous = w.span.end;
  }
  for (const parallax::Span& p : parallax::SplitParagraphs(text)) {
    Check(p.start < p.end && p.end <= text.size());
  }
  return 0;
}
