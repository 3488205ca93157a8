// Throughput of the whole annotate stage with the issue 6 claim extractor
// (include/parallax/claims.h), one thread, so the figures are per core.
// Target (issue 6): the whole annotate stage >= 5 MB/s of clean text.
//
//   BM_AnnotateStage/<set>      Annotator::Annotate, EntityRecognizer::
//                               Recognize and ClaimExtractor::Extract on
//                               each document, the entity word cache warm
//                               (filled by a pass before timing)
//   BM_AnnotateStageCold/<set>  the same with no word seen before (the
//                               per-thread cache of entity word views
//                               emptied before each pass)
//   BM_ExtractClaims/<set>      ClaimExtractor::Extract alone
//   BM_Annotate                 Annotator::Annotate alone
//   BM_RecognizeEntities        EntityRecognizer::Recognize alone (warm)
//   BM_FindClaims               figures tied to events and groups
//                               (annotate/claim_find.h) alone
//   BM_FindQuotes               direct and indirect quotes with speakers
//                               (annotate/quotes.h) alone
//   BM_AttributeClaims          sources and flags of the claims
//                               (annotate/attribution.h) alone
//   BM_FindCitations            cited outlets, people and links
//                               (annotate/citations.h) alone
//
// <set>: `corpus` (the bundled sample corpus, examples/corpus), `claims`
// (the claims test set, tests/data/claims/<lang>/*.txt, each published on
// its gold's date, as claims_eval reads it) or `all` (both). The component
// benchmarks run on `all`. Every document is made by the real pipeline
// (Pipeline::Process), so the text is what the annotate stage sees in
// production. Bytes/s (SetBytesProcessed) count the bytes of clean text;
// items are documents.
//
// Run: build/release/claims_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "annotate/attribution.h"
#include "annotate/citations.h"
#include "annotate/claim_find.h"
#include "annotate/claim_lexicon.h"
#include "annotate/quotes.h"
#include "annotate/speech_lexicon.h"
#include "bench_corpus.h"
#include "claims_match.h"
#include "parallax/annotate.h"
#include "parallax/claims.h"
#include "parallax/data_dir.h"
#include "parallax/entities.h"
#include "parallax/ingest.h"
#include "parallax/pipeline.h"

using namespace parallax;

