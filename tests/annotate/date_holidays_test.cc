// Holidays and seasons in sentences (date_holidays.cc), per language, and
// the "# example:" lines of every data/<lang>/holidays.tsv. The sentences
// are written for these tests; the reference is 2022-01-10 (a Monday)
// unless a case says otherwise.
#include "annotate/date_holidays.h"

#include <gtest/gtest.h>

#include "date_test_util.h"

namespace parallax::annotate {
namespace {

using testing::Dates;
using testing::Text;

struct Case {
  const char* lang;
  const char* text;
  const char* mention;  // the holiday's or season's text
  const char* value;    // "first" or "first..last"
  const char* basis;
  const char* ref = "2022-01-10";
};

std::string Value(const DateMention& d) {
  return d.value_max.empty() ? d.value : d.value + ".." + d.value_max;
}

void Check(const Case& c) {
  SCOPED_TRACE(std::string(c.lang) + ": " + c.text);
  const std::vector<DateMention> dates = Dates(c.lang, c.text, c.ref);
  const DateMention* found = nullptr;
  for (const DateMention& d : dates) {
    if (Text(c.text, d) == c.mention) found = &d;
  }
  ASSERT_NE(found, nullptr) << "no mention '" << c.mention << "' among " << dates.size();
  EXPECT_EQ(Value(*found), c.value);
  EXPECT_EQ(DateBasisName(found->basis), c.basis);
  EXPECT_TRUE(found->reason.empty()) << found->reason;
}

// No mention of `text` covers `word`.
void ExpectNone(const char* lang, const std::string& text, const std::string& word) {
  SCOPED_TRACE(std::string(lang) + ": " + text);
  const size_t at = text.find(word);
  ASSERT_NE(at, std::string::npos);
  for (const DateMention& d : Dates(lang, text)) {
    EXPECT_FALSE(d.span.start <= at && at < d.span.end) << Text(text, d) << " " << d.value;
  }
}

TEST(DateHolidays, English) {
  const Case cases[] = {
      {"en", "Fuel prices jumped in the week before Christmas.", "Christmas", "2021-12-25",
       "completed"},
      {"en", "Shelling resumed on Orthodox Christmas Eve.", "Orthodox Christmas Eve", "2022-01-06",
       "completed"},
      {"en", "The ceasefire held until Easter 2023.", "Easter 2023", "2023-04-09", "absolute"},
      {"en", "Protests spread during Ramadan last year.", "Ramadan last year",
       "2021-04-13..2021-05-12", "relative"},
      {"en", "Turnout fell on Thanksgiving Day.", "Thanksgiving Day", "2021-11-25", "completed"},
      {"en", "The mill closed in the spring of 2020.", "spring of 2020", "2020-03..2020-05",
       "absolute"},
      {"en", "Gas use peaked in winter 2021/22.", "winter 2021/22", "2021-12..2022-02", "absolute"},
      {"en", "The port will reopen next spring.", "next spring", "2022-03..2022-05", "relative"},
      {"en", "Candles were lit in Kyiv for Hanukkah.", "Hanukkah", "2021-11-29..2021-12-06",
       "completed"},
      {"en", "Families gathered for Eid al-Adha in 2021.", "Eid al-Adha in 2021", "2021-07-20",
       "absolute"},
      {"en", "Chinese New Year 2023 falls in January.", "Chinese New Year 2023", "2023-01-22",
       "absolute"},
      {"en", "Pubs reopened on St. Patrick's Day.", "St. Patrick's Day", "2022-03-17", "completed"},
      {"en", "Stocks ran out before Independence Day.", "Independence Day", "2022-07-04",
       "completed", "2022-06-20"},
      {"en", "The synod met the following Easter.", "following Easter", "2022-04-17", "relative"},
      {"en", "Most lines stopped on Easter Monday.", "Easter Monday", "2019-04-22", "completed",
       "2019-03-01"},
  };
  for (const Case& c : cases) Check(c);
  ExpectNone("en", "Tourists flew to Easter Island.", "Easter");
  ExpectNone("en", "The Arab Spring toppled rulers.", "Spring");
  ExpectNone("en", "The fall of the regime came fast.", "fall");
  ExpectNone("en", "They rented a summer house by the lake.", "summer");
  ExpectNone("en", "Veterans of the Yom Kippur War met.", "Kippur");
  ExpectNone("en", "He lent money to the club.", "lent");
}

TEST(DateHolidays, German) {
  const Case cases[] = {
      {"de", "Vor Weihnachten stiegen die Preise.", "Weihnachten", "2021-12-25", "completed"},
      {"de", "Die Brücke bleibt bis Ostern 2022 gesperrt.", "Ostern 2022", "2022-04-17",
       "absolute"},
      {"de", "Die Waldbrände im Sommer 2019 zerstörten viel Wald.", "Sommer 2019",
       "2019-06..2019-08", "absolute"},
      {"de", "Die Ernte fiel diesen Herbst schlecht aus.", "diesen Herbst", "2021-09..2021-11",
       "relative"},
      {"de", "Die Heizkosten stiegen im vorletzten Winter.", "vorletzten Winter",
       "2019-12..2020-02", "relative"},
      {"de", "Am Buß- und Bettag bleiben die Schulen in Sachsen zu.", "Buß- und Bettag",
       "2021-11-17", "completed"},
      {"de", "Der Streik endete am Karfreitag.", "Karfreitag", "2022-04-15", "completed"},
      {"de", "Zum Zuckerfest reisten viele Familien.", "Zuckerfest", "2022-05-02", "completed"},
      {"de", "Der Markt öffnete zu Weihnachten vor 2 Jahren.", "Weihnachten vor 2 Jahren",
       "2020-12-25", "relative"},
  };
  for (const Case& c : cases) Check(c);
  ExpectNone("de", "Der Arabische Frühling erfasste viele Länder.", "Frühling");
  ExpectNone("de", "Sommer und Sonne locken Gäste an.", "Sommer");
}

TEST(DateHolidays, FrenchSpanishItalian) {
  const Case cases[] = {
      {"fr", "Les stocks ont fondu pendant l'hiver 2021.", "l'hiver 2021", "2020-12..2021-02",
       "absolute"},
      {"fr", "Le marché reprendra après la Toussaint.", "Toussaint", "2021-11-01", "completed"},
      {"fr", "Ils ont été 2000 à défiler le lundi de Pâques.", "lundi de Pâques", "2022-04-18",
       "completed"},
      {"fr", "La réforme sera votée au printemps.", "printemps", "2022-03..2022-05", "completed"},
      {"es", "Las ventas se dispararon antes de Nochebuena.", "Nochebuena", "2021-12-24",
       "completed"},
      {"es", "El Viernes Santo las calles estaban llenas.", "Viernes Santo", "2022-04-15",
       "completed"},
      {"es", "La sequía del verano de 2022 secó los embalses.", "verano de 2022",
       "2022-06..2022-08", "absolute"},
      {"es", "Durante la Navidad pasada hubo cortes de luz.", "Navidad pasada", "2021-12-25",
       "relative"},
      {"it", "I negozi restano chiusi a Ferragosto.", "Ferragosto", "2021-08-15", "completed"},
      {"it", "L'inverno scorso la neve isolò i paesi.", "L'inverno scorso", "2020-12..2021-02",
       "relative"},
  };
  for (const Case& c : cases) Check(c);
  ExpectNone("fr", "Il a été 2000 fois plus rapide.", "été");
  ExpectNone("fr", "Elle a été dernière du classement.", "été");
  ExpectNone("it", "Nella sua città natale nessuno lo ricorda.", "natale");
}

TEST(DateHolidays, SlavicAndKazakh) {
  const Case cases[] = {
      {"pl", "Przed Bożym Narodzeniem ceny karpia wzrosły.", "Bożym Narodzeniem", "2021-12-25",
       "completed"},
      {"pl", "Latem 2021 roku zabrakło wody.", "Latem 2021 roku", "2021-06..2021-08", "absolute"},
      {"pl", "Zielone Świątki wypadają w czerwcu.", "Zielone Świątki", "2022-06-05", "completed"},
      {"pl", "W Poniedziałek Wielkanocny kursują autobusy.", "Poniedziałek Wielkanocny",
       "2022-04-18", "completed"},
      {"ru", "Курбан-байрам в 2022 году пришёлся на июль.", "Курбан-байрам в 2022 году",
       "2022-07-09", "absolute"},
      {"ru", "Прошлой зимой отключали свет.", "Прошлой зимой", "2020-12..2021-02", "relative"},
      {"ru", "После Нового года биржа открылась.", "Нового года", "2022-01-01", "completed"},
      {"ru", "Накануне католического Рождества объявили перемирие.", "католического Рождества",
       "2021-12-25", "completed"},
      {"ru", "Пасха в 2023 году выпала на апрель.", "Пасха в 2023 году", "2023-04-16", "absolute"},
      {"uk", "Різдво 2024 року святкуватимуть 25 грудня.", "Різдво 2024 року", "2024-12-25",
       "absolute"},
      {"uk", "Навесні уряд підвищив тарифи.", "Навесні", "2022-03..2022-05", "completed"},
      {"uk", "На Трійцю храми були повні.", "Трійцю", "2022-06-12", "completed"},
      {"kk", "Наурыз мейрамы қарсаңында баға өсті.", "Наурыз мейрамы", "2022-03-21..2022-03-23",
       "completed"},
      {"kk", "Қыста жол жабылды.", "Қыста", "2021-12..2022-02", "completed"},
  };
  for (const Case& c : cases) Check(c);
  ExpectNone("pl", "Na lata 2021-2027 przyznano fundusze.", "lata");
  ExpectNone("pl", "W wigilię wyborów panowała cisza.", "wigilię");
  ExpectNone("ru", "Арабская весна изменила регион.", "весна");
  ExpectNone("kk", "Наурыз айында жиналыс өтті.", "Наурыз");
}

TEST(DateHolidays, DirectionsAgainstTheReference) {
  // "last" is the latest occurrence that ended before the reference,
  // "next" the first that starts after it.
  const Case cases[] = {
      {"en", "Sales slumped after last Easter.", "last Easter", "2019-04-21", "relative",
       "2019-06-12"},
      {"en", "Sales slumped after last Easter.", "last Easter", "2018-04-01", "relative",
       "2019-03-12"},
      {"en", "The fair opens next Easter.", "next Easter", "2020-04-12", "relative", "2019-06-12"},
      {"en", "Prices fell last winter.", "last winter", "2020-12..2021-02", "relative"},
      {"en", "This winter was mild.", "This winter", "2021-12..2022-02", "relative"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(DateHolidays, OffsetsFromAHoliday) {
  const Case cases[] = {
      {"en", "Rail traffic doubled a week before Christmas.", "a week before Christmas",
       "2021-12-18", "completed"},
      {"en", "The truce ended 3 days after Orthodox Easter 2022.",
       "3 days after Orthodox Easter 2022", "2022-04-27", "absolute"},
      {"en", "The shops reopened the day after Christmas.", "the day after Christmas", "2021-12-26",
       "completed"},
      {"en", "Rents rose 2 months after Ramadan.", "2 months after Ramadan", "2022-07-01",
       "completed"},
      {"de", "Die Schulen öffnen 2 Wochen nach Ostern.", "2 Wochen nach Ostern", "2022-05-01",
       "completed"},
      {"ru", "За неделю до Нового года цены выросли.", "За неделю до Нового года", "2021-12-25",
       "completed"},
      {"pl", "Ceny wzrosły 2 tygodnie przed Wielkanocą.", "2 tygodnie przed Wielkanocą",
       "2022-04-03", "completed"},
      {"pl", "Święto Konstytucji 3 Maja obchodzono w Krakowie.", "Święto Konstytucji 3 Maja",
       "2022-05-03", "completed"},
  };
  for (const Case& c : cases) Check(c);
  ExpectNone("en", "Two weeks before the vote, turnout fell.", "weeks");
  ExpectNone("en", "It rained 3 days before summer.", "days");  // no offset from a season
}

TEST(DateHolidays, WithoutReference) {
  const std::vector<DateMention> bare = Dates("en", "Stores close at Christmas.", "");
  ASSERT_EQ(bare.size(), 1u);
  EXPECT_TRUE(bare[0].value.empty());
  EXPECT_FALSE(bare[0].reason.empty());
  const std::vector<DateMention> dated = Dates("en", "Stores closed at Christmas 2021.", "");
  ASSERT_EQ(dated.size(), 1u);
  EXPECT_EQ(dated[0].value, "2021-12-25");
  // A year the date table does not cover: the mention stays, with a reason.
  const std::vector<DateMention> old = Dates("en", "Markets shut for Eid al-Fitr 1950.");
  ASSERT_EQ(old.size(), 1u);
  EXPECT_TRUE(old[0].value.empty());
  EXPECT_NE(old[0].reason.find("1950"), std::string::npos);
}

TEST(DateHolidays, BadInputStaysBounded) {
  std::string many;
  for (int k = 0; k < 10000; ++k) many += "Christmas 2021, ";
  EXPECT_EQ(Dates("en", many).size(), 10000u);
  const std::vector<DateMention> long_year = Dates("en", "Easter 99999 and Easter 1500 people");
  ASSERT_EQ(long_year.size(), 2u);
  EXPECT_EQ(long_year[0].value, "2022-04-17");  // no year read: the closest Easter
  EXPECT_EQ(long_year[1].value, "2022-04-17");
  EXPECT_TRUE(Dates("en", std::string(400, '7') + " Easter Island").empty());
}

TEST(DateHolidays, EveryLanguageFileRunsItsExamples) {
  size_t run = 0;
  const auto files = testing::ReadExampleLines("holidays.tsv");
  for (const auto& [lang, examples] : files) {
    for (const testing::ExampleLine& e : examples) {
      ASSERT_TRUE(e.well_formed) << lang << ": " << e.line;
      SCOPED_TRACE(lang + ": " + e.sentence);
      const std::vector<DateMention> dates = Dates(lang, e.sentence, "2022-01-10");
      bool found = false;
      for (const DateMention& d : dates) {
        if (Text(e.sentence, d) != e.mention) continue;
        found = true;
        EXPECT_EQ(Value(d), e.value);
      }
      EXPECT_TRUE(found) << "no mention '" << e.mention << "'";
    }
    EXPECT_GE(examples.size(), 3u) << lang << "/holidays.tsv has too few examples";
    run += examples.size();
  }
  EXPECT_GE(files.size(), 9u);
  EXPECT_GE(run, 30u);
}

}  // namespace
}  // namespace parallax::annotate
