// Comparisons, range words and percent words of the quantity layer per
// language, through the public Annotator: "or equal" comparatives in every
// inflection the language has, comparatives agreeing with a plural noun,
// "through" between two numbers, range words like Italian "compreso tra",
// and the percent words "pourcentage", "percentuale", "por cien". The
// sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "quantity_test_util.h"

namespace parallax {
namespace {

using Want = std::vector<std::string>;

std::vector<std::string> Described(std::string_view lang, std::string_view text) {
  return testing::DescribeQuantities(lang, text, /*with_kind=*/true);
}

TEST(QuantityComparisons, OrEqualBounds) {
  EXPECT_EQ(Described("en", "Only firms with staff smaller or equal than 250 qualify."),
            Want{"[smaller or equal than 250] 250 - up_to number"});
  EXPECT_EQ(Described("en", "Bids larger than or equal to $5 million were opened."),
            Want{"[larger than or equal to $5 million] 5000000 USD at_least money"});
  EXPECT_EQ(Described("de", "Gemeinden mit kleiner oder gleich 5000 Einwohnern zahlen nichts."),
            Want{"[kleiner oder gleich 5000] 5000 - up_to number"});
  EXPECT_EQ(Described("fr", "Les revenus inférieurs ou égaux à 1 500 euros sont exonérés."),
            Want{"[inférieurs ou égaux à 1 500 euros] 1500 EUR up_to money"});
  EXPECT_EQ(Described("fr", "Une note supérieure ou égale à 12 est exigée."),
            Want{"[supérieure ou égale à 12] 12 - at_least number"});
  EXPECT_EQ(Described("es", "Las pensiones menores o iguales a 900 euros suben."),
            Want{"[menores o iguales a 900 euros] 900 EUR up_to money"});
  EXPECT_EQ(Described("it", "I redditi minori o uguali a 15.000 euro sono esenti."),
            Want{"[minori o uguali a 15.000 euro] 15000 EUR up_to money"});
  EXPECT_EQ(Described("pl", "Dopłata obejmuje działki mniejsza lub równa 5 ha."),
            Want{"[mniejsza lub równa 5 ha] 5 ha up_to measure"});
  EXPECT_EQ(Described("ru", "Штраф грозит при скорости больше или равно 60 км/ч."),
            Want{"[больше или равно 60 км/ч] 60 km/h at_least measure"});
  EXPECT_EQ(Described("uk", "Пільга діє для сімей, де дітей більше або дорівнює 3."),
            Want{"[більше або дорівнює 3] 3 - at_least number"});
}

TEST(QuantityComparisons, ComparativesAgreeWithPluralNouns) {
  EXPECT_EQ(Described("es", "Se revisarán las facturas superiores a 3.000 euros."),
            Want{"[superiores a 3.000 euros] 3000 EUR more_than money"});
  EXPECT_EQ(Described("es", "Los contratos mayores a 50 millones de dólares irán a concurso."),
            Want{"[mayores a 50 millones de dólares] 50000000 USD more_than money"});
  EXPECT_EQ(Described("it", "Le spese superiori a 500 euro vanno rendicontate."),
            Want{"[superiori a 500 euro] 500 EUR more_than money"});
  EXPECT_EQ(Described("en", "Losses exceeding $2 billion were reported."),
            Want{"[exceeding $2 billion] 2000000000 USD more_than money"});
}

TEST(QuantityComparisons, RangeWords) {
  EXPECT_EQ(Described("en", "Grades 3 through 5 return on Monday."),
            Want{"[3 through 5] 3..5 - range number"});
  EXPECT_EQ(Described("it", "L'affluenza è compresa tra 40 e 45 per cento."),
            Want{"[compresa tra 40 e 45 per cento] 40..45 % range percent"});
  // "through" joins ascending figures only.
  EXPECT_EQ(Described("en", "Seats 12 through 4 were empty."),
            (Want{"[12] 12 - exact number", "[4] 4 - exact number"}));
}

TEST(QuantityComparisons, RangesOfRanks) {
  EXPECT_EQ(Described("en", "The party came between the eighth and the tenth place."),
            Want{"[between the eighth and the tenth] 8..10 - range ordinal"});
  EXPECT_EQ(Described("en", "The firm ranks between 12th and 14th in sales."),
            Want{"[between 12th and 14th] 12..14 - range ordinal"});
  EXPECT_EQ(Described("en", "She finished between third and fifth in every race."),
            Want{"[between third and fifth] 3..5 - range ordinal"});
  EXPECT_EQ(Described("es", "El equipo acabará entre el quinto y el octavo."),
            Want{"[entre el quinto y el octavo] 5..8 - range ordinal"});
  EXPECT_EQ(Described("fr", "Le parti arrive entre la deuxième et la quatrième place."),
            Want{"[entre la deuxième et la quatrième] 2..4 - range ordinal"});
  EXPECT_EQ(Described("it", "La squadra è tra la terza e la sesta posizione."),
            Want{"[tra la terza e la sesta] 3..6 - range ordinal"});
  // Ranks that fall are two ordinals.
  EXPECT_EQ(Described("en", "He went from fifth to third."),
            (Want{"[fifth] 5 - exact ordinal", "[third] 3 - exact ordinal"}));
}

TEST(QuantityComparisons, PercentWords) {
  EXPECT_EQ(Described("fr", "Le taux atteint 12 pourcentage selon l'institut."),
            Want{"[12 pourcentage] 12 % exact percent"});
  EXPECT_EQ(Described("it", "Il calo è del 7 percentuale rispetto a marzo."),
            Want{"[7 percentuale] 7 % exact percent"});
  EXPECT_EQ(Described("es", "El club vendió el cincuenta por cien de sus acciones."),
            Want{"[cincuenta por cien] 50 % exact percent"});
  EXPECT_EQ(Described("en", "Turnout was 64 percentage in the north."),
            Want{"[64 percentage] 64 % exact percent"});
  // Points of percentage stay one unit: the longer phrase wins.
  EXPECT_EQ(Described("en", "Rates fell 2 percentage points."),
            Want{"[2 percentage points] 2 % exact percent"});
}

}  // namespace
}  // namespace parallax
