// parallax: the store schema, one forward migration per version.
//
// Policy (docs/store.md): steps are append-only. A shipped step is never
// edited; a schema change is a new step that moves user_version from N-1 to N
// and Store::kSchemaVersion becomes N. All pending steps run in one
// transaction, so a store is always at exactly one version.

#include "store/migrations.h"

#include <fmt/format.h>

#include <array>

#include "parallax/error.h"
#include "parallax/store.h"
#include "store/sqlite.h"

namespace parallax::store_internal {
namespace {

// Version 1: documents with their paragraphs and sentences, where each came
// from, runs, failures, and a full-text index over title and text.
//
// documents.seq is the rowid alias and the full-text rowid: an explicit
// INTEGER PRIMARY KEY, because VACUUM may renumber implicit rowids and would
// then desynchronise an external-content FTS5 table. documents.id (the
// content hash) is UNIQUE and is what every other table refers to.
// Small columns come first and the large ones (text_to_raw, text, raw) last,
// so listing documents does not walk the overflow pages of big blobs.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE runs (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  status      TEXT NOT NULL DEFAULT 'running'
              CHECK (status IN ('running', 'ok', 'partial', 'failed')),
  inputs      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(inputs))
);

CREATE TABLE documents (
  seq             INTEGER PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
  source          TEXT NOT NULL,
  url             TEXT NOT NULL,
  site            TEXT NOT NULL,
  title           TEXT NOT NULL,
  published       TEXT,
  format          TEXT NOT NULL,
  container       TEXT NOT NULL,
  charset         TEXT NOT NULL,
  charset_source  TEXT NOT NULL,
  invalid_bytes   INTEGER NOT NULL,
  lang            TEXT NOT NULL,
  lang_confidence REAL NOT NULL,
  lang_reliable   INTEGER NOT NULL,
  lang_method     TEXT NOT NULL,
  lang_shares     TEXT NOT NULL CHECK (json_valid(lang_shares)),
  mixed_language  INTEGER NOT NULL,
  removed         TEXT NOT NULL CHECK (json_valid(removed)),
  signals         TEXT NOT NULL CHECK (json_valid(signals)),
  ingested_run    INTEGER NOT NULL REFERENCES runs(id),
  ingested_at     TEXT NOT NULL,
  text_to_raw     BLOB NOT NULL,
  text            TEXT NOT NULL,
  raw             BLOB NOT NULL
);
CREATE INDEX documents_by_source ON documents(source, id);

CREATE TABLE paragraphs (
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  start_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL,
  lang       TEXT NOT NULL,
  confidence REAL NOT NULL,
  reliable   INTEGER NOT NULL,
  method     TEXT NOT NULL,
  shares     TEXT NOT NULL CHECK (json_valid(shares)),
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  start_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL,
  paragraph  INTEGER NOT NULL,
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE sources (
  seq    INTEGER PRIMARY KEY,
  run    INTEGER NOT NULL REFERENCES runs(id),
  source TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  UNIQUE (run, source, doc_id)
);
CREATE INDEX sources_by_doc ON sources(doc_id);

CREATE TABLE failures (
  seq    INTEGER PRIMARY KEY,
  run    INTEGER NOT NULL REFERENCES runs(id),
  source TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX failures_by_run ON failures(run, seq);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text,
  content = 'documents', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
)sql";

// Version 2: page metadata read by main-text extraction (issue 3): the
// authors (a JSON array of names) and the modified date.
constexpr const char* kSchemaV2 = R"sql(
ALTER TABLE documents ADD COLUMN authors TEXT NOT NULL DEFAULT '[]'
  CHECK (json_valid(authors) AND json_type(authors) = 'array');
ALTER TABLE documents ADD COLUMN modified TEXT;
)sql";

// Version 3: what each paragraph is (ParagraphKind, by ParagraphKindName):
// the headline, a heading, or running text. Paragraphs stored before it read
// as running text.
constexpr const char* kSchemaV3 = R"sql(
ALTER TABLE paragraphs ADD COLUMN kind TEXT NOT NULL DEFAULT 'text'
  CHECK (kind IN ('text', 'title', 'heading'));
)sql";

