// The money rules around a number (quantity_money.h): codes and cased
// signs, the sign or name before a number, the same currency after it,
// names that are money only after a scale, and amounts in a unit and its
// subunit.
#include "annotate/quantity_money.h"

#include <algorithm>
#include <cmath>

#include "annotate/number_chars.h"

namespace parallax::annotate::qty {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The longest code or cased sign is five letters; a longer run of letters
// is a word.
constexpr size_t kMaxCased = 5;

const CasedSign* FindCased(const QuantityLexicon::Impl& lex, std::string_view text) {
  const auto it = std::lower_bound(
      lex.cased.begin(), lex.cased.end(), text,
      [](const CasedSign& s, std::string_view t) { return std::string_view(s.text) < t; });
  return it != lex.cased.end() && it->text == text ? &*it : nullptr;
}

// The code, cased sign or scaled code `run` stands for; sets `unit` and
// `scale`.
bool ReadCased(std::string_view run, const QuantityLexicon::Impl& lex, std::string* unit,
               double* scale) {
  if (run.empty() || run[0] < 'A' || run[0] > 'Z') return false;
  const CasedSign* s = FindCased(lex, run);
  if (s == nullptr) return false;
  *unit = s->unit;
  *scale = s->scale;
  return true;
}

// The run of ASCII letters ending right before `pos` (one space allowed
// between) that may be a code or cased sign: [*start, *end), or false.
bool CasedRunBefore(std::string_view text, size_t pos, size_t* start, size_t* end) {
  size_t i = pos;
  if (i > 0 && text[i - 1] == ' ') --i;
  size_t j = i;
  while (j > 0 && i - j <= kMaxCased && IsAsciiLetter(text[j - 1])) --j;
  if (j == i || i - j > kMaxCased || (j > 0 && IsLetter(DecodeBefore(text, j)))) return false;
  *start = j;
  *end = i;
  return true;
}

// A year-like figure: four plain digits from 1900 to 2099 ("Euro 2024").
bool YearLike(const NumberToken& tok) {
  return tok.plain_digits && tok.digits == 4 && tok.value >= 1900 && tok.value <= 2099;
}

// Whether a currency name before `tok` makes it an amount: not a year-like
// figure, and no unit of another kind or currency right after it ("the
// euro 1.08 dollars", "Dollar 5 Prozent").
bool NameMayPrecede(std::string_view text, const NumberToken& tok, const QuantityPhrase& name,
                    const QuantityLexicon::Impl& lex) {
  if (YearLike(tok)) return false;
  const Window w = FoldAfter(text, tok.end, lex.window);
  for (const uint32_t k : lex.units_after.StartingAt(Head(w))) {
    const QuantityPhrase& u = lex.units_after[k];
    if (u.unit != name.unit && MatchAfter(w, u.folded) != 0) return false;
  }
  std::string unit;
  double scale = 1;
  return CasedAfter(text, tok.end, lex, &unit, &scale) == 0 || unit == name.unit;
}

// Whether the clause ends at `pos`: only spaces, then the end of the text
// or line, or a closing punctuation mark.
bool ClauseEndsAt(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos >= text.size()) return true;
  const char c = text[pos];
  return c == '\n' || c == '\r' || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
         c == '?' || c == ')';
}

}  // namespace

size_t CasedAfter(std::string_view text, size_t pos, const QuantityLexicon::Impl& lex,
                  std::string* unit, double* scale) {
  size_t i = pos;
  if (i < text.size() && text[i] == ' ') ++i;
  size_t j = i;
  while (j < text.size() && j - i <= kMaxCased && IsAsciiLetter(text[j])) ++j;
  if (j == i || j - i > kMaxCased) return 0;
  // "3 USD50": a code glued to the next digits is theirs.
  if (j < text.size() && (IsLetter(DecodeAt(text, j).cp) || IsAsciiDigit(text[j]))) return 0;
  return ReadCased(text.substr(i, j - i), lex, unit, scale) ? j : 0;
}

