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
#include "annotate/number_lexicon.h"
#include "annotate/number_words.h"

namespace parallax::annotate {
namespace {

// More significant digits than a double holds exactly (and than any figure
// in the news needs): such a run is not read at all.
constexpr size_t kMaxDigits = 18;

bool DigitAt(std::string_view t, size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }

size_t DigitRun(std::string_view t, size_t i) {
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

// A run of 2-3 digit groups of at most 4 digits joined by '.', '/' or ':'
// ("06.01.2022", "7/1/22", "10:30", "18.30"): a date or time, read part by
// part. Any other run of separated digits ("1,000,000,000,000,000,000,000"
// in a language that groups with spaces, "192.168.0.1") gives no number.
bool DateLike(std::string_view t, size_t pos) {
  size_t i = pos;
  int parts = 0;
  while (true) {
    const size_t n = DigitRun(t, i);
    if (n == 0 || n > 4) return false;
    ++parts;
    i += n;
    if (i + 1 < t.size() && (t[i] == '.' || t[i] == '/' || t[i] == ':') && DigitAt(t, i + 1)) {
      ++i;
      continue;
    }
    break;
  }
  return parts >= 2 && parts <= 3;
}

struct DigitNumber {
  size_t end = 0;
  double value = 0;
  bool plain = false;
  size_t digits = 0;
  bool ok = false;
  bool compound = false;  // a date-, time- or version-like run: read per part
};

// Reads a number written in digits at `pos` (a digit).
DigitNumber ReadDigits(std::string_view t, size_t pos, const NumberLexicon::Impl& lex) {
  DigitNumber out;
  size_t i = pos;
  const size_t first = DigitRun(t, i);
  std::string digits(t.substr(i, first));
  i += first;
  bool grouped = false;
  char32_t group_sep = 0;
  // Thousands groups: the same separator each time, exactly three digits
  // after it, at most three before the first.
  while (first <= 3 && i < t.size()) {
    Decoded d = DecodeAt(t, i);
    if (!lex.IsGroup(d.cp) || (group_sep != 0 && d.cp != group_sep)) break;
    if (DigitRun(t, i + d.len) != 3) break;
    // A separator that is also the decimal one ("1,500" in English text
    // lists ',' only as group; "und" lists both) is a group when exactly
    // three digits follow, unless it is then followed by more digits.
    group_sep = d.cp;
    digits.append(t.substr(i + d.len, 3));
    i += d.len + 3;
    grouped = true;
  }
  std::string fraction;
  if (i < t.size()) {
    Decoded d = DecodeAt(t, i);
    const size_t after = DigitRun(t, i + d.len);
    // The language's decimal sign; or '.'/',' that is not its group sign
    // here, followed by 1-2 or 4+ digits ("3.5" in a German text).
    const bool decimal =
        lex.IsDecimal(d.cp) || ((d.cp == '.' || d.cp == ',') && d.cp != group_sep && after != 3 &&
                                !(grouped && !lex.IsDecimal(d.cp)));
    if (after > 0 && decimal && d.cp != group_sep) {
      fraction = std::string(t.substr(i + d.len, after));
      i += d.len + after;
    }
  }
  // A date, time or version: more separators and digits follow
  // ("06.01.2022", "10:30", "1.2.3", "7/1/22"). Read each part alone.
  if (i + 1 < t.size() && (t[i] == '.' || t[i] == ':' || t[i] == '/' || t[i] == ',') &&
      DigitAt(t, i + 1) && (!fraction.empty() || t[i] != ',' || grouped)) {
    out.compound = DateLike(t, pos);
    return out;
  }
  if (t[i - 1] == ':' || t[i - 1] == '/') return out;
  // Trim leading zeros before counting significant digits.
  size_t lead = 0;
  while (lead + 1 < digits.size() && digits[lead] == '0') ++lead;
  if (digits.size() - lead + fraction.size() > kMaxDigits) return out;
  out.value = std::strtod((digits + (fraction.empty() ? "" : "." + fraction)).c_str(), nullptr);
  out.end = i;
  out.plain = !grouped && fraction.empty();
  out.digits = std::min<size_t>(digits.size(), 255);
  out.ok = std::isfinite(out.value);
  return out;
}

// After a number ending at `pos`: a scale word or abbreviation, with at
// most one space between ("2,5 Millionen", "10 тыс.", "91mln").
bool ApplyScale(std::string_view t, size_t pos, const NumberLexicon::Impl& lex, double* value,
                size_t* end) {
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
  for (const NumberWord& e : *w.entries) {
    if (e.type == NumberWordType::kScale || e.type == NumberWordType::kHundred) {
      *value *= e.value;
      *end = w.end;
      return true;
    }
  }
  return false;
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
  size_t end = pos;
  while (end > 0 && IsNumberSpace(DecodeBefore(t, end))) --end;
  if (end == pos) return false;
  size_t start = end;
  while (start > 0 && IsLetter(DecodeBefore(t, start))) {
    char32_t c = DecodeBefore(t, start);
    start -= c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
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
  if (IsLetter(before)) return true;
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
      DigitNumber d = ReadDigits(text, i, lex);
      if (d.compound) {
        // Each digit run of the date-like run is its own plain number.
        while (i < text.size()) {
          const size_t n = DigitRun(text, i);
          if (n > 0) {
            if (n <= kMaxDigits) {
              NumberToken tok;
              tok.start = static_cast<uint32_t>(i);
              tok.end = static_cast<uint32_t>(i + n);
              tok.value = std::strtod(std::string(text.substr(i, n)).c_str(), nullptr);
              tok.plain_digits = true;
              tok.digits = static_cast<uint8_t>(n);
              out.push_back(tok);
            }
            i += n;
          } else if ((text[i] == '.' || text[i] == ':' || text[i] == '/' || text[i] == ',') &&
                     DigitAt(text, i + 1)) {
            ++i;
          } else {
            break;
          }
        }
        continue;
      }
      if (!d.ok) {
        // Too long or malformed: skip the whole run of digits and signs.
        i = run_start;
        while (i < text.size() &&
               (DigitAt(text, i) || text[i] == '.' || text[i] == ',' || text[i] == ':' ||
                text[i] == '/' || text[i] == '\'' || text[i] == ' ')) {
          if (text[i] == ' ' && !DigitAt(text, i + 1)) break;
          ++i;
        }
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
      tok.plain_digits = d.plain && tok.start == run_start;
      tok.digits = static_cast<uint8_t>(d.digits);
      double scaled = tok.value;
      size_t scaled_end = end;
      if (ApplyScale(text, end, lex, &scaled, &scaled_end) && std::isfinite(scaled)) {
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
      const size_t n = DigitRun(text, i + 1);
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
    Decoded d = DecodeAt(text, i);
    if (!IsLetter(d.cp)) {
      i += d.len;
      continue;
    }
    // A word: a number word starts a composition; any other is skipped.
    if (IsLetter(DecodeBefore(text, i))) {
      i += d.len;
      continue;
    }
    if (!lex.not_after.empty() && IsPronoun(text, i, lex)) {
      i = ReadWord(text, i, lex).end;
      continue;
    }
    std::optional<NumberToken> tok = ComposeWords(text, i, lex);
    if (tok) {
      out.push_back(*tok);
      i = tok->end;
      continue;
    }
    while (i < text.size()) {
      Decoded w = DecodeAt(text, i);
      if (!IsLetter(w.cp) && w.cp != '\'' && w.cp != 0x2019) break;
      i += w.len;
    }
  }
  return out;
}

}  // namespace parallax::annotate
