// parallax: the embedded store, one SQLite file.
//
// Schema versioned by PRAGMA user_version with forward migrations
// (src/store/migrations.cc), WAL journal, one transaction per batch, so a run
// killed at any point leaves every committed batch whole and nothing else.
// Running the same inputs again skips what is stored (same id) and completes
// the rest.
#ifndef PARALLAX_STORE_H_
#define PARALLAX_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "parallax/document.h"
#include "parallax/ingest.h"

namespace parallax {

// One row of `parallax docs`.
struct DocumentSummary {
  std::string id;
  std::string lang;
  std::string title;
  std::string source;
  std::optional<std::string> published;
  uint64_t text_bytes = 0;
  uint64_t raw_bytes = 0;
};

struct StoredFailure {
  std::string source;
  std::string reason;
  int64_t run = 0;
};

class Store {
 public:
  // The schema version this build writes. A store with a newer version is
  // refused (StoreError); an older one is migrated in one transaction.
  static constexpr int kSchemaVersion = 5;

  // Opens `path`, creating it if absent, and migrates it. Throws StoreError
  // if the file cannot be opened, is not a parallax store, or is newer.
  explicit Store(const std::string& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Whether a document with this exact id is stored. Thread-safe.
  bool Contains(const std::string& id) const;

  // Starts a run (recorded with its inputs and start time); returns its id.
  int64_t BeginRun(const std::vector<std::string>& inputs);
  // Marks a run finished with its status ("ok", "partial", "failed").
  void EndRun(int64_t run, const std::string& status);

  // Writes one batch in one transaction: new documents (an id already stored
  // is not written again, but its source is recorded), and failures. Returns
  // how many documents were new. Throws StoreError; then nothing of the batch
  // is written. Thread-safe (serialised).
  size_t WriteBatch(int64_t run, const std::vector<Document>& documents,
                    const std::vector<InputFailure>& failures);

  // Records that `source` delivered the stored document `id` in `run` (for a
  // document skipped before processing because it was already stored).
  void RecordSource(int64_t run, const std::string& id, const std::string& source);

  // The document whose id is `id_or_prefix` or starts with it (at least 4
  // hex digits). std::nullopt if none; StoreError if the prefix is ambiguous.
  std::optional<Document> Get(const std::string& id_or_prefix) const;

  // All documents, ordered by source.
  std::vector<DocumentSummary> List() const;

  // Ids of the documents delivered in `run`, in the order they were written.
  std::vector<std::string> RunDocuments(int64_t run) const;

  // Failures of `run`, or of every run when run == 0.
  std::vector<StoredFailure> Failures(int64_t run = 0) const;

  int schema_version() const;
  const std::string& path() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parallax

#endif  // PARALLAX_STORE_H_
