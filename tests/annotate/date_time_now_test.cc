// Times from now in seconds and half hours, `now` words, and bounds around
// a clock time (date_time_now.cc, date_clock.cc) through the whole
// annotator, so counts and fractions in words come from the number layer.
// Reference 2022-03-17T09:40, a Thursday.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "date_test_util.h"

namespace parallax {
namespace {

using annotate::testing::Case;
using annotate::testing::TheAnnotator;

constexpr const char* kRef = "2022-03-17T09:40";

void CheckAll(std::initializer_list<Case> cases, const char* ref = kRef) {
  annotate::testing::CheckAll(cases, ref);
}

// No mention of `text` carries a clock time.
bool NoTime(const char* lang, const std::string& text) {
  const Annotations a = TheAnnotator().AnnotateText(text, lang, ParseReferenceTime(kRef));
  for (const DateMention& d : a.dates) {
    if (d.value.find('T') != std::string::npos) return false;
  }
  return true;
}

TEST(DateTimeNow, SecondsAreResolvedToTheSecond) {
  CheckAll({
      {"en", "The booster separated 90 seconds ago.", "90 seconds ago", "2022-03-17T09:38:30"},
      {"de", "Die Rakete hebt in 30 Sekunden ab.", "in 30 Sekunden", "2022-03-17T09:40:30"},
      {"fr", "Le compte à rebours s'arrête dans 45 secondes.", "dans 45 secondes",
       "2022-03-17T09:40:45"},
      {"fr", "Le signal revient dans cinq secondes.", "dans cinq secondes", "2022-03-17T09:40:05"},
      {"es", "El convoy sale en 20 segundos.", "en 20 segundos", "2022-03-17T09:40:20"},
      {"it", "Il lancio avviene tra 10 secondi.", "tra 10 secondi", "2022-03-17T09:40:10"},
      {"pl", "Pociąg odjechał 40 sekund temu.", "40 sekund temu", "2022-03-17T09:39:20"},
      {"ru", "Сигнал прозвучал 15 секунд назад.", "15 секунд назад", "2022-03-17T09:39:45"},
      {"uk", "Сирена замовкла 20 секунд тому.", "20 секунд тому", "2022-03-17T09:39:40"},
  });
}

TEST(DateTimeNow, HalfHoursAndFractions) {
  CheckAll({
      {"en", "Polls close in half an hour.", "in half an hour", "2022-03-17T10:10"},
      {"de", "Die Sitzung beginnt in einer halben Stunde.", "in einer halben Stunde",
       "2022-03-17T10:10"},
      {"de", "Der Sonderzug trifft in 3,5 Stunden ein.", "in 3,5 Stunden", "2022-03-17T13:10"},
      {"fr", "Le verdict tombera dans une demi-heure.", "dans une demi-heure", "2022-03-17T10:10"},
      {"es", "El debate empieza en media hora.", "en media hora", "2022-03-17T10:10"},
      {"it", "La conferenza stampa comincerà fra mezz'ora.", "fra mezz'ora", "2022-03-17T10:10"},
      {"pl", "Wyniki poznamy za pół godziny.", "za pół godziny", "2022-03-17T10:10"},
      {"ru", "Заседание начнётся через полчаса.", "через полчаса", "2022-03-17T10:10"},
      {"ru", "Самолёт сядет через полтора часа.", "через полтора часа", "2022-03-17T11:10"},
      {"uk", "Засідання почнеться за пів години.", "за пів години", "2022-03-17T10:10"},
  });
}

// "in"/"en" + an article is a time where the clause ends after the unit,
// a duration where it goes on.
TEST(DateTimeNow, AnArticleCountNeedsTheClauseToEnd) {
  CheckAll({
      {"de", "Die Abstimmung beginnt in einer Stunde.", "in einer Stunde", "2022-03-17T10:40"},
      {"es", "La votación se cierra en una hora.", "en una hora", "2022-03-17T10:40"},
  });
  EXPECT_TRUE(NoTime("de", "In einer Stunde fielen 40 Liter Regen."));
  EXPECT_TRUE(NoTime("es", "En una hora se vendieron todas las entradas."));
}

TEST(DateTimeNow, NowPhrasesAreTheReference) {
  CheckAll({
      {"en", "Prices are rising right now, traders said.", "right now", "2022-03-17T09:40"},
      {"de", "Gerade jetzt ist die Brücke gesperrt.", "Gerade jetzt", "2022-03-17T09:40"},
      {"fr", "En ce moment le pont est fermé.", "En ce moment", "2022-03-17T09:40"},
      {"es", "Ahora mismo el puente está cerrado.", "Ahora mismo", "2022-03-17T09:40"},
      {"it", "In questo momento il ponte è chiuso.", "In questo momento", "2022-03-17T09:40"},
      {"pl", "W tej chwili most jest zamknięty.", "W tej chwili", "2022-03-17T09:40"},
      {"ru", "В данный момент мост закрыт.", "В данный момент", "2022-03-17T09:40"},
      {"uk", "Саме зараз міст закритий.", "Саме зараз", "2022-03-17T09:40"},
  });
  // A reference without a time gives its day.
  CheckAll({{"de", "Genau jetzt ist die Brücke gesperrt.", "Genau jetzt", "2022-03-17"}},
           "2022-03-17");
}

// A `now` word alone is news rhetoric ("The city is now calm"), no time.
TEST(DateTimeNow, NowWordsAloneAreNoTimes) {
  const std::pair<const char*, const char*> cases[] = {
      {"en", "The city is now calm after the protests."},
      {"de", "Jetzt fordert die Opposition Neuwahlen."},
      {"fr", "Le pont est maintenant fermé."},
      {"es", "Ahora el puente está cerrado."},
      {"it", "Adesso il ponte è chiuso."},
      {"pl", "Teraz most jest zamknięty."},
      {"ru", "Сейчас мост закрыт."},
      {"uk", "Зараз міст закритий."},
  };
  for (const auto& [lang, text] : cases) {
    SCOPED_TRACE(text);
    const Annotations a = TheAnnotator().AnnotateText(text, lang, ParseReferenceTime(kRef));
    EXPECT_TRUE(a.dates.empty());
  }
}

TEST(DateTimeNow, BoundsAreInTheSpan) {
  CheckAll({
      {"en", "Polling stations stay open until 10 pm.", "until 10 pm", "T22:00"},
      {"de", "Die Läden schließen bis spätestens 20 Uhr.", "bis spätestens 20 Uhr", "T20:00"},
      {"de", "Das Ergebnis kommt um 18 Uhr spätestens.", "um 18 Uhr spätestens", "T18:00"},
      {"de", "Die Fähre legt bis 1 Uhr nachmittag an.", "bis 1 Uhr nachmittag", "T13:00"},
      {"fr", "Les bureaux ferment avant 18h.", "avant 18h", "T18:00"},
      {"fr", "Le bureau de vote reste ouvert jusqu'à 20 heures.", "jusqu'à 20 heures", "T20:00"},
      {"ru", "Движение перекрыли после 15 часов.", "после 15 часов", "T15:00"},
      {"es", "El plazo vence antes de las 14 horas.", "antes de las 14 horas", "T14:00"},
      {"it", "I seggi restano aperti fino alle 23.", "fino alle 23", "T23:00"},
      {"pl", "Lokale są otwarte do 21:00.", "do 21:00", "T21:00"},
      {"pl", "Spotkanie zaczyna się o 15stej.", "o 15stej", "T15:00"},
      {"ru", "Участки открыты до 20:00.", "до 20:00", "T20:00"},
      {"ru", "Пункт выдачи открыт до 4 часов дня.", "до 4 часов дня", "T16:00"},
      {"uk", "Дільниці працюють до 20:00.", "до 20:00", "T20:00"},
  });
  // With a day before it: "tomorrow before 11 in the morning".
  CheckAll(
      {{"pl", "Wyrok zapadnie jutro przed 9 rano.", "jutro przed 9 rano", "2022-03-18T09:00"}});
}

// A bound is no time word: what follows must be a time by itself.
TEST(DateTimeNow, BoundsDoNotMakeCountsTimes) {
  EXPECT_TRUE(NoTime("ru", "После 2 часов переговоров стороны разошлись."));
  EXPECT_TRUE(NoTime("uk", "Після 2 годин переговорів сторони розійшлися."));
  EXPECT_TRUE(NoTime("pl", "Po drugie, most jest zamknięty."));
  EXPECT_TRUE(NoTime("fr", "Ils ont signé après 2 heures de négociations."));
  // An hour word that is also a unit after a bound is a duration where the
  // clause goes on ("jusqu'à 20 heures." is a time).
  EXPECT_TRUE(NoTime("es", "La espera en la frontera llegó hasta 3 horas diarias."));
  EXPECT_TRUE(NoTime("fr", "Les files d'attente duraient jusqu'à 5 heures par jour."));
}

// Regressions: names and sports results are no times.
TEST(DateTimeNow, NamesAndScoresAreNoTimes) {
  EXPECT_TRUE(NoTime("en", "She hosted Saturday Night Live for years."));
  EXPECT_TRUE(NoTime("en", "The team won 2:1 in the 89th minute."));
  EXPECT_TRUE(NoTime("de", "Bayern gewann in der 89. Minute 2:1."));
  EXPECT_TRUE(NoTime("ru", "На 89-й минуте счёт стал 2:1."));
  EXPECT_FALSE(NoTime("en", "They met on Saturday night."));
}

}  // namespace
}  // namespace parallax
