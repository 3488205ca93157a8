// Number words through ScanNumbers with the lexicons of
// data/{en,de,fr,es,it}/numbers.tsv: composition across hundreds and
// scales, joiners, compounds, French counting by twenties, mixed digits and
// words, ordinals, fractions, vague amounts, invalid sequences, the loader's
// errors, and the public facade. Sentences are written for this test,
// worded differently from the `# example:` lines of the data files.
#include "annotate/number_scan.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/number_test_util.h"
#include "parallax/annotate.h"
#include "parallax/data_dir.h"
#include "parallax/error.h"

namespace parallax::annotate {
namespace {

using testing::Cover;
using testing::Lexicon;
using testing::One;
using testing::Scan;
using testing::Values;

using V = std::vector<double>;

TEST(NumberScanTest, EnglishComposition) {
  const std::string text = "They raised two hundred and thirty-five thousand four hundred pounds.";
  const NumberToken t = One("en", text, 235400);
  EXPECT_EQ(Cover(text, t), "two hundred and thirty-five thousand four hundred");
  EXPECT_TRUE(t.spelled);
  EXPECT_FALSE(t.plain_digits);
  One("en", "Nine million three hundred thousand voters", 9300000);
  One("en", "It is A Thousand Years old", 1000);
  One("en", "exactly one hundred and one dalmatians", 101);
  One("en", "FORTY-TWO", 42);
}

TEST(NumberScanTest, InvalidSequencesSplit) {
  EXPECT_EQ(Values("en", "five five"), V({5, 5}));
  EXPECT_EQ(Values("en", "twenty thirty"), V({20, 30}));
  EXPECT_EQ(Values("en", "three and dogs"), V{3});
  // "and" alone is no number, nor is a lone article.
  EXPECT_TRUE(Values("en", "cats and a dog").empty());
  // "a" counts only before a scale form: the age is "ten" alone.
  const std::string_view boy = "a ten-year-old boy";
  const auto tokens = ScanNumbers(boy, Lexicon("en"));
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(Cover(boy, tokens[0]), "ten");
  One("en", "a score of boats", 20);
  One("fr", "une dizaine d'enfants", 10);
  One("es", "una decena de niños", 10);
  One("it", "una decina di bambini", 10);
  One("fr", "deux centaines de blessés", 200);
  One("it", "tre centinaia di case", 300);
}

TEST(NumberScanTest, GermanCompounds) {
  One("de", "Es waren dreiundzwanzig Boote.", 23);
  One("de", "insgesamt zweitausenddreihundertvierzig Euro", 2340);
  One("de", "Es kamen einundachtzig Gäste", 81);
  One("de", "Drei Millionen zweihunderttausend Stimmen", 3200000);
  One("de", "Er bekam zweieinhalb Jahre Haft", 2.5);
  One("de", "Eine Milliarde Euro fehlt", 1e9);
  One("de", "im Jahr achtzehnhundertzweiundfünfzig", 1852);
  One("en", "back in nineteen hundred and five", 1905);
  // A German word that only starts like a number is none.
  EXPECT_TRUE(Values("de", "Die Achtung vor dem Einzelnen und Dreieck").empty());
}

TEST(NumberScanTest, FrenchTwenties) {
  One("fr", "Quatre-vingt-dix candidats", 90);
  One("fr", "soixante-quinze pour cent", 75);
  One("fr", "quatre-vingt-un ans", 81);
  One("fr", "vingt et un morts", 21);
  One("fr", "deux cent mille manifestants", 200000);
  One("fr", "trois milliards d'euros", 3e9);
  // Written without hyphens, as many do.
  One("fr", "quatre vingt dix neuf euros", 99);
  One("fr", "deux cent quatre vingts sièges", 280);
}

TEST(NumberScanTest, SpanishAndItalian) {
  One("es", "Llegaron cuarenta y siete migrantes", 47);
  One("es", "un total de dos mil trescientos votos", 2300);
  One("es", "cuesta mil millones", 1e9);
  One("es", "una deuda de dos mil quinientos millones", 2.5e9);
  One("es", "Trescientas cincuenta mil personas", 350000);
  One("it", "ventuno studenti", 21);
  One("it", "centoventimila tifosi", 120000);
  One("it", "Duemilaventidue", 2022);
  One("it", "trentatré anni", 33);
  One("it", "un milione e mezzo di euro", 1500000);
  // "vent-" is only a compound part: never a number alone.
  EXPECT_TRUE(Values("it", "il vent della storia").empty());
}

TEST(NumberScanTest, HomographsAreNotNumbers) {
  // Words spelled like a number word that are something else in context.
  EXPECT_TRUE(Values("fr", "un stade flambant neuf").empty());
  EXPECT_EQ(Values("fr", "neuf blessés"), V{9});
  EXPECT_TRUE(Values("it", "Dove sei stato prima della partita?").empty());
  EXPECT_EQ(Values("it", "sei feriti"), V{6});
  EXPECT_TRUE(Values("fr", "une hausse de cinq pour cent").size() == 1);
}

TEST(NumberScanTest, DigitsWithWords) {
  One("en", "It holds 3 million barrels", 3000000);
  One("de", "Es fehlen 1,5 Milliarden", 1.5e9);
  One("fr", "soit 2,3 millions de personnes", 2300000);
  One("es", "unos 4,5 millones de euros", 4500000);
  One("it", "circa 7 miliardi", 7e9);
}

TEST(NumberScanTest, Ordinals) {
  for (const auto& [lang, text, value] : std::vector<std::tuple<std::string, std::string, double>>{
           {"en", "the twenty-first century", 21},
           {"en", "her fourth attempt", 4},
           {"de", "der dritte Versuch", 3},
           {"fr", "la troisième fois", 3},
           {"es", "el quinto intento", 5},
           {"it", "la settima volta", 7},
       }) {
    const NumberToken t = One(lang, text, value);
    EXPECT_TRUE(t.ordinal) << text;
  }
}

TEST(NumberScanTest, VagueAmounts) {
  for (const auto& [lang, text, value] : std::vector<std::tuple<std::string, std::string, double>>{
           {"en", "thousands of people marched", 2000},
           {"en", "several witnesses spoke", 3},
           {"de", "Tausende Menschen demonstrierten", 2000},
           {"fr", "des centaines de blessés", 200},
           {"es", "docenas de heridos", 24},
           {"it", "centinaia di feriti", 200},
       }) {
    const NumberToken t = One(lang, text, value);
    EXPECT_TRUE(t.vague) << text;
  }
  // After a number a plural scale is a scale, not vague.
  const NumberToken t = One("de", "drei Millionen Menschen", 3000000);
  EXPECT_FALSE(t.vague);
  const NumberToken s = One("en", "several hundred homes", 300);
  EXPECT_TRUE(s.vague);
}

TEST(NumberScanTest, Fractions) {
  One("en", "Half a million people", 500000);
  One("en", "two and a half years", 2.5);
  One("en", "a million and a half", 1500000);
  // A fraction alone is a figure only before a linker ("half of").
  One("en", "half of the houses burned", 0.5);
  EXPECT_TRUE(Values("en", "the houses burned at half-time").empty());
  One("es", "dos millones y medio", 2500000);
  One("en", "three dozen eggs", 36);
  One("en", "half a dozen eggs", 6);
  One("de", "zwei Dutzend Eier", 24);
  One("de", "zwei Drittel der Stimmen", 2.0 / 3);
  One("fr", "les deux tiers des voix", 2.0 / 3);
  One("es", "dos tercios de los votos", 2.0 / 3);
  One("it", "tre quarti degli elettori", 0.75);
}

TEST(NumberScanTest, WordsNextToDigitsAndPunctuation) {
  EXPECT_EQ(Values("en", "one, two, three"), V({1, 2, 3}));
  EXPECT_EQ(Values("en", "Seven (7) people"), V({7, 7}));
  EXPECT_EQ(Values("en", "twenty\nthirty"), V({20, 30}));
}

TEST(NumberScanTest, ApostrophesFoldToOne) {
  // Ukrainian writes the apostrophe four ways; all read the same word.
  for (const char* text : {"п'ять", "п\u2019ять", "п\u2018ять", "п\u02bcять"}) {
    EXPECT_EQ(Values("uk", text), V{5}) << text;
  }
}

TEST(NumberScanTest, NoLexiconStillReadsDigits) {
  EXPECT_EQ(Values("und", "один 12 три"), V{12});
  EXPECT_EQ(Values("zz", "x 2,5 y"), V{2.5});
}

TEST(NumberScanTest, MalformedFileThrowsDataErrorNamingTheLine) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "parallax-num-test";
  std::filesystem::create_directories(dir / "xx");
  {
    std::ofstream out(dir / "xx" / "numbers.tsv");
    out << "# test\none\t1\tcardinal\ntwo\ttwo\tcardinal\n";
  }
  try {
    NumberLexicon::Load(dir.string(), "xx");
    FAIL() << "no DataError";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("numbers.tsv:3"), std::string::npos) << e.what();
  }
  {
    std::ofstream out(dir / "xx" / "numbers.tsv");
    out << "one\t1\tkardinal\n";
  }
  EXPECT_THROW(NumberLexicon::Load(dir.string(), "xx"), DataError);
  {
    std::ofstream out(dir / "xx" / "numbers.tsv");
    out << "@decimal\n";
  }
  EXPECT_THROW(NumberLexicon::Load(dir.string(), "xx"), DataError);
  std::filesystem::remove_all(dir);
}

