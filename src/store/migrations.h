// parallax: the store's schema as an ordered list of forward migrations.
//
// Migration N brings a store from user_version N-1 to N. Steps are
// append-only: a step that has shipped is never edited, a change is a new
// step. See docs/store.md for the schema and the policy.
#ifndef PARALLAX_STORE_MIGRATIONS_H_
#define PARALLAX_STORE_MIGRATIONS_H_

#include <sqlite3.h>

#include <cstdint>
#include <span>
#include <string>

namespace parallax::store_internal {

// PRAGMA application_id of every parallax store: 'PRLX' in ASCII.
inline constexpr int32_t kApplicationId = 0x50524C58;

struct Migration {
  int version;              // user_version after this step
  const char* description;  // one line, for docs and error messages
  const char* sql;          // one or more statements
};

// Every migration, in order; the last one's version is Store::kSchemaVersion.
std::span<const Migration> Migrations();

// Brings the open database `db` (named `path` in errors) to the newest schema
// in one BEGIN IMMEDIATE transaction, and stamps application_id and
// user_version in the same transaction. Re-reads the version inside the
// transaction, so two processes opening a new store at once migrate it once.
// Returns the schema version. Throws StoreError if the store is newer than
// this build or a step fails (then nothing of the migration is kept).
int Migrate(sqlite3* db, const std::string& path);

}  // namespace parallax::store_internal

#endif  // PARALLAX_STORE_MIGRATIONS_H_
