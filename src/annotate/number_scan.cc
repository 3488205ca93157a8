// ScanNumbers (number_scan.h): digits with the language's separators, number
// words composed into one value, mixed forms ("2,5 Millionen", "10 тыс."),
// ordinals and vague amounts. One left-to-right pass; every byte is looked
// at a bounded number of times.
#include "annotate/number_scan.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "annotate/number_chars.h"
#include "annotate/number_digits.h"
#include "annotate/number_lexicon.h"
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

// The folded text of `t` from `pos` matches `folded` (a lexicon string);
// returns the bytes of `t` consumed, or 0.
size_t MatchFolded(std::string_view t, size_t pos, std::string_view folded) {
  size_t i = pos;
  size_t k = 0;
  std::string buf;
  while (k < folded.size()) {
    if (i >= t.size()) return 0;
    Decoded d = DecodeAt(t, i);
    buf.clear();
    AppendUtf8(buf, FoldCase(d.cp));
    if (folded.compare(k, buf.size(), buf) != 0) return 0;
    k += buf.size();
    i += d.len;
  }
  return i - pos;
}

// After a number ending at `pos`: a scale word or abbreviation, with at
// most one space between ("2,5 Millionen", "10 тыс.", "91mln").
// `long_plain`: the number is a bare run of 4 or more digits ("2022"): a
// plural that is also a vague amount starts a new phrase after it ("in 2022
// thousands fled", "в 2021 тысячи людей"), it does not multiply it.
bool ApplyScale(std::string_view t, size_t pos, const NumberLexicon::Impl& lex, double* value,
                size_t* end, bool long_plain) {
  size_t i = pos;
  if (i < t.size()) {
    Decoded d = DecodeAt(t, i);
    if (IsNumberSpace(d.cp)) i += d.len;
  }
  if (i >= t.size()) return false;
  for (const auto& [abbr, scale] : lex.scale_abbr) {
    const size_t n = MatchFolded(t, i, abbr);
    if (n == 0) continue;
    // The abbreviation must end at a word boundary (or with its own '.').
    if (abbr.back() != '.' && i + n < t.size() && IsLetter(DecodeAt(t, i + n).cp)) continue;
    *value *= scale;
    *end = i + n;
    return true;
  }
  WordSpan w = ReadWord(t, i, lex);
  if (w.entries == nullptr) return false;
  if (long_plain) {
    for (const NumberWord& e : *w.entries) {
      if (e.type == NumberWordType::kVague) return false;
    }
  }
  for (const NumberWord& e : *w.entries) {
    if (e.type == NumberWordType::kScale || e.type == NumberWordType::kHundred) {
      *value *= e.value;
      *end = w.end;
      return true;
    }
  }
  return false;
}

// The start of a minus word ("minus 5", "minus zwei") right before `pos`
// with one space between, or npos.
size_t MinusWordBefore(std::string_view t, size_t pos, const NumberLexicon::Impl& lex) {
  if (!lex.has_minus || pos < 2) return std::string_view::npos;
  // Exactly one space between the minus word and the number.
  const char32_t space = DecodeBefore(t, pos);
  if (!IsNumberSpace(space)) return std::string_view::npos;
  const auto [start, end] = WordBefore(t, pos - Utf8Length(space), false, lex.longest_word);
  if (start == end || IsLetter(DecodeBefore(t, start))) return std::string_view::npos;
  const WordSpan w = ReadWord(t, start, lex);
  if (w.end != end || w.entries == nullptr) return std::string_view::npos;
  for (const NumberWord& e : *w.entries) {
    if (e.type == NumberWordType::kMinus) return start;
  }
  return std::string_view::npos;
}

// An ordinal suffix or ordinal dot right after digits ending at `pos`.
size_t OrdinalSuffix(std::string_view t, size_t pos, const NumberLexicon::Impl& lex) {
  for (const std::string& suffix : lex.ordinal_suffixes) {
    const size_t n = MatchFolded(t, pos, suffix);
    if (n == 0) continue;
    if (pos + n < t.size() && (IsLetter(DecodeAt(t, pos + n).cp) || DigitAt(t, pos + n))) continue;
    return n;
  }
  // "7. miejsce", "3. Platz": a dot, one space, then a lower-case word.
  if (lex.ordinal_dot && pos + 2 < t.size() && t[pos] == '.' && t[pos + 1] == ' ') {
    Decoded d = DecodeAt(t, pos + 2);
    if (IsLetter(d.cp) && FoldCase(d.cp) == d.cp) return 1;
  }
  return 0;
}

