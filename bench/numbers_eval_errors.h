// parallax bench: one JSON line per error of numbers_eval (`--cases-json`),
// the input of bench/numbers_errors.py, which sorts every error into one
// class, peer convention or gap of ours (bench/README.md, "Where the errors
// come from"). Header-only, used by bench/numbers_eval.cc; it repeats the
// matching of numbers_eval_match.h's Score to know which prediction matched
// which expected span and never changes a figure.
#ifndef PARALLAX_BENCH_NUMBERS_EVAL_ERRORS_H_
#define PARALLAX_BENCH_NUMBERS_EVAL_ERRORS_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "numbers_eval_match.h"
#include "parallax/annotate.h"

namespace parallax::bench::numbers {

// The bytes [start, end) of `text`, or "" when they fall outside it.
inline std::string Piece(const std::string& text, uint32_t start, uint32_t end) {
  return start <= end && end <= text.size() ? text.substr(start, end - start) : std::string();
}

// One expected span as JSON: start, end, text, value (number or ISO string),
// value_max, approx, unit, precision, alternatives.
inline nlohmann::json ExpectedJson(const Case& c, const Expected& e) {
  nlohmann::json j = {{"start", e.start},
                      {"end", e.end},
                      {"text", Piece(c.text, e.start, e.end)},
                      {"approx", e.approx},
                      {"unit", e.unit}};
  if (e.numeric) {
    j["value"] = e.value;
    j["value_max"] = e.value_max ? nlohmann::json(*e.value_max) : nlohmann::json(nullptr);
  } else {
    j["value"] = e.date;
    j["value_max"] = e.date_max.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.date_max);
    j["precision"] = e.precision;
    if (!e.alternatives.empty()) j["alternatives"] = e.alternatives;
  }
  return j;
}

// One prediction as JSON: start, end, text, kind, value, value_max, approx,
// unit, and `fits`: the indices of the case's expected spans whose value it
// has (numbers_eval_match.h's ValueFits), whatever the spans.
inline nlohmann::json PredictionJson(const Case& c, const Prediction& p) {
  nlohmann::json j = {{"start", p.start},
                      {"end", p.end},
                      {"text", Piece(c.text, p.start, p.end)},
                      {"kind", p.kind}};
  if (p.is_date) {
    j["value"] = p.date;
    j["value_max"] = p.date_max.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.date_max);
  } else {
    j["value"] = p.value;
    j["value_max"] = p.value_max ? nlohmann::json(*p.value_max) : nlohmann::json(nullptr);
    j["approx"] = p.approx;
    j["unit"] = p.unit;
  }
  nlohmann::json fits = nlohmann::json::array();
  for (size_t i = 0; i < c.spans.size(); ++i) {
    if (ValueFits(c, c.spans[i], p)) fits.push_back(i);
  }
  j["fits"] = fits;
  return j;
}

// The annotator's outputs outside the case's family (quantities of other
// kinds with their whole span, dates for a quantity case): what the peer's
// span may have become instead ("$20" as money for a number case).
inline nlohmann::json OtherJson(const Case& c, const Annotations& got,
                                const std::vector<Prediction>& preds) {
  nlohmann::json out = nlohmann::json::array();
  // A quantity already among `preds` (by its figure or its whole span).
  auto in_family = [&](const Quantity& q, const std::string& kind) {
    const Span fig = FigureOf(q);
    for (const Prediction& p : preds) {
      if (p.kind != kind) continue;
      if ((p.start == fig.start && p.end == fig.end) ||
          (p.start == q.span.start && p.end == q.span.end)) {
        return true;
      }
    }
    return false;
  };
  const bool date_family = c.family == "date" || c.family == "time";
  for (const Quantity& q : got.quantities) {
    const std::string kind(QuantityKindName(q.kind));
    if (!date_family && in_family(q, kind)) continue;
    out.push_back({{"start", q.span.start},
                   {"end", q.span.end},
                   {"text", Piece(c.text, q.span.start, q.span.end)},
                   {"kind", kind},
                   {"value", q.value},
                   {"unit", q.unit},
                   {"approx", std::string(ApproxName(q.approx))}});
  }
  if (!date_family) {
    for (const DateMention& d : got.dates) {
      out.push_back({{"start", d.span.start},
                     {"end", d.span.end},
                     {"text", Piece(c.text, d.span.start, d.span.end)},
                     {"kind", "date"},
                     {"value", d.value}});
    }
  }
  return out;
}

