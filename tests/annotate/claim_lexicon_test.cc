// The claim lexicon: every data/<lang>/claims.tsv and data/claims/groups.tsv
// load, each "# example:" line of a claims.tsv gives what it says, and bad
// rows throw DataError naming the file and line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "claim_test_util.h"
#include "parallax/error.h"

namespace parallax {
namespace {

using claim_test::Brief;
using claim_test::ClaimDoc;
using claim_test::TheClaimLexicon;

TEST(ClaimLexicon, LoadsLanguagesAndGroups) {
  const annotate::ClaimLexicon& lex = TheClaimLexicon();
  for (const char* lang : {"en", "de", "pl", "ru", "uk", "fr", "es", "it", "cs", "kk"}) {
    EXPECT_NE(lex.Cues(lang), nullptr) << lang;
  }
  EXPECT_EQ(lex.Cues("xx"), nullptr);
  EXPECT_TRUE(lex.KnownGroup("police"));
  EXPECT_EQ(lex.Parent("police"), "security_forces");
  EXPECT_EQ(lex.Parent("children"), "civilians");
  EXPECT_EQ(lex.Parent("people"), "");
  EXPECT_FALSE(lex.KnownGroup("aliens"));
}

TEST(ClaimLexicon, ExamplesInTheDataHold) {
  const annotate::ClaimLexicon& lex = TheClaimLexicon();
  ASSERT_GE(lex.Examples().size(), 50u);
  for (const annotate::ClaimExample& ex : lex.Examples()) {
    const Document doc = ClaimDoc({{ex.sentence}}, ex.lang);
    EXPECT_EQ(Brief(doc), ex.expected) << ex.where << ": " << ex.sentence;
    claim_test::ExpectTraceable(doc);
  }
}

// A data folder with groups.tsv and one claims.tsv holding `row`.
std::string BadDir(const std::string& name, const std::string& groups, const std::string& row) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("claims_" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "claims");
  std::filesystem::create_directories(dir / "xx");
  std::ofstream(dir / "claims" / "groups.tsv") << groups;
  std::ofstream(dir / "xx" / "claims.tsv") << "# comment\n" << row;
  return dir.string();
}

void ExpectThrowsAt(const std::string& dir, const std::string& where) {
  try {
    annotate::ClaimLexicon lex(dir);
    ADD_FAILURE() << "no DataError for " << dir;
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find(where), std::string::npos) << e.what();
  }
}

TEST(ClaimLexicon, BadRowsThrowWithFileAndLine) {
  const std::string groups = "people\t-\tpeople\npolice\tpeople\tpolice\n";
  ExpectThrowsAt(BadDir("kind", groups, "event\tkill*\tslain\n"), "claims.tsv:2");
  ExpectThrowsAt(BadDir("group", groups, "group\tcops\tcops\n"), "claims.tsv:2");
  ExpectThrowsAt(BadDir("type", groups, "verb\tkill*\tkilled\n"), "claims.tsv:2");
  ExpectThrowsAt(BadDir("stem", groups, "event\tk*\tkilled\n"), "claims.tsv:2");
  ExpectThrowsAt(BadDir("cols", groups, "event\tkilled\n"), "claims.tsv:2");
  // A "..." gap stands between two words, once.
  ExpectThrowsAt(BadDir("gap1", groups, "event\t... life\tkilled\n"), "claims.tsv:2");
  ExpectThrowsAt(BadDir("gap2", groups, "event\tlost ...\tkilled\n"), "claims.tsv:2");
  ExpectThrowsAt(BadDir("gap3", groups, "event\tlost ... ... life\tkilled\n"), "claims.tsv:2");
  EXPECT_NO_THROW(annotate::ClaimLexicon(BadDir("gap", groups, "event\tlost ... life\tkilled\n")));
  ExpectThrowsAt(BadDir("parent", "police\tnobody\tx\n", ""), "groups.tsv:1");
  ExpectThrowsAt(BadDir("example", groups, "# example: no arrow here\n"), "claims.tsv:2");
  EXPECT_NO_THROW(annotate::ClaimLexicon(BadDir("good", groups, "group\tcops\tpolice\n")));
}

}  // namespace
}  // namespace parallax
