// StoryClusterer's fold (src/story/cluster.cc, step 4): a new document that
// links to two stories joins the older one and folds the other into it, so
// that the stories do not depend on the order documents arrive in. Profiles
// are made by hand: two groups of entities and terms that share nothing,
// and a bridge that names both.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "parallax/story.h"

namespace parallax {
namespace {

const StoryModel& Model() {
  static const StoryModel* m = new StoryModel("");
  return *m;
}

// A profile naming `entities` and the stems `terms` (each twice).
DocumentProfile Profile(const std::string& id, const std::vector<std::string>& entities,
                        const std::vector<std::string>& terms) {
  DocumentProfile p;
  p.document = id;
  p.lang = "en";
  p.published = "2022-03-10";
  for (const std::string& e : entities) p.entities.emplace_back(e, 2.0f);
  for (const std::string& t : terms) p.terms.emplace_back(t, 2.0f);
  std::sort(p.entities.begin(), p.entities.end());
  std::sort(p.terms.begin(), p.terms.end());
  return p;
}

// Harbour strike (E1, E2) and bridge closure (E3, E4): nothing in common;
// the bridge document and a second one on each side name both.
std::vector<DocumentProfile> Profiles() {
  const std::vector<std::string> a_terms = {"harbou", "strike", "docker", "wages"};
  const std::vector<std::string> c_terms = {"bridge", "closur", "cracks", "inspec"};
  std::vector<std::string> both_terms = a_terms;
  both_terms.insert(both_terms.end(), c_terms.begin(), c_terms.end());
  return {Profile("a", {"E1", "E2"}, a_terms), Profile("c", {"E3", "E4"}, c_terms),
          Profile("b", {"E1", "E2", "E3", "E4"}, both_terms),
          Profile("a2", {"E1", "E2"}, {"harbou", "strike", "docker", "unions"}),
          Profile("c2", {"E3", "E4"}, {"bridge", "closur", "cracks", "detour"})};
}

TEST(ClusterFold, TheBridgeFoldsTheLaterStoryIntoTheOlderOne) {
  StoryClusterer clusterer(Model());
  const std::vector<DocumentProfile> p = Profiles();
  const StoryAssignment a = clusterer.Add(p[0]);
  const StoryAssignment c = clusterer.Add(p[1]);
  EXPECT_EQ(a.story, "S1");
  EXPECT_EQ(c.story, "S2");  // nothing in common with a
  const StoryAssignment b = clusterer.Add(p[2]);
  EXPECT_EQ(b.story, "S1");
  EXPECT_EQ(b.merged, std::vector<std::string>{"S2"});
  // c now belongs to S1: a document like c joins S1, and no id is reused.
  const StoryAssignment c2 = clusterer.Add(p[4]);
  EXPECT_EQ(c2.story, "S1");
  EXPECT_TRUE(c2.merged.empty());
  // Adding c again returns its assignment as it is now.
  EXPECT_EQ(clusterer.Add(p[1]).story, "S1");
  EXPECT_EQ(clusterer.size(), 4u);
}

TEST(ClusterFold, WithoutABridgeTheTwoStoriesStayApart) {
  StoryClusterer clusterer(Model());
  const std::vector<DocumentProfile> p = Profiles();
  EXPECT_EQ(clusterer.Add(p[0]).story, "S1");
  EXPECT_EQ(clusterer.Add(p[1]).story, "S2");
  const StoryAssignment a2 = clusterer.Add(p[3]);
  const StoryAssignment c2 = clusterer.Add(p[4]);
  EXPECT_EQ(a2.story, "S1");
  EXPECT_EQ(c2.story, "S2");
  EXPECT_TRUE(a2.merged.empty());
  EXPECT_TRUE(c2.merged.empty());
  // A new story after that is S3, whatever was folded.
  EXPECT_EQ(clusterer.Add(Profile("x", {"E9"}, {"volcan", "ashfal"})).story, "S3");
}

// Every order of the five documents ends in one story once the bridge is in,
// with the folds applied to the earlier assignments.
TEST(ClusterFold, EveryOrderEndsInOneStory) {
  const std::vector<DocumentProfile> p = Profiles();
  std::vector<size_t> order = {0, 1, 2, 3, 4};
  size_t orders = 0;
  do {
    StoryClusterer clusterer(Model());
    std::map<std::string, std::string> story;
    for (size_t i : order) {
      const StoryAssignment a = clusterer.Add(p[i]);
      story[a.document] = a.story;
      for (const std::string& from : a.merged) {
        for (auto& [doc, s] : story) {
          if (s == from) s = a.story;
        }
      }
    }
    std::set<std::string> ids;
    for (const auto& [doc, s] : story) ids.insert(s);
    EXPECT_EQ(ids.size(), 1u) << "order " << order[0] << order[1] << order[2] << order[3]
                              << order[4];
    ++orders;
  } while (std::next_permutation(order.begin(), order.end()));
  EXPECT_EQ(orders, 120u);
}

}  // namespace
}  // namespace parallax
