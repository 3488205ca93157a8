// parallax story stage: value intervals from qualifiers, the "as of" date of
// a claim, and figures written out for notes.
//
// A figure with its qualifier stands for a set of values (an interval);
// two figures agree when their intervals share a value. The reach of each
// qualifier comes from data/story/compare.tsv (each with its reason):
//   "about 2,000" -> [1,800, 2,200]: agrees with "2,030", not with "about 2,500"
//   "more than 1,000" -> (1,000, 2,000]: agrees with "1,200", not with
//       "more than 2,000" (writers say "more than N" with N the figure rounded
//       down at its last non-zero digit, so the true figure is below the next
//       step; at least bound_margin of N)
//   "dozens" (20) -> [10, 100]
#include <algorithm>
#include <cmath>
#include <limits>

#include "story/compare_detail.h"

namespace parallax::story {
namespace {

// The place value of v's last non-zero digit before the decimal point
// (5,800 -> 100; 2,030 -> 10; 1,000 -> 1,000); 0 for a value under 1 or
// with a fraction.
double LastDigitStep(double v) {
  if (!(v >= 1) || v != std::floor(v) || v > 1e15) return 0;
  double step = 1;
  while (step < 1e15 && std::fmod(v, step * 10) == 0) step *= 10;
  return step;
}

}  // namespace

Interval ValueInterval(double value, std::optional<double> value_max, Approx approx,
                       const CompareRules& rules) {
  const double v = std::isfinite(value) ? value : 0;
  Interval out{v, v, false, false};
  if (v < 0) return out;
  const double margin = std::max(LastDigitStep(v), rules.bound_margin * v);
  switch (approx) {
    case Approx::kExact:
      break;
    case Approx::kAbout:
      out = {v - rules.about_tolerance * v, v + rules.about_tolerance * v, false, false};
      break;
    case Approx::kMoreThan:
      out = {v, v + margin, true, false};
      break;
    case Approx::kAtLeast:
      out = {v, v + margin, false, false};
      break;
    case Approx::kLessThan:
      out = {std::max(0.0, v - margin), v, false, true};
      break;
    case Approx::kUpTo:
      out = {std::max(0.0, v - margin), v, false, false};
      break;
    case Approx::kRange:
      if (value_max && std::isfinite(*value_max) && *value_max >= v) out.hi = *value_max;
      break;
    case Approx::kVague:
      out = {v * rules.vague_low, v * rules.vague_high, false, false};
      break;
  }
  // A point interval is closed whatever the qualifier said.
  if (out.lo == out.hi) out.lo_open = out.hi_open = false;
  return out;
}

bool Overlap(const Interval& a, const Interval& b) {
  const double lo = std::max(a.lo, b.lo);
  const double hi = std::min(a.hi, b.hi);
  if (lo < hi) return true;
  if (lo > hi) return false;
  // One shared point: it must belong to both.
  const bool in_a = !((lo == a.lo && a.lo_open) || (lo == a.hi && a.hi_open));
  const bool in_b = !((lo == b.lo && b.lo_open) || (lo == b.hi && b.hi_open));
  return in_a && in_b;
}

Interval Intersect(const Interval& a, const Interval& b) {
  Interval out;
  if (a.lo > b.lo) {
    out.lo = a.lo, out.lo_open = a.lo_open;
  } else if (b.lo > a.lo) {
    out.lo = b.lo, out.lo_open = b.lo_open;
  } else {
    out.lo = a.lo, out.lo_open = a.lo_open || b.lo_open;
  }
  if (a.hi < b.hi) {
    out.hi = a.hi, out.hi_open = a.hi_open;
  } else if (b.hi < a.hi) {
    out.hi = b.hi, out.hi_open = b.hi_open;
  } else {
    out.hi = a.hi, out.hi_open = a.hi_open || b.hi_open;
  }
  return out;
}

std::string FormatNumber(double value) {
  if (!std::isfinite(value)) return "?";
  const bool negative = value < 0;
  const double mag = std::fabs(value);
  const double whole = std::floor(mag);
  const auto cents = static_cast<int64_t>(std::llround((mag - whole) * 100));
  std::string digits = std::to_string(static_cast<int64_t>(whole) + (cents == 100 ? 1 : 0));
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  if (cents > 0 && cents < 100) {
    out += '.';
    out += static_cast<char>('0' + cents / 10);
    if (cents % 10 != 0) out += static_cast<char>('0' + cents % 10);
  }
  return negative ? "-" + out : out;
}

std::string FormatFigure(double value, std::optional<double> value_max, Approx approx,
                         std::string_view unit) {
  std::string n = FormatNumber(value);
  std::string out;
  switch (approx) {
    case Approx::kExact:
      out = n;
      break;
    case Approx::kAbout:
      out = "about " + n;
      break;
    case Approx::kAtLeast:
      out = "at least " + n;
      break;
    case Approx::kMoreThan:
      out = "more than " + n;
      break;
    case Approx::kLessThan:
      out = "less than " + n;
      break;
    case Approx::kUpTo:
      out = "up to " + n;
      break;
    case Approx::kRange:
      out = value_max ? n + "–" + FormatNumber(*value_max) : n;
      break;
    case Approx::kVague:
      out = "vague (" + n + ")";
      break;
  }
  if (!unit.empty()) {
    out += ' ';
    out += unit;
  }
  return out;
}

std::optional<int64_t> DayOf(std::string_view iso) { return DayNumber(iso); }

const Entity* FindEntity(const Document& doc, const std::string& id_or_name) {
  if (id_or_name.empty()) return nullptr;
  for (const Entity& e : doc.entities) {
    if (e.id == id_or_name) return &e;
  }
  for (const Entity& e : doc.entities) {
    if (e.name == id_or_name) return &e;
  }
  return nullptr;
}

std::string AsOfDate(const Document& doc, const Claim& claim, const CompareRules& rules) {
  const std::string published =
      doc.published && DayOf(*doc.published) ? doc.published->substr(0, 10) : "";
  const std::optional<int64_t> day = DayOf(claim.date);
  if (!day) return published;
  const std::string claim_day = claim.date.substr(0, 10);
  if (!published.empty()) {
    const int64_t pub = *DayOf(published);
    if (*day > pub || pub - *day > rules.as_of_max_days) return published;
    // The sentence must name the day; a date carried from elsewhere in the
    // paragraph is often another event's ("seit dem 8. Januar" two
    // sentences on from the figure).
    bool named = false;
    for (const DateMention& m : doc.dates) {
      if (m.sentence != claim.sentence) continue;
      if (m.value.compare(0, 10, claim_day) == 0 || m.value_max.compare(0, 10, claim_day) == 0) {
        named = true;
        break;
      }
    }
    if (!named) return published;
  }
  return claim_day;
}

}  // namespace parallax::story
