// Tests for the timelines of a story (src/story/timeline.cc) and its label
// and span (src/story/story_label.cc). Comparisons and documents are built
// here by hand: a wildfire and a bridge collapse, unlike the sample corpus.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parallax/data_dir.h"
#include "parallax/story.h"
#include "story/compare_detail.h"

namespace parallax {
namespace {

ComparedValue Value(const std::string& doc, const std::string& date, double value,
                    bool retracted = false) {
  ComparedValue v;
  v.document = doc;
  v.date = date;
  v.published = date;
  v.value = value;
  v.retracted = retracted;
  return v;
}

Comparison Cmp(ComparisonStatus status, std::vector<ComparedValue> values) {
  Comparison c;
  c.kind = ClaimKind::kEvacuated;
  c.group = "people";
  c.status = status;
  c.values = std::move(values);
  return c;
}

TEST(BuildTimelines, OnePerSetByDateWithoutScopePairsOrParts) {
  const std::vector<Comparison> cs = {
      Cmp(ComparisonStatus::kEvolving,
          {Value("b", "2023-08-12", 4000), Value("a", "2023-08-10", 1500, true),
           Value("c", "", 5200), Value("a", "2023-08-11", 2500)}),
      Cmp(ComparisonStatus::kDifferentScope, {Value("a", "2023-08-10", 1)}),
      Cmp(ComparisonStatus::kSingleSource, {Value("d", "2023-08-12", 2)}),
      Cmp(ComparisonStatus::kAgree, {Value("e", "2023-08-12", 30)}),
  };
  const std::vector<bool> parts = {false, false, true, false};
  const std::vector<Timeline> t = story::BuildTimelines(cs, parts);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].kind, ClaimKind::kEvacuated);
  EXPECT_EQ(t[0].group, "people");
  ASSERT_EQ(t[0].points.size(), 4u);
  EXPECT_EQ(t[0].points[0].date, "2023-08-10");
  EXPECT_TRUE(t[0].points[0].retracted);
  EXPECT_EQ(t[0].points[1].value, 2500);
  EXPECT_EQ(t[0].points[2].document, "b");
  EXPECT_EQ(t[0].points[3].date, "");  // undated last
  EXPECT_EQ(t[1].points[0].value, 30);
}

TEST(BuildTimelines, NothingGivesNothing) {
  EXPECT_TRUE(story::BuildTimelines({}, {}).empty());
  // Fewer part flags than comparisons: the rest are not parts.
  EXPECT_EQ(
      story::BuildTimelines({Cmp(ComparisonStatus::kAgree, {Value("a", "2023-01-01", 3)})}, {})
          .size(),
      1u);
}

const StoryModel& Model() {
  static const StoryModel* m = new StoryModel("");
  return *m;
}

TEST(CompareStory, TimelineFollowsTheFigureOverPublicationDays) {
  std::vector<Document> docs;
  const std::vector<std::pair<std::string, double>> days = {
      {"2023-08-09", 900}, {"2023-08-10", 2400}, {"2023-08-12", 6100}};
  for (size_t i = 0; i < days.size(); ++i) {
    Document d;
    d.id = "d" + std::to_string(i);
    d.site = "site" + std::to_string(i) + ".example";
    d.published = days[i].first;
    Claim c;
    c.kind = ClaimKind::kEvacuated;
    c.value = days[i].second;
    c.group = "people";
    c.group_text = "residents";
    d.claims.push_back(c);
    docs.push_back(d);
  }
  const Story s = CompareStory(docs, {}, Model());
  ASSERT_EQ(s.timeline.size(), 1u);
  ASSERT_EQ(s.timeline[0].points.size(), 3u);
  EXPECT_EQ(s.timeline[0].points[0].value, 900);
  EXPECT_EQ(s.timeline[0].points[2].date, "2023-08-12");
  EXPECT_EQ(s.span_start, "2023-08-09");
  EXPECT_EQ(s.span_end, "2023-08-12");
}

Entity Named(const std::string& id, const std::string& name, EntityType type, size_t mentions) {
  Entity e;
  e.id = id;
  e.name = name;
  e.type = type;
  e.mentions.resize(mentions);
  return e;
}

TEST(LabelStory, MainEntitiesPlaceAndSpan) {
  const story::CompareRules rules = story::LoadCompareRules(FindDataDir());
  std::vector<Document> docs(3);
  for (size_t i = 0; i < docs.size(); ++i) {
    docs[i].id = "d" + std::to_string(i);
    docs[i].published = "2023-03-0" + std::to_string(i + 4);
    docs[i].entities.push_back(Named("E1", "Portugal", EntityType::kPlace, 2));
    docs[i].entities.push_back(Named("E2", "Coimbra", EntityType::kPlace, 3));
    docs[i].entities.push_back(
        Named("E3", "Civil Protection Authority", EntityType::kOrganization, 1));
  }
  docs[0].entities.push_back(Named("E4", "Ana Ribeiro", EntityType::kPerson, 5));
  docs[1].entities.push_back(Named("E4", "Ana Ribeiro", EntityType::kPerson, 1));
  docs[2].entities.push_back(Named("E5", "tuesday", EntityType::kOther, 9));
  std::vector<const Document*> ptrs;
  for (const Document& d : docs) ptrs.push_back(&d);
  Story s;
  Comparison c;
  c.values.push_back(ComparedValue{});
  c.values.back().date = "2023-03-02";  // an as-of date before the first publication
  s.comparisons.push_back(c);
  story::LabelStory(ptrs, rules, s);
  EXPECT_EQ(s.span_start, "2023-03-02");
  EXPECT_EQ(s.span_end, "2023-03-06");
  EXPECT_EQ(s.label, "Portugal, Civil Protection Authority, Ana Ribeiro — Coimbra, 2–6 Mar 2023");
}

TEST(LabelStory, SpansAcrossMonthsAndYears) {
  const story::CompareRules rules = story::LoadCompareRules(FindDataDir());
  Document a;
  a.published = "2022-12-30";
  Document b;
  b.published = "2023-01-02";
  Story s;
  story::LabelStory({&a, &b}, rules, s);
  EXPECT_EQ(s.label, "30 Dec 2022–2 Jan 2023");
  b.published = "2022-12-30";
  Story one;
  story::LabelStory({&a, &b}, rules, one);
  EXPECT_EQ(one.label, "30 Dec 2022");
  Document c;
  c.published = "not a date";
  Story none;
  story::LabelStory({&c}, rules, none);
  EXPECT_EQ(none.label, "");
  EXPECT_EQ(none.span_start, "");
}

}  // namespace
}  // namespace parallax
