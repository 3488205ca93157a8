// Tests for entities in the store (schema version 6, store_entities.cc):
// resolution across documents by keys (shared key, partial before and after
// the complete name, ambiguous partial names, bridges), names and types,
// ids stable across reopening, migration from version 5, Get rebuilding a
// document's entities, the languages of variants, Store::Entities filters
// and FindEntity, and a failing batch leaving no entity rows. The documents
// and their entities are built by hand: the keys are opaque strings here.

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "parallax/error.h"
#include "parallax/store.h"
#include "store/store_file_test.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

class StoreEntitiesTest : public testing::StoreFileTest {
 protected:
  void Write(Store& store, const std::vector<Document>& docs) {
    int64_t run = store.BeginRun({"in"});
    for (const Document& d : docs) store.WriteBatch(run, {d}, {});
  }

  std::string Scalar(const std::string& sql) { return FirstColumn(sql); }
  void Exec(const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      ADD_FAILURE() << sql << ": " << (message ? message : "");
    }
    sqlite3_free(message);
    sqlite3_close(db);
  }
};

// A document whose paragraphs are `paragraphs` ({text, language, reliable}),
// one sentence each, in document language `lang`.
struct Para {
  std::string text;
  std::string lang;
  bool reliable = true;
};
Document MakeDoc(const std::string& id, const std::vector<Para>& paragraphs,
                 const std::string& lang) {
  Document d;
  d.id = id;
  d.source = id + ".txt";
  d.format = "text";
  d.container = "file";
  d.charset = "UTF-8";
  d.charset_source = "utf8";
  d.lang = {lang, 0.9, true, "cld2", {}};
  for (const Para& p : paragraphs) {
    if (!d.text.empty()) d.text += "\n\n";
    Span span{static_cast<uint32_t>(d.text.size()), 0};
    d.text += p.text;
    span.end = static_cast<uint32_t>(d.text.size());
    Paragraph& par = d.paragraphs.emplace_back();
    par.span = span;
    par.lang = {p.lang, 0.9, p.reliable, "cld2", {}};
    d.sentences.push_back({span, static_cast<uint32_t>(d.paragraphs.size() - 1)});
  }
  d.raw = d.text;
  d.text_to_raw = OffsetMap::Identity(d.text.size());
  return d;
}

// An entity of `d` named `name`, mentioned where each of `surfaces` occurs
// (each searched after the previous one), with its keys.
Entity MakeEntity(const Document& d, const std::string& name, EntityType type,
                  const std::vector<std::string>& surfaces, std::vector<std::string> keys,
                  std::vector<std::string> attach_keys = {}, bool partial = false) {
  Entity e;
  e.name = name;
  e.type = type;
  e.keys = std::move(keys);
  e.attach_keys = std::move(attach_keys);
  e.partial = partial;
  size_t from = 0;
  for (const std::string& s : surfaces) {
    size_t at = d.text.find(s, from);
    EXPECT_NE(at, std::string::npos) << s;
    if (at == std::string::npos) continue;
    from = at + s.size();
    EntityMention m{{static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.size())}, 0};
    for (size_t i = 0; i < d.sentences.size(); ++i) {
      if (d.sentences[i].span.start <= at && at < d.sentences[i].span.end) {
        m.sentence = static_cast<uint32_t>(i);
      }
    }
    e.mentions.push_back(m);
    if (std::find(e.variants.begin(), e.variants.end(), s) == e.variants.end()) {
      e.variants.push_back(s);
    }
  }
  return e;
}

// The store ids of a stored document's entities, in order.
std::vector<std::string> IdsOf(const Store& store, const std::string& doc_id) {
  std::optional<Document> d = store.Get(doc_id);
  EXPECT_TRUE(d.has_value()) << doc_id;
  std::vector<std::string> out;
  if (d) {
    for (const Entity& e : d->entities) out.push_back(e.id);
  }
  return out;
}

const char kTokayevKey[] = "p:tokaev|kasym";
const char kTokayevSurname[] = "s:tokaev";

