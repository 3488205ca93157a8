// Tests for the stories of a store (src/pipeline/stories.cc): documents of
// a later run join the stories of an earlier one without moving any earlier
// document, a second call assigns nothing, and ReadStories gives the
// stories largest first, or one by its id. The sample corpus
// (examples/corpus) is the input: 11 documents on the unrest in Kazakhstan,
// 3 on the eruption in Tonga.
#include "parallax/stories.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "parallax/pipeline.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(PARALLAX_SOURCE_DIR) / "examples" / "corpus";

class StoriesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("parallax-stories-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "s.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  static const Pipeline& SharedPipeline() {
    static Pipeline* p = new Pipeline(PipelineOptions{});
    return *p;
  }
  static const StoryModel& Model() {
    static StoryModel* m = new StoryModel("");
    return *m;
  }

  fs::path dir_;
  std::string path_;
};

// The story of each document, by id.
std::map<std::string, std::string> StoryOf(const Store& store) {
  std::map<std::string, std::string> out;
  for (const StoryMember& m : store.StoryMembers()) out[m.assignment.document] = m.assignment.story;
  return out;
}

TEST_F(StoriesTest, ALaterRunJoinsTheStoriesOfAnEarlierOneWithoutMovingThem) {
  Store store(path_);
  // First run: the German report, the forum post and the English Tonga page.
  RunResult first = SharedPipeline().Run({(kCorpus / "de_rheinblick_bilanz.html").string(),
                                          (kCorpus / "de_forum_steppenfuchs.txt").string(),
                                          (kCorpus / "en_harbourwire_tonga.html").string()},
                                         store);
  ASSERT_EQ(first.ids.size(), 3u);
  const StoriesResult a = AssignStories(store, Model());
  EXPECT_EQ(a.assigned, 3u);
  EXPECT_EQ(a.stories, 2u);
  const std::vector<StoryMember> before = store.StoryMembers();
  std::map<std::string, std::string> story = StoryOf(store);
  EXPECT_EQ(story[first.ids[0]], story[first.ids[1]]);
  EXPECT_NE(story[first.ids[0]], story[first.ids[2]]);

  // Second run: everything; the three are stored already.
  RunResult second = SharedPipeline().Run({kCorpus.string()}, store);
  ASSERT_EQ(second.ids.size(), 14u);
  const StoriesResult b = AssignStories(store, Model());
  EXPECT_EQ(b.assigned, 11u);
  EXPECT_EQ(b.new_stories, 0u);
  EXPECT_EQ(b.joined, 11u);
  EXPECT_EQ(b.stories, 2u);

  // The earlier rows are untouched and come first.
  const std::vector<StoryMember> after = store.StoryMembers();
  ASSERT_EQ(after.size(), 14u);
  for (size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(after[i].assignment.document, before[i].assignment.document);
    EXPECT_EQ(after[i].assignment.story, before[i].assignment.story);
    EXPECT_EQ(after[i].profile, before[i].profile);
  }
  // Nothing left to assign.
  EXPECT_EQ(AssignStories(store, Model()).assigned, 0u);

  // Largest first: 11 on Kazakhstan, then 3 on Tonga.
  const std::vector<StoredStory> stories = ReadStories(store, Model());
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].documents.size(), 11u);
  EXPECT_EQ(stories[1].documents.size(), 3u);
  EXPECT_EQ(stories[0].story.id, story[first.ids[0]]);
  EXPECT_EQ(stories[0].links.size(), 11u);
  for (size_t i = 0; i < stories[0].documents.size(); ++i) {
    EXPECT_EQ(stories[0].documents[i].id, stories[0].story.documents[i]);
    EXPECT_EQ(stories[0].links[i].document, stories[0].story.documents[i]);
  }

  // One story by its id, in either case; an unknown or malformed id gives none.
  std::string id = stories[1].story.id;
  ASSERT_EQ(ReadStories(store, Model(), id).size(), 1u);
  id[0] = 's';
  ASSERT_EQ(ReadStories(store, Model(), id).size(), 1u);
  EXPECT_EQ(ReadStories(store, Model(), id)[0].documents.size(), 3u);
  EXPECT_TRUE(ReadStories(store, Model(), "S999").empty());
  EXPECT_TRUE(ReadStories(store, Model(), "E1").empty());
}

TEST_F(StoriesTest, AnEmptyStoreHasNoStories) {
  Store store(path_);
  const StoriesResult r = AssignStories(store, Model());
  EXPECT_EQ(r.assigned, 0u);
  EXPECT_EQ(r.stories, 0u);
  EXPECT_TRUE(ReadStories(store, Model()).empty());
}

}  // namespace
}  // namespace parallax
