// Spelled fractions and loose spacing through ScanNumbers, language by
// language: denominators that are ordinal phrases ("five twenty-thirds",
// "a twenty-first of", es "-avos"), a fraction of a smaller scale ("six
// billion and a quarter million"), hyphens typed with spaces and doubled
// spaces inside a number ("sixty - seven", "sesenta   y   siete"), digits
// before a hundred, "1.2b", "2,5 k" and the German "negativ". Sentences are
// written for this test, worded differently from the `# example:` lines of
// the data and from the evaluation cases.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "annotate/number_scan.h"
#include "annotate/number_test_util.h"

namespace parallax::annotate {
namespace {

using testing::Cover;
using testing::One;
using testing::Scan;
using testing::Values;

using V = std::vector<double>;

TEST(NumberFractionsTest, AHyphenTypedWithSpacesJoinsTensAndUnits) {
  One("en", "The motion won sixty - seven votes in the chamber.", 67);
  One("en", "Officials counted ninety - nine ballots twice.", 99);
  One("fr", "Il a obtenu cinquante - deux pour cent des voix.", 52);
  One("es", "Hubo treinta - cuatro heridos leves.", 34);
  One("pl", "Rannych zostało dwadzieścia - trzy osoby.", 23);
  One("ru", "Пострадали двадцать - три человека.", 23);
  // Words that do not compose stay apart: a range or a dash.
  EXPECT_EQ(Values("en", "Between twenty - thirty people waited."), (V{20, 30}));
  EXPECT_EQ(Values("en", "Seats five - six were empty."), (V{5, 6}));
  EXPECT_EQ(Values("de", "Es waren einundzwanzig - zwei Gegenstimmen."), (V{21, 2}));
  // The hyphen must have one space on each side.
  EXPECT_EQ(Values("en", "It was fifty -two, then fifty- two."), (V{50, 2, 50, 2}));
}

TEST(NumberFractionsTest, UpToThreeSpacesStandInsideANumber) {
  const std::string text = "El censo halló sesenta   y   siete casas.";
  const NumberToken t = One("es", text, 67);
  EXPECT_EQ(Cover(text, t), "sesenta   y   siete");
  One("en", "They seized two  hundred   rifles.", 200);
  // Four spaces are layout (a table's columns), not one number.
  EXPECT_EQ(Values("en", "fifty    two"), (V{50, 2}));
}

TEST(NumberFractionsTest, AnOrdinalPhraseAfterACountIsTheDenominator) {
  One("en", "The party took five twenty-thirds of the vote.", 5.0 / 23);
  One("en", "The county gets one twenty-ninth of the levy.", 1.0 / 29);
  One("en", "The tax is a twenty-first of the price.", 1.0 / 21);
  One("en", "It rose by one one hundred seventh.", 1.0 / 107);
  One("en", "The error was a hundred thousand billionths.", 1e-4);
  One("en", "The court's share was four and a thirtieth.", 4 + 1.0 / 30);
  // A singular ordinal that goes on is the ordinal ("a twenty-first
  // century"), and after any count but one it is no denominator.
  const std::vector<NumberToken> century = Scan("en", "It was a twenty-first century coup.");
  ASSERT_EQ(century.size(), 1u);
  EXPECT_TRUE(century[0].ordinal);
  EXPECT_DOUBLE_EQ(century[0].value, 21);
  const std::vector<NumberToken> two = Scan("en", "Two twenty-first birthdays fell on Monday.");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_DOUBLE_EQ(two[0].value, 2);
  EXPECT_TRUE(two[1].ordinal);
  // "firsts" only divides by one: "three firsts" stays three.
  One("en", "The swimmer took three firsts at the meet.", 3);
  One("fr", "Le maire a obtenu un vingt-troisième des voix.", 1.0 / 23);
  One("it", "Il fondo copre milleduecento quinti della spesa.", 240);
  One("de", "Drei Fünftel der Abgeordneten stimmten zu.", 0.6);
  One("pl", "Trzy piąte posłów było przeciw.", 0.6);
}

TEST(NumberFractionsTest, SpanishAvoEndingsAreDenominators) {
  One("es", "El Gobierno aprobó un doceavo del presupuesto.", 1.0 / 12);
  One("es", "Cada socio tiene cinco veintitresavos del capital.", 5.0 / 23);
  One("es", "Se repartieron cinco dieciseisavas partes.", 5.0 / 16);
  One("es", "La cuota subió a siete cuarentavos.", 7.0 / 40);
  // "centavos" is no cardinal with "-avos": a coin.
  const std::vector<NumberToken> coins = Scan("es", "El pasaje sube cinco centavos.");
  ASSERT_EQ(coins.size(), 1u);
  EXPECT_DOUBLE_EQ(coins[0].value, 5);
}

TEST(NumberFractionsTest, AFractionBeforeASmallerScaleIsAFractionOfThatScale) {
  One("en", "The fund holds six billion and a quarter million dollars.", 6000250000);
  One("en", "Debt hit one trillion and three quarters billion.", 1000750000000);
  One("es", "La deuda es de un billón y medio millón de pesos.", 1000000500000);
  One("fr", "La dette atteint deux milliards et demi million.", 2000500000);
  // Without a scale after it the fraction is of the last scale.
  One("en", "They raised two billion and a half.", 2500000000);
}

TEST(NumberFractionsTest, DigitsBeforeAHundred) {
  One("en", "Police counted 145 hundred marchers.", 14500);
  One("en", "The pier is 4 hundred feet long.", 400);
  // A decimal figure before "cents" is an amount in cents, not hundreds.
  const std::vector<NumberToken> cents = Scan("fr", "Le baril a pris 2,40 cents.");
  ASSERT_FALSE(cents.empty());
  EXPECT_DOUBLE_EQ(cents[0].value, 2.4);
  // A year is no multiplier.
  EXPECT_EQ(Values("en", "In 2022 hundreds fled."), (V{2022, 200}));
}

TEST(NumberFractionsTest, LowerCaseBIsABillionOnlyAfterADecimalPart) {
  One("en", "The group agreed a $4.5b takeover.", 4.5e9);
  One("en", "Revenue was 1.25b last year.", 1.25e9);
  EXPECT_EQ(Values("en", "She lives at flat 12b."), (V{12}));
  EXPECT_EQ(Values("en", "Article 5b applies."), (V{5}));
}

TEST(NumberFractionsTest, KAfterAFigureWithASpace) {
  One("es", "La campaña recaudó 2,5 k en un día.", 2500);
  One("it", "Il video ha 12 k visualizzazioni.", 12000);
  One("fr", "La pétition a réuni 3,2 k signatures.", 3200);
  One("de", "Das Video hat 40 k Aufrufe.", 40000);
  One("pl", "Zbiórka dała 7 k złotych.", 7000);
  One("en", "The race drew 10 k runners.", 10000);
}

TEST(NumberFractionsTest, GermanNegativIsAMinusWord) {
  One("de", "Der Saldo lag bei negativ 1450 Euro.", -1450);
  One("de", "Die Bilanz war negativ drei Punkte.", -3);
}

TEST(NumberFractionsTest, GermanWithoutUmlautsOrSharpS) {
  One("de", "Der Kanton meldete dreissig neue Fälle.", 30);
  One("de", "Es kamen zweihundertfuenfundfuenfzig Gäste.", 255);
  One("de", "Sie wurde Zwoelfte im Riesenslalom.", 12);
  One("de", "Drei Fuenftel der Stimmen gingen an die SVP.", 0.6);
}

TEST(NumberFractionsTest, FrenchEightyWrittenWithSpacesTakesAUnit) {
  One("fr", "Il y avait quatre vingt trois manifestants.", 83);
  One("fr", "Deux mille quatre vingt une voix.", 2081);
  // "vingt un" outside eighty is no 21 (standard: "vingt et un"); the
  // article alone is no number.
  EXPECT_EQ(Values("fr", "Vingt un jours plus tard."), (V{20}));
  // Not after the plural "quatre-vingts": "un" there is the article.
  EXPECT_EQ(Values("fr", "Des quatre-vingts un peu partout."), (V{80}));
}

}  // namespace
}  // namespace parallax::annotate