Document GermanTokayev() {
  Document d = MakeDoc("de00000000000001",
                       {{"Präsident Kassym-Jomart Tokajew traf am Montag in Astana ein. "
                         "Tokajew sprach von einer schweren Lage.",
                         "de"}},
                       "de");
  d.entities.push_back(MakeEntity(d, "Kassym-Jomart Tokajew", EntityType::kPerson,
                                  {"Kassym-Jomart Tokajew", "Tokajew"}, {kTokayevKey},
                                  {kTokayevSurname}));
  return d;
}

Document RussianTokayev() {
  Document d = MakeDoc("ru00000000000002",
                       {{"Касым-Жомарт Токаев выступил с обращением к народу.", "ru"}}, "ru");
  d.entities.push_back(MakeEntity(d, "Касым-Жомарт Токаев", EntityType::kPerson,
                                  {"Касым-Жомарт Токаев"}, {kTokayevKey}, {kTokayevSurname}));
  return d;
}

// "Tokajewa" alone: a partial name (a surname in the Polish genitive).
Document PolishSurnameOnly() {
  Document d = MakeDoc("pl00000000000003",
                       {{"Według Tokajewa sytuacja w kraju jest pod kontrolą.", "pl"}}, "pl");
  d.entities.push_back(MakeEntity(d, "Tokajew", EntityType::kOther, {"Tokajewa"}, {kTokayevSurname},
                                  {}, /*partial=*/true));
  return d;
}

TEST_F(StoreEntitiesTest, TheSameKeyInTwoDocumentsIsOneEntity) {
  Store store(path_);
  Write(store, {GermanTokayev(), RussianTokayev()});
  std::optional<Document> de = store.Get("de00000000000001");
  ASSERT_TRUE(de.has_value());
  ASSERT_EQ(de->entities.size(), 1u);
  EXPECT_EQ(de->entities[0].id, "E1");
  EXPECT_EQ(IdsOf(store, "ru00000000000002"), std::vector<std::string>{"E1"});
  // The name of the first complete entity stays.
  EXPECT_EQ(de->entities[0].name, "Kassym-Jomart Tokajew");
  EXPECT_EQ(de->entities[0].type, EntityType::kPerson);
  std::vector<EntitySummary> all = store.Entities();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].documents, 2u);
  EXPECT_EQ(all[0].mentions, 3u);
  EXPECT_EQ(all[0].languages, (std::vector<std::string>{"de", "ru"}));
}

TEST_F(StoreEntitiesTest, AnEnglishCompleteNameReplacesTheFirstOneOnce) {
  Document en = MakeDoc("en00000000000004",
                        {{"President Kassym-Jomart Tokayev spoke on television.", "en"}}, "en");
  en.entities.push_back(MakeEntity(en, "Kassym-Jomart Tokayev", EntityType::kPerson,
                                   {"Kassym-Jomart Tokayev"}, {kTokayevKey}, {kTokayevSurname}));
  Document en2 = MakeDoc("en00000000000005",
                         {{"Kassym Jomart Tokayev, the president, flew to Moscow.", "en"}}, "en");
  en2.entities.push_back(MakeEntity(en2, "Kassym Jomart Tokayev", EntityType::kPerson,
                                    {"Kassym Jomart Tokayev"}, {kTokayevKey}, {kTokayevSurname}));
  Store store(path_);
  Write(store, {GermanTokayev(), en, RussianTokayev(), en2});
  std::vector<EntitySummary> all = store.Entities();
  ASSERT_EQ(all.size(), 1u);
  // The German name came first; the first English one replaces it, and a
  // later English spelling or another language does not replace that.
  EXPECT_EQ(all[0].name, "Kassym-Jomart Tokayev");
}

TEST_F(StoreEntitiesTest, APartialNameStoredFirstIsMergedWhenTheCompleteNameComes) {
  Store store(path_);
  Write(store, {PolishSurnameOnly()});
  EXPECT_EQ(IdsOf(store, "pl00000000000003"), std::vector<std::string>{"E1"});
  EXPECT_EQ(store.Entities()[0].name, "Tokajew");
  Write(store, {GermanTokayev()});
  // The partial entity joined the complete one: E1 resolves to E2.
  EXPECT_EQ(IdsOf(store, "pl00000000000003"), std::vector<std::string>{"E2"});
  EXPECT_EQ(IdsOf(store, "de00000000000001"), std::vector<std::string>{"E2"});
  std::vector<EntitySummary> all = store.Entities();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].id, "E2");
  EXPECT_EQ(all[0].name, "Kassym-Jomart Tokajew");  // the complete name wins
  EXPECT_EQ(all[0].type, EntityType::kPerson);      // the first type that is not `other`
  EXPECT_EQ(all[0].documents, 2u);
  EXPECT_EQ(all[0].languages, (std::vector<std::string>{"de", "pl"}));
  std::optional<EntitySummary> old = store.FindEntity("E1");
  ASSERT_TRUE(old.has_value());
  EXPECT_EQ(old->id, "E2");
  EXPECT_EQ(Scalar("SELECT merged_into FROM entities WHERE id = 1"), "2");
}

