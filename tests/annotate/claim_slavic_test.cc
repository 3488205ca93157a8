// The claim finder (src/annotate/claim_find.cc) with the Polish, Russian
// and Ukrainian cues of data/{pl,ru,uk}/claims.tsv, on sentences written
// for this test: inflected event words before and after the figure,
// impersonal and passive forms, group nouns in several cases, subsets
// after a whole count, deployments and crowds told by the group word alone,
// money, and figures that are no claims (ages, population, magnitudes,
// durations, "during two raids"). Every claim must point at its figure
// inside its sentence.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claim_test_util.h"

namespace parallax {
namespace {

using claim_test::Brief;
using claim_test::ClaimDoc;

using claim_test::Check;

// A paragraph of two sentences: a whole count, then a part of it.
void CheckSubset(const char* lang, const std::string& first, const std::string& second,
                 const char* want) {
  const Document doc = ClaimDoc({{first, second}}, lang);
  EXPECT_EQ(Brief(doc), want) << lang << ": " << first << " " << second;
  ASSERT_EQ(doc.claims.size(), 2u);
  EXPECT_EQ(doc.claims[1].subset_of, 0);
  claim_test::ExpectTraceable(doc);
}

TEST(FindClaimsSlavic, Polish) {
  Check("pl",
        {
            {"Zginęły 22 osoby, a 59 zostało rannych.", "killed 22 people; injured 59 people"},
            {"Policja zatrzymała w nocy 37 pseudokibiców.", "detained 37 people"},
            {"Na granicę skierowano dodatkowo 2500 żołnierzy.", "deployed 2500 military"},
            {"Ulicami Krakowa przemaszerowało około 40 tysięcy osób.", "protesters 40000 people"},
            {"Z zagrożonych wsi ewakuowano ponad 1200 mieszkańców.", "evacuated 1200 people"},
            {"Bez dachu nad głową zostało 600 osób.", "displaced 600 people"},
            {"Według prokuratury aresztowano 12 podejrzanych.", "arrested 12 people"},
            {"Do szpitala trafiło 9 uczestników biegu.", "hospitalised 9 people"},
            {"Zatrzymano 8 osób, w tym 3 cudzoziemców.",
             "detained 8 people; detained 3 foreign_nationals"},
            {"Podczas dwóch szturmów zginęło 6 funkcjonariuszy.", "killed 6 security_forces"},
            {"Na placu zebrało się 15 tys. manifestantów.", "protesters 15000 protesters"},
            {"Ogień gasiło przez noc 300 strażaków.", "deployed 300 people"},
            {"Życie straciło pięciu górników.", "killed 5 people"},
            {"W marszu wzięło udział około 50 tys. osób.", "protesters 50000 people"},
            {"Napastnik zastrzelił na plaży 38 turystów.", "killed 38 people"},
            {"W zamachu ofiarami padło 17 osób.", "killed 17 people"},
            {"Obrażenia odniosło 27 pasażerów pociągu.", "injured 27 people"},
            {"Miasto liczące 80 tysięcy mieszkańców odcięto od świata.", "-"},
            {"Sąd skazał 45-letniego mężczyznę na 8 lat więzienia.", "-"},
            {"Wstrząs o sile 6,4 odczuli mieszkańcy regionu.", "-"},
            {"Narada w sztabie kryzysowym trwała 3 godziny.", "-"},
        });
  CheckSubset("pl", "W katastrofie autokaru zginęło 14 osób.", "Wśród ofiar jest czworo dzieci.",
              "killed 14 people; killed 4 children");
  CheckSubset("pl", "W zamieszkach rannych zostało 300 osób.", "Wśród nich jest 120 policjantów.",
              "injured 300 people; injured 120 police");
}

TEST(FindClaimsSlavic, Russian) {
  Check("ru",
        {
            {"В ходе двух рейдов задержаны 14 человек.", "detained 14 people"},
            {"Погибли 5 мирных жителей, ещё 12 получили ранения.",
             "killed 5 civilians; injured 12 civilians"},
            {"Из зоны подтопления эвакуировано около 3 тысяч человек.", "evacuated 3000 people"},
            {"На акцию в центре города вышли около 10 тысяч человек.", "protesters 10000 people"},
            {"В республику переброшены 1500 военнослужащих.", "deployed 1500 military"},
            {"Ущерб от пожара оценили в 300 миллионов рублей.", "damage 300000000 -"},
            {"Судьба ещё 7 горняков остаётся неизвестной.", "missing 7 people"},
            {"Суд отправил под арест 4 участников беспорядков.", "arrested 4 protesters"},
            {"Бойцы спецназа ликвидировали 6 боевиков.", "killed 6 militants"},
            {"В больницах остаются 23 человека.", "hospitalised 23 people"},
            {"Пропавшими без вести числятся 40 моряков.", "missing 40 people"},
            {"Шествие собрало 5000 участников.", "protesters 5000 people"},
            {"В митинге приняли участие около 7 тысяч сторонников оппозиции.",
             "protesters 7000 people"},
            {"Медики оказали помощь 87 пострадавшим.", "injured 87 people"},
            {"Жертвами теракта стали 38 человек.", "killed 38 people"},
            {"Среди задержанных оказались 3 иностранца.", "detained 3 foreign_nationals"},
            {"Город с населением 500 тысяч человек остался без света.", "-"},
            {"Землетрясение магнитудой 6,1 произошло ночью.", "-"},
            {"Следствие длилось 14 месяцев.", "-"},
        });
  CheckSubset("ru", "В результате обстрела погибли 11 человек.", "Среди погибших трое детей.",
              "killed 11 people; killed 3 children");
}

TEST(FindClaimsSlavic, Ukrainian) {
  Check("uk",
        {
            {"Унаслідок атаки дронів загинули двоє людей, ще 9 поранено.",
             "killed 2 people; injured 9 people"},
            {"Під час обшуків затримано 17 осіб.", "detained 17 people"},
            {"Госпіталізовано 31 людину.", "hospitalised 31 people"},
            {"Із прибережних сіл евакуювали понад 4 тисячі мешканців.", "evacuated 4000 people"},
            {"Безвісти зниклими вважаються 11 рибалок.", "missing 11 people"},
            {"До кордону перекинули близько 8 тисяч військових.", "deployed 8000 military"},
            {"Збитки від повені оцінюють у 2 мільярди гривень.", "damage 2000000000 -"},
            {"На мітинг прийшли 3 тисячі учасників.", "protesters 3000 people"},
            {"Поліція затримала 40 учасників акції.", "detained 40 protesters"},
            {"Бійці ліквідували 12 диверсантів.", "killed 12 militants"},
            {"Під час двох атак поранено 6 поліцейських.", "injured 6 police"},
            {"Без житла залишилися понад 500 родин.", "displaced 500 people"},
            {"Пожежу гасили 120 рятувальників.", "deployed 120 people"},
            {"До лікарень доправили 12 людей з опіками.", "hospitalised 12 people"},
            {"У марші взяли участь 5 тисяч людей.", "protesters 5000 people"},
            {"Терорист розстріляв на пляжі 38 туристів.", "killed 38 people"},
            {"Місто з населенням 200 тисяч людей залишилося без води.", "-"},
            {"Землетрус магнітудою 5,9 стався вночі.", "-"},
            {"Розслідування триває вже 5 місяців.", "-"},
        });
  CheckSubset("uk", "Загинули 9 людей.", "Серед загиблих двоє дітей.",
              "killed 9 people; killed 2 children");
  CheckSubset("uk", "Жертвами теракту стали 38 людей.", "Зокрема 30 іноземців.",
              "killed 38 people; killed 30 foreign_nationals");
}

}  // namespace
}  // namespace parallax
