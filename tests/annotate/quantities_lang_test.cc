// Quantities per language through the public Annotator: news-like
// sentences written for these tests (not taken from the data files'
// examples), one test per language, covering qualifiers, ranges whose ends
// repeat their unit, subunits of money, inflected currency and unit names,
// and the figures of issue 4's worked example written in new sentences.
#include <gtest/gtest.h>

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
  return testing::DescribeQuantities(lang, text, /*with_kind=*/true);
}

using Want = std::vector<std::string>;

TEST(QuantitiesLang, English) {
  EXPECT_EQ(Described("en", "Among the dead were 18 members of the security forces."),
            Want{"[18] 18 - exact number"});
  EXPECT_EQ(Described("en", "A loaf now costs 95 cents more than in spring."),
            Want{"[95 cents] 0.95 USD exact money"});
  EXPECT_EQ(Described("en", "Volunteers filled bags with 40 pounds of sand."),
            Want{"[40 pounds] 40 [lb_av] exact measure"});
  EXPECT_EQ(Described("en", "The council spent 40 pounds per pupil."),
            Want{"[40 pounds] 40 GBP exact money"});
  EXPECT_EQ(Described("en", "Analysts see growth anywhere from 4% to 6% next year."),
            Want{"[from 4% to 6%] 4..6 % range percent"});
  EXPECT_EQ(Described("en", "Seats went for $40-$60 at the door."),
            Want{"[$40-$60] 40..60 USD range money"});
  EXPECT_EQ(Described("en", "The rescue plan needs between €2 and €3 billion."),
            Want{"[between €2 and €3 billion] 2000000000..3000000000 EUR range money"});
  EXPECT_EQ(Described("en", "The index lost just under 4 percent."),
            Want{"[just under 4 percent] 4 % less_than percent"});
  EXPECT_EQ(Described("en", "Accra borrowed 6 billion cedis and 500 million Egyptian pounds."),
            (Want{"[6 billion cedis] 6000000000 GHS exact money",
                  "[500 million Egyptian pounds] 500000000 EGP exact money"}));
  EXPECT_EQ(Described("en", "Water covered 1,200 square kilometres; gusts hit 90 miles per hour."),
            (Want{"[1,200 square kilometres] 1200 km2 exact measure",
                  "[90 miles per hour] 90 [mi_i]/h exact measure"}));
  EXPECT_EQ(Described("en", "Between 2 and 3 shifts, more than 40 but fewer than 60 staff."),
            (Want{"[Between 2 and 3] 2..3 - range number",
                  "[more than 40 but fewer than 60] 40..60 - range number"}));
  EXPECT_EQ(Described("en", "Applicants aged 65 or over may enter."),
            Want{"[65 or over] 65 - at_least number"});
  // Signs of comparison before a figure, in any language.
  EXPECT_EQ(Described("und", "Load >80% for ~15 min, delay <= 2 h."),
            (Want{"[>80%] 80 % more_than percent", "[~15 min] 15 min about duration",
                  "[<= 2 h] 2 h up_to duration"}));
  // Dashes chaining three or more numbers (a phone number) make no range.
  EXPECT_EQ(
      Described("en", "Call 555-0199-22 now."),
      (Want{"[555] 555 - exact number", "[0199] 199 - exact number", "[22] 22 - exact number"}));
  // A score falls, so it is no range, and it counts nothing; a rising
  // pair stays a range.
  EXPECT_TRUE(Described("en", "The hosts won 2-0.").empty());
  EXPECT_EQ(Described("en", "Police detained 2-3 men."), (Want{"[2-3] 2..3 - range number"}));
}

TEST(QuantitiesLang, German) {
  EXPECT_EQ(Described("de", "Mehr als 1.000 Verletzte meldete das Ministerium am Abend."),
            Want{"[Mehr als 1.000] 1000 - more_than number"});
  EXPECT_EQ(Described("de", "Die Reparatur kostet rund 91 Millionen US-Dollar, hieß es."),
            Want{"[rund 91 Millionen US-Dollar] 91000000 USD about money"});
  EXPECT_EQ(Described("de", "Die Fahrkarte wird um 30 Cent teurer."),
            Want{"[30 Cent] 0.3 EUR exact money"});
  EXPECT_EQ(Described("de", "Der Akku hält 12 Stunden und wiegt 300 Gramm."),
            (Want{"[12 Stunden] 12 h exact duration", "[300 Gramm] 300 g exact measure"}));
  EXPECT_EQ(Described("de", "Die Rendite liegt zwischen 3 % und 5 %."),
            Want{"[zwischen 3 % und 5 %] 3..5 % range percent"});
  EXPECT_EQ(Described("de", "Sie lieh sich 5.000 Schweizer Franken."),
            Want{"[5.000 Schweizer Franken] 5000 CHF exact money"});
}

