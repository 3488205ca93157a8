// Tests for the claim comparison of a story (src/story/compare*.cc): value
// intervals from qualifiers, the five statuses and their notes, copies,
// scopes and places. The documents are built here by hand (claims as the
// annotate stage would give them), about events unlike the sample corpus:
// a flood, a mine collapse, a strike, a ferry accident.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parallax/data_dir.h"
#include "parallax/story.h"
#include "story/compare_detail.h"

namespace parallax {
namespace {

using story::CompareRules;
using story::Interval;
using story::Overlap;
using story::ValueInterval;

const StoryModel& Model() {
  static const StoryModel* m = new StoryModel("");
  return *m;
}

const CompareRules& Rules() {
  static const CompareRules* r = new CompareRules(story::LoadCompareRules(FindDataDir()));
  return *r;
}

Document Doc(const std::string& id, const std::string& site, const std::string& published) {
  Document d;
  d.id = id;
  d.site = site;
  d.published = published;
  d.lang.lang = "en";
  return d;
}

// Adds a claim; `group_text` empty means the text names no group.
Claim& Add(Document& d, ClaimKind kind, double value, Approx approx = Approx::kExact,
           const std::string& group = "people", const std::string& group_text = "people") {
  Claim c;
  c.kind = kind;
  c.value = value;
  c.approx = approx;
  c.group = group;
  c.group_text = group_text;
  d.claims.push_back(c);
  return d.claims.back();
}

const Comparison* Find(const Story& s, ClaimKind kind, ComparisonStatus status) {
  for (const Comparison& c : s.comparisons) {
    if (c.kind == kind && c.status == status) return &c;
  }
  return nullptr;
}

bool Agree(double a, Approx qa, double b, Approx qb) {
  return Overlap(ValueInterval(a, std::nullopt, qa, Rules()),
                 ValueInterval(b, std::nullopt, qb, Rules()));
}

// The examples of data/story/compare.tsv's header.
TEST(ValueInterval, QualifiersWidenAFigureAsCompareTsvSays) {
  EXPECT_TRUE(Agree(400, Approx::kAbout, 400, Approx::kExact));
  EXPECT_TRUE(Agree(2000, Approx::kAbout, 2030, Approx::kExact));
  EXPECT_FALSE(Agree(2000, Approx::kAbout, 2500, Approx::kAbout));
  EXPECT_TRUE(Agree(1000, Approx::kMoreThan, 1200, Approx::kExact));
  EXPECT_FALSE(Agree(1000, Approx::kMoreThan, 2000, Approx::kMoreThan));
  EXPECT_FALSE(Agree(1000, Approx::kMoreThan, 1000, Approx::kExact));  // open at 1,000
  EXPECT_TRUE(Agree(1000, Approx::kAtLeast, 1000, Approx::kExact));
  EXPECT_TRUE(Agree(20, Approx::kVague, 45, Approx::kExact));
  EXPECT_FALSE(Agree(20, Approx::kVague, 300, Approx::kExact));
  EXPECT_TRUE(Agree(50, Approx::kUpTo, 48, Approx::kExact));
  EXPECT_FALSE(Agree(50, Approx::kUpTo, 51, Approx::kExact));
  const Interval r = ValueInterval(10, 15.0, Approx::kRange, Rules());
  EXPECT_EQ(r.lo, 10);
  EXPECT_EQ(r.hi, 15);
  // Bad input gives a point, never a throw.
  const Interval bad = ValueInterval(-3, std::nullopt, Approx::kAbout, Rules());
  EXPECT_EQ(bad.lo, bad.hi);
}

TEST(FormatFigure, WritesQualifierNumberAndUnit) {
  EXPECT_EQ(story::FormatFigure(2030, std::nullopt, Approx::kExact, ""), "2,030");
  EXPECT_EQ(story::FormatFigure(1000, std::nullopt, Approx::kMoreThan, ""), "more than 1,000");
  EXPECT_EQ(story::FormatFigure(10, 15.0, Approx::kRange, ""), "10–15");
  EXPECT_EQ(story::FormatFigure(91e6, std::nullopt, Approx::kAbout, "USD"), "about 91,000,000 USD");
}

TEST(CompareStory, AboutAndExactFromTwoSitesAgree) {
  Document a = Doc("a", "rivergazette.example", "2024-05-02");
  Add(a, ClaimKind::kEvacuated, 400, Approx::kAbout);
  Document b = Doc("b", "valleyradio.example", "2024-05-02");
  Add(b, ClaimKind::kEvacuated, 400);
  const Story s = CompareStory({a, b}, {}, Model());
  const Comparison* c = Find(s, ClaimKind::kEvacuated, ComparisonStatus::kAgree);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->sources, 2u);
  EXPECT_EQ(c->values.size(), 2u);
  EXPECT_NE(c->note.find("2 sources"), std::string::npos) << c->note;
}

TEST(CompareStory, MoreThanAThousandAgreesWithTwelveHundred) {
  Document a = Doc("a", "one.example", "2024-05-02");
  Add(a, ClaimKind::kDisplaced, 1000, Approx::kMoreThan);
  Document b = Doc("b", "two.example", "2024-05-02");
  Add(b, ClaimKind::kDisplaced, 1200);
  const Story s = CompareStory({a, b}, {}, Model());
  EXPECT_NE(Find(s, ClaimKind::kDisplaced, ComparisonStatus::kAgree), nullptr);
}

TEST(CompareStory, IncompatibleFiguresOnOneDayDisagreeWithTheirDifference) {
  Document a = Doc("a", "one.example", "2024-03-10");
  Add(a, ClaimKind::kProtesters, 2000, Approx::kAbout);
  Document b = Doc("b", "two.example", "2024-03-10");
  Add(b, ClaimKind::kProtesters, 2500, Approx::kAbout);
  const Story s = CompareStory({a, b}, {}, Model());
  const Comparison* c = Find(s, ClaimKind::kProtesters, ComparisonStatus::kDisagree);
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->note.find("difference 500"), std::string::npos) << c->note;
  EXPECT_NE(c->note.find("vs"), std::string::npos) << c->note;
}

