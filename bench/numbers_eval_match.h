// parallax bench: the matching rules of numbers_eval (bench/README.md,
// "Number and date peer evaluation"): reading the neutral case file of
// bench/numbers_cases.py, choosing the annotator outputs of a case's family,
// and comparing spans and values. Header-only, used by bench/numbers_eval.cc.
#ifndef PARALLAX_BENCH_NUMBERS_EVAL_MATCH_H_
#define PARALLAX_BENCH_NUMBERS_EVAL_MATCH_H_

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "parallax/annotate.h"
#include "parallax/document.h"

namespace parallax::bench::numbers {

// One expected span of a case (bench/README.md: the neutral case format).
struct Expected {
  uint32_t start = 0, end = 0;  // UTF-8 byte offsets, end exclusive
  std::string kind;
  bool numeric = false;     // value is a number (else an ISO date string)
  double value = 0;         // numeric value
  double tolerance = 1e-9;  // relative; 1e-6 for rounded repeating fractions
  std::optional<double> value_max;
  std::string date;       // ISO value, truncated to its precision
  std::string precision;  // "day", "week", "quarter", ...; "" for numbers
  std::string date_max;
  std::vector<std::string> alternatives;
  std::string unit;  // "" when null
  std::string approx = "exact";
};

struct Case {
  std::string suite, lang, family, text, match, reference_time, source_file;
  std::vector<Expected> spans;  // empty: a negative case
};

// One annotator output of the case's family, flattened.
struct Prediction {
  uint32_t start = 0, end = 0;
  bool is_date = false;
  std::string kind;  // QuantityKindName, or "date"
  double value = 0;
  std::optional<double> value_max;
  std::string unit, approx;
  std::string date, date_max;  // completed with the reference date for a bare time
  std::string date_next_day;   // a bare time on the day after the reference (Duckling's choice)
};

// What one case gave.
struct Outcome {
  int tp = 0, fp = 0, fn = 0, res_n = 0, res_ok = 0;
  bool ok() const { return fp == 0 && fn == 0 && res_ok == res_n; }
};

// The relative tolerance for an expected number: the peers print repeating
// fractions rounded to 15 significant digits (0.666666666666667), so a value
// written with 12 or more decimals is compared to 1e-6; others to 1e-9.
inline double ToleranceFor(const nlohmann::json& v) {
  const std::string s = v.dump();
  const size_t dot = s.find('.');
  if (dot == std::string::npos || s.find_first_of("eE") != std::string::npos) return 1e-9;
  return s.size() - dot - 1 >= 12 ? 1e-6 : 1e-9;
}

inline bool NumEq(double got, double want, double tol) {
  if (!std::isfinite(got)) return false;
  return std::fabs(got - want) <= tol * std::max(1.0, std::fabs(want));
}

inline std::string StrOr(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Reads the JSON Lines case file. Throws std::runtime_error naming the line
// when a line is not a case.
inline std::vector<Case> ReadCases(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::vector<Case> cases;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    try {
      const nlohmann::json j = nlohmann::json::parse(line);
      Case c;
      c.suite = StrOr(j, "suite");
      c.lang = StrOr(j, "lang");
      c.family = StrOr(j, "family");
      c.text = StrOr(j, "text");
      c.match = StrOr(j, "match");
      c.reference_time = StrOr(j, "reference_time");
      c.source_file = StrOr(j, "source_file");
      for (const auto& s : j.at("spans")) {
        Expected e;
        e.start = s.at("start").get<uint32_t>();
        e.end = s.at("end").get<uint32_t>();
        e.kind = StrOr(s, "kind");
        e.unit = StrOr(s, "unit");
        if (s.contains("approx") && s["approx"].is_string()) e.approx = s["approx"];
        const auto& v = s.at("value");
        if (v.is_number()) {
          e.numeric = true;
          e.value = v.get<double>();
          e.tolerance = ToleranceFor(v);
          if (s.contains("value_max") && s["value_max"].is_number()) {
            e.value_max = s["value_max"].get<double>();
          }
        } else {
          e.date = v.is_string() ? v.get<std::string>() : "";
          e.date_max = StrOr(s, "value_max");
          e.precision = StrOr(s, "precision");
          if (s.contains("alternatives") && s["alternatives"].is_array()) {
            for (const auto& a : s["alternatives"]) {
              if (a.is_string()) e.alternatives.push_back(a.get<std::string>());
            }
          }
        }
        if (e.end > c.text.size() || e.start > e.end) {
          throw std::runtime_error("span outside the text");
        }
        c.spans.push_back(std::move(e));
      }
      cases.push_back(std::move(c));
    } catch (const std::exception& e) {
      throw std::runtime_error(fmt::format("{}:{}: not a case: {}", path, n, e.what()));
    }
  }
  return cases;
}

inline std::string TwoDigits(int v) { return fmt::format("{:02d}", v); }

// The reference date plus `days` (0 or 1) as "YYYY-MM-DD".
inline std::string ReferenceDay(const ReferenceTime& ref, int days) {
  int y = ref.year, m = ref.month, d = ref.day + days;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  const int dim = m == 2 && leap ? 29 : kDays[m - 1];
  if (d > dim) {
    d = 1;
    if (++m > 12) {
      m = 1;
      ++y;
    }
  }
  return fmt::format("{:04d}-{}-{}", y, TwoDigits(m), TwoDigits(d));
}

// Ranges, bounds: the approx values that make a figure a NumberRangeModel hit.
inline bool IsRangeApprox(Approx a) {
  return a == Approx::kRange || a == Approx::kAtLeast || a == Approx::kMoreThan ||
         a == Approx::kLessThan || a == Approx::kUpTo;
}

// Whether the case's peer marks a figure without its qualifier words:
// Recognizers-Text's CurrencyModel gives "$ 14 million" in "about $ 14
// million" and no qualifier of its own (approx always "exact"), its
// NumberModel "half" in "more than half". Those cases are scored against
// Quantity::figure and a money case's approx is not compared; our span and
// approx keep the qualifier (bench/README.md). Its percent and range
// models, and Duckling, mark the qualifier with the figure ("more than 20",
// "under $10"): scored against the span.
inline bool FigureOnly(const Case& c) {
  return c.suite == "recognizers" && (c.family == "money" || c.family == "number");
}

// The outputs of `got` that belong to the case's family: number -> kind
// number (any approx); ordinal, percent, money -> that kind; range -> any
// kind with approx range/at_least/more_than/less_than/up_to; date, time ->
// every date mention (a bare time "T10:30" completed with the reference day).
// A FigureOnly case's predictions take the figure's bytes.
inline std::vector<Prediction> FamilyPredictions(const Case& c, const Annotations& got,
                                                 const ReferenceTime& ref) {
  std::vector<Prediction> out;
  if (c.family == "date" || c.family == "time") {
    for (const DateMention& d : got.dates) {
      Prediction p;
      p.start = d.span.start;
      p.end = d.span.end;
      p.is_date = true;
      p.kind = "date";
      p.date = d.value;
      p.date_max = d.value_max;
      if (!d.value.empty() && d.value[0] == 'T' && ref.known()) {
        p.date = ReferenceDay(ref, 0) + d.value;
        p.date_next_day = ReferenceDay(ref, 1) + d.value;
        // A bare time range ("T09:30".."T11:00") ends on the same day.
        if (!d.value_max.empty() && d.value_max[0] == 'T') {
          p.date_max = ReferenceDay(ref, 0) + d.value_max;
        }
      }
      out.push_back(std::move(p));
    }
    return out;
  }
  for (const Quantity& q : got.quantities) {
    bool take = false;
    if (c.family == "range") {
      take = IsRangeApprox(q.approx);
    } else {
      take = QuantityKindName(q.kind) == c.family;
    }
    if (!take) continue;
    Prediction p;
    const Span span = FigureOnly(c) ? FigureOf(q) : q.span;
    p.start = span.start;
    p.end = span.end;
    p.kind = std::string(QuantityKindName(q.kind));
    p.value = q.value;
    p.value_max = q.value_max;
    p.unit = q.unit;
    p.approx = std::string(ApproxName(q.approx));
    out.push_back(std::move(p));
  }
  return out;
}

// Currencies by the sign a generic peer unit names. Not product knowledge:
// a short list for scoring ("$" in a case accepts any dollar, peso or real).
inline bool SignAccepts(const std::string& sign, const std::string& iso) {
  static const std::map<std::string, std::set<std::string>> kSigns = {
      {"$", {"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN", "ARS", "CLP", "COP",
             "UYU", "BRL", "JMD", "BSD", "BBD", "BZD", "BMD", "KYD", "FJD", "GYD", "LRD",
             "NAD", "SBD", "SRD", "TTD", "XCD", "ZWL", "BND", "CUP", "DOP"}},
      {"£", {"GBP", "EGP", "FKP", "GIP", "SHP", "SSP", "SYP", "LBP", "GGP", "JEP", "IMP"}},
  };
  auto it = kSigns.find(sign);
  return it != kSigns.end() && it->second.count(iso) > 0;
}

// Whether a predicted money unit/value fits the case's: ISO codes must be
// equal; "$" and "£" accept any currency with that sign; "¢" (cents, pence,
// value in cents) accepts the value in cents with any unit or the value in
// main units (v / 100) with any currency; a verbatim peer name that is not
// an ISO code ("Franc", "Rupee", "rial") or no unit accepts any unit.
inline bool MoneyFits(const Expected& e, const Prediction& p) {
  if (e.unit == "¢") {
    return NumEq(p.value, e.value, e.tolerance) || NumEq(p.value, e.value / 100, e.tolerance);
  }
  if (!NumEq(p.value, e.value, e.tolerance)) return false;
  if (e.unit.empty()) return true;
  if (e.unit == "$" || e.unit == "£") return SignAccepts(e.unit, p.unit) || p.unit == e.unit;
  const bool iso = e.unit.size() == 3 && std::all_of(e.unit.begin(), e.unit.end(), [](char ch) {
                     return ch >= 'A' && ch <= 'Z';
                   });
  return iso ? p.unit == e.unit : true;
}

// Approx equality; Duckling's under/above do not tell strict from
// non-strict, so there less_than~up_to and more_than~at_least.
inline bool ApproxFits(const Case& c, const std::string& want, const std::string& got) {
  if (want == got) return true;
  if (c.suite != "duckling") return false;
  auto norm = [](const std::string& a) {
    if (a == "up_to") return std::string("less_than");
    if (a == "at_least") return std::string("more_than");
    return a;
  };
  return norm(want) == norm(got);
}

// An ISO value compared at the case's precision: `want` is truncated to its
// precision already; a second-precision ":00" compares as minutes; `got`
// must reach that precision and agree on its prefix.
inline bool DateFits(std::string want, const std::string& got) {
  if (want.empty() || got.empty()) return false;
  if (want.size() == 19 && want.ends_with(":00")) want.resize(16);
  if (got.size() < want.size() || got.compare(0, want.size(), want) != 0) return false;
  return got.size() == want.size() || got[want.size()] == '-' || got[want.size()] == 'T' ||
         got[want.size()] == ':';
}

// Recognizers marks a date it finds but cannot resolve (29/2/2019, "the 31st
// of this month" in November) with "not resolved" or 0001-01-01; the
// annotator's counterpart is a mention with an empty value.
inline bool IsUnresolvable(const std::string& want) {
  return want == "not resolved" || want.starts_with("0001-01-01");
}

inline int IsoField(const std::string& s, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// The first day of an ISO week "2013-W07", a quarter "2013-Q3" or a month
// "2013-07" (the annotator gives a quarter as its months, 2013-07..2013-09)
// as "YYYY-MM-DD", as the cases give weeks and quarters; other values as given.
inline std::string FirstDayOf(const std::string& v) {
  const int y = IsoField(v, 0, 4);
  if (y < 1 || v.size() < 7 || v[4] != '-') return v;
  if (v.size() == 7 && IsoField(v, 5, 2) >= 1 && IsoField(v, 5, 2) <= 12) return v + "-01";
  if (v[5] == 'Q') {
    const int q = IsoField(v, 6, 1);
    if (q < 1 || q > 4) return v;
    return fmt::format("{:04d}-{:02d}-01", y, 3 * q - 2);
  }
  if (v[5] != 'W' || v.size() < 8) return v;
  const int w = IsoField(v, 6, 2);
  if (w < 1 || w > 53) return v;
  // Days since 1970-01-01 of 4 January (always in week 1), back to its Monday.
  auto days_from_civil = [](int yy, int mm, int dd) {
    yy -= mm <= 2;
    const int era = (yy >= 0 ? yy : yy - 399) / 400;
    const int yoe = yy - era * 400;
    const int doy = (153 * (mm + (mm > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  };
  const int jan4 = days_from_civil(y, 1, 4);
  const int weekday = ((jan4 % 7) + 7 + 3) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
  int z = jan4 - weekday + 7 * (w - 1) + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  return fmt::format("{:04d}-{:02d}-{:02d}", yoe + era * 400 + (m <= 2), m, d);
}

inline bool DateValueFits(const Expected& e, const Prediction& p) {
  if (IsUnresolvable(e.date)) return p.date.empty();
  const bool period = e.precision == "week" || e.precision == "quarter";
  auto fits = [&](const std::string& want) {
    const std::string got = period ? FirstDayOf(p.date) : p.date;
    return DateFits(want, got) || (!p.date_next_day.empty() && DateFits(want, p.date_next_day));
  };
  bool ok = fits(e.date);
  for (const std::string& a : e.alternatives) ok = ok || fits(a);
  if (!ok) return false;
  // A range's last day/time must agree too; open bounds (before/after)
  // have no representation in DateMention and are judged on value alone.
  if (!e.date_max.empty() && e.date_max != e.date) {
    return DateFits(e.date_max, period ? FirstDayOf(p.date_max) : p.date_max);
  }
  return true;
}

// Whether the prediction resolves the expected span right.
inline bool ValueFits(const Case& c, const Expected& e, const Prediction& p) {
  if (!e.numeric) return p.is_date && DateValueFits(e, p);
  if (p.is_date) return false;
  if (c.family == "money") {
    return MoneyFits(e, p) && (FigureOnly(c) || ApproxFits(c, e.approx, p.approx)) &&
           (!e.value_max || (p.value_max && NumEq(*p.value_max, *e.value_max, e.tolerance)));
  }
  if (!NumEq(p.value, e.value, e.tolerance)) return false;
  if (c.family == "range") {
    if (!ApproxFits(c, e.approx, p.approx)) return false;
    if (e.value_max) return p.value_max && NumEq(*p.value_max, *e.value_max, e.tolerance);
    return !p.value_max;
  }
  return true;
}

inline bool IsFiller(unsigned char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' ||
         (ch < 0x80 && std::ispunct(ch) && ch != '$' && ch != '%' && ch != '-' && ch != '+');
}

// Whether [start, end) covers `text` but for leading/trailing ASCII
// whitespace and punctuation (signs that change the value - $ % - + - are
// not ignorable).
inline bool CoversWholeText(const std::string& text, uint32_t start, uint32_t end) {
  for (uint32_t i = 0; i < start && i < text.size(); ++i) {
    if (!IsFiller(static_cast<unsigned char>(text[i]))) return false;
  }
  for (size_t i = end; i < text.size(); ++i) {
    if (!IsFiller(static_cast<unsigned char>(text[i]))) return false;
  }
  return start < end;
}

// Scores one case (rules at the top of numbers_eval.cc).
inline Outcome Score(const Case& c, const std::vector<Prediction>& preds) {
  Outcome o;
  if (c.match == "whole_text") {
    bool found = false, right = false;
    for (const Prediction& p : preds) {
      if (!CoversWholeText(c.text, p.start, p.end)) continue;
      found = true;
      if (!c.spans.empty() && ValueFits(c, c.spans[0], p)) right = true;
    }
    if (c.spans.empty()) {
      o.fp = found ? 1 : 0;
    } else if (found) {
      o.tp = 1;
      o.res_n = 1;
      o.res_ok = right ? 1 : 0;
    } else {
      o.fn = 1;
    }
    return o;
  }
  std::vector<bool> used(preds.size(), false);
  for (const Expected& e : c.spans) {
    bool matched = false;
    for (size_t i = 0; i < preds.size(); ++i) {
      if (used[i] || preds[i].start != e.start || preds[i].end != e.end) continue;
      used[i] = true;
      matched = true;
      ++o.tp;
      ++o.res_n;
      if (ValueFits(c, e, preds[i])) ++o.res_ok;
      break;
    }
    if (!matched) ++o.fn;
  }
  for (bool u : used) o.fp += u ? 0 : 1;
  return o;
}

inline std::string FormatNumber(double v) { return fmt::format("{:.10g}", v); }

// "[3,8) '12 km' measure 12 km exact" and the like, for failure listings.
inline std::string Describe(const std::string& text, uint32_t start, uint32_t end,
                            const std::string& body) {
  const std::string piece =
      end <= text.size() && start <= end ? text.substr(start, end - start) : std::string("?");
  return fmt::format("[{},{}) '{}' {}", start, end, piece, body);
}

inline std::string DescribeFailure(const Case& c, const std::vector<Prediction>& preds,
                                   const std::string& half) {
  std::string s = fmt::format("- [{}] text: {}\n  expected:", half, c.text);
  if (c.spans.empty()) s += " (none)";
  for (const Expected& e : c.spans) {
    std::string body = e.numeric ? FormatNumber(e.value) : e.date;
    if (e.value_max) body += ".." + FormatNumber(*e.value_max);
    if (!e.date_max.empty()) body += ".." + e.date_max;
    if (!e.unit.empty()) body += " " + e.unit;
    if (e.approx != "exact") body += " " + e.approx;
    for (const std::string& a : e.alternatives) body += " | " + a;
    s += "\n    " + Describe(c.text, e.start, e.end, body);
  }
  s += "\n  got:";
  if (preds.empty()) s += " (none)";
  for (const Prediction& p : preds) {
    std::string body;
    if (p.is_date) {
      body = p.date.empty() ? "(no value)" : p.date;
      if (!p.date_max.empty()) body += ".." + p.date_max;
    } else {
      body = p.kind + " " + FormatNumber(p.value);
      if (p.value_max) body += ".." + FormatNumber(*p.value_max);
      if (!p.unit.empty()) body += " " + p.unit;
      if (p.approx != "exact") body += " " + p.approx;
    }
    s += "\n    " + Describe(c.text, p.start, p.end, body);
  }
  return s;
}

}  // namespace parallax::bench::numbers

#endif  // PARALLAX_BENCH_NUMBERS_EVAL_MATCH_H_