TEST(QuantitiesLang, French) {
  EXPECT_EQ(Described("fr", "Le ticket de métro augmente de 20 centimes."),
            Want{"[20 centimes] 0.2 EUR exact money"});
  EXPECT_EQ(Described("fr", "Près de 400 familles ont été relogées."),
            Want{"[Près de 400] 400 - about number"});
  EXPECT_EQ(Described("fr", "La sécheresse a touché entre 2 000 et 3 000 hectares."),
            Want{"[entre 2 000 et 3 000 hectares] 2000..3000 ha range measure"});
  EXPECT_EQ(Described("fr", "Le Maroc a investi 5 milliards de dirhams."),
            Want{"[5 milliards de dirhams] 5000000000 MAD exact money"});
}

TEST(QuantitiesLang, Spanish) {
  EXPECT_EQ(Described("es", "Unos 400 vecinos fueron desalojados."),
            Want{"[Unos 400] 400 - about number"});
  EXPECT_EQ(Described("es", "El billete de autobús sube 15 céntimos."),
            Want{"[15 céntimos] 0.15 EUR exact money"});
  // Falling ends make no range.
  EXPECT_EQ(Described("es", "El paro bajó del 9 al 7 %."),
            (Want{"[9] 9 - exact number", "[7 %] 7 % exact percent"}));
  EXPECT_EQ(Described("es", "La alcaldía recaudó 300 millones de pesos colombianos."),
            Want{"[300 millones de pesos colombianos] 300000000 COP exact money"});
  EXPECT_EQ(Described("es", "La temperatura fue mayor que 30 grados y menor que 35 grados."),
            Want{"[mayor que 30 grados y menor que 35 grados] 30..35 deg range measure"});
  EXPECT_EQ(Described("es", "El fallo costó $ 2,4 mil millones."),
            Want{"[$ 2,4 mil millones] 2400000000 USD exact money"});
  EXPECT_EQ(Described("es", "La huelga duró 3 semanas."), Want{"[3 semanas] 3 wk exact duration"});
}

TEST(QuantitiesLang, Italian) {
  EXPECT_EQ(Described("it", "Circa 400 migranti sono sbarcati nella notte."),
            Want{"[Circa 400] 400 - about number"});
  EXPECT_EQ(Described("it", "Il biglietto aumenta di 10 centesimi."),
            Want{"[10 centesimi] 0.1 EUR exact money"});
  EXPECT_EQ(Described("it", "I prezzi sono saliti tra il 4 e il 6 per cento."),
            Want{"[tra il 4 e il 6 per cento] 4..6 % range percent"});
  EXPECT_EQ(Described("it", "Il fondo vale 3 miliardi di dollari canadesi."),
            Want{"[3 miliardi di dollari canadesi] 3000000000 CAD exact money"});
  EXPECT_EQ(Described("it", "La tregua è durata 72 ore."), Want{"[72 ore] 72 h exact duration"});
}

TEST(QuantitiesLang, Polish) {
  EXPECT_EQ(Described("pl", "Policja zatrzymała ponad 3000 osób."),
            Want{"[ponad 3000] 3000 - more_than number"});
  EXPECT_EQ(Described("pl", "Lekarze opatrzyli 748 rannych."), Want{"[748] 748 - exact number"});
  EXPECT_EQ(Described("pl", "Chleb podrożał o 30 groszy."),
            Want{"[30 groszy] 0.3 PLN exact money"});
  EXPECT_EQ(Described("pl", "Spółka wydała 40 mln dolarów amerykańskich."),
            Want{"[40 mln dolarów amerykańskich] 40000000 USD exact money"});
  EXPECT_EQ(Described("pl", "Aż 90 proc. ankietowanych jest przeciw."),
            Want{"[Aż 90 proc.] 90 % up_to percent"});
  EXPECT_EQ(Described("pl", "Trasa ma 12 kilometrów, a głosowanie trwało 3 doby."),
            (Want{"[12 kilometrów] 12 km exact measure", "[3 doby] 3 d exact duration"}));
}

