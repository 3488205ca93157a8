// Tests for the claims, quotes and citations of the JSON report
// (src/report/json.cc): ids, subset_of, the figure's offsets in the text
// and the raw bytes, the sentence, nulls for empty fields, empty arrays.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "parallax/document.h"
#include "parallax/report.h"

namespace parallax {
namespace {

Span Find(const std::string& text, const std::string& what) {
  size_t at = text.find(what);
  EXPECT_NE(at, std::string::npos) << what;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + what.size())};
}

TEST(ClaimsJson, ClaimsQuotesAndCitations) {
  Document d;
  d.id = "ab00000000000001";
  // The raw bytes have a BOM (3 bytes) in front of the text.
  d.text = "Nine miners died; four of them were rescuers. \"We did all we could,\" said Ole Berg.";
  d.raw = "\xEF\xBB\xBF" + d.text;
  d.text_to_raw.Add(0, d.text.size(), 3, d.text.size());
  const uint32_t first_end = static_cast<uint32_t>(d.text.find('.') + 1);
  d.sentences = {{{0, first_end}, 0}, {{first_end + 1, static_cast<uint32_t>(d.text.size())}, 0}};
  Claim all;
  all.figure = Find(d.text, "Nine");
  all.span = {all.figure.start, Find(d.text, "died").end};
  all.kind = ClaimKind::kKilled;
  all.noun = "died";
  all.value = 9;
  all.group = "people";
  all.group_text = "miners";
  Claim part = all;
  part.figure = Find(d.text, "four");
  part.value = 4;
  part.approx = Approx::kExact;
  part.subset_of = 0;
  part.attributed_to = "Ole Berg";
  part.attributed_entity = "E3";
  part.hedged = true;
  d.claims = {all, part};
  Quote q;
  q.span = Find(d.text, "We did all we could,");
  q.sentence = 1;
  q.sentence_end = 1;
  q.speaker = "Ole Berg";
  d.quotes = {q};
  Citation c;
  c.name = "NRK";
  c.url = "https://www.nrk.no/";
  d.citations = {c};

  nlohmann::json j = DocumentToJson(d);
  ASSERT_EQ(j["claims"].size(), 2u);
  const nlohmann::json& a = j["claims"][0];
  EXPECT_EQ(a["id"], "ab00000000000001:c1");
  EXPECT_EQ(a["kind"], "killed");
  EXPECT_EQ(a["value"], 9);
  EXPECT_TRUE(a["value_max"].is_null());
  EXPECT_TRUE(a["unit"].is_null());
  EXPECT_EQ(a["approx"], "exact");
  EXPECT_EQ(a["group"], "people");
  EXPECT_EQ(a["group_text"], "miners");
  EXPECT_TRUE(a["subset_of"].is_null());
  EXPECT_TRUE(a["attributed_to"].is_null());
  EXPECT_EQ(a["start"], 0);
  EXPECT_EQ(a["end"], 4);
  EXPECT_EQ(a["raw_start"], 3);
  EXPECT_EQ(a["raw_end"], 7);
  EXPECT_EQ(a["text"], "Nine miners died; four of them were rescuers.");
  const nlohmann::json& b = j["claims"][1];
  EXPECT_EQ(b["id"], "ab00000000000001:c2");
  EXPECT_EQ(b["subset_of"], "ab00000000000001:c1");
  EXPECT_EQ(b["attributed_to"], "Ole Berg");
  EXPECT_EQ(b["attributed_entity"], "E3");
  EXPECT_EQ(b["hedged"], true);
  EXPECT_EQ(b["negated"], false);

  ASSERT_EQ(j["quotes"].size(), 1u);
  EXPECT_EQ(j["quotes"][0]["text"], "We did all we could,");
  EXPECT_EQ(j["quotes"][0]["speaker"], "Ole Berg");
  EXPECT_TRUE(j["quotes"][0]["speaker_entity"].is_null());
  EXPECT_EQ(j["quotes"][0]["direct"], true);
  EXPECT_EQ(j["quotes"][0]["raw_start"], j["quotes"][0]["start"].get<int>() + 3);
  ASSERT_EQ(j["citations"].size(), 1u);
  EXPECT_EQ(j["citations"][0]["name"], "NRK");
  EXPECT_EQ(j["citations"][0]["url"], "https://www.nrk.no/");
  EXPECT_TRUE(j["citations"][0]["entity"].is_null());
}

TEST(ClaimsJson, EmptyArraysWhenNone) {
  Document d;
  d.id = "ab00000000000002";
  nlohmann::json j = DocumentToJson(d);
  EXPECT_TRUE(j["claims"].is_array() && j["claims"].empty());
  EXPECT_TRUE(j["quotes"].is_array() && j["quotes"].empty());
  EXPECT_TRUE(j["citations"].is_array() && j["citations"].empty());
}

}  // namespace
}  // namespace parallax