// Version 4: the figures and dates of each sentence (annotate.h, issue 4).
// Names are the ones QuantityKindName, ApproxName and DateBasisName write.
// Documents stored before it have no rows here (the annotator is C++, a
// migration cannot run it); docs/store.md says how to get them.
constexpr const char* kSchemaV4 = R"sql(
CREATE TABLE quantities (
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  sentence   INTEGER NOT NULL,
  start_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL,
  kind       TEXT NOT NULL
    CHECK (kind IN ('number', 'ordinal', 'percent', 'money', 'measure', 'duration')),
  value      REAL NOT NULL,
  value_max  REAL,
  unit       TEXT NOT NULL,
  approx     TEXT NOT NULL CHECK (approx IN ('exact', 'about', 'at_least', 'more_than',
    'less_than', 'up_to', 'range', 'vague')),
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX quantities_by_value ON quantities(kind, unit, value);

CREATE TABLE dates (
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  sentence   INTEGER NOT NULL,
  start_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL,
  value      TEXT NOT NULL,
  value_max  TEXT NOT NULL,
  basis      TEXT NOT NULL CHECK (basis IN ('absolute', 'completed', 'relative', 'time')),
  suspect    INTEGER NOT NULL CHECK (suspect IN (0, 1)),
  reason     TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX dates_by_value ON dates(value);
)sql";

// Version 5: the figure of each quantity without its qualifier words
// (Quantity::figure: "$ 14 million" in "about $ 14 million"). Quantities
// stored before it have NULL here and read with an empty figure, which
// stands for their whole span (FigureOf in document.h).
constexpr const char* kSchemaV5 = R"sql(
ALTER TABLE quantities ADD COLUMN figure_start INTEGER;
ALTER TABLE quantities ADD COLUMN figure_end INTEGER;
)sql";

