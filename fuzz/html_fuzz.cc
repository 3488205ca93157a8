// libFuzzer entry point for RenderHtml (include/parallax/html_text.h).
// Not built by CMake yet. By hand, for example:
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude -Isrc
//     -I/usr/include/libxml2 fuzz/html_fuzz.cc src/extract/html_*.cc
//     src/core/offset_map.cc -lxml2 -o html_fuzz      (one command line)
// Besides crashes, it checks the output invariants the contract promises.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "parallax/html_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  parallax::HtmlText out = parallax::RenderHtml(input);
  size_t expected_start = 0;
  for (const parallax::Span& p : out.paragraphs) {
    // Paragraphs are non-empty, in order, and separated by exactly "\n\n".
    if (p.start != expected_start || p.end <= p.start || p.end > out.text.size()) std::abort();
    expected_start = p.end + 2;
    auto [a, b] = out.to_input.SpanToInput(p.start, p.end);
    if (a > b || b > input.size()) std::abort();
  }
  if (out.paragraphs.empty() != out.text.empty()) std::abort();
  for (const parallax::OffsetRun& r : out.to_input.runs()) {
    if (static_cast<size_t>(r.out_start) + r.out_len > out.text.size()) std::abort();
    if (static_cast<size_t>(r.in_start) + r.in_len > input.size()) std::abort();
  }
  return 0;
}
