// Composed dates through the whole annotator (numbers first, so spelled
// ordinals and counts come from the number layer): positions in a month
// ("the first Tuesday of March"), quarters, periods ("the past three
// days"), a weekday in a named week, a month named relative to the
// reference, a weekday with a bare day number, spelled cardinal days and
// day-month dates after an article. Reference 2022-01-13, a Thursday.
#include <gtest/gtest.h>

#include <string>

#include "parallax/annotate.h"
#include "parallax/data_dir.h"

namespace parallax {
namespace {

const Annotator& TheAnnotator() {
  static const Annotator* annotator = new Annotator(FindDataDir());
  return *annotator;
}

struct Case {
  const char* lang;
  const char* text;
  const char* mention;
  const char* value;
  const char* value_max;
};

void Check(const Case& c) {
  SCOPED_TRACE(std::string(c.lang) + ": " + c.text);
  const std::string text = c.text;
  const Annotations a = TheAnnotator().AnnotateText(text, c.lang, ParseReferenceTime("2022-01-13"));
  ASSERT_EQ(a.dates.size(), 1u);
  const DateMention& d = a.dates[0];
  EXPECT_EQ(text.substr(d.span.start, d.span.end - d.span.start), c.mention);
  EXPECT_EQ(d.value, c.value);
  EXPECT_EQ(d.value_max, c.value_max);
}

void CheckAll(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) Check(*c);
}

TEST(DatePosition, NthWeekdayOrDayOfMonth) {
  const Case cases[] = {
      {"en", "The strike is planned for the first Tuesday of March.", "first Tuesday of March",
       "2022-03-01", ""},
      {"en", "Polls close on the last Friday in April 2023.", "last Friday in April 2023",
       "2023-04-28", ""},
      {"de", "Die Wahl ist am letzten Sonntag im September 2023.",
       "letzten Sonntag im September 2023", "2023-09-24", ""},
      {"de", "Der Gipfel beginnt am zweiten Montag im Februar.", "zweiten Montag im Februar",
       "2022-02-14", ""},
      {"fr", "Le délai expire le dernier jour de février.", "dernier jour de février", "2022-02-28",
       ""},
      {"es", "La reunión será el primer martes de marzo.", "primer martes de marzo", "2022-03-01",
       ""},
      {"ru", "Собрание пройдёт в первый понедельник апреля.", "первый понедельник апреля",
       "2022-04-04", ""},
  };
  CheckAll(std::begin(cases), std::end(cases));
}

TEST(DatePosition, Quarters) {
  const Case cases[] = {
      {"en", "Sales fell in the third quarter of 2021.", "third quarter of 2021", "2021-07",
       "2021-09"},
      {"en", "Output recovered last quarter.", "last quarter", "2021-10", "2021-12"},
      {"en", "Revenue for Q2 2023 beat the forecast.", "Q2 2023", "2023-04", "2023-06"},
      {"de", "Im vierten Quartal sank der Absatz.", "vierten Quartal", "2021-10", "2021-12"},
      {"pl", "W pierwszym kwartale eksport wzrósł.", "pierwszym kwartale", "2022-01", "2022-03"},
      {"ru", "В третьем квартале 2020 года выпуск упал.", "третьем квартале 2020 года", "2020-07",
       "2020-09"},
      {"fr", "Le chômage a baissé au trimestre dernier.", "trimestre dernier", "2021-10",
       "2021-12"},
  };
  CheckAll(std::begin(cases), std::end(cases));
  // A lower-case "q3" with no year is a name, not a quarter; a quarter
  // of a population is no date.
  EXPECT_TRUE(TheAnnotator()
                  .AnnotateText("The q3 chip is sold out.", "en", ParseReferenceTime("2022-01-13"))
                  .dates.empty());
  EXPECT_TRUE(TheAnnotator()
                  .AnnotateText("A quarter of the voters stayed home.", "en",
                                ParseReferenceTime("2022-01-13"))
                  .dates.empty());
}

TEST(DatePosition, PeriodsFromTheReference) {
  const Case cases[] = {
      {"en", "Prices rose over the past three days.", "past three days", "2022-01-10",
       "2022-01-13"},
      {"de", "In den nächsten zwei Wochen bleibt die Grenze zu.", "nächsten zwei Wochen",
       "2022-01-13", "2022-01-27"},
      {"ru", "За последние три года цены выросли.", "последние три года", "2019-01-13",
       "2022-01-13"},
      {"fr", "Il neigera les 3 prochains jours.", "3 prochains jours", "2022-01-13", "2022-01-16"},
      {"es", "Los últimos dos meses fueron secos.", "últimos dos meses", "2021-11-13",
       "2022-01-13"},
      {"uk", "За останні 5 днів затримали десятьох.", "останні 5 днів", "2022-01-08", "2022-01-13"},
      {"pl", "W ciągu ostatnich 6 miesięcy zamknięto kopalnię.", "ostatnich 6 miesięcy",
       "2021-07-13", "2022-01-13"},
  };
  CheckAll(std::begin(cases), std::end(cases));
}

TEST(DatePosition, WeekdayInANamedWeek) {
  const Case cases[] = {
      {"de", "Die Sitzung ist am Mittwoch nächster Woche.", "Mittwoch nächster Woche", "2022-01-19",
       ""},
      {"de", "Nächste Woche am Freitag wird gewählt.", "Nächste Woche am Freitag", "2022-01-21",
       ""},
      {"fr", "Il est parti dimanche de la semaine dernière.", "dimanche de la semaine dernière",
       "2022-01-09", ""},
      {"pl", "Rozprawa odbędzie się we wtorek w przyszłym tygodniu.", "wtorek w przyszłym tygodniu",
       "2022-01-18", ""},
      {"en", "They met on Tuesday of last week.", "Tuesday of last week", "2022-01-04", ""},
  };
  CheckAll(std::begin(cases), std::end(cases));
}

TEST(DatePosition, MonthsAndWeekdaysCountedFromTheReference) {
  const Case cases[] = {
      {"en", "The vote moves to next March.", "next March", "2022-03", ""},
      {"de", "Das Werk schloss im vergangenen Oktober.", "vergangenen Oktober", "2021-10", ""},
      {"fr", "Le procès s'ouvrira en mars prochain.", "mars prochain", "2022-03", ""},
      {"de", "Er kommt übernächsten Freitag zurück.", "übernächsten Freitag", "2022-01-21", ""},
      {"ru", "На позапрошлой неделе шли дожди.", "позапрошлой неделе", "2021-W52", ""},
  };
  CheckAll(std::begin(cases), std::end(cases));
}

TEST(DatePosition, WeekdayWithADayNumber) {
  const Case cases[] = {
      {"fr", "Le scrutin aura lieu vendredi 14.", "vendredi 14", "2022-01-14", ""},
      {"it", "Il vertice si terrà lunedì 10, a Roma.", "lunedì 10", "2022-01-10", ""},
      // 15 January 2022 is a Saturday: the nearest Monday the 15th is in November.
      {"fr", "La grève date du lundi 15.", "lundi 15", "2021-11-15", ""},
      {"en", "It reopened on Thursday the 6th.", "Thursday the 6th", "2022-01-06", ""},
  };
  CheckAll(std::begin(cases), std::end(cases));
  // A count after the weekday is no day of the month.
  const Annotations a = TheAnnotator().AnnotateText("Vendredi 13 personnes ont été blessées.", "fr",
                                                    ParseReferenceTime("2022-01-13"));
  ASSERT_EQ(a.dates.size(), 1u);
  EXPECT_EQ(a.dates[0].value, "2022-01-07");
  ASSERT_EQ(a.quantities.size(), 1u);
  EXPECT_EQ(a.quantities[0].value, 13);
}

TEST(DatePosition, SpelledDaysAndDayMonthAfterAnArticle) {
  const Case cases[] = {
      {"es", "La marcha fue el cinco de mayo.", "cinco de mayo", "2022-05-05", ""},
      {"it", "Le urne apriranno il ventuno marzo.", "ventuno marzo", "2022-03-21", ""},
      {"fr", "Rendez-vous le 22/04 à Lyon.", "22/04", "2022-04-22", ""},
      {"de", "Die Messe beginnt am 10.10 in Köln.", "10.10", "2021-10-10", ""},
  };
  CheckAll(std::begin(cases), std::end(cases));
  // An article before a decimal is no date.
  const Annotations a = TheAnnotator().AnnotateText("They lost the 1.5 million votes.", "en",
                                                    ParseReferenceTime("2022-01-13"));
  EXPECT_TRUE(a.dates.empty());
}

}  // namespace
}  // namespace parallax
