// The claim finder (src/annotate/claim_find.cc) on sentences written for
// this test, per language and per phrasing family: event word before or
// after the figure, passive and impersonal forms, count nouns that rise to a
// figure, figures inside noun phrases, subsets, split clauses, money,
// named organisations, and figures that are no claims. Every claim must
// point at its figure inside its sentence.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "claim_test_util.h"

namespace parallax {
namespace {

using claim_test::Brief;
using claim_test::ClaimDoc;

struct Case {
  const char* lang;
  const char* text;
  const char* want;
};

void Check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const Document doc = ClaimDoc({{c.text}}, c.lang);
    EXPECT_EQ(Brief(doc), c.want) << c.lang << ": " << c.text;
    claim_test::ExpectTraceable(doc);
  }
}

TEST(FindClaims, English) {
  Check({
      {"en", "Three police officers died when the convoy was ambushed.", "killed 3 police"},
      {"en", "Gunmen killed 7 villagers and wounded 15 others.",
       "killed 7 people; injured 15 people"},
      {"en", "The attack left 12 dead and 30 injured.", "killed 12 people; injured 30 people"},
      {"en", "Authorities said 4,000 residents had fled their homes.", "displaced 4000 civilians"},
      {"en", "The protesters, about 5,000 of them by police estimates, were dispersed.",
       "protesters 5000 protesters"},
      {"en", "Twelve soldiers and three civilians were killed on the bridge.",
       "killed 12 military; killed 3 civilians"},
      {"en", "At least 200 people remain unaccounted for.", "missing 200 people"},
      {"en", "The hospital said 57 people were being treated in hospital.",
       "hospitalised 57 people"},
      {"en", "Two of the hotels are owned by foreign nationals.", "-"},
      {"en", "The march began at 10:30 in a square built in 1957.", "-"},
      {"en", "Unemployment rose 3 percent in the region.", "-"},
  });
}

TEST(FindClaims, Subsets) {
  const Document doc = ClaimDoc({{"Forty-two people were killed in the riots on Tuesday.",
                                  "Nine of them were police officers, the ministry said."}},
                                "en");
  ASSERT_EQ(doc.claims.size(), 2u) << Brief(doc);
  EXPECT_EQ(doc.claims[1].subset_of, 0);
  EXPECT_EQ(doc.claims[1].kind, ClaimKind::kKilled);
  EXPECT_EQ(doc.claims[1].group, "police");
  claim_test::ExpectTraceable(doc);
  // A subset with no earlier claim in the paragraph is a claim of its own.
  const Document alone = ClaimDoc({{"Zwei von ihnen wurden verletzt."}}, "de");
  ASSERT_EQ(alone.claims.size(), 1u);
  EXPECT_EQ(alone.claims[0].subset_of, -1);
}

TEST(FindClaims, German) {
  Check({
      {"de", "Bei dem Anschlag starben 23 Menschen, 40 weitere wurden verletzt.",
       "killed 23 people; injured 40 people"},
      {"de", "Nach Polizeiangaben wurden etwa 150 Randalierer in Gewahrsam genommen.",
       "detained 150 protesters"},
      {"de", "Mindestens drei Journalisten gelten als vermisst.", "missing 3 journalists"},
      {"de", "Rund 5.000 Menschen haben ihre Häuser verloren und gelten als obdachlos.",
       "displaced 5000 people"},
      {"de", "Der Präsident sprach vor 300 Gästen im Saal.", "-"},
  });
}

TEST(FindClaims, Polish) {
  Check({
      {"pl", "W starciach rannych zostało ponad 200 osób.", "injured 200 people"},
      {"pl", "Zginęło dwóch żołnierzy, a pięciu zostało rannych.",
       "killed 2 military; injured 5 people"},
      {"pl", "Zatrzymano 45 osób podejrzanych o udział w zamieszkach.", "detained 45 people"},
      {"pl", "Do szpitali trafiło 30 osób.", "hospitalised 30 people"},
      {"pl", "Na placu zebrało się 10 tysięcy demonstrantów.", "protesters 10000 protesters"},
  });
}

