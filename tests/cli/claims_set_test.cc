// The claims test set (tests/data/claims, 77 articles in 7 languages) run
// through the whole pipeline: every claim points at its figure inside its
// sentence, and the scores of bench/claims_eval stay at or above the
// floors measured when they were last raised. The floors guard against
// regressions; they are below the targets where those are not met
// (README, Measured).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claims_match.h"
#include "parallax/pipeline.h"

namespace {

using parallax::Claim;
using parallax::Document;
using parallax::Quantity;
using parallax::bench::ClaimScore;
using parallax::bench::GoldArticle;

const std::string kSet = std::string(PARALLAX_SOURCE_DIR) + "/tests/data/claims";

Document Process(const parallax::Pipeline& pipeline, const GoldArticle& a) {
  parallax::RawDocument raw;
  raw.source = a.lang + "/" + a.name + ".txt";
  raw.container = "file";
  raw.format = parallax::Format::kText;
  raw.bytes = a.text;
  raw.published = a.published;
  return pipeline.Process(raw);
}

class ClaimsSet : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    parallax::PipelineOptions options;
    options.threads = 1;
    const parallax::Pipeline pipeline(options);
    articles_ = new std::vector<GoldArticle>(parallax::bench::LoadGoldSet(kSet, ""));
    docs_ = new std::vector<Document>();
    for (const GoldArticle& a : *articles_) docs_->push_back(Process(pipeline, a));
  }
  static void TearDownTestSuite() {
    delete articles_;
    delete docs_;
  }
  static std::vector<GoldArticle>* articles_;
  static std::vector<Document>* docs_;
};
std::vector<GoldArticle>* ClaimsSet::articles_ = nullptr;
std::vector<Document>* ClaimsSet::docs_ = nullptr;

TEST_F(ClaimsSet, EveryClaimPointsAtItsFigureInItsSentence) {
  ASSERT_GE(articles_->size(), 60u);
  size_t claims = 0;
  for (const Document& doc : *docs_) {
    for (const Claim& c : doc.claims) {
      ++claims;
      ASSERT_LT(c.sentence, doc.sentences.size()) << doc.source;
      const parallax::Span s = doc.sentences[c.sentence].span;
      EXPECT_LE(s.start, c.figure.start) << doc.source;
      EXPECT_LT(c.figure.start, c.figure.end) << doc.source;
      EXPECT_LE(c.figure.end, s.end) << doc.source;
      EXPECT_LE(s.start, c.span.start) << doc.source;
      EXPECT_LE(c.span.end, s.end) << doc.source;
      // The figure is a figure of the numbers annotator, with this value.
      bool found = false;
      for (const Quantity& q : doc.quantities) {
        found = found || (q.span == c.figure && q.value == c.value);
      }
      EXPECT_TRUE(found) << doc.source << ": "
                         << doc.text.substr(c.figure.start, c.figure.end - c.figure.start);
    }
    for (const parallax::Quote& q : doc.quotes) {
      EXPECT_LE(q.span.start, q.span.end) << doc.source;
      EXPECT_LE(q.span.end, doc.text.size()) << doc.source;
      EXPECT_LE(q.sentence, q.sentence_end) << doc.source;
    }
  }
  EXPECT_GT(claims, 200u);
}

TEST_F(ClaimsSet, ScoresStayAtOrAboveTheirFloors) {
  ClaimScore all;
  for (size_t i = 0; i < articles_->size(); ++i) {
    all.Add(parallax::bench::ScoreArticle((*articles_)[i], (*docs_)[i]));
  }
  std::cout << "claims set: P " << all.Precision() << " R " << all.Recall() << ", speakers "
            << all.SpeakerAccuracy() << ", quotes R " << all.QuoteRecall() << ", citations P "
            << all.CitationPrecision() << " R " << all.CitationRecall() << "\n";
  RecordProperty("claims_precision", std::to_string(all.Precision()));
  RecordProperty("claims_recall", std::to_string(all.Recall()));
  // Floors a little under the figures measured on 2026-11-22 (claims_eval,
  // whole set of 131 articles, the fourth blind batch, articles 16-17 and
  // it/cs 05-06, in it, after that session's rules: P 0.879, R 0.791,
  // speakers 0.854, quotes R 0.944), so a change that loses ground fails.
  // The batch is harder than the set (unseen: P 0.757, R 0.628), which is
  // why these floors are below those on 113 articles (P 0.88, R 0.78); the
  // rules did not lose ground. Targets: P >= 0.90, R >= 0.85, speaker
  // accuracy >= 0.90 (issue 6).
  EXPECT_GE(all.Precision(), 0.87);
  EXPECT_GE(all.Recall(), 0.78);
  EXPECT_GE(all.SpeakerAccuracy(), 0.84);
  EXPECT_GE(all.QuoteRecall(), 0.93);
}

}  // namespace
