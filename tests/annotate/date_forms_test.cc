// Date forms of the Recognizers family, through the whole annotator: a
// month before a day in words or glued by a dash ("May twenty one",
// "Oct-2", "31-Dec-1994"), years in words after a month, a day of the month
// alone after an article ("on the 27th", "am 15."), positions in a month
// named from the reference ("the second Monday of next month", "il 20 del
// prossimo mese", "the first Sunday"), days counted from a relday word
// ("two days after today"), a weekday with a day in words ("venerdì
// ventidue") and spaced German dots ("am 27. 11."). Each form has cases
// that must stay no date. Reference 2022-01-13, a Thursday.
#include <gtest/gtest.h>

#include <string>

#include "date_test_util.h"

namespace parallax {
namespace {

using annotate::testing::Case;
using annotate::testing::CheckAll;
using annotate::testing::CheckNone;
using annotate::testing::Negative;

constexpr const char* kRef = "2022-01-13";

TEST(DateForms, MonthThenSpelledOrGluedDay) {
  const Case cases[] = {
      {"en", "The ceasefire began on March twenty one, officials said.", "March twenty one",
       "2022-03-21"},
      {"en", "Voters go to the polls on nov twenty two, 2022.", "nov twenty two, 2022",
       "2022-11-22"},
      {"en", "The filing is dated Oct-4 in the court register.", "Oct-4", "2021-10-04"},
      {"en", "Shares were suspended on 31-Dec-2021 pending review.", "31-Dec-2021", "2021-12-31"},
      {"fr", "Le sommet s'ouvre le mars vingt et un.", "mars vingt et un", "2022-03-21"},
      {"es", "El contrato vence el 15-feb-2022 según el registro.", "15-feb-2022", "2022-02-15"},
      {"it", "La sentenza è attesa per febbraio ventidue.", "febbraio ventidue", "2022-02-22"},
      {"es", "El puerto reabrió el tres de marzo de dos mil veinte.",
       "tres de marzo de dos mil veinte", "2020-03-03"},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
  const Negative none[] = {
      {"en", "In March three people were arrested at the border.", "three"},
      {"en", "By May two of the plants had closed.", "two"},
      {"en", "The rule may or may not apply this may hold.", "may hold"},
      {"fr", "En mars deux enquêtes ont été ouvertes.", "deux"},
  };
  CheckNone(std::begin(none), std::end(none), kRef);
}

TEST(DateForms, DayAloneAfterArticle) {
  const Case cases[] = {
      {"en", "The rally was held on the 9th.", "9th", "2022-01-09"},
      // The nearest month with that day: 14 days ahead, not 17 back; but
      // 15 back rather than 16 ahead.
      {"en", "Payments resume on the 27th, the ministry said.", "27th", "2022-01-27"},
      {"en", "Ballots were counted on the 29th.", "29th", "2021-12-29"},
      {"de", "Die Sitzung war am 11. vertagt worden.", "11.", "2022-01-11"},
      {"it", "Il voto slitta a dopo il 21.", "21", "2022-01-21"},
      {"es", "La audiencia fue el día 12.", "12", "2022-01-12"},
      {"fr", "Le scrutin a eu lieu le 9, selon la commission.", "9", "2022-01-09"},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
  const Negative none[] = {
      {"en", "It was the 21st century's worst flood.", "21st"},
      {"en", "She is one of the 27 who signed the letter.", "27"},
      {"de", "Der Verein feierte am 15. Spieltag den Sieg.", "15."},
      {"it", "Il prezzo è salito il 21 per cento.", "21"},
      {"en", "The 3 men were released on bail.", "3"},
      {"en", "He finished the 3rd, behind the champion.", "3rd"},
      {"it", "Lo sciopero è stato indetto per il 21.", "21"},
  };
  CheckNone(std::begin(none), std::end(none), kRef);
}

TEST(DateForms, PositionInMonthFromReference) {
  const Case cases[] = {
      {"en", "The board meets on the third Monday of next month.", "third Monday of next month",
       "2022-02-21"},
      {"en", "Pensions will be paid on the 22nd day of next month.", "22nd day of next month",
       "2022-02-22"},
      {"it", "Il bando scade il 12 del prossimo mese.", "12 del prossimo mese", "2022-02-12"},
      {"es", "Cobrarán el primer viernes de este mes.", "primer viernes de este mes", "2022-01-07"},
      {"fr", "Le vote aura lieu le 3 du mois prochain.", "3 du mois prochain", "2022-02-03"},
      {"de", "Die Messe öffnet am ersten Sonntag des nächsten Monats.",
       "ersten Sonntag des nächsten Monats", "2022-02-06"},
      {"en", "The market opens on the first Sunday.", "first Sunday", "2022-01-02"},
      {"it", "Il mercato apre la seconda domenica.", "seconda domenica", "2022-01-09"},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
  const Negative none[] = {
      {"en", "It was the first Sunday service since the fire.", "first Sunday"},
      {"en", "Turnout fell on the first Monday after the vote.", "first Monday"},
  };
  CheckNone(std::begin(none), std::end(none), kRef);
}

TEST(DateForms, DaysCountedFromRelday) {
  const Case cases[] = {
      {"en", "The vote is two days after tomorrow.", "two days after tomorrow", "2022-01-16"},
      {"en", "Talks resume three weeks from today.", "three weeks from today", "2022-02-03"},
      {"es", "El incendio empezó tres días antes de ayer.", "tres días antes de ayer",
       "2022-01-09"},
      {"de", "Die Frist endet drei Tage nach morgen.", "drei Tage nach morgen", "2022-01-17"},
      {"fr", "Le verdict tombera deux jours après demain.", "deux jours après demain",
       "2022-01-16"},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
}

// "this Friday": the day of the reference's week (Thursday 2022-01-13).
TEST(DateForms, ThisWeekdayIsInTheReferenceWeek) {
  const Case cases[] = {
      {"en", "The cabinet meets this Friday.", "this Friday", "2022-01-14"},
      {"en", "Talks stalled this Monday.", "this Monday", "2022-01-10"},
      {"it", "Lo sciopero è previsto questo venerdì.", "questo venerdì", "2022-01-14"},
      {"de", "Die Wahl findet diesen Sonntag statt.", "diesen Sonntag", "2022-01-16"},
      {"en", "The summit is next week on Tuesday.", "next week on Tuesday", "2022-01-18"},
      {"en", "Talks resume next week Mon.", "next week Mon", "2022-01-17"},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
}

TEST(DateForms, CompoundCountsAgo) {
  const Case cases[] = {
      {"en", "The deal was signed 1 month 10 days ago.", "1 month 10 days ago", "2021-12-03"},
      {"en", "He was detained 2 years and 3 months ago.", "2 years and 3 months ago", "2019-10"},
      {"it", "L'accordo è stato firmato 1 mese e 3 giorni fa.", "1 mese e 3 giorni fa",
       "2021-12-10"},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
}

TEST(DateForms, NextOrLastDayAndMonth) {
  const Case cases[] = {
      {"es", "Las elecciones serán el próximo 6 de abril.", "próximo 6 de abril", "2022-04-06"},
      {"es", "El acuerdo se firmó el pasado 15 de marzo.", "pasado 15 de marzo", "2021-03-15"},
      {"it", "Il voto è fissato per il prossimo 10 gennaio.", "prossimo 10 gennaio", "2023-01-10"},
      {"en", "The tariff rises next 9th of May.", "next 9th of May", "2022-05-09"},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
}

TEST(DateForms, WeekdayWithDayInWords) {
  const Case cases[] = {
      {"en", "The summit opened on Friday the seventh.", "Friday the seventh", "2022-01-07"},
      {"it", "I negoziati sono ripresi martedì undici.", "martedì undici", "2022-01-11"},
      {"es", "La huelga empezó el lunes el día diez.", "lunes el día diez", "2022-01-10"},
      {"es", "El pleno se reúne este viernes 14 de enero.", "este viernes 14 de enero",
       "2022-01-14"},
      {"en", "Polling stations close Tue 11th at noon.", "Tue 11th at noon", "2022-01-11T12:00"},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
  const Negative none[] = {
      {"en", "On Friday two people were injured.", "two"},
      {"en", "Sales rose in Sat 11 stores.", "11"},
  };
  CheckNone(std::begin(none), std::end(none), kRef);
}

TEST(DateForms, SpacedGermanDotsAndNumericAfterDayWord) {
  const Case cases[] = {
      {"de", "Die Anhörung ist am 27. 11. im Landtag.", "27. 11.", "2021-11-27"},
      {"de", "Das Urteil vom 3. 2. 2021 ist rechtskräftig.", "3. 2. 2021", "2021-02-03"},
      {"en", "The hearing was moved on 4/22 after a delay.", "4/22", "2022-04-22"},
      {"it", "Il processo riprende il 4-22.", "4-22", "2022-04-22"},
      {"en", "The talks resume Friday 1/14 in Geneva.", "Friday 1/14", "2022-01-14"},
      {"es", "La cumbre empieza el viernes 14/1.", "viernes 14/1", "2022-01-14"},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
  const Negative none[] = {
      {"en", "Bayern won on 3-2 aggregate.", "3-2"},
      {"en", "Shares rose on 3-2 after the report.", "3-2"},
      {"de", "Er wurde 3. 4. Sieger im Rennen.", "3. 4."},
      {"de", "Der Verein verlor am 3. 4. Spieltag.", "3. 4."},
  };
  CheckNone(std::begin(none), std::end(none), kRef);
}

}  // namespace
}  // namespace parallax
