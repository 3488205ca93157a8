// The scoring rules of bench/extraction_eval (bench/extraction_metrics.h) on
// small hand-made texts whose scores are worked out by hand in the comments.
#include "extraction_metrics.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using parallax::bench::CountSnippets;
using parallax::bench::NormalizeDate;
using parallax::bench::NormalizeWhitespace;
using parallax::bench::SameDate;
using parallax::bench::ShingleMatch;
using parallax::bench::ShingleScore;
using parallax::bench::SnippetCounts;
using parallax::bench::SummarizeShingles;
using parallax::bench::WordTokens;

// --- whitespace normalisation (Python re.sub(r"\s+", " ", s).strip()) ------

TEST(NormalizeWhitespace, CollapsesRunsAndTrims) {
  EXPECT_EQ(NormalizeWhitespace("  the  ferry\t\n\nleft   "), "the ferry left");
  EXPECT_EQ(NormalizeWhitespace(""), "");
  EXPECT_EQ(NormalizeWhitespace(" \n\t "), "");
}

TEST(NormalizeWhitespace, UnicodeSpacesCountAsPythonDoes) {
  // NO-BREAK SPACE, IDEOGRAPHIC SPACE, NARROW NBSP and U+001F are \s in Python;
  // ZERO WIDTH SPACE (U+200B) is not.
  EXPECT_EQ(NormalizeWhitespace("12\u00a0km \u3000far\u202f\x1f"
                                "end"),
            "12 km far end");
  EXPECT_EQ(NormalizeWhitespace("a\u200bb"), "a\u200bb");
  EXPECT_EQ(NormalizeWhitespace("Straße\u00a0\u00a0über"), "Straße über");
}

// --- snippets (trafilatura set) ------------------------------------------------

TEST(CountSnippets, PerfectMatch) {
  const std::string text = "Council votes on bridge.\n\nThe vote passed 7 to 2.";
  auto c = CountSnippets(text, {"Council votes on bridge.", "passed 7 to 2"}, {"Subscribe now"});
  EXPECT_EQ(c.tp, 2);
  EXPECT_EQ(c.fn, 0);
  EXPECT_EQ(c.fp, 0);
  EXPECT_EQ(c.tn, 1);
  EXPECT_DOUBLE_EQ(c.Precision(), 1.0);
  EXPECT_DOUBLE_EQ(c.Recall(), 1.0);
  EXPECT_DOUBLE_EQ(c.F1(), 1.0);
}

TEST(CountSnippets, SnippetAcrossLineBreakStillMatches) {
  // The gold snippet has one space where the text has a paragraph break.
  auto c = CountSnippets("the harbour\n\nclosed at noon", {"harbour closed"}, {});
  EXPECT_EQ(c.tp, 1);
}

TEST(CountSnippets, MissesAndBoilerplate) {
  // One `with` found, one missing; one `without` found, one absent:
  // P = 1/2, R = 1/2, F1 = 2/(2+1+1) = 0.5.
  auto c =
      CountSnippets("Weather: rain. Cookie settings. Accept all.",
                    {"Weather: rain.", "Wind from the west"}, {"Cookie settings", "Newsletter"});
  EXPECT_EQ(c.tp, 1);
  EXPECT_EQ(c.fn, 1);
  EXPECT_EQ(c.fp, 1);
  EXPECT_EQ(c.tn, 1);
  EXPECT_DOUBLE_EQ(c.Precision(), 0.5);
  EXPECT_DOUBLE_EQ(c.Recall(), 0.5);
  EXPECT_DOUBLE_EQ(c.F1(), 0.5);
}

TEST(CountSnippets, CaseMatters) {
  // eval_common.py compares without lower-casing.
  auto c = CountSnippets("the mayor resigned", {"The mayor resigned"}, {});
  EXPECT_EQ(c.tp, 0);
  EXPECT_EQ(c.fn, 1);
}

TEST(CountSnippets, UnicodeText) {
  auto c = CountSnippets("Пожар на складе потушили к утру. Zażółć gęślą jaźń.",
                         {"потушили к утру", "gęślą jaźń"}, {"ЖАРА"});
  EXPECT_EQ(c.tp, 2);
  EXPECT_EQ(c.fp, 0);
}

