// Digits and separators into a number (number_digits.h). The rules, which
// are format rules, not language knowledge (the separators themselves come
// from @decimal and @group of data/<lang>/numbers.tsv):
// - A run is digit groups joined by single separators: '.', ',', ':', '/',
//   and the language's space-like or apostrophe group signs; a space or an
//   apostrophe joins only exactly three digits, after a run grouped by that
//   same sign so far ("12 000", but "2020 300" is two numbers).
// - Thousands groups: the first group has 1-3 digits and no leading zero,
//   every later group exactly 3 digits, always the same sign.
// - One '.' or ',' before exactly three digits groups thousands when the
//   language lists it as a group sign (en "3,000", de "3.000"); otherwise,
//   and before any other count of digits, it is the decimal sign.
// - Two or more of the same sign can only group ("1.234.567" in English);
//   commas may also group the Indian way ("12,34,567": 2-digit groups
//   before the last 3).
//   Mixed signs: thousands groups, then one decimal sign of the other kind
//   ("1,234,567.89", "1.234.567,89", "1 234,5").
// - One '.' or ',' before 1-2 or 4+ digits is a decimal sign in every
//   language ("3.14" in a Russian text); "10.30 Uhr" and "12.03." are the
//   date layer's (it reads digits itself and wins over overlapping numbers).
// - Next to a currency sign ("$10,000", "3.14US$", "€ 1.250") a figure is
//   an amount, which has at most two decimals: one '.' or ',' before
//   exactly three digits groups thousands.
// - Two or three groups that look like a date ("06.01.2022", "12/01/2022",
//   "2022.01.07") or a time ("10:30") are read part by part; "1/2", "3/4"
//   (a numerator below a denominator of at most 10) is a fraction.
// - Anything else ("1.00.0", "192.168.0.1", "1,2345,678") gives no number,
//   nor does a run of more than 18 significant digits.
#include "annotate/number_digits.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "annotate/number_chars.h"

