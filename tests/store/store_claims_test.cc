// Tests for claims, quotes and citations in the store (schema version 7,
// store_claims.cc): a round trip through WriteBatch and Get, entity names
// turned into store ids, a name that is no entity kept as text, rows
// deleted with their document, and the migration from version 6. The
// documents are built by hand.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "parallax/store.h"
#include "store/store_file_test.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

class StoreClaimsTest : public testing::StoreFileTest {
 protected:
  void Write(Store& store, const Document& d) {
    int64_t run = store.BeginRun({"in"});
    store.WriteBatch(run, {d}, {});
  }

  // FirstColumn with foreign keys on.
  std::string Sql(const std::string& sql) { return FirstColumn(sql, true); }
};

Span Find(const std::string& text, const std::string& what) {
  size_t at = text.find(what);
  EXPECT_NE(at, std::string::npos) << what;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + what.size())};
}

// Two sentences about floods in one paragraph, with two entities (the
// agency and the town), two claims (the second a part of the first), a
// quote and a citation.
Document FloodReport() {
  Document d;
  d.id = "fe00000000000001";
  d.source = "flood.txt";
  d.format = "text";
  d.container = "file";
  d.charset = "UTF-8";
  d.charset_source = "utf8";
  d.lang = {"en", 0.9, true, "cld2", {}};
  const std::string s1 =
      "At least 40 people were evacuated from Kelso overnight, the Rivers Agency said.";
  const std::string s2 = "Twelve of them were taken to hospital, a spokeswoman, Ann Hale, said.";
  d.text = s1 + " " + s2;
  d.raw = d.text;
  d.text_to_raw = OffsetMap::Identity(d.text.size());
  d.paragraphs.push_back({{0, static_cast<uint32_t>(d.text.size())}, d.lang});
  d.sentences.push_back({{0, static_cast<uint32_t>(s1.size())}, 0});
  d.sentences.push_back(
      {{static_cast<uint32_t>(s1.size() + 1), static_cast<uint32_t>(d.text.size())}, 0});
  Entity agency;
  agency.name = "Rivers Agency";
  agency.type = EntityType::kOrganization;
  agency.keys = {"o:rivers agency"};
  agency.variants = {"Rivers Agency"};
  agency.mentions = {{Find(d.text, "Rivers Agency"), 0}};
  Entity town;
  town.name = "Kelso";
  town.type = EntityType::kPlace;
  town.keys = {"l:kelso"};
  town.variants = {"Kelso"};
  town.mentions = {{Find(d.text, "Kelso"), 0}};
  d.entities = {agency, town};

  Claim evacuated;
  evacuated.sentence = 0;
  evacuated.figure = Find(d.text, "At least 40");
  evacuated.span = {evacuated.figure.start, Find(d.text, "evacuated").end};
  evacuated.kind = ClaimKind::kEvacuated;
  evacuated.noun = "evacuated";
  evacuated.value = 40;
  evacuated.approx = Approx::kAtLeast;
  evacuated.group = "people";
  evacuated.group_text = "people";
  evacuated.place = "Kelso";
  evacuated.place_entity = "Kelso";
  evacuated.date = "2024-03-02";
  evacuated.attributed_to = "the Rivers Agency";
  evacuated.attributed_entity = "Rivers Agency";
  Claim hospital;
  hospital.sentence = 1;
  hospital.figure = Find(d.text, "Twelve");
  hospital.span = {hospital.figure.start, Find(d.text, "hospital").end};
  hospital.kind = ClaimKind::kHospitalised;
  hospital.noun = "taken to hospital";
  hospital.value = 12;
  hospital.group = "people";
  hospital.group_text = "of them";
  hospital.subset_of = 0;
  hospital.place = "Kelso";
  hospital.place_entity = "Somewhere Else";  // no entity of the document
  hospital.attributed_to = "Ann Hale";
  hospital.hedged = true;
  hospital.retracted = true;
  d.claims = {evacuated, hospital};

  Quote quote;
  quote.span = Find(d.text, "Twelve of them were taken to hospital");
  quote.sentence = 1;
  quote.sentence_end = 1;
  quote.direct = false;
  quote.speaker = "Ann Hale";
  quote.speaker_span = Find(d.text, "Ann Hale");
  quote.speaker_entity = "Ann Hale";
  d.quotes = {quote};
  Citation citation;
  citation.name = "Rivers Agency";
  citation.url = "https://rivers.example.org/";
  citation.entity = "Rivers Agency";
  citation.span = Find(d.text, "Rivers Agency");
  d.citations = {citation};
  return d;
}

