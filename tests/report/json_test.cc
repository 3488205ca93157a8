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

}  // namespace
}  // namespace parallax
