// libFuzzer target: arbitrary bytes through charset decoding and
// normalisation. Checks the invariants the rest of the pipeline relies on:
// the output is valid UTF-8 without NULs, and every output offset maps into
// the input.
// Build (from the repository root), one command:
//   clang++ -std=c++20 -g -fsanitize=fuzzer,address -Iinclude -Isrc
//     fuzz/encoding_fuzz.cc src/text/encoding.cc src/text/normalize.cc
//     src/core/offset_map.cc src/core/data_dir.cc -licui18n -licuuc -licudata
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "parallax/encoding.h"
#include "parallax/normalize.h"

namespace {

// Aborts unless `s` is valid UTF-8 (and, unless `allow_nul`, NUL-free).
void CheckUtf8(const std::string& s, bool allow_nul = false) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || (c == 0 && !allow_nul)) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the options; the rest is the input.
  uint8_t flags = data[0];
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  parallax::DecodeOptions options;
  options.sniff_html_meta = (flags & 1) != 0;
  options.known_utf8 = (flags & 2) != 0;
  if ((flags & 4) != 0) options.declared_charset = "koi8-r";
  if ((flags & 8) != 0) options.declared_charset = "utf-16";
  parallax::Decoded d = parallax::DecodeToUtf8(bytes, options);
  CheckUtf8(d.utf8);
  if (d.to_input.ToInput(d.utf8.size()) > bytes.size()) std::abort();
  parallax::NormalizeOptions norm;
  norm.case_fold = (flags & 16) == 0;
  norm.strip_diacritics = (flags & 32) != 0;
  parallax::Normalized n = parallax::Normalize(d.utf8, norm);
  CheckUtf8(n.text);
  if (n.to_input.ToInput(n.text.size()) > d.utf8.size()) std::abort();
  // Normalising raw (possibly invalid) bytes must repair, not crash.
  parallax::Normalized raw = parallax::Normalize(bytes, norm);
  CheckUtf8(raw.text, /*allow_nul=*/true);
  return 0;
}