TEST(NumberScanTest, AnyBytesAreSafe) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 7919) % 256);
  for (const char* lang : {"en", "de", "fr", "es", "it", "pl", "ru", "uk", "und"}) {
    const auto tokens = ScanNumbers(junk, Lexicon(lang));
    uint32_t last = 0;
    for (const NumberToken& t : tokens) {
      EXPECT_LE(last, t.start);
      EXPECT_LT(t.start, t.end);
      EXPECT_LE(t.end, junk.size());
      EXPECT_TRUE(std::isfinite(t.value));
      last = t.end;
    }
  }
  // A long word made of number parts is not split without end.
  std::string word;
  for (int i = 0; i < 20000; ++i) word += "drei";
  EXPECT_TRUE(ScanNumbers(word, Lexicon("de")).size() <= 1);
  std::string words;
  for (int i = 0; i < 20000; ++i) words += "one ";
  EXPECT_EQ(ScanNumbers(words, Lexicon("en")).size(), 20000u);
}

TEST(NumberScanTest, ThroughThePublicFacade) {
  // The facade scans numbers first; those outside dates become quantities
  // with the scanner's spans and values.
  Annotator annotator(FindDataDir());
  const std::string text = "Am 3. Mai kamen 2,5 Millionen Menschen und dreiundzwanzig Busse.";
  const auto result = annotator.AnnotateText(text, "de", ParseReferenceTime("2022-05-10"));
  std::vector<double> values;
  for (const Quantity& q : result.quantities) {
    values.push_back(q.value);
    EXPECT_LE(q.span.end, text.size());
  }
  EXPECT_EQ(values, V({2500000, 23}));
  ASSERT_EQ(result.quantities.size(), 2u);
  const Span s = result.quantities[1].span;
  EXPECT_EQ(text.substr(s.start, s.end - s.start), "dreiundzwanzig");
}

}  // namespace
}  // namespace parallax::annotate
