// Numbers written in digits through ScanNumbers: each language's decimal
// and group separators (dot, comma, space, no-break and narrow no-break
// space, apostrophe), the ambiguity rule for one separator before exactly
// three digits, malformed groups, date- and time-like runs read part by
// part, signs, digit fractions, and runs too long to be a number.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/number_scan.h"
#include "annotate/number_test_util.h"
#include "parallax/data_dir.h"

namespace parallax::annotate {
namespace {

using testing::Cover;
using testing::Lexicon;
using testing::One;
using testing::Scan;
using testing::Values;

using V = std::vector<double>;

TEST(NumberDigitsTest, EnglishSeparators) {
  EXPECT_EQ(Values("en", "a crowd of 3,000 people"), V{3000});
  EXPECT_EQ(Values("en", "debt of 1,234,567.89 dollars"), V{1234567.89});
  EXPECT_EQ(Values("en", "a rise of 3.5 points"), V{3.5});
  EXPECT_EQ(Values("en", "grew to 3 000 units"), V{3000});
  EXPECT_EQ(Values("en", "grew to 3\u00a0000 units"), V{3000});
  EXPECT_EQ(Values("en", "grew to 3\u202f000 units"), V{3000});
  // '.' is no group sign in English: one dot is a decimal point.
  EXPECT_EQ(Values("en", "it fell 3.000 points"), V{3.0});
  // Several dots can only group thousands, whatever the language.
  EXPECT_EQ(Values("en", "a total of 1.234.567 votes"), V{1234567});
  // Indian grouping, and the lakh and crore scales.
  EXPECT_EQ(Values("en", "Rs 12,34,567.50 in all"), V{1234567.5});
  EXPECT_EQ(Values("en", "Rs 5 lakh and 2 crore"), V({500000, 20000000}));
  EXPECT_TRUE(Values("en", "code 1,23,4567 here").empty());
}

TEST(NumberDigitsTest, GermanSeparators) {
  EXPECT_EQ(Values("de", "Es kamen 3.000 Menschen."), V{3000});
  EXPECT_EQ(Values("de", "Die Quote lag bei 89,8 Prozent."), V{89.8});
  EXPECT_EQ(Values("de", "Schulden von 1.234.567,89 Euro"), V{1234567.89});
  EXPECT_EQ(Values("de", "Ein Preis von 12'500 Franken"), V{12500});
  EXPECT_EQ(Values("de", "Ein Preis von 12\u2019500 Franken"), V{12500});
  // A dot before one or two digits cannot group: a decimal point.
  EXPECT_EQ(Values("de", "ein Plus von 3.5 Punkten"), V{3.5});
  // A dot before two digits is a decimal point in every language ("10.30
  // Uhr" is a time for the date layer, which wins over the number).
  EXPECT_EQ(Values("de", "ein Kurs von 10.30 Punkten"), V{10.3});
  EXPECT_EQ(Values("en", "up 10.30 points"), V{10.3});
  EXPECT_EQ(Values("ru", "рост на 0.77 пункта"), V{0.77});
  // In German a comma is the decimal sign even before three digits.
  EXPECT_EQ(Values("de", "ein Wert von 3,000 Punkten"), V{3.0});
}

TEST(NumberDigitsTest, FrenchAndSlavicSpaces) {
  EXPECT_EQ(Values("fr", "Plus de 10 000 manifestants et 2,5 kilos"), V({10000, 2.5}));
  EXPECT_EQ(Values("fr", "soit 1\u202f234\u202f567,5 euros"), V{1234567.5});
  EXPECT_EQ(Values("ru", "собрали 12 500 подписей"), V{12500});
}

TEST(NumberDigitsTest, UndeterminedLanguage) {
  // Exactly three digits after one separator: a group, for both signs.
  EXPECT_EQ(Values("und", "x 3.000 y"), V{3000});
  EXPECT_EQ(Values("und", "x 3,000 y"), V{3000});
  EXPECT_EQ(Values("und", "x 3,5 y 3.25 z 1,2345"), V({3.5, 3.25, 1.2345}));
  EXPECT_EQ(Values("und", "x 1,234,567.5 y"), V{1234567.5});
  EXPECT_EQ(Values("und", "x 1.234.567,5 y"), V{1234567.5});
  EXPECT_EQ(Values("xx", "x 12 000 y"), V{12000});
  // A leading zero cannot start a group: a decimal.
  EXPECT_EQ(Values("und", "x 0.125 y"), V{0.125});
}

TEST(NumberDigitsTest, MalformedGroupsGiveNothing) {
  EXPECT_TRUE(Values("en", "version 1.00.0 shipped").empty());
  EXPECT_TRUE(Values("en", "code 1,2345,678 here").empty());
  EXPECT_TRUE(Values("de", "Adresse 192.168.0.1 ist lokal").empty());
  EXPECT_TRUE(Values("en", "a 12345,678 b").empty());
  // The words around a malformed run are still read.
  EXPECT_EQ(Values("en", "1.00.0 and 7"), V{7});
}

TEST(NumberDigitsTest, DateAndTimeRunsComeOutPartByPart) {
  for (const char* text : {"am 31.02.2022 in", "am 06.01.2022 in"}) {
    const std::string_view t = text;
    const auto tokens = ScanNumbers(t, Lexicon("de"));
    ASSERT_EQ(tokens.size(), 3u) << text;
    for (const NumberToken& tok : tokens) {
      EXPECT_TRUE(tok.plain_digits) << text;
      EXPECT_EQ(tok.digits, Cover(t, tok).size());
    }
    EXPECT_EQ(Cover(t, tokens[2]), "2022");
  }
  EXPECT_EQ(Values("de", "am 06.01.2022"), V({6, 1, 2022}));
  EXPECT_EQ(Values("en", "on 2022-01-07 at 10:30"), V({2022, 1, 7, 10, 30}));
  EXPECT_EQ(Values("en", "on 12/01/2022"), V({12, 1, 2022}));
  // "06.01" cannot be a decimal (a leading zero before a digit).
  EXPECT_EQ(Values("de", "Stand: 06.01."), V({6, 1}));
}

TEST(NumberDigitsTest, PlainDigitsAndYears) {
  const std::string_view text = "In 2022 there were 18 cases.";
  const auto tokens = ScanNumbers(text, Lexicon("en"));
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_TRUE(tokens[0].plain_digits);
  EXPECT_EQ(tokens[0].digits, 4);
  EXPECT_EQ(tokens[0].value, 2022);
  EXPECT_TRUE(tokens[1].plain_digits);
  EXPECT_EQ(tokens[1].digits, 2);
  EXPECT_FALSE(ScanNumbers("3,000", Lexicon("en"))[0].plain_digits);
}

TEST(NumberDigitsTest, Signs) {
  EXPECT_EQ(Values("en", "it was -5 degrees"), V{-5});
  EXPECT_EQ(Values("en", "it was \u22125 degrees"), V{-5});
  EXPECT_EQ(Values("en", "a change of +3 points"), V{3});
  EXPECT_EQ(Values("de", "minus: -2,5 Prozent"), V{-2.5});
  // A minus word (en, de; not fr "moins", es "menos", it "meno", which
  // also mean "less" in "au moins 5", "al menos 5", "più o meno 5").
  EXPECT_EQ(Values("de", "Nachts waren es minus 12 Grad"), V{-12});
  EXPECT_EQ(Values("en", "it fell to minus three"), V{-3});
  EXPECT_EQ(Values("fr", "au moins 5 morts"), V{5});
  // A hyphen between numbers is a range, not a sign.
  EXPECT_EQ(Values("en", "aged 10-15 years"), V({10, 15}));
  const std::string_view text = "(-7)";
  const auto tokens = ScanNumbers(text, Lexicon("en"));
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(Cover(text, tokens[0]), "-7");
  EXPECT_FALSE(tokens[0].plain_digits);
}

TEST(NumberDigitsTest, DigitsGluedToLettersAreCodes) {
  EXPECT_TRUE(Values("en", "the A320 and COVID-19 and x2").empty());
  // After 2-5 letters with a capital first, a token flagged glued_code:
  // the quantity layer keeps it only after a currency code.
  for (const char* lang : {"en", "de", "fr", "ru"}) {
    const std::string_view text = "flight MH17, then EUR29 and Rs20; x86, iPhone15, ABCDEF7";
    const auto tokens = ScanNumbers(text, Lexicon(lang));
    ASSERT_EQ(tokens.size(), 3u) << lang;
    EXPECT_EQ(Cover(text, tokens[0]), "17");
    EXPECT_EQ(Cover(text, tokens[1]), "29");
    EXPECT_EQ(Cover(text, tokens[2]), "20");
    for (const auto& t : tokens) {
      EXPECT_TRUE(t.glued_code);
      EXPECT_FALSE(t.plain_digits);
    }
  }
  // A code run on into more letters or a date shape is no figure.
  EXPECT_TRUE(Values("en", "the MH17th and USD10x and EUR12.03.2020").empty());
  EXPECT_EQ(Values("fr", "payé GBP3,01"), V{3.01});
}

TEST(NumberDigitsTest, DigitFractions) {
  EXPECT_EQ(Values("en", "about 1/2 of them and 3/4 of us"), V({0.5, 0.75}));
  // Not a fraction: a date, or a numerator not below the denominator.
  EXPECT_EQ(Values("en", "open 24/7"), V({24, 7}));
  EXPECT_EQ(Values("en", "It took 2½ years, ¾ of the time"), V({2.5, 0.75}));
  const auto tokens = ScanNumbers("2½", Lexicon("en"));
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_FALSE(tokens[0].plain_digits);
  EXPECT_EQ(tokens[0].end, 3u);  // "½" is two bytes
}

TEST(NumberDigitsTest, OrdinalSuffixes) {
  const auto tokens = ScanNumbers("the 21st and 3rd place", Lexicon("en"));
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_TRUE(tokens[0].ordinal);
  EXPECT_EQ(tokens[0].value, 21);
  EXPECT_TRUE(tokens[1].ordinal);
  EXPECT_FALSE(tokens[1].plain_digits);
  const auto fr = ScanNumbers("la 1re et le 2e", Lexicon("fr"));
  ASSERT_EQ(fr.size(), 2u);
  EXPECT_TRUE(fr[0].ordinal && fr[1].ordinal);
  const auto es = ScanNumbers("el 2º y la 3.ª", Lexicon("es"));
  ASSERT_EQ(es.size(), 2u);
  EXPECT_TRUE(es[0].ordinal && es[1].ordinal);
  const auto de = ScanNumbers("am 3. und 4. Tag", Lexicon("de"));
  ASSERT_EQ(de.size(), 2u);
  EXPECT_TRUE(de[0].ordinal);
}

TEST(NumberDigitsTest, DigitsWithScaleWords) {
  EXPECT_EQ(Values("de", "rund 2,5 Millionen Menschen"), V{2500000});
  EXPECT_EQ(Values("de", "ein Minus von 91 Mio. Euro"), V{91000000});
  EXPECT_EQ(Values("en", "some 3 thousand troops and $4.5bn"), V({3000, 4500000000}));
  EXPECT_EQ(Values("ru", "около 10 тыс. человек"), V{10000});
  EXPECT_EQ(Values("ru", "1,2 млрд рублей"), V{1200000000});
  EXPECT_EQ(Values("pl", "91 mln zł"), V{91000000});
  EXPECT_EQ(Values("it", "20 mila persone"), V{20000});
  // A year before a plural that is also a vague amount: two numbers.
  EXPECT_EQ(Values("en", "In 2022 thousands fled"), V({2022, 2000}));
  EXPECT_EQ(Values("ru", "В 2021 тысячи людей уехали"), V({2021, 2000}));
  const std::string_view text = "rund 2,5 Millionen Menschen";
  const auto tokens = ScanNumbers(text, Lexicon("de"));
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_TRUE(tokens[0].spelled);
  EXPECT_EQ(Cover(text, tokens[0]), "2,5 Millionen");
}

TEST(NumberDigitsTest, TooManyDigitsGiveNothing) {
  EXPECT_EQ(Values("en", "x 123456789012345678 y"), V{123456789012345678.0});
  EXPECT_TRUE(Values("en", "x 1234567890123456789 y").empty());
  EXPECT_TRUE(Values("en", "x 1,000,000,000,000,000,000,000 y").empty());
  EXPECT_TRUE(Values("en", "x 0.1234567890123456789 y").empty());
  const std::string run(400, '9');
  EXPECT_EQ(Values("en", "a " + run + " b 5"), V{5});
}

TEST(NumberDigitsTest, TenThousandNumbersInOneLine) {
  std::string line;
  for (int i = 1; i <= 10000; ++i) line += std::to_string(i) + "; ";
  const auto tokens = ScanNumbers(line, Lexicon("en"));
  ASSERT_EQ(tokens.size(), 10000u);
  for (int i = 0; i < 10000; ++i) ASSERT_EQ(tokens[i].value, i + 1);
}

TEST(NumberDigitsTest, OneMegabyteOfDigitsGivesNothing) {
  const std::string digits(1 << 20, '7');
  EXPECT_TRUE(ScanNumbers(digits, Lexicon("en")).empty());
  std::string grouped = "1";
  for (int i = 0; i < 200000; ++i) grouped += ",000";
  EXPECT_TRUE(ScanNumbers(grouped, Lexicon("en")).empty());
  std::string dotted;
  for (int i = 0; i < 200000; ++i) dotted += "12.";
  EXPECT_TRUE(ScanNumbers(dotted, Lexicon("de")).empty());
}

TEST(NumberDigitsTest, InvalidUtf8AroundDigits) {
  EXPECT_EQ(Values("en",
                   "\xff"
                   "12\xfe and \xc3"),
            V{12});
  EXPECT_EQ(Values("en", std::string("7\0"
                                     "8",
                                     3)),
            V({7, 8}));
}

}  // namespace
}  // namespace parallax::annotate
