// Throughput of the foundation pipeline (ingest + encoding + language +
// segmentation, and the store) on a generated corpus of 10,000 documents.
//
// The corpus is generated from the paragraphs of the bundled sample corpus
// (examples/corpus, our own writing): each document takes 3-12 paragraphs
// chosen by a fixed-seed generator, and is delivered as plain text (UTF-8),
// HTML (with navigation and footer around the article) or windows-1251 text
// for Cyrillic paragraphs. Single-threaded benchmarks are per core figures.
//
// Run: build/release/pipeline_bench --benchmark_counters_tabular=true
// (BM_ProcessRealPages also reads ../shared/data/extraction when present).
#include <benchmark/benchmark.h>
#include <unicode/ucnv.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "parallax/data_dir.h"
#include "parallax/encoding.h"
#include "parallax/html_text.h"
#include "parallax/language.h"
#include "parallax/main_text.h"
#include "parallax/normalize.h"
#include "parallax/pipeline.h"
#include "parallax/plain_text.h"
#include "parallax/segment.h"
#include "parallax/store.h"

namespace fs = std::filesystem;
using namespace parallax;

namespace {

constexpr int kDocuments = 10000;

std::string ToCp1251(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  int32_t n = ucnv_convert("windows-1251", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return utf8;
  out.resize(static_cast<size_t>(n));
  return out;
}

bool IsCyrillic(const std::string& s) {
  int cyr = 0, other = 0;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xD0 || c == 0xD1)
      ++cyr;
    else if (c < 0x80 && std::isalpha(c))
      ++other;
  }
  return cyr > other;
}

struct Corpus {
  std::vector<RawDocument> docs;
  uint64_t bytes = 0;
};

// Paragraphs of the sample corpus, read through the real pipeline.
std::vector<std::string> SeedParagraphs(const Pipeline& pipeline) {
  std::vector<std::string> seeds;
  IngestSink sink;
  sink.on_document = [&](RawDocument&& raw) {
    try {
      Document d = pipeline.Process(std::move(raw));
      for (const Paragraph& p : d.paragraphs) {
        if (p.span.end - p.span.start >= 80)
          seeds.push_back(d.text.substr(p.span.start, p.span.end - p.span.start));
      }
    } catch (const std::exception&) {
    }
  };
  sink.on_failure = [](InputFailure&&) {};
  ReadInputs({std::string(PARALLAX_SOURCE_DIR) + "/examples/corpus"}, {}, sink);
  return seeds;
}

const Corpus& GeneratedCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    Pipeline pipeline(PipelineOptions{});
    std::vector<std::string> seeds = SeedParagraphs(pipeline);
    if (seeds.empty()) {
      std::fprintf(stderr, "pipeline_bench: no seed paragraphs in examples/corpus\n");
      std::exit(1);
    }
    std::mt19937 rng(20220105);
    for (int i = 0; i < kDocuments; ++i) {
      int n = 3 + static_cast<int>(rng() % 10);
      std::vector<std::string> paras;
      for (int k = 0; k < n; ++k) paras.push_back(seeds[rng() % seeds.size()]);
      RawDocument raw;
      raw.source = "generated/" + std::to_string(i);
      raw.container = "file";
      int kind = static_cast<int>(rng() % 10);
      if (kind < 4) {
        raw.format = Format::kHtml;
        raw.bytes = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Report " +
                    std::to_string(i) +
                    "</title><style>p{margin:0}</style></head><body>"
                    "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
                    "</ul></nav><article><h1>Report " +
                    std::to_string(i) + "</h1>";
        for (const std::string& p : paras) raw.bytes += "<p>" + p + "</p>\n";
        raw.bytes += "</article><footer>&copy; 2022 Example Media</footer></body></html>";
      } else {
        for (const std::string& p : paras) raw.bytes += p + "\n\n";
        if (kind == 9 && IsCyrillic(raw.bytes)) raw.bytes = ToCp1251(raw.bytes);
      }
      c.bytes += raw.bytes.size();
      c.docs.push_back(std::move(raw));
    }
    return c;
  }();
  return corpus;
}

