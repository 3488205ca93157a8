// Ratios through ScanNumbers and JoinRatios ("one in five", "2 out of 500", fr "un sur
// trois", es "uno de cada tres", it "uno su tre", de "drei von zehn", ru
// "один из пяти"), dozen abbreviations, a decimal before "hundred", a
// hundred after a joined group ("6 hundred and 4 hundred"), es feminine
// plural denominators and a lone fraction before "the" / "der". Sentences are written for this
// test, worded differently from the `# example:` lines of the data and from the evaluation cases.
#include "annotate/number_ratio.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "annotate/number_scan.h"
#include "annotate/number_test_util.h"

namespace parallax::annotate {
namespace {

using testing::Cover;

// ScanNumbers then JoinRatios, as the Annotator runs them (without dates).
std::vector<NumberToken> Scan(const std::string& lang, std::string_view text) {
  std::vector<NumberToken> tokens = testing::Scan(lang, text);
  JoinRatios(text, testing::Lexicon(lang).impl(), tokens);
  return tokens;
}

std::vector<double> Values(const std::string& lang, std::string_view text) {
  std::vector<double> out;
  for (const NumberToken& t : Scan(lang, text)) out.push_back(t.value);
  return out;
}

NumberToken One(const std::string& lang, std::string_view text, double value) {
  const std::vector<NumberToken> tokens = Scan(lang, text);
  EXPECT_EQ(tokens.size(), 1u) << text;
  if (tokens.size() != 1) return {};
  EXPECT_DOUBLE_EQ(tokens[0].value, value) << text;
  return tokens[0];
}

using V = std::vector<double>;

TEST(NumberRatioTest, TwoCountsAndARatioWordAreOneFigure) {
  const std::string_view text = "Polls say one in four adults now rent.";
  const NumberToken t = One("en", text, 0.25);
  EXPECT_EQ(Cover(text, t), "one in four");
  One("en", "Inspectors rejected 3 out of 40 bridges.", 0.075);
  One("en", "Only two out of seven hundred samples failed.", 2.0 / 700);
  One("en", "Roughly 1 in twenty-five patients relapsed.", 0.04);
  One("fr", "Désormais 2 sur 9 élèves mangent à la cantine.", 2.0 / 9);
  One("fr", "Le virus touche un sur mille habitants.", 0.001);
  One("es", "Tres de cada diez empresas exportan.", 0.3);
  One("es", "Una de cada cinco viviendas está vacía.", 0.2);
  One("it", "Ha risposto uno su quattro, secondo il sondaggio.", 0.25);
  One("it", "Sono rientrati 7 su 12 dipendenti.", 7.0 / 12);
  One("de", "Inzwischen zahlt einer von acht Kunden bar.", 0.125);
  One("de", "Bisher haben 2 von 9 Ländern zugestimmt.", 2.0 / 9);
  One("ru", "Работу потерял каждый, кто был одним из 6 пилотов.", 1.0 / 6);
  One("ru", "Против проголосовали 4 из 11 депутатов.", 4.0 / 11);
}

TEST(NumberRatioTest, ALargerFirstCountAYearOrAnAmountStayApart) {
  // The first count is not smaller: two figures ("12 in six boxes").
  EXPECT_EQ(Values("en", "Police found 40 in 8 cars."), (V{40, 8}));
  EXPECT_EQ(Values("fr", "Il a emprunté 5000 sur 4 ans."), (V{5000, 4}));
  EXPECT_EQ(Values("it", "Vinsero 10 su 3 campi."), (V{10, 3}));
  // A year after "in" is a date, not a denominator.
  EXPECT_EQ(Values("en", "He scored 2 in 2019 and 3 in 2021."), (V{2, 2019, 3, 2021}));
  // After a currency sign the first figure is an amount.
  EXPECT_EQ(Values("en", "The fare rose by $1 in 4 steps."), (V{1, 4}));
  // Ordinals, vague amounts and a one-letter article are no part.
  EXPECT_EQ(Values("en", "The 3rd in 7 races was his."), (V{3, 7}));
  EXPECT_EQ(Values("en", "Dozens in 9 towns were hit."), (V{24, 9}));
  EXPECT_EQ(Values("en", "Plan A in 2 weeks."), (V{2}));
  // Two spaces, or another word between, join nothing.
  EXPECT_EQ(Values("en", "Seats 2  in 5 rows."), (V{2, 5}));
  EXPECT_EQ(Values("en", "Only 2 of 5 reactors run."), (V{2, 5}));
  // "два з половиною" is read as 2.5 before any ratio.
  One("uk", "Минуло два з половиною роки.", 2.5);
}

TEST(NumberRatioTest, DozenAbbreviationsMultiply) {
  One("en", "The bakery shipped 4 dz rolls.", 48);
  One("en", "Buyers took 2 doz. eggs each.", 24);
  One("en", "Crews stacked six dzs crates.", 72);
  One("es", "Se vendieron 3 dz de huevos.", 36);
  // "dz" alone is no number.
  EXPECT_TRUE(Scan("en", "The DZ code stands for Algeria.").empty());
}

TEST(NumberRatioTest, ADecimalBeforeHundredMultipliesIt) {
  One("en", "Attendance reached 1.5 hundred on Sunday.", 150);
  EXPECT_EQ(Values("en", "We logged 4 hundred and 3.25 hundred more."), (V{400, 325}));
  // A hundred after a joined group starts a second figure.
  EXPECT_EQ(Values("en", "They sold 6 hundred and 4 hundred tickets."), (V{600, 400}));
  EXPECT_EQ(Values("en", "Some five hundred and two hundred more came."), (V{500, 200}));
  One("en", "Exactly 7 hundred and 45 runners finished.", 745);
  One("en", "Two hundred and five thousand people marched.", 205000);
  // fr "cents" after digits stays the coin.
  EXPECT_EQ(Values("fr", "Le ticket coûte 1,20 cents de plus."), (V{1.2}));
}

TEST(NumberRatioTest, SpanishFemininePluralsDivide) {
  One("es", "Cuatro quintas partes del hielo se fundieron.", 0.8);
  EXPECT_EQ(Values("es", "Aprobaron dos terceras partes y las terceras pruebas."), (V{2.0 / 3, 3}));
}

TEST(NumberRatioTest, ALoneFractionBeforeTheArticleIsAFigure) {
  EXPECT_EQ(Values("en", "Nearly half the workforce struck."), (V{0.5}));
  EXPECT_EQ(Values("en", "A quarter the members abstained."), (V{0.25}));
  EXPECT_TRUE(Scan("en", "Half was gone by noon, they said.").empty());
  EXPECT_EQ(Values("de", "Fast die Hälfte der Mitglieder fehlte."), (V{0.5}));
  EXPECT_EQ(Values("de", "Knapp die Hälfte von ihnen blieb."), (V{0.5}));
  EXPECT_TRUE(Scan("de", "In der Hälfte war Schluss.").empty());
}

}  // namespace
}  // namespace parallax::annotate
