// Gaps closed in the number scanner: Polish typed without diacritics
// (@fold_accents, @fold_letter, except=), es "zero" and the spoken decimal
// "con", it ordinal abbreviations ("30mo", cued "10°"), a sign after a
// comparison sign ("<=-30"), a dash between suffixed figures ("5k-20k") and
// a fraction of a scale ("two thirds of a million"). Sentences are written
// for this test, worded differently from the data's `# example:` lines and
// from the evaluation cases.
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

TEST(NumberGapsTest, PolishWithoutDiacriticsComposes) {
  EXPECT_EQ(Values("pl", "Na liscie jest osiemdziesiat szesc nazwisk."), (V{86}));
  EXPECT_EQ(Values("pl", "Zarzut postawiono dziewiecdziesieciu trzem osobom."), (V{93}));
  EXPECT_EQ(Values("pl", "Budowa potrwa poltora roku i kosztuje szescset tysiecy."),
            (V{1.5, 600000}));
  // Accented text still reads as before.
  EXPECT_EQ(Values("pl", "Zatrzymano dwudziestu pięciu kibiców."), (V{25}));
}

TEST(NumberGapsTest, PolishStoveIsNoFive) {
  // "piec" alone is the stove; "pięć" with its accents stays five.
  EXPECT_TRUE(Scan("pl", "Stary piec wybuchl w nocy.").empty());
  EXPECT_EQ(Values("pl", "Ranne zostało pięć osób."), (V{5}));
}

TEST(NumberGapsTest, SpanishZeroSpelledWithZ) {
  EXPECT_EQ(Values("es", "Marque el zero cuatro y espere."), (V{4}));
  EXPECT_EQ(Values("es", "La inflación fue de cero."), (V{0}));
}

TEST(NumberGapsTest, SpanishConReadsSpokenDecimals) {
  const std::string_view text = "El crecimiento fue del tres con veinticinco por ciento.";
  EXPECT_EQ(Cover(text, One("es", text, 3.25)), "tres con veinticinco");
  One("es", "La nota media quedó en 8 con cinco.", 8.5);
  One("es", "Subió a cuarenta y uno con nueve, dijo.", 41.9);
  // Fractions after "con" keep their reading.
  One("es", "Recorrió dos con un cuarto kilómetros.", 2.25);
}

TEST(NumberGapsTest, SpanishConBetweenCountsStaysTwoNumbers) {
  EXPECT_EQ(Values("es", "Perdieron uno con tres lesionados."), (V{1, 3}));
  EXPECT_EQ(Values("es", "Terminaron 4 con 2 jugadores menos."), (V{4, 2}));
  EXPECT_EQ(Values("es", "Acabó siete con 5 de ventaja."), (V{7, 5}));
}

TEST(NumberGapsTest, ItalianOrdinalAbbreviations) {
  std::vector<NumberToken> t = Scan("it", "Festeggia il 25mo compleanno e la 3ma vittoria.");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_TRUE(t[0].ordinal);
  EXPECT_EQ(t[0].value, 25);
  EXPECT_TRUE(t[1].ordinal);
  t = Scan("it", "Ora è al 4° posto della classifica.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_TRUE(t[0].ordinal);
  EXPECT_EQ(t[0].value, 4);
  // Without a cue word the degree sign is a temperature's.
  t = Scan("it", "Domani fino a 38° in pianura.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_FALSE(t[0].ordinal);
  EXPECT_EQ(t[0].value, 38);
}

TEST(NumberGapsTest, SignAfterAComparisonSign) {
  EXPECT_EQ(Values("en", "Alerts fire at <=-15 or >-2 readings."), (V{-15, -2}));
  // A dash between letters and digits is still a code.
  EXPECT_EQ(Values("en", "The B-52 flew at -40 degrees."), (V{-40}));
}

TEST(NumberGapsTest, DashBetweenSuffixedFigures) {
  EXPECT_EQ(Values("en", "Bonuses ranged 2k-15k last year."), (V{2000, 15000}));
  EXPECT_EQ(Values("en", "Funds of 10M-25M were raised."), (V{1e7, 2.5e7}));
  // Not after a spelled word, nor after a bare code.
  EXPECT_EQ(Values("en", "It was twenty-5 for COVID-19."), (V{20}));
}

TEST(NumberGapsTest, FractionOfAScale) {
  const std::string_view text = "Some three quarters of a million fans watched.";
  EXPECT_EQ(Cover(text, One("en", text, 750000)), "three quarters of a million");
  One("en", "They spent half of a billion dollars.", 5e8);
  One("es", "Llegaron tres cuartos de un millón de turistas.", 750000);
  One("it", "Ne arrivano due terzi di un milione.", 2e6 / 3);
  // A fraction of something else stays a fraction.
  EXPECT_EQ(Values("en", "Two thirds of a panel agreed."), (V{2.0 / 3}));
}

}  // namespace
}  // namespace parallax::annotate
