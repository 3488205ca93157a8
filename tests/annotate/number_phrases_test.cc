// Number phrases through ScanNumbers, language by language: mixed
// fractions ("five and a quarter", "dos y medio", "два с половиной"),
// digits continued by words ("3 hundred and 21", "2 mil millones"), decimal
// words ("point", "Komma", "целых ... десятых"), fractions before a linker,
// and the scale composition of the long scale. Sentences are written for
// this test, worded differently from the `# example:` lines of the data.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <tuple>
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

// Regression: "five and a quarter" was 5/4 (the quarter read as a
// denominator of the whole), "twenty and three fifths" 23/5.
TEST(NumberPhrasesTest, MixedFractionsAddToTheWholeNumber) {
  One("en", "The index closed five and a quarter points higher.", 5.25);
  One("en", "Rainfall reached twenty and three fifths inches.", 20.6);
  One("en", "Talks lasted one and a half days.", 1.5);
  One("en", "The striker is thirty-one and a third years old.", 31 + 1.0 / 3);
  One("en", "Shares rose three and one fourth percent.", 3.25);
  One("de", "Die Sitzung dauerte zwei und ein halb Stunden.", 2.5);
  One("fr", "Le taux a progressé de deux et demi points.", 2.5);
  EXPECT_EQ(Values("fr", "Il reste vingt et trois cinquièmes."), V{20.6});
  One("es", "La reunión duró dos y medio días.", 2.5);
  One("es", "El barril subió cinco con un cuarto dólares.", 5.25);
  One("it", "Il vertice è durato due e mezzo giorni.", 2.5);
  One("it", "L'indice è salito di cinque e un quarto punti.", 5.25);
  One("pl", "Rozmowy trwały dwa i pół dnia.", 2.5);
  One("ru", "Переговоры шли два с половиной дня.", 2.5);
  One("uk", "Переговори тривали два з половиною дні.", 2.5);
}

TEST(NumberPhrasesTest, AFractionAfterAScaleIsAFractionOfTheScale) {
  One("en", "They raised 3 million and a half for the clinic.", 3500000);
  One("en", "It sold two million and one half copies.", 2500000);
  One("en", "The deficit was five billion and three quarters.", 5750000000);
  One("fr", "La ville compte 3 millions et demi d'habitants.", 3500000);
  One("es", "Llegaron 2 millones y medio de turistas.", 2500000);
  One("it", "Sono 3 milioni e mezzo di abitanti.", 3500000);
  // "two and a half million": the fraction first, then the scale.
  One("en", "Some two and a half million people voted.", 2500000);
}

// The German compounds: "eineinhalb" was read as one half (an article and
// a fraction), "anderthalb" not at all.
TEST(NumberPhrasesTest, GermanHalves) {
  One("de", "Der Bau kostete eineinhalb Milliarden Euro.", 1.5e9);
  One("de", "Anderthalb Millionen Besucher kamen.", 1.5e6);
  One("de", "Es blieben dreieinhalb Tage.", 3.5);
  One("de", "Nur ein halbes Dutzend Abgeordnete stimmte zu.", 6);
  One("pl", "Wydano półtora miliona złotych.", 1.5e6);
}

TEST(NumberPhrasesTest, DigitsContinuedByWords) {
  const std::string text = "The hall seats 3 hundred and 21 guests.";
  const NumberToken t = One("en", text, 321);
  EXPECT_EQ(Cover(text, t), "3 hundred and 21");
  EXPECT_TRUE(t.spelled);
  One("en", "Officials counted 4 thousand 3 hundred and 21 ballots.", 4321);
  One("en", "The fund holds 6 crore and two hundred rupees.", 60000200);
  One("es", "El Estado invirtió 2 mil millones de euros.", 2e9);
  One("es", "Hubo 2,5 mil millones de visitas.", 2.5e9);
  One("de", "Es geht um 2,5 Millionen Euro.", 2.5e6);
  // Two figures stay two: a year, and a scale joined to a smaller one.
  EXPECT_EQ(Values("en", "in 2020 thousands fled"), V({2020, 2000}));
  EXPECT_EQ(Values("en", "budgets of 5 lakh and 2 crore"), V({500000, 20000000}));
  EXPECT_EQ(Values("en", "4000 3 hundred and 21"), V({4000, 321}));
  // "2 1/2": a whole number and a fraction in digits.
  One("en", "The trial lasted 2 1/2 weeks.", 2.5);
  One("it", "Servono 2 e 1/4 litri.", 2.25);
}

TEST(NumberPhrasesTest, LongScaleComposition) {
  // "tres billones cuatrocientos cincuenta y cinco mil doscientos millones":
  // a larger scale after smaller ones multiplies them all, below the
  // largest one.
  One("es", "La deuda suma tres billones cuatrocientos mil doscientos millones.", 3e12 + 400200e6);
  One("es", "Costó dos mil quinientos millones.", 2.5e9);
  One("en", "a budget of two thousand million pounds", 2e9);
  // A scale alone after a larger one is one of it; German compounds start
  // with "ein" after a scale too.
  One("de", "Es waren zwei Millionen tausend Stimmen.", 2001000);
  One("de", "zwei Millionen eintausendzweihundertdreißig Euro", 2001230);
  One("fr", "deux millions mille votants", 2001000);
  One("ru", "два миллиона тысяча голосов", 2001000);
  // The same scale twice is two numbers.
  EXPECT_EQ(Values("en", "a thousand thousand"), V({1000, 1000}));
}

