// Tests for the story tables of the store (schema version 8): the
// documents without a story in stored order, members written and read back
// in the order of assignment, a batch with a bad member written not at all,
// the `other` claim's noun key, and the migration from version 7.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parallax/error.h"
#include "parallax/store.h"
#include "store/store_file_test.h"

namespace parallax {
namespace {

class StoreStoriesTest : public testing::StoreFileTest {
 protected:
  void Write(Store& store, const std::vector<Document>& docs) {
    int64_t run = store.BeginRun({"in"});
    store.WriteBatch(run, docs, {});
  }
};

// A one-sentence document with one `other` claim.
Document Note(const std::string& id, const std::string& sentence) {
  Document d;
  d.id = id;
  d.source = id + ".txt";
  d.format = "text";
  d.container = "file";
  d.charset = "UTF-8";
  d.charset_source = "utf8";
  d.lang = {"en", 0.9, true, "cld2", {}};
  d.text = sentence;
  d.raw = sentence;
  d.text_to_raw = OffsetMap::Identity(d.text.size());
  d.paragraphs.push_back({{0, static_cast<uint32_t>(d.text.size())}, d.lang});
  d.sentences.push_back({{0, static_cast<uint32_t>(d.text.size())}, 0});
  Claim c;
  c.figure = {0, 3};
  c.span = {0, static_cast<uint32_t>(d.text.size())};
  c.kind = ClaimKind::kOther;
  c.noun = "houses";
  c.noun_key = "houses";
  c.value = 120;
  d.claims.push_back(c);
  return d;
}

StoryMember Member(const std::string& doc, const std::string& story, const std::string& profile,
                   CopyKind copy = CopyKind::kNone, const std::string& copy_of = "") {
  StoryMember m;
  m.assignment.document = doc;
  m.assignment.story = story;
  m.assignment.score = story == "S1" ? 0.0 : 0.42;
  m.assignment.copy = copy;
  m.assignment.copy_of = copy_of;
  m.assignment.copy_score = copy == CopyKind::kNone ? 0.0 : 0.91;
  m.profile = profile;
  return m;
}

TEST_F(StoreStoriesTest, MembersComeBackInTheOrderOfAssignment) {
  Store store(path_);
  Write(store, {Note("aa00000000000001", "120 houses were flooded."),
                Note("aa00000000000002", "The river rose 3 metres."),
                Note("aa00000000000003", "Ferries stopped for 2 days.")});
  EXPECT_EQ(store.DocumentsWithoutStory(),
            (std::vector<std::string>{"aa00000000000001", "aa00000000000002", "aa00000000000003"}));
  EXPECT_TRUE(store.StoryMembers().empty());

  store.WriteStoryMembers({Member("aa00000000000002", "S1", "{\"a\":1}"),
                           Member("aa00000000000001", "S2", "{\"b\":2}")});
  EXPECT_EQ(store.DocumentsWithoutStory(), (std::vector<std::string>{"aa00000000000003"}));
  store.WriteStoryMembers(
      {Member("aa00000000000003", "S2", "{}", CopyKind::kTranslation, "aa00000000000001")});
  EXPECT_TRUE(store.DocumentsWithoutStory().empty());

  const std::vector<StoryMember> back = store.StoryMembers();
  ASSERT_EQ(back.size(), 3u);
  EXPECT_EQ(back[0].assignment.document, "aa00000000000002");
  EXPECT_EQ(back[0].assignment.story, "S1");
  EXPECT_EQ(back[0].profile, "{\"a\":1}");
  EXPECT_EQ(back[1].assignment.document, "aa00000000000001");
  EXPECT_DOUBLE_EQ(back[1].assignment.score, 0.42);
  EXPECT_EQ(back[2].assignment.copy, CopyKind::kTranslation);
  EXPECT_EQ(back[2].assignment.copy_of, "aa00000000000001");
  EXPECT_DOUBLE_EQ(back[2].assignment.copy_score, 0.91);
}

TEST_F(StoreStoriesTest, ABadMemberLeavesTheWholeBatchUnwritten) {
  Store store(path_);
  Write(store, {Note("bb00000000000001", "40 cars were swept away."),
                Note("bb00000000000002", "Schools closed in 12 towns.")});
  // The second member names a document that is not stored.
  EXPECT_THROW(store.WriteStoryMembers({Member("bb00000000000001", "S1", "{}"),
                                        Member("bb00000000000099", "S1", "{}")}),
               StoreError);
  EXPECT_TRUE(store.StoryMembers().empty());
  // A document given a story twice.
  store.WriteStoryMembers({Member("bb00000000000001", "S1", "{}")});
  EXPECT_THROW(store.WriteStoryMembers({Member("bb00000000000002", "S1", "{}"),
                                        Member("bb00000000000001", "S2", "{}")}),
               StoreError);
  const std::vector<StoryMember> back = store.StoryMembers();
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].assignment.story, "S1");
}

