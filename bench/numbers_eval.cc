// parallax: the issue 4 annotator against the number and date peer cases.
//
// Reads the neutral JSON Lines case file written by bench/numbers_cases.py
// (bench/README.md, "Number and date peer cases"; bench/numbers_eval.sh
// writes it and runs this program), runs every case text through the public
// facade parallax::Annotator::AnnotateText(text, lang,
// ParseReferenceTime(reference_time)) and scores what comes out with the
// rules in bench/README.md, "Number and date peer evaluation":
//   exact_spans cases (Recognizers-Text): per source file, true/false
//     positives and misses of byte-exact spans of the case's family -> span
//     P/R/F1; resolution = right value among span-matched predictions;
//   whole_text cases (Duckling): found = a prediction of the family covers
//     the whole text; resolution = its value right; negative cases pass when
//     nothing of the family covers the text; F1 takes the found cases as
//     true positives, the missed ones as misses and the failed negatives as
//     false positives.
// Totals are printed per family and language, for the whole set and for its
// dev and held-out halves, beside the issue's targets.
//
//   numbers_eval --cases FILE [--data-dir D] [--failures N] [--family F]
//                [--lang L] [--suite S] [--file SUBSTR] [--half dev|held-out]
//                [--json OUT] [--cases-json OUT]
//
// --cases-json writes one JSON line per error (numbers_eval_errors.h: per
// missed, wrongly valued or extra span of an exact_spans case, per failing
// whole_text case) and one "tally" line per target and half, the input of
// bench/numbers_errors.py; the printed figures do not change.
//
// Exit status: 0 after printing the tables; 2 when the case file cannot be
// read or the data folder cannot be loaded.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "numbers_eval_errors.h"
#include "numbers_eval_match.h"
#include "parallax/annotate.h"
#include "parallax/data_dir.h"
#include "parallax/error.h"

namespace ne = parallax::bench::numbers;

namespace {

// Counts for one group of cases (a file, a family, a language, a half).
struct Tally {
  int cases = 0;
  int tp = 0, fp = 0, fn = 0;   // spans (exact_spans) or cases (whole_text)
  int res_n = 0, res_ok = 0;    // resolution among matched spans / found cases
  int neg_n = 0, neg_pass = 0;  // negative cases (no expected span)
  void Add(const Tally& o) {
    cases += o.cases;
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
    res_n += o.res_n;
    res_ok += o.res_ok;
    neg_n += o.neg_n;
    neg_pass += o.neg_pass;
  }
  double P() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
  double R() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
  double F1() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0.0; }
  double Res() const { return res_n ? double(res_ok) / res_n : 0.0; }
  nlohmann::json Json() const {
    return {{"cases", cases},     {"tp", tp},
            {"fp", fp},           {"fn", fn},
            {"precision", P()},   {"recall", R()},
            {"f1", F1()},         {"resolved", res_ok},
            {"matched", res_n},   {"resolution", Res()},
            {"negatives", neg_n}, {"negatives_passed", neg_pass}};
  }
};

// A table row: one source file of one language and family.
struct RowKey {
  std::string suite, file, lang, family;
  auto operator<=>(const RowKey&) const = default;
};

std::string Pct(double x) { return fmt::format("{:5.1f}", 100 * x); }

// Precision, or "-" when nothing was predicted (undefined; F1 then counts it as 1).
std::string PctP(const Tally& t) { return t.tp + t.fp ? Pct(t.P()) : "    -"; }

// Each set is split in two fixed halves by a hash of the case text: "dev"
// cases are the ones read when looking for what goes wrong, "held-out" ones
// are not looked at; a gain on dev that does not show on held-out is tuning
// to the test data. FNV-1a, so the split is the same on every machine.
bool DevHalf(const std::string& text) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return (h & 1) == 0;
}

// "NumberModel" for a Recognizers spec, "Numeral" for a Duckling corpus.
std::string ShortFile(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    parts.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  if (parts.size() >= 3 && parts.back() == "Corpus.hs") return parts[parts.size() - 3];
  std::string name = parts.back();
  if (name.size() > 5 && name.ends_with(".json")) name.resize(name.size() - 5);
  return name;
}

// The issue's targets (issue 4): numbers >= 95%, currency >= 90%, dates >= 85%.
struct Target {
  const char* name;
  std::set<std::string> families;
  double goal;
};
const std::vector<Target>& Targets() {
  static const std::vector<Target> targets = {
      {"numbers", {"number", "ordinal", "percent", "range"}, 0.95},
      {"currency", {"money"}, 0.90},
      {"dates", {"date", "time"}, 0.85},
  };
  return targets;
}

