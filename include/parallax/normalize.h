// parallax: the normalised form used for matching (NFKC, case-folded,
// optionally without diacritics), with offsets back to the original.
#ifndef PARALLAX_NORMALIZE_H_
#define PARALLAX_NORMALIZE_H_

#include <string>
#include <string_view>

#include "parallax/offset_map.h"

namespace parallax {

struct NormalizeOptions {
  // NFKC_Casefold ("Straße" -> "strasse", "ﬁ" -> "fi", "５" -> "5"); with
  // the Turkish capital dotted İ folded to plain "i" (the default folding
  // leaves "i" + U+0307). Off: plain NFKC, case kept.
  bool case_fold = true;
  // Remove combining marks after canonical decomposition (é -> e, ł stays ł:
  // it has no decomposition; ё -> е, й -> и). Off by default: it merges
  // distinct words in some languages.
  bool strip_diacritics = false;
};

struct Normalized {
  std::string text;    // NFKC (+ case fold, + diacritics removed) UTF-8
  OffsetMap to_input;  // offsets in `text` -> offsets in the input
};

// Normalises valid UTF-8 `utf8`. Every output run maps to whole input
// characters, so spans of the normalised text map back to whole characters.
// Never throws on valid UTF-8; invalid UTF-8 is repaired (U+FFFD) first.
// Thread-safe.
Normalized Normalize(std::string_view utf8, const NormalizeOptions& options = {});

}  // namespace parallax

#endif  // PARALLAX_NORMALIZE_H_
