// Pipeline::Run: reader (calling thread) -> workers -> one store writer.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

#include "parallax/encoding.h"
#include "parallax/error.h"
#include "parallax/hash.h"
#include "parallax/pipeline.h"
#include "parallax/plain_text.h"
#include "parallax/site_lines.h"
#include "pipeline/pipeline_impl.h"
#include "pipeline/queue.h"

namespace parallax {

namespace {

struct Job {
  uint64_t seq = 0;
  std::string id;
  RawDocument raw;
};

// What became of one input, in reading order `seq`: a new document, a
// failure, or a document the store already has (id + source only).
struct Outcome {
  uint64_t seq = 0;
  std::optional<Document> document;
  std::optional<InputFailure> failure;
  std::string existing_id;
  std::string existing_source;
};

// Keeps the reader at most `window` inputs ahead of the store writer, so
// that the writer can store the outcomes in reading order (document rows,
// entity and claim ids do not depend on which worker finished first) while
// holding at most `window` outcomes back. Thread-safe.
class ReadingWindow {
 public:
  explicit ReadingWindow(uint64_t window) : window_(window == 0 ? 1 : window) {}

  // Blocks until input `seq` may enter the pipeline, or the run is lost.
  void WaitForRoom(uint64_t seq) {
    std::unique_lock lock(mu_);
    room_.wait(lock, [&] { return seq < written_ + window_ || lost_; });
  }

  // The writer has stored one more input in order.
  void Advance() {
    std::lock_guard lock(mu_);
    ++written_;
    room_.notify_all();
  }

  // The writer has failed: nobody waits any more.
  void Lose() {
    std::lock_guard lock(mu_);
    lost_ = true;
    room_.notify_all();
  }

