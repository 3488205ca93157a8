// Weeks of a month and weekends (date_weeks.cc), in every language with
// date data; sentences are news-like and written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/date_scan.h"
#include "date_test_util.h"

namespace parallax::annotate {
namespace {

using testing::Dates;
using testing::Spelled;
using testing::Text;

// The single date of `text` as "span|value..value_max".
std::string One(const std::string& lang, const std::string& text, const std::string& ordinal = "",
                int n = 0, const std::string& ref = "2024-10-15") {
  std::vector<NumberToken> numbers;
  if (!ordinal.empty()) numbers.push_back(Spelled(text, ordinal, n, /*ordinal=*/true));
  const auto dates = Dates(lang, text, ref, numbers);
  if (dates.size() != 1) return "found " + std::to_string(dates.size());
  return Text(text, dates[0]) + "|" + dates[0].value + ".." + dates[0].value_max;
}

// Reference 2024-10-15 is a Tuesday; 1 October 2024 was one too.
TEST(DateWeeks, WeekOfAMonthIsItsNthWholeMondayToSundayWeek) {
  EXPECT_EQ(One("en", "The trial opens in the first week of October.", "first", 1),
            "first week of October|2024-10-07..2024-10-13");
  EXPECT_EQ(One("de", "Die Wahl findet in der ersten Novemberwoche statt.", "ersten", 1),
            "ersten Novemberwoche|2024-11-04..2024-11-10");
  EXPECT_EQ(One("de", "Die zweite Woche im März 2023 brachte Frost.", "zweite", 2),
            "zweite Woche im März 2023|2023-03-13..2023-03-19");
  EXPECT_EQ(One("es", "El censo se cierra la primera semana de octubre.", "primera", 1),
            "primera semana de octubre|2024-10-07..2024-10-13");
  EXPECT_EQ(One("fr", "Les négociations reprennent la dernière semaine de juin."),
            "dernière semaine de juin|2024-06-24..2024-06-30");
  EXPECT_EQ(One("it", "Il cantiere chiude nella seconda settimana di dicembre.", "seconda", 2),
            "seconda settimana di dicembre|2024-12-09..2024-12-15");
  EXPECT_EQ(One("pl", "Szczyt odbędzie się w pierwszym tygodniu maja 2025.", "pierwszym", 1),
            "pierwszym tygodniu maja 2025|2025-05-05..2025-05-11");
  EXPECT_EQ(One("ru", "Торги возобновятся в первую неделю января.", "первую", 1),
            "первую неделю января|2025-01-06..2025-01-12");
  EXPECT_EQ(One("uk", "Засідання перенесли на останній тиждень листопада."),
            "останній тиждень листопада|2024-11-18..2024-11-24");
}

TEST(DateWeeks, WeekOfAMonthNamedFromTheReference) {
  EXPECT_EQ(One("en", "Payments resume in the 2nd week of next month."),
            "2nd week of next month|2024-11-11..2024-11-17");
  EXPECT_EQ(One("en", "The board meets in the last week of the month."),
            "last week of the month|2024-10-21..2024-10-27");
}

TEST(DateWeeks, MonthWithoutSuchAWeekGivesAReason) {
  const std::string text = "The 5th week of February 2023 was quiet.";
  const auto dates = Dates("en", text, "2024-10-15");
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_TRUE(dates[0].value.empty());
  EXPECT_NE(dates[0].reason.find("no week 5"), std::string::npos);
}

TEST(DateWeeks, WeekendOfAMonth) {
  EXPECT_EQ(One("fr", "La course a lieu le premier week-end de septembre.", "premier", 1),
            "premier week-end de septembre|2024-09-07..2024-09-08");
  EXPECT_EQ(One("en", "Crowds are expected on the last weekend of May 2025."),
            "last weekend of May 2025|2025-05-24..2025-05-25");
}

TEST(DateWeeks, WeekendsFromTheReference) {
  // Tuesday 2024-10-15: this weekend is 19-20, the last one 12-13.
  EXPECT_EQ(One("en", "Rail strikes are planned this weekend."),
            "this weekend|2024-10-19..2024-10-20");
  EXPECT_EQ(One("en", "Storms flooded the valley last weekend."),
            "last weekend|2024-10-12..2024-10-13");
  EXPECT_EQ(One("de", "Am vergangenen Wochenende demonstrierten Tausende."),
            "vergangenen Wochenende|2024-10-12..2024-10-13");
  EXPECT_EQ(One("fr", "Le festival a attiré des milliers de visiteurs ce week-end."),
            "ce week-end|2024-10-19..2024-10-20");
  EXPECT_EQ(One("es", "Los bomberos trabajaron el fin de semana pasado."),
            "fin de semana pasado|2024-10-12..2024-10-13");
  EXPECT_EQ(One("it", "Lo scorso fine settimana la neve ha chiuso il passo."),
            "scorso fine settimana|2024-10-12..2024-10-13");
  EXPECT_EQ(One("pl", "W ostatni weekend policja zatrzymała 40 kierowców."),
            "ostatni weekend|2024-10-12..2024-10-13");
  EXPECT_EQ(One("ru", "Протесты продолжились в эти выходные."),
            "эти выходные|2024-10-19..2024-10-20");
  EXPECT_EQ(One("uk", "На минулих вихідних у місті вимикали світло."),
            "минулих вихідних|2024-10-12..2024-10-13");
  // "next" is the first weekend after the reference, as "next Sunday".
  EXPECT_EQ(One("es", "El próximo fin de semana se vota en Galicia."),
            "próximo fin de semana|2024-10-19..2024-10-20");
}

TEST(DateWeeks, BareWeekendLeansToThePast) {
  EXPECT_EQ(One("de", "Am Wochenende wurde in Brandenburg gewählt."),
            "Wochenende|2024-10-12..2024-10-13");
  EXPECT_EQ(One("en", "Fighting eased over the weekend."), "weekend|2024-10-12..2024-10-13");
  EXPECT_EQ(One("pl", "W weekend spadł pierwszy śnieg.", "", 0, "2024-10-19"),
            "weekend|2024-10-19..2024-10-20");
  // Said on a Sunday, "last weekend" is the one before.
  EXPECT_EQ(One("en", "Turnout was low last weekend.", "", 0, "2024-10-20"),
            "last weekend|2024-10-12..2024-10-13");
}

TEST(DateWeeks, NoDateWithoutALinkOrMonth) {
  EXPECT_TRUE(Dates("en", "A weekend of talks ended without a deal.").empty());
  EXPECT_TRUE(Dates("en", "Every weekend the market opens early.").empty());
  // "the first week" alone names the week of some other event.
  EXPECT_TRUE(Dates("en", "In the 1st week of the strike, 300 workers left.").empty());
  // Plural directions stay off other units: "прошлые годы" is no last year.
  EXPECT_TRUE(Dates("ru", "В прошлые годы урожай был ниже.").empty());
}

TEST(DateWeeks, NoReference) {
  const auto dates = Dates("en", "Rail strikes are planned this weekend.", "");
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_TRUE(dates[0].value.empty());
  EXPECT_FALSE(dates[0].reason.empty());
}

// A day after an article before a percent word is a figure (date_absolute.cc).
TEST(DateWeeks, DayBeforePercentWordIsNoDate) {
  EXPECT_TRUE(Dates("es", "El 4 por ciento de los votos fue nulo.").empty());
  EXPECT_TRUE(Dates("de", "Die Steuer stieg am 4 % an.").empty());
  const auto dates = Dates("es", "Llegó el 4 por la noche.", "2024-10-15");
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].value, "2024-10-04T18");
}

}  // namespace
}  // namespace parallax::annotate
