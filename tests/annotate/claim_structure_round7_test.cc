// The claim finder's structure rules, round 7: sentences written before the
// rules they test (tests/data/claims-structure/round7.tsv, rows
// lang<TAB>family<TAB>text<TAB>claims[<TAB>gap]): things counted next to an
// event of people, the whole of "six of nine", an event elided after a
// dash or "another", lists of groups, a predicate against a group noun's
// kind, occasion words and things, bare vague words, ages and house
// numbers. A row marked `gap` is counted and printed, not asserted; the
// pass count of each family is printed (a fresh measure).
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "claim_test_util.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

TEST(ClaimStructureRound7, Rows) {
  const fs::path path =
      fs::path(PARALLAX_SOURCE_DIR) / "tests" / "data" / "claims-structure" / "round7.tsv";
  std::ifstream in(path);
  ASSERT_TRUE(in) << path;
  std::map<std::string, std::pair<size_t, size_t>> families;  // pass, rows
  size_t rows = 0, pass = 0;
  std::string line;
  for (size_t no = 1; std::getline(in, line); ++no) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> cols = claim_test::SplitOn(line, "\t");
    ASSERT_GE(cols.size(), 4u) << path << ":" << no;
    const bool gap = cols.size() > 4 && cols[4] == "gap";
    const Document doc = claim_test::ClaimDoc({claim_test::SplitOn(cols[2], " || ")}, cols[0]);
    const std::string got = claim_test::BriefApprox(doc);
    ++rows;
    ++families[cols[1]].second;
    if (got == cols[3]) {
      ++pass;
      ++families[cols[1]].first;
    }
    if (!gap) {
      EXPECT_EQ(got, cols[3]) << "round7.tsv:" << no << ": " << cols[2];
    }
    claim_test::ExpectTraceable(doc);
  }
  EXPECT_GE(rows, 36u);
  for (const auto& [family, counts] : families) {
    std::cout << "claims-structure round7 " << family << ": " << counts.first << "/"
              << counts.second << "\n";
  }
  std::cout << "claims-structure round7: " << pass << "/" << rows << " pass\n";
}

}  // namespace
}  // namespace parallax
