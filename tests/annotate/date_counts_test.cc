// Counts of units in relative dates: vague counts ("a few days ago",
// "vor einigen Tagen", "несколько дней назад"), months and years counted from
// a relday word ("4 months from tomorrow"), and participles that are no
// last word ("il a passé trois ans en prison"). Sentences are our own.
#include <gtest/gtest.h>

#include "date_test_util.h"

namespace parallax::annotate {
namespace {

using testing::Case;
using testing::CheckAll;
using testing::CheckNone;
using testing::Negative;

constexpr const char* kRef = "2022-01-10T09:00";

// A vague count stands for its conventional count (data/dates-README.md):
// "few" words of date_words.tsv, or the number layer's vague amounts 2-9.
TEST(DateCounts, VagueCountsInEveryLanguage) {
  CheckAll(
      {
          {"en", "The ferry sank a few days ago off the coast.", "a few days ago", "2022-01-07"},
          {"en", "Rates should fall in a few weeks, analysts said.", "in a few weeks", "2022-W05"},
          {"en", "Inflation has eased over the past few months.", "past few months", "2021-10-10",
           "2022-01-10"},
          {"de", "Der Damm war vor einigen Tagen gebrochen.", "vor einigen Tagen", "2022-01-07"},
          {"de", "Die Wahl findet in ein paar Monaten statt.", "in ein paar Monaten", "2022-03"},
          {"fr", "Le barrage a cédé il y a quelques jours.", "il y a quelques jours", "2022-01-07"},
          {"fr", "Le chantier reprendra dans quelques semaines.", "dans quelques semaines",
           "2022-W05"},
          {"es", "La presa cedió hace unos días en el norte.", "hace unos días", "2022-01-07"},
          {"es", "El puente se inauguró hace algunos años.", "hace algunos años", "2019"},
          {"it", "La diga ha ceduto qualche giorno fa.", "qualche giorno fa", "2022-01-07"},
          {"it", "Il ponte è crollato alcuni anni fa.", "alcuni anni fa", "2019"},
          {"pl", "Tama pękła kilka dni temu.", "kilka dni temu", "2022-01-07"},
          {"ru", "Плотину прорвало несколько дней назад.", "несколько дней назад", "2022-01-07"},
          {"uk", "Греблю прорвало кілька днів тому.", "кілька днів тому", "2022-01-07"},
      },
      kRef);
}

TEST(DateCounts, MonthsAndYearsFromADay) {
  CheckAll(
      {
          {"en", "The embargo lapses 4 months from tomorrow.", "4 months from tomorrow",
           "2022-05-11"},
          {"en", "The bonds mature two years from today.", "two years from today", "2024"},
          {"de", "Das Verbot gilt 6 Monate ab morgen.", "6 Monate ab morgen", "2022-07-11"},
          {"fr", "La trêve expire 3 mois après demain.", "3 mois après demain", "2022-04-11"},
          {"es", "La veda termina 2 meses después de mañana.", "2 meses después de mañana",
           "2022-03-11"},
          {"it", "La tregua scade 5 mesi dopo domani.", "5 mesi dopo domani", "2022-06-11"},
          {"pl", "Zakaz wygaśnie 3 lata od dziś.", "3 lata od dziś", "2025"},
      },
      kRef);
}

// Participles after an auxiliary are verbs, not last words: no period, and
// no "last Christmas".
TEST(DateCounts, ParticiplesAreNoDirection) {
  const Negative cases[] = {
      {"fr", "Il a passé trois ans en prison avant son procès.", "trois"},
      {"fr", "Elle avait déjà passé deux semaines à l'hôpital.", "deux"},
      {"fr", "La famille a passé Noël à Lyon.", "passé"},
      {"es", "El exministro ha pasado tres años en prisión.", "tres"},
      {"es", "Los rehenes habían pasado dos semanas en cautiverio.", "dos"},
      {"it", "L'ex sindaco ha passato tre anni in carcere.", "tre"},
      {"it", "È passato un anno dal terremoto.", "anno"},
  };
  CheckNone(std::begin(cases), std::end(cases), kRef);
  // The same words before a date or after a unit still count.
  CheckAll(
      {
          {"es", "La reunión fue el pasado 3 de mayo.", "pasado 3 de mayo", "2021-05-03"},
          {"es", "Las ventas cayeron las pasadas dos semanas.", "pasadas dos semanas", "2021-12-27",
           "2022-01-10"},
          {"fr", "Le vote a eu lieu la semaine passée.", "semaine passée", "2022-W01"},
          {"it", "Il voto si è tenuto l'anno passato.", "l'anno passato", "2021"},
      },
      kRef);
}

// A count and unit take a direction word after them ("tres meses que
// vienen"), but not one that goes with the word after it.
TEST(DateCounts, DirectionAfterUnitNotWhenItModifiesTheNextWord) {
  const Negative cases[] = {
      {"en", "The hearings will take 3 days next week.", "3 days next"},
      {"de", "Die Delegation blieb 2 Tage letzten Monat in Genf.", "2 Tage letzten"},
      {"en", "Tickets cost €12 December 27 onwards.", "12 December"},
  };
  CheckNone(std::begin(cases), std::end(cases), kRef);
  CheckAll({{"en", "The hearings will take 3 days next week.", "next week", "2022-W03"}}, kRef);
}

}  // namespace
}  // namespace parallax::annotate
