// Throughput of the issue 4 annotator (include/parallax/annotate.h) and the
// issue 5 entity recogniser (include/parallax/entities.h), one thread, so
// the figures are per core. Target (issue 4): >= 50 MB/s.
//
//   BM_AnnotateText/<lang>  every sentence of the sample corpus's documents
//                           of that language, one AnnotateText call each,
//                           in the language Annotate would use
//   BM_AnnotateText/mixed   all of them, all languages
//   BM_AnnotateDocument     Annotator::Annotate on the whole documents
//                           (sentence loop, offsets, date slips)
//   BM_AnnotateNumericHeavy/<lang>  generated tables of figures (counts,
//                           decimals, percentages, money, dates, times,
//                           ranges), one row a call: the worst case
//   BM_AnnotateDigitRun     one call on 1 MB of digits (must stay linear)
//   BM_AnnotateLongLine/N   one call on an N-byte line of mixed figures
//                           (bytes/s must not fall as N grows)
//   BM_RecognizeEntities    EntityRecognizer::Recognize on the whole
//                           documents (names, keys, resolution within each)
//   BM_RecognizeEntitiesCold  the same with no word seen before (the
//                           per-thread cache of word views empty)
//   BM_EntityOfName         EntityRecognizer::EntityOfName on a fixed list of
//                           names in Latin, Cyrillic, Arabic and Han script
//   BM_RecognizeNameRun/N   RecognizeText on N bytes of names with no full
//                           stop (one sentence, a mention every word or
//                           two): the worst case for resolution; the fitted
//                           complexity (BigO) says how time grows with N
//
// The clean text comes from the bundled sample corpus (examples/corpus, our
// own writing) read through the real pipeline (parallax::Pipeline::Process),
// so it is the text the annotator sees in production. Bytes/s
// (SetBytesProcessed) count the bytes of text annotated; items are sentences,
// rows, documents or names as named.
//
// Run: build/release/annotate_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "parallax/annotate.h"
#include "parallax/data_dir.h"
#include "parallax/entities.h"

using namespace parallax;

