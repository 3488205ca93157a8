// parallax: the pipeline that turns inputs into stored Documents:
// ingest -> decode -> (HTML) render -> paragraphs -> language -> sentences
// -> store, on a pool of worker threads.
#ifndef PARALLAX_PIPELINE_H_
#define PARALLAX_PIPELINE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "parallax/document.h"
#include "parallax/entities.h"
#include "parallax/ingest.h"
#include "parallax/language.h"
#include "parallax/segment.h"
#include "parallax/site_lines.h"
#include "parallax/store.h"

namespace parallax {

struct PipelineOptions {
  IngestOptions ingest;
  LanguageOptions language;
  SegmentOptions segment;
  EntityOptions entities;  // the user's gazetteer files
  std::string data_dir;    // "" = FindDataDir()
  int threads = 0;         // worker threads; 0 = one per core
  size_t batch_size = 64;  // documents per store transaction
  // A plain-text input's first paragraph becomes its title when it is a
  // single line of at most this many bytes (headlines in the sample corpus
  // and in ../shared/data/extraction gold titles are under 200 bytes).
  size_t title_max_bytes = 200;
  // Run first reads its inputs once to learn which lines repeat across the
  // documents of each site (site_lines.h), then cleans plain-text scrapes
  // with that table (ScrapeCleaner::Clean with a SiteLines). The pre-pass
  // decodes and renders plain text only; it is skipped, with a note in
  // RunResult::notes, when an input is standard input ("-"), which cannot be
  // read twice. Process (one document) never uses a table.
  bool site_lines = true;
  SiteLinesOptions site_lines_options;
};

// Progress as the run goes: called from the writer thread after each batch.
struct Progress {
  uint64_t documents = 0;  // documents processed (new or already stored)
  uint64_t failures = 0;
  uint64_t bytes_read = 0;   // input bytes read so far
  uint64_t bytes_total = 0;  // estimate of all input bytes (0 if unknown)
  double seconds = 0;
};

struct RunResult {
  int64_t run = 0;
  std::vector<std::string> ids;  // documents delivered by the inputs, input order, no repeats
  std::vector<InputFailure> failures;
  uint64_t documents_new = 0;
  uint64_t documents_existing = 0;
  uint64_t bytes_read = 0;
  double seconds = 0;
  // Things the caller may want to tell the user, one line each (e.g. that
  // the site-line pre-pass was skipped because an input was standard input).
  std::vector<std::string> notes;
};

class Pipeline {
 public:
  // Loads language data and segmentation rules. Throws DataError.
  explicit Pipeline(PipelineOptions options);
  ~Pipeline();

  // Builds a Document from one raw input. Throws InputError when the input
  // has no usable text (e.g. "no text after decoding"). Thread-safe.
  Document Process(RawDocument raw) const;

  // Reads `paths`, processes documents on worker threads, writes them to
  // `store` in batches. Bad inputs become failures (also written to the
  // store); the run goes on. Throws StoreError if the store fails.
  RunResult Run(const std::vector<std::string>& paths, Store& store,
                const std::function<void(const Progress&)>& on_progress = {}) const;

  const PipelineOptions& options() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parallax

#endif  // PARALLAX_PIPELINE_H_