TEST(QuantitiesLang, Russian) {
  EXPECT_EQ(Described("ru", "Штраф составит около 10 тыс. тенге."),
            Want{"[около 10 тыс. тенге] 10000 KZT about money"});
  EXPECT_EQ(Described("ru", "Проезд подорожал на 5 рублей 50 копеек."),
            Want{"[5 рублей 50 копеек] 5.5 RUB exact money"});
  EXPECT_EQ(Described("ru", "Он уехал с 300 долларами в кармане."),
            Want{"[300 долларами] 300 USD exact money"});
  EXPECT_EQ(Described("ru", "Чуть более 200 человек пришли на митинг."),
            Want{"[Чуть более 200] 200 - more_than number"});
  EXPECT_EQ(Described("ru", "Ставки составят от 3% до 5% годовых."),
            Want{"[от 3% до 5%] 3..5 % range percent"});
  EXPECT_EQ(Described("ru", "Пробка растянулась на 15 км."), Want{"[15 км] 15 km exact measure"});
}

TEST(QuantitiesLang, Ukrainian) {
  EXPECT_EQ(Described("uk", "Понад 40 будинків зруйновано."),
            Want{"[Понад 40] 40 - more_than number"});
  EXPECT_EQ(Described("uk", "Хліб подорожчав на 80 копійок."),
            Want{"[80 копійок] 0.8 UAH exact money"});
  EXPECT_EQ(Described("uk", "Збитки оцінюють у 2 млрд гривень."),
            Want{"[2 млрд гривень] 2000000000 UAH exact money"});
  EXPECT_EQ(Described("uk", "Черга розтяглася на 3 кілометри, евакуація тривала 5 діб."),
            (Want{"[3 кілометри] 3 km exact measure", "[5 діб] 5 d exact duration"}));
}

// Rounding collective counts read as "about", German "gut" as a little more
// than, "from ... to" ranges after another word, Slavic collective numerals.
TEST(QuantitiesLang, RoundedCountsAndRanges) {
  EXPECT_EQ(Described("es", "Una treintena de camiones quedaron varados en la frontera."),
            Want{"[Una treintena] 30 - about number"});
  EXPECT_EQ(Described("es", "La riada obligó a evacuar a un centenar de vecinos."),
            Want{"[un centenar] 100 - about number"});
  EXPECT_EQ(Described("fr", "Le tribunal a entendu une vingtaine de témoins."),
            Want{"[une vingtaine] 20 - about number"});
  EXPECT_EQ(Described("it", "Una ventina di barche sono rientrate in porto."),
            Want{"[Una ventina] 20 - about number"});
  EXPECT_EQ(Described("fr", "Les deux centaines de postes seront maintenues."),
            Want{"[deux centaines] 200 - exact number"});
  EXPECT_EQ(Described("de", "Der Umbau kostet gut 400 Millionen Euro."),
            Want{"[gut 400 Millionen Euro] 400000000 EUR more_than money"});
  EXPECT_EQ(Described("pl", "Bilety kosztują raczej od 200 do 350 złotych."),
            Want{"[od 200 do 350 złotych] 200..350 PLN range money"});
  EXPECT_EQ(Described("ru", "В колонне шли от 2000 до 2500 машин."),
            Want{"[от 2000 до 2500] 2000..2500 - range number"});
  EXPECT_EQ(Described("pl", "Na wiec przyszło raczej od 800 do 950 osób."),
            Want{"[od 800 do 950] 800..950 - range number"});
  EXPECT_EQ(Described("uk", "Ремонт триватиме приблизно від 20 до 25 днів."),
            Want{"[від 20 до 25 днів] 20..25 d range duration"});
  EXPECT_EQ(Described("uk", "Збори відвідали від 300 до 450 мешканців."),
            Want{"[від 300 до 450] 300..450 - range number"});
  EXPECT_EQ(Described("ru", "Из шахты подняли семерых горняков."),
            Want{"[семерых] 7 - exact number"});
  EXPECT_EQ(Described("uk", "На пероні чекали шестеро волонтерів."),
            Want{"[шестеро] 6 - exact number"});
}

}  // namespace
}  // namespace parallax