// Version 6: people, organisations and places (Document::entities, issue 5),
// resolved across documents (src/store/store_entities.cc, docs/store.md).
// `entities` holds one row per store entity; a merged one keeps its row with
// `merged_into` pointing to the entity that absorbed it (so "E<id>" seen in
// an earlier output still resolves), and every other table refers only to
// entities that are not merged. `name_rank`: where `name` came from (0 a
// partial name, 1 a complete name, 2 the gazetteer); a higher rank replaces
// the name. Documents stored before it have no entity rows (as for figures).
constexpr const char* kSchemaV6 = R"sql(
CREATE TABLE entities (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL CHECK (type IN ('person', 'organization', 'place', 'other')),
  partial     INTEGER NOT NULL CHECK (partial IN (0, 1)),
  name_rank   INTEGER NOT NULL CHECK (name_rank IN (0, 1, 2)),
  merged_into INTEGER REFERENCES entities(id)
);
CREATE INDEX entities_by_merged_into ON entities(merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE entity_keys (
  key    TEXT PRIMARY KEY,
  entity INTEGER NOT NULL REFERENCES entities(id)
) WITHOUT ROWID;
CREATE INDEX entity_keys_by_entity ON entity_keys(entity);

CREATE TABLE entity_attach (
  key    TEXT NOT NULL,
  entity INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (key, entity)
) WITHOUT ROWID;
CREATE INDEX entity_attach_by_entity ON entity_attach(entity);

CREATE TABLE entity_mentions (
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  entity     INTEGER NOT NULL REFERENCES entities(id),
  sentence   INTEGER NOT NULL,
  start_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL,
  surface    TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX entity_mentions_by_entity ON entity_mentions(entity, doc_id);

CREATE TABLE entity_variants (
  entity  INTEGER NOT NULL REFERENCES entities(id),
  variant TEXT NOT NULL,
  lang    TEXT NOT NULL,
  count   INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (entity, variant, lang)
) WITHOUT ROWID;
)sql";

// Version 7: what each document claims (Document::claims, quotes,
// citations; issue 6), written with the document (src/store/store_claims.cc).
// An entity a row names is in the *_entity column when it is one of the
// document's entities (a store entity, possibly merged later: read through
// merged_into), else its text as given is in *_entity_text ('' when none).
// claims.subset_of is the idx of the earlier claim of the same document
// whose group this one counts a part of. Documents stored before it have no
// rows here (as for figures and entities).
constexpr const char* kSchemaV7 = R"sql(
CREATE TABLE claims (
  doc_id             TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx                INTEGER NOT NULL,
  sentence           INTEGER NOT NULL,
  start_byte         INTEGER NOT NULL,
  end_byte           INTEGER NOT NULL,
  figure_start       INTEGER NOT NULL,
  figure_end         INTEGER NOT NULL,
  kind               TEXT NOT NULL CHECK (kind IN ('killed', 'injured', 'hospitalised',
    'arrested', 'detained', 'missing', 'displaced', 'evacuated', 'damage', 'deployed',
    'protesters', 'other')),
  noun               TEXT NOT NULL,
  value              REAL NOT NULL,
  value_max          REAL,
  unit               TEXT NOT NULL,
  approx             TEXT NOT NULL CHECK (approx IN ('exact', 'about', 'at_least', 'more_than',
    'less_than', 'up_to', 'range', 'vague')),
  group_name         TEXT NOT NULL,
  group_text         TEXT NOT NULL,
  group_entity       INTEGER REFERENCES entities(id),
  group_entity_text  TEXT NOT NULL,
  subset_of          INTEGER,
  place              TEXT NOT NULL,
  place_entity       INTEGER REFERENCES entities(id),
  place_entity_text  TEXT NOT NULL,
  date               TEXT NOT NULL,
  attributed_to      TEXT NOT NULL,
  attributed_entity  INTEGER REFERENCES entities(id),
  attributed_entity_text TEXT NOT NULL,
  hedged             INTEGER NOT NULL CHECK (hedged IN (0, 1)),
  negated            INTEGER NOT NULL CHECK (negated IN (0, 1)),
  retracted          INTEGER NOT NULL CHECK (retracted IN (0, 1)),
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX claims_by_kind ON claims(kind, group_name, value);

CREATE TABLE quotes (
  doc_id              TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx                 INTEGER NOT NULL,
  sentence            INTEGER NOT NULL,
  sentence_end        INTEGER NOT NULL,
  start_byte          INTEGER NOT NULL,
  end_byte            INTEGER NOT NULL,
  direct              INTEGER NOT NULL CHECK (direct IN (0, 1)),
  speaker             TEXT NOT NULL,
  speaker_start       INTEGER NOT NULL,
  speaker_end         INTEGER NOT NULL,
  speaker_entity      INTEGER REFERENCES entities(id),
  speaker_entity_text TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE citations (
  doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  sentence    INTEGER NOT NULL,
  start_byte  INTEGER NOT NULL,
  end_byte    INTEGER NOT NULL,
  name        TEXT NOT NULL,
  url         TEXT NOT NULL,
  entity      INTEGER REFERENCES entities(id),
  entity_text TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
)sql";

// Version 8 (issue 7): the cross-language key of an `other` claim's noun,
// and stories. A story member row is written when the document is
// assigned (src/pipeline/stories.cc); its `story` changes only when a later
// document folds that story into an older one (the whole story moves), so
// `seq` (the order of assignment) with the current stories restores the
// clusterer. `profile` is the document's DocumentProfile as JSON
// (story.h), kept so a later run compares new documents with old ones
// without reading them again.
constexpr const char* kSchemaV8 = R"sql(
ALTER TABLE claims ADD COLUMN noun_key TEXT NOT NULL DEFAULT '';

CREATE TABLE story_members (
  doc_id      TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL UNIQUE,
  story       TEXT NOT NULL,
  score       REAL NOT NULL,
  copy_of     TEXT NOT NULL,
  copy_kind   TEXT NOT NULL CHECK (copy_kind IN ('none', 'copy', 'translation')),
  copy_score  REAL NOT NULL,
  profile     TEXT NOT NULL
);
CREATE INDEX story_members_by_story ON story_members(story, seq);
)sql";

constexpr std::array<Migration, 8> kMigrations = {{
    {1, "documents, paragraphs, sentences, sources, runs, failures, documents_fts", kSchemaV1},
    {2, "documents.authors, documents.modified", kSchemaV2},
    {3, "paragraphs.kind", kSchemaV3},
    {4, "quantities, dates", kSchemaV4},
    {5, "quantities.figure_start, quantities.figure_end", kSchemaV5},
    {6, "entities, entity_keys, entity_attach, entity_mentions, entity_variants", kSchemaV6},
    {7, "claims, quotes, citations", kSchemaV7},
    {8, "claims.noun_key, story_members", kSchemaV8},
}};
static_assert(kMigrations.back().version == Store::kSchemaVersion,
              "the last migration must bring the store to Store::kSchemaVersion");

int UserVersion(sqlite3* db, const std::string& path) {
  StatementCache cache(db, path);
  Bound q(cache, "PRAGMA user_version");
  return q.Step() ? static_cast<int>(q.ColumnInt(0)) : 0;
}

void CheckNotNewer(int version, const std::string& path) {
  if (version > Store::kSchemaVersion) {
    throw StoreError(fmt::format("{}: store schema version {} is newer than this parallax ({})",
                                 path, version, Store::kSchemaVersion));
  }
}

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }

int Migrate(sqlite3* db, const std::string& path) {
  int version = UserVersion(db, path);
  CheckNotNewer(version, path);
  if (version == Store::kSchemaVersion) return version;

  Exec(db, path, "BEGIN IMMEDIATE");
  try {
    // Another process may have migrated between the read above and the lock.
    version = UserVersion(db, path);
    CheckNotNewer(version, path);
    for (const Migration& m : kMigrations) {
      if (m.version <= version) continue;
      char* message = nullptr;
      if (sqlite3_exec(db, m.sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errmsg(db);
        sqlite3_free(message);
        throw StoreError(fmt::format("{}: migration to schema version {} ({}) failed: {}", path,
                                     m.version, m.description, text));
      }
      version = m.version;
    }
    Exec(db, path, fmt::format("PRAGMA application_id = {}", kApplicationId).c_str());
    Exec(db, path, fmt::format("PRAGMA user_version = {}", version).c_str());
    Exec(db, path, "COMMIT");
  } catch (...) {
    if (!sqlite3_get_autocommit(db)) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
  return version;
}

}  // namespace parallax::store_internal
