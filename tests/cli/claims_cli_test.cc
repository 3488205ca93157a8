// `parallax claims` and `parallax show ID --claims` on a store written here
// through the Store API with documents whose claims, quotes and citations
// are built by hand, so the commands are tested apart from the extractors.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_run.h"
#include "parallax/store.h"

namespace fs = std::filesystem;

namespace {

using parallax::Approx;
using parallax::Claim;
using parallax::ClaimKind;
using parallax::Document;
using parallax::Span;

using parallax::cli_test::Outcome;
using parallax::cli_test::Slurp;

Span Find(const std::string& text, const std::string& what) {
  size_t at = text.find(what);
  EXPECT_NE(at, std::string::npos) << what;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + what.size())};
}

Claim MakeClaim(const Document& d, const std::string& figure, ClaimKind kind, double value,
                Approx approx, const std::string& group) {
  Claim c;
  c.figure = Find(d.text, figure);
  c.span = c.figure;
  c.kind = kind;
  c.value = value;
  c.approx = approx;
  c.group = group;
  return c;
}

class ClaimsCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("parallax-claims-cli-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    Document en = parallax::cli_test::OneSentenceDoc(
        "c100000000000001",
        "More than 1,000 protesters were detained and about 400 police officers "
        "were hurt, the interior ministry said, according to Reuters.",
        "en");
    Claim detained = MakeClaim(en, "More than 1,000", ClaimKind::kDetained, 1000, Approx::kMoreThan,
                               "protesters");
    detained.attributed_to = "the interior ministry";
    Claim hurt = MakeClaim(en, "about 400", ClaimKind::kInjured, 400, Approx::kAbout, "police");
    hurt.attributed_to = "the interior ministry";
    hurt.hedged = true;
    en.claims = {detained, hurt};
    parallax::Citation reuters;
    reuters.name = "Reuters";
    reuters.span = Find(en.text, "Reuters");
    en.citations = {reuters};
    Document de = parallax::cli_test::OneSentenceDoc(
        "c200000000000002",
        "Zwischen 30 und 40 Menschen starben. „Die Lage ist ruhig“, sagte "
        "Sprecherin Lena Brandt.",
        "de");
    Claim killed =
        MakeClaim(de, "Zwischen 30 und 40", ClaimKind::kKilled, 30, Approx::kRange, "people");
    killed.value_max = 40;
    de.claims = {killed};
    parallax::Quote quote;
    quote.span = Find(de.text, "Die Lage ist ruhig");
    quote.speaker = "Lena Brandt";
    quote.speaker_span = Find(de.text, "Lena Brandt");
    de.quotes = {quote};
    parallax::Store store((dir_ / "s.db").string());
    int64_t run = store.BeginRun({"test"});
    store.WriteBatch(run, {en, de}, {});
  }
  void TearDown() override { fs::remove_all(dir_); }

  Outcome Run(const std::string& args) { return parallax::cli_test::RunParallax(dir_, args); }

  fs::path dir_;
};

TEST_F(ClaimsCliTest, ListsClaimsWithQualifierSourceFlagsAndSentence) {
  Outcome o = Run("--db s.db claims");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_NE(o.out.find("c100000000000001:c1 detained more than 1,000 protesters"),
            std::string::npos)
      << o.out;
  EXPECT_NE(o.out.find("<- the interior ministry"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("injured about 400 police"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("[hedged]"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("killed 30-40 people"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("[Zwischen 30 und 40] Menschen starben."), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("3 claims"), std::string::npos) << o.out;
}

TEST_F(ClaimsCliTest, FiltersByKindGroupLanguageAndDocument) {
  Outcome killed = Run("--db s.db claims --kind killed");
  ASSERT_EQ(killed.exit_code, 0) << killed.err;
  EXPECT_NE(killed.out.find("1 claim\n"), std::string::npos) << killed.out;
  Outcome police = Run("--db s.db claims --group police");
  EXPECT_NE(police.out.find("injured"), std::string::npos) << police.out;
  EXPECT_EQ(police.out.find(":c1 detained"), std::string::npos) << police.out;
  Outcome de = Run("--db s.db claims --lang de");
  EXPECT_NE(de.out.find("1 claim\n"), std::string::npos) << de.out;
  Outcome doc = Run("--db s.db claims --document c100");
  EXPECT_NE(doc.out.find("2 claims"), std::string::npos) << doc.out;
  Outcome limited = Run("--db s.db claims --limit 1");
  EXPECT_NE(limited.out.find("3 claims (1 shown; --limit 0 lists all)"), std::string::npos)
      << limited.out;
  EXPECT_EQ(Run("--db s.db claims --kind exploded").exit_code, 2);
  EXPECT_EQ(Run("--db s.db claims --document ffff").exit_code, 5);
}

TEST_F(ClaimsCliTest, JsonQuotesAndCitations) {
  Outcome o = Run("--db s.db claims --json");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  nlohmann::json j = nlohmann::json::parse(o.out);
  ASSERT_EQ(j.size(), 3u);
  EXPECT_EQ(j[0]["id"], "c100000000000001:c1");
  EXPECT_EQ(j[0]["document"], "c100000000000001");
  EXPECT_EQ(j[0]["approx"], "more_than");
  EXPECT_EQ(j[0]["value"], 1000);
  EXPECT_EQ(j[2]["value_max"], 40);
  EXPECT_EQ(j[2]["start"], 0);

  Outcome quotes = Run("--db s.db claims --quotes");
  ASSERT_EQ(quotes.exit_code, 0) << quotes.err;
  EXPECT_NE(quotes.out.find("Lena Brandt: \"Die Lage ist ruhig\""), std::string::npos)
      << quotes.out;
  EXPECT_NE(quotes.out.find("1 quote\n"), std::string::npos) << quotes.out;
  Outcome citations = Run("--db s.db claims --citations");
  EXPECT_NE(citations.out.find("c100000000000001 Reuters"), std::string::npos) << citations.out;
}

TEST_F(ClaimsCliTest, ShowListsTheClaimsOfOneDocument) {
  Outcome plain = Run("--db s.db show c200");
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_NE(plain.out.find("claims:    1 claims, 1 quotes, 0 citations (--claims lists them)"),
            std::string::npos)
      << plain.out;
  Outcome o = Run("--db s.db show c200 --claims");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_NE(o.out.find("  c1 killed 30-40 people"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("Lena Brandt"), std::string::npos) << o.out;
}

}  // namespace
