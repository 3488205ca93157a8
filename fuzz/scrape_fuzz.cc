// libFuzzer target for include/parallax/scrape_text.h: arbitrary bytes (not
// necessarily UTF-8) as a plain-text scrape, with a language from the first
// byte. Checks the contracts: paragraphs inside the text, ordered and
// non-empty; every output byte maps to an input offset inside the input;
// every removed block's reason is one of the documented ones.
//
// Not built by CMake yet. By hand, from the repository root (one command):
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address -Iinclude -Isrc
//     fuzz/scrape_fuzz.cc src/extract/scrape_text.cc src/extract/scrape_junk.cc
//     src/extract/scrape_chars.cc src/core/offset_map.cc src/core/data_dir.cc
//     -o scrape_fuzz
//   PARALLAX_DATA_DIR=data ./scrape_fuzz examples/corpus
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/scrape_junk.h"
#include "parallax/data_dir.h"
#include "parallax/scrape_text.h"

namespace {

const parallax::ScrapeCleaner& TheCleaner() {
  static const parallax::ScrapeCleaner* cleaner =
      new parallax::ScrapeCleaner(parallax::FindDataDir());
  return *cleaner;
}

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kLangs[] = {"en", "de", "pl", "ru", "uk", "fr", "es", "it", "kk", "und"};
  if (size < 1) return 0;
  const std::string_view lang = kLangs[data[0] % (sizeof(kLangs) / sizeof(kLangs[0]))];
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  const parallax::CleanText out = TheCleaner().Clean(text, lang);

  uint32_t previous = 0;
  for (const parallax::Span& p : out.paragraphs) {
    Check(p.start < p.end && p.end <= out.text.size());
    Check(p.start >= previous);
    previous = p.end;
  }
  for (size_t i = 0; i < out.text.size(); ++i) {
    const size_t at = out.to_input.ToInput(i);
    Check(at <= text.size());
    if (out.text[i] != ' ' && out.text[i] != '\n')
      Check(at < text.size() && text[at] == out.text[i]);
  }
  for (const parallax::RemovedBlock& b : out.removed) {
    Check(parallax::scrape::IsKnownReason(b.reason));
    Check(!b.text.empty() && text.find(b.text) != std::string::npos);
  }
  return 0;
}