 private:
  const uint64_t window_;
  std::mutex mu_;
  std::condition_variable room_;
  uint64_t written_ = 0;
  bool lost_ = false;
};

double SecondsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// The learning pre-pass (PipelineOptions::site_lines): reads the inputs once
// more and counts the lines of every plain-text document that has a site
// key. Only decoding and the plain-text rendering are done (no language, no
// segmentation), on the calling thread. HTML documents and documents
// without a site key are skipped before decoding; unreadable inputs are
// skipped here and reported by the main pass. Returns null when nothing was
// learned or the pass cannot run (standard input: a note says so).
std::unique_ptr<SiteLines> LearnSiteLines(const std::vector<std::string>& paths,
                                          const PipelineOptions& opts,
                                          std::vector<std::string>* notes) {
  if (!opts.site_lines) return nullptr;
  if (std::find(paths.begin(), paths.end(), "-") != paths.end()) {
    notes->push_back(
        "lines repeated across a site were not looked for: standard input (\"-\") cannot be "
        "read twice");
    return nullptr;
  }
  auto sites = std::make_unique<SiteLines>(opts.site_lines_options);
  IngestSink sink;
  sink.on_document = [&](RawDocument&& raw) {
    if (raw.format != Format::kText) return;
    const std::string key = SiteKey(raw);
    if (key.empty()) return;
    try {
      DecodeOptions decode_options;
      decode_options.declared_charset = raw.declared_charset;
      decode_options.known_utf8 = raw.utf8;
      Decoded decoded = DecodeToUtf8(raw.bytes, decode_options);
      sites->Add(key, RenderPlainText(decoded.utf8).text);
    } catch (const InputError&) {
      // The main pass records it as a failure.
    }
  };
  sink.on_failure = [](InputFailure&&) {};
  ReadInputs(paths, opts.ingest, sink);
  if (sites->sites() == 0) return nullptr;
  return sites;
}

}  // namespace

RunResult Pipeline::Run(const std::vector<std::string>& paths, Store& store,
                        const std::function<void(const Progress&)>& on_progress) const {
  const auto t0 = std::chrono::steady_clock::now();
  const PipelineOptions& opts = impl_->options;
  RunResult result;
  result.run = store.BeginRun(paths);
  const std::unique_ptr<SiteLines> sites = LearnSiteLines(paths, opts, &result.notes);

  const int threads = opts.threads > 0
                          ? opts.threads
                          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  const size_t batch = std::max<size_t>(1, opts.batch_size);
  BoundedQueue<Job> jobs(static_cast<size_t>(threads) * 4);
  BoundedQueue<Outcome> outcomes(static_cast<size_t>(threads) * 4 + batch);
  ReadingWindow window(static_cast<uint64_t>(threads) * 8 + batch);

  Progress progress;
  progress.bytes_total = EstimateInputBytes(paths, opts.ingest);
  std::atomic<uint64_t> bytes_read{0};

  std::vector<std::thread> workers;
  workers.reserve(static_cast<size_t>(threads));
  for (int i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      while (std::optional<Job> job = jobs.Pop()) {
        Outcome outcome;
        outcome.seq = job->seq;
        std::string source = job->raw.source;
        try {
          outcome.document = impl_->Process(std::move(job->raw), std::move(job->id), sites.get());
        } catch (const InputError& e) {
          outcome.failure = InputFailure{std::move(source), e.what()};
        } catch (const std::exception& e) {
          // A defect, not bad input: still recorded per document so that the
          // run goes on, and worded so that it is reported as ours.
          outcome.failure =
              InputFailure{std::move(source), std::string("internal error: ") + e.what()};
        }
        outcomes.Push(std::move(outcome));
      }
    });
  }

  std::vector<std::pair<uint64_t, std::string>> order;  // (seq, id) of delivered documents
  std::exception_ptr writer_error;                      // read only after writer.join()
  std::atomic<bool> writer_failed{false};
  std::thread writer([&] {
    std::vector<Document> docs;
    std::vector<InputFailure> failures;
    uint64_t processed = 0;
    auto flush = [&] {
      if (docs.empty() && failures.empty()) return;
      size_t fresh = store.WriteBatch(result.run, docs, failures);
      result.documents_new += fresh;
      result.documents_existing += docs.size() - fresh;
      for (InputFailure& f : failures) result.failures.push_back(std::move(f));
      docs.clear();
      failures.clear();
    };
    // Outcomes that arrived before an earlier input's: stored once the
    // inputs before them are.
    std::map<uint64_t, Outcome> early;
    uint64_t next = 0;
    auto take = [&](Outcome* o) {
      if (o->document) {
        order.emplace_back(o->seq, o->document->id);
        docs.push_back(std::move(*o->document));
        ++processed;
      } else if (o->failure) {
        failures.push_back(std::move(*o->failure));
        ++progress.failures;
      } else {
        store.RecordSource(result.run, o->existing_id, o->existing_source);
        order.emplace_back(o->seq, o->existing_id);
        ++result.documents_existing;
        ++processed;
      }
      if (docs.size() + failures.size() >= batch) flush();
      if (on_progress) {
        progress.documents = processed;
        progress.bytes_read = bytes_read.load(std::memory_order_relaxed);
        progress.seconds = SecondsSince(t0);
        on_progress(progress);
      }
      window.Advance();
    };
    try {
      while (std::optional<Outcome> o = outcomes.Pop()) {
        const uint64_t got = o->seq;
        early.emplace(got, std::move(*o));
        for (auto it = early.find(next); it != early.end(); it = early.find(++next)) {
          take(&it->second);
          early.erase(it);
        }
      }
      // Inputs the reader skipped after a failure leave gaps: the rest in order.
      for (auto& [s, o] : early) take(&o);
      flush();
    } catch (...) {
      writer_error = std::current_exception();
      writer_failed.store(true);
      window.Lose();
      while (outcomes.Pop()) {
      }  // unblock the workers and the reader
    }
  });

  uint64_t seq = 0;
  IngestSink sink;
  sink.on_document = [&](RawDocument&& raw) {
    const uint64_t s = seq++;
    window.WaitForRoom(s);
    if (writer_failed.load()) return;  // the run is lost; stop feeding it
    std::string id = DocumentId(raw.bytes);
    if (store.Contains(id)) {
      Outcome o;
      o.seq = s;
      o.existing_id = std::move(id);
      o.existing_source = std::move(raw.source);
      outcomes.Push(std::move(o));
      return;
    }
    jobs.Push(Job{s, std::move(id), std::move(raw)});
  };
  sink.on_failure = [&](InputFailure&& failure) {
    const uint64_t s = seq++;
    window.WaitForRoom(s);
    if (writer_failed.load()) return;
    Outcome o;
    o.seq = s;
    o.failure = std::move(failure);
    outcomes.Push(std::move(o));
  };
  sink.on_progress = [&](uint64_t consumed) {
    bytes_read.fetch_add(consumed, std::memory_order_relaxed);
  };

  std::exception_ptr reader_error;
  try {
    ReadInputs(paths, opts.ingest, sink);
  } catch (...) {
    reader_error = std::current_exception();  // a store error from Contains()
  }
  jobs.Close();
  for (std::thread& t : workers) t.join();
  outcomes.Close();
  writer.join();

  result.bytes_read = bytes_read.load();
  result.seconds = SecondsSince(t0);
  if (writer_error || reader_error) {
    try {
      store.EndRun(result.run, "failed");
    } catch (const StoreError&) {
      // The original error says more.
    }
    std::rethrow_exception(writer_error ? writer_error : reader_error);
  }

  std::sort(order.begin(), order.end());
  std::unordered_set<std::string> seen;
  for (auto& [s, id] : order) {
    if (seen.insert(id).second) result.ids.push_back(std::move(id));
  }
  store.EndRun(result.run, result.failures.empty() ? "ok" : "partial");
  return result;
}

}  // namespace parallax
