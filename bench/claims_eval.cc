// parallax: claims, quotes and citations on the annotated test set
// tests/data/claims/<lang>/*.txt with their .json gold (format:
// tests/data/claims/README.md). Each article runs through the full pipeline
// as a text document, published on the gold's date, and is scored by the
// rules of bench/claims_match.h: claims precision and recall (kind, value,
// approx and group equal) per language and overall, the accuracy of each
// field on the pairs matched by figure, quote recall and speaker accuracy,
// citations precision and recall by name.
//
//   claims_eval [--set DIR] [--lang L] [--data-dir DIR] [--failures N] [--json]
//
// --failures N prints up to N missed gold claims and N false system claims
// with their sentences, and up to N gold quotes not found (QMISS) or with
// the wrong speaker (SPEAKER). --json prints the scores as one JSON object.
// Targets (issue 6): claims P >= 0.90, R >= 0.85; speaker accuracy >= 0.90.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "claims_match.h"
#include "parallax/error.h"
#include "parallax/pipeline.h"

namespace fs = std::filesystem;
using parallax::bench::ClaimScore;
using parallax::bench::GoldArticle;

namespace {

constexpr const char* kFields[] = {"kind",          "value",  "approx",  "group",
                                   "attributed_to", "hedged", "negated", "retracted"};

std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  return out;
}

// The sentence of `doc` that holds byte `at`, or "".
std::string SentenceAt(const parallax::Document& doc, size_t at) {
  for (const parallax::Sentence& s : doc.sentences) {
    if (s.span.start <= at && at < s.span.end) {
      return OneLine(std::string_view(doc.text).substr(s.span.start, s.span.end - s.span.start));
    }
  }
  return {};
}

std::string GoldText(const parallax::bench::GoldClaim& g) {
  std::string v = fmt::format("{}", g.value);
  if (g.value_max) v += fmt::format("-{}", *g.value_max);
  return fmt::format("{} {} {} {}", g.kind, g.approx, v, g.group.empty() ? "-" : g.group);
}

std::string SystemText(const parallax::Claim& c) {
  std::string v = fmt::format("{}", c.value);
  if (c.value_max) v += fmt::format("-{}", *c.value_max);
  return fmt::format("{} {} {} {}", parallax::ClaimKindName(c.kind), parallax::ApproxName(c.approx),
                     v, c.group.empty() ? "-" : c.group);
}

// Prints, up to `limit` lines in all (counted in `shown`), the gold claims
// of `a` whose paired system claim (figure inside the gold evidence) has
// another source or flags, then the citations missed and the false ones.
void PrintSourceFailures(const GoldArticle& a, const parallax::Document& doc,
                         const std::string& src, long limit, long& shown) {
  std::vector<bool> paired(doc.claims.size(), false);
  for (const parallax::bench::GoldClaim& g : a.claims) {
    const size_t at = doc.text.find(g.evidence);
    if (at == std::string::npos) continue;
    for (size_t j = 0; j < doc.claims.size(); ++j) {
      const parallax::Claim& c = doc.claims[j];
      if (paired[j] || c.figure.start < at || c.figure.end > at + g.evidence.size()) continue;
      paired[j] = true;
      const bool source_ok =
          parallax::bench::Fold(c.attributed_to) == parallax::bench::Fold(g.attributed_to);
      if (source_ok && c.hedged == g.hedged && c.negated == g.negated &&
          c.retracted == g.retracted) {
        break;
      }
      if (shown++ >= limit) return;
      fmt::print("SOURCE {}: \"{}\" want \"{}\"{}{}{}\n      {}\n", src, c.attributed_to,
                 g.attributed_to, c.hedged == g.hedged ? "" : " hedged?",
                 c.negated == g.negated ? "" : " negated?",
                 c.retracted == g.retracted ? "" : " retracted?", SentenceAt(doc, at));
      break;
    }
  }
  std::vector<bool> cited(doc.citations.size(), false);
  for (const parallax::bench::GoldCitation& g : a.citations) {
    bool found = false;
    for (size_t j = 0; j < doc.citations.size() && !found; ++j) {
      if (cited[j]) continue;
      if (parallax::bench::CitationKey(doc.citations[j].name, a.articles) ==
              parallax::bench::CitationKey(g.name, a.articles) ||
          (!g.url.empty() && doc.citations[j].url == g.url)) {
        cited[j] = found = true;
      }
    }
    if (!found && shown++ < limit) fmt::print("CITE-MISS {}: {}\n", src, g.name);
  }
  for (size_t j = 0; j < doc.citations.size(); ++j) {
    if (cited[j] || shown++ >= limit) continue;
    fmt::print("CITE-FALSE {}: {}\n      {}\n", src, doc.citations[j].name,
               SentenceAt(doc, doc.citations[j].span.start));
  }
}