TEST_F(StoreEntitiesTest, APartialNameAfterTheCompleteNameJoinsIt) {
  Store store(path_);
  Write(store, {GermanTokayev(), PolishSurnameOnly()});
  EXPECT_EQ(IdsOf(store, "pl00000000000003"), std::vector<std::string>{"E1"});
  EXPECT_EQ(Scalar("SELECT count(*) FROM entities"), "1");
  std::optional<Document> pl = store.Get("pl00000000000003");
  ASSERT_TRUE(pl.has_value());
  EXPECT_EQ(pl->entities[0].name, "Kassym-Jomart Tokajew");
  EXPECT_EQ(pl->entities[0].variants, std::vector<std::string>{"Tokajewa"});
}

// Heydar Aliyev (president of Azerbaijan 1993-2003) and his son Ilham Aliyev
// (president since 2003) share the surname: "Aliyev" alone attaches to
// neither, before or after both are stored, and they stay two people.
TEST_F(StoreEntitiesTest, AnAmbiguousPartialNameStaysAnEntityOfItsOwn) {
  Document a = MakeDoc("a000000000000001",
                       {{"Ilham Aliyev met the delegation in Baku on Tuesday.", "en"}}, "en");
  a.entities.push_back(MakeEntity(a, "Ilham Aliyev", EntityType::kPerson, {"Ilham Aliyev"},
                                  {"p:aliev|ilham"}, {"s:aliev"}));
  Document b = MakeDoc(
      "b000000000000002",
      {{"The airport of Baku is named after Heydar Aliyev, who led the country until 2003.", "en"}},
      "en");
  b.entities.push_back(MakeEntity(b, "Heydar Aliyev", EntityType::kPerson, {"Heydar Aliyev"},
                                  {"p:aliev|heydar"}, {"s:aliev"}));
  Document c =
      MakeDoc("c000000000000003", {{"Aliyev did not answer questions afterwards.", "en"}}, "en");
  c.entities.push_back(MakeEntity(c, "Aliyev", EntityType::kPerson, {"Aliyev"}, {"s:aliev"}, {},
                                  /*partial=*/true));
  Document c2 = c;
  c2.id = "c200000000000004";
  Store store(path_);
  Write(store, {a, b, c});
  EXPECT_EQ(IdsOf(store, "a000000000000001"), std::vector<std::string>{"E1"});
  EXPECT_EQ(IdsOf(store, "b000000000000002"), std::vector<std::string>{"E2"});
  EXPECT_EQ(IdsOf(store, "c000000000000003"), std::vector<std::string>{"E3"});
  Write(store, {c2});  // the same partial name again: the same entity of its own
  EXPECT_EQ(IdsOf(store, "c200000000000004"), std::vector<std::string>{"E3"});
  EXPECT_EQ(store.Entities().size(), 3u);

  // Partial name first, then two complete names: the second makes it
  // ambiguous, so it is not merged into either.
  Store other((dir_ / "t.db").string());
  Write(other, {c, a});
  EXPECT_EQ(IdsOf(other, "c000000000000003"), std::vector<std::string>{"E2"});  // joined Ilham
  Write(other, {b, c2});
  EXPECT_EQ(IdsOf(other, "b000000000000002"), std::vector<std::string>{"E3"});
  // Now ambiguous: a new entity of its own.
  EXPECT_EQ(IdsOf(other, "c200000000000004"), std::vector<std::string>{"E4"});
}

