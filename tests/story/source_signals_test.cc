// Tests for what each source of a story is (src/story/source_signals.cc):
// the genre from the opinion cues of data/<lang>/genre.tsv (every file's
// own examples run here), quotes left out, the threshold, fundraising,
// hedged and unsupported claims, citations and copies. Texts are written
// here, about a council budget, a rail strike and a harbour fire.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "parallax/data_dir.h"
#include "parallax/story.h"
#include "story/compare_detail.h"

namespace parallax {
namespace {

using story::CompareRules;

const CompareRules& Rules() {
  static const CompareRules* r = new CompareRules(story::LoadCompareRules(FindDataDir()));
  return *r;
}

// A document whose sentences are `sentences`, joined by spaces.
Document Text(const std::string& lang, const std::vector<std::string>& sentences) {
  Document d;
  d.id = "doc";
  d.lang.lang = lang;
  for (const std::string& s : sentences) {
    if (!d.text.empty()) d.text += ' ';
    const auto start = static_cast<uint32_t>(d.text.size());
    d.text += s;
    d.sentences.push_back(Sentence{Span{start, static_cast<uint32_t>(d.text.size())}, 0});
  }
  return d;
}

SourceSignals Cues(const Document& d) {
  SourceSignals s;
  story::CountGenreCues(d, Rules(), s);
  return s;
}

TEST(GenreTsv, EveryLanguageHasItsFileWithExamplesOfBothGenres) {
  for (const char* lang : {"de", "en", "fr", "pl", "ru", "uk", "kk", "es", "it", "cs"}) {
    auto it = Rules().genre.find(lang);
    ASSERT_NE(it, Rules().genre.end()) << lang;
    const story::GenreCues& g = it->second;
    EXPECT_FALSE(g.first_person.empty()) << lang;
    EXPECT_FALSE(g.evaluative.empty()) << lang;
    EXPECT_FALSE(g.hedges.empty()) << lang;
    std::set<std::string> genres;
    for (const auto& [genre, sentence] : g.examples) genres.insert(genre);
    EXPECT_EQ(genres.size(), 2u) << lang;
  }
}

// Each example sentence alone: an opinion one holds a cue, a reporting one
// none.
TEST(GenreTsv, ExamplesReadAsTheirGenre) {
  size_t n = 0;
  for (const auto& [lang, cues] : Rules().genre) {
    for (const auto& [genre, sentence] : cues.examples) {
      const SourceSignals s = Cues(Text(lang, {sentence}));
      EXPECT_EQ(s.genre, genre) << lang << ": " << sentence;
      ++n;
    }
  }
  EXPECT_GE(n, 40u);
}

TEST(CountGenreCues, CountsEachKindOfCue) {
  const SourceSignals s = Cues(Text(
      "en", {"We were told the line would reopen by Friday.",
             "What a disgraceful way to treat commuters!", "Is anyone at the ministry listening?",
             "Maybe they never planned to reopen it.",
             "Trains ran again on the northern branch on Monday.",
             "The operator blamed a signalling fault.", "Repairs cost the region an estimated sum.",
             "The union meets again next week.", "Buses replaced trains between the two stations.",
             "Tickets remain valid on the buses."}));
  EXPECT_EQ(s.first_person, 1u);
  EXPECT_EQ(s.evaluative, 1u);
  EXPECT_EQ(s.questions, 1u);
  EXPECT_EQ(s.exclamations, 1u);
  EXPECT_DOUBLE_EQ(s.opinion, 0.4);  // 4 of 10 sentences
  EXPECT_EQ(s.genre, "opinion");
}

TEST(CountGenreCues, BelowTheThresholdIsReporting) {
  std::vector<std::string> text(9, "The harbour fire was put out before dawn.");
  text.push_back("I saw the smoke from the ferry.");
  const SourceSignals s = Cues(Text("en", text));
  EXPECT_DOUBLE_EQ(s.opinion, 0.1);
  EXPECT_LT(s.opinion, Rules().opinion_threshold);
  EXPECT_EQ(s.genre, "reporting");
}

TEST(CountGenreCues, WordsInDirectQuotesAreTheSpeakers) {
  Document d =
      Text("en", {"\"We will rebuild the pier, and our crews start on Monday!\" the mayor said."});
  Quote q;
  q.direct = true;
  q.span = Span{1, static_cast<uint32_t>(d.text.find('"', 1))};
  d.quotes.push_back(q);
  const SourceSignals s = Cues(d);
  EXPECT_EQ(s.first_person, 0u);
  EXPECT_EQ(s.exclamations, 0u);
  EXPECT_EQ(s.genre, "reporting");
  // The same words outside quotes are the writer's.
  d.quotes.clear();
  EXPECT_EQ(Cues(d).first_person, 2u);
}

TEST(CountGenreCues, StemsHyphensAndApostrophes) {
  EXPECT_EQ(Cues(Text("de", {"Das Vorgehen der Verwaltung war skandalös."})).evaluative, 1u);
  EXPECT_EQ(Cues(Text("de", {"Ein skandalöses Vorgehen."})).evaluative, 1u);
  EXPECT_EQ(Cues(Text("fr", {"J’ai vu la fumée depuis le port."})).first_person, 1u);
  EXPECT_EQ(Cues(Text("fr", {"La mairie a peut-être menti."})).genre, "opinion");
  // "Meinung" is not the possessive "mein".
  EXPECT_EQ(Cues(Text("de", {"Die Meinung der Anwohner wurde eingeholt."})).first_person, 0u);
}

TEST(CountGenreCues, ALanguageWithoutCuesKeepsPunctuation) {
  const SourceSignals s = Cues(Text("xx", {"Ne oldu?", "Liman kapandı."}));
  EXPECT_EQ(s.questions, 1u);
  EXPECT_EQ(s.first_person, 0u);
  EXPECT_DOUBLE_EQ(s.opinion, 0.5);
  const SourceSignals empty = Cues(Document{});
  EXPECT_EQ(empty.genre, "reporting");
  EXPECT_EQ(empty.opinion, 0);
}

TEST(BuildSourceSignals, FundraisingHedgesUnsupportedCitesAndCopies) {
  Document a =
      Text("en", {"Firefighters worked through the night.", "Four crew members were hurt."});
  a.id = "a";
  a.url = "https://www.harbourdaily.example/fire";
  a.signals["fundraising"] = {{"present", true}, {"evidence", nlohmann::json::array()}};
  for (int i = 0; i < 4; ++i) {
    Claim c;
    c.kind = ClaimKind::kInjured;
    c.value = 4 + i;
    c.hedged = i == 0;
    a.claims.push_back(c);
  }
  Entity port;
  port.id = "E7";
  port.name = "Port Authority of Valmar";
  a.entities.push_back(port);
  a.citations.push_back(Citation{"the port authority", "", "E7", {}, 0});
  a.citations.push_back(Citation{"Port Authority of Valmar", "", "", {}, 1});
  a.citations.push_back(Citation{"Coastline Radio", "", "", {}, 1});
  Document b = Text("en", {"Four crew members were hurt."});
  b.id = "b";
  b.site = "Valmar Weekly";
  b.signals["fundraising"] = {{"present", false}};

  Comparison single;
  single.status = ComparisonStatus::kSingleSource;
  for (uint32_t i : {1u, 2u, 2u}) {
    ComparedValue v;
    v.document = "a";
    v.claim = i;
    single.values.push_back(v);
  }
  Comparison agree;
  agree.status = ComparisonStatus::kAgree;
  agree.values.push_back(ComparedValue{});
  agree.values.back().document = "a";
  agree.values.back().claim = 0;

  StoryAssignment link;
  link.document = "b";
  link.copy_of = "a";
  link.copy = CopyKind::kCopy;
  const std::vector<SourceSignals> out =
      story::BuildSourceSignals({&a, &b}, {link}, {single, agree}, Rules());
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].document, "a");
  EXPECT_EQ(out[0].site, "harbourdaily.example");
  EXPECT_TRUE(out[0].fundraising);
  EXPECT_EQ(out[0].hedges, 1u);
  EXPECT_EQ(out[0].claims, 4u);
  EXPECT_DOUBLE_EQ(out[0].unsupported, 0.5);  // claims 1 and 2 of 4
  EXPECT_EQ(out[0].cites,
            (std::vector<std::string>{"Port Authority of Valmar", "Coastline Radio"}));
  EXPECT_EQ(out[0].copy, CopyKind::kNone);
  EXPECT_EQ(out[1].site, "Valmar Weekly");
  EXPECT_FALSE(out[1].fundraising);
  EXPECT_EQ(out[1].unsupported, 0);
  EXPECT_EQ(out[1].copy_of, "a");
  EXPECT_EQ(out[1].copy, CopyKind::kCopy);
  EXPECT_EQ(out[1].lang, "en");
  EXPECT_EQ(out[1].genre, "reporting");
}

}  // namespace
}  // namespace parallax
