// Number phrases (number_phrase.h): the words and digit groups that make
// one number, fed to a Composer (number_composer.h) until one cannot
// continue it, the longest valid number winning; the phrases tried after a
// joiner ("and a half", "y medio", "с половиной", "целых пять десятых"),
// decimal words ("point zero three", "Komma fünf") and digits inside words
// ("4 thousand 3 hundred and 21").
#include "annotate/number_phrase.h"

#include <charconv>
#include <cmath>
#include <string>
#include <vector>

#include "annotate/number_chars.h"
#include "annotate/number_composer.h"
#include "annotate/number_digits.h"
#include "annotate/number_words.h"

namespace parallax::annotate {
namespace {

// Decimal digits read after a decimal word ("point one four one five"):
// more than a double holds is no figure.
constexpr size_t kMaxDecimalDigits = 15;

// Words of a fraction after a joiner: "fifty-four hundredths" is 3; 6
// leaves room for "one hundred and twenty-five thousandths" without making
// the look-ahead unbounded.
constexpr int kMaxFractionWords = 6;

constexpr size_t kNone = std::string_view::npos;

bool DigitAt(std::string_view text, size_t i) {
  return i < text.size() && text[i] >= '0' && text[i] <= '9';
}

// The start of the next number word or digit group after `end`: a letter
// after at most two spaces or one hyphen, or a digit after one or two
// spaces; npos otherwise.
size_t NextUnitStart(std::string_view text, size_t end) {
  const size_t i = NextWordStart(text, end);
  if (i != kNone) return i;
  size_t j = end;
  for (int spaces = 0; spaces < 2 && j < text.size(); ++spaces) {
    const Decoded d = DecodeAt(text, j);
    if (!IsNumberSpace(d.cp)) break;
    j += d.len;
  }
  return j > end && DigitAt(text, j) ? j : kNone;
}

// A digit group at `pos` as a part of words: a number not glued to a letter
// after it; kind kNone otherwise.
DigitRun ReadDigitUnit(std::string_view text, size_t pos, const NumberLexicon::Impl& lex) {
  DigitRun d = ReadDigitRun(text, pos, lex);
  if (d.kind == DigitRun::Kind::kNumber && d.end < text.size() &&
      IsLetter(DecodeAt(text, d.end).cp)) {
    d.kind = DigitRun::Kind::kNone;
  }
  return d;
}

// True when no word follows `end` in the same phrase (punctuation or the
// end of the text; not a figure in digits: "a third 5"), or the next word
// is a linker ("a third of", "un dixième de").
bool PhraseEndsOrLinks(std::string_view text, size_t end, const NumberLexicon::Impl& lex) {
  const size_t next = NextWordStart(text, end);
  if (next == kNone) return NextUnitStart(text, end) == kNone;
  return OnlyType(ReadWord(text, next, lex).entries, NumberWordType::kLinker);
}

// Number words at `pos` ending in an ordinal or in a plural denominator,
// read as one ordinal: the denominator of a fraction after a count
// ("twenty-firsts" 21, "one hundred fifth" 105, "trillionths" 10^12). Its
// value (whole, 2 or more), its end, and whether its last word is a plural
// (its denominator row comes first: "firsts", "fifths", it "quinti"), or
// false. Bounded by kMaxFractionWords words; reuses one buffer per thread.
bool ReadOrdinalPhrase(std::string_view text, size_t pos, const NumberLexicon::Impl& lex, double* n,
                       size_t* end, bool* plural) {
  thread_local std::vector<NumberWord> as_ordinal;
  Composer o(lex);
  bool joined = false;
  size_t i = pos;
  for (int k = 0; k < kMaxFractionWords; ++k) {
    const WordSpan w = ReadWord(text, i, lex);
    if (w.entries == nullptr) return false;
    // "one second" is a time, not a half.
    if (k == 0 && lex.Listed(lex.cued_ordinals, text.substr(w.start, w.end - w.start))) {
      return false;
    }
    if (IsJoiner(w.entries)) {
      if (k == 0 || joined) return false;
      joined = true;
    } else {
      as_ordinal.clear();
      // A plural lists its denominator row before its ordinal one ("quinti",
      // "fifths"), a singular the other way ("quinto", "fifth").
      bool denominator_first = false;
      bool seen = false;
      for (const NumberWord& e : *w.entries) {
        switch (e.type) {
          case NumberWordType::kDenominator:
            if (!seen) denominator_first = true;
            seen = true;
            as_ordinal.push_back({e.value, NumberWordType::kOrdinal});
            break;
          case NumberWordType::kOrdinal:
            seen = true;
            as_ordinal.push_back(e);
            break;
          case NumberWordType::kCardinal:
          case NumberWordType::kHundred:
          case NumberWordType::kScale:
            as_ordinal.push_back(e);
            break;
          default:
            break;
        }
      }
      if (as_ordinal.empty() || !o.Feed(as_ordinal, joined)) return false;
      joined = false;
      if (o.ordinal()) {
        *n = o.Value();
        *end = w.end;
        *plural = denominator_first;
        return o.Valid() && *n >= 2 && *n == std::floor(*n);
      }
    }
    i = NextWordStart(text, w.end);
    if (i == kNone) return false;
  }
  return false;
}

// Divides the count in `c` by the ordinal phrase at `pos` ("three
// twenty-firsts" = 3/21, "a hundred thousand trillionths" = 1e-7). A plural
// divides any whole count; a singular only one or an article, before a
// linker or where the phrase ends ("one twenty-fifth", "a twenty-first of
// the vote"; but "a twenty-first century" is the ordinal). Sets `end` and
// returns true when taken; `c` unchanged otherwise.
bool DivideByOrdinalPhrase(std::string_view text, size_t pos, const NumberLexicon::Impl& lex,
                           Composer& c, size_t* end) {
  if (!c.CanDivide(false) && !c.CanDivide(true)) return false;
  double n = 0;
  size_t e = kNone;
  bool plural = false;
  if (!ReadOrdinalPhrase(text, pos, lex, &n, &e, &plural)) return false;
  if (!plural && !PhraseEndsOrLinks(text, e, lex)) return false;
  if (!c.DivideBy(n, !plural)) return false;
  *end = e;
  return true;
}

// A fraction at `pos`, after a joiner: "a quarter", "three fifths", "one
// half", "half", "fifty-four hundredths", "1/4". Its value (0 < f < 1) and
// end, or false.
bool ReadFractionPhrase(std::string_view text, size_t pos, const NumberLexicon::Impl& lex,
                        double* f, size_t* end) {
  if (DigitAt(text, pos)) {
    const DigitRun d = ReadDigitUnit(text, pos, lex);
    if (d.kind != DigitRun::Kind::kNumber || !d.slash_fraction) return false;
    *f = d.value;
    *end = d.end;
    return true;
  }
  Composer p(lex);
  const WordSpan w = ReadWord(text, pos, lex);
  if (!FeedWord(text, w, lex, false, p)) return false;
  double best = p.FractionValue();
  size_t best_end = w.end;
  size_t e = w.end;
  for (int k = 1; k < kMaxFractionWords && !p.ended(); ++k) {
    const size_t next = NextWordStart(text, e);
    if (next == kNone) break;
    const WordSpan n = ReadWord(text, next, lex);
    if (IsJoiner(n.entries) || OnlyType(n.entries, NumberWordType::kFractionJoiner) ||
        OnlyType(n.entries, NumberWordType::kDecimal)) {
      break;
    }
    Composer t = p;
    if (FeedWord(text, n, lex, false, t)) {
      e = n.end;
    } else if (!DivideByOrdinalPhrase(text, next, lex, t, &e)) {
      break;  // "and a thirtieth": an ordinal phrase divides the article
    }
    p = t;
    if (const double v = p.FractionValue(); v > 0) {
      best = v;
      best_end = e;
    }
  }
  if (!(best > 0 && best < 1)) return false;
  *f = best;
  *end = best_end;
  return true;
}

// "one billion and a quarter million": after a scale, a joined fraction
// ending at `end` and followed by a smaller scale word is a fraction of that
// scale. Takes it into `c` and moves `end` past the scale word; false, and
// no change, otherwise.
bool AddFractionOfNextScale(std::string_view text, const NumberLexicon::Impl& lex, double f,
                            Composer& c, size_t* end) {
  if (!c.after_scale()) return false;
  const size_t next = NextWordStart(text, *end);
  if (next == kNone) return false;
  const WordSpan w = ReadWord(text, next, lex);
  if (w.entries == nullptr) return false;
  for (const NumberWord& e : *w.entries) {
    if (e.type == NumberWordType::kScale && c.AddFractionOfScale(f, e.value)) {
      *end = w.end;
      return true;
    }
  }
  return false;
}

size_t RunUnits(std::string_view text, const NumberLexicon::Impl& lex, Composer& c, size_t end,
                bool after_digits, bool long_plain, bool decimals);

// The word `w` is listed not_after_digits: a currency subunit after digits
// (fr "34 cents"), never a hundred that multiplies them.
bool NotAfterDigits(std::string_view text, const WordSpan& w, const NumberLexicon::Impl& lex) {
  return lex.Listed(lex.not_after_digits, text.substr(w.start, w.end - w.start));
}

// The decimal digits after a decimal word at `pos`: digits ("1 komma 5"),
// or number words: each "zero" a 0, and each whole number they compose its
// digits ("zero three" .03, "seventy-one" .71, "fünfzehn" .15, "five five"
// .55, "mil quinientos setenta y ocho" .1578). Their value (0 <= frac < 1)
// and end, or false.
bool ReadDecimalDigits(std::string_view text, size_t pos, const NumberLexicon::Impl& lex,
                       double* frac, size_t* end) {
  std::string digits = "0.";
  if (DigitAt(text, pos)) {
    size_t n = 0;
    while (DigitAt(text, pos + n)) ++n;
    if (n > kMaxDecimalDigits || (pos + n < text.size() && IsLetter(DecodeAt(text, pos + n).cp))) {
      return false;
    }
    digits.append(text.substr(pos, n));
    *end = pos + n;
  } else {
    size_t i = pos;
    *end = kNone;
    while (digits.size() < kMaxDecimalDigits + 2) {
      const WordSpan w = ReadWord(text, i, lex);
      Composer p(lex);
      if (!FeedWord(text, w, lex, false, p)) break;
      size_t e = w.end;
      bool last = false;
      if (p.Valid() && p.Value() == 0 && !p.ordinal()) {
        digits += '0';  // "zero", "nought": one digit each
      } else {
        Composer whole = p;
        e = RunUnits(text, lex, whole, w.end, false, false, false);
        // "two point five million": a scale ending the words is the whole
        // number's; the decimals stop before it.
        if (whole.after_scale()) {
          e = w.end;
          last = true;
        } else {
          p = whole;
        }
        const double v = p.Value();
        if (!p.Valid() || p.ordinal() || p.vague() || v != std::floor(v) || v < 1 || v >= 1e15) {
          break;
        }
        digits += std::to_string(static_cast<long long>(v));
      }
      *end = e;
      i = NextWordStart(text, e);
      if (i == kNone || last) break;
    }
    if (*end == kNone || digits.size() > kMaxDecimalDigits + 2) return false;
  }
  const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), *frac);
  return ec == std::errc() && ptr == digits.data() + digits.size();
}

