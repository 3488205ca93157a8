// AssembleQuantities (quantities.h): number tokens become quantities with
// their qualifiers, ranges, percentages, currencies, units and durations.
// The wording is data (quantity_lexicon.h); this file holds the order in
// which it is tried and the unit rules (a money scale word needs a currency
// next to it); the money around a number is in quantity_money.cc, ranges
// in quantity_ranges.cc, the folded windows next to a number in
// quantity_window.cc.
#include "annotate/quantities.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "annotate/number_chars.h"
#include "annotate/quantity_lexicon.h"
#include "annotate/quantity_money.h"
#include "annotate/quantity_ranges.h"
#include "annotate/quantity_window.h"

namespace parallax::annotate {
namespace {

using qty::Between;
using qty::CasedAfter;
using qty::FoldAfter;
using qty::FoldBefore;
using qty::GapMayJoin;
using qty::Head;
using qty::IsRangeMid;
using qty::JoinBounds;
using qty::JoinSubunit;
using qty::LetterAt;
using qty::LetterBefore;
using qty::MatchAfter;
using qty::MatchBefore;
using qty::MoneyPrefix;
using qty::Prefix;
using qty::RangeStart;
using qty::RangeWordBefore;
using qty::SameCurrencyAfter;
using qty::ScaledCurrencyAfter;
using qty::Tail;
using qty::Window;

// Multiplies the figure (both ends of a range) by a scale word's factor.
void Scale(Quantity& q, double factor) {
  q.value *= factor;
  if (q.value_max) *q.value_max *= factor;
}

// Extends `q` with the units after `end`: a money scale word then a
// currency ("bn dollars", "Mio. Euro"), a percentage, a currency, a unit.
// `money_prefix`: a sign or code stands before the number; `scaled`: the
// number itself carries a scale word ("20 millions"). Returns the new end.
size_t UnitAfter(std::string_view text, size_t end, const QuantityLexicon::Impl& lex,
                 bool money_prefix, bool scaled, Quantity& q) {
  // A compound with a hyphen: "a 10-dollar bill", "a $2-billion deal", "die
  // 5-Prozent-Hürde", "a 24-hour strike": a name (not a sign or symbol of
  // one letter, "3-D") right after the hyphen.
  const bool hyphen =
      end + 1 < text.size() && text[end] == '-' && IsLetter(DecodeAt(text, end + 1).cp);
  Window w = FoldAfter(text, hyphen ? end + 1 : end, lex.window);
  if (w.folded.empty()) return end;
  // After a sign with no currency name following, the shortest of the
  // forms with the longest one's factor: "$2 mil millones de los fondos"
  // ends before "de".
  const QuantityPhrase* bare = nullptr;
  size_t bare_end = 0;
  for (const uint32_t k : lex.money_scales.StartingAt(Head(w))) {
    const QuantityPhrase& s = lex.money_scales[k];
    const size_t after_scale = MatchAfter(w, s.folded);
    if (after_scale == 0) continue;
    if (money_prefix) {
      if (const size_t after = SameCurrencyAfter(text, after_scale, lex, q.unit);
          after != after_scale) {
        Scale(q, s.scale);
        return after;
      }
      if (bare == nullptr || bare->scale == s.scale) {
        bare = &s;
        bare_end = after_scale;
      }
      continue;
    }
    std::string code;
    double code_scale = 1;
    if (const size_t after_code = CasedAfter(text, after_scale, lex, &code, &code_scale);
        after_code > 0 && code_scale == 1) {
      Scale(q, s.scale);
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
      Scale(q, s.scale);
      q.kind = QuantityKind::kMoney;
      q.unit = c.unit;
      return after_currency;
    }
    std::string unit;
    if (const size_t after = ScaledCurrencyAfter(text, after_scale, lex, &unit); after != 0) {
      Scale(q, s.scale);
      q.kind = QuantityKind::kMoney;
      q.unit = unit;
      return after;
    }
  }
  if (bare != nullptr) {
    Scale(q, bare->scale);
    return bare_end;
  }
  if (money_prefix) return hyphen ? end : SameCurrencyAfter(text, end, lex, q.unit);
  if (hyphen) {
    for (const uint32_t k : lex.units_after.StartingAt(Head(w))) {
      const QuantityPhrase& u = lex.units_after[k];
      if (u.folded.size() < 2 || !LetterAt(u.folded, 0)) continue;
      const size_t after = MatchAfter(w, u.folded, false);
      if (after == 0) continue;
      q.kind = u.kind;
      q.unit = u.unit;
      if (u.scale != 1) Scale(q, u.scale);
      return after;
    }
    return end;
  }
  std::string code;
  double code_scale = 1;
  if (const size_t after_code = CasedAfter(text, end, lex, &code, &code_scale); after_code > 0) {
    Scale(q, code_scale);
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
    if (u.scale != 1) Scale(q, u.scale);  // a subunit: "50 cents" is 0.5 USD
    // A sign after the number may take the same currency's code or name
    // after it: "150 millions de $ USD".
    if (u.kind == QuantityKind::kMoney && u.scale == 1 &&
        !LetterBefore(u.folded, u.folded.size())) {
      return SameCurrencyAfter(text, after, lex, u.unit);
    }
    return after;
  }
  // A vague amount takes its unit after a link word: "millions of dollars".
  if (q.approx == Approx::kVague) {
    for (const std::string& link : lex.vague_links) {
      const size_t after_link = MatchAfter(w, link);
      if (after_link == 0) continue;
      Quantity unit = q;
      unit.approx = Approx::kExact;  // one link only: "of of of" reads nothing
      const size_t after = UnitAfter(text, after_link, lex, false, false, unit);
      if (after == after_link || unit.kind == QuantityKind::kPercent) continue;
      unit.approx = Approx::kVague;
      q = unit;
      return after;
    }
  }
  if (scaled) {
    std::string unit;
    if (const size_t after = ScaledCurrencyAfter(text, end, lex, &unit); after != 0) {
      q.kind = QuantityKind::kMoney;
      q.unit = unit;
      return after;
    }
  }
  return end;
}

// Whether one of `words` is among the three words before `pos`: the
// qualifier there is cancelled ("il ne reste plus que 5 jours"). A word
// ending in an apostrophe matches the start of a word ("n'" in "n'y").
bool CancelledBefore(std::string_view text, size_t pos, const std::vector<std::string>& words) {
  // Three short words and their spaces; a longer word ends the search.
  constexpr size_t kBytes = 32;
  const Window w = FoldBefore(text, pos, kBytes);
  std::string_view s(w.folded);
  for (int n = 0; n < 3 && !s.empty(); ++n) {
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    const size_t space = s.rfind(' ');
    const std::string_view word = space == std::string_view::npos ? s : s.substr(space + 1);
    for (const std::string& u : words) {
      if (word == u || (u.back() == '\'' && word.starts_with(u)) ||
          (u.ends_with("\u2019") && word.starts_with(u))) {
        return true;
      }
    }
    if (space == std::string_view::npos) break;
    s = s.substr(0, space);
  }
  return false;
}

// Whether a word (a letter or digit) follows `pos` after spaces.
bool WordFollows(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos >= text.size()) return false;
  const char32_t c = DecodeAt(text, pos).cp;
  return IsLetter(c) || IsAsciiDigit(c);
}

// A range whose first end carries its unit: "10 euro - 20 euro", "entre 10
// euro et 20 euro", "от 10 долларов до 20". `q` is numbers[*i] with its unit,
// from `*start` to `*end`. The second end repeats the unit, or has none and
// closes the clause after a range word ("от" ... "до"). On a range `q`
// becomes it, *i moves to the second end and true is returned.
bool RangeAfterUnit(std::string_view text, const std::vector<NumberToken>& numbers, size_t* i,
                    size_t floor, const QuantityLexicon::Impl& lex, Quantity& q, size_t* start,
                    size_t* end) {
  const NumberToken& tok = numbers[*i];
  if (q.unit.empty() || q.value_max || tok.vague || *i + 1 >= numbers.size()) return false;
  const NumberToken& next = numbers[*i + 1];
  if (next.ordinal || next.vague || next.start < *end || !GapMayJoin(text, *end, next.start)) {
    return false;
  }
  const std::string gap = Between(text, *end, next.start);
  size_t at = RangeWordBefore(text, *start, gap, floor, lex);
  const bool worded = at != std::string::npos;
  if (!worded && IsRangeMid(gap, lex)) at = *start;
  if (at == std::string::npos) return false;
  Quantity high;
  high.value = next.value;
  const size_t high_end = UnitAfter(text, next.end, lex, false, false, high);
  if (high.unit.empty()) {
    if (!worded || WordFollows(text, next.end) || tok.value == 0) return false;
    high.value *= q.value / tok.value;  // the first end's scale or subunit share
  } else if (high.unit != q.unit || high.kind != q.kind) {
    return false;
  }
  if (!(q.value < high.value)) return false;
  q.value_max = high.value;
  q.approx = Approx::kRange;
  *start = std::min(*start, at);
  *end = high_end;
  ++*i;
  return true;
}

// The qualifier after a quantity ending at `*end` ("or more", "и более"),
// numbers[i] being its last number; on a match *end moves past it. Only a
// bound (at least, up to...) when `bounds_only`. None when the phrase begins
// the comparative of the next number ("5000 or less than 6000", "200 o más
// de 190": "less than", "más de" belong to it).
std::optional<Approx> AfterQualifier(std::string_view text, const std::vector<NumberToken>& numbers,
                                     size_t i, bool bounds_only, const QuantityLexicon::Impl& lex,
                                     size_t* end) {
  const Window tail = FoldAfter(text, *end, lex.window);
  for (const uint32_t k : lex.after.StartingAt(Head(tail))) {
    const QuantityPhrase& p = lex.after[k];
    const size_t after = MatchAfter(tail, p.folded);
    if (after == 0) continue;
    if (bounds_only && (p.approx == Approx::kAbout || p.approx == Approx::kExact)) continue;
    if (i + 1 < numbers.size() && numbers[i + 1].start >= after &&
        numbers[i + 1].start - after <= lex.window) {
      const Window head = FoldBefore(text, numbers[i + 1].start, lex.window);
      bool taken = false;
      for (const uint32_t j : lex.before.EndingAt(Tail(head))) {
        const size_t at = MatchBefore(head, lex.before[j].folded, true);
        if (at != std::string::npos && at < after && at >= *end) {
          taken = true;
          break;
        }
      }
      if (taken) return std::nullopt;
    }
    *end = after;
    return p.approx;
  }
  return std::nullopt;
}

// True when the number's last word is a rounding collective count: "una
// treintena", "une vingtaine", "una trentina" are about 30, 20, 30.
bool EndsInApproxCount(std::string_view text, const NumberToken& tok,
                       const QuantityLexicon::Impl& lex) {
  if (lex.approx_counts.empty()) return false;
  const std::string_view span = text.substr(tok.start, tok.end - tok.start);
  const size_t space = span.find_last_of(' ');
  const std::string last =
      FoldString(space == std::string_view::npos ? span : span.substr(space + 1));
  return std::find(lex.approx_counts.begin(), lex.approx_counts.end(), last) !=
         lex.approx_counts.end();
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
    // "wygrała 2:1", "won 3-1": a score counts nothing.
    if (i + 1 < numbers.size() && qty::IsScore(text, tok, numbers[i + 1])) {
      last_end = numbers[++i].end;
      continue;
    }
    Quantity q;
    q.span = {tok.start, tok.end};
    q.figure = q.span;
    q.value = tok.value;
    q.kind = tok.ordinal ? QuantityKind::kOrdinal : QuantityKind::kNumber;
    q.approx = tok.vague ? Approx::kVague : Approx::kExact;
    if (!tok.vague && !tok.ordinal && EndsInApproxCount(text, tok, lex)) q.approx = Approx::kAbout;
    if (tok.ordinal) {
      // A range of ranks: "between the tenth and the fifteenth".
      if (i + 1 < numbers.size()) {
        const NumberToken& next = numbers[i + 1];
        if (const size_t at = qty::OrdinalRangeStart(text, tok, next, last_end, lex);
            at != std::string::npos) {
          q.value_max = next.value;
          q.approx = Approx::kRange;
          q.span = {static_cast<uint32_t>(at), next.end};
          q.figure = q.span;
          ++i;
        }
      }
      out.push_back(q);
      last_end = q.span.end;
      continue;
    }
    size_t start = tok.start;
    size_t end = tok.end;
    Window before = FoldBefore(text, start, lex.window);
    // Money sign or code before: "$5", "€ 91", "USD 3", "US$".
    const Prefix prefix = MoneyPrefix(text, before, tok, last_end, lex);
    const bool money_prefix = prefix.start != std::string::npos;
    // "USD115" is money, "MH17" a name: glued digits count only after a code.
    if (tok.glued_code && !money_prefix) continue;
    if (money_prefix) {
      q.kind = QuantityKind::kMoney;
      q.unit = prefix.unit;
      q.value *= prefix.scale;  // "MUSD 30"
      start = prefix.start;
    }
    // A range: "10-15", "10 to 15", "zwischen 10 und 15", "от 10 до 15",
    // "$10-$15", "5% to 7%".
    if (!tok.vague && i + 1 < numbers.size()) {
      const NumberToken& next = numbers[i + 1];
      if (const size_t at = RangeStart(text, tok, next, prefix, last_end, before, lex);
          at != std::string::npos) {
        double low = tok.value;
        // "10 to 15 million", "five to ten thousand": the scale of the
        // upper end applies to both.
        if (next.spelled && (!tok.spelled || low < 1000) && low > 0 && next.value / low >= 1000) {
          const double scale =
              std::pow(1000.0, std::floor(std::log(next.value / low) / std::log(1000.0)));
          if (low * scale < next.value) low *= scale;
        }
        q.value = low * prefix.scale;
        q.value_max = next.value * prefix.scale;
        q.approx = Approx::kRange;
        start = std::min(start, at);
        end = next.end;
        ++i;
      }
    }
    // A scale word inside the number ("20 millions"): lex.scaled_currencies.
    const bool scaled = tok.spelled && tok.value >= 1e6;
    end = UnitAfter(text, end, lex, money_prefix, scaled, q);
    if (q.approx != Approx::kRange) {
      RangeAfterUnit(text, numbers, &i, last_end, lex, q, &start, &end);
    }
    // "20 dollars and 43 cents", "1 USD et 23 centimes".
    if (q.approx == Approx::kExact) end = JoinSubunit(text, numbers, &i, end, lex, q);
    // The figure: all but the qualifier words read next.
    const Span figure{static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    // Qualifiers: before ("mehr als", "около", "exactly") unless a range
    // started the mention; after ("or more", "и более").
    if (q.approx != Approx::kRange && q.approx != Approx::kVague) {
      Window head = start == tok.start ? std::move(before) : FoldBefore(text, start, lex.window);
      size_t qualified_at = std::string::npos;
      for (const uint32_t k : lex.before.EndingAt(Tail(head))) {
        const QuantityPhrase& p = lex.before[k];
        const size_t at = MatchBefore(head, p.folded, true);
        if (at == std::string::npos || at < last_end) continue;
        if (!p.unless.empty() && CancelledBefore(text, at, p.unless)) continue;
        q.approx = p.approx;
        qualified_at = at;
        break;
      }
      // After: "or more"; a bound there outweighs an estimate before ("about
      // 500 or more" is at least 500), and yields to the next figure's
      // comparative it begins ("5000 or less than 6000").
      if (qualified_at == std::string::npos || q.approx == Approx::kAbout) {
        const bool bounds_only = qualified_at != std::string::npos;
        if (const std::optional<Approx> a =
                AfterQualifier(text, numbers, i, bounds_only, lex, &end)) {
          q.approx = *a;
          qualified_at = std::string::npos;
        }
      }
      if (qualified_at != std::string::npos) start = qualified_at;
      // "трёх с лишним тысяч": the number's own words say "more than".
      if (tok.excess && (q.approx == Approx::kExact || q.approx == Approx::kAbout)) {
        q.approx = Approx::kMoreThan;
      }
    }
    q.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    q.figure = figure;
    last_end = end;
    out.push_back(q);
  }
  JoinBounds(text, lex, out);
  return out;
}

}  // namespace parallax::annotate
