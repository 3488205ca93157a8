// Relative dates resolved against the reference, per language. The
// reference 2022-01-13 is a Thursday; ISO week 2022-W02 holds it.
#include <gtest/gtest.h>

#include "annotate/date_scan.h"
#include "date_test_util.h"

namespace parallax::annotate {
namespace {

using testing::Dates;
using testing::Spelled;
using testing::Text;

constexpr const char* kRef = "2022-01-13";

struct Case {
  const char* lang;
  const char* text;
  const char* mention;
  const char* value;
};

void Check(const Case& c, const std::vector<NumberToken>& numbers = {}) {
  SCOPED_TRACE(std::string(c.lang) + ": " + c.text);
  const std::vector<DateMention> d = Dates(c.lang, c.text, kRef, numbers);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(Text(c.text, d[0]), c.mention);
  EXPECT_EQ(d[0].value, c.value);
  EXPECT_EQ(DateBasisName(d[0].basis), "relative");
}

TEST(DateRelative, DayWords) {
  const Case cases[] = {
      {"en", "Yesterday the river rose.", "Yesterday", "2022-01-12"},
      {"en", "The day before yesterday it rained.", "day before yesterday", "2022-01-11"},
      {"de", "Vorgestern schloss die Bank.", "Vorgestern", "2022-01-11"},
      {"de", "Die Bank öffnet morgen wieder.", "morgen", "2022-01-14"},
      {"pl", "Dziś rano spadł śnieg.", "Dziś rano", "2022-01-13T04"},  // a part of the day
      {"pl", "Przedwczoraj padało.", "Przedwczoraj", "2022-01-11"},
      {"ru", "Позавчера прошёл дождь.", "Позавчера", "2022-01-11"},
      {"uk", "Учора випав сніг.", "Учора", "2022-01-12"},
      {"uk", "Вчора випав сніг.", "Вчора", "2022-01-12"},
      {"fr", "Avant-hier la grève a commencé.", "Avant-hier", "2022-01-11"},
      {"fr", "Il pleut aujourd'hui encore.", "aujourd'hui", "2022-01-13"},
      {"es", "Anteayer cerró la fábrica.", "Anteayer", "2022-01-11"},
      {"es", "Mañana abre la fábrica.", "Mañana", "2022-01-14"},
      {"it", "L'altro ieri ha nevicato.", "L'altro ieri", "2022-01-11"},
      {"it", "Domani si vota.", "Domani", "2022-01-14"},
  };
  for (const Case& c : cases) Check(c);
  // Morning, not tomorrow.
  ASSERT_EQ(Dates("es", "Llegó por la mañana.", kRef).size(), 1u);  // a part of the day
  EXPECT_EQ(Dates("es", "Llegó por la mañana.", kRef)[0].value, "T04");
  EXPECT_TRUE(Dates("de", "Er kam heute Morgen an.", kRef).size() == 1);  // today's morning
  EXPECT_EQ(Dates("de", "Er kam heute Morgen an.", kRef)[0].value, "2022-01-13T04");
}

TEST(DateRelative, Weekdays) {
  const Case cases[] = {
      {"en", "On Monday the talks failed.", "Monday", "2022-01-10"},
      {"en", "On Thursday the talks failed.", "Thursday", "2022-01-13"},
      {"en", "Last Thursday the talks failed.", "Last Thursday", "2022-01-06"},
      {"en", "Next Monday they resume.", "Next Monday", "2022-01-17"},
      {"de", "Am Dienstag gab es Streit.", "Dienstag", "2022-01-11"},
      {"de", "Am nächsten Freitag gibt es Streit.", "nächsten Freitag", "2022-01-14"},
      {"pl", "We wtorek doszło do kłótni.", "wtorek", "2022-01-11"},
      {"pl", "W przyszły poniedziałek będzie sesja.", "przyszły poniedziałek", "2022-01-17"},
      {"ru", "В среду начался спор.", "среду", "2022-01-12"},
      {"uk", "У неділю почалася суперечка.", "неділю", "2022-01-09"},
      {"fr", "Jeudi dernier la grève a commencé.", "Jeudi dernier", "2022-01-06"},
      {"fr", "Mardi prochain la grève commence.", "Mardi prochain", "2022-01-18"},
      {"es", "El viernes pasado cerró.", "viernes pasado", "2022-01-07"},
      {"it", "Sabato scorso ha chiuso.", "Sabato scorso", "2022-01-08"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(DateRelative, WeeksMonthsYears) {
  const Case cases[] = {
      {"en", "Prices rose last week.", "last week", "2022-W01"},
      {"en", "Prices rose this month.", "this month", "2022-01"},
      {"en", "Prices rose last year.", "last year", "2021"},
      {"de", "Die Preise stiegen letzte Woche.", "letzte Woche", "2022-W01"},
      {"de", "Nächstes Jahr sinken sie.", "Nächstes Jahr", "2023"},
      {"pl", "Ceny wzrosły w zeszłym tygodniu.", "zeszłym tygodniu", "2022-W01"},
      {"pl", "Ceny wzrosły w ubiegłym roku.", "ubiegłym roku", "2021"},
      {"ru", "Цены выросли на прошлой неделе.", "прошлой неделе", "2022-W01"},
      {"ru", "Цены выросли в прошлом месяце.", "прошлом месяце", "2021-12"},
      {"uk", "Ціни зросли минулого року.", "минулого року", "2021"},
      {"fr", "Les prix ont augmenté la semaine dernière.", "semaine dernière", "2022-W01"},
      {"fr", "Les prix ont augmenté l'an dernier.", "l'an dernier", "2021"},
      {"es", "Los precios subieron el año pasado.", "año pasado", "2021"},
      {"it", "I prezzi sono saliti il mese scorso.", "mese scorso", "2021-12"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(DateRelative, CountsAgoAndAhead) {
  Check({"en", "It began 3 days ago.", "3 days ago", "2022-01-10"});
  Check({"en", "It ends in 4 days.", "in 4 days", "2022-01-17"});
  Check({"pl", "Zaczęło się 5 dni temu.", "5 dni temu", "2022-01-08"});
  Check({"it", "È iniziato 2 mesi fa.", "2 mesi fa", "2021-11"});
  Check({"de", "Es begann vor einem Jahr.", "vor einem Jahr", "2021"});
  {
    const std::string t = "They left two days ago.";
    Check({"en", t.c_str(), "two days ago", "2022-01-11"}, {Spelled(t, "two", 2)});
  }
  {
    const std::string t = "Sie gingen vor zwei Tagen.";
    Check({"de", t.c_str(), "vor zwei Tagen", "2022-01-11"}, {Spelled(t, "zwei", 2)});
  }
  {
    const std::string t = "Wyszli dwa dni temu.";
    Check({"pl", t.c_str(), "dwa dni temu", "2022-01-11"}, {Spelled(t, "dwa", 2)});
  }
  {
    const std::string t = "Они ушли три дня назад.";
    Check({"ru", t.c_str(), "три дня назад", "2022-01-10"}, {Spelled(t, "три", 3)});
  }
  {
    const std::string t = "Вони пішли два дні тому.";
    Check({"uk", t.c_str(), "два дні тому", "2022-01-11"}, {Spelled(t, "два", 2)});
  }
  {
    const std::string t = "Ils sont partis il y a deux jours.";
    Check({"fr", t.c_str(), "il y a deux jours", "2022-01-11"}, {Spelled(t, "deux", 2)});
  }
  {
    const std::string t = "Se fueron hace tres semanas.";
    Check({"es", t.c_str(), "hace tres semanas", "2021-W51"}, {Spelled(t, "tres", 3)});
  }
  {
    const std::string t = "Через два дня всё решится.";
    Check({"ru", t.c_str(), "Через два дня", "2022-01-15"}, {Spelled(t, "два", 2)});
  }
  // A duration is no date: "for two days", "in a year".
  EXPECT_TRUE(Dates("en", "It rained for 2 days.", kRef).empty());
  EXPECT_TRUE(Dates("en", "They hired 40 people in a year.", kRef).empty());
  // "a day ago" takes the article as its count.
  Check({"en", "It was fixed a day ago.", "a day ago", "2022-01-12"});
}

TEST(DateRelative, TimeAttachedAndNoReference) {
  const auto d = Dates("de", "Gestern um 18 Uhr brach Feuer aus.", kRef);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].value, "2022-01-12T18:00");
  const auto n = Dates("en", "Yesterday the river rose.", "");
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].value, "");
  EXPECT_NE(n[0].reason.find("no reference"), std::string::npos);
}

}  // namespace
}  // namespace parallax::annotate
