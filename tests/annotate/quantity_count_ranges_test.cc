// Ranges of four-digit figures (issue 6): "od 2000 do 2500 osób", "zwischen
// 2000 und 2500 Menschen", "from 2,000 to 2,500 people" count people or
// things (one range quantity, value 2000, value_max 2500), while "from 2000
// to 2005" with no counted noun, or with a year word ("roku", "года"), names
// years. Sentences written for these tests, several wordings a language.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "quantity_test_util.h"

namespace parallax {
namespace {

using Want = std::vector<std::string>;

Want Described(std::string_view lang, std::string_view text) {
  return testing::DescribeQuantities(lang, text, false);
}

// Every date of `text` as "[mention] value" ("..value_max" for a range).
Want Dates(std::string_view lang, std::string_view text) {
  Want out;
  const Annotations a =
      testing::TheAnnotator().AnnotateText(text, lang, ParseReferenceTime("2023-03-14"));
  for (const DateMention& d : a.dates) {
    out.push_back("[" + std::string(text.substr(d.span.start, d.span.end - d.span.start)) + "] " +
                  d.value + (d.value_max.empty() ? "" : ".." + d.value_max));
  }
  return out;
}

TEST(CountRanges, English) {
  EXPECT_EQ(Described("en", "From 2,000 to 2,500 people marched downtown."),
            Want{"[From 2,000 to 2,500] 2000..2500 - range"});
  EXPECT_EQ(Described("en", "Between 2000 and 2500 troops were sent north."),
            Want{"[Between 2000 and 2500] 2000..2500 - range"});
  EXPECT_EQ(Described("en", "Some 2000 to 2500 residents fled the valley overnight."),
            Want{"[2000 to 2500] 2000..2500 - range"});
  EXPECT_EQ(Described("en", "Organisers counted 1950-2300 cyclists at the finish."),
            Want{"[1950-2300] 1950..2300 - range"});
  EXPECT_EQ(Described("en", "Anywhere from 2,000 to 2,500 homes lost power."),
            Want{"[from 2,000 to 2,500] 2000..2500 - range"});
  EXPECT_EQ(Described("en", "Police estimated the crowd at between 2,000 and 2,500."),
            Want{"[between 2,000 and 2,500] 2000..2500 - range"});
  EXPECT_TRUE(Dates("en", "Between 2000 and 2500 troops were sent north.").empty());
}

TEST(CountRanges, German) {
  EXPECT_EQ(Described("de", "Zwischen 2000 und 2500 Menschen protestierten vor dem Rathaus."),
            Want{"[Zwischen 2000 und 2500] 2000..2500 - range"});
  EXPECT_EQ(Described("de", "Die Polizei sprach von 2000 bis 2500 Teilnehmern."),
            Want{"[von 2000 bis 2500] 2000..2500 - range"});
  EXPECT_EQ(Described("de", "Von 2000 bis 2400 Soldaten sollen verlegt werden."),
            Want{"[Von 2000 bis 2400] 2000..2400 - range"});
  EXPECT_EQ(Described("de", "Zwischen 2.000 und 2.500 Beschäftigte legten die Arbeit nieder."),
            Want{"[Zwischen 2.000 und 2.500] 2000..2500 - range"});
  EXPECT_EQ(Described("de", "Rund 2000 bis 2500 Fans feierten auf dem Platz."),
            Want{"[2000 bis 2500] 2000..2500 - range"});
  EXPECT_TRUE(Dates("de", "Die Polizei sprach von 2000 bis 2500 Teilnehmern.").empty());
}

TEST(CountRanges, French) {
  EXPECT_EQ(Described("fr", "De 2000 à 2500 manifestants ont défilé samedi."),
            Want{"[De 2000 à 2500] 2000..2500 - range"});
  EXPECT_EQ(Described("fr", "Entre 2000 et 2500 soldats ont été déployés dans la région."),
            Want{"[Entre 2000 et 2500] 2000..2500 - range"});
  EXPECT_TRUE(Dates("fr", "Entre 2000 et 2500 soldats ont été déployés.").empty());
}

TEST(CountRanges, Spanish) {
  EXPECT_EQ(Described("es", "Entre 2000 y 2500 personas marcharon por la avenida."),
            Want{"[Entre 2000 y 2500] 2000..2500 - range"});
  EXPECT_EQ(Described("es", "De 2000 a 2500 soldados fueron desplegados en la frontera."),
            Want{"[De 2000 a 2500] 2000..2500 - range"});
  EXPECT_EQ(Described("es", "Unos 2000 a 2500 vecinos fueron evacuados."),
            Want{"[2000 a 2500] 2000..2500 - range"});
  EXPECT_TRUE(Dates("es", "Entre 2000 y 2500 personas marcharon.").empty());
}

TEST(CountRanges, Russian) {
  EXPECT_EQ(Described("ru", "От 2000 до 2500 человек вышли на улицы."),
            Want{"[От 2000 до 2500] 2000..2500 - range"});
  EXPECT_EQ(Described("ru", "На площадь пришли от 2000 до 2400 протестующих."),
            Want{"[от 2000 до 2400] 2000..2400 - range"});
  EXPECT_EQ(Described("ru", "Между 2000 и 2500 военных перебросили к границе."),
            Want{"[Между 2000 и 2500] 2000..2500 - range"});
  EXPECT_EQ(Described("ru", "Пострадали от 2 000 до 2 500 жителей."),
            Want{"[от 2 000 до 2 500] 2000..2500 - range"});
  EXPECT_TRUE(Dates("ru", "От 2000 до 2500 человек вышли на улицы.").empty());
}

TEST(CountRanges, Ukrainian) {
  EXPECT_EQ(Described("uk", "Від 2000 до 2500 людей вийшли на вулиці міста."),
            Want{"[Від 2000 до 2500] 2000..2500 - range"});
  EXPECT_EQ(Described("uk", "Між 2000 і 2500 військових перекинули на схід."),
            Want{"[Між 2000 і 2500] 2000..2500 - range"});
  EXPECT_EQ(Described("uk", "Евакуювали від 1990 до 2300 мешканців прибережних сіл."),
            Want{"[від 1990 до 2300] 1990..2300 - range"});
}

TEST(CountRanges, PolishWithoutYearCue) {
  EXPECT_EQ(Described("pl", "Między 2000 a 2500 żołnierzy wysłano na granicę."),
            Want{"[Między 2000 a 2500] 2000..2500 - range"});
  EXPECT_EQ(Described("pl", "Szacunki mówią o 2000–2500 uczestnikach."),
            Want{"[2000–2500] 2000..2500 - range"});
  EXPECT_EQ(Described("pl", "Ewakuowano od 2500 do 3000 mieszkańców."),
            Want{"[od 2500 do 3000] 2500..3000 - range"});
}

// Polish "od" is a year cue of the date layer (data/pl/date_words.tsv): after
// it, a figure that a range word and another figure follow is no year
// unless both are years (date_year_ranges.cc).
TEST(CountRanges, PolishCountRanges) {
  EXPECT_EQ(Described("pl", "Na wiec przyszło od 2000 do 2500 osób."),
            Want{"[od 2000 do 2500] 2000..2500 - range"});
  EXPECT_EQ(Described("pl", "Od 2000 do 2400 mieszkańców trzeba było ewakuować."),
            Want{"[Od 2000 do 2400] 2000..2400 - range"});
  EXPECT_EQ(Described("pl", "Policja oceniła tłum na od 1990 do 2300 ludzi."),
            Want{"[od 1990 do 2300] 1990..2300 - range"});
  EXPECT_TRUE(Dates("pl", "Na wiec przyszło od 2000 do 2500 osób.").empty());
}

// Years keep being years where a year word follows: one date range, no
// quantity.
TEST(YearRanges, WithYearWord) {
  EXPECT_TRUE(Described("pl", "Od 2000 do 2005 roku pracował w Gdańsku.").empty());
  EXPECT_EQ(Dates("pl", "Od 2000 do 2005 roku pracował w Gdańsku."),
            (Want{"[2000 do 2005 roku] 2000..2005"}));
  EXPECT_TRUE(Described("ru", "С 2000 по 2005 год цены росли.").empty());
  EXPECT_TRUE(Described("uk", "З 2000 по 2005 рік ціни зростали.").empty());
}

// A range of years with no counted noun: one date range, no quantity.
TEST(YearRanges, WithoutCountedNoun) {
  for (const auto& [lang, text] : std::vector<std::pair<std::string_view, std::string_view>>{
           {"en", "From 2000 to 2005 he ran the agency."},
           {"en", "Between 2010 and 2014 the city doubled in size."},
           {"de", "Von 2000 bis 2005 regierte er die Stadt."},
           {"fr", "De 2000 à 2005, il a dirigé l'agence."},
           {"es", "Entre 2000 y 2005 dirigió la agencia."},
           {"ru", "От 2000 до 2005 года он руководил ведомством."},
           {"uk", "Від 2000 до 2005 року він очолював відомство."},
           {"pl", "W latach od 2000 do 2005 miasto szybko rosło."},
           {"ru", "В 2000–2005 годах цены росли."}}) {
    EXPECT_TRUE(Described(lang, text).empty()) << text;
    const Want dates = Dates(lang, text);
    ASSERT_EQ(dates.size(), 1U) << text;
    EXPECT_NE(dates[0].find("] 20"), std::string::npos) << dates[0];
    EXPECT_NE(dates[0].find("..20"), std::string::npos) << dates[0];
  }
}

}  // namespace
}  // namespace parallax