// CSTO in one document and ОДКБ in another are two entities until a third
// document names the organisation with both keys (an acronym with its
// expansion): then they are one, under the oldest id, and the gazetteer's
// name replaces the first document's.
TEST_F(StoreEntitiesTest, AnEntityWithKeysOfTwoStoredEntitiesMergesThem) {
  Document en = MakeDoc("e000000000000001",
                        {{"CSTO troops began to leave Kazakhstan on Thursday.", "en"}}, "en");
  en.entities.push_back(
      MakeEntity(en, "CSTO", EntityType::kOrganization, {"CSTO"}, {"a:csto"}, {"s:csto"}));
  Document ru =
      MakeDoc("f000000000000002", {{"Миротворцы ОДКБ начали покидать Казахстан.", "ru"}}, "ru");
  ru.entities.push_back(MakeEntity(ru, "ОДКБ", EntityType::kOther, {"ОДКБ"}, {"a:odkb"}));
  Document both = MakeDoc(
      "g000000000000003",
      {{"Die OVKS (russisch ОДКБ, englisch CSTO) schickte Soldaten nach Almaty.", "de"}}, "de");
  both.entities.push_back(MakeEntity(both, "Collective Security Treaty Organization",
                                     EntityType::kOrganization, {"OVKS", "ОДКБ", "CSTO"},
                                     {"a:csto", "a:odkb", "g:csto"}));
  Store store(path_);
  Write(store, {en, ru});
  EXPECT_EQ(store.Entities().size(), 2u);
  Write(store, {both});
  for (const char* id : {"e000000000000001", "f000000000000002", "g000000000000003"}) {
    EXPECT_EQ(IdsOf(store, id), std::vector<std::string>{"E1"}) << id;
  }
  std::vector<EntitySummary> all = store.Entities();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].name, "Collective Security Treaty Organization");
  EXPECT_EQ(all[0].type, EntityType::kOrganization);
  EXPECT_EQ(all[0].documents, 3u);
  EXPECT_EQ(all[0].mentions, 5u);
  EXPECT_EQ(store.FindEntity("E2")->id, "E1");
  // Every row now refers to E1; E2's keys count for it.
  EXPECT_EQ(Scalar("SELECT group_concat(DISTINCT entity) FROM entity_mentions"), "1");
  EXPECT_EQ(Scalar("SELECT entity FROM entity_keys WHERE key = 'a:odkb'"), "1");
  EXPECT_EQ(Scalar("SELECT sum(count) FROM entity_variants WHERE entity = 1"), "5");
  EXPECT_EQ(Scalar("SELECT count(*) FROM entity_variants WHERE entity = 2"), "0");
  // A later document with ОДКБ alone finds E1.
  Document later = ru;
  later.id = "f100000000000004";
  Write(store, {later});
  EXPECT_EQ(IdsOf(store, later.id), std::vector<std::string>{"E1"});
}

TEST_F(StoreEntitiesTest, IdsAreStableAfterReopening) {
  {
    Store store(path_);
    Write(store, {PolishSurnameOnly(), GermanTokayev()});
  }
  Store store(path_);
  EXPECT_EQ(IdsOf(store, "de00000000000001"), std::vector<std::string>{"E2"});
  Write(store, {RussianTokayev()});
  EXPECT_EQ(IdsOf(store, "ru00000000000002"), std::vector<std::string>{"E2"});
  EXPECT_EQ(IdsOf(store, "pl00000000000003"), std::vector<std::string>{"E2"});
}

// A store written by schema version 5 (no entity tables) opens, is
// migrated, reads its old documents with no entities, and resolves the
// entities of documents written after.
TEST_F(StoreEntitiesTest, MigratesAVersionFiveStore) {
  Document old = GermanTokayev();
  old.entities.clear();
  {
    Store store(path_);
    Write(store, {old});
  }
  Exec(
      "DROP TABLE story_members; DROP TABLE citations; DROP TABLE quotes; DROP TABLE claims; "
      "DROP TABLE entity_variants; DROP TABLE entity_mentions; DROP TABLE entity_attach; "
      "DROP TABLE entity_keys; DROP TABLE entities; PRAGMA user_version = 5");
  Store store(path_);
  EXPECT_EQ(store.schema_version(), Store::kSchemaVersion);
  EXPECT_EQ(Scalar("PRAGMA user_version"), std::to_string(Store::kSchemaVersion));
  std::optional<Document> back = store.Get(old.id);
  ASSERT_TRUE(back.has_value());
  EXPECT_TRUE(back->entities.empty());
  EXPECT_TRUE(store.Entities().empty());
  Write(store, {RussianTokayev(), PolishSurnameOnly()});
  EXPECT_EQ(IdsOf(store, "ru00000000000002"), std::vector<std::string>{"E1"});
  EXPECT_EQ(IdsOf(store, "pl00000000000003"), std::vector<std::string>{"E1"});
}