namespace {

struct Piece {
  std::string text;
  std::string lang;
};

struct SampleCorpus {
  std::vector<Document> docs;
  std::map<std::string, std::vector<Piece>> by_lang;  // "mixed": everything
};

using bench::TheAnnotator;
using bench::TheRecognizer;

// The language Annotator::Annotate uses for a sentence (annotate.h).
std::string SentenceLang(const Document& d, const Sentence& s) {
  std::string lang = d.lang.lang;
  if (s.paragraph < d.paragraphs.size()) {
    const LanguageGuess& p = d.paragraphs[s.paragraph].lang;
    if (p.reliable && p.lang != "und") lang = p.lang;
  }
  return lang;
}

const SampleCorpus& Corpus() {
  static const SampleCorpus corpus = [] {
    SampleCorpus c;
    c.docs = bench::SampleCorpusDocuments();
    for (const Document& d : c.docs) {
      for (const Sentence& s : d.sentences) {
        if (s.span.end > d.text.size() || s.span.start >= s.span.end) continue;
        Piece p{d.text.substr(s.span.start, s.span.end - s.span.start), SentenceLang(d, s)};
        c.by_lang[p.lang].push_back(p);
        c.by_lang["mixed"].push_back(std::move(p));
      }
    }
    if (c.by_lang.empty()) {
      std::fprintf(stderr, "annotate_bench: no sentences in examples/corpus\n");
      std::exit(1);
    }
    return c;
  }();
  return corpus;
}

void Report(benchmark::State& state, uint64_t bytes, int64_t items) {
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
  state.SetItemsProcessed(items * state.iterations());
}

void AnnotatePieces(benchmark::State& state, const std::vector<Piece>* pieces) {
  const Annotator& annotator = TheAnnotator();
  const ReferenceTime reference = ParseReferenceTime("2022-01-10");
  uint64_t bytes = 0;
  for (const Piece& p : *pieces) bytes += p.text.size();
  size_t found = 0;
  for (auto _ : state) {
    for (const Piece& p : *pieces) {
      const Annotations a = annotator.AnnotateText(p.text, p.lang, reference);
      found += a.quantities.size() + a.dates.size();
      benchmark::DoNotOptimize(a.quantities.data());
    }
  }
  Report(state, bytes, static_cast<int64_t>(pieces->size()));
  state.counters["found/call"] =
      static_cast<double>(found) / static_cast<double>(state.iterations() * pieces->size());
}

void BM_AnnotateDocument(benchmark::State& state) {
  // Annotate replaces quantities and dates, so the documents are reused.
  static std::vector<Document> docs = Corpus().docs;
  const Annotator& annotator = TheAnnotator();
  uint64_t bytes = 0;
  for (const Document& d : docs) bytes += d.text.size();
  for (auto _ : state) {
    for (Document& d : docs) {
      annotator.Annotate(d);
      benchmark::DoNotOptimize(d.dates.data());
    }
  }
  Report(state, bytes, static_cast<int64_t>(docs.size()));
}
BENCHMARK(BM_AnnotateDocument)->Unit(benchmark::kMicrosecond);

void BM_RecognizeEntities(benchmark::State& state) {
  // Recognize replaces doc.entities, so the documents are reused.
  static std::vector<Document> docs = Corpus().docs;
  const EntityRecognizer& recognizer = TheRecognizer();
  uint64_t bytes = 0;
  for (const Document& d : docs) bytes += d.text.size();
  size_t found = 0;
  for (auto _ : state) {
    for (Document& d : docs) {
      recognizer.Recognize(d);
      found += d.entities.size();
      benchmark::DoNotOptimize(d.entities.data());
    }
  }
  Report(state, bytes, static_cast<int64_t>(docs.size()));
  state.counters["entities/doc"] =
      static_cast<double>(found) / static_cast<double>(state.iterations() * docs.size());
}
BENCHMARK(BM_RecognizeEntities)->Unit(benchmark::kMicrosecond);

// The same on first sight of every word, as on a new corpus: the per-thread
// cache of word views serves one recogniser at a time, so before each pass
// (timing paused) a second recogniser reads one short sentence and takes
// the cache over; the pass then starts with nothing cached.
void BM_RecognizeEntitiesCold(benchmark::State& state) {
  static std::vector<Document> docs = Corpus().docs;
  static const EntityRecognizer* other = new EntityRecognizer(FindDataDir());
  const EntityRecognizer& recognizer = TheRecognizer();
  uint64_t bytes = 0;
  for (const Document& d : docs) bytes += d.text.size();
  size_t found = 0;
  for (auto _ : state) {
    state.PauseTiming();
    benchmark::DoNotOptimize(other->RecognizeText("Warm Up", "en"));
    state.ResumeTiming();
    for (Document& d : docs) {
      recognizer.Recognize(d);
      found += d.entities.size();
      benchmark::DoNotOptimize(d.entities.data());
    }
  }
  Report(state, bytes, static_cast<int64_t>(docs.size()));
  state.counters["entities/doc"] =
      static_cast<double>(found) / static_cast<double>(state.iterations() * docs.size());
}
BENCHMARK(BM_RecognizeEntitiesCold)->Unit(benchmark::kMicrosecond);

// Names as news writes them, in several languages and scripts, inflected
// forms included: each is one EntityOfName call (case endings, folding,
// transliteration, the gazetteer, keys).
const std::vector<Piece>& SampleNames() {
  static const std::vector<Piece> names = {
      {"Kassym-Jomart Tokayev", "en"},
      {"Tokayev", "en"},
      {"Vladimir Putin", "en"},
      {"Volodymyr Zelensky", "en"},
      {"Ursula von der Leyen", "en"},
      {"Collective Security Treaty Organization", "en"},
      {"CSTO", "en"},
      {"United Nations", "en"},
      {"Kazakhstan's", "en"},
      {"Almaty", "en"},
      {"Alma-Ata", "en"},
      {"Reuters", "en"},
      {"Kassym-Schomart Tokajew", "de"},
      {"Tokajews", "de"},
      {"Wladimir Putin", "de"},
      {"Wolodymyr Selenskyj", "de"},
      {"Annalena Baerbock", "de"},
      {"Vereinte Nationen", "de"},
      {"Kasachstan", "de"},
      {"Moskau", "de"},
      {"Kassym-Jomart Tokaïev", "fr"},
      {"Vladimir Poutine", "fr"},
      {"Emmanuel Macron", "fr"},
      {"Organisation des Nations unies", "fr"},
      {"ONU", "fr"},
      {"Kasym-Żomart Tokajew", "pl"},
      {"Tokajewa", "pl"},
      {"Władimir Putin", "pl"},
      {"Wołodymyr Zełenski", "pl"},
      {"Zełenskiego", "pl"},
      {"Andrzej Duda", "pl"},
      {"Dudzie", "pl"},
      {"Kazachstanie", "pl"},
      {"ONZ", "pl"},
      {"Petr Fiala", "cs"},
      {"Andrej Babiš", "cs"},
      {"Касым-Жомарт Токаев", "ru"},
      {"Токаевым", "ru"},
      {"Владимир Путин", "ru"},
      {"Путина", "ru"},
      {"Сергей Лавров", "ru"},
      {"ОДКБ", "ru"},
      {"Алматы", "ru"},
      {"Организация Объединенных Наций", "ru"},
      {"Володимир Зеленський", "uk"},
      {"Зеленського", "uk"},
      {"Київ", "uk"},
      {"Қасым-Жомарт Тоқаев", "kk"},
      {"Астана", "kk"},
      {"بوتين", "ar"},
      {"普京", "zh"},
  };
  return names;
}

void BM_EntityOfName(benchmark::State& state) {
  const EntityRecognizer& recognizer = TheRecognizer();
  const std::vector<Piece>& names = SampleNames();
  uint64_t bytes = 0;
  for (const Piece& p : names) bytes += p.text.size();
  size_t keys = 0;
  for (auto _ : state) {
    for (const Piece& p : names) {
      const Entity e = recognizer.EntityOfName(p.text, p.lang);
      keys += e.keys.size();
      benchmark::DoNotOptimize(e.keys.data());
    }
  }
  Report(state, bytes, static_cast<int64_t>(names.size()));
  state.counters["keys/name"] =
      static_cast<double>(keys) / static_cast<double>(state.iterations() * names.size());
}
BENCHMARK(BM_EntityOfName)->Unit(benchmark::kMicrosecond);

// N bytes of known names in one sentence: every word a mention, all to be
// resolved against each other. Time should grow with N, not N squared; the
// BigO line of the output is the fitted growth.
void BM_RecognizeNameRun(benchmark::State& state) {
  const std::string unit = "Tokayev Almaty CSTO Nazarbayev ";
  std::string text;
  while (text.size() < static_cast<size_t>(state.range(0))) text += unit;
  const EntityRecognizer& recognizer = TheRecognizer();
  size_t found = 0;
  for (auto _ : state) {
    const std::vector<Entity> entities = recognizer.RecognizeText(text, "en");
    found = entities.size();
    benchmark::DoNotOptimize(entities.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.SetComplexityN(state.range(0));
  state.counters["entities"] = static_cast<double>(found);
}
BENCHMARK(BM_RecognizeNameRun)
    ->RangeMultiplier(2)
    ->Range(1 << 17, 1 << 20)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

// Rows of a generated table of figures in the writing conventions of
// `lang` (en: 4,512.5 and $; de/ru/pl: 4.512,5 or 4 512,5 and €/руб.).
std::vector<Piece> NumericTable(const std::string& lang, size_t bytes) {
  std::mt19937 rng(20220110);
  auto n = [&](int lo, int hi) { return lo + static_cast<int>(rng() % (hi - lo + 1)); };
  std::vector<Piece> rows;
  size_t total = 0;
  while (total < bytes) {
    char buf[512];
    const int big = n(1000, 999999), cents = n(0, 99), pct = n(0, 99), dec = n(0, 9);
    const int y = n(1990, 2030), m = n(1, 12), d = n(1, 28), h = n(0, 23), mi = n(0, 59);
    const int lo = n(1, 500), hi = lo + n(1, 500);
    if (lang == "en") {
      std::snprintf(buf, sizeof buf,
                    "Region %d | %d,%03d | %d.%d%% | $%d.%02dm | %04d-%02d-%02d | %02d:%02d | "
                    "%d-%d | about %d tonnes | %d.%d km",
                    n(1, 99), big / 1000, big % 1000, pct, dec, n(1, 999), cents, y, m, d, h, mi,
                    lo, hi, n(10, 900), n(1, 9999), dec);
    } else if (lang == "ru") {
      std::snprintf(
          buf, sizeof buf,
          "Регион %d | %d %03d | %d,%d %% | %d,%02d млн руб. | %02d.%02d.%04d | %02d:%02d "
          "| от %d до %d | около %d т | %d,%d км",
          n(1, 99), big / 1000, big % 1000, pct, dec, n(1, 999), cents, d, m, y, h, mi, lo, hi,
          n(10, 900), n(1, 9999), dec);
    } else {
      std::snprintf(buf, sizeof buf,
                    "Region %d | %d.%03d | %d,%d %% | %d,%02d Mio. Euro | %02d.%02d.%04d | "
                    "%02d:%02d Uhr | %d-%d | etwa %d Tonnen | %d,%d km",
                    n(1, 99), big / 1000, big % 1000, pct, dec, n(1, 999), cents, d, m, y, h, mi,
                    lo, hi, n(10, 900), n(1, 9999), dec);
    }
    rows.push_back({buf, lang});
    total += rows.back().text.size();
  }
  return rows;
}

void BM_AnnotateNumericHeavy(benchmark::State& state, const std::string& lang) {
  static std::map<std::string, std::vector<Piece>> tables;
  if (!tables.count(lang)) tables[lang] = NumericTable(lang, 1 << 20);
  AnnotatePieces(state, &tables[lang]);
}

void BM_AnnotateDigitRun(benchmark::State& state) {
  const std::string digits(1 << 20, '7');
  const ReferenceTime reference = ParseReferenceTime("2022-01-10");
  for (auto _ : state) {
    benchmark::DoNotOptimize(TheAnnotator().AnnotateText(digits, "en", reference).quantities);
  }
  Report(state, digits.size(), 1);
}
BENCHMARK(BM_AnnotateDigitRun)->Unit(benchmark::kMillisecond);

// One call on a single line of `state.range(0)` bytes of mixed figures and
// words (no sentence breaks): throughput must not fall as the line grows.
void BM_AnnotateLongLine(benchmark::State& state) {
  const std::string piece =
      "Around 40 trucks carried 12.5 tonnes on 3 March 2021, then about 7% more; "
      "der Preis stieg um 4,5 Prozent auf 89 Euro, 2. kwietnia o 10:30, ";
  std::string text;
  while (text.size() < static_cast<size_t>(state.range(0))) text += piece;
  const ReferenceTime reference = ParseReferenceTime("2022-01-10");
  for (auto _ : state) {
    benchmark::DoNotOptimize(TheAnnotator().AnnotateText(text, "en", reference).quantities);
  }
  Report(state, text.size(), 1);
}
BENCHMARK(BM_AnnotateLongLine)
    ->Arg(16 << 10)
    ->Arg(128 << 10)
    ->Arg(1 << 20)
    ->Unit(benchmark::kMillisecond);

// Per-language benchmarks: one per language the sample corpus holds.
const bool kRegistered = [] {
  for (const char* lang : {"de", "en", "fr", "pl", "ru", "kk", "mixed"}) {
    benchmark::RegisterBenchmark((std::string("BM_AnnotateText/") + lang).c_str(),
                                 [lang](benchmark::State& state) {
                                   auto it = Corpus().by_lang.find(lang);
                                   if (it == Corpus().by_lang.end()) {
                                     state.SkipWithError("no sentences in this language");
                                     return;
                                   }
                                   AnnotatePieces(state, &it->second);
                                 })
        ->Unit(benchmark::kMicrosecond);
  }
  for (const char* lang : {"en", "de", "ru"}) {
    benchmark::RegisterBenchmark(
        (std::string("BM_AnnotateNumericHeavy/") + lang).c_str(),
        [lang](benchmark::State& state) { BM_AnnotateNumericHeavy(state, lang); })
        ->Unit(benchmark::kMillisecond);
  }
  return true;
}();

}  // namespace

BENCHMARK_MAIN();