nlohmann::json ScoreJson(const ClaimScore& s, size_t articles) {
  nlohmann::json fields = nlohmann::json::object();
  for (const char* f : kFields) {
    auto it = s.fields.find(f);
    const parallax::bench::Tally t = it == s.fields.end() ? parallax::bench::Tally{} : it->second;
    fields[f] = {{"right", t.right}, {"total", t.total}, {"accuracy", t.Rate()}};
  }
  return {{"articles", articles},
          {"claims",
           {{"tp", s.tp},
            {"fp", s.fp},
            {"fn", s.fn},
            {"precision", s.Precision()},
            {"recall", s.Recall()}}},
          {"figure_pairs", s.figure_pairs},
          {"fields", fields},
          {"quotes",
           {{"gold", s.quotes_gold},
            {"found", s.quotes_found},
            {"speakers_right", s.speakers_right},
            {"recall", s.QuoteRecall()},
            {"speaker_accuracy", s.SpeakerAccuracy()}}},
          {"citations",
           {{"tp", s.citations_tp},
            {"fp", s.citations_fp},
            {"fn", s.citations_fn},
            {"precision", s.CitationPrecision()},
            {"recall", s.CitationRecall()}}}};
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"parallax: claims, quotes and citations against the annotated test set"};
  std::string set_dir = "tests/data/claims", lang, data_dir;
  long failures = 0;
  long source_failures = 0;
  bool as_json = false;
  app.add_option("--set", set_dir, "folder of <lang>/<NN>-<slug>.txt and .json");
  app.add_option("--lang", lang, "only this language");
  app.add_option("--data-dir", data_dir, "data folder");
  app.add_option("--failures", failures, "print this many misses and false claims");
  app.add_option("--source-failures", source_failures,
                 "print this many wrong sources and flags, missed and false citations");
  app.add_flag("--json", as_json, "the scores as JSON");
  std::string half = "all";
  app.add_option("--half", half,
                 "dev (odd article numbers: look at their failures), held-out (even: only "
                 "measure), or all")
      ->check(CLI::IsMember({"dev", "held-out", "all"}));
  CLI11_PARSE(app, argc, argv);
  if (!fs::exists(set_dir) && fs::path(set_dir).is_relative()) {
    set_dir = (fs::path(PARALLAX_SOURCE_DIR) / set_dir).string();
  }
  try {
    const std::vector<GoldArticle> set = parallax::bench::LoadGoldSet(set_dir, lang, data_dir);
    parallax::PipelineOptions options;
    options.data_dir = data_dir;
    options.threads = 1;
    const parallax::Pipeline pipeline(options);
    std::map<std::string, ClaimScore> by_lang;
    std::map<std::string, size_t> articles;
    ClaimScore all;
    size_t scored = 0;  // articles of the half asked for
    long missed_shown = 0, false_shown = 0, source_shown = 0, quote_shown = 0;
    for (const GoldArticle& a : set) {
      if (half != "all") {
        const bool odd = !a.name.empty() && std::isdigit(static_cast<unsigned char>(a.name[0])) &&
                         std::atoi(a.name.c_str()) % 2 == 1;
        if (odd != (half == "dev")) continue;
      }
      parallax::RawDocument raw;
      raw.source = a.lang + "/" + a.name + ".txt";
      raw.container = "file";
      raw.format = parallax::Format::kText;
      raw.bytes = a.text;
      raw.published = a.published;
      const parallax::Document doc = pipeline.Process(raw);
      const ClaimScore s = parallax::bench::ScoreArticle(a, doc);
      by_lang[a.lang].Add(s);
      ++articles[a.lang];
      ++scored;
      all.Add(s);
      PrintSourceFailures(a, doc, raw.source, source_failures, source_shown);
      for (size_t i : s.missed) {
        if (missed_shown >= failures) break;
        ++missed_shown;
        const auto& g = a.claims[i];
        const size_t at = doc.text.find(g.evidence);
        fmt::print(
            "MISS  {}: {} \"{}\"\n      {}\n", raw.source, GoldText(g), g.evidence,
            at == std::string::npos ? "(evidence not in the clean text)" : SentenceAt(doc, at));
      }
      for (size_t j : s.spurious) {
        if (false_shown >= failures) break;
        ++false_shown;
        const parallax::Claim& c = doc.claims[j];
        fmt::print("FALSE {}: {} \"{}\"\n      {}\n", raw.source, SystemText(c),
                   OneLine(std::string_view(doc.text).substr(c.figure.start,
                                                             c.figure.end - c.figure.start)),
                   SentenceAt(doc, c.figure.start));
      }
      // Quotes not found and wrong speakers (the first match, as scored).
      for (const auto& g : a.quotes) {
        if (quote_shown >= failures) break;
        const parallax::Quote* hit = nullptr;
        for (const parallax::Quote& q : doc.quotes) {
          if (q.span.end > doc.text.size() || q.span.start > q.span.end || g.text.empty()) continue;
          if (std::string_view(doc.text)
                  .substr(q.span.start, q.span.end - q.span.start)
                  .find(g.text) != std::string_view::npos) {
            hit = &q;
            break;
          }
        }
        if (hit != nullptr && parallax::bench::SameSpeaker(doc, *hit, g.speaker, a.articles))
          continue;
        ++quote_shown;
        const size_t at = doc.text.find(g.text);
        fmt::print("{} {}: speaker \"{}\" got \"{}\" / \"{}\" \"{}\"\n      {}\n",
                   hit == nullptr ? "QMISS  " : "SPEAKER", raw.source, g.speaker,
                   hit == nullptr ? "" : hit->speaker, hit == nullptr ? "" : hit->speaker_entity,
                   OneLine(g.text),
                   at == std::string::npos ? "(quote not in the clean text)" : SentenceAt(doc, at));
      }
    }
    if (as_json) {
      nlohmann::json out = {{"set", set_dir}, {"all", ScoreJson(all, scored)}};
      for (const auto& [l, s] : by_lang) out["languages"][l] = ScoreJson(s, articles[l]);
      fmt::print("{}\n", out.dump(2));
      return 0;
    }
    fmt::print("set {} ({} articles)\n", set_dir, set.size());
    fmt::print("{:<5} {:>5} {:>5} {:>5} {:>4} {:>6} {:>6}  {:>6} {:>7}  {:>6} {:>6}\n", "lang",
               "docs", "gold", "sys", "tp", "P", "R", "quoteR", "speaker", "citeP", "citeR");
    auto row = [](const std::string& name, size_t docs, const ClaimScore& s) {
      fmt::print(
          "{:<5} {:>5} {:>5} {:>5} {:>4} {:>6.3f} {:>6.3f}  {:>6.3f} {:>7.3f}  {:>6.3f} "
          "{:>6.3f}\n",
          name, docs, s.tp + s.fn, s.tp + s.fp, s.tp, s.Precision(), s.Recall(), s.QuoteRecall(),
          s.SpeakerAccuracy(), s.CitationPrecision(), s.CitationRecall());
    };
    for (const auto& [l, s] : by_lang) row(l, articles[l], s);
    row("all", scored, all);
    fmt::print("fields on {} claims paired by figure:\n", all.figure_pairs);
    for (const char* f : kFields) {
      auto it = all.fields.find(f);
      const parallax::bench::Tally t =
          it == all.fields.end() ? parallax::bench::Tally{} : it->second;
      fmt::print("  {:<14} {:>5}/{:<5} {:.3f}\n", f, t.right, t.total, t.Rate());
    }
    // Per kind: recall by the gold claim's kind, precision by the system's.
    fmt::print("kinds: {:<13} {:>5} {:>5} {:>4} {:>6} {:>6}\n", "", "gold", "sys", "tp", "P", "R");
    for (const auto& [k, c] : all.kinds) {
      const double p = c.tp + c.fp == 0 ? 0 : static_cast<double>(c.tp) / (c.tp + c.fp);
      const double r = c.tp + c.fn == 0 ? 0 : static_cast<double>(c.tp) / (c.tp + c.fn);
      fmt::print("  {:<18} {:>5} {:>5} {:>4} {:>6.3f} {:>6.3f}\n", k, c.tp + c.fn, c.tp + c.fp,
                 c.tp, p, r);
    }
    fmt::print("targets: claims P >= 0.90, R >= 0.85; speaker accuracy >= 0.90 (issue 6)\n");
  } catch (const std::exception& e) {
    fmt::print(stderr, "claims_eval: {}\n", e.what());
    return 2;
  }
  return 0;
}
