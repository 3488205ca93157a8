// Shared by the benchmarks: the annotate-stage objects, loaded once from
// data/, and the bundled sample corpus (examples/corpus, our own writing)
// made into documents by the real pipeline, so benchmarks time the text the
// annotate stage sees in production.
#ifndef PARALLAX_BENCH_BENCH_CORPUS_H_
#define PARALLAX_BENCH_BENCH_CORPUS_H_

#include <exception>
#include <string>
#include <utility>
#include <vector>

#include "parallax/annotate.h"
#include "parallax/data_dir.h"
#include "parallax/entities.h"
#include "parallax/ingest.h"
#include "parallax/pipeline.h"

namespace parallax::bench {

// The annotator of FindDataDir(), made on first use and never destroyed.
inline const Annotator& TheAnnotator() {
  static const Annotator* annotator = new Annotator(FindDataDir());
  return *annotator;
}

// The entity recogniser of FindDataDir(), made on first use.
inline const EntityRecognizer& TheRecognizer() {
  static const EntityRecognizer* recognizer = new EntityRecognizer(FindDataDir());
  return *recognizer;
}

// The documents of examples/corpus as Pipeline::Process makes them
// (annotated, entities and claims filled), in reading order; inputs the
// pipeline rejects are left out. Reads the folder on every call.
inline std::vector<Document> SampleCorpusDocuments() {
  std::vector<Document> docs;
  Pipeline pipeline(PipelineOptions{});
  IngestSink sink;
  sink.on_document = [&](RawDocument&& raw) {
    try {
      docs.push_back(pipeline.Process(std::move(raw)));
    } catch (const std::exception&) {
    }
  };
  sink.on_failure = [](InputFailure&&) {};
  ReadInputs({std::string(PARALLAX_SOURCE_DIR) + "/examples/corpus"}, {}, sink);
  return docs;
}

}  // namespace parallax::bench

#endif  // PARALLAX_BENCH_BENCH_CORPUS_H_