// es "siete con cincuenta": after the spoken_decimal word `w`, the spelled
// decimal digits at `pos` (never digits: "3 con 2 goles"), taken into `c`
// only where the phrase ends or before a decimal_cue word ("por ciento"),
// so "uno con dos goles" stays two numbers. Sets `end`; false, `c`
// unchanged, otherwise.
bool SpokenDecimal(std::string_view text, const WordSpan& w, size_t pos,
                   const NumberLexicon::Impl& lex, Composer& c, size_t* end) {
  if (lex.spoken_decimals.empty() || DigitAt(text, pos) ||
      !lex.Listed(lex.spoken_decimals, text.substr(w.start, w.end - w.start))) {
    return false;
  }
  double frac = 0;
  size_t e = kNone;
  if (!ReadDecimalDigits(text, pos, lex, &frac, &e)) return false;
  size_t k = e;
  while (k < text.size() && IsNumberSpace(DecodeAt(text, k).cp)) k += DecodeAt(text, k).len;
  if (k < text.size()) {
    const Decoded d = DecodeAt(text, k);
    if (IsAsciiDigit(d.cp)) return false;
    if (IsLetter(d.cp)) {
      const WordSpan cue = ReadWord(text, k, lex);
      if (!lex.Listed(lex.decimal_cues, text.substr(k, cue.end - k))) return false;
    }
  }
  Composer trial = c;
  if (!trial.AddDecimal(frac)) return false;
  c = trial;
  *end = e;
  return true;
}

