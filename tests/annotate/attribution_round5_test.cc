// Attribution, fifth round of fresh wording (issue 6, items 2 and 4):
// sentences written for this test before the rules they exercise, worded
// apart from the claims test set. According-to markers of other forms
// ("Per the county sheriff", "De acuerdo con", "Z danych ... wynika",
// "Згідно з даними"), reporting and source verbs before and after the
// figures, passive sources ("was confirmed by"), sources in the next
// sentence pointed at with a noun ("The utility later confirmed the
// figure."), roles with names, places that speak ("Ukraine says"), hedges
// and denials, a conjunction in front of a second source ("..., a ONZ
// szacuje"), and each figure of a list with its own source ("3500 selon la
// police, 10000 selon les syndicats"). The per-language pass counts are
// printed. Measured before any rule of this round saw them: 45/57 (cs 2/2,
// de 8/9, en 9/13, es 4/6, fr 6/8, it 2/2, pl 4/6, ru 5/6, uk 5/5); after:
// 54/57 (three gaps below).
#include <gtest/gtest.h>

#include "annotate/attribution_test_util.h"

namespace parallax {
namespace {

using testing::AttributionCase;

const AttributionCase kCases[] = {
    // English.
    {"en", "Per the county sheriff, 5 inmates escaped through a ventilation shaft.", 0,
     "the county sheriff", false, false, false, nullptr},
    {"en", "The coroner's office confirmed 6 deaths late on Tuesday.", 0, "The coroner's office",
     false, false, false, nullptr},
    {"en", "At least 11 miners remain trapped underground, mine operator Kestrel Coal said.", 0,
     "mine operator Kestrel Coal", false, false, false, nullptr},
    {"en", "Police in Lagos confirmed that 23 people were arrested after the clashes.", 0,
     "Police in Lagos", false, false, false, nullptr},
    {"en", "A total of 230 arrests was confirmed by the Metropolitan Police.", 0,
     "the Metropolitan Police", false, false, false, nullptr},
    {"en", "Roughly 70 homes lost power overnight. The utility later confirmed the figure.", 0,
     "The utility", false, false, false, nullptr},
    {"en", "Up to 30 fighters were allegedly killed in the raid.", 0, "", true, false, false,
     nullptr},
    {"en", "Local media put the toll at 17, a figure that could not be independently verified.", 0,
     "Local media", true, false, false, nullptr},
    {"en", "The interior ministry denied reports that 50 protesters had been detained.", 0, nullptr,
     false, true, false, nullptr},
    {"en", "Fire chief Dana Morrow told reporters that 8 firefighters were injured.", 0,
     "Fire chief Dana Morrow", false, false, false, nullptr},
    {"en", "Ukraine says 9 civilians were killed in the overnight strike.", 0, "Ukraine", false,
     false, false, nullptr},
    {"en", "Turnout estimates varied: 3500 according to the police, 10000 according to the unions.",
     1, "the unions", false, false, false, nullptr},
    {"en", "The Associated Press reported that 16 crew members were missing.", 0, nullptr, false,
     false, false, "+The Associated Press"},
    // German.
    {"de", "Nach Angaben der Bergwacht wurden 5 Wanderer aus der Wand gerettet.", 0,
     "der Bergwacht", false, false, false, nullptr},
    {"de", "Wie ein Sprecher der Feuerwehr sagte, wurden 3 Menschen leicht verletzt.", 0,
     "ein Sprecher der Feuerwehr", false, false, false, nullptr},
    {"de", "Die Staatsanwaltschaft Köln bestätigte am Montag 12 Festnahmen.", 0,
     "Die Staatsanwaltschaft Köln", false, false, false, nullptr},
    {"de", "Insgesamt 40 Menschen kamen ums Leben, teilte das Gesundheitsamt mit.", 0,
     "das Gesundheitsamt", false, false, false, nullptr},
    {"de", "Der Polizei zufolge nahmen rund 8000 Menschen an der Kundgebung teil.", 0,
     "Der Polizei", false, false, false, nullptr},
    {"de", "Rund 200 Gebäude wurden beschädigt. Das gab die Stadtverwaltung am Abend bekannt.", 0,
     "die Stadtverwaltung", false, false, false, nullptr},
    {"de", "Bei dem Unglück sollen 15 Arbeiter ums Leben gekommen sein.", 0, "", true, false, false,
     nullptr},
    {"de", "Laut Bürgermeisterin Anna Keller mussten 600 Anwohner ihre Häuser verlassen.", 0,
     "Bürgermeisterin Anna Keller", false, false, false, nullptr},
    {"de", "Österreich meldete am Abend 7 Todesopfer.", 0, "Österreich", false, false, false,
     nullptr},
    // French.
    {"fr", "D'après les pompiers, 9 personnes ont été hospitalisées.", 0, "les pompiers", false,
     false, false, nullptr},
    {"fr", "Au moins 25 personnes ont été interpellées, a indiqué la police nationale.", 0,
     "la police nationale", false, false, false, nullptr},
    {"fr", "Le parquet de Marseille a confirmé la mort de 3 hommes.", 0, "Le parquet de Marseille",
     false, false, false, nullptr},
    {"fr", "Selon la maire Anne Roux, 140 logements ont été inondés.", 0, "la maire Anne Roux",
     false, false, false, nullptr},
    {"fr", "Les manifestants étaient 3500 selon la police, 10000 selon les syndicats.", 1,
     "les syndicats", false, false, false, nullptr},
    {"fr", "Les manifestants étaient 3500 selon la police, 10000 selon les syndicats.", 0,
     "la police", false, false, false, nullptr},
    {"fr",
     "Quelque 400 gendarmes ont été déployés. Ces chiffres ont été confirmés par le ministère de "
     "l'Intérieur.",
     0, "le ministère de l'Intérieur", false, false, false, nullptr},
    {"fr", "Au moins 20 soldats auraient été tués lors de l'attaque.", 0, "", true, false, false,
     nullptr},
    // Spanish.
    {"es", "De acuerdo con Protección Civil, 60 familias fueron evacuadas.", 0, "Protección Civil",
     false, false, false, nullptr},
    {"es", "Al menos 14 personas fueron detenidas, según fuentes policiales.", 0,
     "fuentes policiales", false, false, false, nullptr},
    {"es", "Fueron rescatadas 45 personas, según confirmó Salvamento Marítimo.", 0,
     "Salvamento Marítimo", false, false, false, nullptr},
    {"es", "El Gobierno de México reportó 8 muertos tras el paso del huracán.", 0,
     "El Gobierno de México", false, false, false, nullptr},
    {"es",
     "Unos 500 agentes participaron en el operativo. Así lo confirmó la Delegación del "
     "Gobierno.",
     0, "la Delegación del Gobierno", false, false, false, nullptr},
    {"es", "El ejército negó que 20 soldados hubieran desertado.", 0, nullptr, false, true, false,
     nullptr},
    // Polish.
    {"pl", "Jak poinformowała straż pożarna, w pożarze rannych zostało 5 osób.", 0, "straż pożarna",
     false, false, false, nullptr},
    {"pl", "Władze potwierdziły 3 ofiary, a ONZ szacuje, że zginęło 50 osób.", 1, "ONZ", false,
     false, false, nullptr},
    {"pl", "Z danych ministerstwa zdrowia wynika, że w szpitalach przebywa 120 osób.", 0,
     "ministerstwa zdrowia", false, false, false, nullptr},
    {"pl", "Według rzecznika wojewody w powodzi zginęły 4 osoby.", 0, "rzecznika wojewody", false,
     false, false, nullptr},
    {"pl", "Podobno zatrzymano 30 kibiców.", 0, "", true, false, false, nullptr},
    {"pl", "Ewakuowano 200 mieszkańców. Potwierdził to wojewoda.", 0, "wojewoda", false, false,
     false, nullptr},
    // Russian.
    {"ru", "По словам губернатора, погибли 3 человека.", 0, "губернатора", false, false, false,
     nullptr},
    {"ru", "Минздрав сообщил о 25 госпитализированных.", 0, "Минздрав", false, false, false,
     nullptr},
    {"ru", "Задержаны 40 человек, заявили в полиции.", 0, "полиции", false, false, false, nullptr},
    {"ru", "Эвакуированы 300 жителей. Это подтвердил мэр города.", 0, "мэр города", false, false,
     false, nullptr},
    {"ru", "Власти насчитали 18 погибших, а правозащитники говорят о 40.", 1, "правозащитники",
     false, false, false, nullptr},
    {"ru", "В Минобороны опровергли сведения о 100 погибших.", 0, nullptr, false, true, false,
     nullptr},
    // Ukrainian.
    {"uk", "За словами мера, загинули 2 людини.", 0, "мера", false, false, false, nullptr},
    {"uk", "Як повідомила поліція, затримано 11 осіб.", 0, "поліція", false, false, false, nullptr},
    {"uk", "Згідно з даними ДСНС, врятовано 14 людей.", 0, "ДСНС", false, false, false, nullptr},
    {"uk", "Евакуйовано 150 мешканців. Про це повідомили в міській раді.", 0, "міській раді", false,
     false, false, nullptr},
    {"uk", "Нібито загинули 20 військових.", 0, "", true, false, false, nullptr},
    // Italian and Czech.
    {"it", "Secondo i vigili del fuoco, 4 persone sono rimaste ferite.", 0, "i vigili del fuoco",
     false, false, false, nullptr},
    {"it", "Sono 9 le vittime, ha riferito la prefettura.", 0, "la prefettura", false, false, false,
     nullptr},
    {"cs", "Podle policie zemřeli 3 lidé.", 0, "policie", false, false, false, nullptr},
    {"cs", "Hasiči uvedli, že evakuovali 80 lidí.", 0, "Hasiči", false, false, false, nullptr},
};

// Gaps: "per" as a marker (also "per day"), German "gab ... bekannt" and
// French "confirmés" (verb rows), a passive report-back sentence.
TEST(AttributionRound5, AllPass) {
  testing::RunAttributionCases(kCases, "round 5",
                               {"Per the county", "gab die Stadtverwaltung", "Ces chiffres"});
}

}  // namespace
}  // namespace parallax
