// parallax: the embedded store (include/parallax/store.h) over one SQLite file.
//
// One connection per Store, guarded by a mutex; prepared statements are
// compiled once and cached (store/sqlite.h). Every WriteBatch is one
// BEGIN IMMEDIATE ... COMMIT transaction in WAL mode, so a process killed at
// any point leaves the committed batches whole and nothing of the batch it
// was writing (docs/store.md, tests/store/crash_test.cc).

#include "parallax/store.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sqlite3.h>

#include <mutex>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <utility>

#include "parallax/error.h"
#include "store/migrations.h"
#include "store/sqlite.h"
#include "store/store_claims.h"
#include "store/store_entities.h"
#include "store/store_figures.h"

namespace parallax {

using store_internal::Bound;
using store_internal::ReadClaims;
using store_internal::ReadEntities;
using store_internal::ReadFigures;
using store_internal::StatementCache;
using store_internal::WriteClaims;
using store_internal::WriteEntities;
using store_internal::WriteFigures;

namespace {

// How long a statement waits for another connection's lock before failing
// with "database is locked". Writers hold the lock for one batch: a batch of
// 64 documents of ~5 KB commits in a few tens of milliseconds (docs/store.md,
// throughput), a batch with a 10 MB raw blob in well under a second; 10 s
// leaves room for a checkpoint on a slow disk.
constexpr int kBusyTimeoutMs = 10000;

// Shortest id prefix Get() accepts: 4 hex digits is 65536 buckets, enough to
// be unambiguous in a store of a few hundred documents, short enough to type.
constexpr size_t kMinPrefix = 4;

// JSON text for the store. Invalid UTF-8 inside a string (a file name in
// `inputs`, a stray byte in a signal) is replaced by U+FFFD instead of failing
// the whole batch: the store keeps what it can rather than stop the run.
std::string Dump(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json SharesToJson(const std::vector<LanguageShare>& shares) {
  nlohmann::json out = nlohmann::json::array();
  for (const LanguageShare& s : shares) out.push_back({{"lang", s.lang}, {"share", s.share}});
  return out;
}

std::vector<LanguageShare> SharesFromJson(const nlohmann::json& value) {
  std::vector<LanguageShare> out;
  for (const nlohmann::json& s : value) {
    out.push_back({s.at("lang").get<std::string>(), s.at("share").get<double>()});
  }
  return out;
}

nlohmann::json RemovedToJson(const std::vector<RemovedBlock>& removed) {
  nlohmann::json out = nlohmann::json::array();
  for (const RemovedBlock& r : removed) out.push_back({{"text", r.text}, {"reason", r.reason}});
  return out;
}

std::vector<RemovedBlock> RemovedFromJson(const nlohmann::json& value) {
  std::vector<RemovedBlock> out;
  for (const nlohmann::json& r : value) {
    out.push_back({r.at("text").get<std::string>(), r.at("reason").get<std::string>()});
  }
  return out;
}

// The smallest string greater than every string that starts with `prefix`
// (ids are UTF-8, which never contains the byte 0xFF).
std::string PrefixEnd(const std::string& prefix) { return prefix + "\xff"; }

constexpr const char* kInsertDocument = R"sql(
INSERT INTO documents (id, source, url, site, title, published, format, container,
  charset, charset_source, invalid_bytes, lang, lang_confidence, lang_reliable,
  lang_method, lang_shares, mixed_language, removed, signals, ingested_run,
  ingested_at, text_to_raw, text, raw, authors, modified)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
  ?18, ?19, ?20, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?21, ?22, ?23, ?24, ?25)
ON CONFLICT (id) DO NOTHING
RETURNING seq)sql";

constexpr const char* kInsertParagraph = R"sql(
INSERT INTO paragraphs (doc_id, idx, start_byte, end_byte, lang, confidence, reliable,
  method, shares, kind)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))sql";

constexpr const char* kInsertSentence = R"sql(
INSERT INTO sentences (doc_id, idx, start_byte, end_byte, paragraph)
VALUES (?1, ?2, ?3, ?4, ?5))sql";