namespace parallax::annotate {
namespace {

// A double holds 15-17 significant digits exactly; 18 is the most a news
// figure needs (and keeps every integer value below 10^18 exact to 1 part
// in 10^16). More: no number (the contract of ScanNumbers).
constexpr size_t kMaxSignificant = 18;

// The most groups a number can have: 1,000,000,000,000,000 has 6, plus a
// decimal part. Longer runs are malformed (read to their end, no number).
constexpr size_t kMaxGroups = 8;

struct Group {
  size_t start = 0;
  size_t len = 0;
  char32_t sep = 0;  // the separator before it (0 for the first)
};

size_t DigitsAt(std::string_view t, size_t i) {
  size_t j = i;
  while (j < t.size() && t[j] >= '0' && t[j] <= '9') ++j;
  return j - i;
}

bool IsPunctSep(char32_t c) { return c == '.' || c == ',' || c == ':' || c == '/'; }

// A space-like or apostrophe group sign of the language. Thin and figure
// spaces count as no-break spaces (both are typographic narrow spaces).
bool IsSpacedGroup(char32_t c, const NumberLexicon::Impl& lex) {
  if (c == '.' || c == ',') return false;
  if (c == 0x2009 || c == 0x2007) c = 0x202F;
  return lex.IsGroup(c) && (IsNumberSpace(c) || c == '\'' || c == 0x2019);
}

// Groups [1, last] are thousands groups after a valid first group.
bool ThousandsGroups(std::string_view t, const Group* g, size_t last) {
  if (g[0].len < 1 || g[0].len > 3 || t[g[0].start] == '0') return false;
  for (size_t k = 1; k <= last; ++k) {
    if (g[k].len != 3 || g[k].sep != g[1].sep) return false;
  }
  return true;
}

bool LeadingZero(std::string_view t, const Group& g) { return g.len > 1 && t[g.start] == '0'; }

// Indian grouping with commas: 1-2 digits, groups of 2, a last group of 3
// ("12,34,567" = 1234567, lakh and crore places); groups [0, n).
bool IndianGroups(std::string_view t, const Group* g, size_t n) {
  if (n < 3 || g[0].len < 1 || g[0].len > 2 || t[g[0].start] == '0') return false;
  for (size_t k = 1; k < n; ++k) {
    if (g[k].sep != ',' || g[k].len != (k + 1 == n ? 3u : 2u)) return false;
  }
  return true;
}

// Day.month(.year), month/day/year, year.month.day, hour:minute(:second).
bool DateOrTimeShaped(const Group* g, size_t n) {
  if (n < 2 || n > 3) return false;
  for (size_t k = 2; k < n; ++k) {
    if (g[k].sep != g[1].sep) return false;
  }
  const char32_t sep = g[1].sep;
  if (sep == ':') {
    for (size_t k = 0; k < n; ++k) {
      if (g[k].len > 2 || (k > 0 && g[k].len != 2)) return false;
    }
    return true;
  }
  if (sep != '.' && sep != '/') return false;
  const bool day_first =
      g[0].len <= 2 && g[1].len <= 2 && (n == 2 || g[2].len == 2 || g[2].len == 4);
  const bool year_first = n == 3 && g[0].len == 4 && g[1].len <= 2 && g[2].len <= 2;
  return day_first || year_first;
}

// The value of the digits of groups [0, int_end) and, if `frac` is not
// null, a decimal fraction; false if over kMaxSignificant digits.
bool Compose(std::string_view t, const Group* g, size_t int_end, const Group* frac, double* value) {
  char buf[2 * kMaxSignificant + 4];
  size_t n = 0;
  bool leading = true;
  for (size_t k = 0; k < int_end; ++k) {
    for (size_t i = g[k].start; i < g[k].start + g[k].len; ++i) {
      if (leading && t[i] == '0') continue;
      leading = false;
      if (n >= kMaxSignificant) return false;
      buf[n++] = t[i];
    }
  }
  if (n == 0) buf[n++] = '0';
  const size_t int_digits = leading ? 0 : n;
  if (frac != nullptr) {
    if (int_digits + frac->len > kMaxSignificant) return false;
    buf[n++] = '.';
    for (size_t i = frac->start; i < frac->start + frac->len; ++i) buf[n++] = t[i];
  }
  const auto [ptr, ec] = std::from_chars(buf, buf + n, *value);
  return ec == std::errc() && ptr == buf + n;
}

DigitRun Number(size_t end, double value) {
  DigitRun r;
  r.kind = DigitRun::Kind::kNumber;
  r.end = end;
  r.value = value;
  return r;
}

DigitRun Parts(size_t end) {
  DigitRun r;
  r.kind = DigitRun::Kind::kParts;
  r.end = end;
  return r;
}

// A currency sign right after `end`: "10,000$", "3.14 €", "3.14US$" (up
// to three capital letters of a country before the sign).
bool CurrencyAfter(std::string_view t, size_t end) {
  size_t i = end;
  if (i < t.size() && IsNumberSpace(DecodeAt(t, i).cp)) i += DecodeAt(t, i).len;
  size_t caps = 0;
  while (i + caps < t.size() && caps < 3 && t[i + caps] >= 'A' && t[i + caps] <= 'Z') ++caps;
  i += caps;
  return i < t.size() && IsCurrencySign(DecodeAt(t, i).cp);
}

// One separator: a group, a decimal sign, a fraction, a date or time.
DigitRun OneSeparator(std::string_view t, const Group* g, size_t end,
                      const NumberLexicon::Impl& lex, bool money) {
  const char32_t sep = g[1].sep;
  DigitRun none;
  none.end = end;
  double value = 0;
  if (sep == '/') {
    double num = 0;
    double den = 0;
    if (g[0].len <= 2 && g[1].len <= 2 && !LeadingZero(t, g[0]) && !LeadingZero(t, g[1]) &&
        Compose(t, g, 1, nullptr, &num) && Compose(t, g + 1, 1, nullptr, &den) && num >= 1 &&
        num < den && den <= 10) {
      DigitRun r = Number(end, num / den);
      r.slash_fraction = true;
      return r;
    }
    return DateOrTimeShaped(g, 2) || (g[0].len <= 4 && g[1].len <= 4) ? Parts(end) : none;
  }
  if (sep == ':') return g[0].len <= 4 && g[1].len <= 4 ? Parts(end) : none;
  if (sep == '.' || sep == ',') {
    if ((lex.IsGroup(sep) || money) && ThousandsGroups(t, g, 1)) {
      return Compose(t, g, 2, nullptr, &value) ? Number(end, value) : none;
    }
    // "06.01": a leading zero makes no decimal number; a date part.
    if (LeadingZero(t, g[0])) return DateOrTimeShaped(g, 2) ? Parts(end) : none;
    // "3.14" is 3.14 in every language; "10.30 Uhr" and "12.03." are read
    // as a time and a date by the date layer, which reads digits itself and
    // wins over the numbers it overlaps.
    if (lex.IsDecimal(sep) || g[1].len != 3) {
      return Compose(t, g, 1, &g[1], &value) ? Number(end, value) : none;
    }
    return none;
  }
  // A space or apostrophe: joined only as a thousands group.
  return Compose(t, g, 2, nullptr, &value) ? Number(end, value) : none;
}

}  // namespace

bool CurrencyBefore(std::string_view text, size_t pos) {
  char32_t before = DecodeBefore(text, pos);
  if (IsNumberSpace(before)) before = DecodeBefore(text, pos - Utf8Length(before));
  return IsCurrencySign(before);
}

DigitRun ReadDigitRun(std::string_view text, size_t pos, const NumberLexicon::Impl& lex,
                      bool money_before) {
  Group g[kMaxGroups];
  size_t n = 0;
  bool overflow = false;
  size_t i = pos;
  size_t len = DigitsAt(text, i);
  g[n++] = {i, len, 0};
  i += len;
  while (i < text.size()) {
    const Decoded d = DecodeAt(text, i);
    const size_t next = i + d.len;
    const size_t digits = DigitsAt(text, next);
    if (digits == 0) break;
    if (!IsPunctSep(d.cp)) {
      // "12 000", "12'500": only after a run grouped by the same sign.
      if (!IsSpacedGroup(d.cp, lex) || digits != 3 || overflow) break;
      if (n > 1 && g[1].sep != d.cp) break;
      if (!ThousandsGroups(text, g, n - 1) || g[0].len > 3) break;
    }
    if (n < kMaxGroups) {
      g[n++] = {next, digits, d.cp};
    } else {
      overflow = true;
    }
    i = next + digits;
  }
  DigitRun none;
  none.end = i;
  if (overflow) return none;
  double value = 0;
  if (n == 1) {
    if (!Compose(text, g, 1, nullptr, &value)) return none;
    DigitRun r = Number(i, value);
    r.plain = true;
    r.digits = std::min<size_t>(len, 255);
    return r;
  }
  if (n == 2) return OneSeparator(text, g, i, lex, money_before || CurrencyAfter(text, i));
  bool same = true;
  for (size_t k = 2; k < n; ++k) same = same && g[k].sep == g[1].sep;
  if (same) {
    const char32_t sep = g[1].sep;
    if (sep != ':' && sep != '/' && (ThousandsGroups(text, g, n - 1) || IndianGroups(text, g, n))) {
      return Compose(text, g, n, nullptr, &value) ? Number(i, value) : none;
    }
    return DateOrTimeShaped(g, n) ? Parts(i) : none;
  }
  // Thousands groups, then one decimal sign of another kind.
  const char32_t last = g[n - 1].sep;
  bool earlier_same = true;
  for (size_t k = 2; k + 1 < n; ++k) earlier_same = earlier_same && g[k].sep == g[1].sep;
  if (earlier_same && (last == '.' || last == ',') && g[1].sep != ':' && g[1].sep != '/' &&
      (ThousandsGroups(text, g, n - 2) || IndianGroups(text, g, n - 1)) &&
      Compose(text, g, n - 1, &g[n - 1], &value)) {
    return Number(i, value);
  }
  return none;
}

void AppendDigitParts(std::string_view text, size_t pos, size_t end,
                      std::vector<NumberToken>& out) {
  size_t i = pos;
  while (i < end) {
    const size_t n = DigitsAt(text.substr(0, end), i);
    if (n == 0) {
      ++i;
      continue;
    }
    if (n <= kMaxSignificant) {
      NumberToken tok;
      tok.start = static_cast<uint32_t>(i);
      tok.end = static_cast<uint32_t>(i + n);
      double value = 0;
      std::from_chars(text.data() + i, text.data() + i + n, value);
      tok.value = value;
      tok.plain_digits = true;
      tok.digits = static_cast<uint8_t>(n);
      out.push_back(tok);
    }
    i += n;
  }
}

}  // namespace parallax::annotate