TEST(CompareStory, PeopleAndSecurityForcesAreDifferentScopes) {
  Document a = Doc("a", "one.example", "2024-03-10");
  Add(a, ClaimKind::kInjured, 1000, Approx::kMoreThan, "people", "residents");
  Document b = Doc("b", "two.example", "2024-03-11");
  Add(b, ClaimKind::kInjured, 640, Approx::kExact, "police", "officers");
  const Story s = CompareStory({a, b}, {}, Model());
  const Comparison* c = Find(s, ClaimKind::kInjured, ComparisonStatus::kDifferentScope);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->values.size(), 2u);
  EXPECT_NE(c->note.find("different groups"), std::string::npos) << c->note;
  // Each scope keeps its own comparison beside it; no disagreement.
  EXPECT_EQ(Find(s, ClaimKind::kInjured, ComparisonStatus::kDisagree), nullptr);
  EXPECT_EQ(s.comparisons.size(), 3u);
}

TEST(CompareStory, ScopesFarApartInTimeAreNotPaired) {
  Document a = Doc("a", "one.example", "2024-03-01");
  Add(a, ClaimKind::kInjured, 30, Approx::kExact, "people", "miners");
  Document b = Doc("b", "two.example", "2024-04-20");
  Add(b, ClaimKind::kInjured, 12, Approx::kExact, "police", "officers");
  const Story s = CompareStory({a, b}, {}, Model());
  EXPECT_EQ(Find(s, ClaimKind::kInjured, ComparisonStatus::kDifferentScope), nullptr);
}

TEST(CompareStory, OneSiteIsASingleSourceEvenTwice) {
  Document a = Doc("a", "harbourpost.example", "2024-07-01");
  Add(a, ClaimKind::kMissing, 7);
  Document b = Doc("b", "harbourpost.example", "2024-07-02");
  Add(b, ClaimKind::kMissing, 9);
  const Story s = CompareStory({a, b}, {}, Model());
  const Comparison* c = Find(s, ClaimKind::kMissing, ComparisonStatus::kSingleSource);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->sources, 1u);
}

TEST(CompareStory, AWithdrawnFigureReplacedIsEvolving) {
  Document a = Doc("a", "one.example", "2024-09-03");
  Add(a, ClaimKind::kKilled, 164).retracted = true;
  Document b = Doc("b", "two.example", "2024-09-05");
  Add(b, ClaimKind::kKilled, 225);
  Document c = Doc("c", "three.example", "2024-09-06");
  Add(c, ClaimKind::kKilled, 225);
  const Story s = CompareStory({a, b, c}, {}, Model());
  const Comparison* e = Find(s, ClaimKind::kKilled, ComparisonStatus::kEvolving);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->note, "164 (withdrawn) → 225");
  EXPECT_TRUE(e->values.front().retracted);
}

