// AssembleQuantities (quantities.h): number tokens become quantities with
// their qualifiers, ranges, percentages, currencies, units and durations.
// The wording is data (quantity_lexicon.h); this file holds the order in
// which it is tried and the shape rules (a range's ends ascend, a money
// scale word needs a currency next to it).
#include "annotate/quantities.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "annotate/number_chars.h"
#include "annotate/quantity_lexicon.h"

namespace parallax::annotate {
namespace {

// Bytes of context read on either side of a number: the longest phrase in
// the lexicons ("no menos de", "по меньшей мере", "Vereinigte-Arabische-
// Emirate-Dirham") is well below it.
constexpr size_t kWindow = 96;

// Folded text next to a number with, for every folded byte, the offset of
// the text byte it came from (folding keeps UTF-8 lengths; spaces of any
// kind become one ' ').
struct Window {
  std::string folded;
  std::vector<uint32_t> offset;  // offset[i]: text offset of folded[i]; one past at the end
};

Window FoldAfter(std::string_view text, size_t pos) {
  Window w;
  size_t i = pos;
  while (i < text.size() && i - pos < kWindow) {
    Decoded d = DecodeAt(text, i);
    if (d.cp == '\n') break;
    std::string piece;
    if (IsNumberSpace(d.cp)) {
      piece = " ";
    } else {
      AppendUtf8(piece, FoldCase(d.cp));
    }
    for (size_t k = 0; k < piece.size(); ++k) {
      w.folded += piece[k];
      w.offset.push_back(static_cast<uint32_t>(i + (piece.size() == d.len ? k : 0)));
    }
    i += d.len;
  }
  w.offset.push_back(static_cast<uint32_t>(i));
  return w;
}

Window FoldBefore(std::string_view text, size_t pos) {
  size_t start = pos > kWindow ? pos - kWindow : 0;
  while (start < pos && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
  // Only within the window: a search back to the text's start would make
  // a long line quadratic.
  const size_t newline = text.substr(start, pos - start).rfind('\n');
  if (newline != std::string_view::npos) start += newline + 1;
  return FoldAfter(text.substr(0, pos), start);
}

bool LetterAt(const std::string& s, size_t i) {
  return i < s.size() && IsLetter(DecodeAt(s, i).cp);
}
bool LetterBefore(const std::string& s, size_t i) { return IsLetter(DecodeBefore(s, i)); }

// Matches `phrase` at the start of the window, after at most one space;
// returns the text offset where the match ends, or 0. A phrase ending in a
// letter must end at a word boundary; `glued` allows no space before.
size_t MatchAfter(const Window& w, const std::string& phrase, bool space_allowed = true) {
  size_t k = 0;
  if (space_allowed && !w.folded.empty() && w.folded[0] == ' ') k = 1;
  if (w.folded.compare(k, phrase.size(), phrase) != 0) return 0;
  const size_t end = k + phrase.size();
  if (LetterBefore(phrase, phrase.size()) && LetterAt(w.folded, end)) return 0;
  // A phrase starting with a letter glued to the number ("5km") is fine;
  // glued to a letter before it is not our business (the number ended).
  return w.offset[end];
}

// Matches `phrase` at the end of the window, before at most one space;
// returns the text offset where the match starts, or npos.
size_t MatchBefore(const Window& w, const std::string& phrase, bool space_required) {
  size_t end = w.folded.size();
  if (end > 0 && w.folded[end - 1] == ' ') {
    --end;
  } else if (space_required && LetterBefore(phrase, phrase.size())) {
    return std::string::npos;
  }
  if (end < phrase.size()) return std::string::npos;
  const size_t start = end - phrase.size();
  if (w.folded.compare(start, phrase.size(), phrase) != 0) return std::string::npos;
  if (LetterAt(phrase, 0) && LetterBefore(w.folded, start)) return std::string::npos;
  return w.offset[start];
}

// The text between two numbers, trimmed and folded ("-", "to", "bis", "до").
std::string Between(std::string_view text, size_t a, size_t b) {
  if (b < a || b - a > 24) return "\x01";  // too far apart to be a range
  std::string s = FoldString(text.substr(a, b - a));
  std::string out;
  for (size_t i = 0; i < s.size();) {
    Decoded d = DecodeAt(s, i);
    if (IsNumberSpace(d.cp)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out.append(s, i, d.len);
    }
    i += d.len;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// An ISO 4217 code of the lexicon right after `pos` (one space allowed),
// exact case; sets `code` and returns its end, or 0.
size_t CodeAfter(std::string_view text, size_t pos, const QuantityLexicon::Impl& lex,
                 std::string* code) {
  size_t i = pos;
  if (i < text.size() && text[i] == ' ') ++i;
  if (i + 3 > text.size() || !IsUpper(text[i]) || !IsUpper(text[i + 1]) || !IsUpper(text[i + 2])) {
    return 0;
  }
  if (i + 3 < text.size() && IsLetter(DecodeAt(text, i + 3).cp)) return 0;
  const std::string_view c = text.substr(i, 3);
  if (std::find(lex.codes.begin(), lex.codes.end(), c) == lex.codes.end()) return 0;
  *code = std::string(c);
  return i + 3;
}

// The same right before `pos`; returns the code's start, or npos.
size_t CodeBefore(std::string_view text, size_t pos, const QuantityLexicon::Impl& lex,
                  std::string* code) {
  size_t i = pos;
  if (i > 0 && text[i - 1] == ' ') --i;
  if (i < 3 || !IsUpper(text[i - 1]) || !IsUpper(text[i - 2]) || !IsUpper(text[i - 3])) {
    return std::string::npos;
  }
  if (i > 3 && IsLetter(DecodeBefore(text, i - 3))) return std::string::npos;
  const std::string_view c = text.substr(i - 3, 3);
  if (std::find(lex.codes.begin(), lex.codes.end(), c) == lex.codes.end()) {
    return std::string::npos;
  }
  *code = std::string(c);
  return i - 3;
}

bool IsDash(const std::string& s) {
  return s == "-" || s == "\u2013" || s == "\u2014" || s == "\u2012";
}

// Extends `q` with the units after `end`: a money scale word then a
// currency ("bn dollars", "Mio. Euro"), a percentage, a currency, a unit.
// Returns the new end.
size_t UnitAfter(std::string_view text, size_t end, const QuantityLexicon::Impl& lex,
                 bool money_prefix, Quantity& q) {
  Window w = FoldAfter(text, end);
  if (w.folded.empty()) return end;
  for (const QuantityPhrase& s : lex.money_scales) {
    const size_t after_scale = MatchAfter(w, s.folded);
    if (after_scale == 0) continue;
    if (money_prefix) {
      q.value *= s.scale;
      q.value_max = q.value_max ? std::optional<double>(*q.value_max * s.scale) : std::nullopt;
      return after_scale;
    }
    std::string code;
    if (const size_t after_code = CodeAfter(text, after_scale, lex, &code); after_code > 0) {
      q.value *= s.scale;
      if (q.value_max) *q.value_max *= s.scale;
      q.kind = QuantityKind::kMoney;
      q.unit = code;
      return after_code;
    }
    Window w2 = FoldAfter(text, after_scale);
    for (const QuantityPhrase& c : lex.units_after) {
      if (c.kind != QuantityKind::kMoney) continue;
      const size_t after_currency = MatchAfter(w2, c.folded);
      if (after_currency == 0) continue;
      q.value *= s.scale;
      if (q.value_max) *q.value_max *= s.scale;
      q.kind = QuantityKind::kMoney;
      q.unit = c.unit;
      return after_currency;
    }
  }
  if (money_prefix) return end;
  std::string code;
  if (const size_t after_code = CodeAfter(text, end, lex, &code); after_code > 0) {
    q.kind = QuantityKind::kMoney;
    q.unit = code;
    return after_code;
  }
  for (const QuantityPhrase& u : lex.units_after) {
    const size_t after = MatchAfter(w, u.folded);
    if (after == 0) continue;
    q.kind = u.kind;
    q.unit = u.unit;
    return after;
  }
  return end;
}

}  // namespace

std::vector<Quantity> AssembleQuantities(std::string_view text,
                                         const std::vector<NumberToken>& numbers,
                                         const QuantityLexicon& lexicon) {
  const QuantityLexicon::Impl& lex = lexicon.impl();
  std::vector<Quantity> out;
  size_t last_end = 0;  // quantities never overlap
  for (size_t i = 0; i < numbers.size(); ++i) {
    const NumberToken& tok = numbers[i];
    if (tok.start < last_end) continue;
    Quantity q;
    q.span = {tok.start, tok.end};
    q.value = tok.value;
    q.kind = tok.ordinal ? QuantityKind::kOrdinal : QuantityKind::kNumber;
    q.approx = tok.vague ? Approx::kVague : Approx::kExact;
    if (tok.ordinal) {
      out.push_back(q);
      last_end = q.span.end;
      continue;
    }
    size_t start = tok.start;
    size_t end = tok.end;
    Window before = FoldBefore(text, start);
    // A range: "10-15", "10 to 15", "zwischen 10 und 15", "от 10 до 15".
    if (!tok.vague && i + 1 < numbers.size()) {
      const NumberToken& next = numbers[i + 1];
      const std::string gap = Between(text, tok.end, next.start);
      bool range = false;
      size_t range_start = start;
      if (!next.ordinal && !next.vague && tok.value < next.value) {
        for (const QuantityPhrase& p : lex.range_start) {
          if (gap != p.mid) continue;
          const size_t at = MatchBefore(before, p.folded, true);
          if (at == std::string::npos || at < last_end) continue;
          range = true;
          range_start = at;
          break;
        }
        if (!range &&
            (IsDash(gap) || (!gap.empty() && std::find(lex.range_mid.begin(), lex.range_mid.end(),
                                                       gap) != lex.range_mid.end()))) {
          range = true;
        }
      }
      if (range) {
        double low = tok.value;
        // "10 to 15 million": the scale of the upper end applies to both.
        if (next.spelled && !tok.spelled && low > 0 && next.value / low >= 1000) {
          const double scale =
              std::pow(1000.0, std::floor(std::log(next.value / low) / std::log(1000.0)));
          if (low * scale < next.value) low *= scale;
        }
        q.value = low;
        q.value_max = next.value;
        q.approx = Approx::kRange;
        start = range_start;
        end = next.end;
        ++i;
      }
    }
    // Money sign or code before: "$5", "€ 91", "USD 3", "US$".
    bool money_prefix = false;
    std::string code;
    if (const size_t at = CodeBefore(text, start, lex, &code);
        at != std::string::npos && at >= last_end) {
      q.kind = QuantityKind::kMoney;
      q.unit = code;
      start = at;
      money_prefix = true;
    }
    for (const QuantityPhrase& c : lex.units_before) {
      if (money_prefix) break;
      const size_t at = MatchBefore(before, c.folded, true);
      if (at == std::string::npos || at < last_end) continue;
      q.kind = QuantityKind::kMoney;
      q.unit = c.unit;
      start = std::min(start, at);
      money_prefix = true;
      break;
    }
    end = UnitAfter(text, end, lex, money_prefix, q);
    // Qualifiers: before ("mehr als", "около") unless a range started the
    // mention; after ("or more", "и более").
    if (q.approx != Approx::kRange && q.approx != Approx::kVague) {
      Window head = FoldBefore(text, start);
      for (const QuantityPhrase& p : lex.before) {
        const size_t at = MatchBefore(head, p.folded, true);
        if (at == std::string::npos || at < last_end) continue;
        q.approx = p.approx;
        start = at;
        break;
      }
      if (q.approx == Approx::kExact) {
        Window tail = FoldAfter(text, end);
        for (const QuantityPhrase& p : lex.after) {
          const size_t after = MatchAfter(tail, p.folded);
          if (after == 0) continue;
          q.approx = p.approx;
          end = after;
          break;
        }
      }
    }
    q.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    last_end = end;
    out.push_back(q);
  }
  return out;
}

}  // namespace parallax::annotate
