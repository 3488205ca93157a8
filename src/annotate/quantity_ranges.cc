// Ranges and joined bounds (quantity_ranges.h).
#include "annotate/quantity_ranges.h"

#include <algorithm>

#include "annotate/number_chars.h"

namespace parallax::annotate::qty {
namespace {

// `s` without the spaces at its ends.
std::string Trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

// The gap between a range's two ends without the unit its ends repeat:
// "% to" in "5% to 7%" (the same unit follows the second end), "- $" in
// "$10-$15" (the first end has the same sign before it).
std::string RangeCore(std::string_view text, const std::string& gap, const NumberToken& next,
                      const Prefix& prefix, const QuantityLexicon::Impl& lex) {
  if (prefix.start != std::string::npos) {
    if (gap.size() > prefix.folded.size() &&
        gap.compare(gap.size() - prefix.folded.size(), std::string::npos, prefix.folded) == 0) {
      return Trimmed(std::string_view(gap).substr(0, gap.size() - prefix.folded.size()));
    }
    return gap;
  }
  if (gap.empty()) return gap;
  for (const uint32_t k : lex.units_after.StartingAt(gap)) {
    const QuantityPhrase& u = lex.units_after[k];
    if (u.kind == QuantityKind::kMoney || gap.size() <= u.folded.size() ||
        gap.compare(0, u.folded.size(), u.folded) != 0) {
      continue;
    }
    if (LetterBefore(u.folded, u.folded.size()) && LetterAt(gap, u.folded.size())) continue;
    const Window after_next = FoldAfter(text, next.end, lex.window);
    for (const uint32_t j : lex.units_after.StartingAt(Head(after_next))) {
      const QuantityPhrase& v = lex.units_after[j];
      if (v.unit == u.unit && v.kind == u.kind && MatchAfter(after_next, v.folded) != 0) {
        return Trimmed(std::string_view(gap).substr(u.folded.size()));
      }
    }
    return gap;
  }
  return gap;
}

bool IsChainMark(char c) { return c == '-' || c == '/' || c == '.'; }

// Whether two numbers joined by a dash are links of a longer chain: a phone
// number ("+1-222-2222"), a code or a date ("12-05-2021") rather than a
// range: a third number hangs on by a dash, slash or dot, or the first one
// carries a plus sign.
bool InChain(std::string_view text, const NumberToken& tok, const NumberToken& next) {
  const size_t after = next.end;
  if (after + 1 < text.size() && IsChainMark(text[after]) && IsAsciiDigit(text[after + 1])) {
    return true;
  }
  if (tok.start >= 2 && IsChainMark(text[tok.start - 1]) && IsAsciiDigit(text[tok.start - 2])) {
    return true;
  }
  return text[tok.start] == '+' || (tok.start > 0 && text[tok.start - 1] == '+');
}

// A bare run of one to three ASCII digits (no sign, separator or word).
bool ShortPlain(const NumberToken& t) { return t.plain_digits && t.digits <= 3; }

bool IsLowerBound(Approx a) { return a == Approx::kMoreThan || a == Approx::kAtLeast; }
bool IsUpperBound(Approx a) { return a == Approx::kLessThan || a == Approx::kUpTo; }

}  // namespace

bool IsScore(std::string_view text, const NumberToken& tok, const NumberToken& next) {
  if (!ShortPlain(tok) || !ShortPlain(next) || next.start != tok.end + 1 ||
      InChain(text, tok, next)) {
    return false;
  }
  const char mark = text[tok.end];
  return mark == ':' || (mark == '-' && tok.value >= next.value);
}

bool IsRangeMid(const std::string& gap, const QuantityLexicon::Impl& lex) {
  return IsDash(gap) || (!gap.empty() && std::find(lex.range_mid.begin(), lex.range_mid.end(),
                                                   gap) != lex.range_mid.end());
}

size_t RangeWordBefore(std::string_view text, size_t pos, const std::string& gap, size_t floor,
                       const QuantityLexicon::Impl& lex) {
  Window before;  // folded only when a range word's word between is `gap`
  for (const QuantityPhrase& p : lex.range_start) {
    if (gap != p.mid) continue;
    if (before.offset.empty()) before = FoldBefore(text, pos, lex.window);
    const size_t at = MatchBefore(before, p.folded, true);
    if (at != std::string::npos && at >= floor) return at;
  }
  return std::string::npos;
}

size_t RangeStart(std::string_view text, const NumberToken& tok, const NumberToken& next,
                  const Prefix& prefix, size_t floor, const Window& before,
                  const QuantityLexicon::Impl& lex) {
  if (next.ordinal || next.vague || !(tok.value < next.value) ||
      !GapMayJoin(text, tok.end, next.start)) {
    return std::string::npos;
  }
  const std::string gap = RangeCore(text, Between(text, tok.end, next.start), next, prefix, lex);
  const bool signed_ = prefix.start != std::string::npos;
  for (const QuantityPhrase& p : lex.range_start) {
    if (gap != p.mid) continue;
    const size_t at = signed_
                          ? MatchBefore(FoldBefore(text, prefix.start, lex.window), p.folded, true)
                          : MatchBefore(before, p.folded, true);
    if (at == std::string::npos || at < floor) continue;
    return at;
  }
  if (IsDash(gap) && InChain(text, tok, next)) return std::string::npos;
  if (IsRangeMid(gap, lex)) return signed_ ? prefix.start : tok.start;
  return std::string::npos;
}

size_t OrdinalRangeStart(std::string_view text, const NumberToken& tok, const NumberToken& next,
                         size_t floor, const QuantityLexicon::Impl& lex) {
  if (!tok.ordinal || !next.ordinal || !(tok.value < next.value) ||
      !GapMayJoin(text, tok.end, next.start)) {
    return std::string::npos;
  }
  const std::string gap = Between(text, tok.end, next.start);
  if (const size_t at = RangeWordBefore(text, tok.start, gap, floor, lex);
      at != std::string::npos) {
    return at;
  }
  return IsDash(gap) && !InChain(text, tok, next) ? tok.start : std::string::npos;
}

void JoinBounds(std::string_view text, const QuantityLexicon::Impl& lex,
                std::vector<Quantity>& qs) {
  if (lex.bound_joins.empty()) return;
  size_t kept = 0;
  for (size_t i = 0; i < qs.size(); ++i) {
    const size_t at = i;
    Quantity& q = qs[i];
    if (i + 1 < qs.size()) {
      const Quantity& r = qs[i + 1];
      const bool lower_first = IsLowerBound(q.approx) && IsUpperBound(r.approx);
      const bool upper_first = IsUpperBound(q.approx) && IsLowerBound(r.approx);
      const bool units_agree = q.unit.empty() || r.unit.empty() || q.unit == r.unit;
      const double low = lower_first ? q.value : r.value;
      const double high = lower_first ? r.value : q.value;
      if ((lower_first || upper_first) && units_agree && low < high &&
          std::find(lex.bound_joins.begin(), lex.bound_joins.end(),
                    Between(text, q.span.end, r.span.start)) != lex.bound_joins.end()) {
        if (q.unit.empty()) {
          q.unit = r.unit;
          q.kind = r.kind;
        }
        q.value = low;
        q.value_max = high;
        q.approx = Approx::kRange;
        q.span.end = r.span.end;
        q.figure = q.span;  // the bounds' words make the range
        ++i;
      }
    }
    if (kept != at) qs[kept] = std::move(q);
    ++kept;
  }
  qs.resize(kept);
}

}  // namespace parallax::annotate::qty