TEST(NumberPhrasesTest, DecimalWords) {
  One("en", "Growth slowed to two point five percent.", 2.5);
  One("en", "The bond paid two hundred point zero three.", 200.03);
  One("en", "It measured nine point nought four metres.", 9.04);
  One("en", "Turnout was sixty point seventy-one percent.", 60.71);
  One("en", "Some two point five million people watched.", 2.5e6);
  One("de", "Die Quote fiel auf drei Komma fünf Prozent.", 3.5);
  One("de", "Der Wert lag bei tausendvierhundertsechzehn Komma fünfzehn.", 1416.15);
  One("fr", "Le chômage atteint trois virgule cinq pour cent.", 3.5);
  One("es", "La inflación fue de tres coma cinco puntos.", 3.5);
  One("it", "Il deficit è al tre virgola cinque per cento.", 3.5);
  One("pl", "Bezrobocie wyniosło trzy przecinek pięć procent.", 3.5);
  One("pl", "Wzrost wyniósł trzy całe pięć dziesiątych procent.", 3.5);
  One("ru", "Инфляция составила три целых пять десятых процента.", 3.5);
  One("ru", "Рост составил одна целая две десятых процента.", 1.2);
  One("uk", "Зростання склало три цілих п'ять десятих відсотка.", 3.5);
  // Composed numbers after the decimal word give their digits.
  One("es", "El índice marcó mil doscientos coma cuatrocientos cinco.", 1200.405);
  One("en", "pi is three point one four one five nine", 3.14159);
  // "point" with no number after it is no decimal sign.
  EXPECT_EQ(Values("en", "a three point shot and a two point lead"), V({3, 2}));
}

TEST(NumberPhrasesTest, FractionsBeforeALinker) {
  EXPECT_EQ(Values("en", "A third of the staff left; he won a third term."), V({1.0 / 3, 3}));
  EXPECT_TRUE(Scan("en", "he won a third term")[0].ordinal);
  One("en", "She won by a hundredth of a second.", 0.01);
  One("en", "Half of the seats changed hands.", 0.5);
  // "half" alone is no figure; "the second" is the ordinal (cued_ordinal).
  EXPECT_EQ(Values("en", "in the second half."), V{2});
  EXPECT_TRUE(Values("en", "a half-time lead").empty());
  One("fr", "Il a obtenu un dixième des voix.", 0.1);
  EXPECT_TRUE(Scan("fr", "un troisième mandat")[0].ordinal);
  One("es", "Perdió un quinto del total.", 0.2);
  One("it", "Ha perso un decimo dei voti.", 0.1);
  One("ru", "Две трети опрошенных против.", 2.0 / 3);
  One("pl", "Trzy czwarte mieszkańców głosowało.", 0.75);
}

TEST(NumberPhrasesTest, CountsBeforeDenominators) {
  One("en", "one hundred thirty fifths", 26);
  One("en", "a margin of three millionths", 3e-6);
  EXPECT_TRUE(Scan("en", "the three millionth visitor")[0].ordinal);
  One("fr", "cent trente cinquièmes", 26);
  One("es", "ciento treinta y dos quintos", 26.4);
  One("it", "centotrenta quinti", 26);
  // A singular that completes the number is an ordinal.
  const std::vector<NumberToken> t = Scan("fr", "le cent cinquième jour");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_TRUE(t[0].ordinal);
  EXPECT_EQ(t[0].value, 105);
}

TEST(NumberPhrasesTest, AccentsAreOptionalInRomanceLanguages) {
  const std::vector<NumberToken> fr = Scan("fr", "Il est arrive onzieme, puis vingt-cinquieme.");
  ASSERT_EQ(fr.size(), 2u);
  EXPECT_TRUE(fr[0].ordinal && fr[1].ordinal);
  EXPECT_EQ(fr[0].value, 11);
  EXPECT_EQ(fr[1].value, 25);
  One("es", "Fueron dieciseis votos.", 16);
  One("it", "Erano ventitre deputati.", 23);
  // Pairs of words keep their accents: "à neuf" (as new) is not "a neuf".
  One("fr", "Il a neuf ans.", 9);
  EXPECT_TRUE(Values("fr", "refait à neuf").empty());
}

// Digits and a scale never go on with an ordinal word: the ordinal starts
// the next phrase ("first-time voters", "first preferred notes").
TEST(NumberPhrasesTest, DigitsDoNotTakeAnOrdinalWord) {
  for (const auto& [lang, text, value] : std::vector<std::tuple<std::string, std::string, double>>{
           {"en", "Some 21 million first-time voters registered.", 21e6},
           {"en", "a $ 450 million first mortgage bond", 450e6},
           {"de", "Rund 3 Millionen erste Impfungen", 3e6}}) {
    const std::vector<NumberToken> t = Scan(lang, text);
    ASSERT_EQ(t.size(), 2U) << text;
    EXPECT_EQ(t[0].value, value) << text;
    EXPECT_FALSE(t[0].ordinal) << text;
    EXPECT_TRUE(t[1].ordinal) << text;  // the ordinal word on its own
  }
  // Words still compose an ordinal: "two hundred first" is 201st.
  const std::vector<NumberToken> t = Scan("en", "the two hundred first session");
  ASSERT_EQ(t.size(), 1U);
  EXPECT_TRUE(t[0].ordinal);
  EXPECT_EQ(t[0].value, 201);
}

}  // namespace
}  // namespace parallax::annotate
