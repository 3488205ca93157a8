// Quotation marks (quotes.h, ScanQuoteMarks): which mark opens, which
// closes, nesting and the mismatches scraped pages have. Format rules of
// typography, not language knowledge: every language's marks are read in
// every text.
#include <string_view>
#include <vector>

#include "annotate/number_chars.h"
#include "annotate/quotes.h"

namespace parallax::annotate {
namespace {

enum class Family : uint8_t { kNone, kDouble, kSingle };

Family FamilyOf(char32_t c) {
  switch (c) {
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0xAB:
    case 0xBB:
    case '"':
    case 0x201F:
      return Family::kDouble;
    case 0x201A:
    case 0x2018:
    case 0x2019:
    case '\'':
    case 0x2039:
    case 0x203A:
      return Family::kSingle;
    default:
      return Family::kNone;
  }
}

// Whether `close` may close a quote opened by `open`, as typesetters pair
// them: “ ” (English), „ “ (German, Polish), „ ” (Polish, Ukrainian),
// « » (French, Russian), » « (German), ‚ ‘, ‘ ’, ‹ ›, " ", ' '.
bool Pairs(char32_t open, char32_t close) {
  switch (open) {
    case 0x201C:
      return close == 0x201D || close == 0x201C;
    case 0x201E:
      return close == 0x201C || close == 0x201D;
    case 0xAB:
      return close == 0xBB;
    case 0xBB:
      return close == 0xAB;
    case '"':
      return close == '"';
    case 0x201A:
      return close == 0x2018 || close == 0x2019;
    case 0x2018:
      return close == 0x2019;
    case '\'':
      return close == '\'';
    case 0x2039:
      return close == 0x203A;
    case 0x203A:
      return close == 0x2039;
    default:
      return false;
  }
}

bool IsSpaceCp(char32_t c) {
  return c == 0 || c == ' ' || c == '\n' || c == '\t' || c == 0xA0 || c == 0x202F || c == 0x2009;
}
bool IsWordCp(char32_t c) { return IsLetter(c) || (c >= '0' && c <= '9'); }
// Characters a quote may open after: "(„", "—«", ":"".
bool OpensAfter(char32_t c) {
  return IsSpaceCp(c) || c == '(' || c == '[' || c == 0x2014 || c == 0x2013 || c == '-' ||
         c == ':' || c == '/' || FamilyOf(c) != Family::kNone;
}

struct Open {
  char32_t mark;
  uint32_t at;
  uint32_t after;
};

}  // namespace

std::vector<QuoteMarks> ScanQuoteMarks(std::string_view text, uint32_t start, uint32_t end) {
  std::vector<QuoteMarks> out;
  std::vector<Open> stack;
  char32_t prev = 0;
  for (uint32_t i = start; i < end;) {
    const Decoded d = DecodeAt(text, i);
    const uint32_t next_at = i + static_cast<uint32_t>(d.len);
    const Family family = FamilyOf(d.cp);
    if (family == Family::kNone) {
      prev = d.cp;
      i = next_at;
      continue;
    }
    const char32_t next = next_at < end ? DecodeAt(text, next_at).cp : 0;
    // An apostrophe inside a word ("don't", "l'ONU", "Mc'Neil") is no mark.
    if (family == Family::kSingle && IsWordCp(prev) && IsWordCp(next)) {
      prev = d.cp;
      i = next_at;
      continue;
    }
    const bool guillemet = d.cp == 0xAB || d.cp == 0xBB;
    // French spaces inside guillemets: « Nous » opens and closes with a space.
    const bool can_open = d.cp != 0x201D && OpensAfter(prev) && (guillemet || !IsSpaceCp(next));
    // A straight mark spaced as a French closing one ends an open guillemet
    // quote, as scraped pages mix them: « ... " raconte X.
    const bool spaced_close = d.cp == '"' && IsSpaceCp(prev) && IsSpaceCp(next) && !stack.empty() &&
                              stack.back().mark == 0xAB;
    const bool can_close = d.cp != 0x201E && d.cp != 0x201A &&
                           (guillemet || spaced_close || !IsSpaceCp(prev)) && !IsWordCp(next);
    bool done = false;
    if (!stack.empty() && can_close) {
      if (Pairs(stack.back().mark, d.cp)) {
        done = true;
      } else if (family == Family::kDouble) {
        // A mismatched pair („...”, "...“, «...") or a nested single quote
        // left open: a closing double mark ends the outermost double quote.
        size_t k = 0;
        while (k < stack.size() && FamilyOf(stack[k].mark) != Family::kDouble) ++k;
        if (k < stack.size() && (stack.size() == 1 || !can_open)) {
          stack.resize(k + 1);
          done = true;
        }
      }
      if (done) {
        if (stack.size() == 1) out.push_back({stack[0].at, stack[0].after, i, next_at});
        stack.pop_back();
      }
    }
    if (!done && can_open && stack.size() < 4 &&
        (family == Family::kDouble || stack.empty() ||
         FamilyOf(stack.back().mark) == Family::kDouble)) {
      stack.push_back({d.cp, i, next_at});
    }
    prev = d.cp;
    i = next_at;
  }
  // A double quote left open runs to the paragraph's end; a single mark left
  // open is more likely an elision ('90s) than a quote.
  if (!stack.empty() && FamilyOf(stack[0].mark) == Family::kDouble) {
    uint32_t e = end;
    while (e > stack[0].after && IsSpaceCp(static_cast<unsigned char>(text[e - 1]))) --e;
    out.push_back({stack[0].at, stack[0].after, e, e});
  }
  return out;
}

}  // namespace parallax::annotate