Prefix MoneyPrefix(std::string_view text, const Window& before, const NumberToken& tok,
                   size_t floor, const QuantityLexicon::Impl& lex) {
  Prefix p;
  size_t run_start = 0;
  size_t run_end = 0;
  if (CasedRunBefore(text, tok.start, &run_start, &run_end) && run_start >= floor &&
      ReadCased(text.substr(run_start, run_end - run_start), lex, &p.unit, &p.scale)) {
    p.start = run_start;
    p.folded = FoldString(text.substr(run_start, run_end - run_start));
    return p;
  }
  for (const uint32_t k : lex.units_before.EndingAt(Tail(before))) {
    const QuantityPhrase& c = lex.units_before[k];
    const size_t at = MatchBefore(before, c.folded, true);
    if (at == std::string::npos || at < floor) continue;
    if (c.name && !NameMayPrecede(text, tok, c, lex)) continue;
    p.start = at;
    p.unit = c.unit;
    p.folded = c.folded;
    return p;
  }
  p.unit.clear();
  return p;
}

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
  std::string code;
  double scale = 1;
  if (const size_t after = CasedAfter(text, pos, lex, &code, &scale);
      after != 0 && code == unit && scale == 1) {
    return after;
  }
  return pos;
}

size_t ScaledCurrencyAfter(std::string_view text, size_t pos, const QuantityLexicon::Impl& lex,
                           std::string* unit) {
  const Window w = FoldAfter(text, pos, lex.window);
  for (const uint32_t k : lex.scaled_currencies.StartingAt(Head(w))) {
    const QuantityPhrase& c = lex.scaled_currencies[k];
    const size_t after = MatchAfter(w, c.folded);
    if (after == 0) continue;
    const Window next = FoldAfter(text, after, lex.window);
    for (const std::string& word : lex.not_money_after) {
      if (MatchAfter(next, word) != 0) return 0;
    }
    *unit = c.unit;
    return after;
  }
  return 0;
}

size_t JoinSubunit(std::string_view text, const std::vector<NumberToken>& numbers, size_t* i,
                   size_t end, const QuantityLexicon::Impl& lex, Quantity& q) {
  // A whole amount below the largest scale the files know; a subunit of
  // a hundredth takes one or two digits.
  if (q.kind != QuantityKind::kMoney || q.unit.empty() || q.value_max ||
      q.approx == Approx::kVague || *i + 1 >= numbers.size() || !(q.value >= 1) ||
      q.value >= 1e15 || q.value != std::floor(q.value)) {
    return end;
  }
  const NumberToken& n = numbers[*i + 1];
  if (n.ordinal || n.vague || n.start < end || !(n.value >= 1) || n.value >= 100 ||
      n.value != std::floor(n.value) || !GapMayJoin(text, end, n.start)) {
    return end;
  }
  const std::string gap = Between(text, end, n.start);
  if (!gap.empty() &&
      std::find(lex.money_joins.begin(), lex.money_joins.end(), gap) == lex.money_joins.end()) {
    return end;
  }
  const Window w = FoldAfter(text, n.end, lex.window);
  for (const PhraseList* list : {&lex.units_after, &lex.joined_subunits}) {
    for (const uint32_t k : list->StartingAt(Head(w))) {
      const QuantityPhrase& u = (*list)[k];
      if (u.kind != QuantityKind::kMoney || u.scale >= 1) continue;
      const size_t after = MatchAfter(w, u.folded);
      if (after == 0) continue;
      // The subunit is the main currency's: "3 GBP y 1 centavo" is 3.01 GBP.
      q.value += n.value * u.scale;
      ++*i;
      return after;
    }
  }
  // "15 dollars 50." names no subunit: a hundredth, only where the clause
  // ends, so "$20 and 43 people" stays two figures.
  if (ClauseEndsAt(text, n.end)) {
    q.value += n.value / 100;
    ++*i;
    return n.end;
  }
  return end;
}

}  // namespace parallax::annotate::qty
