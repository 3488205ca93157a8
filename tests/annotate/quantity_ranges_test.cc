// Ranges, joined bounds and open bounds of the quantity layer per language,
// through the public Annotator: bounds joined by a comma, a range's closing
// words ("through", "hasta", "jusqu'à", "fino a", "bis zu"), articles before
// the figures ("entre un 10 y un 12 por ciento", "più del 10%"), a bound after
// the figure outweighing an estimate before it and yielding to the next
// figure's comparative, the scale of a spelled upper end, "<>" and runs of
// spaces. The sentences are written for these tests.
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

TEST(QuantityRanges, BoundsJoinedByAComma) {
  EXPECT_EQ(Described("en", "Analysts expect growth of more than 2, less than 3 percent."),
            Want{"[more than 2, less than 3 percent] 2..3 % range percent"});
  EXPECT_EQ(
      Described("de", "Gesucht sind Wohnungen mit mehr als 40, weniger als 60 Quadratmetern."),
      Want{"[mehr als 40, weniger als 60 Quadratmetern] 40..60 m2 range measure"});
  EXPECT_EQ(Described("fr", "Le parti vise plus de 12, moins de 20 sièges."),
            Want{"[plus de 12, moins de 20] 12..20 - range number"});
  EXPECT_EQ(Described("ru", "Стоимость составит более 5 тысяч, менее 8 тысяч рублей."),
            Want{"[более 5 тысяч, менее 8 тысяч рублей] 5000..8000 RUB range money"});
  // Two lower bounds, or bounds that do not ascend, stay two.
  EXPECT_EQ(Described("en", "Under 18, over 65: both groups vote free."),
            Want({"[Under 18] 18 - less_than number", "[over 65] 65 - more_than number"}));
}

TEST(QuantityRanges, ClosingWordsOfARange) {
  EXPECT_EQ(Described("en", "Seats are numbered from 101 through 180."),
            Want{"[from 101 through 180] 101..180 - range number"});
  EXPECT_EQ(Described("es", "Las entradas costarán de 30 hasta 45 euros."),
            Want{"[de 30 hasta 45 euros] 30..45 EUR range money"});
  EXPECT_EQ(Described("es", "Los alquileres subirán desde 5 a 9 por ciento."),
            Want{"[desde 5 a 9 por ciento] 5..9 % range percent"});
  EXPECT_EQ(Described("fr", "Les billets coûteront de 30 jusqu'à 45 euros."),
            Want{"[de 30 jusqu'à 45 euros] 30..45 EUR range money"});
  EXPECT_EQ(Described("it", "I biglietti costeranno da 30 fino a 45 euro."),
            Want{"[da 30 fino a 45 euro] 30..45 EUR range money"});
  EXPECT_EQ(Described("de", "Die Wellen erreichten von 3 bis zu 5 Meter."),
            Want{"[von 3 bis zu 5 Meter] 3..5 m range measure"});
  EXPECT_EQ(Described("en", "The survey gave readings of 40~55 units."),
            Want{"[40~55] 40..55 - range number"});
}

TEST(QuantityRanges, ArticlesBeforeTheFigures) {
  EXPECT_EQ(Described("es", "La abstención creció entre un 8 y un 11 por ciento."),
            Want{"[entre un 8 y un 11 por ciento] 8..11 % range percent"});
  EXPECT_EQ(Described("es", "Los precios bajaron menos del 4 por ciento en marzo."),
            Want{"[menos del 4 por ciento] 4 % less_than percent"});
  EXPECT_EQ(Described("es", "La deuda alcanzará hasta un 120 % del PIB."),
            Want{"[hasta un 120 %] 120 % up_to percent"});
  EXPECT_EQ(Described("es", "La participación rondó casi el 70 %."),
            Want{"[casi el 70 %] 70 % about percent"});
  EXPECT_EQ(Described("it", "L'inflazione è salita di più del 6%."),
            Want{"[più del 6%] 6 % more_than percent"});
  EXPECT_EQ(Described("it", "La disoccupazione è scesa sotto l'8%."),
            Want{"[sotto l'8%] 8 % less_than percent"});
  EXPECT_EQ(Described("it", "Il debito potrà salire fino all'11%."),
            Want{"[fino all'11%] 11 % up_to percent"});
}

