// The claim finder on tables of sentences written before the rules they
// test, one file a round: tests/data/claims-structure/<round>.tsv, rows
// lang<TAB>family<TAB>text<TAB>claims[<TAB>gap]. round7.tsv: things counted
// next to an event of people, the whole of "six of nine", an event elided
// after a dash or "another", lists of groups, a predicate against a group
// noun's kind, occasion words and things, bare vague words, ages and house
// numbers; later rounds say what they cover in their headers. A row marked
// `gap` is counted and printed, not asserted; the pass count of each file
// and family is printed (a fresh measure). A table with a `# format: long`
// line (round11-story.tsv) is compared in the long form: each claim also
// says ` key=KEY` when it has a Claim::noun_key and ` retracted` when the
// attribution pass (speech.tsv) marks it withdrawn.
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

#include "annotate/attribution.h"
#include "annotate/claim_test_util.h"
#include "annotate/speech_test_util.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

// The long form of a document's claims: BriefApprox with " key=KEY" and
// " retracted" per claim when set.
std::string BriefLong(const Document& doc) {
  std::string out;
  for (const Claim& c : doc.claims) {
    Document one;
    one.claims.push_back(c);
    if (!out.empty()) out += "; ";
    out += claim_test::BriefApprox(one);
    if (!c.noun_key.empty()) out += " key=" + c.noun_key;
    if (c.retracted) out += " retracted";
  }
  return out.empty() ? "-" : out;
}

// Checks one table; returns the number of rows read.
size_t CheckTable(const fs::path& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << path;
  const std::string name = path.filename().string();
  std::map<std::string, std::pair<size_t, size_t>> families;  // pass, rows
  size_t rows = 0, pass = 0;
  std::string line;
  bool long_form = false;
  for (size_t no = 1; std::getline(in, line); ++no) {
    if (line == "# format: long") long_form = true;
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> cols = claim_test::SplitOn(line, "\t");
    if (cols.size() < 4) {
      ADD_FAILURE() << name << ":" << no << ": fewer than four columns";
      continue;
    }
    const bool gap = cols.size() > 4 && cols[4] == "gap";
    Document doc = claim_test::ClaimDoc({claim_test::SplitOn(cols[2], " || ")}, cols[0]);
    if (long_form) annotate::AttributeClaims(testing::Speech(), doc);
    const std::string got = long_form ? BriefLong(doc) : claim_test::BriefApprox(doc);
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
