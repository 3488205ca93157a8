// Czech number words (data/cs/numbers.tsv) and the wording around figures
// (data/cs/quantities.tsv): cases of the cardinals, hundreds after 2, 3-4
// and 5-9, scales in every case, abbreviations, vague amounts, qualifiers
// and ranges. Sentences written for this test, worded unlike the
// `# example:` lines of the data files.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/number_scan.h"
#include "annotate/number_test_util.h"
#include "quantity_test_util.h"

namespace parallax::annotate {
namespace {

using testing::Cover;
using testing::One;
using testing::Values;

TEST(NumberCzechTest, CardinalsInTheirCases) {
  One("cs", "Hasiči zachránili sedm lidí z hořícího domu.", 7);
  EXPECT_EQ(Values("cs", "Z devíti zraněných jsou dva v kritickém stavu."),
            (std::vector<double>{9, 2}));
  One("cs", "Vláda jednala se čtyřmi odborovými svazy.", 4);
  One("cs", "Soud vynesl rozsudek nad osmnácti obžalovanými.", 18);
  One("cs", "Stavba se protáhla o šedesát dní.", 60);
  // The inverted one-word form is left out of the data (see its header).
  EXPECT_TRUE(Values("cs", "Pomoc dostalo třiadevadesát rodin.").empty());
}

TEST(NumberCzechTest, HundredsAndScales) {
  const std::string text = "Policie nasadila dvě stě čtyřicet strážníků.";
  EXPECT_EQ(Cover(text, One("cs", text, 240)), "dvě stě čtyřicet");
  One("cs", "Na stadionu bylo čtyři sta diváků.", 400);
  One("cs", "Sbírka vynesla šest set tisíc korun.", 600000);
  One("cs", "Evakuace se týkala sedmi set obyvatel.", 700);
  One("cs", "Projekt stál přes tři miliardy korun.", 3000000000);
  One("cs", "Škoda dosáhla dvou milionů korun.", 2000000);
  One("cs", "Obec má tisíc sto dvacet obyvatel.", 1120);
  One("cs", "Rozpočet počítá s 1,8 mld. korun.", 1800000000);
  One("cs", "Do sbírky přispělo 12 tis. dárců.", 12000);
}

TEST(NumberCzechTest, VagueAmounts) {
  const std::vector<NumberToken> t =
      testing::Scan("cs", "Stovky lidí čekaly na hranici, desítky aut stály v koloně.");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_TRUE(t[0].vague);
  EXPECT_DOUBLE_EQ(t[0].value, 200);
  EXPECT_DOUBLE_EQ(t[1].value, 20);
  const std::vector<NumberToken> s = testing::Scan("cs", "Protestovaly statisíce občanů.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_DOUBLE_EQ(s[0].value, 200000);
}

TEST(NumberCzechTest, OrdinalsAndDigits) {
  const std::vector<NumberToken> t =
      testing::Scan("cs", "Štafeta doběhla čtvrtá, v loňském roce byla 2. v cíli.");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_TRUE(t[0].ordinal);
  EXPECT_DOUBLE_EQ(t[0].value, 4);
  EXPECT_TRUE(t[1].ordinal);
  EXPECT_DOUBLE_EQ(t[1].value, 2);
  One("cs", "V kraji žije 1 250 000 lidí.", 1250000);
}

std::vector<std::string> Described(const char* text) {
  return parallax::testing::DescribeQuantities("cs", text, false);
}

TEST(QuantityCzechTest, QualifiersAndRanges) {
  using Want = std::vector<std::string>;
  EXPECT_EQ(Described("Zemřelo nejméně 14 lidí."), Want{"[nejméně 14] 14 - at_least"});
  EXPECT_EQ(Described("Policie zadržela zhruba 60 výtržníků."), Want{"[zhruba 60] 60 - about"});
  EXPECT_EQ(Described("Průvodu se zúčastnilo víc než 8 000 lidí."),
            Want{"[víc než 8 000] 8000 - more_than"});
  EXPECT_EQ(Described("Podle odhadů přišlo 3 000 až 4 000 lidí."),
            Want{"[3 000 až 4 000] 3000..4000 - range"});
  EXPECT_EQ(Described("Zaplaveno bylo mezi 200 a 300 domy."),
            Want{"[mezi 200 a 300] 200..300 - range"});
  EXPECT_EQ(Described("Nezaměstnanost klesla na 3,5 procenta."),
            Want{"[3,5 procenta] 3.5 % exact"});
  EXPECT_EQ(Described("Na místě zasahovalo až 120 hasičů."), Want{"[až 120] 120 - up_to"});
}

}  // namespace
}  // namespace parallax::annotate