constexpr const char* kInsertSource = R"sql(
INSERT INTO sources (run, source, doc_id) VALUES (?1, ?2, ?3)
ON CONFLICT (run, source, doc_id) DO NOTHING)sql";

constexpr const char* kSelectDocument = R"sql(
SELECT id, source, url, site, title, published, format, container, charset,
  charset_source, invalid_bytes, lang, lang_confidence, lang_reliable, lang_method,
  lang_shares, mixed_language, removed, signals, text_to_raw, text, raw, authors, modified
FROM documents WHERE id = ?1)sql";

}  // namespace

struct Store::Impl {
  std::string path;
  sqlite3* db = nullptr;
  std::unique_ptr<StatementCache> statements;
  int version = 0;
  mutable std::mutex mu;

  ~Impl() {
    statements.reset();  // statements must be finalised before the close
    if (db != nullptr) sqlite3_close_v2(db);
  }

  void Open();
  void CheckIsParallaxStore();
  bool InsertDocument(int64_t run, const Document& doc);
  Document ReadDocument(const std::string& id);
  std::string ResolveId(const std::string& id_or_prefix);
};

// A BEGIN IMMEDIATE transaction that rolls back unless committed.
class Transaction {
 public:
  explicit Transaction(StatementCache& statements) : statements_(statements) {
    Bound(statements_, "BEGIN IMMEDIATE").Run();
  }
  ~Transaction() {
    // SQLite may already have rolled back on its own (I/O error, disk full).
    if (!committed_ && !sqlite3_get_autocommit(statements_.db())) {
      sqlite3_exec(statements_.db(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void Commit() {
    Bound(statements_, "COMMIT").Run();
    committed_ = true;
  }

 private:
  StatementCache& statements_;
  bool committed_ = false;
};

void Store::Impl::Open() {
  int rc = sqlite3_open_v2(
      path.c_str(), &db,
      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
      nullptr);
  if (rc != SQLITE_OK) {
    throw StoreError(fmt::format("{}: cannot open the store: {}", path,
                                 db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
  }
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  statements = std::make_unique<StatementCache>(db, path);
  // Before anything writes: a file that is not ours must be left untouched
  // (switching it to WAL would already change it).
  CheckIsParallaxStore();
  store_internal::Exec(db, path, "PRAGMA foreign_keys = ON");
  store_internal::Exec(db, path, "PRAGMA journal_mode = WAL");
  store_internal::Exec(db, path, "PRAGMA synchronous = NORMAL");
  version = store_internal::Migrate(db, path);
}

void Store::Impl::CheckIsParallaxStore() {
  // Read the header and the schema with plain calls, so that "not a
  // database" can be told apart from other failures.
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(
      db, "SELECT (SELECT application_id FROM pragma_application_id), count(*) FROM sqlite_schema",
      -1, &stmt, nullptr);
  int64_t application_id = 0;
  int64_t objects = 0;
  if (rc == SQLITE_OK) {
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
      application_id = sqlite3_column_int64(stmt, 0);
      objects = sqlite3_column_int64(stmt, 1);
      rc = SQLITE_OK;
    }
  }
  std::string message = sqlite3_errmsg(db);
  sqlite3_finalize(stmt);
  if ((rc & 0xff) == SQLITE_NOTADB) {
    throw StoreError(
        fmt::format("{}: not a parallax store: not an SQLite database ({})", path, message));
  }
  if (rc != SQLITE_OK) {
    throw StoreError(fmt::format("{}: cannot read the store: {}", path, message));
  }
  if (application_id == store_internal::kApplicationId) return;
  if (application_id != 0) {
    throw StoreError(fmt::format(
        "{}: not a parallax store: an SQLite database of another program (application_id "
        "0x{:08X}, parallax uses 0x{:08X})",
        path, static_cast<uint32_t>(application_id),
        static_cast<uint32_t>(store_internal::kApplicationId)));
  }
  if (objects > 0) {
    throw StoreError(
        fmt::format("{}: not a parallax store: an SQLite database with {} tables or indexes but no "
                    "parallax application_id",
                    path, objects));
  }
  // An empty database (or a new or empty file): it becomes a store.
}

Store::Store(const std::string& path) : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  impl_->Open();
}

Store::~Store() = default;

bool Store::Contains(const std::string& id) const {
  std::lock_guard lock(impl_->mu);
  Bound q(*impl_->statements, "SELECT 1 FROM documents WHERE id = ?1");
  q.Text(1, id);
  return q.Step();
}

int64_t Store::BeginRun(const std::vector<std::string>& inputs) {
  std::lock_guard lock(impl_->mu);
  std::string inputs_json = Dump(nlohmann::json(inputs));
  Bound q(*impl_->statements,
          "INSERT INTO runs (started_at, status, inputs) "
          "VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'running', ?1) RETURNING id");
  q.Text(1, inputs_json);
  if (!q.Step()) throw StoreError(impl_->path + ": cannot start a run");
  int64_t run = q.ColumnInt(0);
  q.Run();
  return run;
}

void Store::EndRun(int64_t run, const std::string& status) {
  std::lock_guard lock(impl_->mu);
  Bound q(*impl_->statements,
          "UPDATE runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), status = ?2 "
          "WHERE id = ?1");
  q.Int(1, run).Text(2, status);
  q.Run();
  if (sqlite3_changes(impl_->db) == 0) {
    throw StoreError(fmt::format("{}: cannot end run {}: no such run", impl_->path, run));
  }
}

bool Store::Impl::InsertDocument(int64_t run, const Document& doc) {
  std::string lang_shares = Dump(SharesToJson(doc.lang.shares));
  std::string removed = Dump(RemovedToJson(doc.removed));
  std::string signals = Dump(doc.signals.is_null() ? nlohmann::json::object() : doc.signals);
  std::string text_to_raw = doc.text_to_raw.Serialize();
  std::string authors = Dump(nlohmann::json(doc.authors));
  {
    Bound q(*statements, kInsertDocument);
    q.Text(1, doc.id).Text(2, doc.source).Text(3, doc.url).Text(4, doc.site).Text(5, doc.title);
    if (doc.published) {
      q.Text(6, *doc.published);
    } else {
      q.Null(6);
    }
    q.Text(7, doc.format).Text(8, doc.container).Text(9, doc.charset).Text(10, doc.charset_source);
    q.Int(11, static_cast<int64_t>(doc.invalid_bytes));
    q.Text(12, doc.lang.lang).Real(13, doc.lang.confidence).Int(14, doc.lang.reliable);
    q.Text(15, doc.lang.method).Text(16, lang_shares).Int(17, doc.mixed_language);
    q.Text(18, removed).Text(19, signals).Int(20, run);
    q.Blob(21, text_to_raw).Text(22, doc.text).Blob(23, doc.raw).Text(24, authors);
    if (doc.modified) {
      q.Text(25, *doc.modified);
    } else {
      q.Null(25);
    }
    if (!q.Step()) return false;  // the id is already stored
    q.Run();
  }
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const Paragraph& p = doc.paragraphs[i];
    std::string shares = Dump(SharesToJson(p.lang.shares));
    Bound q(*statements, kInsertParagraph);
    q.Text(1, doc.id).Int(2, static_cast<int64_t>(i)).Int(3, p.span.start).Int(4, p.span.end);
    q.Text(5, p.lang.lang).Real(6, p.lang.confidence).Int(7, p.lang.reliable);
    q.Text(8, p.lang.method).Text(9, shares).Text(10, ParagraphKindName(p.kind));
    q.Run();
  }
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    Bound q(*statements, kInsertSentence);
    q.Text(1, doc.id).Int(2, static_cast<int64_t>(i)).Int(3, s.span.start).Int(4, s.span.end);
    q.Int(5, s.paragraph);
    q.Run();
  }
  WriteFigures(*statements, doc);
  WriteEntities(*statements, doc);
  WriteClaims(*statements, doc);  // after the entities: it refers to them
  return true;
}

size_t Store::WriteBatch(int64_t run, const std::vector<Document>& documents,
                         const std::vector<InputFailure>& failures) {
  std::lock_guard lock(impl_->mu);
  StatementCache& statements = *impl_->statements;
  size_t added = 0;
  std::string where = "the batch";
  try {
    Transaction transaction(statements);
    for (const InputFailure& f : failures) {
      where = "failure of " + f.source;
      Bound q(statements, "INSERT INTO failures (run, source, reason) VALUES (?1, ?2, ?3)");
      q.Int(1, run).Text(2, f.source).Text(3, f.reason);
      q.Run();
    }
    for (const Document& doc : documents) {
      where = fmt::format("document {} ({})", doc.id, doc.source);
      if (impl_->InsertDocument(run, doc)) ++added;
      Bound q(statements, kInsertSource);
      q.Int(1, run).Text(2, doc.source).Text(3, doc.id);
      q.Run();
    }
    where = "the batch";
    transaction.Commit();
  } catch (const std::exception& e) {
    // The transaction has been rolled back: nothing of the batch is stored.
    throw StoreError(fmt::format("{}: cannot write {} in run {}, batch not stored: {}", impl_->path,
                                 where, run, e.what()));
  }
  return added;
}

void Store::RecordSource(int64_t run, const std::string& id, const std::string& source) {
  std::lock_guard lock(impl_->mu);
  try {
    Bound q(*impl_->statements, kInsertSource);
    q.Int(1, run).Text(2, source).Text(3, id);
    q.Run();
  } catch (const StoreError& e) {
    throw StoreError(fmt::format("cannot record source {} of document {} in run {}: {}", source, id,
                                 run, e.what()));  // e.what() starts with the path
  }
}

std::string Store::Impl::ResolveId(const std::string& id_or_prefix) {
  {
    Bound q(*statements, "SELECT id FROM documents WHERE id = ?1");
    q.Text(1, id_or_prefix);
    if (q.Step()) return id_or_prefix;
  }
  if (id_or_prefix.size() < kMinPrefix) {
    throw StoreError(fmt::format("id prefix \"{}\" is too short: give at least {} characters",
                                 id_or_prefix, kMinPrefix));
  }
  std::string end = PrefixEnd(id_or_prefix);
  std::vector<std::string> matches;
  {
    Bound q(*statements, "SELECT id FROM documents WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT 5");
    q.Text(1, id_or_prefix).Text(2, end);
    while (q.Step()) matches.push_back(q.ColumnText(0));
  }
  if (matches.empty()) return {};
  if (matches.size() == 1) return matches[0];
  Bound q(*statements, "SELECT count(*) FROM documents WHERE id >= ?1 AND id < ?2");
  q.Text(1, id_or_prefix).Text(2, end);
  int64_t count = q.Step() ? q.ColumnInt(0) : 0;
  throw StoreError(fmt::format("id prefix \"{}\" is ambiguous: {} documents match ({}{})",
                               id_or_prefix, count, fmt::join(matches, ", "),
                               count > static_cast<int64_t>(matches.size()) ? ", ..." : ""));
}

Document Store::Impl::ReadDocument(const std::string& id) {
  Document doc;
  try {
    {
      Bound q(*statements, kSelectDocument);
      q.Text(1, id);
      if (!q.Step()) throw StoreError("vanished while being read");
      doc.id = q.ColumnText(0);
      doc.source = q.ColumnText(1);
      doc.url = q.ColumnText(2);
      doc.site = q.ColumnText(3);
      doc.title = q.ColumnText(4);
      if (!q.ColumnIsNull(5)) doc.published = q.ColumnText(5);
      doc.format = q.ColumnText(6);
      doc.container = q.ColumnText(7);
      doc.charset = q.ColumnText(8);
      doc.charset_source = q.ColumnText(9);
      doc.invalid_bytes = static_cast<uint64_t>(q.ColumnInt(10));
      doc.lang.lang = q.ColumnText(11);
      doc.lang.confidence = q.ColumnReal(12);
      doc.lang.reliable = q.ColumnInt(13) != 0;
      doc.lang.method = q.ColumnText(14);
      doc.lang.shares = SharesFromJson(nlohmann::json::parse(q.ColumnText(15)));
      doc.mixed_language = q.ColumnInt(16) != 0;
      doc.removed = RemovedFromJson(nlohmann::json::parse(q.ColumnText(17)));
      doc.signals = nlohmann::json::parse(q.ColumnText(18));
      doc.text_to_raw = OffsetMap::Deserialize(q.ColumnBlob(19));
      doc.text = q.ColumnText(20);
      doc.raw = q.ColumnBlob(21);
      doc.authors = nlohmann::json::parse(q.ColumnText(22)).get<std::vector<std::string>>();
      if (!q.ColumnIsNull(23)) doc.modified = q.ColumnText(23);
    }
    {
      Bound q(*statements,
              "SELECT start_byte, end_byte, lang, confidence, reliable, method, shares, kind "
              "FROM paragraphs WHERE doc_id = ?1 ORDER BY idx");
      q.Text(1, id);
      while (q.Step()) {
        Paragraph& p = doc.paragraphs.emplace_back();
        p.span = {static_cast<uint32_t>(q.ColumnInt(0)), static_cast<uint32_t>(q.ColumnInt(1))};
        p.lang.lang = q.ColumnText(2);
        p.lang.confidence = q.ColumnReal(3);
        p.lang.reliable = q.ColumnInt(4) != 0;
        p.lang.method = q.ColumnText(5);
        p.lang.shares = SharesFromJson(nlohmann::json::parse(q.ColumnText(6)));
        std::string kind = q.ColumnText(7);
        std::optional<ParagraphKind> known = ParagraphKindFromName(kind);
        if (!known) {
          // The CHECK constraint keeps this out unless the schema was altered.
          throw std::runtime_error(
              fmt::format("paragraph {} has unknown kind \"{}\"", doc.paragraphs.size() - 1, kind));
        }
        p.kind = *known;
      }
    }
    Bound q(*statements,
            "SELECT start_byte, end_byte, paragraph FROM sentences WHERE doc_id = ?1 ORDER BY idx");
    q.Text(1, id);
    while (q.Step()) {
      Sentence& s = doc.sentences.emplace_back();
      s.span = {static_cast<uint32_t>(q.ColumnInt(0)), static_cast<uint32_t>(q.ColumnInt(1))};
      s.paragraph = static_cast<uint32_t>(q.ColumnInt(2));
    }
    ReadFigures(*statements, id, doc);
    ReadEntities(*statements, id, doc);
    ReadClaims(*statements, id, doc);
  } catch (const std::exception& e) {
    // Malformed JSON or offset map: the file was changed outside parallax.
    throw StoreError(fmt::format("{}: cannot read document {}: {}", path, id, e.what()));
  }
  return doc;
}

std::optional<Document> Store::Get(const std::string& id_or_prefix) const {
  std::lock_guard lock(impl_->mu);
  std::string id = impl_->ResolveId(id_or_prefix);
  if (id.empty()) return std::nullopt;
  return impl_->ReadDocument(id);
}

std::vector<DocumentSummary> Store::List() const {
  std::lock_guard lock(impl_->mu);
  Bound q(*impl_->statements,
          "SELECT id, lang, title, source, published, length(CAST(text AS BLOB)), length(raw) "
          "FROM documents ORDER BY source, id");
  std::vector<DocumentSummary> out;
  while (q.Step()) {
    DocumentSummary& s = out.emplace_back();
    s.id = q.ColumnText(0);
    s.lang = q.ColumnText(1);
    s.title = q.ColumnText(2);
    s.source = q.ColumnText(3);
    if (!q.ColumnIsNull(4)) s.published = q.ColumnText(4);
    s.text_bytes = static_cast<uint64_t>(q.ColumnInt(5));
    s.raw_bytes = static_cast<uint64_t>(q.ColumnInt(6));
  }
  return out;
}

std::vector<std::string> Store::RunDocuments(int64_t run) const {
  std::lock_guard lock(impl_->mu);
  // A document delivered twice in one run (two sources) is listed once, at
  // its first delivery.
  Bound q(*impl_->statements,
          "SELECT doc_id FROM sources WHERE run = ?1 GROUP BY doc_id ORDER BY min(seq)");
  q.Int(1, run);
  std::vector<std::string> out;
  while (q.Step()) out.push_back(q.ColumnText(0));
  return out;
}

std::vector<StoredFailure> Store::Failures(int64_t run) const {
  std::lock_guard lock(impl_->mu);
  Bound q(*impl_->statements,
          "SELECT source, reason, run FROM failures WHERE ?1 = 0 OR run = ?1 ORDER BY seq");
  q.Int(1, run);
  std::vector<StoredFailure> out;
  while (q.Step()) out.push_back({q.ColumnText(0), q.ColumnText(1), q.ColumnInt(2)});
  return out;
}

std::vector<EntitySummary> Store::Entities(const EntityQuery& query) const {
  std::lock_guard lock(impl_->mu);
  try {
    return store_internal::ListEntities(*impl_->statements, query);
  } catch (const StoreError&) {
    throw;
  } catch (const std::exception& e) {
    throw StoreError(fmt::format("{}: cannot list the entities: {}", impl_->path, e.what()));
  }
}

std::optional<EntitySummary> Store::FindEntity(const std::string& id) const {
  std::lock_guard lock(impl_->mu);
  try {
    return store_internal::FindEntity(*impl_->statements, id);
  } catch (const StoreError&) {
    throw;
  } catch (const std::exception& e) {
    throw StoreError(fmt::format("{}: cannot read entity {}: {}", impl_->path, id, e.what()));
  }
}

std::vector<std::string> Store::DocumentsWithoutStory() const {
  std::lock_guard lock(impl_->mu);
  Bound q(*impl_->statements,
          "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM story_members) "
          "ORDER BY seq");
  std::vector<std::string> out;
  while (q.Step()) out.push_back(q.ColumnText(0));
  return out;
}

std::vector<StoryMember> Store::StoryMembers() const {
  std::lock_guard lock(impl_->mu);
  Bound q(*impl_->statements,
          "SELECT doc_id, story, score, copy_of, copy_kind, copy_score, profile "
          "FROM story_members ORDER BY seq");
  std::vector<StoryMember> out;
  while (q.Step()) {
    StoryMember& m = out.emplace_back();
    m.assignment.document = q.ColumnText(0);
    m.assignment.story = q.ColumnText(1);
    m.assignment.score = q.ColumnReal(2);
    m.assignment.copy_of = q.ColumnText(3);
    m.assignment.copy = CopyKindFromName(q.ColumnText(4)).value_or(CopyKind::kNone);
    m.assignment.copy_score = q.ColumnReal(5);
    m.profile = q.ColumnText(6);
  }
  return out;
}

void Store::WriteStoryMembers(const std::vector<StoryMember>& members,
                              const std::vector<std::pair<std::string, std::string>>& merges) {
  std::lock_guard lock(impl_->mu);
  StatementCache& statements = *impl_->statements;
  std::string where = "the stories";
  try {
    Transaction transaction(statements);
    for (const auto& [from, into] : merges) {
      where = fmt::format("the fold of story {} into {}", from, into);
      Bound q(statements, "UPDATE story_members SET story = ?2 WHERE story = ?1");
      q.Text(1, from).Text(2, into);
      q.Run();
    }
    for (const StoryMember& m : members) {
      const StoryAssignment& a = m.assignment;
      where = fmt::format("the story of document {}", a.document);
      Bound q(statements,
              "INSERT INTO story_members (doc_id, seq, story, score, copy_of, copy_kind, "
              "copy_score, profile) SELECT ?1, next, ?2, ?3, ?4, ?5, ?6, ?7 "
              "FROM (SELECT coalesce(max(seq), 0) + 1 AS next FROM story_members) "
              "WHERE EXISTS (SELECT 1 FROM documents WHERE id = ?1)");
      q.Text(1, a.document).Text(2, a.story).Real(3, a.score).Text(4, a.copy_of);
      q.Text(5, CopyKindName(a.copy)).Real(6, a.copy_score).Text(7, m.profile);
      q.Run();
      if (sqlite3_changes(statements.db()) != 1) {
        throw StoreError("no such document");
      }
    }
    transaction.Commit();
  } catch (const std::exception& e) {
    throw StoreError(fmt::format("{}: cannot write {}, nothing of the stories written: {}",
                                 impl_->path, where, e.what()));
  }
}

int Store::schema_version() const { return impl_->version; }

const std::string& Store::path() const { return impl_->path; }

}  // namespace parallax
