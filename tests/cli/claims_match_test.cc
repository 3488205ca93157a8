// The matching rules of bench/claims_eval (bench/claims_match.h) on the
// tiny set tests/data/claims_eval_mini/ against a system output made by
// hand here; every count is worked out in the comments.
#include "claims_match.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using parallax::Approx;
using parallax::Claim;
using parallax::ClaimKind;
using parallax::Document;
using parallax::Span;
using parallax::bench::ClaimScore;
using parallax::bench::GoldArticle;

const std::string kSet = std::string(PARALLAX_SOURCE_DIR) + "/tests/data/claims_eval_mini";

Span Find(const std::string& text, const std::string& what) {
  size_t at = text.find(what);
  EXPECT_NE(at, std::string::npos) << what;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + what.size())};
}

// The article's text with the given sentences (found in order).
Document MakeDoc(const GoldArticle& a, const std::vector<std::string>& sentences) {
  Document d;
  d.id = a.name;
  d.text = a.text;
  for (const std::string& s : sentences) d.sentences.push_back({Find(d.text, s), 0});
  return d;
}

Claim MakeClaim(const Document& d, uint32_t sentence, const std::string& figure, ClaimKind kind,
                double value, Approx approx, const std::string& group) {
  Claim c;
  c.sentence = sentence;
  c.figure = Find(d.text, figure);
  c.span = c.figure;
  c.kind = kind;
  c.value = value;
  c.approx = approx;
  c.group = group;
  return c;
}

parallax::Quote MakeQuote(const Document& d, const std::string& text, const std::string& speaker,
                          const std::string& entity) {
  parallax::Quote q;
  q.span = Find(d.text, text);
  q.speaker = speaker;
  q.speaker_entity = entity;
  return q;
}

TEST(ClaimsMatch, LoadsTheSetInLanguageAndNameOrder) {
  std::vector<GoldArticle> set = parallax::bench::LoadGoldSet(kSet);
  ASSERT_EQ(set.size(), 3u);
  EXPECT_EQ(set[0].lang, "de");
  EXPECT_EQ(set[1].name, "01-tower-fire");
  EXPECT_EQ(set[2].name, "02-mine-rescue");
  ASSERT_EQ(set[1].claims.size(), 2u);
  EXPECT_EQ(set[1].claims[1].approx, "about");
  EXPECT_TRUE(set[1].claims[1].retracted);
  EXPECT_EQ(set[1].citations[0].url, "https://www.grenfelltowerinquiry.org.uk/");
  EXPECT_EQ(parallax::bench::LoadGoldSet(kSet, "en").size(), 2u);
}

