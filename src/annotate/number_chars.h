// parallax annotate stage: the character rules numbers are read by: a
// UTF-8 decoder that never fails, letters, spaces, and a simple case fold
// for the scripts the number lexicons use. Format rules, not language
// knowledge: the words themselves are in data/<lang>/numbers.tsv.
#ifndef PARALLAX_ANNOTATE_NUMBER_CHARS_H_
#define PARALLAX_ANNOTATE_NUMBER_CHARS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace parallax::annotate {

// The code point at text[pos] and its length in bytes; an invalid or
// truncated sequence decodes as U+FFFD of length 1, so every byte is
// visited once and any input is safe.
struct Decoded {
  char32_t cp = 0;
  size_t len = 1;
};

inline Decoded DecodeAt(std::string_view text, size_t pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) return {b0, 1};
  size_t len = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    return {0xFFFD, 1};
  }
  if (pos + len > text.size()) return {0xFFFD, 1};
  for (size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(text[pos + i]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms and surrogates are invalid, like any other bad sequence.
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
      (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
    return {0xFFFD, 1};
  }
  return {cp, len};
}

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

// Simple case folding for Latin, Greek and Cyrillic (what the lexicons
// hold), and apostrophes to '; other characters are returned unchanged.
inline char32_t FoldCase(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 0x20 : c;
  // Apostrophes inside words (Ukrainian "п'ять", Italian "dell'") are
  // written four ways: ' ’ ‘ ʼ. They fold to the ASCII one.
  if (c == 0x2019 || c == 0x2018 || c == 0x2BC) return '\'';
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if (c >= 0x100 && c <= 0x17F) {
    // Extended-A pairs: upper case even from U+0100 to U+0137 and from
    // U+014A to U+0177; odd from U+0139 to U+0148 and U+0179 to U+017E.
    if ((c <= 0x137 || (c >= 0x14A && c <= 0x177)) && c % 2 == 0 && c != 0x130) return c + 1;
    if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && c % 2 == 1) return c + 1;
    if (c == 0x178) return 0xFF;
    return c;
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F)) &&
      c % 2 == 0) {
    return c + 1;
  }
  if (c >= 0x4C1 && c <= 0x4CE && c % 2 == 1) return c + 1;
  return c;
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

// Appends the UTF-8 encoding of `c` to `out`.
// Writes `c` as UTF-8 into `out` (room for 4 bytes); returns the length.
inline size_t EncodeUtf8(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

inline void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// `text` case-folded, character by character (invalid bytes become U+FFFD).
inline std::string FoldString(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    Decoded d = DecodeAt(text, i);
    AppendUtf8(out, FoldCase(d.cp));
    i += d.len;
  }
  return out;
}

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_NUMBER_CHARS_H_