TEST(CompareStory, ARisingTollOverDaysIsEvolving) {
  Document a = Doc("a", "one.example", "2024-02-01");
  Add(a, ClaimKind::kKilled, 8, Approx::kExact, "security_forces", "guards");
  Document b = Doc("b", "two.example", "2024-02-03");
  Add(b, ClaimKind::kKilled, 18, Approx::kExact, "police", "officers");
  Document c = Doc("c", "three.example", "2024-02-04");
  Add(c, ClaimKind::kKilled, 18, Approx::kExact, "security_forces", "guards");
  Document d = Doc("d", "four.example", "2024-02-09");
  Add(d, ClaimKind::kKilled, 19, Approx::kExact, "military", "soldiers");
  const Story s = CompareStory({d, c, b, a}, {}, Model());
  const Comparison* e = Find(s, ClaimKind::kKilled, ComparisonStatus::kEvolving);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->note, "8 → 18 → 19");
  EXPECT_EQ(e->group, "security_forces");
  EXPECT_EQ(e->values.front().value, 8);
  EXPECT_EQ(e->values.back().value, 19);
}

TEST(CompareStory, ATollThatFallsWithoutAWithdrawalDisagrees) {
  Document a = Doc("a", "one.example", "2024-02-01");
  Add(a, ClaimKind::kKilled, 40);
  Document b = Doc("b", "two.example", "2024-02-03");
  Add(b, ClaimKind::kKilled, 12);
  const Story s = CompareStory({a, b}, {}, Model());
  EXPECT_NE(Find(s, ClaimKind::kKilled, ComparisonStatus::kDisagree), nullptr);
}

TEST(CompareStory, ACopyDoesNotCountAsASecondSource) {
  Document a = Doc("a", "wire.example", "2024-06-11");
  Add(a, ClaimKind::kHospitalised, 35);
  Document b = Doc("b", "localnews.example", "2024-06-11");
  Add(b, ClaimKind::kHospitalised, 35);
  StoryAssignment link;
  link.document = "b";
  link.copy_of = "a";
  link.copy = CopyKind::kCopy;
  const Story copied = CompareStory({a, b}, {link}, Model());
  const Comparison* c = Find(copied, ClaimKind::kHospitalised, ComparisonStatus::kSingleSource);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->sources, 1u);
  EXPECT_EQ(c->values[1].source, c->values[0].source);
  // Without the link the two sites agree.
  const Story apart = CompareStory({a, b}, {}, Model());
  EXPECT_NE(Find(apart, ClaimKind::kHospitalised, ComparisonStatus::kAgree), nullptr);
}

TEST(CompareStory, HedgesAttributionsAndRetractionsAreKeptOnTheValues) {
  Document a = Doc("a", "one.example", "2024-08-20");
  Claim& c = Add(a, ClaimKind::kDetained, 60, Approx::kAbout);
  c.hedged = true;
  c.attributed_to = "the harbour authority";
  Document b = Doc("b", "two.example", "2024-08-21");
  Add(b, ClaimKind::kArrested, 58);  // arrested and detained are one family
  const Story s = CompareStory({a, b}, {}, Model());
  ASSERT_EQ(s.comparisons.size(), 1u);
  const Comparison& cmp = s.comparisons[0];
  EXPECT_EQ(cmp.status, ComparisonStatus::kAgree);
  ASSERT_EQ(cmp.values.size(), 2u);
  EXPECT_TRUE(cmp.values[0].hedged);
  EXPECT_EQ(cmp.values[0].attributed_to, "the harbour authority");
  EXPECT_FALSE(cmp.values[1].hedged);
}

TEST(CompareStory, NegatedClaimsAreLeftOut) {
  Document a = Doc("a", "one.example", "2024-08-20");
  Add(a, ClaimKind::kKilled, 3).negated = true;
  const Story s = CompareStory({a}, {}, Model());
  EXPECT_TRUE(s.comparisons.empty());
}

TEST(CompareStory, AFigureWithNoGroupJoinsTheOneScopeNamed) {
  // "Two of the crew were never found" vs "one of the bodies": the second
  // names no group, the story's other claims of the kind name one.
  Document a = Doc("a", "one.example", "2024-10-02");
  Add(a, ClaimKind::kMissing, 2, Approx::kExact, "security_forces", "coast guards");
  Document b = Doc("b", "two.example", "2024-10-02");
  Add(b, ClaimKind::kMissing, 1, Approx::kExact, "people", "");
  const Story s = CompareStory({a, b}, {}, Model());
  const Comparison* c = Find(s, ClaimKind::kMissing, ComparisonStatus::kDisagree);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->note, "1 vs 2 (difference 1)");
  // With two named scopes the unnamed figure stays "people".
  Document d = Doc("d", "three.example", "2024-10-02");
  Add(d, ClaimKind::kMissing, 5, Approx::kExact, "civilians", "passengers");
  const Story three = CompareStory({a, b, d}, {}, Model());
  EXPECT_EQ(Find(three, ClaimKind::kMissing, ComparisonStatus::kDisagree), nullptr);
}

