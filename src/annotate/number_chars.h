// parallax annotate stage: the character rules numbers are read by:
// letters, spaces, accents (the UTF-8 decoder and the simple case fold are
// core/utf8.h's). Format rules, not language
// knowledge: the words themselves are in data/<lang>/numbers.tsv.
#ifndef PARALLAX_ANNOTATE_NUMBER_CHARS_H_
#define PARALLAX_ANNOTATE_NUMBER_CHARS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "core/utf8.h"

namespace parallax::annotate {

// The UTF-8 and case-fold helpers of core/utf8.h, under the names the
// annotate stage has always used.
using parallax::AppendUtf8;
using parallax::Decoded;
using parallax::DecodeAt;
using parallax::EncodeUtf8;
using parallax::FoldCase;
using parallax::FoldString;

// The code point before `pos` (the start of a character), or 0 at the start.
inline char32_t DecodeBefore(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  Decoded d = DecodeAt(text, start);
  return start + d.len == pos ? d.cp : 0xFFFD;
}

// Letters of the alphabets news is written in: Latin (with Latin-1,
// Extended-A/B and the combining-free extended additions), Greek, Cyrillic
// (with its supplement), Armenian, Georgian, and everything from Hebrew
// through the CJK blocks counted as letters too (a conservative choice:
// a number glued to any letter is not read as a standalone figure).
inline bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c <= 0x24F) return true;
  if (c >= 0x2B0 && c <= 0x2C1) return true;  // modifier letters: Ukrainian ʼ (U+02BC)
  if (c >= 0x370 && c <= 0x3FF) return c != 0x37E && c != 0x387;
  if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489);
  if (c >= 0x531 && c <= 0x587) return true;
  if (c >= 0x5D0 && c <= 0x5EA) return true;
  if (c >= 0x620 && c <= 0x64A) return true;
  if (c >= 0x10A0 && c <= 0x10FF) return true;
  if (c >= 0x1E00 && c <= 0x1FFF) return true;
  if (c >= 0x3040 && c <= 0x9FFF) return true;
  if (c >= 0xAC00 && c <= 0xD7A3) return true;
  return false;
}

inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Spaces a figure's parts may be separated by: space, tab, no-break space,
// narrow no-break space, thin space, figure space.
inline bool IsNumberSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007;
}

// The base letter of a lower-case Latin letter with a diacritic ("é" ->
// "e", "ñ" -> "n", "ł" stays): Latin-1 and the Extended-A letters whose
// base is an ASCII letter. For lexicons that match with or without accents
// (@fold_accents of data/numbers-README.md); other characters unchanged.
inline char32_t StripAccent(char32_t c) {
  if (c < 0xE0 || c > 0x17F) return c;
  if (c <= 0xFF) {
    static constexpr char kLatin1[] =
        "aaaaaaaceeeeiiii"
        "dnooooo/ouuuuyty";
    const char base = kLatin1[c - 0xE0];
    return base == '/' || c == 0xE6 || c == 0xF0 || c == 0xF8 || c == 0xFE
               ? c
               : static_cast<char32_t>(base);
  }
  // Extended-A, by ranges of one base letter (upper/lower pairs).
  struct Range {
    char32_t first, last;
    char base;
  };
  static constexpr Range kRanges[] = {
      {0x100, 0x105, 'a'}, {0x106, 0x10D, 'c'}, {0x10E, 0x111, 'd'}, {0x112, 0x11B, 'e'},
      {0x11C, 0x123, 'g'}, {0x124, 0x127, 'h'}, {0x128, 0x131, 'i'}, {0x134, 0x135, 'j'},
      {0x136, 0x137, 'k'}, {0x139, 0x13E, 'l'}, {0x143, 0x148, 'n'}, {0x14C, 0x151, 'o'},
      {0x154, 0x159, 'r'}, {0x15A, 0x161, 's'}, {0x162, 0x167, 't'}, {0x168, 0x173, 'u'},
      {0x174, 0x175, 'w'}, {0x176, 0x178, 'y'}, {0x179, 0x17E, 'z'}};
  for (const Range& r : kRanges) {
    if (c >= r.first && c <= r.last) return static_cast<char32_t>(r.base);
  }
  return c;
}

// A currency sign (Unicode category Sc: "$", "£", "€", "¥", "₽", "₴", ...).
// A format fact, not language: an amount next to one has at most two
// decimals (number_digits.cc).
inline bool IsCurrencySign(char32_t c) {
  return c == '$' || (c >= 0xA2 && c <= 0xA5) || c == 0x58F || c == 0x60B || c == 0x9F2 ||
         c == 0x9F3 || c == 0xE3F || c == 0x17DB || (c >= 0x20A0 && c <= 0x20C0) || c == 0xFDFC ||
         c == 0xFE69 || c == 0xFF04 || c == 0xFFE0 || c == 0xFFE1 || c == 0xFFE5 || c == 0xFFE6;
}

// The bytes of `c` in UTF-8.
inline size_t Utf8Length(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

// The word of letters that ends at `end` (or just before the spaces that
// end there, when `skip_spaces`), at most `max_bytes` long: [start, end) of
// it, start == end when there is none.
inline std::pair<size_t, size_t> WordBefore(std::string_view text, size_t end, bool skip_spaces,
                                            size_t max_bytes) {
  if (skip_spaces) {
    while (end > 0 && IsNumberSpace(DecodeBefore(text, end)))
      end -= Utf8Length(DecodeBefore(text, end));
  }
  size_t start = end;
  while (start > 0 && end - start <= max_bytes && IsLetter(DecodeBefore(text, start))) {
    start -= Utf8Length(DecodeBefore(text, start));
  }
  return {start, end};
}

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_NUMBER_CHARS_H_