// The issue 4 target a family counts for: numbers, currency or dates.
inline std::string TargetOf(const std::string& family) {
  if (family == "money") return "currency";
  if (family == "date" || family == "time") return "dates";
  return "numbers";
}

// The error records of one case: for exact_spans one per expected span
// missed ("fn") or matched with a wrong value ("wrong_value") and one per
// unmatched prediction ("fp", or "negative_failed" in a negative case); for
// whole_text one per failing case ("fn", "wrong_value", "negative_failed").
// `focus` names the record's span: {"side": "expected"|"got", "index": i}.
// Nothing for a case that passes.
inline std::vector<nlohmann::json> ErrorRecords(const Case& c, const std::string& file,
                                                const std::string& half, const Annotations& got,
                                                const std::vector<Prediction>& preds) {
  std::vector<nlohmann::json> out;
  auto base = [&](const char* outcome, const char* side, size_t index) {
    nlohmann::json j = {{"type", "error"},
                        {"suite", c.suite},
                        {"file", file},
                        {"source_file", c.source_file},
                        {"lang", c.lang},
                        {"family", c.family},
                        {"target", TargetOf(c.family)},
                        {"half", half},
                        {"match", c.match},
                        {"text", c.text},
                        {"reference_time", c.reference_time},
                        {"outcome", outcome},
                        {"focus", {{"side", side}, {"index", index}}}};
    j["expected"] = nlohmann::json::array();
    for (const Expected& e : c.spans) j["expected"].push_back(ExpectedJson(c, e));
    j["got"] = nlohmann::json::array();
    for (const Prediction& p : preds) j["got"].push_back(PredictionJson(c, p));
    j["other"] = OtherJson(c, got, preds);
    return j;
  };
  if (c.match == "whole_text") {
    int covering = -1;
    bool right = false;
    for (size_t i = 0; i < preds.size(); ++i) {
      if (!CoversWholeText(c.text, preds[i].start, preds[i].end)) continue;
      if (covering < 0) covering = int(i);
      if (!c.spans.empty() && ValueFits(c, c.spans[0], preds[i])) right = true;
    }
    if (c.spans.empty()) {
      if (covering >= 0) out.push_back(base("negative_failed", "got", covering));
    } else if (covering < 0) {
      out.push_back(base("fn", "expected", 0));
    } else if (!right) {
      out.push_back(base("wrong_value", "expected", 0));
    }
    return out;
  }
  // The matching of Score: each expected span takes the first unused
  // prediction with the same bytes.
  std::vector<bool> used(preds.size(), false);
  for (size_t k = 0; k < c.spans.size(); ++k) {
    const Expected& e = c.spans[k];
    bool matched = false;
    for (size_t i = 0; i < preds.size(); ++i) {
      if (used[i] || preds[i].start != e.start || preds[i].end != e.end) continue;
      used[i] = true;
      matched = true;
      if (!ValueFits(c, e, preds[i])) out.push_back(base("wrong_value", "expected", k));
      break;
    }
    if (!matched) out.push_back(base("fn", "expected", k));
  }
  for (size_t i = 0; i < preds.size(); ++i) {
    if (!used[i]) out.push_back(base(c.spans.empty() ? "negative_failed" : "fp", "got", i));
  }
  return out;
}

}  // namespace parallax::bench::numbers

#endif  // PARALLAX_BENCH_NUMBERS_EVAL_ERRORS_H_
