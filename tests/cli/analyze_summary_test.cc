// The claims part of the `parallax analyze` summary: counts per kind, then
// the largest figure of each kind with its group, source and document.
// Articles written here, run through the whole binary.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "cli/cli_run.h"

namespace fs = std::filesystem;

namespace {

using parallax::cli_test::Outcome;

void Spit(const fs::path& p, std::string_view data) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

const char kFloods[] =
    "Floods hit the northern provinces\n\n"
    "At least 27 people were killed when the river burst its banks on Tuesday, the regional "
    "health department said. Rescue teams evacuated more than 3,400 residents from low-lying "
    "villages overnight.\n\n"
    "In the neighbouring district 9 people were killed and 15 were injured, officials said.\n";

const char kStrike[] =
    "Streik in der Hafenstadt\n\n"
    "Die Polizei nahm nach Angaben des Innenministeriums 42 Demonstranten fest. Bei den "
    "Zusammenstößen wurden 11 Beamte verletzt.\n";

class AnalyzeSummaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("parallax-analyze-summary-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

// The line of the summary that starts with `prefix`, or "".
std::string LineStarting(const std::string& text, std::string_view prefix) {
  size_t at = 0;
  while (at < text.size()) {
    const size_t end = text.find('\n', at);
    const std::string line = text.substr(at, end == std::string::npos ? end : end - at);
    if (line.rfind(prefix, 0) == 0) return line;
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return "";
}

TEST_F(AnalyzeSummaryTest, CountsPerKindAndTopFigures) {
  Spit(dir_ / "floods.txt", kFloods);
  Spit(dir_ / "streik.txt", kStrike);
  const Outcome o = parallax::cli_test::RunParallax(dir_, "analyze floods.txt streik.txt");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  const std::string head = LineStarting(o.out, "claims: ");
  ASSERT_FALSE(head.empty()) << o.out;
  EXPECT_NE(head.find("in 2 documents"), std::string::npos) << head;
  EXPECT_NE(head.find("killed 2"), std::string::npos) << head;
  EXPECT_NE(head.find("evacuated 1"), std::string::npos) << head;
  EXPECT_NE(head.find("arrested 1"), std::string::npos) << head;
  // The largest killed figure is the 27 of the first paragraph, not the 9.
  const std::string killed = LineStarting(o.out, "killed ");
  EXPECT_NE(killed.find("at least 27"), std::string::npos) << o.out;
  EXPECT_NE(killed.find("health dep"), std::string::npos) << killed;
  const std::string arrested = LineStarting(o.out, "arrested ");
  EXPECT_NE(arrested.find("42"), std::string::npos) << o.out;
  EXPECT_NE(arrested.find("protesters"), std::string::npos) << arrested;
  EXPECT_NE(LineStarting(o.out, "evacuated ").find("more than 3,400"), std::string::npos) << o.out;
  // The kinds with their counts in the JSON agree with the summary.
  const Outcome j = parallax::cli_test::RunParallax(dir_, "analyze floods.txt --json -");
  ASSERT_EQ(j.exit_code, 0) << j.err;
  size_t killed_claims = 0;
  const nlohmann::json analysis = nlohmann::json::parse(j.out);
  for (const auto& c : analysis["documents"][0]["claims"]) {
    killed_claims += c["kind"] == "killed";
  }
  EXPECT_EQ(killed_claims, 2u);
  EXPECT_NE(j.err.find("claims: "), std::string::npos) << j.err;
}

TEST_F(AnalyzeSummaryTest, NoClaimsIsOneLine) {
  Spit(dir_ / "calm.txt",
       "A quiet weekend\n\nThe market reopened on Saturday and the weather stayed mild.\n");
  const Outcome o = parallax::cli_test::RunParallax(dir_, "analyze calm.txt");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_NE(o.out.find("claims: 0 in 0 documents, 0 quotes, 0 citations\n"), std::string::npos)
      << o.out;
  EXPECT_EQ(o.out.find("top figure"), std::string::npos) << o.out;
}

TEST_F(AnalyzeSummaryTest, QuietPrintsNothing) {
  Spit(dir_ / "floods.txt", kFloods);
  const Outcome o = parallax::cli_test::RunParallax(dir_, "-q analyze floods.txt");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_EQ(o.out.find("claims: "), std::string::npos) << o.out;
}

}  // namespace