// A document bridging two stories folds the later one into the earlier:
// the stored members of the folded story move with the new members, in one
// transaction; a failing batch folds nothing.
TEST_F(StoreStoriesTest, AFoldMovesTheWholeStoryWithTheNewMembers) {
  Store store(path_);
  Write(store, {Note("dd00000000000001", "120 houses were flooded."),
                Note("dd00000000000002", "The river rose 3 metres."),
                Note("dd00000000000003", "Ferries stopped for 2 days."),
                Note("dd00000000000004", "Rain fell for 30 hours."),
                Note("dd00000000000005", "A dam held at 95 percent.")});
  store.WriteStoryMembers({Member("dd00000000000001", "S1", "{}"),
                           Member("dd00000000000002", "S2", "{}"),
                           Member("dd00000000000003", "S3", "{}")});
  // A bad batch (a document not stored) folds nothing.
  EXPECT_THROW(store.WriteStoryMembers({Member("dd00000000000099", "S1", "{}")}, {{"S2", "S1"}}),
               StoreError);
  EXPECT_EQ(store.StoryMembers()[1].assignment.story, "S2");

  store.WriteStoryMembers({Member("dd00000000000004", "S1", "{}")}, {{"S2", "S1"}});
  store.WriteStoryMembers({Member("dd00000000000005", "S3", "{}")});
  const std::vector<StoryMember> back = store.StoryMembers();
  ASSERT_EQ(back.size(), 5u);
  const std::vector<std::string> want = {"S1", "S1", "S3", "S1", "S3"};
  for (size_t i = 0; i < back.size(); ++i) {
    EXPECT_EQ(back[i].assignment.story, want[i]) << back[i].assignment.document;
  }
}

TEST_F(StoreStoriesTest, TheNounKeyOfAnOtherClaimIsKept) {
  Store store(path_);
  Write(store, {Note("cc00000000000001", "120 houses were flooded.")});
  std::optional<Document> back = store.Get("cc00000000000001");
  ASSERT_TRUE(back.has_value());
  ASSERT_EQ(back->claims.size(), 1u);
  EXPECT_EQ(back->claims[0].noun_key, "houses");
}

// A store of schema version 7 (no noun_key, no story tables) is migrated;
// its documents have no story yet and their claims an empty noun key.
TEST_F(StoreStoriesTest, MigratesAVersionSevenStore) {
  {
    Store store(path_);
    Write(store, {Note("dd00000000000001", "120 houses were flooded.")});
  }
  FirstColumn("DROP TABLE story_members");
  FirstColumn("ALTER TABLE claims DROP COLUMN noun_key");
  FirstColumn("PRAGMA user_version = 7");
  Store store(path_);
  EXPECT_EQ(store.schema_version(), Store::kSchemaVersion);
  EXPECT_EQ(store.DocumentsWithoutStory(), (std::vector<std::string>{"dd00000000000001"}));
  std::optional<Document> back = store.Get("dd00000000000001");
  ASSERT_TRUE(back.has_value());
  ASSERT_EQ(back->claims.size(), 1u);
  EXPECT_EQ(back->claims[0].noun_key, "");
}

}  // namespace
}  // namespace parallax
