// Times from now in seconds and half hours, `now` words, and bounds around
// a clock time (date_time_now.cc, date_clock.cc) through the whole
// annotator, so counts and fractions in words come from the number layer.
// Reference 2022-03-17T09:40, a Thursday.
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

constexpr const char* kRef = "2022-03-17T09:40";

struct Case {
  const char* lang;
  const char* text;
  const char* mention;
  const char* value;
};

void CheckAll(std::initializer_list<Case> cases, const char* ref = kRef) {
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.lang) + ": " + c.text);
    const std::string text = c.text;
    const Annotations a = TheAnnotator().AnnotateText(text, c.lang, ParseReferenceTime(ref));
    ASSERT_EQ(a.dates.size(), 1u);
    const DateMention& d = a.dates[0];
    EXPECT_EQ(text.substr(d.span.start, d.span.end - d.span.start), c.mention);
    EXPECT_EQ(d.value, c.value);
  }
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
      {"fr", "Le signal revient dans une seconde.", "dans une seconde", "2022-03-17T09:40:01"},
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
      {"de", "Der Zug trifft in 2,5 Stunden ein.", "in 2,5 Stunden", "2022-03-17T12:10"},
      {"fr", "Le verdict tombera dans une demi-heure.", "dans une demi-heure", "2022-03-17T10:10"},
      {"es", "El debate empieza en media hora.", "en media hora", "2022-03-17T10:10"},
      {"it", "La conferenza inizia tra mezz'ora.", "tra mezz'ora", "2022-03-17T10:10"},
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

TEST(DateTimeNow, NowIsTheReference) {
  CheckAll({
      {"en", "Prices are rising now.", "now", "2022-03-17T09:40"},
      {"de", "Jetzt ist die Brücke gesperrt.", "Jetzt", "2022-03-17T09:40"},
      {"fr", "Le pont est maintenant fermé.", "maintenant", "2022-03-17T09:40"},
      {"es", "Ahora el puente está cerrado.", "Ahora", "2022-03-17T09:40"},
      {"it", "Adesso il ponte è chiuso.", "Adesso", "2022-03-17T09:40"},
      {"pl", "W tej chwili most jest zamknięty.", "W tej chwili", "2022-03-17T09:40"},
      {"ru", "Сейчас мост закрыт.", "Сейчас", "2022-03-17T09:40"},
      {"uk", "Зараз міст закритий.", "Зараз", "2022-03-17T09:40"},
  });
  // A reference without a time gives its day.
  CheckAll({{"de", "Jetzt ist die Brücke gesperrt.", "Jetzt", "2022-03-17"}}, "2022-03-17");
}

TEST(DateTimeNow, BoundsAreInTheSpan) {
  CheckAll({
      {"en", "Polling stations stay open until 10 pm.", "until 10 pm", "T22:00"},
      {"de", "Die Läden schließen bis spätestens 20 Uhr.", "bis spätestens 20 Uhr", "T20:00"},
      {"de", "Das Ergebnis kommt um 18 Uhr spätestens.", "um 18 Uhr spätestens", "T18:00"},
      {"de", "Der Flug landet bis 2 Uhr nachmittag.", "bis 2 Uhr nachmittag", "T14:00"},
      {"fr", "Les bureaux ferment avant 18h.", "avant 18h", "T18:00"},
      {"fr", "Le bureau de vote reste ouvert jusqu'à 20 heures.", "jusqu'à 20 heures", "T20:00"},
      {"ru", "Движение перекрыли после 15 часов.", "после 15 часов", "T15:00"},
      {"es", "El plazo vence antes de las 14 horas.", "antes de las 14 horas", "T14:00"},
      {"it", "I seggi restano aperti fino alle 23.", "fino alle 23", "T23:00"},
      {"pl", "Lokale są otwarte do 21:00.", "do 21:00", "T21:00"},
      {"pl", "Spotkanie zaczyna się o 15stej.", "o 15stej", "T15:00"},
      {"ru", "Участки открыты до 20:00.", "до 20:00", "T20:00"},
      {"ru", "Магазин работает до 2 часов дня.", "до 2 часов дня", "T14:00"},
      {"uk", "Дільниці працюють до 20:00.", "до 20:00", "T20:00"},
  });
  // With a day before it: "tomorrow before 11 in the morning".
  CheckAll(
      {{"pl", "Decyzja zapadnie jutro przed 11 rano.", "jutro przed 11 rano", "2022-03-18T11:00"}});
}

// A bound is no time word: what follows must be a time by itself.
TEST(DateTimeNow, BoundsDoNotMakeCountsTimes) {
  EXPECT_TRUE(NoTime("ru", "После 2 часов переговоров стороны разошлись."));
  EXPECT_TRUE(NoTime("uk", "Після 2 годин переговорів сторони розійшлися."));
  EXPECT_TRUE(NoTime("pl", "Po drugie, most jest zamknięty."));
  EXPECT_TRUE(NoTime("fr", "Ils ont signé après 2 heures de négociations."));
  EXPECT_TRUE(NoTime("de", "Die Inflation stieg bis 3 Prozent."));
  EXPECT_TRUE(NoTime("en", "Turnout rose by 5 points after 2 days."));
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
