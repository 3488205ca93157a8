// libFuzzer target for include/parallax/fundraising.h: arbitrary bytes (not
// necessarily UTF-8) as page text. Checks the contracts: never throws, every
// evidence span inside the text, non-empty, its value the text of its span,
// evidence ordered by start, and `present` whenever a wallet, IBAN or payment
// detail was found.
//
// Built by the `fuzz` preset (PARALLAX_BUILD_FUZZ); by hand, from the
// repository root (one command):
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address -Iinclude -Isrc
//     fuzz/fundraising_fuzz.cc src/extract/fundraising.cc
//     src/extract/fundraising_codes.cc src/extract/fundraising_lexicon.cc
//     src/core/data_dir.cc src/core/hash.cc -o fundraising_fuzz
//   PARALLAX_DATA_DIR=data ./fundraising_fuzz
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parallax/data_dir.h"
#include "parallax/fundraising.h"

namespace {

const parallax::FundraisingDetector& TheDetector() {
  static const parallax::FundraisingDetector* detector =
      new parallax::FundraisingDetector(parallax::FindDataDir());
  return *detector;
}

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const parallax::Fundraising f = TheDetector().Detect(text);
  uint32_t previous = 0;
  bool strong = false;
  for (const parallax::FundraisingEvidence& e : f.evidence) {
    Check(e.span.start < e.span.end && e.span.end <= text.size());
    Check(e.span.start >= previous);
    previous = e.span.start;
    Check(e.value == text.substr(e.span.start, e.span.end - e.span.start));
    Check(e.kind == "wallet" || e.kind == "iban" || e.kind == "payment" || e.kind == "wording");
    Check((e.kind == "wallet") == !e.currency.empty());
    if (e.kind != "wording") strong = true;
  }
  Check(!strong || f.present);
  (void)f.ToJson().dump();
  return 0;
}
