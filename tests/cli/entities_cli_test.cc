// `parallax entities` and `parallax show ID --entities` on a store written
// here through the Store API with documents whose entities are built by hand
// (keys are opaque strings), so the commands are tested apart from the
// recogniser.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_run.h"
#include "parallax/store.h"

namespace fs = std::filesystem;

namespace {

using parallax::Document;
using parallax::Entity;
using parallax::EntityType;

using parallax::cli_test::Outcome;
using parallax::cli_test::Slurp;

// A one-paragraph document in `lang` naming `entities` ({name, type, the
// surface searched in the text, key}).
struct Named {
  std::string name;
  EntityType type;
  std::string surface;
  std::string key;
};
Document MakeDoc(const std::string& id, const std::string& text, const std::string& lang,
                 const std::vector<Named>& entities) {
  Document d = parallax::cli_test::OneSentenceDoc(id, text, lang);
  for (const Named& n : entities) {
    Entity e;
    e.name = n.name;
    e.type = n.type;
    e.keys = {n.key};
    size_t at = text.find(n.surface);
    EXPECT_NE(at, std::string::npos) << n.surface;
    e.mentions.push_back(
        {{static_cast<uint32_t>(at), static_cast<uint32_t>(at + n.surface.size())}, 0});
    e.variants = {n.surface};
    d.entities.push_back(e);
  }
  return d;
}

class EntitiesCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("parallax-entities-cli-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    parallax::Store store((dir_ / "s.db").string());
    int64_t run = store.BeginRun({"test"});
    store.WriteBatch(
        run,
        {MakeDoc("d100000000000001",
                 "Präsident Tokajew empfing in Almaty eine Delegation der OVKS.", "de",
                 {{"Kassym-Jomart Tokajew", EntityType::kPerson, "Tokajew", "p:tokaev"},
                  {"Almaty", EntityType::kPlace, "Almaty", "g:almaty"},
                  {"CSTO", EntityType::kOrganization, "OVKS", "g:csto"}}),
         MakeDoc("d200000000000002", "Токаев провёл совещание в Алма-Ате.", "ru",
                 {{"Токаев", EntityType::kPerson, "Токаев", "p:tokaev"},
                  {"Almaty", EntityType::kPlace, "Алма-Ате", "g:almaty"}}),
         MakeDoc("d300000000000003", "Tokayev addressed the nation on Friday.", "en",
                 {{"Tokayev", EntityType::kPerson, "Tokayev", "p:tokaev"}})},
        {});
  }
  void TearDown() override { fs::remove_all(dir_); }

  Outcome Run(const std::string& args) { return parallax::cli_test::RunParallax(dir_, args); }

  fs::path dir_;
};

TEST_F(EntitiesCliTest, ListsEntitiesWithDocumentsLanguagesAndVariants) {
  Outcome o = Run("--db s.db entities");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  std::istringstream lines(o.out);
  std::vector<std::string> rows;
  for (std::string line; std::getline(lines, line);) rows.push_back(line);
  ASSERT_EQ(rows.size(), 5u) << o.out;  // header, three entities, count
  EXPECT_EQ(rows[1].rfind("E1", 0), 0u) << rows[1];
  EXPECT_NE(rows[1].find("person"), std::string::npos) << rows[1];
  EXPECT_NE(rows[1].find("de,en,ru"), std::string::npos) << rows[1];
  EXPECT_NE(rows[1].find("Kassym-Jomart Tokajew: "), std::string::npos) << rows[1];
  EXPECT_NE(rows[1].find("Токаев"), std::string::npos) << rows[1];
  EXPECT_NE(rows[2].find("Almaty: "), std::string::npos) << rows[2];
  EXPECT_NE(rows[2].find("Алма-Ате"), std::string::npos) << rows[2];
  EXPECT_NE(rows[3].find("CSTO: OVKS"), std::string::npos) << rows[3];
  EXPECT_EQ(rows[4], "3 entities");
}

TEST_F(EntitiesCliTest, FiltersAndLimit) {
  Outcome places = Run("--db s.db entities --type place");
  ASSERT_EQ(places.exit_code, 0) << places.err;
  EXPECT_NE(places.out.find("Almaty"), std::string::npos);
  EXPECT_EQ(places.out.find("Tokajew"), std::string::npos);
  EXPECT_NE(places.out.find("1 entity\n"), std::string::npos) << places.out;

  Outcome two = Run("--db s.db entities --min-docs 3");
  EXPECT_NE(two.out.find("Tokajew"), std::string::npos);
  EXPECT_EQ(two.out.find("Almaty"), std::string::npos);

  Outcome name = Run("--db s.db entities --name АЛМА");
  EXPECT_NE(name.out.find("Almaty"), std::string::npos) << name.out;
  EXPECT_NE(name.out.find("1 entity\n"), std::string::npos) << name.out;

  Outcome limited = Run("--db s.db entities --limit 1");
  EXPECT_NE(limited.out.find("1 entity (--limit 0 lists all)"), std::string::npos) << limited.out;

  EXPECT_EQ(Run("--db s.db entities --type animal").exit_code, 2);
  EXPECT_EQ(Run("--db missing.db entities").exit_code, 3);
}

TEST_F(EntitiesCliTest, JsonListsEveryEntityWithItsVariants) {
  Outcome o = Run("--db s.db entities --json --limit 1");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  nlohmann::json j = nlohmann::json::parse(o.out);
  ASSERT_EQ(j.size(), 3u);  // --json lists all
  EXPECT_EQ(j[0]["id"], "E1");
  EXPECT_EQ(j[0]["type"], "person");
  EXPECT_EQ(j[0]["documents"], 3);
  EXPECT_EQ(j[0]["mentions"], 3);
  EXPECT_EQ(j[0]["languages"].size(), 3u);
  ASSERT_EQ(j[0]["variants"].size(), 3u);
  EXPECT_TRUE(j[0]["variants"][0].contains("text"));
  EXPECT_TRUE(j[0]["variants"][0].contains("lang"));
  EXPECT_EQ(j[0]["variants"][0]["count"], 1);
}

TEST_F(EntitiesCliTest, ShowListsEntitiesWithTheirMentionsInContext) {
  Outcome o = Run("--db s.db show d100 --entities");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_NE(o.out.find("entities:  3\n"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("E1 person Kassym-Jomart Tokajew (1 mention: Tokajew)"), std::string::npos)
      << o.out;
  EXPECT_NE(o.out.find("Präsident [Tokajew] empfing in Almaty"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("E3 organization CSTO"), std::string::npos) << o.out;
  nlohmann::json j = nlohmann::json::parse(Run("--db s.db show --json d200").out);
  ASSERT_EQ(j["entities"].size(), 2u);
  EXPECT_EQ(j["entities"][0]["id"], "E1");
  EXPECT_EQ(j["entities"][1]["id"], "E2");
  EXPECT_EQ(j["entities"][1]["mentions"][0]["text"], "Алма-Ате");
  EXPECT_EQ(Run("entities --help").exit_code, 0);
}

}  // namespace