// Two entities of one document merged by a later document come back as one,
// with the mentions of both in text order; entities come in the order of
// their first mention, variants in the order first seen, keys left empty.
TEST_F(StoreEntitiesTest, GetRebuildsTheEntitiesOfADocument) {
  Document d = MakeDoc("d000000000000001",
                       {{"In Almaty gathered crowds; the CSTO said Alma-Ata was calm.", "en"},
                        {"Almaty airport reopened. The CSTO left.", "en"}},
                       "en");
  // Listed out of text order on purpose: the CSTO first.
  d.entities.push_back(
      MakeEntity(d, "CSTO", EntityType::kOrganization, {"CSTO", "CSTO"}, {"a:csto"}));
  d.entities.push_back(
      MakeEntity(d, "Almaty", EntityType::kPlace, {"Almaty", "Almaty"}, {"n:almaty"}));
  d.entities.push_back(MakeEntity(d, "Alma-Ata", EntityType::kPlace, {"Alma-Ata"}, {"n:alma-ata"}));
  Document bridge = MakeDoc("d100000000000002",
                            {{"Алматы (бывшая Алма-Ата) осталась без интернета.", "ru"}}, "ru");
  bridge.entities.push_back(MakeEntity(bridge, "Almaty", EntityType::kPlace, {"Алматы", "Алма-Ата"},
                                       {"g:almaty", "n:almaty", "n:alma-ata"}));
  Store store(path_);
  Write(store, {d});
  std::optional<Document> before = store.Get(d.id);
  ASSERT_TRUE(before.has_value());
  ASSERT_EQ(before->entities.size(), 3u);
  EXPECT_EQ(before->entities[0].name, "Almaty");  // first mentioned
  EXPECT_EQ(before->entities[0].id, "E2");
  EXPECT_EQ(before->entities[1].id, "E1");
  EXPECT_EQ(before->entities[2].id, "E3");
  EXPECT_TRUE(before->entities[0].keys.empty());
  EXPECT_TRUE(before->entities[0].attach_keys.empty());

  Write(store, {bridge});
  std::optional<Document> after = store.Get(d.id);
  ASSERT_TRUE(after.has_value());
  ASSERT_EQ(after->entities.size(), 2u);
  const Entity& city = after->entities[0];
  EXPECT_EQ(city.id, "E2");
  EXPECT_EQ(city.name, "Almaty");
  EXPECT_EQ(city.type, EntityType::kPlace);
  EXPECT_EQ(city.variants, (std::vector<std::string>{"Almaty", "Alma-Ata"}));
  ASSERT_EQ(city.mentions.size(), 3u);
  EXPECT_LT(city.mentions[0].span.start, city.mentions[1].span.start);
  EXPECT_LT(city.mentions[1].span.start, city.mentions[2].span.start);
  EXPECT_EQ(city.mentions[2].sentence, 1u);
  EXPECT_EQ(d.text.substr(city.mentions[1].span.start,
                          city.mentions[1].span.end - city.mentions[1].span.start),
            "Alma-Ata");
  EXPECT_EQ(after->entities[1].id, "E1");
  EXPECT_EQ(after->entities[1].mentions.size(), 2u);
  EXPECT_EQ(store.FindEntity("e3")->id, "E2");
}