void Report(benchmark::State& state, uint64_t bytes, int64_t docs) {
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
  state.SetItemsProcessed(docs * state.iterations());
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(docs) * state.iterations(),
                                                benchmark::Counter::kIsRate);
}

// ingest (from memory) + decode + render + paragraphs + language + sentences,
// one thread.
void BM_ProcessDocuments(benchmark::State& state) {
  const Corpus& c = GeneratedCorpus();
  Pipeline pipeline(PipelineOptions{});
  for (auto _ : state) {
    for (const RawDocument& raw : c.docs) {
      Document d = pipeline.Process(raw);
      benchmark::DoNotOptimize(d.sentences.data());
    }
  }
  Report(state, c.bytes, kDocuments);
}
BENCHMARK(BM_ProcessDocuments)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

void BM_Decode(benchmark::State& state) {
  const Corpus& c = GeneratedCorpus();
  for (auto _ : state) {
    for (const RawDocument& raw : c.docs)
      benchmark::DoNotOptimize(DecodeToUtf8(raw.bytes).utf8.size());
  }
  Report(state, c.bytes, kDocuments);
}
BENCHMARK(BM_Decode)->Unit(benchmark::kMillisecond);

void BM_Language(benchmark::State& state) {
  const Corpus& c = GeneratedCorpus();
  LanguageIdentifier id(FindDataDir());
  std::vector<std::string> texts;
  uint64_t bytes = 0;
  for (const RawDocument& raw : c.docs) {
    texts.push_back(DecodeToUtf8(raw.bytes).utf8);
    bytes += texts.back().size();
  }
  for (auto _ : state) {
    for (const std::string& t : texts) benchmark::DoNotOptimize(id.Identify(t).confidence);
  }
  Report(state, bytes, kDocuments);
}
BENCHMARK(BM_Language)->Unit(benchmark::kMillisecond);

void BM_Sentences(benchmark::State& state) {
  const Corpus& c = GeneratedCorpus();
  Segmenter seg(FindDataDir());
  std::vector<PlainText> texts;
  uint64_t bytes = 0;
  for (const RawDocument& raw : c.docs) {
    if (raw.format == Format::kHtml) continue;
    texts.push_back(RenderPlainText(DecodeToUtf8(raw.bytes).utf8));
    bytes += texts.back().text.size();
  }
  for (auto _ : state) {
    for (const PlainText& t : texts) {
      for (const Span& p : t.paragraphs)
        benchmark::DoNotOptimize(seg.Sentences(t.text, p, "und").size());
    }
  }
  Report(state, bytes, static_cast<int64_t>(texts.size()));
}
BENCHMARK(BM_Sentences)->Unit(benchmark::kMillisecond);