TEST(ClaimsMatch, ScoresAHandMadeOutput) {
  std::vector<GoldArticle> set = parallax::bench::LoadGoldSet(kSet);
  ASSERT_EQ(set.size(), 3u);
  ClaimScore total;

  // de: the gold says killed 21 and injured more than 500. The system gives
  // killed 21 twice with the same key: first (a decoy) on the figure "500"
  // of the third sentence, then on "21" in the second. The gold takes the
  // one in its evidence's sentence, so the decoy is the false claim; the
  // injured claim is missed. Figure pairs: 21 (all right) and 500 (the
  // decoy: kind, value and approx wrong).
  {
    const GoldArticle& a = set[0];
    Document d = MakeDoc(a, {"Gedenken an die Toten der Loveparade",
                             "Bei dem Gedränge auf der Loveparade in Duisburg starben im Juli "
                             "2010 21 Menschen.",
                             "Mehr als 500 Besucher wurden verletzt."});
    d.claims = {MakeClaim(d, 2, "500", ClaimKind::kKilled, 21, Approx::kExact, "people"),
                MakeClaim(d, 1, "21 Menschen", ClaimKind::kKilled, 21, Approx::kExact, "people")};
    d.quotes = {MakeQuote(d, "Wir denken an die Familien", "Sprecher", "")};
    ClaimScore s = parallax::bench::ScoreArticle(a, d);
    EXPECT_EQ(s.tp, 1u);
    EXPECT_EQ(s.fp, 1u);
    EXPECT_EQ(s.fn, 1u);
    EXPECT_EQ(s.missed, std::vector<size_t>{1});
    EXPECT_EQ(s.spurious, std::vector<size_t>{0});
    EXPECT_EQ(s.figure_pairs, 2u);
    EXPECT_EQ(s.quotes_found, 1u);
    EXPECT_EQ(s.speakers_right, 0u);  // "Sprecher" is not "ein Sprecher der Stadt"
    total.Add(s);
  }
  // en/01: both claims match (attributed_to "Police" equals "police" folded;
  // the second claim misses its source and is not marked retracted, which
  // only the fields count); "2017" is a false claim. The quote has no
  // speaker in the gold and none in the output: right. The link is cited;
  // "police" is a false citation.
  {
    const GoldArticle& a = set[1];
    Document d = MakeDoc(a, {"Tower fire toll confirmed at 72",
                             "The fire at Grenfell Tower in west London in June 2017 killed 72 "
                             "people, police said.",
                             "Police had first put the number of dead at about 80 before "
                             "revising it."});
    Claim dead = MakeClaim(d, 1, "72 people", ClaimKind::kKilled, 72, Approx::kExact, "people");
    dead.attributed_to = "Police";
    d.claims = {dead, MakeClaim(d, 2, "about 80", ClaimKind::kKilled, 80, Approx::kAbout, "people"),
                MakeClaim(d, 1, "2017", ClaimKind::kOther, 2017, Approx::kExact, "")};
    d.quotes = {MakeQuote(d, "Nobody upstairs was told to leave in time,", "", "")};
    parallax::Citation link;
    link.name = "grenfelltowerinquiry.org.uk";
    link.url = "https://www.grenfelltowerinquiry.org.uk/";
    parallax::Citation police;
    police.name = "police";
    d.citations = {police, link};
    ClaimScore s = parallax::bench::ScoreArticle(a, d);
    EXPECT_EQ(s.tp, 2u);
    EXPECT_EQ(s.fp, 1u);
    EXPECT_EQ(s.fn, 0u);
    EXPECT_EQ(s.spurious, std::vector<size_t>{2});
    EXPECT_EQ(s.figure_pairs, 2u);
    EXPECT_EQ(s.speakers_right, 1u);
    EXPECT_EQ(s.citations_tp, 1u);
    EXPECT_EQ(s.citations_fp, 1u);
    total.Add(s);
  }
  // en/02: the miners claim has the wrong group (a miss and a false claim,
  // paired by figure with only the group wrong). The speaker is written
  // "she" but resolved to the entity "Marta Rojas": right.
  {
    const GoldArticle& a = set[2];
    Document d = MakeDoc(a, {"All 33 miners brought up in Chile",
                             "Rescuers in northern Chile lifted all 33 trapped miners"});
    d.claims = {MakeClaim(d, 1, "33 trapped", ClaimKind::kOther, 33, Approx::kExact, "")};
    parallax::Entity rojas;
    rojas.name = "Rojas";
    rojas.variants = {"Marta Rojas", "Rojas"};
    d.entities = {rojas};
    d.quotes = {MakeQuote(d, "We never stopped believing they were alive,", "she", "Rojas")};
    ClaimScore s = parallax::bench::ScoreArticle(a, d);
    EXPECT_EQ(s.tp, 0u);
    EXPECT_EQ(s.fp, 1u);
    EXPECT_EQ(s.fn, 1u);
    EXPECT_EQ(s.speakers_right, 1u);
    total.Add(s);
  }

  // The set: claims P = 3/6, R = 3/5; fields on 5 pairs.
  EXPECT_EQ(total.tp, 3u);
  EXPECT_DOUBLE_EQ(total.Precision(), 0.5);
  EXPECT_DOUBLE_EQ(total.Recall(), 0.6);
  EXPECT_EQ(total.figure_pairs, 5u);
  EXPECT_EQ(total.fields["kind"].right, 4u);
  EXPECT_EQ(total.fields["value"].right, 4u);
  EXPECT_EQ(total.fields["approx"].right, 4u);
  EXPECT_EQ(total.fields["group"].right, 4u);
  EXPECT_EQ(total.fields["attributed_to"].right, 4u);
  EXPECT_EQ(total.fields["hedged"].right, 5u);
  EXPECT_EQ(total.fields["negated"].right, 5u);
  EXPECT_EQ(total.fields["retracted"].right, 4u);
  EXPECT_EQ(total.fields["kind"].total, 5u);
  EXPECT_EQ(total.quotes_gold, 3u);
  EXPECT_EQ(total.quotes_found, 3u);
  EXPECT_NEAR(total.SpeakerAccuracy(), 2.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(total.CitationPrecision(), 0.5);
  EXPECT_DOUBLE_EQ(total.CitationRecall(), 1.0);
}

TEST(ClaimsMatch, ARangeMatchesOnlyWithItsUpperEnd) {
  parallax::bench::GoldClaim g;
  g.kind = "injured";
  g.value = 30;
  g.value_max = 40;
  g.approx = "range";
  g.group = "police";
  Claim c;
  c.kind = ClaimKind::kInjured;
  c.value = 30;
  c.value_max = 40;
  c.approx = Approx::kRange;
  c.group = "police";
  EXPECT_TRUE(parallax::bench::SameClaim(c, g));
  c.value_max = 45;
  EXPECT_FALSE(parallax::bench::SameClaim(c, g));
}

// Citation names match set apart from case, a leading article of the
// language (speech.tsv `article` rows) and a leading "www.", nothing more.
TEST(ClaimsMatch, CitationNamesSetAsideArticleAndWww) {
  const std::string data = std::string(PARALLAX_SOURCE_DIR) + "/data";
  const std::vector<std::string> es = parallax::bench::LoadArticles(data, "es");
  const std::vector<std::string> fr = parallax::bench::LoadArticles(data, "fr");
  using parallax::bench::CitationKey;
  EXPECT_EQ(CitationKey("el Servicio Electoral (Servel)", es),
            CitationKey("Servicio Electoral (Servel)", es));
  EXPECT_EQ(CitationKey("www.aerocivil.gov.co", es), CitationKey("aerocivil.gov.co", es));
  EXPECT_EQ(CitationKey("l\u2019ONU", fr), CitationKey("ONU", fr));
  EXPECT_EQ(CitationKey("Le Monde", fr), CitationKey("Monde", fr));
  EXPECT_NE(CitationKey("la Protection", fr), CitationKey("la Protection civile", fr));
  EXPECT_NE(CitationKey("Elena", es), CitationKey("Lena", es));  // "el" only as a word
}

// Speakers set aside a leading article as citation names do (sp6).
TEST(ClaimsMatch, SpeakersSetAsideALeadingArticle) {
  const std::string data = std::string(PARALLAX_SOURCE_DIR) + "/data";
  const std::vector<std::string> es = parallax::bench::LoadArticles(data, "es");
  const std::vector<std::string> it = parallax::bench::LoadArticles(data, "it");
  using parallax::bench::SameSpeaker;
  Document doc;
  parallax::Quote q;
  q.speaker = "La Guardia Costera";
  EXPECT_TRUE(SameSpeaker(doc, q, "Guardia Costera", es));
  EXPECT_TRUE(SameSpeaker(doc, q, "la guardia costera", es));
  EXPECT_FALSE(SameSpeaker(doc, q, "Guardia", es));
  q.speaker = "Guardia Costera";
  EXPECT_TRUE(SameSpeaker(doc, q, "la Guardia Costera", es));
  q.speaker = "l'Arpa";
  EXPECT_TRUE(SameSpeaker(doc, q, "Arpa", it));
  q.speaker = "Elena";
  EXPECT_FALSE(SameSpeaker(doc, q, "Lena", es));
  q.speaker = "";
  q.speaker_entity = "La Protezione civile";
  EXPECT_TRUE(SameSpeaker(doc, q, "Protezione civile", it));
}

}  // namespace