// Continues `c`, whose last unit ends at `end`, with the words and digit
// groups that follow; leaves in `c` the longest valid number and returns
// its end (`end` when nothing valid follows). `after_digits`: `c` was
// seeded with digits, so its first continuation must be a scale or hundred
// word, a joined fraction, a decimal word or a fraction in digits.
// `decimals`: a decimal word may continue it (not inside decimal digits).
size_t RunUnits(std::string_view text, const NumberLexicon::Impl& lex, Composer& c, size_t end,
                bool after_digits, bool long_plain, bool decimals) {
  Composer best = c;
  size_t best_end = end;
  bool first = true;
  // The number before a joiner that follows a scale or hundred ("5 lakh" of
  // "5 lakh and 2 crore", "3 hundred" of "3 hundred and 2 hundred"): when a
  // scale or hundred that cannot take the joined group comes next, the
  // joiner linked two figures and the number ends before it.
  std::optional<Composer> before_join;
  size_t before_join_end = end;
  while (!c.ended()) {
    const size_t next = NextUnitStart(text, end);
    if (next == kNone) break;
    const bool digits_first = after_digits && first;
    Composer trial = c;
    size_t unit_end = kNone;
    if (DigitAt(text, next)) {
      // "2 1/2"; "4 thousand 3 hundred".
      const DigitRun d = ReadDigitUnit(text, next, lex);
      if (d.kind != DigitRun::Kind::kNumber) break;
      const bool ok = d.slash_fraction ? !long_plain && trial.AddFraction(d.value)
                                       : !digits_first && d.plain && d.digits <= 3 &&
                                             trial.FeedDigits(d.value, false);
      if (!ok) break;
      unit_end = d.end;
    } else {
      WordSpan n = ReadWord(text, next, lex);
      if (n.entries == nullptr && !lex.compound) break;
      // "hundreds of thousands", "des dizaines de milliers": a linker only
      // between a vague amount and a scale.
      if (c.vague() && OnlyType(n.entries, NumberWordType::kLinker)) {
        const size_t after = NextWordStart(text, n.end);
        if (after == kNone) break;
        n = ReadWord(text, after, lex);
        if (!HasType(n.entries, NumberWordType::kScale)) break;
      }
      if (OnlyType(n.entries, NumberWordType::kDecimal)) {
        if (!decimals) break;
        // "five point five", "drei Komma fünf", "1 punto 5".
        const size_t after = NextUnitStart(text, n.end);
        double frac = 0;
        if (after == kNone || !ReadDecimalDigits(text, after, lex, &frac, &unit_end) ||
            !trial.AddDecimal(frac)) {
          break;
        }
      } else if (IsJoiner(n.entries) || OnlyType(n.entries, NumberWordType::kFractionJoiner)) {
        // "five and a quarter", "два с половиной", "три целых пять десятых"
        // first; then a general joiner joins the next word ("vingt et un").
        const size_t after = NextUnitStart(text, n.end);
        if (after == kNone) break;
        // "трёх с лишним тысяч", "20 с лишним": the number means more than
        // its value; a scale may still follow.
        if (OnlyType(n.entries, NumberWordType::kFractionJoiner) && !c.excess() && !c.ordinal() &&
            !c.vague() && c.Valid()) {
          const WordSpan x = ReadWord(text, after, lex);
          if (OnlyType(x.entries, NumberWordType::kExcess)) {
            trial.MarkExcess();
            c = trial;
            end = x.end;
            first = false;
            best = c;
            best_end = end;
            continue;
          }
        }
        double f = 0;
        // "treinta y dos quintos" (@unit_joiner): "dos" continues the number.
        const bool unit_next = lex.unit_joiner && c.after_ten() && IsJoiner(n.entries);
        if (!unit_next && ReadFractionPhrase(text, after, lex, &f, &unit_end) &&
            (AddFractionOfNextScale(text, lex, f, trial, &unit_end) || trial.AddFraction(f))) {
          // taken
        } else if (!IsJoiner(n.entries) && decimals &&
                   SpokenDecimal(text, n, after, lex, trial, &unit_end)) {
          // "siete con cincuenta por ciento", "1 con cinco".
        } else if (!IsJoiner(n.entries) || digits_first) {
          break;
        } else {
          if ((c.after_scale() || c.after_hundred()) && c.Valid()) {
            before_join = c;
            before_join_end = end;
          }
          if (DigitAt(text, after)) {
            const DigitRun d = ReadDigitUnit(text, after, lex);
            if (d.kind != DigitRun::Kind::kNumber || !d.plain || d.digits > 3 ||
                !trial.FeedDigits(d.value, true)) {
              break;
            }
            unit_end = d.end;
          } else {
            const WordSpan m = ReadWord(text, after, lex);
            if (!FeedWord(text, m, lex, true, trial)) break;
            unit_end = m.end;
          }
        }
      } else {
        // After digits only a scale or hundred word ("2,5 Millionen", "3
        // hundred"); after a year-like run not a plural that is also a
        // vague amount ("in 2022 thousands fled").
        if (digits_first && ((!HasType(n.entries, NumberWordType::kScale) &&
                              !HasType(n.entries, NumberWordType::kHundred)) ||
                             (long_plain && HasType(n.entries, NumberWordType::kVague)) ||
                             NotAfterDigits(text, n, lex))) {
          break;
        }
        // "quatre-vingt-un": after a hyphen an article is one, as after "et";
        // so after a vigesimal eighty written with spaces ("quatre vingt un").
        const bool hyphen =
            text[next - 1] == '-' || (lex.vigesimal && !c.ordinal() && c.spaced_eighty());
        if (FeedWord(text, n, lex, hyphen && OnlyType(n.entries, NumberWordType::kArticle),
                     trial)) {
          // Digits never go on with an ordinal word: "$ 280 million first
          // preferred notes", "21 million first-time voters".
          if (after_digits && trial.ordinal()) break;
          unit_end = n.end;
        } else if (digits_first || !DivideByOrdinalPhrase(text, next, lex, trial, &unit_end)) {
          // Not "three twenty-firsts" either.
          // "3 hundred and 2 hundred": two figures, as "5 lakh and 2 crore".
          if (before_join && (HasType(n.entries, NumberWordType::kScale) ||
                              HasType(n.entries, NumberWordType::kHundred))) {
            best = *before_join;
            best_end = before_join_end;
          }
          break;
        }
        if (trial.after_scale()) before_join.reset();
      }
    }
    c = trial;
    end = unit_end;
    first = false;
    if (c.Valid()) {
      best = c;
      best_end = end;
    }
  }
  c = best;
  return best_end;
}

