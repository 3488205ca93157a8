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
#include <utility>
#include <vector>

#include "parallax/document.h"
#include "parallax/ingest.h"
#include "parallax/story.h"

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

// One spelling of a store entity in one language, with how many mentions
// used it (Store::Entities).
struct EntityVariant {
  std::string text;  // as written: "Tokajewa", "Токаевым"
  std::string lang;  // the mention's paragraph language when reliable, else the document's
  uint64_t count = 0;
  bool operator==(const EntityVariant&) const = default;
};

// One row of `parallax entities`: a store entity that has not been merged
// into another, with what the store knows of it across documents.
struct EntitySummary {
  std::string id;  // "E" and a number, as in Document::entities
  std::string name;
  EntityType type = EntityType::kOther;
  uint64_t documents = 0;               // distinct documents that mention it
  uint64_t mentions = 0;                // mentions in all documents
  std::vector<std::string> languages;   // languages of its variants, most mentions first
  std::vector<EntityVariant> variants;  // most mentions first, then by text and language
};

// What Store::Entities lists.
struct EntityQuery {
  std::optional<EntityType> type;  // only this type; all types when unset
  uint64_t min_documents = 0;      // only entities mentioned in at least this many documents
  // Only entities whose name or one of whose variants contains this text,
  // case-insensitively (simple case folding of the Latin, Greek and Cyrillic
  // letters; no diacritic folding). Empty: no filter.
  std::string name;
  size_t limit = 0;  // at most this many; 0: all
};

// One document's place among the stories (story.h), as the store keeps it.
struct StoryMember {
  StoryAssignment assignment;
  std::string profile;  // the document's DocumentProfile as JSON (ProfileToJson)
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
  static constexpr int kSchemaVersion = 8;

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
  //
  // The entities of each new document are resolved, in order, to store
  // entities by their keys (document.h, Entity; the rules are in
  // docs/store.md, "entities"): a shared key is one entity, a partial name
  // joins the one complete entity it may attach to, and an entity that
  // bridges two stored ones merges them. `documents` is not changed: the ids
  // given are read back by Get. Entity::id of the input is ignored. The
  // document's claims, quotes and citations are written with it.
  size_t WriteBatch(int64_t run, const std::vector<Document>& documents,
                    const std::vector<InputFailure>& failures);

  // Records that `source` delivered the stored document `id` in `run` (for a
  // document skipped before processing because it was already stored).
  void RecordSource(int64_t run, const std::string& id, const std::string& source);

  // The document whose id is `id_or_prefix` or starts with it (at least 4
  // hex digits). std::nullopt if none; StoreError if the prefix is ambiguous.
  // Its entities are rebuilt from the store: one Entity per store entity the
  // document mentions (two of its entities merged later come back as one),
  // with the store's id, name and type, this document's variants (first seen
  // first) and mentions (text order), ordered by first mention; keys,
  // attach_keys and partial are left empty (they are resolution input).
  // Its claims, quotes and citations come back in their written order, an
  // entity field that named one of the document's entities as that
  // entity's store id (docs/store.md, "claims, quotes and citations").
  std::optional<Document> Get(const std::string& id_or_prefix) const;

  // The store's entities that match `query`, merged ones never included,
  // ordered by documents (most first), then mentions (most first), then
  // name and id. Empty when the store has none. Thread-safe (serialised).
  std::vector<EntitySummary> Entities(const EntityQuery& query = {}) const;

  // The entity "E<n>" (case-insensitive "e"), following merges: the id of an
  // entity merged into another gives that other one. std::nullopt for an
  // unknown or malformed id. Thread-safe (serialised).
  std::optional<EntitySummary> FindEntity(const std::string& id) const;

  // Ids of the stored documents that are in no story yet, in the order
  // they were first stored. Thread-safe (serialised).
  std::vector<std::string> DocumentsWithoutStory() const;

  // Every document's story membership, in the order of assignment (the
  // order StoryClusterer::Restore replays). Empty for a store without
  // stories. Thread-safe (serialised).
  std::vector<StoryMember> StoryMembers() const;

  // Appends `members` (new assignments, in the order they were made) in one
  // transaction, after folding stories: each (from, into) of `merges`, in
  // order, moves every stored member of story `from` to story `into`
  // (StoryAssignment::merged). A document that is not stored, or already
  // has a story, makes it fail: StoreError, nothing written. Thread-safe
  // (serialised).
  void WriteStoryMembers(const std::vector<StoryMember>& members,
                         const std::vector<std::pair<std::string, std::string>>& merges = {});

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
