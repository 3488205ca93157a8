// The claim finder (src/annotate/claim_find.cc) on sentences written for
// this test, per language and per phrasing family: event word before or
// after the figure, passive and impersonal forms, count nouns that rise to a
// figure, figures inside noun phrases, subsets, split clauses, money,
// named organisations, and figures that are no claims. Every claim must
// point at its figure inside its sentence.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "claim_test_util.h"

namespace parallax {
namespace {

using claim_test::Brief;
using claim_test::ClaimDoc;

using claim_test::Case;
using claim_test::Check;

TEST(FindClaims, English) {
  Check({
      {"en", "Three police officers died when the convoy was ambushed.", "killed 3 police"},
      {"en", "Gunmen killed 7 villagers and wounded 15 others.",
       "killed 7 people; injured 15 people"},
      {"en", "The attack left 12 dead and 30 injured.", "killed 12 people; injured 30 people"},
      {"en", "Authorities said 4,000 residents had fled their homes.", "displaced 4000 people"},
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
       "killed 2 military; injured 5 military"},
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
      {"ru", "Эвакуированы около 2 тысяч жителей.", "evacuated 2000 people"},
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

// Bare counts of police and rescuers are deployments; an occasion word
// ("rally") gives the kind only when nothing else does; quake strength and
// the count of cited sources are no claims.
TEST(FindClaims, DeploymentsAndOccasions) {
  Check({
      {"en", "Some 1,500 police officers patrolled the city centre.", "deployed 1500 police"},
      {"en", "The rally drew about 8,000 people.", "protesters 8000 people"},
      {"en", "At the rally, 14 people were arrested.", "arrested 14 people"},
      {"en", "Citing two officials, the agency said 60 people had died.", "killed 60 people"},
      {"en", "The magnitude 6.4 quake killed at least 90 people.", "killed 90 people"},
      {"de", "Etwa 3.000 Polizisten waren bei dem Gipfel im Einsatz.", "deployed 3000 police"},
      {"de", "Zu der Kundgebung kamen nach Angaben der Veranstalter 6.000 Menschen.",
       "protesters 6000 people"},
      {"de", "Unter Berufung auf zwei Diplomaten meldete der Sender 14 Tote.", "killed 14 people"},
      {"de", "Die Explosion tötete mindestens 45 Menschen.", "killed 45 people"},
      {"fr", "Près de 700 pompiers ont été mobilisés pour combattre le feu.",
       "deployed 700 people"},
      {"fr", "Environ 1 200 policiers encadraient le cortège.", "deployed 1200 police"},
      {"fr", "La manifestation a réuni 15 000 personnes à Lyon.", "protesters 15000 people"},
      {"es", "Unos 2.000 bomberos trabajan en la zona.", "deployed 2000 people"},
      {"es", "Unas 4.000 personas participaron en la marcha.", "protesters 4000 people"},
      {"es", "Un terremoto de magnitud 6,8 dejó al menos 20 muertos.", "killed 20 people"},
  });
}

// Adjacent figures share their event ("from 35 to 33 dead"); an event in
// another clause reaches only a figure that names whom it counts.
TEST(FindClaims, RevisionsAndClauses) {
  Check({
      {"en", "Officials revised the toll from 31 to 29 dead.",
       "killed 31 people; killed 29 people"},
      {"en", "The bridge is rated for 40, and two drivers were hurt.", "injured 2 people"},
      {"en", "The report was signed by 12 experts and found that 40 people had died.",
       "killed 40 people"},
      {"de",
       "Die Behörden teilten mit, dass 12 Arbeiter aus dem Nachbardorf nach dem Einsturz der "
       "Halle unter den Trümmern ums Leben kamen.",
       "killed 12 people"},
      {"de", "Der Sprecher sagte, 80 Beamte und 12 Hundeführer seien im Einsatz gewesen.",
       "deployed 80 police; deployed 12 people"},
      {"es", "Murieron 19 niños y siete adultos en el colegio.",
       "killed 19 children; killed 7 people"},
      {"es", "El Gobierno rebajó de 35 a 33 el número de fallecidos.",
       "killed 35 people; killed 33 people"},
      {"es", "La comisión cifró en 300 los heridos y en 90 las personas privadas de libertad.",
       "injured 300 people; detained 90 people"},
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

TEST(FindClaims, NoRulesNoClaims) {
  const Document doc = ClaimDoc({{"Zomrelo 18 ľudí."}}, "sk");
  EXPECT_TRUE(doc.claims.empty());
}

}  // namespace
}  // namespace parallax