namespace {

using bench::TheAnnotator;
using bench::TheRecognizer;

const ClaimExtractor& TheExtractor() {
  static const ClaimExtractor* extractor = new ClaimExtractor(FindDataDir());
  return *extractor;
}

// The lexicons of the claim extractor's steps, loaded once.
const annotate::ClaimLexicon& TheClaimLexicon() {
  static const auto* lexicon = new annotate::ClaimLexicon(FindDataDir());
  return *lexicon;
}

const annotate::SpeechLexicon& TheSpeechLexicon() {
  static const auto* lexicon =
      new annotate::SpeechLexicon(annotate::SpeechLexicon::Load(FindDataDir()));
  return *lexicon;
}

// The documents of each set ("corpus", "claims", "all"), as the pipeline
// makes them (annotated, entities and claims filled).
const std::map<std::string, std::vector<Document>>& Sets() {
  static const std::map<std::string, std::vector<Document>> sets = [] {
    std::map<std::string, std::vector<Document>> s;
    s["corpus"] = bench::SampleCorpusDocuments();
    Pipeline pipeline(PipelineOptions{});
    for (const bench::GoldArticle& a :
         bench::LoadGoldSet(std::string(PARALLAX_SOURCE_DIR) + "/tests/data/claims")) {
      RawDocument raw;
      raw.source = a.lang + "/" + a.name + ".txt";
      raw.container = "file";
      raw.format = Format::kText;
      raw.bytes = a.text;
      raw.published = a.published;
      try {
        s["claims"].push_back(pipeline.Process(std::move(raw)));
      } catch (const std::exception&) {
      }
    }
    if (s["corpus"].empty() || s["claims"].empty()) {
      std::fprintf(stderr, "claims_bench: no documents in examples/corpus or tests/data/claims\n");
      std::exit(1);
    }
    s["all"] = s["corpus"];
    s["all"].insert(s["all"].end(), s["claims"].begin(), s["claims"].end());
    // Every lexicon is read now, once, from one state of data/.
    TheAnnotator();
    TheRecognizer();
    TheExtractor();
    TheClaimLexicon();
    TheSpeechLexicon();
    return s;
  }();
  return sets;
}

// A copy of set `name` that a benchmark may change (every step replaces
// what it fills, so the documents are reused across passes).
std::vector<Document>& Docs(const std::string& name) {
  static std::map<std::string, std::vector<Document>> copies;
  auto it = copies.find(name);
  if (it == copies.end()) it = copies.emplace(name, Sets().at(name)).first;
  return it->second;
}

uint64_t TextBytes(const std::vector<Document>& docs) {
  uint64_t bytes = 0;
  for (const Document& d : docs) bytes += d.text.size();
  return bytes;
}

// Bytes and documents per second; with `claims` (counted over all passes)
// also the claims per document.
void Report(benchmark::State& state, const std::vector<Document>& docs,
            std::optional<size_t> claims = std::nullopt) {
  state.SetBytesProcessed(static_cast<int64_t>(TextBytes(docs)) * state.iterations());
  state.SetItemsProcessed(static_cast<int64_t>(docs.size()) * state.iterations());
  if (claims) {
    state.counters["claims/doc"] =
        static_cast<double>(*claims) / static_cast<double>(state.iterations() * docs.size());
  }
}

// One document through the whole annotate stage; returns its claims.
size_t AnnotateStage(Document& d) {
  TheAnnotator().Annotate(d);
  TheRecognizer().Recognize(d);
  TheExtractor().Extract(d);
  benchmark::DoNotOptimize(d.claims.data());
  return d.claims.size();
}

void BM_AnnotateStage(benchmark::State& state, const std::string& set) {
  std::vector<Document>& docs = Docs(set);
  for (Document& d : docs) AnnotateStage(d);  // fills the entity word cache
  size_t claims = 0;
  for (auto _ : state) {
    for (Document& d : docs) claims += AnnotateStage(d);
  }
  Report(state, docs, claims);
}

// On first sight of every word, as on a new corpus: the per-thread cache of
// entity word views serves one recogniser at a time, so before each pass
// (timing paused) a second recogniser reads one short sentence and takes
// the cache over (as BM_RecognizeEntitiesCold in annotate_bench.cc).
void BM_AnnotateStageCold(benchmark::State& state, const std::string& set) {
  static const EntityRecognizer* other = new EntityRecognizer(FindDataDir());
  std::vector<Document>& docs = Docs(set);
  TheExtractor();  // loaded before timing
  size_t claims = 0;
  for (auto _ : state) {
    state.PauseTiming();
    benchmark::DoNotOptimize(other->RecognizeText("Warm Up", "en"));
    state.ResumeTiming();
    for (Document& d : docs) claims += AnnotateStage(d);
  }
  Report(state, docs, claims);
}

void BM_ExtractClaims(benchmark::State& state, const std::string& set) {
  std::vector<Document>& docs = Docs(set);
  const ClaimExtractor& extractor = TheExtractor();
  size_t claims = 0;
  for (auto _ : state) {
    for (Document& d : docs) {
      extractor.Extract(d);
      claims += d.claims.size();
      benchmark::DoNotOptimize(d.claims.data());
    }
  }
  Report(state, docs, claims);
}

// The two steps before the extractor, alone (as in annotate_bench.cc), so
// one run gives the whole stage's parts.
void BM_Annotate(benchmark::State& state) {
  std::vector<Document>& docs = Docs("all");
  for (auto _ : state) {
    for (Document& d : docs) {
      TheAnnotator().Annotate(d);
      benchmark::DoNotOptimize(d.quantities.data());
    }
  }
  Report(state, docs);
}

void BM_RecognizeEntities(benchmark::State& state) {
  std::vector<Document>& docs = Docs("all");
  for (Document& d : docs) TheRecognizer().Recognize(d);  // fills the word cache
  for (auto _ : state) {
    for (Document& d : docs) {
      TheRecognizer().Recognize(d);
      benchmark::DoNotOptimize(d.entities.data());
    }
  }
  Report(state, docs);
}

void BM_FindClaims(benchmark::State& state) {
  std::vector<Document>& docs = Docs("all");
  const annotate::ClaimLexicon& lexicon = TheClaimLexicon();
  size_t claims = 0;
  for (auto _ : state) {
    for (Document& d : docs) {
      annotate::FindClaims(lexicon, d);
      claims += d.claims.size();
      benchmark::DoNotOptimize(d.claims.data());
    }
  }
  Report(state, docs, claims);
}

void BM_FindQuotes(benchmark::State& state) {
  std::vector<Document>& docs = Docs("all");
  const annotate::SpeechLexicon& lexicon = TheSpeechLexicon();
  size_t quotes = 0, claims = 0;
  for (auto _ : state) {
    for (Document& d : docs) {
      annotate::FindQuotes(lexicon, d);
      quotes += d.quotes.size();
      claims += d.claims.size();
      benchmark::DoNotOptimize(d.quotes.data());
    }
  }
  Report(state, docs, claims);
  state.counters["quotes/doc"] =
      static_cast<double>(quotes) / static_cast<double>(state.iterations() * docs.size());
}

// Sources and flags only ever get set, so passes over the same claims do
// the same work.
void BM_AttributeClaims(benchmark::State& state) {
  std::vector<Document>& docs = Docs("all");
  const annotate::SpeechLexicon& lexicon = TheSpeechLexicon();
  size_t claims = 0;
  for (auto _ : state) {
    for (Document& d : docs) {
      annotate::AttributeClaims(lexicon, d);
      claims += d.claims.size();
      benchmark::DoNotOptimize(d.claims.data());
    }
  }
  Report(state, docs, claims);
}

void BM_FindCitations(benchmark::State& state) {
  std::vector<Document>& docs = Docs("all");
  const annotate::SpeechLexicon& lexicon = TheSpeechLexicon();
  size_t citations = 0, claims = 0;
  for (auto _ : state) {
    for (Document& d : docs) {
      annotate::FindCitations(lexicon, d);
      citations += d.citations.size();
      claims += d.claims.size();
      benchmark::DoNotOptimize(d.citations.data());
    }
  }
  Report(state, docs, claims);
  state.counters["citations/doc"] =
      static_cast<double>(citations) / static_cast<double>(state.iterations() * docs.size());
}

// The whole-stage and extractor benchmarks, one per set, then the steps
// (registered here so they run in this order).
const bool kRegistered = [] {
  for (const char* set : {"corpus", "claims", "all"}) {
    const std::string s = set;
    benchmark::RegisterBenchmark(("BM_AnnotateStage/" + s).c_str(), [s](benchmark::State& state) {
      BM_AnnotateStage(state, s);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_AnnotateStageCold/" + s).c_str(),
                                 [s](benchmark::State& state) { BM_AnnotateStageCold(state, s); })
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_ExtractClaims/" + s).c_str(), [s](benchmark::State& state) {
      BM_ExtractClaims(state, s);
    })->Unit(benchmark::kMicrosecond);
  }
  benchmark::RegisterBenchmark("BM_Annotate", BM_Annotate)->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("BM_RecognizeEntities", BM_RecognizeEntities)
      ->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("BM_FindClaims", BM_FindClaims)->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("BM_FindQuotes", BM_FindQuotes)->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("BM_AttributeClaims", BM_AttributeClaims)
      ->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("BM_FindCitations", BM_FindCitations)->Unit(benchmark::kMicrosecond);
  return true;
}();

}  // namespace

BENCHMARK_MAIN();
