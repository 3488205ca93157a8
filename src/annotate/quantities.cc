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

// Bytes of context read on either side of a number: the lexicon's longest
// phrase plus room for a space and the character next to it
// (QuantityLexicon::Impl::window).

// Folded text next to a number with, for every folded byte, the offset of
// the text byte it came from (folding keeps UTF-8 lengths; spaces of any
// kind become one ' ').
struct Window {
  std::string folded;
  std::vector<uint32_t> offset;  // offset[i]: text offset of folded[i]; one past at the end
};

Window FoldAfter(std::string_view text, size_t pos, size_t window) {
  Window w;
  w.folded.reserve(window + 8);
  w.offset.reserve(window + 9);
  size_t i = pos;
  while (i < text.size() && i - pos < window) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {  // ASCII, most of the text: no decoding
      if (byte == '\n') break;
      w.folded += byte == '\t' ? ' ' : static_cast<char>(FoldCase(byte));
      w.offset.push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    Decoded d = DecodeAt(text, i);
    if (d.cp == '\n') break;
    const size_t before = w.folded.size();
    if (IsNumberSpace(d.cp)) {
      w.folded += ' ';
    } else {
      AppendUtf8(w.folded, FoldCase(d.cp));
    }
    const size_t added = w.folded.size() - before;
    for (size_t k = 0; k < added; ++k) {
      w.offset.push_back(static_cast<uint32_t>(i + (added == d.len ? k : 0)));
    }
    i += d.len;
  }
  w.offset.push_back(static_cast<uint32_t>(i));
  return w;
}