TEST_F(StoreClaimsTest, ClaimsQuotesAndCitationsComeBackWithStoreEntityIds) {
  const Document in = FloodReport();
  Store store(path_);
  Write(store, in);
  std::optional<Document> back = store.Get(in.id);
  ASSERT_TRUE(back.has_value());
  ASSERT_EQ(back->entities.size(), 2u);  // by first mention: the town, then the agency
  EXPECT_EQ(back->entities[0].name, "Kelso");
  EXPECT_EQ(back->entities[1].name, "Rivers Agency");
  const std::string town_id = back->entities[0].id;
  const std::string agency_id = back->entities[1].id;
  EXPECT_NE(town_id, agency_id);

  std::vector<Claim> want = in.claims;
  want[0].attributed_entity = agency_id;
  want[0].place_entity = town_id;
  EXPECT_EQ(back->claims, want);
  EXPECT_EQ(back->claims[1].place_entity, "Somewhere Else");
  EXPECT_EQ(back->claims[1].subset_of, 0);

  std::vector<Quote> quotes = in.quotes;  // "Ann Hale" is no entity: kept as text
  EXPECT_EQ(back->quotes, quotes);
  std::vector<Citation> citations = in.citations;
  citations[0].entity = agency_id;
  EXPECT_EQ(back->citations, citations);

  // Reopened: the same.
  Store again(path_);
  std::optional<Document> reread = again.Get(in.id);
  ASSERT_TRUE(reread.has_value());
  EXPECT_EQ(reread->claims, want);
}

TEST_F(StoreClaimsTest, ADocumentWithoutClaimsReadsEmpty) {
  Document d = FloodReport();
  d.claims.clear();
  d.quotes.clear();
  d.citations.clear();
  Store store(path_);
  Write(store, d);
  std::optional<Document> back = store.Get(d.id);
  ASSERT_TRUE(back.has_value());
  EXPECT_TRUE(back->claims.empty());
  EXPECT_TRUE(back->quotes.empty());
  EXPECT_TRUE(back->citations.empty());
}

TEST_F(StoreClaimsTest, RowsAreDeletedWithTheirDocument) {
  const Document d = FloodReport();
  {
    Store store(path_);
    Write(store, d);
  }
  EXPECT_EQ(Sql("SELECT count(*) FROM claims"), "2");
  EXPECT_EQ(Sql("SELECT count(*) FROM quotes"), "1");
  EXPECT_EQ(Sql("SELECT count(*) FROM citations"), "1");
  Sql("DELETE FROM documents WHERE id = '" + d.id + "'");
  EXPECT_EQ(Sql("SELECT count(*) FROM claims"), "0");
  EXPECT_EQ(Sql("SELECT count(*) FROM quotes"), "0");
  EXPECT_EQ(Sql("SELECT count(*) FROM citations"), "0");
}

// A store of schema version 6 (no claim tables) is migrated; its documents
// read with no claims; documents written after keep theirs.
TEST_F(StoreClaimsTest, MigratesAVersionSixStore) {
  Document old = FloodReport();
  old.claims.clear();
  old.quotes.clear();
  old.citations.clear();
  {
    Store store(path_);
    Write(store, old);
  }
  Sql("DROP TABLE story_members");  // version 8
  Sql("DROP TABLE citations");
  Sql("DROP TABLE quotes");
  Sql("DROP TABLE claims");
  Sql("PRAGMA user_version = 6");
  Store store(path_);
  EXPECT_EQ(store.schema_version(), Store::kSchemaVersion);
  std::optional<Document> back = store.Get(old.id);
  ASSERT_TRUE(back.has_value());
  EXPECT_TRUE(back->claims.empty());
  Document fresh = FloodReport();
  fresh.id = "fe00000000000002";
  Write(store, fresh);
  std::optional<Document> got = store.Get(fresh.id);
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->claims.size(), 2u);
}

}  // namespace
}  // namespace parallax
