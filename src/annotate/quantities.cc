// AssembleQuantities (quantities.h): number tokens become quantities with
// their qualifiers, ranges, percentages, currencies, units and durations.
// The wording is data (quantity_lexicon.h); this file holds the order in
// which it is tried and the money and unit rules (a money scale word needs
// a currency next to it); ranges are in quantity_ranges.cc, the folded
// windows next to a number in quantity_window.cc.
#include "annotate/quantities.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "annotate/number_chars.h"
#include "annotate/quantity_lexicon.h"
#include "annotate/quantity_ranges.h"
#include "annotate/quantity_window.h"

namespace parallax::annotate {
namespace {

using qty::FoldAfter;
using qty::FoldBefore;
using qty::Head;
using qty::JoinBounds;
using qty::LetterAt;
using qty::MatchAfter;
using qty::MatchBefore;
using qty::Prefix;
using qty::RangeStart;
using qty::Tail;
using qty::Window;

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
