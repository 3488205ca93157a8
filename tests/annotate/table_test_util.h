// Reading the TAB-separated test tables beside the tests
// (tests/annotate/*.tsv): one row a line, `#` comments and blank lines
// skipped, each row with its line number for messages.
#ifndef PARALLAX_TESTS_ANNOTATE_TABLE_TEST_UTIL_H_
#define PARALLAX_TESTS_ANNOTATE_TABLE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

namespace parallax::testing {

// The TAB-separated fields of a line of a test table.
inline std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

struct TableRow {
  int line = 0;  // 1-based line number in the table
  std::vector<std::string> cells;
};

// The rows of tests/annotate/`table` that have exactly `columns` fields; a
// missing table or a row with another count fails the test (naming the
// line) and is skipped.
inline std::vector<TableRow> ReadTable(const std::string& table, size_t columns) {
  const std::string path = std::string(PARALLAX_SOURCE_DIR) + "/tests/annotate/" + table;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  std::vector<TableRow> rows;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells = SplitTabs(line);
    EXPECT_EQ(cells.size(), columns) << path << ":" << n;
    if (cells.size() != columns) continue;
    rows.push_back({n, std::move(cells)});
  }
  return rows;
}

}  // namespace parallax::testing

#endif  // PARALLAX_TESTS_ANNOTATE_TABLE_TEST_UTIL_H_
