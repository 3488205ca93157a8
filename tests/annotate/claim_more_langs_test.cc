// The claim finder (src/annotate/claim_find.cc) on Italian, Czech and
// Kazakh sentences written for this test: event words before and after the
// figure, group nouns, subsets, count nouns that rise to a figure, and
// figures that are no claims (ages, years, durations). The cues are
// data/it/claims.tsv, data/cs/claims.tsv and data/kk/claims.tsv.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claim_test_util.h"

namespace parallax {
namespace {

using claim_test::Brief;
using claim_test::ClaimDoc;

using claim_test::Check;

TEST(FindClaimsMoreLangs, Italian) {
  Check("it",
        {
            {"Nell'incendio della fabbrica sono morti 6 operai.", "killed 6 people"},
            {"La frana ha ucciso 11 persone nella valle.", "killed 11 people"},
            {"Durante il corteo 18 agenti sono rimasti feriti.", "injured 18 police"},
            {"I carabinieri hanno arrestato 23 giovani dopo i saccheggi.", "arrested 23 people"},
            {"Circa 3000 residenti sono stati evacuati per il rischio di crolli.",
             "evacuated 3000 people"},
            {"Le vittime sono 47, tra cui 9 bambini.", "killed 47 people; killed 9 children"},
            {"Il governo ha schierato 800 soldati al confine.", "deployed 800 military"},
            {"Un camionista di 58 anni è stato fermato dalla polizia.", "-"},
            {"Il museo conta 12 sale e un giardino.", "-"},
            {"Il numero dei dispersi è salito a 26 nella notte.", "missing 26 people"},
        });
}

TEST(FindClaimsMoreLangs, Czech) {
  Check("cs", {
                  {"Při výbuchu v dole zahynulo 8 horníků.", "killed 8 people"},
                  {"Po srážce vlaků zemřeli 4 lidé.", "killed 4 people"},
                  {"Při střetu bylo zraněno 15 hasičů.", "injured 15 people"},
                  {"Policie zatkla 31 výtržníků.", "arrested 31 people"},
                  {"Kvůli povodni bylo evakuováno 2000 obyvatel.", "evacuated 2000 people"},
                  {"Pohřešovaných je stále 14 turistů.", "missing 14 people"},
                  {"Na hranice bylo vysláno 500 vojáků.", "deployed 500 military"},
                  {"Řidič ve věku 67 let nehodu přežil.", "-"},
                  {"Závod trval 3 hodiny a skončil za deště.", "-"},
                  {"Zemřelo 17 lidí, mezi nimi 5 cizinců.",
                   "killed 17 people; killed 5 foreign_nationals"},
              });
}

TEST(FindClaimsMoreLangs, Kazakh) {
  Check("kk",
        {
            {"Өрт салдарынан 5 адам қаза тапты.", "killed 5 people"},
            {"Жер сілкінісінен 12 адам жараланды.", "injured 12 people"},
            {"Су тасқынына байланысты 1200 тұрғын эвакуацияланды.", "evacuated 1200 people"},
            {"Қақтығыс кезінде 9 полицей жарақат алды.", "injured 9 police"},
            {"Апатта 6 адам қаза тапты, оның ішінде 2 бала.", "killed 6 people; killed 2 children"},
            {"Шекараға 400 сарбаз жіберілді.", "deployed 400 military"},
            {"Митингке 300 адам жиналды.", "protesters 300 people"},
            {"Мектепте 35 жыл жұмыс істеген мұғалім зейнетке шықты.", "-"},
        });
}

}  // namespace
}  // namespace parallax
