// The words of a sentence as the name finder sees them (SplitNameWords,
// entity_mentions.h): letters and digits with inner hyphens and
// apostrophes, their capitalisation, and what stands between them.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

#include "annotate/entity_mentions.h"

namespace parallax::annotate {
namespace {

bool IsWordChar(UChar32 c) {
  return u_isalnum(c) || (U_GET_GC_MASK(c) & (U_GC_MN_MASK | U_GC_MC_MASK)) != 0;
}
bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsOpeningQuote(UChar32 c) {
  return c == '"' || c == 0x201C || c == 0x201E || c == 0x00AB || c == 0x00BB || c == 0x2039 ||
         c == 0x201A || c == 0x2018 || c == ':' || c == 0x2014 || c == 0x2013;
}

// What SplitNameWords asks of a code point.
enum CharFlag : uint8_t {
  kWordChar = 1,
  kAlpha = 2,
  kUpper = 4,  // upper or title case
  kLower = 8,
  kSpace = 16,
  kOpening = 32,  // IsOpeningQuote
};

uint8_t ComputeFlags(UChar32 c) {
  uint8_t f = 0;
  if (IsWordChar(c)) f |= kWordChar;
  if (u_isalpha(c)) f |= kAlpha;
  if (u_isupper(c) || u_istitle(c)) f |= kUpper;
  if (u_islower(c)) f |= kLower;
  if (u_isWhitespace(c)) f |= kSpace;
  if (IsOpeningQuote(c)) f |= kOpening;
  return f;
}

// The flags of a code point (0 for an invalid one): those below U+0530
// (Latin, Greek, Cyrillic) worked out once with ICU, others asked each time.
uint8_t Flags(UChar32 c) {
  constexpr UChar32 kTableEnd = 0x530;
  static const std::array<uint8_t, kTableEnd> table = [] {
    std::array<uint8_t, kTableEnd> t{};
    for (UChar32 code = 0; code < kTableEnd; ++code) t[code] = ComputeFlags(code);
    return t;
  }();
  if (c < 0) return 0;
  return c < kTableEnd ? table[c] : ComputeFlags(c);
}
}  // namespace

std::vector<NameWord> SplitNameWords(std::string_view text) {
  std::vector<NameWord> out;
  out.reserve(text.size() / 6 + 1);
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool gap_spaces_only = true, gap_opening = true, gap_paren = false;
  while (i < n) {
    UChar32 c = 0;
    const int32_t at = i;
    U8_NEXT(text.data(), i, n, c);
    const uint8_t f = Flags(c);
    if ((f & kWordChar) == 0) {
      if (c == '(' || c == '[') gap_paren = true;
      if (c == ')' || c == ']') {
        if (!out.empty() && out.back().end == static_cast<uint32_t>(at))
          out.back().before_close_paren = true;
      }
      if ((f & kOpening) != 0) gap_opening = true;
      if ((f & kSpace) == 0) gap_spaces_only = false;
      continue;
    }
    NameWord w;
    w.start = static_cast<uint32_t>(at);
    w.joined = !out.empty() && gap_spaces_only;
    w.initial = out.empty() || gap_opening;
    w.after_open_paren = gap_paren;
    bool any_upper = false, any_lower = false, first = true;
    int32_t j = at;
    while (j < n) {
      UChar32 d = 0;
      const int32_t before = j;
      U8_NEXT(text.data(), j, n, d);
      const uint8_t g = Flags(d);
      if ((g & kWordChar) != 0) {
        if ((g & kAlpha) != 0) {
          ++w.letters;
          const bool up = (g & kUpper) != 0;
          const bool low = (g & kLower) != 0;
          if (first) {
            w.upper_initial = up;
            w.caseless = !up && !low;
          }
          first = false;
          any_upper = any_upper || up;
          any_lower = any_lower || low;
        }
        w.end = static_cast<uint32_t>(j);
        continue;
      }
      // An inner hyphen or apostrophe followed by a letter keeps the word.
      if (d >= 0 && (IsHyphen(d) || IsApostrophe(d)) && j < n) {
        int32_t k = j;
        UChar32 e = 0;
        U8_NEXT(text.data(), k, n, e);
        if ((Flags(e) & kAlpha) != 0) continue;
      }
      j = before;
      break;
    }
    if (w.end == 0) w.end = static_cast<uint32_t>(i);
    // Capitals each with a dot are one word: "U.S.", "U.N.", "E.U.".
    if (w.letters == 1 && any_upper) {
      size_t e = w.end;
      auto capital_dot = [&](size_t p) {
        return p + 1 < text.size() && text[p] == '.' && p + 2 <= text.size() &&
               (p + 2 == text.size() || text[p + 2] == '.') && text[p + 1] >= 'A' &&
               text[p + 1] <= 'Z';
      };
      uint32_t more = 0;
      while (capital_dot(e) && e + 2 < text.size() && text[e + 2] == '.') {
        e += 2;
        ++more;
      }
      if (more > 0) {
        w.end = static_cast<uint32_t>(e + 1);  // the last dot
        w.letters += more;
        any_upper = true;
      }
    }
    w.all_caps = w.letters >= 2 && any_upper && !any_lower;
    i = static_cast<int32_t>(w.end);
    out.push_back(w);
    gap_spaces_only = true;
    gap_opening = false;
    gap_paren = false;
  }
  return out;
}

}  // namespace parallax::annotate