// Two documents, each naming a country in the claim's sentence.
Document Placed(const std::string& id, const std::string& site, const std::string& text,
                const std::string& place, ClaimKind kind, double value) {
  Document d = Doc(id, site, "2024-11-05");
  d.text = text;
  d.sentences.push_back(Sentence{Span{0, static_cast<uint32_t>(text.size())}, 0});
  Claim& c = Add(d, kind, value, Approx::kAbout, "military", "soldiers");
  c.place = place;
  return d;
}

TEST(CompareStory, CountriesSplitSetsButNotForDeployments) {
  const Document a = Placed("a", "one.example", "Chile sent about 300 soldiers.", "Chile",
                            ClaimKind::kDeployed, 300);
  const Document b = Placed("b", "two.example", "About 800 soldiers landed in Peru.", "Peru",
                            ClaimKind::kDeployed, 800);
  const Story deployed = CompareStory({a, b}, {}, Model());
  ASSERT_EQ(deployed.comparisons.size(), 1u);  // placeless: one force
  EXPECT_EQ(deployed.comparisons[0].status, ComparisonStatus::kDisagree);

  const Document c = Placed("c", "one.example", "About 300 soldiers were hurt in Chile.", "Chile",
                            ClaimKind::kInjured, 300);
  const Document d = Placed("d", "two.example", "About 800 soldiers were hurt in Peru.", "Peru",
                            ClaimKind::kInjured, 800);
  const Story injured = CompareStory({c, d}, {}, Model());
  ASSERT_EQ(injured.comparisons.size(), 2u);  // two countries, two sets
  for (const Comparison& cmp : injured.comparisons) {
    EXPECT_EQ(cmp.status, ComparisonStatus::kSingleSource);
  }
}

TEST(CompareStory, ADocumentsOwnSmallerFigureIsAPart) {
  // "Five died; three of the dead were volunteers" in one text.
  Document a = Doc("a", "one.example", "2024-12-01");
  Add(a, ClaimKind::kKilled, 5);
  Add(a, ClaimKind::kKilled, 3);
  Document b = Doc("b", "two.example", "2024-12-01");
  Add(b, ClaimKind::kKilled, 5);
  const Story s = CompareStory({a, b}, {}, Model());
  const Comparison* main = Find(s, ClaimKind::kKilled, ComparisonStatus::kAgree);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->values.size(), 2u);
  const Comparison* part = Find(s, ClaimKind::kKilled, ComparisonStatus::kSingleSource);
  ASSERT_NE(part, nullptr);
  EXPECT_EQ(part->note.rfind("part of a larger figure", 0), 0u) << part->note;
}

TEST(CompareStory, StatusesComeInTheirOrder) {
  Document a = Doc("a", "one.example", "2024-03-10");
  Add(a, ClaimKind::kProtesters, 2000, Approx::kAbout);
  Add(a, ClaimKind::kEvacuated, 90);
  Add(a, ClaimKind::kMissing, 4);
  Document b = Doc("b", "two.example", "2024-03-10");
  Add(b, ClaimKind::kProtesters, 5000, Approx::kAbout);
  Add(b, ClaimKind::kEvacuated, 90);
  const Story s = CompareStory({b, a}, {}, Model());
  ASSERT_EQ(s.comparisons.size(), 3u);
  EXPECT_EQ(s.comparisons[0].status, ComparisonStatus::kDisagree);
  EXPECT_EQ(s.comparisons[1].status, ComparisonStatus::kSingleSource);
  EXPECT_EQ(s.comparisons[2].status, ComparisonStatus::kAgree);
  EXPECT_EQ(s.documents, (std::vector<std::string>{"a", "b"}));
}

TEST(CompareStory, EmptyInputGivesAnEmptyStory) {
  const Story s = CompareStory({}, {}, Model());
  EXPECT_TRUE(s.documents.empty());
  EXPECT_TRUE(s.comparisons.empty());
  EXPECT_TRUE(s.label.empty());
  // A document with nothing in it still has its place.
  const Story one = CompareStory({Document{}}, {}, Model());
  EXPECT_EQ(one.documents.size(), 1u);
  EXPECT_EQ(one.sources.size(), 1u);
}

}  // namespace
}  // namespace parallax