TEST(CountSnippets, EmptyExtractionMissesEverything) {
  auto c = CountSnippets("", {"first", "second"}, {"menu"});
  EXPECT_EQ(c.tp, 0);
  EXPECT_EQ(c.fn, 2);
  EXPECT_EQ(c.fp, 0);
  EXPECT_EQ(c.tn, 1);
  EXPECT_DOUBLE_EQ(c.Precision(), 0.0);  // 0/0 counts as 0
  EXPECT_DOUBLE_EQ(c.F1(), 0.0);
}

TEST(SnippetCounts, PoolsOverPages) {
  SnippetCounts all;
  all.Add({3, 1, 0, 2});
  all.Add({1, 0, 3, 1});
  // tp 4, fp 1, fn 3: P = 4/5, R = 4/7, F1 = 8/12.
  EXPECT_DOUBLE_EQ(all.Precision(), 0.8);
  EXPECT_DOUBLE_EQ(all.Recall(), 4.0 / 7.0);
  EXPECT_DOUBLE_EQ(all.F1(), 8.0 / 12.0);
}

// --- tokens and shingles (Scrapinghub set) ---------------------------------

TEST(WordTokens, PythonWordCharacters) {
  EXPECT_EQ(WordTokens("It's 3.5 km—north_east!"),
            (std::vector<std::string>{"It", "s", "3", "5", "km", "north_east"}));
  EXPECT_EQ(WordTokens("Львів, 2024 р."), (std::vector<std::string>{"Львів", "2024", "р"}));
  // Superscript two and Roman numeral twelve have a numeric type: word chars.
  EXPECT_EQ(WordTokens("m² Ⅻ"), (std::vector<std::string>{"m²", "Ⅻ"}));
  // A combining accent is not \w in Python: it splits the word.
  EXPECT_EQ(WordTokens("cafe\u0301s"), (std::vector<std::string>{"cafe", "s"}));
  EXPECT_TRUE(WordTokens("").empty());
  EXPECT_TRUE(WordTokens(" -- ... ").empty());
}

TEST(ShingleMatch, PerfectMatch) {
  auto s = ShingleMatch("one two three four five", "one, two; three four five");
  EXPECT_DOUBLE_EQ(s.tp, 1.0);
  EXPECT_DOUBLE_EQ(s.fp, 0.0);
  EXPECT_DOUBLE_EQ(s.fn, 0.0);
}

TEST(ShingleMatch, CompleteMiss) {
  auto s = ShingleMatch("the river rose two metres", "sign up for our newsletter today");
  // gold: 2 shingles, prediction: 3 shingles, none shared -> fp 3/5, fn 2/5.
  EXPECT_DOUBLE_EQ(s.tp, 0.0);
  EXPECT_DOUBLE_EQ(s.fp, 0.6);
  EXPECT_DOUBLE_EQ(s.fn, 0.4);
}

TEST(ShingleMatch, PartialOverlap) {
  // gold a b c d e f: abcd bcde cdef. prediction a b c d e x: abcd bcde cdex.
  // tp 2, fp 1, fn 1 -> normalised 0.5 / 0.25 / 0.25.
  auto s = ShingleMatch("a b c d e f", "a b c d e x");
  EXPECT_DOUBLE_EQ(s.tp, 0.5);
  EXPECT_DOUBLE_EQ(s.fp, 0.25);
  EXPECT_DOUBLE_EQ(s.fn, 0.25);
}

TEST(ShingleMatch, RepeatedShinglesCountAsMultisets) {
  // The prediction repeats the gold. Gold "w x y z" has one shingle;
  // prediction "w x y z w x y z" has 5 shingles:
  // wxyz (twice), xyzw, yzwx, zwxy -> tp 1, fp 4, fn 0.
  auto s = ShingleMatch("w x y z", "w x y z w x y z");
  EXPECT_DOUBLE_EQ(s.tp, 0.2);
  EXPECT_DOUBLE_EQ(s.fp, 0.8);
  EXPECT_DOUBLE_EQ(s.fn, 0.0);
}

