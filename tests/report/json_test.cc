// Tests for the JSON report (include/parallax/report.h): each paragraph's
// "kind", the names of the kinds (document.h), and that docs/parallax.schema.json
// allows exactly those names.

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "parallax/document.h"
#include "parallax/report.h"

namespace parallax {
namespace {

using nlohmann::json;

TEST(ParagraphKindNames, EveryKindHasANameThatReadsBack) {
  EXPECT_EQ(ParagraphKindName(ParagraphKind::kText), "text");
  EXPECT_EQ(ParagraphKindName(ParagraphKind::kTitle), "title");
  EXPECT_EQ(ParagraphKindName(ParagraphKind::kHeading), "heading");
  for (ParagraphKind k : {ParagraphKind::kText, ParagraphKind::kTitle, ParagraphKind::kHeading}) {
    EXPECT_EQ(ParagraphKindFromName(ParagraphKindName(k)), k) << ParagraphKindName(k);
  }
}

TEST(ParagraphKindNames, OtherStringsAreNotKinds) {
  for (const char* name : {"", "Title", "TEXT", "headline", "heading ", " text", "h1", "titl"}) {
    EXPECT_FALSE(ParagraphKindFromName(name).has_value()) << '"' << name << '"';
  }
}

// A small document of three paragraphs: a headline, a heading, running text.
Document ThreeParagraphs() {
  Document d;
  d.id = "5e5e5e5e00001111";
  d.source = "harbour.html";
  d.format = "html";
  d.title = "Ferry back in service";
  d.text = "Ferry back in service\n\nTimetable\n\nBoats leave every hour from nine.";
  d.paragraphs = {{{0, 21}, {}, ParagraphKind::kTitle},
                  {{23, 32}, {}, ParagraphKind::kHeading},
                  {{34, 67}, {}, ParagraphKind::kText}};
  d.sentences = {{{34, 67}, 2}};
  d.text_to_raw.Add(0, d.text.size(), 0, d.text.size());
  d.raw = d.text;
  return d;
}

TEST(JsonReport, EachParagraphSaysItsKind) {
  Document d = ThreeParagraphs();
  ASSERT_EQ(d.text.size(), 67u);
  json j = DocumentToJson(d);
  ASSERT_EQ(j["paragraphs"].size(), 3u);
  EXPECT_EQ(j["paragraphs"][0]["kind"], "title");
  EXPECT_EQ(j["paragraphs"][1]["kind"], "heading");
  EXPECT_EQ(j["paragraphs"][2]["kind"], "text");
  EXPECT_EQ(j["paragraphs"][1]["start"], 23);
  EXPECT_EQ(j["paragraphs"][1]["end"], 32);
  // A paragraph left at its default is running text.
  d.paragraphs[0].kind = Paragraph{}.kind;
  EXPECT_EQ(DocumentToJson(d)["paragraphs"][0]["kind"], "text");
}

// The schema's enum and the code's names are the same set, so a kind added
// to one and not the other fails here before it fails a consumer.
TEST(JsonReport, SchemaAllowsExactlyTheKindNames) {
  std::ifstream in(std::string(PARALLAX_SOURCE_DIR) + "/docs/parallax.schema.json");
  ASSERT_TRUE(in) << "docs/parallax.schema.json";
  json schema = json::parse(in);
  const json& paragraph = schema["$defs"]["document"]["properties"]["paragraphs"]["items"];
  std::vector<std::string> required = paragraph["required"].get<std::vector<std::string>>();
  EXPECT_NE(std::find(required.begin(), required.end(), "kind"), required.end());
  std::vector<std::string> allowed = paragraph["properties"]["kind"]["enum"];
  std::vector<std::string> names;
  for (ParagraphKind k : {ParagraphKind::kText, ParagraphKind::kTitle, ParagraphKind::kHeading}) {
    names.emplace_back(ParagraphKindName(k));
  }
  std::sort(allowed.begin(), allowed.end());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(allowed, names);
  // Every key the report writes for a paragraph is one the schema knows.
  const json report = DocumentToJson(ThreeParagraphs());
  for (const auto& [key, value] : report["paragraphs"][0].items()) {
    EXPECT_TRUE(paragraph["properties"].contains(key)) << key;
  }
}

// The figure names read back, and the schema's enums are the same sets.
TEST(JsonReport, FigureNamesReadBackAndMatchTheSchema) {
  std::ifstream in(std::string(PARALLAX_SOURCE_DIR) + "/docs/parallax.schema.json");
  ASSERT_TRUE(in) << "docs/parallax.schema.json";
  json schema = json::parse(in);
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  std::vector<std::string> kinds, approxes, bases;
  for (int i = 0; i < 6; ++i) {
    auto k = static_cast<QuantityKind>(i);
    kinds.emplace_back(QuantityKindName(k));
    EXPECT_EQ(QuantityKindFromName(QuantityKindName(k)), k);
  }
  for (int i = 0; i < 8; ++i) {
    auto a = static_cast<Approx>(i);
    approxes.emplace_back(ApproxName(a));
    EXPECT_EQ(ApproxFromName(ApproxName(a)), a);
  }
  for (int i = 0; i < 4; ++i) {
    auto b = static_cast<DateBasis>(i);
    bases.emplace_back(DateBasisName(b));
    EXPECT_EQ(DateBasisFromName(DateBasisName(b)), b);
  }
  EXPECT_EQ(sorted(schema["$defs"]["quantity"]["properties"]["kind"]["enum"]), sorted(kinds));
  EXPECT_EQ(sorted(schema["$defs"]["quantity"]["properties"]["approx"]["enum"]), sorted(approxes));
  EXPECT_EQ(sorted(schema["$defs"]["date"]["properties"]["basis"]["enum"]), sorted(bases));
  for (const char* name : {"", "Exact", "about ", "atleast", "count", "relative_date"}) {
    EXPECT_FALSE(ApproxFromName(name).has_value()) << name;
    EXPECT_FALSE(QuantityKindFromName(name).has_value()) << name;
    EXPECT_FALSE(DateBasisFromName(name).has_value()) << name;
  }
}

// Quantities and dates carry their text, offsets in text and raw bytes, and
// their values: whole figures as integers, a count's unit and an unresolved
// date's value as null.
TEST(JsonReport, QuantitiesAndDatesWithTheirTextAndValues) {
  Document d = ThreeParagraphs();
  // "Boats leave every hour from nine." gets two invented figures.
  d.quantities.push_back(
      {{34, 39}, 0, QuantityKind::kNumber, 18, std::nullopt, "", Approx::kExact, {34, 39}});
  // The second's figure starts after a word (as after a qualifier); the
  // third has none (built by hand): its span stands for it.
  d.quantities.push_back(
      {{40, 45}, 0, QuantityKind::kMoney, 2.5e6, 3e6, "USD", Approx::kRange, {42, 45}});
  d.quantities.push_back(
      {{46, 50}, 0, QuantityKind::kPercent, 12.5, std::nullopt, "%", Approx::kMoreThan, {}});
  d.dates.push_back({{51, 56}, 0, "2022-01-06", "", DateBasis::kAbsolute, true, "year slip"});
  d.dates.push_back({{57, 61}, 0, "", "", DateBasis::kRelative, false, "no reference date"});
  json j = DocumentToJson(d);
  ASSERT_EQ(j["quantities"].size(), 3u);
  const json& q0 = j["quantities"][0];
  EXPECT_EQ(q0["text"], "Boats");
  EXPECT_EQ(q0["kind"], "number");
  EXPECT_TRUE(q0["value"].is_number_integer());
  EXPECT_EQ(q0["value"], 18);
  EXPECT_TRUE(q0["value_max"].is_null());
  EXPECT_TRUE(q0["unit"].is_null());
  EXPECT_EQ(q0["approx"], "exact");
  EXPECT_EQ(q0["raw_start"], 34);
  EXPECT_EQ(q0["sentence"], 0);
  EXPECT_EQ(j["quantities"][1]["value"], 2500000);
  EXPECT_EQ(j["quantities"][1]["value_max"], 3000000);
  EXPECT_EQ(j["quantities"][1]["unit"], "USD");
  EXPECT_TRUE(j["quantities"][2]["value"].is_number_float());
  EXPECT_DOUBLE_EQ(j["quantities"][2]["value"].get<double>(), 12.5);
  EXPECT_EQ(q0["figure_start"], 34);
  EXPECT_EQ(q0["figure_end"], 39);
  EXPECT_EQ(j["quantities"][1]["figure_raw_start"], 42);  // this document's text is its input
  EXPECT_EQ(j["quantities"][1]["figure_raw_end"], 45);
  EXPECT_EQ(j["quantities"][1]["figure_start"], 42);
  EXPECT_EQ(j["quantities"][1]["figure_end"], 45);
  EXPECT_EQ(j["quantities"][2]["figure_start"], 46);
  EXPECT_EQ(j["quantities"][2]["figure_end"], 50);
  ASSERT_EQ(j["dates"].size(), 2u);
  EXPECT_EQ(j["dates"][0]["value"], "2022-01-06");
  EXPECT_TRUE(j["dates"][0]["value_max"].is_null());
  EXPECT_EQ(j["dates"][0]["suspect"], true);
  EXPECT_EQ(j["dates"][0]["reason"], "year slip");
  EXPECT_EQ(j["dates"][0]["basis"], "absolute");
  EXPECT_TRUE(j["dates"][1]["value"].is_null());
  EXPECT_EQ(j["dates"][1]["reason"], "no reference date");
  // No figures: empty arrays, never missing.
  json none = DocumentToJson(ThreeParagraphs());
  EXPECT_TRUE(none["quantities"].is_array() && none["quantities"].empty());
  EXPECT_TRUE(none["dates"].is_array() && none["dates"].empty());
}

// Entities carry their store id, name, type, variants and mentions with
// offsets in text and raw bytes; an unresolved id is null; the schema knows
// every key and exactly the type names.
TEST(JsonReport, EntitiesWithTheirMentions) {
  Document d = ThreeParagraphs();
  Entity boats;
  boats.id = "E7";
  boats.name = "Boats";
  boats.type = EntityType::kOrganization;
  boats.variants = {"Boats"};
  boats.mentions = {{{34, 39}, 0}};
  Entity nine;
  nine.name = "nine";
  nine.variants = {"nine"};
  nine.mentions = {{{62, 66}, 0}};
  d.entities = {boats, nine};
  json j = DocumentToJson(d);
  ASSERT_EQ(j["entities"].size(), 2u);
  const json& e = j["entities"][0];
  EXPECT_EQ(e["id"], "E7");
  EXPECT_EQ(e["name"], "Boats");
  EXPECT_EQ(e["type"], "organization");
  EXPECT_EQ(e["variants"], json::array({"Boats"}));
  ASSERT_EQ(e["mentions"].size(), 1u);
  EXPECT_EQ(e["mentions"][0]["text"], "Boats");
  EXPECT_EQ(e["mentions"][0]["start"], 34);
  EXPECT_EQ(e["mentions"][0]["end"], 39);
  EXPECT_EQ(e["mentions"][0]["raw_start"], 34);
  EXPECT_EQ(e["mentions"][0]["raw_end"], 39);
  EXPECT_EQ(e["mentions"][0]["sentence"], 0);
  EXPECT_TRUE(j["entities"][1]["id"].is_null());
  EXPECT_EQ(j["entities"][1]["type"], "other");
  EXPECT_TRUE(DocumentToJson(ThreeParagraphs())["entities"].empty());

  std::ifstream in(std::string(PARALLAX_SOURCE_DIR) + "/docs/parallax.schema.json");
  ASSERT_TRUE(in) << "docs/parallax.schema.json";
  json schema = json::parse(in);
  const json& entity = schema["$defs"]["entity"];
  for (const auto& [key, value] : e.items()) {
    EXPECT_TRUE(entity["properties"].contains(key)) << key;
  }
  for (const auto& [key, value] : e["mentions"][0].items()) {
    EXPECT_TRUE(entity["properties"]["mentions"]["items"]["properties"].contains(key)) << key;
  }
  std::vector<std::string> types, allowed = entity["properties"]["type"]["enum"];
  for (int i = 0; i < 4; ++i) {
    auto t = static_cast<EntityType>(i);
    types.emplace_back(EntityTypeName(t));
    EXPECT_EQ(EntityTypeFromName(EntityTypeName(t)), t);
  }
  std::sort(types.begin(), types.end());
  std::sort(allowed.begin(), allowed.end());
  EXPECT_EQ(types, allowed);
  EXPECT_FALSE(EntityTypeFromName("Person").has_value());
  EXPECT_FALSE(EntityTypeFromName("").has_value());
}

}  // namespace
}  // namespace parallax
