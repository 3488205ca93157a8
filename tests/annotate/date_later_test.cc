// Counts after a unit that count on from the reference ("three days later",
// "drei Tage später", "7 dni potem", "two hours from now"), the short and
// spaced forms added with them ("tmrw", "po jutrze", "ten tyg."), through
// the whole annotator (date_relative.cc, date_time_now.cc; `later` rows of
// data/<lang>/date_words.tsv). Reference 2022-03-17T09:40, a Thursday.
#include <gtest/gtest.h>

#include <iterator>

#include "date_test_util.h"

namespace parallax {
namespace {

using annotate::testing::Case;
using annotate::testing::Negative;

constexpr const char* kRef = "2022-03-17T09:40";

void CheckAll(std::initializer_list<Case> cases) { annotate::testing::CheckAll(cases, kRef); }

TEST(DateLater, DaysLaterCountOnFromTheReference) {
  CheckAll({
      {"en", "The ceasefire collapsed three days later, officials said.", "three days later",
       "2022-03-20"},
      {"fr", "Le jury rendra son verdict cinq jours plus tard.", "cinq jours plus tard",
       "2022-03-22"},
      {"es", "El pago del seguro llegó dos días después.", "dos días después", "2022-03-19"},
      {"it", "La sentenza è arrivata quattro giorni dopo.", "quattro giorni dopo", "2022-03-21"},
      {"pl", "Wyrok zapadł 7 dni potem.", "7 dni potem", "2022-03-24"},
      {"pl", "Ratownicy dotarli na miejsce dwa dni później.", "dwa dni później", "2022-03-19"},
      {"ru", "Суд вынес решение пять дней спустя.", "пять дней спустя", "2022-03-22"},
      {"uk", "Рішення ухвалили три дні потому.", "три дні потому", "2022-03-20"},
      {"de", "Die Bank zahlte das Geld zehn Tage später zurück.", "zehn Tage später", "2022-03-27"},
  });
}

TEST(DateLater, CompoundCountsLater) {
  CheckAll({
      {"en", "The bond matures 2 years 10 days later.", "2 years 10 days later", "2024-03-27"},
      {"it", "Il cantiere riapre un anno e due giorni dopo.", "un anno e due giorni dopo",
       "2023-03-19"},
  });
}

TEST(DateLater, ClockUnitsLaterAndFromNow) {
  CheckAll({
      {"en", "Polls open two hours from now.", "two hours from now", "2022-03-17T11:40"},
      {"de", "Der Zug fuhr 30 Minuten später ab.", "30 Minuten später", "2022-03-17T10:10"},
      {"es", "El vuelo sale 3 horas a partir de ahora.", "3 horas a partir de ahora",
       "2022-03-17T12:40"},
      {"pl", "Transmisja ruszy 5 minut od teraz.", "5 minut od teraz", "2022-03-17T09:45"},
  });
}

TEST(DateLater, WeeksAndYearsLater) {
  CheckAll({
      {"pl", "Tydzień później rząd podał się do dymisji.", "Tydzień później", "2022-W12"},
      {"ru", "Неделю спустя завод снова открылся.", "Неделю спустя", "2022-W12"},
      {"de", "Zwei Jahre später schloss das Werk.", "Zwei Jahre später", "2024"},
      {"en", "The court meets on Monday two weeks from now.", "Monday two weeks from now",
       "2022-03-28"},
  });
}

// One unit back with no count: "неделю назад", "rok temu".
TEST(DateLater, OneUnitBack) {
  CheckAll({
      {"ru", "Неделю назад завод закрыли.", "Неделю назад", "2022-W10"},
      {"pl", "Rok temu otwarto tu most.", "Rok temu", "2021"},
      {"uk", "Місяць тому міст відкрили.", "Місяць тому", "2022-02"},
  });
}

TEST(DateLater, ShortAndSpacedForms) {
  CheckAll({
      {"en", "The vote is tmrw, aides said.", "tmrw", "2022-03-18"},
      {"pl", "Ustawa wchodzi w życie po jutrze.", "po jutrze", "2022-03-19"},
      {"pl", "Sejm zbiera się dopiero w ten tyg.", "ten tyg", "2022-W11"},
  });
}

// The story's next day is no date from the reference; a later word without
// a count and unit before it is none either.
TEST(DateLater, NotReadWithoutACount) {
  const Negative kNone[] = {
      {"it", "Il ministro tornò a Roma il giorno dopo.", "giorno"},
      {"es", "El alcalde dimitió al día después.", "día"},
      {"en", "Officials will comment later, the agency said.", "later"},
      {"pl", "Potem rząd ogłosił nowe przepisy.", "Potem"},
      {"de", "Später meldete die Polizei zwei Festnahmen.", "Später"},
  };
  annotate::testing::CheckNone(std::begin(kNone), std::end(kNone), kRef);
}

}  // namespace
}  // namespace parallax
