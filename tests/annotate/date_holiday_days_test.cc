// Days of the United Nations, the Hindu festivals of
// data/holiday_dates_hindu.tsv, more names of the Jewish and Islamic
// holidays, a holiday before a year, and the `given` flag (a holiday name
// that is also a given name). The sentences are written for these tests;
// the reference is 2022-01-10 unless a case says otherwise.
#include <gtest/gtest.h>

#include "date_test_util.h"

namespace parallax::annotate {
namespace {

using testing::Dates;
using testing::Text;

struct Case {
  const char* lang;
  const char* text;
  const char* mention;
  const char* value;
};

void Check(const Case& c) {
  SCOPED_TRACE(std::string(c.lang) + ": " + c.text);
  const DateMention* found = nullptr;
  const std::vector<DateMention> dates = Dates(c.lang, c.text, "2022-01-10");
  for (const DateMention& d : dates) {
    if (Text(c.text, d) == c.mention) found = &d;
  }
  ASSERT_NE(found, nullptr) << "no mention '" << c.mention << "' among " << dates.size();
  EXPECT_EQ(found->value, c.value);
  EXPECT_TRUE(found->reason.empty()) << found->reason;
}

// No date mention of `text` covers `word`.
void ExpectNone(const char* lang, const std::string& text, const std::string& word) {
  SCOPED_TRACE(std::string(lang) + ": " + text);
  const size_t at = text.find(word);
  ASSERT_NE(at, std::string::npos);
  for (const DateMention& d : Dates(lang, text, "2022-01-10")) {
    EXPECT_FALSE(d.span.start <= at && at < d.span.end) << Text(text, d) << " " << d.value;
  }
}

TEST(DateHolidayDays, UnitedNationsDays) {
  const Case cases[] = {
      {"en", "Activists marched on World AIDS Day 2019 in Durban.", "World AIDS Day 2019",
       "2019-12-01"},
      {"de", "Zum Weltwassertag 2020 warnte die Behörde vor Dürre.", "Weltwassertag 2020",
       "2020-03-22"},
      {"es", "La ONU celebró el Día Internacional de las Cooperativas de 2021.",
       "Día Internacional de las Cooperativas de 2021", "2021-07-03"},
      {"fr", "Le rapport sort pour la Journée mondiale de la santé 2018.",
       "Journée mondiale de la santé 2018", "2018-04-07"},
      {"it", "Le scuole hanno ricordato la Giornata della Memoria 2020.",
       "Giornata della Memoria 2020", "2020-01-27"},
      {"pl", "Na Światowy Dzień Wody 2021 miasto otworzyło studnię.", "Światowy Dzień Wody 2021",
       "2021-03-22"},
      {"ru", "Ко Всемирному дню беженцев 2019 года вышел доклад.",
       "Всемирному дню беженцев 2019 года", "2019-06-20"},
      {"uk", "До Дня прав людини 2020 року правозахисники підготували звіт.",
       "Дня прав людини 2020 року", "2020-12-10"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(DateHolidayDays, HinduFestivalsFromTheTable) {
  const Case cases[] = {
      {"en", "Crowds filled Mathura's lanes for Holi 2018.", "Holi 2018", "2018-03-02"},
      {"en", "Bonfires were lit on Holika Dahan in 2017.", "Holika Dahan in 2017", "2017-03-12"},
      {"de", "Zu Diwali 2016 leuchteten in Neu-Delhi die Lampen.", "Diwali 2016", "2016-10-30"},
      {"fr", "La fête de Diwali 2015 a rassemblé des milliers de fidèles.", "fête de Diwali 2015",
       "2015-11-11"},
      {"ru", "На праздник Холи 2021 года власти ввели ограничения.", "праздник Холи 2021 года",
       "2021-03-29"},
      // Closest to the reference: Diwali 2021 (4 November).
      {"it", "Le vendite d'oro sono salite prima di Diwali.", "Diwali", "2021-11-04"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(DateHolidayDays, YearOutsideTheTableHasNoValue) {
  const std::string text = "Diwali 2040 will fall on a weekday.";
  const std::vector<DateMention> dates = Dates("en", text, "2022-01-10");
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(Text(text, dates[0]), "Diwali 2040");
  EXPECT_TRUE(dates[0].value.empty());
  EXPECT_FALSE(dates[0].reason.empty());
}

TEST(DateHolidayDays, JewishAndIslamicNames) {
  const Case cases[] = {
      {"de", "Die Nacht der Allmacht 2018 fiel auf einen Montag.", "Nacht der Allmacht 2018",
       "2018-06-11"},
      {"de", "Zu Tischa beAv 2019 trauerten die Gläubigen.", "Tischa beAv 2019", "2019-08-11"},
      {"pl", "W Noc Przeznaczenia 2020 meczety były puste.", "Noc Przeznaczenia 2020",
       "2020-05-20"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(DateHolidayDays, GivenNameIsNotTheHoliday) {
  ExpectNone("de", "Silvester Stallone drehte in Berlin.", "Silvester");
  ExpectNone("de", "Der Trainer Silvester Weber blieb im Amt.", "Silvester");
  ExpectNone("pl", "Sylwester Nowak wygrał wybory.", "Sylwester");
  // The holiday: after a lower-case word, with a year, before a verb.
  Check({"de", "Wir haben an Silvester Böller gezündet.", "Silvester", "2021-12-31"});
  Check({"de", "Silvester 2019 war mild.", "Silvester 2019", "2019-12-31"});
  Check({"de", "Nach Silvester beginnt die Saison.", "Silvester", "2021-12-31"});
}

TEST(DateHolidayDays, OrdinaryWordsStayWords) {
  // "holi" is a greeting in Spanish chat; Holi is written capitalised.
  ExpectNone("es", "holi, ¿qué tal el viaje a Madrid?", "holi");
  Check({"es", "Miles de personas celebraron el Holi de 2019 en Benarés.", "Holi de 2019",
         "2019-03-21"});
}

}  // namespace
}  // namespace parallax::annotate