// A mention counts under its paragraph's language when that one is
// reliable, else under the document's.
TEST_F(StoreEntitiesTest, VariantsAreCountedUnderTheLanguageOfTheirParagraph) {
  Document d = MakeDoc("ab00000000000001",
                       {{"Tokajew sagte am Abend wenig.", "de", true},
                        {"Tokajew: kurz.", "pl", false},
                        {"Tokajew spoke briefly, and Tokajew left.", "en", true}},
                       "de");
  d.entities.push_back(MakeEntity(d, "Tokajew", EntityType::kPerson,
                                  {"Tokajew", "Tokajew", "Tokajew", "Tokajew"}, {kTokayevKey}));
  Store store(path_);
  Write(store, {d});
  std::optional<EntitySummary> e = store.FindEntity("E1");
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->mentions, 4u);
  EXPECT_EQ(e->documents, 1u);
  EXPECT_EQ(e->variants, (std::vector<EntityVariant>{{"Tokajew", "de", 2}, {"Tokajew", "en", 2}}));
  EXPECT_EQ(e->languages, (std::vector<std::string>{"de", "en"}));
}

TEST_F(StoreEntitiesTest, EntitiesAreFilteredAndOrdered) {
  Document almaty = MakeDoc("aa00000000000005", {{"In Almaty schneite es.", "de"}}, "de");
  almaty.entities.push_back(
      MakeEntity(almaty, "Almaty", EntityType::kPlace, {"Almaty"}, {"g:almaty"}));
  Store store(path_);
  Write(store, {GermanTokayev(), RussianTokayev(), almaty});
  std::vector<EntitySummary> all = store.Entities();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].name, "Kassym-Jomart Tokajew");  // two documents before one
  EXPECT_EQ(all[1].name, "Almaty");

  EntityQuery places;
  places.type = EntityType::kPlace;
  ASSERT_EQ(store.Entities(places).size(), 1u);
  EXPECT_EQ(store.Entities(places)[0].id, "E2");
  EntityQuery organizations;
  organizations.type = EntityType::kOrganization;
  EXPECT_TRUE(store.Entities(organizations).empty());

  EntityQuery two_docs;
  two_docs.min_documents = 2;
  ASSERT_EQ(store.Entities(two_docs).size(), 1u);
  EXPECT_EQ(store.Entities(two_docs)[0].id, "E1");

  // The name filter: any case, over the name and every variant.
  for (const char* needle : {"tokajew", "TOKAJEW", "токаев", "КАСЫМ-ЖОМАРТ", "jomart t"}) {
    EntityQuery q;
    q.name = needle;
    std::vector<EntitySummary> got = store.Entities(q);
    ASSERT_EQ(got.size(), 1u) << needle;
    EXPECT_EQ(got[0].id, "E1") << needle;
  }
  EntityQuery nobody;
  nobody.name = "Nazarbayev";
  EXPECT_TRUE(store.Entities(nobody).empty());

  EntityQuery one;
  one.limit = 1;
  ASSERT_EQ(store.Entities(one).size(), 1u);
  EXPECT_EQ(store.Entities(one)[0].id, "E1");

  EXPECT_FALSE(store.FindEntity("E99").has_value());
  for (const char* bad : {"", "E", "1", "E-1", "E0", "E1x", "X1"}) {
    EXPECT_FALSE(store.FindEntity(bad).has_value()) << bad;
  }
}

// A batch that fails after a document's entities were resolved and written
// leaves no entity rows, and the store is usable afterwards.
TEST_F(StoreEntitiesTest, AFailingBatchLeavesNoEntityRows) {
  Store store(path_);
  int64_t run = store.BeginRun({"in"});
  Document bad = RussianTokayev();
  Exec(
      "CREATE TRIGGER test_fail BEFORE INSERT ON entity_variants "
      "WHEN NEW.lang = 'ru' BEGIN SELECT RAISE(ABORT, 'deliberate failure'); END");
  EXPECT_THROW(store.WriteBatch(run, {GermanTokayev(), bad}, {}), StoreError);
  for (const char* table :
       {"entities", "entity_keys", "entity_attach", "entity_mentions", "entity_variants"}) {
    EXPECT_EQ(Scalar(std::string("SELECT count(*) FROM ") + table), "0") << table;
  }
  Exec("DROP TRIGGER test_fail");
  EXPECT_EQ(store.WriteBatch(run, {GermanTokayev(), bad}, {}), 2u);
  EXPECT_EQ(IdsOf(store, bad.id), std::vector<std::string>{"E1"});
}

}  // namespace
}  // namespace parallax