// "a hundredth of a second", "un dixième de seconde": an article and a word
// that is only an ordinal (3rd or later), before a linker or where the
// phrase ends, are a fraction 1/n.
std::optional<NumberToken> ArticleOrdinal(std::string_view text, const WordSpan& article,
                                          const NumberLexicon::Impl& lex) {
  const size_t next = NextWordStart(text, article.end);
  if (next == kNone || text[next - 1] == '-') return std::nullopt;
  const WordSpan o = ReadWord(text, next, lex);
  if (o.entries == nullptr || HasType(o.entries, NumberWordType::kDenominator)) return std::nullopt;
  double v = 0;
  for (const NumberWord& e : *o.entries) {
    if (e.type == NumberWordType::kOrdinal) v = e.value;
  }
  if (v < 3 || !PhraseEndsOrLinks(text, o.end, lex)) return std::nullopt;
  NumberToken tok;
  tok.start = static_cast<uint32_t>(article.start);
  tok.end = static_cast<uint32_t>(o.end);
  tok.value = 1 / v;
  tok.spelled = true;
  return tok;
}

// "two thirds of a million" = 666,667, "half of a million": a fraction
// ending at `end`, then a linker, an article and a scale word, is that part
// of the scale. Multiplies `value` and returns the scale word's end, or
// `end` when no such words follow.
size_t FractionOfScale(std::string_view text, size_t end, const NumberLexicon::Impl& lex,
                       double* value) {
  const size_t l = NextWordStart(text, end);
  if (l == kNone) return end;
  const WordSpan linker = ReadWord(text, l, lex);
  if (!OnlyType(linker.entries, NumberWordType::kLinker)) return end;
  const size_t a = NextWordStart(text, linker.end);
  if (a == kNone) return end;
  const WordSpan article = ReadWord(text, a, lex);
  if (!HasType(article.entries, NumberWordType::kArticle)) return end;
  const size_t s = NextWordStart(text, article.end);
  if (s == kNone) return end;
  const WordSpan scale = ReadWord(text, s, lex);
  if (scale.entries == nullptr) return end;
  for (const NumberWord& e : *scale.entries) {
    if (e.type == NumberWordType::kScale && e.value >= 1000) {
      *value *= e.value;
      return scale.end;
    }
  }
  return end;
}

}  // namespace

