// Test support for the store tests that open a database file: a fresh
// temporary folder per test and a first-column query on the file.
#ifndef PARALLAX_TESTS_STORE_STORE_FILE_TEST_H_
#define PARALLAX_TESTS_STORE_STORE_FILE_TEST_H_

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <filesystem>
#include <string>

namespace parallax::testing {

// A test with its own temporary folder `dir_` (removed afterwards) and a
// database path `path_` inside it.
class StoreFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (std::filesystem::temp_directory_path() / "parallax-store-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    path_ = (dir_ / "s.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // The first column of the first row of `sql` on `path_`, as text ("" if
  // none); statements after the first are not run. With `foreign_keys`
  // the connection enforces them.
  std::string FirstColumn(const std::string& sql, bool foreign_keys = false) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    if (foreign_keys) sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
    } else if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
  }

  std::filesystem::path dir_;
  std::string path_;
};

}  // namespace parallax::testing

#endif  // PARALLAX_TESTS_STORE_STORE_FILE_TEST_H_
