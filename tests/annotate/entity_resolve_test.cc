// Entities of one document (src/annotate/entity_resolve.h through
// include/parallax/entities.h): a surname alone joins the one full name
// with that surname (also in a Polish case form), two full names with one
// surname stay apart, an acronym spelled out in brackets is one entity
// with its later mentions, gazetteer names in several languages and
// scripts give one key, and a user gazetteer file adds entities and names.
// The sentences are written for this test; the facts are public record.
#include "annotate/entity_resolve.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/data_dir.h"
#include "parallax/entities.h"
#include "parallax/error.h"

namespace parallax {
namespace {

const EntityRecognizer& Recognizer() {
  static const EntityRecognizer* r = new EntityRecognizer(FindDataDir());
  return *r;
}

const EntityRecognizer& BareRecognizer() {
  static const EntityRecognizer* r = [] {
    EntityOptions o;
    o.bundled_gazetteer = false;
    return new EntityRecognizer(FindDataDir(), o);
  }();
  return *r;
}

std::string Surface(std::string_view text, const EntityMention& m) {
  return std::string(text.substr(m.span.start, m.span.end - m.span.start));
}

// The surfaces of each entity's mentions, for messages.
std::string Describe(std::string_view text, const std::vector<Entity>& entities) {
  std::string s;
  for (const Entity& e : entities) {
    s += "\n  " + e.name + " [" + std::string(EntityTypeName(e.type)) + "]:";
    for (const EntityMention& m : e.mentions) s += " {" + Surface(text, m) + "}";
  }
  return s;
}

// The entity one of whose mentions is `surface`, or null.
const Entity* EntityWith(std::string_view text, const std::vector<Entity>& entities,
                         const std::string& surface) {
  for (const Entity& e : entities) {
    for (const EntityMention& m : e.mentions) {
      if (Surface(text, m) == surface) return &e;
    }
  }
  return nullptr;
}

TEST(Resolve, SurnameAloneJoinsTheFullNameEn) {
  const std::string text =
      "President Kassym-Jomart Tokayev addressed the nation on Friday. Tokayev said order had "
      "been restored in Almaty.";
  const std::vector<Entity> es = Recognizer().RecognizeText(text, "en");
  const Entity* full = EntityWith(text, es, "Kassym-Jomart Tokayev");
  ASSERT_NE(full, nullptr) << Describe(text, es);
  EXPECT_EQ(EntityWith(text, es, "Tokayev"), full) << Describe(text, es);
  EXPECT_EQ(full->type, EntityType::kPerson);
  EXPECT_FALSE(full->partial);
  EXPECT_EQ(full->mentions.size(), 2u);
}

TEST(Resolve, SurnameAloneInGenitiveJoinsTheFullNamePl) {
  const std::string text =
      "Prezydent Kasym-Żomart Tokajew przyleciał w poniedziałek do Moskwy. Rzecznik Tokajewa nie "
      "skomentował przebiegu rozmów.";
  const std::vector<Entity> es = Recognizer().RecognizeText(text, "pl");
  const Entity* full = EntityWith(text, es, "Kasym-Żomart Tokajew");
  ASSERT_NE(full, nullptr) << Describe(text, es);
  EXPECT_EQ(EntityWith(text, es, "Tokajewa"), full) << Describe(text, es);
  EXPECT_EQ(full->type, EntityType::kPerson);
  EXPECT_EQ(full->variants, (std::vector<std::string>{"Kasym-Żomart Tokajew", "Tokajewa"}));
}

TEST(Resolve, SameSurnameDifferentGivenNamesStayApart) {
  const std::string text =
      "Heydar Aliyev led Azerbaijan until 2003. His son Ilham Aliyev succeeded him that year. "
      "Aliyev later visited Moscow.";
  const std::vector<Entity> es = Recognizer().RecognizeText(text, "en");
  const Entity* heydar = EntityWith(text, es, "Heydar Aliyev");
  const Entity* ilham = EntityWith(text, es, "Ilham Aliyev");
  const Entity* alone = EntityWith(text, es, "Aliyev");
  ASSERT_NE(heydar, nullptr) << Describe(text, es);
  ASSERT_NE(ilham, nullptr) << Describe(text, es);
  ASSERT_NE(alone, nullptr) << Describe(text, es);
  EXPECT_NE(heydar, ilham) << Describe(text, es);
  // The surname alone could be either: it joins neither.
  EXPECT_NE(alone, heydar) << Describe(text, es);
  EXPECT_NE(alone, ilham) << Describe(text, es);
  EXPECT_TRUE(alone->partial);
  EXPECT_FALSE(EntityRecognizer::Same(*heydar, *ilham));
}

TEST(Resolve, AcronymAndExpansionAreOneEntityWithLaterAcronym) {
  const std::string text =
      "The Collective Security Treaty Organization (CSTO) sent about 2,000 troops. By January 19 "
      "the CSTO had withdrawn them.";
  // Without the gazetteer: the brackets alone must join them.
  const std::vector<Entity> es = BareRecognizer().RecognizeText(text, "en");
  const Entity* org = EntityWith(text, es, "Collective Security Treaty Organization");
  ASSERT_NE(org, nullptr) << Describe(text, es);
  EXPECT_EQ(org->mentions.size(), 3u) << Describe(text, es);
  EXPECT_EQ(org->type, EntityType::kOrganization);
  EXPECT_FALSE(org->partial);
  for (const EntityMention& m : org->mentions) {
    const std::string s = Surface(text, m);
    EXPECT_TRUE(s == "CSTO" || s == "Collective Security Treaty Organization") << s;
  }
  // With it, the same grouping and the gazetteer's key.
  const std::vector<Entity> gz = Recognizer().RecognizeText(text, "en");
  const Entity* g = EntityWith(text, gz, "CSTO");
  ASSERT_NE(g, nullptr) << Describe(text, gz);
  EXPECT_EQ(g->mentions.size(), 3u) << Describe(text, gz);
  EXPECT_EQ(g->keys, std::vector<std::string>{"g:org:csto"});
}

// The gazetteer's names in three languages and two scripts give one key,
// alone and inside a sentence (in a case form).
TEST(Resolve, GazetteerNamesGiveOneKey) {
  struct Named {
    std::string name, lang;
  };
  const std::vector<std::pair<std::string, std::vector<Named>>> families = {
      {"g:city:almaty",
       {{"Almaty", "en"},
        {"Alma-Ata", "de"},
        {"Ałmaty", "pl"},
        {"Алматы", "ru"},
        {"Алматы", "kk"}}},
      {"g:org:csto",
       {{"CSTO", "en"},
        {"OVKS", "de"},
        {"ODKB", "pl"},
        {"OUBZ", "pl"},
        {"ОДКБ", "ru"},
        {"Organisation des Vertrags über kollektive Sicherheit", "de"}}},
  };
  for (const auto& [key, names] : families) {
    for (const Named& n : names) {
      const Entity e = Recognizer().EntityOfName(n.name, n.lang);
      EXPECT_EQ(e.keys, std::vector<std::string>{key}) << n.name << " (" << n.lang << ")";
      EXPECT_FALSE(e.partial) << n.name;
    }
  }
  const std::vector<std::pair<std::string, std::string>> sentences = {
      {"pl", "Protesty w Ałmaty trwały kilka dni, a siły ODKB pilnowały lotniska."},
      {"ru", "Протесты в Алматы продолжались несколько дней, а силы ОДКБ охраняли аэропорт."},
      {"de",
       "Die Proteste in Almaty dauerten mehrere Tage, Truppen der OVKS bewachten den "
       "Flughafen."},
  };
  for (const auto& [lang, text] : sentences) {
    const std::vector<Entity> es = Recognizer().RecognizeText(text, lang);
    std::vector<std::string> keys;
    for (const Entity& e : es) keys.insert(keys.end(), e.keys.begin(), e.keys.end());
    EXPECT_NE(std::find(keys.begin(), keys.end(), "g:city:almaty"), keys.end())
        << text << Describe(text, es);
    EXPECT_NE(std::find(keys.begin(), keys.end(), "g:org:csto"), keys.end())
        << text << Describe(text, es);
  }
}

// A temporary gazetteer file, removed at the end of the test.
class UserGazetteer : public testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("parallax_user_gazetteer_" + std::to_string(::getpid()) + ".tsv");
    std::ofstream out(path_);
    // A company the bundled gazetteer lacks, and the Czech name of a
    // bundled alliance.
    out << "# user gazetteer for entity_resolve_test\n"
        << "org:tengizchevroil\torganization\ten\tTengizchevroil\tname\n"
        << "org:tengizchevroil\torganization\ten\tTCO\tabbr\n"
        << "org:tengizchevroil\torganization\tru\tТенгизшевройл\tname\n"
        << "org:csto\torganization/alliance\tcs\tOrganizace Smlouvy o kolektivní "
           "bezpečnosti\tname\n";
  }
  void TearDown() override { std::filesystem::remove(path_); }
  std::filesystem::path path_;
};