std::optional<NumberToken> ComposeWords(std::string_view text, size_t pos,
                                        const NumberLexicon::Impl& lex, size_t* word_end) {
  const WordSpan w = ReadWord(text, pos, lex);
  if (word_end != nullptr) *word_end = w.end;
  if (!w.candidate) return std::nullopt;
  Composer c(lex);
  if (!FeedWord(text, w, lex, false, c)) return std::nullopt;
  const size_t end = RunUnits(text, lex, c, w.end, false, false, true);
  double value = c.Value();
  if (!c.Valid() && OnlyType(w.entries, NumberWordType::kArticle)) {
    // "a hundredth of a second": an article and an ordinal.
    if (std::optional<NumberToken> t = ArticleOrdinal(text, w, lex)) return t;
  }
  if (!c.Valid()) {
    // "half of the voters", "la mitad de", "a quarter of": a fraction alone
    // is a figure before a linker or a fraction_cue ("half the voters"; not
    // "the second half").
    value = c.FractionValue();
    const size_t next = NextWordStart(text, end);
    if (value <= 0 || next == kNone) return std::nullopt;
    const WordSpan n = ReadWord(text, next, lex);
    if (!OnlyType(n.entries, NumberWordType::kLinker) &&
        !lex.Listed(lex.fraction_cues, text.substr(next, n.end - next))) {
      return std::nullopt;
    }
  }
  // "a third of the vote" is a fraction, "a third term" an ordinal (read
  // from "third" on).
  if (c.article_ordinal_fraction() && !PhraseEndsOrLinks(text, end, lex)) return std::nullopt;
  size_t stop = end;
  if (value > 0 && value < 1 && !c.ordinal() && !c.vague()) {
    stop = FractionOfScale(text, end, lex, &value);  // "two thirds of a million"
  }
  NumberToken tok;
  tok.start = static_cast<uint32_t>(pos);
  tok.end = static_cast<uint32_t>(stop);
  tok.value = value;
  tok.ordinal = c.ordinal();
  tok.vague = c.vague();
  tok.excess = c.excess();
  tok.spelled = true;
  return tok;
}

std::optional<NumberToken> ContinueDigits(std::string_view text, size_t start, size_t end,
                                          double value, bool long_plain,
                                          const NumberLexicon::Impl& lex) {
  Composer c(lex);
  c.Seed(value);
  const size_t stop = RunUnits(text, lex, c, end, true, long_plain, true);
  if (stop == end || !c.Valid()) return std::nullopt;
  NumberToken tok;
  tok.start = static_cast<uint32_t>(start);
  tok.end = static_cast<uint32_t>(stop);
  tok.value = c.Value();
  tok.ordinal = c.ordinal();
  tok.excess = c.excess();
  tok.spelled = true;
  return tok;
}

}  // namespace parallax::annotate
