// parallax annotate stage (private): the character classes and the packed
// short-word key shared by the date lexicon's loader (date_lexicon.cc) and
// the date tokenizer (date_tokenizer.cc).
#ifndef PARALLAX_ANNOTATE_DATE_CHARS_H_
#define PARALLAX_ANNOTATE_DATE_CHARS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "annotate/number_chars.h"

namespace parallax::annotate::date_chars {

// The shared decoder (number_chars.h) in the date layer's shape: the
// code point at byte `i`, or -1 (length 1) when malformed; `len` gets its
// length in bytes.
inline int DecodeAt(std::string_view s, size_t i, size_t* len) {
  const Decoded d = parallax::annotate::DecodeAt(s, i);
  *len = d.len;
  return d.cp == 0xFFFD && d.len == 1 ? -1 : static_cast<int>(d.cp);
}

// Appends code point `cp` to `out` as UTF-8.
inline void AppendUtf8(std::string* out, int cp) {
  parallax::annotate::AppendUtf8(*out, static_cast<char32_t>(cp));
}

// Lower case (the shared simple fold), with the typographic apostrophe
// read as the plain one.
inline int LowerCp(int cp) {
  if (cp == 0x2019) return '\'';
  return cp < 0 ? cp : static_cast<int>(FoldCase(static_cast<char32_t>(cp)));
}

// Letters: ASCII letters, º and ª, and every code point from U+00C0 on
// except ×, ÷, the general punctuation and symbol blocks and CJK punctuation.
inline bool IsLetterCp(int cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return true;
  if (cp == 0xAA || cp == 0xBA) return true;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  return !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
         !(cp >= 0xFE00 && cp <= 0xFE0F) && cp != 0xFEFF;
}

// White space, the no-break and narrow spaces included.
inline bool IsSpaceCp(int cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x2007 || cp == 0x200B ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x3000;
}

// A hyphen, dash or minus sign.
inline bool IsDashCp(int cp) { return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212; }

// The plain or the typographic apostrophe.
inline bool IsApostropheCp(int cp) { return cp == '\'' || cp == 0x2019; }

// Up to 16 bytes packed into two words, byte k at bits 8k (of a, then b),
// the rest zero: the key of DateLexicon::Impl::short_words.
struct ShortKey {
  uint64_t a = 0, b = 0;
  size_t n = 0;
  bool Put(unsigned char byte) {
    if (n == 16 || byte == 0) return false;
    (n < 8 ? a : b) |= uint64_t{byte} << (8 * (n & 7));
    ++n;
    return true;
  }
};

// `folded` as a ShortKey; false when longer than 16 bytes.
inline bool PackShort(std::string_view folded, uint64_t* a, uint64_t* b) {
  ShortKey key;
  for (const char ch : folded) {
    if (!key.Put(static_cast<unsigned char>(ch))) return false;
  }
  *a = key.a;
  *b = key.b;
  return true;
}

}  // namespace parallax::annotate::date_chars

#endif  // PARALLAX_ANNOTATE_DATE_CHARS_H_