TEST_F(UserGazetteer, AddsAnEntityAndNamesToABundledOne) {
  const std::string czech = "Organizace Smlouvy o kolektivní bezpečnosti";
  // Before: neither is known.
  EXPECT_NE(Recognizer().EntityOfName("Tengizchevroil", "en").keys,
            std::vector<std::string>{"g:org:tengizchevroil"});
  EXPECT_NE(Recognizer().EntityOfName(czech, "cs").keys, std::vector<std::string>{"g:org:csto"});

  EntityOptions options;
  options.gazetteer_files = {path_.string()};
  const EntityRecognizer user(FindDataDir(), options);
  for (const auto& [name, lang] : std::vector<std::pair<std::string, std::string>>{
           {"Tengizchevroil", "en"}, {"TCO", "en"}, {"Тенгизшевройл", "ru"}}) {
    const Entity e = user.EntityOfName(name, lang);
    EXPECT_EQ(e.keys, std::vector<std::string>{"g:org:tengizchevroil"}) << name;
    EXPECT_EQ(e.type, EntityType::kOrganization) << name;
    EXPECT_EQ(e.name, "Tengizchevroil") << name;
  }
  EXPECT_EQ(user.EntityOfName(czech, "cs").keys, std::vector<std::string>{"g:org:csto"});
  // The bundled names are still there.
  EXPECT_EQ(user.EntityOfName("ОДКБ", "ru").keys, std::vector<std::string>{"g:org:csto"});
  // And in running text.
  const std::string text = "Tengizchevroil said output at the Tengiz field was not affected.";
  const std::vector<Entity> es = user.RecognizeText(text, "en");
  const Entity* tco = EntityWith(text, es, "Tengizchevroil");
  ASSERT_NE(tco, nullptr) << Describe(text, es);
  EXPECT_EQ(tco->type, EntityType::kOrganization);
}

TEST(UserGazetteerFile, MissingFileThrowsDataError) {
  EntityOptions options;
  options.gazetteer_files = {"/nonexistent/parallax/no_such_gazetteer.tsv"};
  EXPECT_THROW(EntityRecognizer(FindDataDir(), options), DataError);
}

}  // namespace
}  // namespace parallax