// NFKC + case folding with offsets (normalize.h) over the clean text.
void BM_Normalize(benchmark::State& state) {
  const Corpus& c = GeneratedCorpus();
  std::vector<std::string> texts;
  uint64_t bytes = 0;
  for (const RawDocument& raw : c.docs) {
    if (raw.format == Format::kHtml) continue;
    texts.push_back(RenderPlainText(DecodeToUtf8(raw.bytes).utf8).text);
    bytes += texts.back().size();
  }
  for (auto _ : state) {
    for (const std::string& t : texts) benchmark::DoNotOptimize(Normalize(t).text.size());
  }
  Report(state, bytes, static_cast<int64_t>(texts.size()));
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

// Real pages: the 1,000-odd HTML pages of ../shared/data/extraction's
// trafilatura set (unpacked to a temporary folder, never into the project),
// one thread. Skipped when the shared data is absent.
struct RealPages {
  std::vector<RawDocument> pages;
  uint64_t bytes = 0;
  std::string error;  // why there are none
};

const RealPages& LoadRealPages() {
  static const RealPages loaded = [] {
    RealPages r;
    fs::path archive = fs::path(PARALLAX_SOURCE_DIR) / ".." / "shared" / "data" / "extraction" /
                       "trafilatura-eval.tar.xz";
    if (!fs::exists(archive)) {
      r.error = "../shared/data/extraction/trafilatura-eval.tar.xz not found";
      return r;
    }
    fs::path dir = fs::temp_directory_path() / ("parallax-bench-pages-" + std::to_string(getpid()));
    fs::create_directories(dir);
    std::string cmd = "tar -xJf '" + archive.string() + "' -C '" + dir.string() + "'";
    if (std::system(cmd.c_str()) != 0) {
      r.error = "cannot unpack the trafilatura set";
      return r;
    }
    IngestSink sink;
    sink.on_document = [&](RawDocument&& raw) {
      r.bytes += raw.bytes.size();
      r.pages.push_back(std::move(raw));
    };
    sink.on_failure = [](InputFailure&&) {};
    ReadInputs({(dir / "trafilatura-eval" / "eval").string(),
                (dir / "trafilatura-eval" / "cache").string()},
               {}, sink);
    fs::remove_all(dir);
    return r;
  }();
  return loaded;
}

void BM_ProcessRealPages(benchmark::State& state) {
  const RealPages& real = LoadRealPages();
  if (real.pages.empty()) {
    state.SkipWithError(real.error.c_str());
    return;
  }
  Pipeline pipeline(PipelineOptions{});
  for (auto _ : state) {
    for (const RawDocument& raw : real.pages) {
      try {
        Document d = pipeline.Process(raw);
        benchmark::DoNotOptimize(d.sentences.data());
      } catch (const std::exception&) {
      }
    }
  }
  Report(state, real.bytes, static_cast<int64_t>(real.pages.size()));
}
BENCHMARK(BM_ProcessRealPages)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

// Main-text extraction alone (HTML already decoded to UTF-8) on the same
// real pages, one thread: the figure issue 3's 60 MB/s target is about.
void BM_ExtractMainText(benchmark::State& state) {
  const RealPages& real = LoadRealPages();
  if (real.pages.empty()) {
    state.SkipWithError(real.error.c_str());
    return;
  }
  std::vector<std::string> pages;
  for (const RawDocument& raw : real.pages) {
    DecodeOptions options;
    options.sniff_html_meta = true;
    pages.push_back(DecodeToUtf8(raw.bytes, options).utf8);
  }
  for (auto _ : state) {
    for (const std::string& page : pages)
      benchmark::DoNotOptimize(ExtractMainText(page).text.size());
  }
  Report(state, real.bytes, static_cast<int64_t>(pages.size()));
}
BENCHMARK(BM_ExtractMainText)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

// The whole run from files on disk into a fresh store, one worker thread:
// reading + processing + SQLite writes.
void BM_RunIntoStore(benchmark::State& state) {
  const Corpus& c = GeneratedCorpus();
  fs::path dir = fs::temp_directory_path() / ("parallax-bench-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "corpus");
  for (const RawDocument& raw : c.docs) {
    std::string name = raw.source.substr(raw.source.find('/') + 1) +
                       (raw.format == Format::kHtml ? ".html" : ".txt");
    std::ofstream(dir / "corpus" / name, std::ios::binary) << raw.bytes;
  }
  PipelineOptions opts;
  opts.threads = static_cast<int>(state.range(0));
  Pipeline pipeline(opts);
  int round = 0;
  for (auto _ : state) {
    state.PauseTiming();
    fs::path db = dir / ("store" + std::to_string(round++) + ".db");
    state.ResumeTiming();
    Store store(db.string());
    RunResult r = pipeline.Run({(dir / "corpus").string()}, store);
    benchmark::DoNotOptimize(r.ids.size());
  }
  Report(state, c.bytes, kDocuments);
  fs::remove_all(dir);
}
BENCHMARK(BM_RunIntoStore)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