TEST(FindClaims, Russian) {
  Check({
      {"ru", "Более 400 человек были госпитализированы.", "hospitalised 400 people"},
      {"ru", "По данным ведомства, пострадали 1300 человек, из них 400 силовиков.",
       "injured 1300 people; injured 400 security_forces"},
      {"ru", "Без вести пропавшими числятся 15 человек.", "missing 15 people"},
      {"ru", "Эвакуированы около 2 тысяч жителей.", "evacuated 2000 civilians"},
      {"ru", "Город с населением 2 миллиона человек живёт обычной жизнью.", "-"},
  });
}

TEST(FindClaims, Ukrainian) {
  Check({
      {"uk", "Троє поліцейських отримали поранення.", "injured 3 police"},
      {"uk", "Загинули щонайменше 8 цивільних.", "killed 8 civilians"},
      {"uk", "Правоохоронці затримали 25 осіб.", "detained 25 people"},
  });
}

TEST(FindClaims, FrenchAndSpanish) {
  Check({
      {"fr", "Trois gendarmes ont été blessés par des jets de pierres.", "injured 3 police"},
      {"fr", "Une dizaine de personnes sont portées disparues.", "missing 10 people"},
      {"fr", "Les dégâts sont estimés à 2 millions d'euros.", "damage 2000000 -"},
      {"es", "Cinco soldados murieron y otros ocho resultaron heridos.",
       "killed 5 military; injured 8 people"},
      {"es", "Unas 3.000 personas fueron desplazadas por las inundaciones.",
       "displaced 3000 people"},
      {"es", "El edificio tiene 12 plantas.", "-"},
  });
}

TEST(FindClaims, SettingAndFields) {
  const Document doc = ClaimDoc(
      {{"Protests spread to Almaty on 5 January.", "At least 8 police officers were killed there."},
       {"Later, 2,030 CSTO troops arrived."}},
      "en", "2022-01-10");
  ASSERT_EQ(doc.claims.size(), 2u) << Brief(doc);
  const Claim& c = doc.claims[0];
  EXPECT_EQ(c.kind, ClaimKind::kKilled);
  EXPECT_EQ(c.approx, Approx::kAtLeast);
  EXPECT_EQ(c.value, 8);
  EXPECT_EQ(c.group_text, "police officers");
  EXPECT_EQ(c.noun, "killed");
  EXPECT_EQ(c.place, "Almaty");
  EXPECT_EQ(c.date, "2022-01-05");
  const Claim& troops = doc.claims[1];
  EXPECT_EQ(troops.kind, ClaimKind::kDeployed);
  EXPECT_EQ(troops.group, "organization");
  EXPECT_EQ(troops.group_text, "CSTO");
  EXPECT_EQ(troops.date, "2022-01-10");
  EXPECT_EQ(troops.place, "Almaty");
  claim_test::ExpectTraceable(doc);
}

// FindClaims alone on a figure-heavy text (every other sentence has a
// claim) must leave the annotate stage its 5 MB/s per core with room.
TEST(FindClaims, Throughput) {
  std::vector<std::string> sentences;
  for (int i = 0; i < 2000; ++i) {
    sentences.push_back("At least " + std::to_string(i % 90 + 2) +
                        " people were killed and 40 police officers injured, 3 of them seriously.");
    sentences.push_back("The government met on Monday to discuss the situation in the capital.");
  }
  Document doc = ClaimDoc({sentences}, "en");
  ASSERT_GE(doc.claims.size(), 6000u);
  const auto start = std::chrono::steady_clock::now();
  constexpr int kRuns = 5;
  for (int r = 0; r < kRuns; ++r) annotate::FindClaims(claim_test::TheClaimLexicon(), doc);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double mb_per_s = kRuns * static_cast<double>(doc.text.size()) / 1e6 / seconds;
  std::printf("FindClaims: %.1f MB/s on %zu bytes\n", mb_per_s, doc.text.size());
  EXPECT_GE(mb_per_s, 5.0);
}

TEST(FindClaims, NoRulesNoClaims) {
  const Document doc = ClaimDoc({{"Zomrelo 18 ľudí."}}, "sk");
  EXPECT_TRUE(doc.claims.empty());
}

}  // namespace
}  // namespace parallax
