// Numeric and ranged dates through the whole annotator: spaced numbers
// ("24 12 2014"), a connector before a month number ("9 de 8 de 1971",
// "el 17 del 11"), a comma before a slashed date's year ("08/12,2015"),
// padded day-month pairs ("22/04"), a two-digit year after a named month
// ("18. Juli 14"), day ranges before a one-dot date ("14. - 15.10"), French
// ordinal days ("du 13e au 15 juillet") and two dates joined by "and" after
// "between" in every language. Scores, fractions and counts stay numbers.
// Reference 2022-01-13, a Thursday.
#include <gtest/gtest.h>

#include "date_test_util.h"

namespace parallax {
namespace {

using annotate::testing::Case;
using annotate::testing::CheckAll;
using annotate::testing::CheckNone;
using annotate::testing::Negative;

constexpr const char* kRef = "2022-01-13";

TEST(DateNumeric, SpacedAndConnectedNumbers) {
  const Case cases[] = {
      {"fr", "Le traité fut signé le 24 12 2014 à Minsk.", "24 12 2014", "2014-12-24"},
      {"fr", "L'audience est reportée au 3 2 2022, selon le greffe.", "3 2 2022", "2022-02-03"},
      {"fr", "Le scrutin aura lieu le 20 02 22.", "20 02 22", "2022-02-20"},
      {"fr", "La grève a commencé le 9 01, a indiqué le syndicat.", "9 01", "2022-01-09"},
      {"de", "Der Vertrag wurde 07 11 1989 unterzeichnet.", "07 11 1989", "1989-11-07"},
      {"es", "Armstrong pisó la Luna el 20 de 7 de 1969.", "20 de 7 de 1969", "1969-07-20"},
      {"es", "La reunión quedó fijada para el 17 del 11.", "17 del 11", "2021-11-17"},
      {"it", "Il decreto porta la data 2 di 6 di 1946.", "2 di 6 di 1946", "1946-06-02"},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
}

TEST(DateNumeric, SlashedAndHyphenated) {
  const Case cases[] = {
      {"en", "The memo is dated 09/14,2021 and signed by the minister.", "09/14,2021",
       "2021-09-14"},
      {"es", "La ley entró en vigor 08/12,2015 tras su publicación.", "08/12,2015", "2015-12-08"},
      {"fr", "Les résultats seront publiés 22/04 selon la commission.", "22/04", "2022-04-22"},
      {"it", "Il vertice è fissato 05/03 a Bruxelles.", "05/03", "2022-03-05"},
      {"en", "The talks resume on 2-15 in Geneva.", "2-15", "2022-02-15"},
      {"pl", "17/2", "17/2", "2022-02-17"},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
}

TEST(DateNumeric, TwoDigitYearAfterMonth) {
  const Case cases[] = {
      {"de", "Das Endspiel war am Freitag, den 18. Juli 14, in Rio.", "Freitag, den 18. Juli 14",
       "2014-07-18"},
      {"fr", "Il est né le 31 octobre 74.", "31 octobre 74", "1974-10-31"},
      {"pl", "Umowę podpisano 14 kwietnia 15.", "14 kwietnia 15", "2015-04-14"},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
}

TEST(DateNumeric, DayRanges) {
  const Case cases[] = {
      {"ru", "Выставка пройдёт 14. - 15.10 в Казани.", "14. - 15.10", "2021-10-14", "2021-10-15"},
      {"de", "Die Messe läuft 14 - 15.10, teilte der Veranstalter mit.", "14 - 15.10", "2021-10-14",
       "2021-10-15"},
      {"fr", "Le festival se tient du 13e au 15 juillet.", "13e au 15 juillet", "2022-07-13",
       "2022-07-15"},
      {"de", "Die Konferenz dauert vom 3. bis 5. Mai.", "3. bis 5. Mai", "2022-05-03",
       "2022-05-05"},
      {"pl", "Targi potrwają od 3 do 5 maja.", "3 do 5 maja", "2022-05-03", "2022-05-05"},
      {"ru", "Форум пройдёт с 3 по 5 мая.", "3 по 5 мая", "2022-05-03", "2022-05-05"},
      {"it", "La fiera si tiene dal 3 al 5 maggio.", "3 al 5 maggio", "2022-05-03", "2022-05-05"},
      {"fr", "Les travaux auront lieu entre le 10 juin et le 1er juillet.",
       "10 juin et le 1er juillet", "2022-06-10", "2022-07-01"},
      {"en", "Polls close between 10 June and 1 July 2022.", "10 June and 1 July 2022",
       "2022-06-10", "2022-07-01"},
      {"de", "Gebaut wird zwischen dem 2. März und dem 9. April.", "2. März und dem 9. April",
       "2022-03-02", "2022-04-09"},
      {"uk", "Навчання тривали між 3 березня і 9 квітня.", "3 березня і 9 квітня", "2022-03-03",
       "2022-04-09"},
      {"es", "Las obras se harán entre el 2 de marzo y el 9 de abril.",
       "2 de marzo y el 9 de abril", "2022-03-02", "2022-04-09"},
  };
  CheckAll(std::begin(cases), std::end(cases), kRef);
}

TEST(DateNumeric, ScoresFractionsAndCountsStayNumbers) {
  const Negative cases[] = {
      {"en", "The vote was 12-5 in favour of the bill.", "12-5"},
      {"en", "The amendment needs a 3/4 majority.", "3/4"},
      {"en", "City won the final, score 2-1 after extra time.", "2-1"},
      {"en", "The motion passed 17/2 votes.", "17/2"},
      {"en", "3/4", "3/4"},
      {"en", "Only the 3 of 5 seats went to the party.", "3 of"},
      {"es", "El equipo ganó 3 de 5 partidos.", "3 de"},
      {"fr", "Le score final est de 20 02 14 points.", "20 02"},
      {"de", "Die Preise stiegen um 14 - 15.10 Prozent.", "15.10"},
      {"de", "Am 18. Juli 14 Menschen wurden verletzt.", "14 Menschen"},
      {"fr", "Le 13e arrondissement vote dimanche.", "13e"},
      {"it", "Il 4-2 finale ha deciso la partita.", "4-2"},
  };
  CheckNone(std::begin(cases), std::end(cases), kRef);
}

}  // namespace
}  // namespace parallax
