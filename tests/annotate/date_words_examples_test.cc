// Runs the "# example:" lines of every data/<lang>/date_words.tsv:
// "sentence | the date's text | its value", against 2022-01-10.
#include <gtest/gtest.h>

#include "annotate/date_scan.h"
#include "date_test_util.h"

namespace parallax::annotate {
namespace {

TEST(DateWordsExamples, EveryLanguageFileRunsItsExamples) {
  size_t run = 0;
  const auto files = testing::ReadExampleLines("date_words.tsv");
  for (const auto& [lang, examples] : files) {
    for (const testing::ExampleLine& e : examples) {
      ASSERT_TRUE(e.well_formed) << lang << ": " << e.line;
      SCOPED_TRACE(lang + ": " + e.sentence);
      const auto dates = testing::Dates(lang, e.sentence, "2022-01-10");
      ASSERT_EQ(dates.size(), 1u);
      EXPECT_EQ(testing::Text(e.sentence, dates[0]), e.mention);
      EXPECT_EQ(dates[0].value, e.value);
    }
    EXPECT_GE(examples.size(), 2u) << lang << "/date_words.tsv has too few examples";
    run += examples.size();
  }
  EXPECT_GE(files.size(), 8u);
  EXPECT_GE(run, 16u);
}

}  // namespace
}  // namespace parallax::annotate
