// Date forms of the Duckling family, through the whole annotator: parts of
// a month, year or week ("Ende März", "à la fin de l'année", "в конце
// года", "early next week"), text typed without diacritics ("piatek
// nastepnego tygodnia", "el proximo ano"), a weekday in a week counted from
// now ("Mittwoch in zwei Wochen", "wtorek za tydzień"), periods with the
// direction after the unit ("tres meses que vienen") and the nominative
// last / next / this forms ("следующая неделя", "ta sobota"). Each form has
// cases that must stay no date. Reference 2022-01-13, a Thursday.
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

TEST(DatePeriodParts, PartsOfMonthsYearsAndWeeks) {
  const Case cases[] = {
      {"de", "Der Tunnel soll Ende Mai wieder befahrbar sein.", "Ende Mai", "2022-05-21",
       "2022-05-31"},
      {"de", "Bis Mitte des Jahres fehlen noch 400 Lehrer.", "Mitte des Jahres", "2022-06",
       "2022-07"},
      {"de", "Der Bericht kommt Anfang nächster Woche.", "Anfang nächster Woche", "2022-01-17",
       "2022-01-18"},
      {"en", "Output fell sharply in late 2021, the ministry said.", "late 2021", "2021-11",
       "2021-12"},
      {"en", "A decision is expected by the end of the month.", "end of the month", "2022-01-21",
       "2022-01-31"},
      {"en", "Repairs should be finished by mid-February.", "mid-February", "2022-02-11",
       "2022-02-20"},
      {"fr", "Les négociations reprendront fin février à Genève.", "fin février", "2022-02-21",
       "2022-02-28"},
      {"fr", "Le texte sera voté avant la fin de l'année prochaine.", "fin de l'année prochaine",
       "2023-11", "2023-12"},
      {"es", "La presa estará lista a mediados de marzo de 2023.", "mediados de marzo de 2023",
       "2023-03-11", "2023-03-20"},
      {"it", "Il cantiere chiuderà a fine aprile.", "fine aprile", "2022-04-21", "2022-04-30"},
      {"pl", "Most zostanie otwarty pod koniec przyszłego miesiąca.", "koniec przyszłego miesiąca",
       "2022-02-21", "2022-02-28"},
      {"ru", "Соглашение подпишут в начале следующего года.", "начале следующего года", "2023-01",
       "2023-02"},
      {"ru", "Цены выросли в конце 2021 года.", "конце 2021 года", "2021-11", "2021-12"},
      {"uk", "Міст відкриють наприкінці тижня.", "наприкінці тижня", "2022-01-13", "2022-01-16"},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
}

TEST(DatePeriodParts, PartWordsThatAreNoDates) {
  const Negative cases[] = {
      {"de", "Am Ende des Tages zählt nur das Ergebnis.", "Ende"},
      {"de", "Das Ende des Krieges kam überraschend.", "Ende"},
      {"en", "In the early years of the war, food was scarce.", "early"},
      {"en", "The end of the line came for the old ferry.", "end"},
      {"fr", "Il veut mettre fin à la grève.", "fin"},
      {"ru", "В конце концов стороны договорились.", "конце"},
      {"pl", "To był początek końca.", "początek"},
  };
  CheckNone(std::begin(cases), std::end(cases), kRef);
}

TEST(DatePeriodParts, TextWithoutDiacritics) {
  const Case cases[] = {
      {"pl", "Komisja zbierze sie w sobote nastepnego tygodnia.", "sobote nastepnego tygodnia",
       "2022-01-22", ""},
      {"pl", "Ceny wzrosly w pazdzierniku 2021.", "pazdzierniku 2021", "2021-10", ""},
      {"es", "La inflacion se disparo el ano pasado.", "ano pasado", "2021", ""},
      {"fr", "Le rapport est date du 15 fevrier 2021.", "15 fevrier 2021", "2021-02-15", ""},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
  // Accented text still reads as before; German keeps its umlauts.
  const Negative none[] = {
      {"de", "Die nachste Woche wird hart.", "nachste"},
      // Stripped forms that are other words (except=): "passe" (passes),
      // "meta" (goal), "te" (these).
      {"fr", "Il passe 3 jours à Paris chaque mois.", "passe"},
      {"it", "La meta 2030 resta lontana.", "meta"},
      {"pl", "Pamiętamy te lata dobrze.", "te"},
      {"pl", "Po następnym spotkaniu wyjechał do Gdańska.", "następnym"},
  };
  CheckNone(std::begin(none), std::end(none), kRef);
}

TEST(DatePeriodParts, WeekdayInAWeekCountedFromNow) {
  const Case cases[] = {
      {"de", "Die Anhörung ist am Dienstag in zwei Wochen.", "Dienstag in zwei Wochen",
       "2022-01-25", ""},
      {"de", "Das Feuer brach am Freitag vor drei Wochen aus.", "Freitag vor drei Wochen",
       "2021-12-24", ""},
      {"pl", "Rozprawa odbędzie się w środę za tydzień.", "środę za tydzień", "2022-01-19", ""},
      {"en", "The plant closed on Monday two weeks ago.", "Monday two weeks ago", "2021-12-27", ""},
      {"fr", "Le procès s'ouvre mardi dans deux semaines.", "mardi dans deux semaines",
       "2022-01-25", ""},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
}

TEST(DatePeriodParts, DirectionWordsAfterTheUnitAndNominativeForms) {
  const Case cases[] = {
      {"es", "Los precios subirán en los dos meses que vienen.", "dos meses que vienen",
       "2022-01-13", "2022-03-13"},
      {"fr", "Le jury rendra son avis jeudi de la semaine suivante.",
       "jeudi de la semaine suivante", "2022-01-20", ""},
      {"fr", "Le chiffre sera publié l'année en cours.", "l'année en cours", "2022", ""},
      {"ru", "Следующая неделя будет решающей.", "Следующая неделя", "2022-W03", ""},
      {"uk", "Засідання перенесли на наступну середу.", "наступну середу", "2022-01-19", ""},
      {"pl", "Ceny prądu wzrosną w kolejnym miesiącu.", "kolejnym miesiącu", "2022-02", ""},
      {"de", "Im laufenden Jahr sank die Zahl der Anträge.", "laufenden Jahr", "2022", ""},
      {"ru", "Доставка ожидается послепослезавтра.", "послепослезавтра", "2022-01-16", ""},
      // "after next" phrases are next words of step 2
      {"pl", "Komisja zbierze się w piątek po następnym.", "piątek po następnym", "2022-01-21", ""},
      {"uk", "Рада збереться у п'ятницю після наступної.", "п'ятницю після наступної", "2022-01-21",
       ""},
      {"en", "The vote was moved to Friday after next.", "Friday after next", "2022-01-21", ""},
      // ordinal endings glued to the day
      {"ru", "Указ вступает в силу с 3-его марта 2022 года.", "3-его марта 2022 года", "2022-03-03",
       ""},
      {"pl", "Sobota, 5ego lutego, była mroźna.", "Sobota, 5ego lutego", "2022-02-05", ""},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
}

}  // namespace
}  // namespace parallax