TEST(ShingleMatch, ShortTextsAreOneShingle) {
  // Fewer than 4 tokens: the whole token list is the only shingle.
  auto s = ShingleMatch("Breaking news", "Breaking  news!");
  EXPECT_DOUBLE_EQ(s.tp, 1.0);
  auto t = ShingleMatch("Breaking news", "Breaking news today");
  EXPECT_DOUBLE_EQ(t.tp, 0.0);
  EXPECT_DOUBLE_EQ(t.fp, 0.5);
}

TEST(ShingleMatch, UnicodeText) {
  auto s =
      ShingleMatch("Über die Brücke fährt heute kein Zug", "Über die Brücke fährt heute ein Bus");
  // 7 tokens each, 4 shingles each; the first two are shared: tp 2, fp 2, fn 2.
  EXPECT_DOUBLE_EQ(s.tp, 2.0 / 6.0);
  EXPECT_DOUBLE_EQ(s.fp, 2.0 / 6.0);
  EXPECT_DOUBLE_EQ(s.fn, 2.0 / 6.0);
}

TEST(ShingleMatch, EmptyTexts) {
  auto both = ShingleMatch("", "");
  EXPECT_DOUBLE_EQ(both.tp + both.fp + both.fn, 0.0);
  auto no_pred = ShingleMatch("a b c d", "");
  EXPECT_DOUBLE_EQ(no_pred.fn, 1.0);
  EXPECT_DOUBLE_EQ(no_pred.tp + no_pred.fp, 0.0);
}

TEST(SummarizeShingles, MeansOverPagesWithTheirOwnDenominators) {
  std::vector<ShingleScore> pages = {
      {1.0, 0.0, 0.0},    // perfect: P 1, R 1
      {0.5, 0.25, 0.25},  // P 2/3, R 2/3
      {0.0, 0.0, 1.0},    // nothing extracted: left out of P, R 0
      {0.0, 0.0, 0.0},    // both empty: left out of both
  };
  auto s = SummarizeShingles(pages);
  EXPECT_EQ(s.precision_pages, 2);
  EXPECT_EQ(s.recall_pages, 3);
  EXPECT_DOUBLE_EQ(s.precision, (1.0 + 2.0 / 3.0) / 2);
  EXPECT_DOUBLE_EQ(s.recall, (1.0 + 2.0 / 3.0) / 3);
  EXPECT_DOUBLE_EQ(s.f1, 2 * s.precision * s.recall / (s.precision + s.recall));
  auto none = SummarizeShingles({});
  EXPECT_DOUBLE_EQ(none.f1, 0.0);
}

// --- dates -----------------------------------------------------------------

TEST(Dates, NormalizeOddlyWrittenGoldDates) {
  EXPECT_EQ(NormalizeDate("2021-03-09"), "2021-03-09");
  EXPECT_EQ(NormalizeDate("2021-3-9"), "2021-03-09");
  EXPECT_EQ(NormalizeDate("2021-03.09"), "2021-03-09");
  EXPECT_EQ(NormalizeDate("2021-03-09T08:15:00+01:00"), "2021-03-09");
  EXPECT_EQ(NormalizeDate(""), std::nullopt);
  EXPECT_EQ(NormalizeDate("2021-13-01"), std::nullopt);
  EXPECT_EQ(NormalizeDate("21-03-09"), std::nullopt);
  EXPECT_EQ(NormalizeDate("2021-03-091"), std::nullopt);
  EXPECT_EQ(NormalizeDate("März 2021"), std::nullopt);
}

TEST(Dates, SameDate) {
  EXPECT_TRUE(SameDate(std::string("2019-07-04"), "2019-07-04"));
  EXPECT_TRUE(SameDate(std::string("2019-07-04"), "2019-7-4"));
  EXPECT_FALSE(SameDate(std::string("2019-07-05"), "2019-07-04"));
  EXPECT_FALSE(SameDate(std::nullopt, "2019-07-04"));
  EXPECT_FALSE(SameDate(std::string(""), ""));
}

}  // namespace
