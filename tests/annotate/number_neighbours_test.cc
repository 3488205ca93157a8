// Number words whose reading depends on their neighbours, through
// ScanNumbers: ordinals that are also other words (en "second", it "prima",
// "secondo": rows cued_ordinal, read after an ordinal_cue word or inside a
// composite) and hundred words that never continue digits (fr "cents":
// rows not_after_digits). Sentences are written for this test, worded
// differently from the `# example:` lines of the data.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/number_scan.h"
#include "annotate/number_test_util.h"

namespace parallax::annotate {
namespace {

using testing::Cover;
using testing::Scan;
using testing::Values;

using V = std::vector<double>;

TEST(NumberNeighboursTest, EnglishSecondAfterACueIsAnOrdinal) {
  const std::string_view text = "Voters return for the second time, and Labour came second.";
  const auto t = Scan("en", text);
  ASSERT_EQ(t.size(), 2u);
  for (const auto& tok : t) {
    EXPECT_TRUE(tok.ordinal);
    EXPECT_EQ(tok.value, 2);
    EXPECT_EQ(Cover(text, tok), "second");
  }
  EXPECT_EQ(Values("en", "its second quarter and their first and second sets"), V({2, 1, 2}));
}

TEST(NumberNeighboursTest, EnglishSecondAsTheTimeUnitOrVerbIsNoOrdinal) {
  EXPECT_EQ(Values("en", "The lights went out for a second."), V{});
  // "one second" is one (a count of the unit), never the fraction 1/2.
  EXPECT_EQ(Values("en", "It lasted one second, at 300 metres per second."), V({1, 300}));
  EXPECT_EQ(Values("en", "Second, the senator will second the motion."), V{});
  EXPECT_EQ(Values("en", "a split second decision"), V{});
}

TEST(NumberNeighboursTest, EnglishCompositeSecondIsAnOrdinal) {
  const std::string_view text = "Polls close on the thirty-first; the count ends twenty second.";
  const auto t = Scan("en", text);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1].value, 22);
  EXPECT_TRUE(t[1].ordinal);
  EXPECT_EQ(Cover(text, t[1]), "twenty second");
  // After an article it is a length of time: no false rank 32.
  EXPECT_EQ(Values("en", "They aired a thirty-second spot."), V{});
  EXPECT_EQ(Values("en", "the one hundred and second session"), V{102});
}

TEST(NumberNeighboursTest, ItalianPrimaAndSecondoAfterACue) {
  const std::string_view text = "È la prima volta che il partito arriva al secondo posto.";
  const auto t = Scan("it", text);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_TRUE(t[0].ordinal && t[1].ordinal);
  EXPECT_EQ(t[0].value, 1);
  EXPECT_EQ(t[1].value, 2);
  EXPECT_EQ(Values("it", "in prima pagina"), V{1});
  // "prima" before, "secondo" according to: no ordinal.
  EXPECT_EQ(Values("it", "Prima delle elezioni, secondo il ministro, prima o poi."), V{});
  EXPECT_EQ(Values("it", "un minuto prima"), V{});
}

TEST(NumberNeighboursTest, FrenchCentsAfterDigitsAreNoHundreds) {
  const std::string_view text = "Le titre a cédé 34 cents, le timbre 1 cent de plus.";
  const auto t = Scan("fr", text);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].value, 34);
  EXPECT_EQ(Cover(text, t[0]), "34");
  EXPECT_EQ(t[1].value, 1);
  // Words still compose: "deux cents", "trois cent mille".
  EXPECT_EQ(Values("fr", "deux cents soldats et trois cent mille euros"), V({200, 300000}));
  // A decimal never did ("1,20 cents"), nor does a larger figure.
  EXPECT_EQ(Values("fr", "en hausse de 1,20 cents, puis de 300 cents"), V({1.2, 300}));
  // Other languages have no such row: "3 hundred" still multiplies.
  EXPECT_EQ(Values("en", "3 hundred marchers"), V{300});
}

}  // namespace
}  // namespace parallax::annotate