void PrintSuiteTable(const std::string& suite, const std::map<RowKey, Tally>& rows) {
  const bool whole = suite == "duckling";
  fmt::print("\n## {} ({})\n\n", suite,
             whole ? "whole_text: found = a span of the family covers the whole text"
                   : "exact_spans: byte-exact spans");
  if (whole) {
    fmt::print("{:<16} {:<4} {:<8} {:>6} {:>7} {:>7} {:>9} {:>6}\n", "file", "lang", "family",
               "cases", "found%", "resol%", "neg pass", "F1");
  } else {
    fmt::print("{:<18} {:<4} {:<8} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>7}\n", "file",
               "lang", "family", "cases", "TP", "FP", "FN", "P", "R", "F1", "resol%");
  }
  std::map<std::string, Tally> by_family, by_lang;
  for (const auto& [key, t] : rows) {
    if (key.suite != suite) continue;
    by_family[key.family].Add(t);
    by_lang[key.lang].Add(t);
    if (whole) {
      fmt::print("{:<16} {:<4} {:<8} {:>6} {:>7} {:>7} {:>4}/{:<4} {:>6}\n", key.file, key.lang,
                 key.family, t.cases, Pct(t.R()), Pct(t.Res()), t.neg_pass, t.neg_n, Pct(t.F1()));
    } else {
      fmt::print("{:<18} {:<4} {:<8} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>7}\n", key.file,
                 key.lang, key.family, t.cases, t.tp, t.fp, t.fn, PctP(t), Pct(t.R()), Pct(t.F1()),
                 Pct(t.Res()));
    }
  }
  auto totals = [&](const char* what, const std::map<std::string, Tally>& m) {
    fmt::print("\n{:<10} {:>6} {:>6} {:>6} {:>6} {:>7}\n", what, "cases", "P", "R", "F1", "resol%");
    for (const auto& [name, t] : m) {
      fmt::print("{:<10} {:>6} {:>6} {:>6} {:>6} {:>7}\n", name, t.cases, PctP(t), Pct(t.R()),
                 Pct(t.F1()), Pct(t.Res()));
    }
  };
  totals("family", by_family);
  totals("language", by_lang);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"parallax issue 4 annotator on the number and date peer cases"};
  std::string cases_path, data_dir, family, lang, suite, file_filter, json_out, half;
  std::string cases_json;
  int failures = 0;
  app.add_option("--cases", cases_path, "JSON Lines case file (bench/numbers_cases.py)")
      ->required();
  app.add_option("--data-dir", data_dir, "parallax data folder");
  app.add_option("--failures", failures, "print up to N failing cases per file");
  app.add_option("--family", family, "only this family (number, ordinal, percent, range, ...)");
  app.add_option("--lang", lang, "only this language");
  app.add_option("--suite", suite, "only this suite (recognizers, duckling)");
  app.add_option("--file", file_filter, "only cases whose source file contains this");
  app.add_option("--half", half, "only the dev or the held-out half")
      ->check(CLI::IsMember({"dev", "held-out"}));
  app.add_option("--json", json_out, "also write the figures as JSON to this file");
  app.add_option("--cases-json", cases_json,
                 "also write one JSON line per error (bench/numbers_errors.py reads it)");
  CLI11_PARSE(app, argc, argv);

  std::vector<ne::Case> cases;
  try {
    cases = ne::ReadCases(cases_path);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "numbers_eval: %s\n", e.what());
    return 2;
  }
  std::optional<parallax::Annotator> annotator;
  try {
    annotator.emplace(parallax::FindDataDir(data_dir));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "numbers_eval: cannot load the data folder: %s\n", e.what());
    return 2;
  }

  std::map<RowKey, Tally> rows;
  std::map<std::string, std::map<std::string, Tally>> halves;  // half -> family -> tally
  std::map<RowKey, std::vector<std::string>> failing;
  std::ofstream errors_out;
  if (!cases_json.empty()) {
    errors_out.open(cases_json);
    if (!errors_out) {
      std::fprintf(stderr, "numbers_eval: cannot write %s\n", cases_json.c_str());
      return 2;
    }
  }
  int run = 0;
  for (const ne::Case& c : cases) {
    if (!family.empty() && c.family != family) continue;
    if (!lang.empty() && c.lang != lang) continue;
    if (!suite.empty() && c.suite != suite) continue;
    if (!file_filter.empty() && c.source_file.find(file_filter) == std::string::npos) continue;
    const bool dev = DevHalf(c.text);
    if (!half.empty() && dev != (half == "dev")) continue;
    ++run;
    const parallax::ReferenceTime ref = parallax::ParseReferenceTime(c.reference_time);
    const parallax::Annotations got = annotator->AnnotateText(c.text, c.lang, ref);
    const std::vector<ne::Prediction> preds = ne::FamilyPredictions(c, got, ref);
    const ne::Outcome o = ne::Score(c, preds);
    Tally t;
    t.cases = 1;
    t.tp = o.tp;
    t.fp = o.fp;
    t.fn = o.fn;
    t.res_n = o.res_n;
    t.res_ok = o.res_ok;
    t.neg_n = c.spans.empty() ? 1 : 0;
    t.neg_pass = c.spans.empty() && o.fp == 0 ? 1 : 0;
    const RowKey key{c.suite, ShortFile(c.source_file), c.lang, c.family};
    rows[key].Add(t);
    halves[dev ? "dev" : "held-out"][c.family].Add(t);
    halves["all"][c.family].Add(t);
    if (errors_out.is_open() && !o.ok()) {
      for (const nlohmann::json& r :
           ne::ErrorRecords(c, key.file, dev ? "dev" : "held-out", got, preds)) {
        errors_out << r.dump() << "\n";
      }
    }
    if (failures > 0 && !o.ok() && int(failing[key].size()) < failures) {
      failing[key].push_back(ne::DescribeFailure(c, preds, dev ? "dev" : "held-out"));
    }
  }
  fmt::print("numbers_eval: {} of {} cases from {}\n", run, cases.size(), cases_path);

  std::set<std::string> suites;
  for (const auto& [key, t] : rows) suites.insert(key.suite);
  for (const std::string& s : suites) PrintSuiteTable(s, rows);

  fmt::print(
      "\n## Issue 4 targets (both suites pooled; span F1 = micro over spans and "
      "whole-text cases; resolution = right values among matched spans/found cases)\n\n");
  fmt::print("{:<9} {:<9} {:>6} {:>6} {:>7} {:>7} {:>6}  {}\n", "target", "half", "cases", "F1",
             "resol%", "goal%", "both", "families");
  nlohmann::json json_targets = nlohmann::json::array();
  for (const Target& target : Targets()) {
    for (const char* part : {"all", "dev", "held-out"}) {
      Tally t;
      for (const auto& [fam, ft] : halves[part]) {
        if (target.families.count(fam)) t.Add(ft);
      }
      const bool met = t.F1() >= target.goal && t.Res() >= target.goal;
      std::string fams;
      for (const std::string& f : target.families) fams += (fams.empty() ? "" : "+") + f;
      fmt::print("{:<9} {:<9} {:>6} {:>6} {:>7} {:>7} {:>6}  {}\n", target.name, part, t.cases,
                 Pct(t.F1()), Pct(t.Res()), Pct(target.goal), met ? "met" : "no", fams);
      nlohmann::json j = t.Json();
      j["target"] = target.name;
      j["half"] = part;
      j["goal"] = target.goal;
      json_targets.push_back(j);
      if (errors_out.is_open() && std::string(part) != "all") {
        nlohmann::json tally = t.Json();
        tally["type"] = "tally";
        tally["target"] = target.name;
        tally["half"] = part;
        tally["goal"] = target.goal;
        errors_out << tally.dump() << "\n";
      }
    }
  }

  fmt::print("\n## Per family, dev and held-out halves (hash of the case text)\n\n");
  fmt::print("{:<9} {:>6} {:>6} {:>7}   {:>6} {:>6} {:>7}\n", "family", "dev", "F1", "resol%",
             "held", "F1", "resol%");
  for (const auto& [fam, all] : halves["all"]) {
    const Tally& d = halves["dev"][fam];
    const Tally& h = halves["held-out"][fam];
    fmt::print("{:<9} {:>6} {:>6} {:>7}   {:>6} {:>6} {:>7}\n", fam, d.cases, Pct(d.F1()),
               Pct(d.Res()), h.cases, Pct(h.F1()), Pct(h.Res()));
  }

  if (failures > 0) {
    fmt::print("\n## Failing cases (up to {} per file)\n", failures);
    for (const auto& [key, list] : failing) {
      fmt::print("\n### {} {} {} {}\n", key.suite, key.file, key.lang, key.family);
      for (const std::string& f : list) fmt::print("{}\n", f);
    }
  }

  if (errors_out.is_open()) {
    errors_out.close();
    if (!errors_out) {
      std::fprintf(stderr, "numbers_eval: cannot write %s\n", cases_json.c_str());
      return 2;
    }
  }

  if (!json_out.empty()) {
    nlohmann::json j;
    j["cases"] = run;
    j["targets"] = json_targets;
    j["rows"] = nlohmann::json::array();
    for (const auto& [key, t] : rows) {
      nlohmann::json r = t.Json();
      r["suite"] = key.suite;
      r["file"] = key.file;
      r["lang"] = key.lang;
      r["family"] = key.family;
      j["rows"].push_back(r);
    }
    std::ofstream out(json_out);
    out << j.dump(1) << "\n";
    if (!out) {
      std::fprintf(stderr, "numbers_eval: cannot write %s\n", json_out.c_str());
      return 2;
    }
  }
  return 0;
}
