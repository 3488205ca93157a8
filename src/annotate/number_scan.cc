// ScanNumbers (number_scan.h): digits with the language's separators, number
// words composed into one value, mixed forms ("2,5 Millionen", "10 тыс.",
// "10M", "1.3e6"), signs and minus words, ordinals and vague amounts. One
// left-to-right pass; every byte is looked at a bounded number of times.
#include "annotate/number_scan.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "annotate/number_chars.h"
#include "annotate/number_digits.h"
#include "annotate/number_lexicon.h"
#include "annotate/number_list_article.h"
#include "annotate/number_phrase.h"
#include "annotate/number_words.h"

namespace parallax::annotate {
namespace {

// More significant digits than a double holds exactly (and than any figure
// in the news needs): such a run is not read at all.
constexpr size_t kMaxDigits = 18;

bool DigitAt(std::string_view t, size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }

size_t DigitCount(std::string_view t, size_t i) {
  size_t j = i;
  while (DigitAt(t, j)) ++j;
  return j - i;
}

// The exponent of scientific notation right after a number ending at
// `pos` ("1e10", "1.3e6", "12.32e+14", "-12e-1"): 'e' or 'E', a sign or
// none, 1-3 digits, then no letter, digit or further group. Multiplies
// `value` and returns the bytes read, or 0. `overflow`: the exponent is
// there but the result is no finite double ("1e999"): no figure at all.
size_t Exponent(std::string_view t, size_t pos, double* value, bool* overflow) {
  if (pos + 1 >= t.size() || (t[pos] != 'e' && t[pos] != 'E')) return 0;
  size_t i = pos + 1;
  const bool minus = t[i] == '-';
  if (t[i] == '-' || t[i] == '+') ++i;
  const size_t n = DigitCount(t, i);
  if (n == 0 || n > 3) return 0;
  const size_t end = i + n;
  if (end < t.size() && (IsLetter(DecodeAt(t, end).cp) ||
                         ((t[end] == '.' || t[end] == ',') && DigitAt(t, end + 1)))) {
    return 0;
  }
  int exp = 0;
  for (size_t k = i; k < end; ++k) exp = exp * 10 + (t[k] - '0');
  const double scaled = *value * std::pow(10.0, minus ? -exp : exp);
  *overflow = !std::isfinite(scaled) || (scaled == 0 && *value != 0);
  if (!*overflow) *value = scaled;
  return end - pos;
}

// A scale suffix of `suffixes` glued to the digits ending at `pos`, matched with its case
// ("10M", "1MM", "1.2B", "100К"), followed by no letter or digit. A
// one-letter suffix needs two or more digits or a decimal part before it:
// after a single digit it is a name or a code ("3M", "flat 5B").
size_t ScaleSuffix(std::string_view t, size_t pos,
                   const std::vector<std::pair<std::string, double>>& suffixes, bool single_digit,
                   double* value) {
  for (const auto& [form, scale] : suffixes) {
    if (t.compare(pos, form.size(), form) != 0) continue;
    const size_t end = pos + form.size();
    if (end < t.size() && (IsLetter(DecodeAt(t, end).cp) || DigitAt(t, end))) continue;
    if (single_digit && DecodeAt(form, 0).len == form.size()) continue;
    *value *= scale;
    return form.size();
  }
  return 0;
}

// The folded text of `t` from `pos` matches `folded` (a lexicon string);
// returns the bytes of `t` consumed, or 0.
size_t MatchFolded(std::string_view t, size_t pos, std::string_view folded,
                   const NumberLexicon::Impl& lex) {
  size_t i = pos;
  size_t k = 0;
  while (k < folded.size()) {
    if (i >= t.size()) return 0;
    // ASCII compares byte by byte: most tries fail on the first one.
    const auto b = static_cast<unsigned char>(t[i]);
    if (b < 0x80) {
      if (folded[k] != static_cast<char>(b >= 'A' && b <= 'Z' ? b + 0x20 : b)) return 0;
      ++k;
      ++i;
      continue;
    }
    const Decoded d = DecodeAt(t, i);
    char one[4];
    const size_t n = EncodeUtf8(lex.Fold(d.cp), one);
    if (folded.compare(k, n, std::string_view(one, n)) != 0) return 0;
    k += n;
    i += d.len;
  }
  return i - pos;
}

// A scale abbreviation after a number ending at `pos`, with at most one
// space between ("10 тыс.", "91mln", "$4.5bn"): multiplies `value` and
// returns its end, or 0.
size_t ScaleAbbreviation(std::string_view t, size_t pos, const NumberLexicon::Impl& lex,
                         double* value) {
  size_t i = pos;
  if (i < t.size()) {
    const Decoded d = DecodeAt(t, i);
    if (IsNumberSpace(d.cp)) i += d.len;
  }
  if (i >= t.size()) return 0;
  for (const auto& [abbr, scale] : lex.scale_abbr) {
    const size_t n = MatchFolded(t, i, abbr, lex);
    if (n == 0) continue;
    // The abbreviation must end at a word boundary (or with its own '.').
    if (abbr.back() != '.' && i + n < t.size() && IsLetter(DecodeAt(t, i + n).cp)) continue;
    *value *= scale;
    return i + n;
  }
  return 0;
}

// The start of a minus word ("minus 5", "minus zwei", "negative one")
// right before `pos` with one space between, or npos. No sign when the pair
// of words before is listed as not_number ("au moins 5", "al menos 5"), or
// when a number stands right before the minus word ("5 minus 3", "las cinco
// menos diez": a subtraction or a clock time); `out` holds the numbers so
// far.
size_t MinusWordBefore(std::string_view t, size_t pos, const NumberLexicon::Impl& lex,
                       const std::vector<NumberToken>& out) {
  if (!lex.has_minus || pos < 2) return std::string_view::npos;
  // Exactly one space between the minus word and the number.
  const char32_t space = DecodeBefore(t, pos);
  if (!IsNumberSpace(space)) return std::string_view::npos;
  const auto [start, end] = WordBefore(t, pos - Utf8Length(space), false, lex.longest_word);
  if (start == end || IsLetter(DecodeBefore(t, start))) return std::string_view::npos;
  const WordSpan w = ReadWord(t, start, lex);
  if (w.end != end || w.entries == nullptr) return std::string_view::npos;
  bool minus = false;
  for (const NumberWord& e : *w.entries) minus = minus || e.type == NumberWordType::kMinus;
  if (!minus) return std::string_view::npos;
  if (!out.empty()) {
    size_t gap = out.back().end;
    while (gap < start && IsNumberSpace(DecodeAt(t, gap).cp)) gap += DecodeAt(t, gap).len;
    if (gap == start) return std::string_view::npos;
  }
  const auto it = lex.not_after.find(std::string_view(FoldString(t.substr(start, end - start))));
  if (it != lex.not_after.end()) {
    const auto [b_start, b_end] = WordBefore(t, start, true, std::string_view::npos);
    if (b_start != b_end) {
      const std::string before = FoldString(t.substr(b_start, b_end - b_start));
      if (std::find(it->second.begin(), it->second.end(), before) != it->second.end()) {
        return std::string_view::npos;
      }
    }
  }
  return start;
}

// An ordinal suffix or ordinal dot right after digits [start, pos).
size_t OrdinalSuffix(std::string_view t, size_t start, size_t pos, const NumberLexicon::Impl& lex) {
  for (const std::string& suffix : lex.ordinal_suffixes) {
    const size_t n = MatchFolded(t, pos, suffix, lex);
    if (n == 0) continue;
    if (pos + n < t.size() && (IsLetter(DecodeAt(t, pos + n).cp) || DigitAt(t, pos + n))) continue;
    return n;
  }
  // it "il 10° posto": a cued suffix only after an ordinal_cue word.
  for (const std::string& suffix : lex.cued_ordinal_suffixes) {
    const size_t n = MatchFolded(t, pos, suffix, lex);
    if (n == 0) continue;
    if (pos + n < t.size() && (IsLetter(DecodeAt(t, pos + n).cp) || DigitAt(t, pos + n))) continue;
    const auto [w_start, w_end] = WordBefore(t, start, true, 16);
    if (w_start != w_end &&
        lex.ordinal_cues.count(FoldString(t.substr(w_start, w_end - w_start))) > 0) {
      return n;
    }
    break;
  }
  // "7. miejsce": a dot, one space, then a lower-case word; before a capital
  // only after a cue word ("am 3. Spieltag"): a capital after a dot more
  // often starts a sentence.
  if (lex.ordinal_dot && pos + 2 < t.size() && t[pos] == '.' && t[pos + 1] == ' ') {
    const Decoded d = DecodeAt(t, pos + 2);
    if (!IsLetter(d.cp)) return 0;
    if (FoldCase(d.cp) == d.cp) return 1;
    if (lex.ordinal_cues.empty()) return 0;
    const auto [w_start, w_end] = WordBefore(t, start, true, 16);
    if (w_start != w_end &&
        lex.ordinal_cues.count(FoldString(t.substr(w_start, w_end - w_start))) > 0) {
      return 1;
    }
  }
  return 0;
}

// ru "около тысячи", uk "близько сотні": a word both a plural scale and a
// vague amount ("тысячи" is also the genitive singular), alone in `tok`
// and right after a singular_cue word, is one of the scale, not vague.
void SingularScale(std::string_view t, size_t pos, const NumberLexicon::Impl& lex,
                   NumberToken* tok) {
  const WordSpan w = ReadWord(t, pos, lex);
  if (w.entries == nullptr || tok->end != w.end) return;
  double scale = 0;
  for (const NumberWord& e : *w.entries) {
    if (e.type == NumberWordType::kScale) scale = e.value;
  }
  if (scale <= 0) return;
  const auto [start, end] = WordBefore(t, pos, true, 64);
  if (start == end || !lex.Listed(lex.singular_cues, t.substr(start, end - start))) return;
  tok->value = scale;
  tok->vague = false;
}

// The number word at `pos` follows a word that makes it no number ("the
// one", "this one": data type not_number).
bool IsPronoun(std::string_view t, size_t pos, const NumberLexicon::Impl& lex) {
  const WordSpan w = ReadWord(t, pos, lex);
  const std::string word = FoldString(t.substr(w.start, w.end - w.start));
  auto it = lex.not_after.find(std::string_view(word));
  if (it == lex.not_after.end()) return false;
  const auto [start, end] = WordBefore(t, pos, true, std::string_view::npos);
  if (end == pos) return false;
  const std::string before = FoldString(t.substr(start, end - start));
  return std::find(it->second.begin(), it->second.end(), before) != it->second.end();
}

// An ordinal token `tok` whose last word is a cued_ordinal ("second",
// it "prima") is one only after an ordinal_cue word ("the second
// Sunday", "finished second", "la prima volta"), or as a composite
// ("twenty-second") after no article ("a thirty-second spot" is a length).
bool CuedOrdinalHolds(std::string_view t, const NumberToken& tok, const NumberLexicon::Impl& lex) {
  const auto [last, last_end] = WordBefore(t, tok.end, false, lex.longest_word);
  if (last == last_end || !lex.Listed(lex.cued_ordinals, t.substr(last, tok.end - last))) {
    return true;
  }
  const auto [b_start, b_end] = WordBefore(t, tok.start, true, 16);
  if (last > tok.start) {
    return b_start == b_end ||
           !HasType(ReadWord(t, b_start, lex).entries, NumberWordType::kArticle);
  }
  return b_start != b_end &&
         lex.ordinal_cues.count(FoldString(t.substr(b_start, b_end - b_start))) > 0;
}

// A sign at the start of a figure: at the start of the text or after a
// space, '(' or a line break.
bool SignStarts(std::string_view t, size_t sign_at) {
  const char32_t prev = DecodeBefore(t, sign_at);
  // "<=-30", ">-5", "≥-2": after a comparison sign (the quantity layer's
  // bound qualifiers).
  return sign_at == 0 || IsNumberSpace(prev) || prev == '(' || prev == '\n' || prev == '<' ||
         prev == '>' || prev == '=' || prev == 0x2264 || prev == 0x2265;
}

// A decimal fraction written without its zero (".08", "-.5"; ",5" where ','
// is the decimal sign), at a word start: the start of the figure (its sign
// included), or npos.
size_t BareDecimal(std::string_view t, size_t i, const NumberLexicon::Impl& lex) {
  if (!(t[i] == '.' || (t[i] == ',' && lex.IsDecimal(','))) || !DigitAt(t, i + 1)) {
    return std::string_view::npos;
  }
  if (SignStarts(t, i)) return i;
  const char32_t before = DecodeBefore(t, i);
  if (before == '-' || before == 0x2212) {
    const size_t sign_at = i - Utf8Length(before);
    if (SignStarts(t, sign_at)) return sign_at;
  }
  return std::string_view::npos;
}

// Digits glued to a letter before them ("A320", "COVID-19", "x2") are part
// of a name or code, not a figure.
bool GluedToLetter(std::string_view t, size_t pos) {
  char32_t before = DecodeBefore(t, pos);
  // "%20" in a URL is an escape, not a number.
  if (IsLetter(before) || before == '%') return true;
  if ((before == '-' || before == '_') && pos >= 2 && IsLetter(DecodeBefore(t, pos - 1)))
    return true;
  return false;
}

// The digits at `pos` are glued after 2-5 ASCII letters starting with a
// capital, with no letter or digit before them: maybe a currency code
// ("USD115", "Rs20"), for the quantity layer to tell (NumberToken::glued_code).
bool GluedCode(std::string_view t, size_t pos) {
  size_t j = pos;
  while (j > 0 && pos - j <= 5 &&
         ((t[j - 1] >= 'a' && t[j - 1] <= 'z') || (t[j - 1] >= 'A' && t[j - 1] <= 'Z'))) {
    --j;
  }
  if (pos - j < 2 || pos - j > 5 || t[j] < 'A' || t[j] > 'Z') return false;
  const char32_t before = DecodeBefore(t, j);
  return !IsLetter(before) && !IsAsciiDigit(before);
}

// Skips the digits and letters of a code or name from `i` ("A320neo").
size_t SkipGlued(std::string_view t, size_t i) {
  while (i < t.size() && (DigitAt(t, i) || IsLetter(DecodeAt(t, i).cp))) i += DecodeAt(t, i).len;
  return i;
}

}  // namespace

std::vector<NumberToken> ScanNumbers(std::string_view text, const NumberLexicon& lexicon) {
  const NumberLexicon::Impl& lex = lexicon.impl();
  std::vector<NumberToken> out;
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= '0' && c <= '9') {
      const size_t run_start = i;
      // "5k-20k": a dash right after a figure with a suffix is no code's.
      const bool after_figure =
          i > 0 && text[i - 1] == '-' && !out.empty() && out.back().end + 1 == i &&
          out.back().spelled &&
          (DigitAt(text, out.back().start) || DigitAt(text, out.back().start + 1));
      const bool glued = !after_figure && GluedToLetter(text, i);
      const bool glued_code = glued && GluedCode(text, i);
      if (!glued_code && glued) {
        i = SkipGlued(text, i);
        continue;
      }
      const DigitRun d = ReadDigitRun(text, i, lex, glued_code || CurrencyBefore(text, run_start));
      if (glued_code && d.kind != DigitRun::Kind::kNumber) {
        i = SkipGlued(text, std::max(i + 1, d.end));  // "MH17.2022": no code figure
        continue;
      }
      if (d.kind == DigitRun::Kind::kParts) {
        // A date or time: each digit run of it is its own plain number.
        AppendDigitParts(text, i, d.end, out);
        i = d.end;
        continue;
      }
      if (d.kind == DigitRun::Kind::kNone) {
        // Too long or malformed: nothing from the whole run.
        i = d.end;
        continue;
      }
      NumberToken tok;
      tok.start = static_cast<uint32_t>(run_start);
      double value = d.value;  // the sign apart
      bool negative = false;
      size_t end = d.end;
      // A sign right before: "-5", "−3,5", "+2" (not "10-15").
      if (run_start > 0) {
        const char32_t before = DecodeBefore(text, run_start);
        if (before == '-' || before == 0x2212 || before == '+') {
          const size_t sign_at = run_start - Utf8Length(before);
          if (SignStarts(text, sign_at)) {
            tok.start = static_cast<uint32_t>(sign_at);
            negative = before != '+';
          }
        }
      }
      if (tok.start == run_start) {
        if (const size_t m = MinusWordBefore(text, run_start, lex, out);
            m != std::string_view::npos) {
          tok.start = static_cast<uint32_t>(m);
          negative = true;
        }
      }
      // "2½": a whole number and a fraction sign.
      if (d.plain && end < text.size()) {
        const Decoded f = DecodeAt(text, end);
        if (const double frac = VulgarFraction(f.cp); frac > 0) {
          value += frac;
          end += f.len;
        }
      }
      tok.plain_digits = d.plain && tok.start == run_start && end == d.end;
      tok.digits = static_cast<uint8_t>(d.digits);
      const bool single_digit = d.plain && d.digits < 2;
      bool overflow = false;
      if (const size_t e = Exponent(text, end, &value, &overflow); e > 0) {
        if (overflow) {
          i = end + e;  // "1e999": no figure
          continue;
        }
        end += e;  // "1.3e6", "-12e-1"
        tok.plain_digits = false;
      } else if (const size_t x = ScaleSuffix(text, end, lex.scale_suffixes, single_digit, &value);
                 x > 0) {
        end += x;  // "10M", "1MM", "100К"
        tok.spelled = true;
        tok.plain_digits = false;
      } else if (const size_t y = value != std::floor(value)
                                      ? ScaleSuffix(text, end, lex.decimal_suffixes, false, &value)
                                      : 0;
                 y > 0) {
        end += y;  // "1.2b"
        tok.spelled = true;
      } else if (const size_t abbr_end = ScaleAbbreviation(text, end, lex, &value);
                 abbr_end > 0 && std::isfinite(value)) {
        end = abbr_end;
        tok.spelled = true;
        tok.plain_digits = false;
      } else if (std::optional<NumberToken> w =
                     ContinueDigits(text, run_start, end, value, d.plain && d.digits >= 4, lex)) {
        // "2,5 Millionen", "3 hundred and 21", "3 million and a half".
        value = w->value;
        end = w->end;
        tok.ordinal = w->ordinal;
        tok.spelled = true;
        tok.plain_digits = false;
      } else if (const size_t o = OrdinalSuffix(text, run_start, end, lex); o > 0) {
        tok.ordinal = true;
        tok.plain_digits = false;
        end += o;
      }
      if (glued_code) {
        // "USD50", "USD5 million"; not "MH17th", "A4x" nor a glued run on.
        if (tok.ordinal ||
            (end < text.size() && (IsLetter(DecodeAt(text, end).cp) || DigitAt(text, end)))) {
          i = SkipGlued(text, end);
          continue;
        }
        tok.glued_code = true;
        tok.plain_digits = false;
      }
      tok.value = negative ? -value : value;
      tok.end = static_cast<uint32_t>(end);
      out.push_back(tok);
      i = end;
      continue;
    }
    if (const size_t sign_at = BareDecimal(text, i, lex); sign_at != std::string_view::npos) {
      const size_t n = DigitCount(text, i + 1);
      const size_t after = i + 1 + n;
      const bool more = after < text.size() && (text[after] == '.' || text[after] == ',');
      if (n <= kMaxDigits && !more) {
        NumberToken tok;
        tok.start = static_cast<uint32_t>(sign_at);
        tok.end = static_cast<uint32_t>(after);
        tok.value = std::strtod(("0." + std::string(text.substr(i + 1, n))).c_str(), nullptr);
        if (sign_at != i) tok.value = -tok.value;
        out.push_back(tok);
      }
      i = after;
      continue;
    }
    // A web address ("https://...", "www...") holds ids and escapes, no
    // figures: skip it to the next space.
    if ((text[i] == 'h' || text[i] == 'w') && !IsLetter(DecodeBefore(text, i)) &&
        (text.substr(i, 7) == "http://" || text.substr(i, 8) == "https://" ||
         text.substr(i, 4) == "www.")) {
      while (i < text.size() && !IsNumberSpace(DecodeAt(text, i).cp) && text[i] != '\n') {
        i += DecodeAt(text, i).len;
      }
      continue;
    }
    Decoded d = DecodeAt(text, i);
    if (!IsLetter(d.cp)) {
      // "½" alone, not glued to a letter or digit.
      if (const double frac = VulgarFraction(d.cp); frac > 0) {
        const char32_t before = DecodeBefore(text, i);
        const bool glued = i + d.len < text.size() &&
                           (IsLetter(DecodeAt(text, i + d.len).cp) || DigitAt(text, i + d.len));
        if (!IsLetter(before) && !IsAsciiDigit(before) && !glued) {
          NumberToken tok;
          tok.start = static_cast<uint32_t>(i);
          tok.end = static_cast<uint32_t>(i + d.len);
          tok.value = frac;
          out.push_back(tok);
        }
      }
      i += d.len;
      continue;
    }
    // A word: a number word starts a composition; any other is skipped.
    if (IsLetter(DecodeBefore(text, i))) {
      i += d.len;
      continue;
    }
    size_t word_end = i;
    // Most words start with letters no number word starts with: skipped
    // without reading them as one (the same end as below).
    std::optional<NumberToken> tok;
    if (!NoFormStartsAt(text, i, lex)) tok = ComposeWords(text, i, lex, &word_end);
    if (tok && tok->vague && !lex.singular_cues.empty()) SingularScale(text, i, lex, &*tok);
    // "the one": a pronoun, not a figure (checked only for number words).
    if (tok && !lex.not_after.empty() && IsPronoun(text, i, lex)) {
      i = ReadWord(text, i, lex).end;
      continue;
    }
    // fr "34 cents": after a figure the coin, not a hundred of its own.
    if (tok && !out.empty() && !lex.not_after_digits.empty() &&
        NextWordStart(text, out.back().end) == i &&
        lex.Listed(lex.not_after_digits, text.substr(i, word_end - i))) {
      i = word_end;
      continue;
    }
    // "a second", "one second": the time unit (cued_ordinal).
    if (tok && tok->ordinal && !lex.cued_ordinals.empty() && !CuedOrdinalHolds(text, *tok, lex)) {
      i = ReadWord(text, i, lex).end;
      continue;
    }
    // fr "Deux policiers et un passant": an article in a list of figures.
    if (!tok && lex.list_article) {
      const WordSpan w = ReadWord(text, i, lex);
      if (!out.empty()) tok = ListArticle(text, w, out, lex);
      // "un mort et onze blessés": an article that opens a list.
      if (!tok) tok = LeadingListArticle(text, w, lex);
    }
    if (tok) {
      if (const size_t m = MinusWordBefore(text, i, lex, out); m != std::string_view::npos) {
        tok->start = static_cast<uint32_t>(m);
        tok->value = -tok->value;
      }
      out.push_back(*tok);
      i = tok->end;
      continue;
    }
    i = std::max(i + d.len, word_end);
    while (i < text.size()) {
      Decoded w = DecodeAt(text, i);
      if (!IsLetter(w.cp) && w.cp != '\'' && w.cp != 0x2019 && w.cp != 0x2018) break;
      i += w.len;
    }
  }
  return out;
}

}  // namespace parallax::annotate
