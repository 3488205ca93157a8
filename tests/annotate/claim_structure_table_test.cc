// The claim finder on tables of sentences written before the rules they
// test, one file a round: tests/data/claims-structure/<round>.tsv, rows
// lang<TAB>family<TAB>text<TAB>claims[<TAB>gap]. round7.tsv: things counted
// next to an event of people, the whole of "six of nine", an event elided
// after a dash or "another", lists of groups, a predicate against a group
// noun's kind, occasion words and things, bare vague words, ages and house
// numbers; later rounds say what they cover in their headers. A row marked
// `gap` is counted and printed, not asserted; the pass count of each file
// and family is printed (a fresh measure).
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "claim_test_util.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

// Checks one table; returns the number of rows read.
size_t CheckTable(const fs::path& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << path;
  const std::string name = path.filename().string();
  std::map<std::string, std::pair<size_t, size_t>> families;  // pass, rows
  size_t rows = 0, pass = 0;
  std::string line;
  for (size_t no = 1; std::getline(in, line); ++no) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> cols = claim_test::SplitOn(line, "\t");
    if (cols.size() < 4) {
      ADD_FAILURE() << name << ":" << no << ": fewer than four columns";
      continue;
    }
    const bool gap = cols.size() > 4 && cols[4] == "gap";
    const Document doc = claim_test::ClaimDoc({claim_test::SplitOn(cols[2], " || ")}, cols[0]);
    const std::string got = claim_test::BriefApprox(doc);
    ++rows;
    ++families[cols[0] + " " + cols[1]].second;
    if (got == cols[3]) {
      ++pass;
      ++families[cols[0] + " " + cols[1]].first;
    }
    if (!gap) {
      EXPECT_EQ(got, cols[3]) << name << ":" << no << ": " << cols[2];
    }
    claim_test::ExpectTraceable(doc);
  }
  for (const auto& [family, counts] : families) {
    std::cout << "claims-structure " << name << " " << family << ": " << counts.first << "/"
              << counts.second << "\n";
  }
  std::cout << "claims-structure " << name << ": " << pass << "/" << rows << " pass\n";
  return rows;
}

TEST(ClaimStructureTables, EveryTable) {
  const fs::path dir = fs::path(PARALLAX_SOURCE_DIR) / "tests" / "data" / "claims-structure";
  std::set<fs::path> tables;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".tsv") tables.insert(entry.path());
  }
  ASSERT_TRUE(tables.count(dir / "round7.tsv")) << dir;
  for (const fs::path& table : tables) {
    EXPECT_GE(CheckTable(table), 10u) << table.filename() << ": a table of fewer than ten rows";
  }
}

}  // namespace
}  // namespace parallax
