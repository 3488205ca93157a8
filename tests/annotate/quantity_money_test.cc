// Money around a number (quantity_money.cc) and the range and qualifier
// rules money leans on, through the public Annotator, per language: amounts
// in a unit and its subunit, ranges whose first end carries the unit, names
// before the figure, codes and signs in their exact case, scaled codes,
// Latin-script names in any language, "exactly"-words, French "livres" and
// "ne ... plus que". The sentences are written for these tests.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/annotate.h"
#include "parallax/data_dir.h"
#include "quantity_test_util.h"

namespace parallax {
namespace {

using testing::TheAnnotator;

std::vector<std::string> Described(std::string_view lang, std::string_view text) {
  return testing::DescribeQuantities(lang, text, /*with_kind=*/false);
}

using Want = std::vector<std::string>;

TEST(QuantityMoney, UnitAndSubunitMakeOneAmount) {
  EXPECT_EQ(Described("en", "The fare rose to 2 dollars and 75 cents on Monday."),
            Want{"[2 dollars and 75 cents] 2.75 USD exact"});
  // The subunit takes the main currency, whatever its own default is.
  EXPECT_EQ(Described("en", "A pint now costs 4 GBP 60 cents in the capital."),
            Want{"[4 GBP 60 cents] 4.6 GBP exact"});
  EXPECT_EQ(Described("de", "Der Liter kostete zuletzt 1 Euro und 89 Cent."),
            Want{"[1 Euro und 89 Cent] 1.89 EUR exact"});
  EXPECT_EQ(Described("fr", "Le timbre passe à 1 euro et 29 centimes."),
            Want{"[1 euro et 29 centimes] 1.29 EUR exact"});
  EXPECT_EQ(Described("es", "El pasaje sube a 2 euros y 10 céntimos."),
            Want{"[2 euros y 10 céntimos] 2.1 EUR exact"});
  EXPECT_EQ(Described("it", "Il caffè al banco costa 1 euro e 20 centesimi."),
            Want{"[1 euro e 20 centesimi] 1.2 EUR exact"});
  EXPECT_EQ(Described("pl", "Bilet normalny kosztuje 4 złote i 40 groszy."),
            Want{"[4 złote i 40 groszy] 4.4 PLN exact"});
  EXPECT_EQ(Described("ru", "Литр бензина стоит 52 рубля 30 копеек."),
            Want{"[52 рубля 30 копеек] 52.3 RUB exact"});
  EXPECT_EQ(Described("uk", "Буханка коштує 28 гривень і 50 копійок."),
            Want{"[28 гривень і 50 копійок] 28.5 UAH exact"});
  EXPECT_EQ(Described("kk", "Нан 180 теңге 50 тиын тұрады."),
            Want{"[180 теңге 50 тиын] 180.5 KZT exact"});
}

TEST(QuantityMoney, SubunitsReadOnlyAfterAnAmount) {
  EXPECT_EQ(Described("pl", "Kajzerka kosztuje 1 zł 15 gr w sklepie."),
            Want{"[1 zł 15 gr] 1.15 PLN exact"});
  // Alone "gr" is grams.
  EXPECT_EQ(Described("pl", "Do ciasta dodać 250 gr cukru."), Want{"[250] 250 - exact"});
  EXPECT_EQ(Described("ru", "Цена: 3 доллара 99ц за штуку."),
            Want{"[3 доллара 99ц] 3.99 USD exact"});
  // Alone "ц" is a centner of grain.
  EXPECT_EQ(Described("ru", "Урожай составил 40 ц с гектара."), Want{"[40] 40 - exact"});
}

TEST(QuantityMoney, BareCentsOnlyWhereTheClauseEnds) {
  EXPECT_EQ(Described("es", "La entrada general sale a 8 euros con 50."),
            Want{"[8 euros con 50] 8.5 EUR exact"});
  EXPECT_EQ(Described("ru", "Билет стоил 30 долларов 20, а не 40."),
            (Want{"[30 долларов 20] 30.2 USD exact", "[40] 40 - exact"}));
  // A figure that goes on to a noun is a count of its own.
  EXPECT_EQ(Described("en", "They paid $20 and 43 people got in free."),
            (Want{"[$20] 20 USD exact", "[43] 43 - exact"}));
  // Three digits are no cents; a scaled amount takes none either.
  EXPECT_EQ(Described("en", "It cost 15 dollars and 150."),
            (Want{"[15 dollars] 15 USD exact", "[150] 150 - exact"}));
}

TEST(QuantityMoney, RangesWhoseFirstEndCarriesTheUnit) {
  EXPECT_EQ(Described("en", "Seats sell for 30 euros to 45 euros each."),
            Want{"[30 euros to 45 euros] 30..45 EUR range"});
  EXPECT_EQ(Described("de", "Ein Zimmer kostet zwischen 80 Euro und 120 Euro."),
            Want{"[zwischen 80 Euro und 120 Euro] 80..120 EUR range"});
  EXPECT_EQ(Described("fr", "Le loyer varie entre 600 euros et 900 euros."),
            Want{"[entre 600 euros et 900 euros] 600..900 EUR range"});
  EXPECT_EQ(Described("es", "Las multas van de 300 euros a 600 euros."),
            Want{"[de 300 euros a 600 euros] 300..600 EUR range"});
  EXPECT_EQ(Described("it", "Il biglietto costa tra 5 euro e 9 euro."),
            Want{"[tra 5 euro e 9 euro] 5..9 EUR range"});
  EXPECT_EQ(Described("pl", "Mandat wyniesie od 100 zł do 500 zł."),
            Want{"[od 100 zł do 500 zł] 100..500 PLN range"});
  // After a range word the second end may leave the unit out.
  EXPECT_EQ(Described("ru", "Штраф составит от 500 рублей до 1000."),
            Want{"[от 500 рублей до 1000] 500..1000 RUB range"});
  EXPECT_EQ(Described("uk", "Ціни коливаються від 20 гривень до 35 гривень."),
            Want{"[від 20 гривень до 35 гривень] 20..35 UAH range"});
  // No range word and no unit on the second end: two figures.
  EXPECT_EQ(Described("en", "From 5 dollars to 10 people came."),
            (Want{"[5 dollars] 5 USD exact", "[10] 10 - exact"}));
  // Units of two kinds make no range.
  EXPECT_EQ(Described("en", "It was 5 km to 10 euros."),
            (Want{"[5 km] 5 km exact", "[10 euros] 10 EUR exact"}));
  EXPECT_EQ(Described("en", "The fund wants between $4 and $6 billion."),
            Want{"[between $4 and $6 billion] 4000000000..6000000000 USD range"});
}

TEST(QuantityMoney, NamesBeforeTheFigure) {
  EXPECT_EQ(Described("ru", "В меню: евро 12 за обед."), Want{"[евро 12] 12 EUR exact"});
  EXPECT_EQ(Described("it", "Il pedaggio passa a euro 4,20."), Want{"[euro 4,20] 4.2 EUR exact"});
  EXPECT_EQ(Described("es", "Se vende en dólares 35 la unidad."),
            Want{"[dólares 35] 35 USD exact"});
  // A year after the name is the championship, not an amount.
  EXPECT_EQ(Described("de", "Zur Euro 2024 kamen Fans aus ganz Europa."),
            Want{"[2024] 2024 - exact"});
  // A figure with a unit of its own keeps it.
  EXPECT_EQ(Described("de", "Der Euro legte 2 Prozent zu."), Want{"[2 Prozent] 2 % exact"});
}

TEST(QuantityMoney, CodesAndCasedSigns) {
  EXPECT_EQ(Described("en", "The ringgit fell: lunch is RM 18 now."), Want{"[RM 18] 18 MYR exact"});
  EXPECT_EQ(Described("en", "Rent went up to 950 RM a month."),
            Want{"[up to 950 RM] 950 MYR up_to"});
  // A sign written in capitals is no sign in lower case.
  EXPECT_EQ(Described("en", "Go to rm 12 on the left."), Want{"[12] 12 - exact"});
  EXPECT_EQ(Described("en", "Sales reached 48 MEUR last year."),
            Want{"[48 MEUR] 48000000 EUR exact"});
  EXPECT_EQ(Described("en", "The budget is MSEK 120."), Want{"[MSEK 120] 120000000 SEK exact"});
  // An M before any other code is a word in capitals.
  EXPECT_EQ(Described("en", "MARS 2030 MISSION"), Want{"[2030] 2030 - exact"});
  EXPECT_EQ(Described("en", "A block pays 3.125 BTC to the miner."),
            Want{"[3.125 BTC] 3.125 BTC exact"});
  EXPECT_EQ(Described("pl", "Opłata wynosi 15 usd miesięcznie."), Want{"[15 usd] 15 USD exact"});
}

TEST(QuantityMoney, LatinNamesInAnyLanguage) {
  EXPECT_EQ(Described("ru", "Он заплатил 300 dollars за билет."),
            Want{"[300 dollars] 300 USD exact"});
  EXPECT_EQ(Described("es", "El kit cuesta 40 pounds en Londres."),
            Want{"[40 pounds] 40 GBP exact"});
  EXPECT_EQ(Described("pl", "Za nocleg zapłacił 80 Euro."), Want{"[80 Euro] 80 EUR exact"});
  // The language's own reading wins: German "Cent" are euro cents.
  EXPECT_EQ(Described("de", "Das kostet 60 Cents."), Want{"[60 Cents] 0.6 EUR exact"});
}

TEST(QuantityMoney, HyphenCompoundsTakeTheUnit) {
  EXPECT_EQ(Described("en", "She found a 20-dollar note and began a 12-hour shift."),
            (Want{"[20-dollar] 20 USD exact", "[12-hour] 12 h exact"}));
  EXPECT_EQ(Described("en", "It is a $3-billion plan for 3-D maps."),
            (Want{"[$3-billion] 3000000000 USD exact", "[3] 3 - exact"}));
  EXPECT_EQ(Described("de", "Die Partei scheiterte an der 5-Prozent-Hürde."),
            Want{"[5-Prozent] 5 % exact"});
}

TEST(QuantityMoney, VagueAmountsTakeTheirCurrency) {
  EXPECT_EQ(Described("en", "Fraudsters took hundreds of thousands of euros."),
            Want{"[hundreds of thousands of euros] 200000 EUR vague"});
  // One link word only.
  EXPECT_EQ(Described("en", "millions of of dollars"), Want{"[millions] 2000000 - vague"});
  EXPECT_EQ(Described("de", "Der Verein verlor Millionen Euro."),
            Want{"[Millionen Euro] 2000000 EUR vague"});
}

TEST(QuantityMoney, SignThenCodeOrCountry) {
  EXPECT_EQ(Described("fr", "Le plein coûte 80 $ CA à Montréal."), Want{"[80 $ CA] 80 CAD exact"});
  EXPECT_EQ(Described("fr", "Le prêt atteint 40 millions de $ US."),
            Want{"[40 millions de $ US] 40000000 USD exact"});
  EXPECT_EQ(Described("en", "Donors pledged 75 $ USD each."), Want{"[75 $ USD] 75 USD exact"});
}

TEST(QuantityMoney, ScaleWordAfterASignStopsBeforeAnArticle) {
  EXPECT_EQ(Described("es", "La compañía pagó US$ 3 mil millones de su deuda."),
            Want{"[US$ 3 mil millones] 3000000000 USD exact"});
  EXPECT_EQ(Described("es", "Invirtió $ 4 mil millones de dólares."),
            Want{"[$ 4 mil millones de dólares] 4000000000 USD exact"});
}

TEST(QuantityMoney, FrenchLivresAreBooksUnlessScaledOrSterling) {
  EXPECT_EQ(Described("fr", "Elle a publié 6 livres en dix ans."),
            (Want{"[6] 6 - exact", "[dix ans] 10 a exact"}));
  EXPECT_EQ(Described("fr", "Le transfert a coûté 85 millions de livres."),
            Want{"[85 millions de livres] 85000000 GBP exact"});
  EXPECT_EQ(Described("fr", "La série a atteint 30 millions de livres vendus."),
            Want{"[30 millions] 30000000 - exact"});
  EXPECT_EQ(Described("fr", "Il a parié 200 livres sterling."),
            Want{"[200 livres sterling] 200 GBP exact"});
}

TEST(QuantityMoney, QualifiersAddedPerLanguage) {
  EXPECT_EQ(Described("en", "The bill came to exactly $412."),
            Want{"[exactly $412] 412 USD exact"});
  EXPECT_EQ(Described("de", "Der Schaden beträgt genau 1200 Euro."),
            Want{"[genau 1200 Euro] 1200 EUR exact"});
  EXPECT_EQ(Described("fr", "Le devis est plus que 3000 euros."),
            Want{"[plus que 3000 euros] 3000 EUR more_than"});
  // "ne ... plus que" means "only".
  EXPECT_EQ(Described("fr", "Il ne reste plus que 3 candidats."), Want{"[3] 3 - exact"});
  EXPECT_EQ(Described("fr", "Il n'y a plus que 12 lits."), Want{"[12] 12 - exact"});
  EXPECT_EQ(Described("fr", "Le gouvernement a promis quasi 2 milliards d'euros."),
            Want{"[quasi 2 milliards d'euros] 2000000000 EUR about"});
  EXPECT_EQ(Described("es", "Costó exactamente 99 euros."),
            Want{"[exactamente 99 euros] 99 EUR exact"});
  EXPECT_EQ(Described("it", "Sono serviti più o meno 40 milioni di euro."),
            Want{"[più o meno 40 milioni di euro] 40000000 EUR about"});
  EXPECT_EQ(Described("pl", "Remont pochłonął niecałe 2 mln zł."),
            Want{"[niecałe 2 mln zł] 2000000 PLN less_than"});
  EXPECT_EQ(Described("ru", "Курс опустился ниже 90 рублей."),
            Want{"[ниже 90 рублей] 90 RUB less_than"});
  EXPECT_EQ(Described("ru", "Пришло ровно 500 человек."), Want{"[ровно 500] 500 - exact"});
  EXPECT_EQ(Described("uk", "Ціна впала нижче 40 гривень."),
            Want{"[нижче 40 гривень] 40 UAH less_than"});
  EXPECT_EQ(Described("kk", "Кемінде 15 адам қаза тапты."), Want{"[Кемінде 15] 15 - at_least"});
}

// The new money rules on text made of their own words and bad bytes:
// linear time, spans in order, finite values, ranges that ascend.
TEST(QuantityMoney, HostileTextStaysLinearAndSane) {
  const std::vector<std::string> pieces = {
      "$",        "20",   " dollars", " and ",     " 43",     " cents",       ".",    " of ",
      "millions", "RM",   "USD",      "MUSD",      "-dollar", " plus que ",   " ne ", " livres",
      " евро ",   " до ", " от ",     " gr",       "ц",       " zł ",         ", ",   "\xff",
      "-",        " to ", "1999",     " exactly ", " ",       "millions de ", " y ",  " con "};
  std::string text;
  uint32_t seed = 4242;
  while (text.size() < (1u << 19)) {
    seed = seed * 1103515245u + 12345u;  // a fixed linear congruential sequence
    text += pieces[(seed >> 16) % pieces.size()];
  }
  for (const char* lang : {"en", "fr", "ru", "pl", "kk"}) {
    const Annotations a = TheAnnotator().AnnotateText(text, lang, ParseReferenceTime("2023-03-14"));
    // Half a megabyte: well under a second when linear; 10 s leaves room for
    // a loaded sanitizer build.
    uint32_t last_end = 0;
    for (const Quantity& q : a.quantities) {
      ASSERT_LE(last_end, q.span.start) << lang;
      ASSERT_LT(q.span.start, q.span.end) << lang;
      ASSERT_LE(q.span.end, text.size()) << lang;
      ASSERT_TRUE(std::isfinite(q.value)) << lang;
      if (q.value_max) {
        ASSERT_LT(q.value, *q.value_max) << lang;
      }
      last_end = q.span.end;
    }
  }
}

// Ten thousand amounts with their cents on one line, each one figure.
TEST(QuantityMoney, TenThousandAmountsWithCentsOnOneLine) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "3 dollars and 5 cents, ";
  const Annotations a = TheAnnotator().AnnotateText(text, "en", ParseReferenceTime("2023-03-14"));
  ASSERT_EQ(a.quantities.size(), 10000u);
  EXPECT_DOUBLE_EQ(a.quantities.back().value, 3.05);
  EXPECT_EQ(a.quantities.back().unit, "USD");
}

TEST(QuantityMoney, CodesGluedBeforeTheDigits) {
  EXPECT_EQ(Described("en", "Shares listed at USD115.5 and the bond at GBP98."),
            Want({"[USD115.5] 115.5 USD exact", "[GBP98] 98 GBP exact"}));
  EXPECT_EQ(Described("fr", "Le billet est vendu EUR29,99 et le repas CHF18,50."),
            Want({"[EUR29,99] 29.99 EUR exact", "[CHF18,50] 18.5 CHF exact"}));
  EXPECT_EQ(Described("de", "Der Kurs lag bei USD1.234,50 am Mittag."),
            Want{"[USD1.234,50] 1234.5 USD exact"});
  EXPECT_EQ(Described("ru", "Билет стоил UAH120 и RM42 в Малайзии."),
            Want({"[UAH120] 120 UAH exact", "[RM42] 42 MYR exact"}));
  EXPECT_EQ(Described("es", "El menú cuesta MXN250 por persona."), Want{"[MXN250] 250 MXN exact"});
  // Letters that are no code: a flight, a disease, a model; nothing at all.
  EXPECT_EQ(Described("en", "Flight MH17 and COVID19 and the PS5 and Rb12"), Want{});
  EXPECT_EQ(Described("it", "Il volo AZ610 porta 9 passeggeri."), Want{"[9] 9 - exact"});
}

TEST(QuantityMoney, FrenchCentsAfterDigits) {
  EXPECT_EQ(Described("fr", "Le baril a gagné 34 cents vendredi."),
            Want{"[34 cents] 0.34 USD exact"});
  EXPECT_EQ(Described("fr", "Il ne reste que 2 dollars et 5 cents en caisse."),
            Want{"[2 dollars et 5 cents] 2.05 USD exact"});
  EXPECT_EQ(Described("fr", "Le ticket passe à 2 USD 40 cents."),
            Want{"[2 USD 40 cents] 2.4 USD exact"});
}

}  // namespace
}  // namespace parallax
