// Rules of the claim finder (src/annotate/claim_find.cc) that hold in every
// language, on sentences written for this test: a figure after a verb of a
// rise ("rose to", "wzrosła do", "выросло до") is exact, not "up to"; a
// word of the occasion counts only in the figure's own clause; a word that
// destroys things kills an armed group (`other:killed` rows); a figure
// followed by a noun the rules do not know reaches an event word after it
// only within kNounEvent tokens and not past a count
// noun ("the count of victims").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claim_test_util.h"

namespace parallax {
namespace {

using claim_test::Brief;
using claim_test::ClaimDoc;

using claim_test::Case;
using claim_test::Check;

// Each sentence has one claim; its approx must be `want`.
void CheckApprox(const std::vector<Case>& cases, Approx want) {
  for (const Case& c : cases) {
    const Document doc = ClaimDoc({{c.text}}, c.lang);
    EXPECT_EQ(Brief(doc), c.want) << c.lang << ": " << c.text;
    ASSERT_EQ(doc.claims.size(), 1u) << c.text;
    EXPECT_EQ(doc.claims[0].approx, want) << c.lang << ": " << c.text;
  }
}

TEST(ClaimRules, RiseToIsExact) {
  CheckApprox(
      {
          {"en", "By Tuesday the number of dead had risen to 47.", "killed 47 people"},
          {"de", "Die Zahl der Verletzten stieg am Abend auf 212.", "injured 212 people"},
          {"pl", "Liczba zabitych w powodzi wzrosła do 38.", "killed 38 people"},
          {"pl", "Liczba rannych wzrosła w nocy do 140.", "injured 140 people"},
          {"ru", "К утру число раненых возросло до 95.", "injured 95 people"},
          {"ru", "Число погибших после обрушения моста выросло до 27.", "killed 27 people"},
          {"uk", "Кількість поранених у місті зросла до 61.", "injured 61 people"},
          {"es", "El número de heridos ascendió a 73.", "injured 73 people"},
      },
      Approx::kExact);
}

TEST(ClaimRules, UpToWithoutRiseStaysUpTo) {
  CheckApprox(
      {
          {"ru", "Власти планируют эвакуировать до 500 жителей.", "evacuated 500 people"},
          {"pl", "Szpital może przyjąć do 60 rannych.", "injured 60 people"},
      },
      Approx::kUpTo);
}

TEST(ClaimRules, DestroyedArmedGroupIsKilled) {
  Check({
      {"ru", "В ходе операции уничтожены 14 боевиков.", "killed 14 militants"},
      {"ru", "Огнём артиллерии уничтожены 6 танков.", "other 6 -"},
      {"uk", "Під час бою знищено 11 бойовиків.", "killed 11 militants"},
      {"pl", "W obławie zlikwidowano 5 terrorystów.", "killed 5 militants"},
      {"en", "Troops eliminated 9 insurgents near the border.", "killed 9 militants"},
  });
}

TEST(ClaimRules, WeakWordOnlyInOwnClause) {
  Check({
      {"en",
       "Protests continued all week, although gatherings of more than 50 people were "
       "banned.",
       "-"},
      {"de",
       "Die Kundgebung blieb friedlich, obwohl Treffen von mehr als 100 Personen "
       "verboten waren.",
       "-"},
      {"en", "More than 3,000 people joined the rally in the square.", "protesters 3000 people"},
  });
}

TEST(ClaimRules, NounFigureReachesOnlyNearEventAfter) {
  Check({
      {"pl", "Spór między trzema ministerstwami opóźnia liczenie ofiar.", "-"},
      {"en", "Two rival agencies argued over the death toll.", "-"},
      {"de", "Zwei Behörden streiten seit Wochen über die Zahl der Toten.", "-"},
      {"de",
       "Die Behörden bestätigten, dass 14 Bergleute in dem überfluteten Stollen ums "
       "Leben kamen.",
       "killed 14 people"},
  });
}

}  // namespace
}  // namespace parallax