// The number word at `pos` follows a word that makes it no number ("the
// one", "this one": data type not_number).
bool IsPronoun(std::string_view t, size_t pos, const NumberLexicon::Impl& lex) {
  const WordSpan w = ReadWord(t, pos, lex);
  std::string word = FoldString(t.substr(w.start, w.end - w.start));
  auto it = lex.not_after.find(std::string_view(word));
  if (it == lex.not_after.end()) return false;
  const auto [start, end] = WordBefore(t, pos, true, std::string_view::npos);
  if (end == pos) return false;
  const std::string before = FoldString(t.substr(start, end - start));
  return std::find(it->second.begin(), it->second.end(), before) != it->second.end();
}

// A decimal fraction written without its zero (".08"), at a word start.
bool BareDecimal(std::string_view t, size_t i, const NumberLexicon::Impl& lex) {
  if (!(t[i] == '.' || t[i] == ',') || !lex.IsDecimal(static_cast<unsigned char>(t[i])) ||
      !DigitAt(t, i + 1)) {
    return false;
  }
  const char32_t before = DecodeBefore(t, i);
  return i == 0 || IsNumberSpace(before) || before == '(' || before == '\n';
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

}  // namespace

std::vector<NumberToken> ScanNumbers(std::string_view text, const NumberLexicon& lexicon) {
  const NumberLexicon::Impl& lex = lexicon.impl();
  std::vector<NumberToken> out;
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= '0' && c <= '9') {
      const size_t run_start = i;
      if (GluedToLetter(text, i)) {
        while (i < text.size() && (DigitAt(text, i) || IsLetter(DecodeAt(text, i).cp))) {
          i += DecodeAt(text, i).len;
        }
        continue;
      }
      const DigitRun d = ReadDigitRun(text, i, lex);
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
      tok.value = d.value;
      size_t end = d.end;
      // A sign right before: "-5", "−3,5", "+2" (not "10-15").
      if (run_start > 0) {
        const char32_t before = DecodeBefore(text, run_start);
        if (before == '-' || before == 0x2212 || before == '+') {
          const size_t sign_len = before == 0x2212 ? 3 : 1;
          const size_t sign_at = run_start - sign_len;
          const char32_t prev = DecodeBefore(text, sign_at);
          if (sign_at == 0 || IsNumberSpace(prev) || prev == '(' || prev == '\n') {
            tok.start = static_cast<uint32_t>(sign_at);
            if (before != '+') tok.value = -tok.value;
          }
        }
      }
      if (tok.start == run_start) {
        if (const size_t m = MinusWordBefore(text, run_start, lex); m != std::string_view::npos) {
          tok.start = static_cast<uint32_t>(m);
          tok.value = -tok.value;
        }
      }
      // "2½": a whole number and a fraction sign.
      if (d.plain && end < text.size()) {
        const Decoded f = DecodeAt(text, end);
        if (const double frac = VulgarFraction(f.cp); frac > 0) {
          tok.value = tok.value < 0 ? tok.value - frac : tok.value + frac;
          end += f.len;
        }
      }
      tok.plain_digits = d.plain && tok.start == run_start && end == d.end;
      tok.digits = static_cast<uint8_t>(d.digits);
      double scaled = tok.value;
      size_t scaled_end = end;
      if (ApplyScale(text, end, lex, &scaled, &scaled_end, d.plain && d.digits >= 4) &&
          std::isfinite(scaled)) {
        tok.value = scaled;
        end = scaled_end;
        tok.spelled = true;
        tok.plain_digits = false;
      } else if (size_t n = OrdinalSuffix(text, end, lex); n > 0) {
        tok.ordinal = true;
        tok.plain_digits = false;
        end += n;
      }
      tok.end = static_cast<uint32_t>(end);
      out.push_back(tok);
      i = end;
      continue;
    }
    if (BareDecimal(text, i, lex)) {
      const size_t n = DigitCount(text, i + 1);
      const size_t after = i + 1 + n;
      const bool more = after < text.size() && (text[after] == '.' || text[after] == ',');
      if (n <= kMaxDigits && !more) {
        NumberToken tok;
        tok.start = static_cast<uint32_t>(i);
        tok.end = static_cast<uint32_t>(after);
        tok.value = std::strtod(("0." + std::string(text.substr(i + 1, n))).c_str(), nullptr);
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
    std::optional<NumberToken> tok = ComposeWords(text, i, lex);
    // "the one": a pronoun, not a figure (checked only for number words).
    if (tok && !lex.not_after.empty() && IsPronoun(text, i, lex)) {
      i = ReadWord(text, i, lex).end;
      continue;
    }
    if (tok) {
      if (const size_t m = MinusWordBefore(text, i, lex); m != std::string_view::npos) {
        tok->start = static_cast<uint32_t>(m);
        tok->value = -tok->value;
      }
      out.push_back(*tok);
      i = tok->end;
      continue;
    }
    while (i < text.size()) {
      Decoded w = DecodeAt(text, i);
      if (!IsLetter(w.cp) && w.cp != '\'' && w.cp != 0x2019 && w.cp != 0x2018) break;
      i += w.len;
    }
  }
  return out;
}

}  // namespace parallax::annotate