TEST(QuantityRanges, VerbsOfExceeding) {
  EXPECT_EQ(Described("en", "Damage exceeded 40 million euros."),
            Want{"[exceeded 40 million euros] 40000000 EUR more_than money"});
  EXPECT_EQ(Described("en", "Loads not exceeding 12 tonnes may cross."),
            Want{"[not exceeding 12 tonnes] 12 t up_to measure"});
  EXPECT_EQ(Described("es", "El número de evacuados supera los 2.000."),
            Want{"[supera los 2.000] 2000 - more_than number"});
  EXPECT_EQ(Described("fr", "Le déficit dépasse les 5 %."),
            Want{"[dépasse les 5 %] 5 % more_than percent"});
  EXPECT_EQ(Described("ru", "Ущерб превысил 3 миллиона рублей."),
            Want{"[превысил 3 миллиона рублей] 3000000 RUB more_than money"});
  EXPECT_EQ(Described("uk", "Збитки перевищили 7 мільйонів гривень."),
            Want{"[перевищили 7 мільйонів гривень] 7000000 UAH more_than money"});
  EXPECT_EQ(Described("pl", "Straty przekroczyły 9 milionów złotych."),
            Want{"[przekroczyły 9 milionów złotych] 9000000 PLN more_than money"});
}

TEST(QuantityRanges, BoundAfterTheFigure) {
  // A bound after the figure outweighs an estimate before it.
  EXPECT_EQ(Described("en", "Some 40 or more boats were seized."),
            Want{"[40 or more] 40 - at_least number"});
  EXPECT_EQ(Described("es", "Unas 300 o más familias fueron desalojadas."),
            Want{"[300 o más] 300 - at_least number"});
  // An estimate after an estimate keeps the first word.
  EXPECT_EQ(Described("en", "About 40 or so boats were seized."),
            Want{"[About 40] 40 - about number"});
  // "or less", "o más" open the next figure's comparative: not a bound here.
  EXPECT_EQ(Described("en", "Bids of 400 or less than 300 were refused."),
            Want({"[400] 400 - exact number", "[less than 300] 300 - less_than number"}));
  EXPECT_EQ(Described("es", "Obtuvo 70 o más de 60 votos."),
            Want({"[70] 70 - exact number", "[más de 60] 60 - more_than number"}));
  // Open bounds in every language.
  EXPECT_EQ(Described("de", "Betroffen sind 30 oder mehr Gemeinden."),
            Want{"[30 oder mehr] 30 - at_least number"});
  EXPECT_EQ(Described("pl", "Zginęło 12 lub więcej osób."),
            Want{"[12 lub więcej] 12 - at_least number"});
  EXPECT_EQ(Described("uk", "Загинули 12 і більше людей."),
            Want{"[12 і більше] 12 - at_least number"});
}

TEST(QuantityRanges, SpelledEndsAndSigns) {
  // The scale of a spelled upper end applies to a spelled lower one.
  EXPECT_EQ(Described("en", "Between six and eight thousand fans came."),
            Want{"[Between six and eight thousand] 6000..8000 - range number"});
  EXPECT_EQ(Described("es", "Llegaron entre veinte y treinta mil personas."),
            Want{"[entre veinte y treinta mil] 20000..30000 - range number"});
  // "<>" is inequality, no bound; a comparison sign may stand before spaces.
  EXPECT_EQ(Described("en", "Rows where code <>40 were dropped."), Want{"[40] 40 - exact number"});
  EXPECT_EQ(Described("en", "Keep values <=  -15 only."), Want{"[<=  -15] -15 - up_to number"});
}

}  // namespace
}  // namespace parallax
