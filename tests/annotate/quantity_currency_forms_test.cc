// Currency forms read from data/currencies.tsv and data/<lang>/currencies.tsv,
// through the public Annotator: a country marker or code glued before the
// dollar sign, abbreviations before the figure in Cyrillic script, pence
// after a whole amount, and the currencies of Asia, Africa and Oceania with
// the country adjective next to the name, in every language that has
// currency files. The sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "quantity_test_util.h"

namespace parallax {
namespace {

std::vector<std::string> Described(std::string_view lang, std::string_view text) {
  return testing::DescribeQuantities(lang, text, /*with_kind=*/false);
}

using Want = std::vector<std::string>;

TEST(QuantityCurrencyForms, CountryMarkerBeforeTheDollarSign) {
  EXPECT_EQ(Described("en", "the miner raised u.s $ 75 million from a share sale ."),
            (Want{"[u.s $ 75 million] 75000000 USD exact"}));
  EXPECT_EQ(Described("en", "Rent rose to CAD$ 2,100 while fees stayed at usd$ 40."),
            (Want{"[CAD$ 2,100] 2100 CAD exact", "[usd$ 40] 40 USD exact"}));
  EXPECT_EQ(Described("es", "La deuda llega a U.S.$ 900 y el bono a NZD$ 30."),
            (Want{"[U.S.$ 900] 900 USD exact", "[NZD$ 30] 30 NZD exact"}));
  // A plain "$" stays the US dollar; "can $5" is no Canadian sign.
  EXPECT_EQ(Described("en", "You can $5 a month save."), (Want{"[$5] 5 USD exact"}));
}

TEST(QuantityCurrencyForms, CyrillicAbbreviationBeforeTheFigure) {
  EXPECT_EQ(Described("ru", "Курс на табло: грн 3,04 за рубль, обед руб. 450."),
            (Want{"[грн 3,04] 3.04 UAH exact", "[руб. 450] 450 RUB exact"}));
  EXPECT_EQ(Described("ru", "Штраф составит тг 5 000 с каждого водителя."),
            (Want{"[тг 5 000] 5000 KZT exact"}));
  EXPECT_EQ(Described("uk", "Проїзд у маршрутці тепер грн. 15."), (Want{"[грн. 15] 15 UAH exact"}));
  EXPECT_EQ(Described("kk", "Жол ақысы тг 250 болды."), (Want{"[тг 250] 250 KZT exact"}));
  // Never before a year, and not the figure after an amount of their own.
  EXPECT_EQ(Described("ru", "Бюджет в руб. 2024 года не изменился."), (Want{}));
  EXPECT_EQ(Described("ru", "Билет стоит 40 руб. 50 коп."),
            (Want{"[40 руб. 50 коп.] 40.5 RUB exact"}));
}

TEST(QuantityCurrencyForms, PenceAfterAWholeAmount) {
  EXPECT_EQ(Described("ru", "Марка теперь стоит 1 фунт 85 пенсов, а письмо — 2 GBP 1 пенс."),
            (Want{"[1 фунт 85 пенсов] 1.85 GBP exact", "[2 GBP 1 пенс] 2.01 GBP exact"}));
  EXPECT_EQ(Described("uk", "Чашка чаю коштує 2 фунти 40 пенсів."),
            (Want{"[2 фунти 40 пенсів] 2.4 GBP exact"}));
}

TEST(QuantityCurrencyForms, CurrencyWithTheCountryAdjective) {
  EXPECT_EQ(Described("de", "Ein Tagesticket für Angkor kostet 150000 kambodschanischen Riel."),
            (Want{"[150000 kambodschanischen Riel] 150000 KHR exact"}));
  EXPECT_EQ(Described("de", "Die Firma zahlte 8 Mio. US-amerikanische Dollar Strafe."),
            (Want{"[8 Mio. US-amerikanische Dollar] 8000000 USD exact"}));
  EXPECT_EQ(Described("es", "El hotel cobra 2500 bahts tailandeses por noche."),
            (Want{"[2500 bahts tailandeses] 2500 THB exact"}));
  EXPECT_EQ(Described("es", "Cruzar el puente cuesta 4 dólares neozelandeses."),
            (Want{"[4 dólares neozelandeses] 4 NZD exact"}));
  // Spanish "rieles" alone are rails.
  EXPECT_EQ(Described("es", "Cambiaron 300 rieles en la vía."), (Want{"[300] 300 - exact"}));
  EXPECT_EQ(Described("fr", "Le billet coûte 6 millions de dongs vietnamiens."),
            (Want{"[6 millions de dongs vietnamiens] 6000000 VND exact"}));
  EXPECT_EQ(Described("it", "Il volo interno costa 90 dollari di Singapore."),
            (Want{"[90 dollari di Singapore] 90 SGD exact"}));
  EXPECT_EQ(Described("pl", "Bank przelał 3 dolary nowozelandzkie i 500 ringgitów."),
            (Want{"[3 dolary nowozelandzkie] 3 NZD exact", "[500 ringgitów] 500 MYR exact"}));
  EXPECT_EQ(Described("ru", "Гид берёт 200 тайских батов за экскурсию."),
            (Want{"[200 тайских батов] 200 THB exact"}));
  EXPECT_EQ(Described("uk", "Квиток коштував 40 тайванських доларів."),
            (Want{"[40 тайванських доларів] 40 TWD exact"}));
}

}  // namespace
}  // namespace parallax
