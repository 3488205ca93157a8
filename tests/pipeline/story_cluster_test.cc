// The sample corpus (examples/corpus: 11 documents on the January 2022
// unrest in Kazakhstan, 3 on the Tonga eruption; examples/README.md) through
// the pipeline into a temporary store, read back as the product reads it
// (Store::Get: entities carry store ids), profiled and clustered in many
// orders: always one Kazakhstan story and one Tonga story.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "parallax/pipeline.h"
#include "parallax/story.h"
#include "pipeline/story_sample.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

struct Corpus {
  std::vector<DocumentProfile> profiles;
  std::vector<std::string> sources;
  std::vector<std::string> titles;
  std::vector<bool> tonga;
};

// Which planted story a document is on (examples/README.md: the two Tonga
// pages and one WARC record, in English, Polish and German; every one names
// Tonga, in any case form; no Kazakhstan document does).
bool IsTonga(const std::string& text) { return text.find("Tong") != std::string::npos; }

const Corpus& SampleCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    const StoryModel model("");
    for (const Document& doc :
         story_test::ThroughStore({story_test::SampleCorpus()}, "story_cluster")) {
      c->profiles.push_back(BuildProfile(doc, model));
      c->sources.push_back(doc.source);
      c->titles.push_back(doc.title);
      c->tonga.push_back(IsTonga(doc.text));
    }
    return c;
  }();
  return *corpus;
}

TEST(StoryCluster, SampleCorpusIsOneKazakhstanStoryAndOneTongaStoryInAnyOrder) {
  const Corpus& c = SampleCorpus();
  ASSERT_EQ(c.profiles.size(), 14u);
  size_t tonga = 0;
  for (bool t : c.tonga) tonga += t ? 1 : 0;
  ASSERT_EQ(tonga, 3u);

  const StoryModel model("");
  std::vector<size_t> order(c.profiles.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(2022);
  for (int trial = 0; trial < 40; ++trial) {
    if (trial == 1) std::reverse(order.begin(), order.end());
    if (trial > 1) std::shuffle(order.begin(), order.end(), rng);
    StoryClusterer clusterer(model);
    std::map<size_t, std::string> story;
    for (size_t i : order) {
      const StoryAssignment a = clusterer.Add(c.profiles[i]);
      story[i] = a.story;
      // A bridging document folds stories into the one it joined.
      for (const std::string& from : a.merged) {
        for (auto& [j, s] : story) {
          if (s == from) s = a.story;
        }
      }
    }
    std::set<std::string> kz;
    std::set<std::string> to;
    for (const auto& [i, s] : story) (c.tonga[i] ? to : kz).insert(s);
    std::string trace;
    for (size_t i : order) trace += "\n  " + story[i] + "  " + c.sources[i] + "  " + c.titles[i];
    EXPECT_EQ(kz.size(), 1u) << "trial " << trial << trace;
    EXPECT_EQ(to.size(), 1u) << "trial " << trial << trace;
    if (kz.size() == 1 && to.size() == 1) {
      EXPECT_NE(*kz.begin(), *to.begin()) << "trial " << trial << trace;
    }
    EXPECT_EQ(clusterer.size(), 14u);
  }
}

// The pairwise scores behind the clustering, printed for whoever tunes
// data/story/similarity.tsv; every Tonga document is closer to another
// Tonga document than to any Kazakhstan one.
TEST(StoryCluster, EachTongaDocumentIsNearestToTonga) {
  const Corpus& c = SampleCorpus();
  const StoryModel model("");
  FeatureStats stats;
  for (const DocumentProfile& p : c.profiles) stats.Add(p);
  for (size_t i = 0; i < c.profiles.size(); ++i) {
    if (!c.tonga[i] && !std::getenv("PX_SHOW")) continue;
    double best_tonga = 0;
    double best_other = 0;
    for (size_t j = 0; j < c.profiles.size(); ++j) {
      if (i == j) continue;
      const Similarity sim = Compare(c.profiles[i], c.profiles[j], stats, model);
      const double s = sim.score;
      if (std::getenv("PX_SHOW")) {
        std::printf("%.3f ev%.3f e%.2f t%.2f f%.2f d%.2f p%.2f tm%.2f %s | %s\n", s, sim.event,
                    sim.entities, sim.terms, sim.figures, sim.days, sim.places, sim.time,
                    c.sources[i].c_str(), c.sources[j].c_str());
      }
      double& best = c.tonga[j] ? best_tonga : best_other;
      best = std::max(best, s);
    }
    EXPECT_GT(best_tonga, best_other) << c.sources[i];
  }
}

}  // namespace
}  // namespace parallax
