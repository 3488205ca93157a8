// parallax: thin private helpers over the SQLite C API for src/store/.
//
// A Statement is a prepared statement owned by a StatementCache (one per
// connection); a Bound is a short-lived use of it that binds parameters,
// steps, reads columns, and resets the statement when it goes out of scope,
// so a thrown exception never leaves a statement holding a read lock.
// Every failure throws StoreError naming the store's path and SQLite's message.
// Not thread-safe: the Store serialises every use of a connection.
#ifndef PARALLAX_STORE_SQLITE_H_
#define PARALLAX_STORE_SQLITE_H_

#include <fmt/format.h>
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

#include "parallax/error.h"

namespace parallax::store_internal {

// Throws StoreError "<path>: <what>: <sqlite message>".
[[noreturn]] inline void ThrowSqlite(sqlite3* db, const std::string& path, std::string_view what) {
  throw StoreError(
      fmt::format("{}: {}: {}", path, what, db ? sqlite3_errmsg(db) : "out of memory"));
}

// The enum `from_name` gives for a name read from the store (a kind, an
// approx, a basis); throws std::runtime_error naming `what` and `index` when
// the name is unknown, which the schema's CHECK constraints rule out unless
// the file was altered.
template <typename Enum, typename FromName>
Enum Known(FromName from_name, const std::string& name, const char* what, size_t index) {
  std::optional<Enum> known = from_name(name);
  if (!known) {
    throw std::runtime_error(fmt::format("{} {} has unknown name \"{}\"", what, index, name));
  }
  return *known;
}

// Runs one or more SQL statements that return no rows we need.
inline void Exec(sqlite3* db, const std::string& path, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : sqlite3_errmsg(db);
    sqlite3_free(message);
    throw StoreError(fmt::format("{}: {}: {}", path, std::string_view(sql).substr(0, 60), text));
  }
}

// Prepared statements of one connection, compiled on first use and kept
// until the cache is destroyed (which must happen before sqlite3_close).
class StatementCache {
 public:
  StatementCache(sqlite3* db, const std::string& path) : db_(db), path_(path) {}
  ~StatementCache() {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  }
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  // The compiled statement for `sql` (a string literal: the cache keys on its
  // text). Throws StoreError if it does not compile.
  sqlite3_stmt* Get(const char* sql) {
    auto it = cache_.find(sql);
    if (it != cache_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
      ThrowSqlite(db_, path_, fmt::format("cannot prepare \"{}\"", sql));
    }
    cache_.emplace(sql, stmt);
    return stmt;
  }

  sqlite3* db() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_;
  const std::string& path_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

// One use of a cached statement. Parameters are 1-based, columns 0-based.
// Bound text and blobs are not copied (SQLITE_STATIC): they must outlive the
// Bound.
class Bound {
 public:
  Bound(StatementCache& cache, const char* sql) : cache_(cache), stmt_(cache.Get(sql)) {}
  ~Bound() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  Bound(const Bound&) = delete;
  Bound& operator=(const Bound&) = delete;

  Bound& Int(int index, int64_t value) {
    Check(sqlite3_bind_int64(stmt_, index, value));
    return *this;
  }
  Bound& Real(int index, double value) {
    Check(sqlite3_bind_double(stmt_, index, value));
    return *this;
  }
  Bound& Text(int index, std::string_view value) {
    // data() of an empty view may be null, which SQLite would store as NULL.
    Check(sqlite3_bind_text64(stmt_, index, value.empty() ? "" : value.data(), value.size(),
                              SQLITE_STATIC, SQLITE_UTF8));
    return *this;
  }
  Bound& Blob(int index, std::string_view value) {
    if (value.empty()) {
      Check(sqlite3_bind_zeroblob(stmt_, index, 0));
    } else {
      Check(sqlite3_bind_blob64(stmt_, index, value.data(), value.size(), SQLITE_STATIC));
    }
    return *this;
  }
  Bound& Null(int index) {
    Check(sqlite3_bind_null(stmt_, index));
    return *this;
  }

  // Steps once: true if a row is ready, false when done. Throws on error
  // (constraint violations included).
  bool Step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    ThrowSqlite(cache_.db(), cache_.path(),
                fmt::format("\"{}\" failed", std::string_view(sqlite3_sql(stmt_)).substr(0, 80)));
  }
  // Steps a statement that returns no rows.
  void Run() {
    while (Step()) {
    }
  }

  int64_t ColumnInt(int col) const { return sqlite3_column_int64(stmt_, col); }
  double ColumnReal(int col) const { return sqlite3_column_double(stmt_, col); }
  bool ColumnIsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string ColumnText(int col) const {
    const unsigned char* text = sqlite3_column_text(stmt_, col);
    if (text == nullptr) return {};
    return std::string(reinterpret_cast<const char*>(text),
                       static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
  }
  std::string ColumnBlob(int col) const {
    const void* blob = sqlite3_column_blob(stmt_, col);
    if (blob == nullptr) return {};
    return std::string(static_cast<const char*>(blob),
                       static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
  }

 private:
  void Check(int rc) {
    if (rc != SQLITE_OK) ThrowSqlite(cache_.db(), cache_.path(), "cannot bind a parameter");
  }

  StatementCache& cache_;
  sqlite3_stmt* stmt_;
};

}  // namespace parallax::store_internal

#endif  // PARALLAX_STORE_SQLITE_H_
