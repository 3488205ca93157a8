// Signs and marks around digits through ScanNumbers: minus words and where
// they are no sign, glued scale suffixes ("10M", "100К"), scientific
// notation, separators next to a currency sign, bare decimals, and ordinal
// endings and dots. Sentences are written for this test, worded
// differently from the `# example:` lines of the data.
#include <gtest/gtest.h>

#include <string>
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

TEST(NumberMarksTest, MinusWordsInEveryLanguage) {
  One("en", "Overnight it fell to minus twelve.", -12);
  One("en", "Real yields turned negative two percent.", -2);
  One("de", "Nachts wurden minus 7 Grad gemessen.", -7);
  One("fr", "Le thermomètre est descendu à moins 8 degrés.", -8);
  One("es", "Se registraron menos 6 grados.", -6);
  One("es", "El saldo quedó en negativo tres.", -3);
  One("it", "La minima è scesa a meno 4 gradi.", -4);
  One("pl", "W nocy było minus 9 stopni.", -9);
  One("ru", "Ночью термометр показал минус 15.", -15);
  One("uk", "Уночі було мінус 11 градусів.", -11);
  One("kk", "Түнде минус 20 градус болды.", -20);
}

TEST(NumberMarksTest, MinusWordsThatAreNoSign) {
  // "at least", "more or less", a test result, a subtraction, a clock time.
  One("fr", "Il y a au moins 40 blessés.", 40);
  One("fr", "Cela coûte plus ou moins 30 euros.", 30);
  One("es", "Murieron al menos 12 personas.", 12);
  One("es", "Llegó por lo menos 5 veces.", 5);
  One("it", "Sono più o meno 200 persone.", 200);
  One("en", "He tested negative 2 times.", 2);
  EXPECT_EQ(Values("en", "10 minus 4 is 6"), V({10, 4, 6}));
  EXPECT_EQ(Values("es", "a las cinco menos diez"), V({5, 10}));
  One("fr", "On se voit à midi moins dix.", 10);
}

TEST(NumberMarksTest, GluedScaleSuffixesKeepTheirCase) {
  const std::string text = "The stream drew 10M viewers and 250K comments.";
  EXPECT_EQ(Values("en", text), V({10000000, 250000}));
  EXPECT_EQ(Cover(text, Scan("en", text)[0]), "10M");
  One("en", "The deal is worth 1MM.", 1000000);
  One("en", "A fund of 1.2B was set up.", 1.2e9);
  One("en", "Fans paid 2mil in total.", 2000000);
  One("de", "Der Verlust lag bei -1,2M.", -1200000);
  One("fr", "Un budget de 1200K a été voté.", 1200000);
  One("ru", "Ролик набрал 100к просмотров.", 100000);
  One("uk", "Відео набрало 300К переглядів.", 300000);
  // One letter after a single digit is a name or a code; "m" is the metre.
  EXPECT_EQ(Values("en", "3M shares rose"), V{3});
  EXPECT_EQ(Values("en", "a 5m wall"), V{5});
  EXPECT_EQ(Values("en", "flat 5B"), V{5});
}

TEST(NumberMarksTest, ScientificNotation) {
  One("en", "A sample of 1e10 cells was used.", 1e10);
  One("en", "The rate was 1.3e6 per year.", 1.3e6);
  One("en", "Its charge is -12e-1 units.", -1.2);
  One("en", "Some 12.32e+14 atoms.", 1.232e15);
  One("fr", "Environ 2,5e3 litres.", 2500);
  // Not an exponent: a letter after its digits, or no digits.
  EXPECT_EQ(Values("en", "2e10th"), V{2});
  EXPECT_EQ(Values("en", "Apartment 5e"), V{5});
}

// Regression: ru "$10,000" was 10 and "3.14US$" was 3 and 14.
TEST(NumberMarksTest, SeparatorsNextToACurrencySign) {
  One("ru", "Штраф составил $10,000.", 10000);
  One("ru", "Цена 3.14US$ за штуку.", 3.14);
  One("ru", "Цена US$ 3.14 за штуку.", 3.14);
  One("de", "Er zahlte 10,000 $ Strafe.", 10000);
  One("pl", "Kara wyniosła €2,500.", 2500);
  // Without a sign the language decides: a comma before three digits is
  // decimal in Russian.
  One("ru", "рост на 10,000 пункта", 10);
  // A dot before two digits is decimal in every language.
  One("ru", "Курс вырос до 3.14 рубля.", 3.14);
  One("de", "Der Index stieg um 1.25 Punkte.", 1.25);
}

TEST(NumberMarksTest, BareDecimalsTakeTheirSign) {
  One("en", "a change of -.5 points", -0.5);
  One("ru", "изменение -.25", -0.25);
  One("de", "ein Plus von ,5 Punkten", 0.5);
}

TEST(NumberMarksTest, OrdinalEndingsAfterDigits) {
  auto ordinal = [](const std::string& lang, const std::string& text, double v) {
    const std::vector<NumberToken> t = Scan(lang, text);
    ASSERT_EQ(t.size(), 1u) << text;
    EXPECT_TRUE(t[0].ordinal) << text;
    EXPECT_EQ(t[0].value, v) << text;
  };
  ordinal("de", "Er wurde 4ter im Rennen.", 4);
  ordinal("pl", "To jego 4ty start.", 4);
  ordinal("pl", "Zajął 2-gi stopień podium.", 2);
  ordinal("ru", "Команда заняла 3я строчку.", 3);
  ordinal("uk", "Це 48е засідання.", 48);
  ordinal("fr", "Elle est arrivée 1ere.", 1);
  // The German dot: before a capital only after an article or "am", "zum".
  ordinal("de", "Es war der 3. Platz.", 3);
  const std::vector<NumberToken> t = Scan("de", "Sie holte zum 3. Mal den Titel.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_TRUE(t[0].ordinal);
  const std::vector<NumberToken> end = Scan("de", "Die Zahl stieg auf 7. Danach sank sie.");
  ASSERT_EQ(end.size(), 1u);
  EXPECT_FALSE(end[0].ordinal);
}

TEST(NumberMarksTest, BadInputStaysBounded) {
  // An exponent too large for a double, a 400-digit mantissa.
  EXPECT_TRUE(Values("en", "1e999").empty());
  EXPECT_TRUE(Values("en", "5e-999").empty());
  EXPECT_TRUE(Values("en", std::string(400, '7') + "e2").empty());
  // A long run of decimal words reads at most 15 digits.
  std::string words = "one point";
  for (int i = 0; i < 40; ++i) words += " five";
  const std::vector<NumberToken> t = Scan("en", words);
  ASSERT_FALSE(t.empty());
  EXPECT_NEAR(t[0].value, 1.5555555, 1e-6);
}

}  // namespace
}  // namespace parallax::annotate
