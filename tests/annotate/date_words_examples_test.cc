// Runs the "# example:" lines of every data/<lang>/date_words.tsv:
// "sentence | the date's text | its value", against 2022-01-10.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "annotate/date_scan.h"
#include "date_test_util.h"

namespace parallax::annotate {
namespace {

std::string Trim(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

TEST(DateWordsExamples, EveryLanguageFileRunsItsExamples) {
  const std::filesystem::path data = FindDataDir();
  size_t run = 0, languages = 0;
  for (const auto& entry : std::filesystem::directory_iterator(data)) {
    const std::filesystem::path file = entry.path() / "date_words.tsv";
    if (!std::filesystem::exists(file)) continue;
    ++languages;
    const std::string lang = entry.path().filename().string();
    std::ifstream in(file);
    std::string line;
    size_t in_file = 0;
    while (std::getline(in, line)) {
      constexpr std::string_view kPrefix = "# example:";
      if (line.compare(0, kPrefix.size(), kPrefix) != 0) continue;
      const std::string body = line.substr(kPrefix.size());
      const size_t a = body.find('|'), b = body.rfind('|');
      ASSERT_NE(a, b) << file << ": " << line;
      const std::string sentence = Trim(body.substr(0, a));
      const std::string mention = Trim(body.substr(a + 1, b - a - 1));
      const std::string value = Trim(body.substr(b + 1));
      SCOPED_TRACE(lang + ": " + sentence);
      const auto dates = testing::Dates(lang, sentence, "2022-01-10");
      ASSERT_EQ(dates.size(), 1u);
      EXPECT_EQ(testing::Text(sentence, dates[0]), mention);
      EXPECT_EQ(dates[0].value, value);
      ++in_file;
    }
    EXPECT_GE(in_file, 2u) << file << " has too few examples";
    run += in_file;
  }
  EXPECT_GE(languages, 8u);
  EXPECT_GE(run, 16u);
}

}  // namespace
}  // namespace parallax::annotate