Window FoldBefore(std::string_view text, size_t pos, size_t window) {
  size_t start = pos > window ? pos - window : 0;
  while (start < pos && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
  // Only within the window: a search back to the text's start would make
  // a long line quadratic.
  const size_t newline = text.substr(start, pos - start).rfind('\n');
  if (newline != std::string_view::npos) start += newline + 1;
  return FoldAfter(text.substr(0, pos), start, window);
}

// The text a phrase must start (end) at to match at the window's start
// (end), after (before) at most one space; the lexicon's phrase lists are
// indexed by its first (last) character.
std::string_view Head(const Window& w) {
  const size_t k = !w.folded.empty() && w.folded[0] == ' ' ? 1 : 0;
  return std::string_view(w.folded).substr(k);
}
std::string_view Tail(const Window& w) {
  size_t end = w.folded.size();
  if (end > 0 && w.folded[end - 1] == ' ') --end;
  return std::string_view(w.folded).substr(0, end);
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
  // 24 bytes hold the longest joining words with a repeated sign or unit
  // around them ("e il", "und", "% to", "и $"); a wider gap joins nothing.
  if (b < a || b - a > 24) return "\x01";
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

// After a number with a currency sign before it, the name of the same
// currency belongs to the mention ("$10 - 20 dólares"); returns its end, or
// `pos` when none follows.
size_t SameCurrencyAfter(std::string_view text, size_t pos, const QuantityLexicon::Impl& lex,
                         const std::string& unit) {
  const Window w = FoldAfter(text, pos, lex.window);
  for (const uint32_t k : lex.units_after.StartingAt(Head(w))) {
    const QuantityPhrase& c = lex.units_after[k];
    // Names only: a sign after it starts the next amount ("$5 $6").
    if (c.kind != QuantityKind::kMoney || c.scale != 1 || c.unit != unit ||
        !LetterAt(c.folded, 0)) {
      continue;
    }
    if (const size_t after = MatchAfter(w, c.folded); after != 0) return after;
  }
  return pos;
}

// Extends `q` with the units after `end`: a money scale word then a
// currency ("bn dollars", "Mio. Euro"), a percentage, a currency, a unit.
// Returns the new end.
size_t UnitAfter(std::string_view text, size_t end, const QuantityLexicon::Impl& lex,
                 bool money_prefix, Quantity& q) {
  Window w = FoldAfter(text, end, lex.window);
  if (w.folded.empty()) return end;
  for (const uint32_t k : lex.money_scales.StartingAt(Head(w))) {
    const QuantityPhrase& s = lex.money_scales[k];
    const size_t after_scale = MatchAfter(w, s.folded);
    if (after_scale == 0) continue;
    if (money_prefix) {
      q.value *= s.scale;
      if (q.value_max) *q.value_max *= s.scale;
      return SameCurrencyAfter(text, after_scale, lex, q.unit);
    }
    std::string code;
    if (const size_t after_code = CodeAfter(text, after_scale, lex, &code); after_code > 0) {
      q.value *= s.scale;
      if (q.value_max) *q.value_max *= s.scale;
      q.kind = QuantityKind::kMoney;
      q.unit = code;
      return after_code;
    }
    Window w2 = FoldAfter(text, after_scale, lex.window);
    for (const uint32_t j : lex.units_after.StartingAt(Head(w2))) {
      const QuantityPhrase& c = lex.units_after[j];
      // "5 million cents" is no way to write money: subunits stand alone.
      if (c.kind != QuantityKind::kMoney || c.scale != 1) continue;
      const size_t after_currency = MatchAfter(w2, c.folded);
      if (after_currency == 0) continue;
      q.value *= s.scale;
      if (q.value_max) *q.value_max *= s.scale;
      q.kind = QuantityKind::kMoney;
      q.unit = c.unit;
      return after_currency;
    }
  }
  if (money_prefix) return SameCurrencyAfter(text, end, lex, q.unit);
  std::string code;
  if (const size_t after_code = CodeAfter(text, end, lex, &code); after_code > 0) {
    q.kind = QuantityKind::kMoney;
    q.unit = code;
    return after_code;
  }
  // A name that is a unit when a given word follows: "5 pounds of flour".
  for (const uint32_t k : lex.units_if_next.StartingAt(Head(w))) {
    const QuantityPhrase& u = lex.units_if_next[k];
    const size_t after = MatchAfter(w, u.folded);
    if (after == 0 || MatchAfter(FoldAfter(text, after, lex.window), u.mid) == 0) continue;
    q.kind = u.kind;
    q.unit = u.unit;
    return after;
  }
  for (const uint32_t k : lex.units_after.StartingAt(Head(w))) {
    const QuantityPhrase& u = lex.units_after[k];
    const size_t after = MatchAfter(w, u.folded);
    if (after == 0) continue;
    q.kind = u.kind;
    q.unit = u.unit;
    if (u.scale != 1) {  // a subunit: "50 cents" is 0.5 USD
      q.value *= u.scale;
      if (q.value_max) *q.value_max *= u.scale;
    }
    return after;
  }
  return end;
}

// A money sign or code right before a number: where it starts (npos when
// there is none), the ISO code and the folded text of the sign.
struct Prefix {
  size_t start = std::string::npos;
  std::string unit;
  std::string folded;
};

Prefix MoneyPrefix(std::string_view text, const Window& before, size_t pos, size_t floor,
                   const QuantityLexicon::Impl& lex) {
  Prefix p;
  std::string code;
  if (const size_t at = CodeBefore(text, pos, lex, &code); at != std::string::npos && at >= floor) {
    p.start = at;
    p.folded = FoldString(code);
    p.unit = std::move(code);
    return p;
  }
  for (const uint32_t k : lex.units_before.EndingAt(Tail(before))) {
    const QuantityPhrase& c = lex.units_before[k];
    const size_t at = MatchBefore(before, c.folded, true);
    if (at == std::string::npos || at < floor) continue;
    p.start = at;
    p.unit = c.unit;
    p.folded = c.folded;
    return p;
  }
  return p;
}

bool IsRangeMid(const std::string& gap, const QuantityLexicon::Impl& lex) {
  return IsDash(gap) || (!gap.empty() && std::find(lex.range_mid.begin(), lex.range_mid.end(),
                                                   gap) != lex.range_mid.end());
}

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

// Whether `tok` and `next` make a range, and where it starts: before `tok`
// (or its sign), or at the range's first word ("zwischen", "от"); npos when
// they make none. A range's ends ascend ("3-1" is a score).
size_t RangeStart(std::string_view text, const NumberToken& tok, const NumberToken& next,
                  const Prefix& prefix, size_t floor, const Window& before,
                  const QuantityLexicon::Impl& lex) {
  if (next.ordinal || next.vague || !(tok.value < next.value)) return std::string::npos;
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

bool IsLowerBound(Approx a) { return a == Approx::kMoreThan || a == Approx::kAtLeast; }
bool IsUpperBound(Approx a) { return a == Approx::kLessThan || a == Approx::kUpTo; }

// Two bounds joined by "and"/"but" make one range: "more than 10 and less
// than 20", "at most 100 and at least 20" (20..100). Their units must agree
// (or one has none) and the lower end must lie below the upper one.
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
        ++i;
      }
    }
    if (kept != at) qs[kept] = std::move(q);
    ++kept;
  }
  qs.resize(kept);
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
    Window before = FoldBefore(text, start, lex.window);
    // Money sign or code before: "$5", "€ 91", "USD 3", "US$".
    const Prefix prefix = MoneyPrefix(text, before, tok.start, last_end, lex);
    const bool money_prefix = prefix.start != std::string::npos;
    if (money_prefix) {
      q.kind = QuantityKind::kMoney;
      q.unit = prefix.unit;
      start = prefix.start;
    }
    // A range: "10-15", "10 to 15", "zwischen 10 und 15", "от 10 до 15",
    // "$10-$15", "5% to 7%".
    if (!tok.vague && i + 1 < numbers.size()) {
      const NumberToken& next = numbers[i + 1];
      if (const size_t at = RangeStart(text, tok, next, prefix, last_end, before, lex);
          at != std::string::npos) {
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
        start = std::min(start, at);
        end = next.end;
        ++i;
      }
    }
    end = UnitAfter(text, end, lex, money_prefix, q);
    // Qualifiers: before ("mehr als", "около") unless a range started the
    // mention; after ("or more", "и более").
    if (q.approx != Approx::kRange && q.approx != Approx::kVague) {
      Window head = start == tok.start ? std::move(before) : FoldBefore(text, start, lex.window);
      for (const uint32_t k : lex.before.EndingAt(Tail(head))) {
        const QuantityPhrase& p = lex.before[k];
        const size_t at = MatchBefore(head, p.folded, true);
        if (at == std::string::npos || at < last_end) continue;
        q.approx = p.approx;
        start = at;
        break;
      }
      if (q.approx == Approx::kExact) {
        Window tail = FoldAfter(text, end, lex.window);
        for (const uint32_t k : lex.after.StartingAt(Head(tail))) {
          const QuantityPhrase& p = lex.after[k];
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
  JoinBounds(text, lex, out);
  return out;
}

}  // namespace parallax::annotate
