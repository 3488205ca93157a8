// Attribution and citations, second round of fresh wording (issue 6, items
// 2 and 4): sentences written for this test before the rules they exercise,
// worded unlike the claims test set and attribution_fresh_test.cc. Sources
// behind "figures released by", "citing", "put the toll at", "nach Zählung",
// "selon un bilan communiqué par", "de acuerdo con cifras de", "сообщили в
// МЧС"; sources after the figure; "the same source" for the sentence
// before; datelines with agencies; reports by name; platforms and links;
// newspapers a person spoke to ("told the Guardian", "in an interview with
// Le Monde"). The per-language pass counts are printed.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "annotate/attribution_test_util.h"

namespace parallax {
namespace {

using testing::AttributionCase;

const AttributionCase kCases[] = {
    // English.
    {"en", "According to figures released by the interior ministry, 212 people were detained.", 0,
     "the interior ministry", false, false, false, nullptr},
    {"en", "Citing hospital sources, the broadcaster said at least 35 people had been wounded.", 0,
     "hospital sources", false, false, false, nullptr},
    {"en", "The ministry put the toll at 52 on Sunday evening.", 0, "The ministry", false, false,
     false, nullptr},
    {"en", "The coastguard's tally stood at 17 missing fishermen.", 0, "The coastguard", false,
     false, false, nullptr},
    {"en", "Some 90 residents were evacuated from the tower, fire officials said late on Monday.",
     0, "fire officials", false, false, false, ""},
    {"en",
     "The agency said 40 workers were trapped. The same source later put the number of dead "
     "at 6.",
     1, "The same source", false, false, false, nullptr},
    {"en",
     "KYIV (Reuters) — At least 11 people were killed in an overnight strike, regional "
     "officials said.",
     0, "regional officials", false, false, false, "Reuters"},
    {"en",
     "Of the 8 injured miners, two are in critical condition, a union leader told the Guardian.", 0,
     "a union leader", false, false, false, "the Guardian"},
    {"en", "In an interview with Le Monde, the minister said 1400 troops would be deployed.", 0,
     "the minister", false, false, false, "Le Monde|the minister"},
    {"en",
     "The city council posted on X that 75 trees had fallen; a map is online at "
     "https://maps.example.org/storm.",
     0, "The city council", false, false, false, "The city council|X|maps.example.org"},
    {"en", "A report by Human Rights Watch documented 23 cases of torture in the camp.", 0,
     "A report by Human Rights Watch", false, false, false, "Human Rights Watch"},
    {"en",
     "Rescuers have pulled 14 survivors from the rubble, the fire brigade said in a statement.", 0,
     "the fire brigade", false, false, false, "the fire brigade"},
    // German.
    {"de", "Nach Zählung des Roten Kreuzes wurden 260 Menschen in Notunterkünften untergebracht.",
     0, "des Roten Kreuzes", false, false, false, nullptr},
    {"de", "Wie die Polizei am Sonntag mitteilte, wurden 14 Beamte verletzt.", 0, "die Polizei",
     false, false, false, nullptr},
    {"de", "Rund 3000 Menschen mussten ihre Häuser verlassen, teilte das Landratsamt mit.", 0,
     "das Landratsamt", false, false, false, nullptr},
    {"de", "Das Gesundheitsministerium bezifferte die Zahl der Toten am Abend auf 38.", 0,
     "Das Gesundheitsministerium", false, false, false, nullptr},
    {"de",
     "Die Feuerwehr meldete 6 Verletzte. Nach Angaben derselben Quelle waren 2 davon "
     "Feuerwehrleute.",
     1, "derselben Quelle", false, false, false, nullptr},
    {"de", "Der Regionalsender sprach unter Berufung auf Krankenhauskreise von 47 Toten.", 0,
     "Krankenhauskreise", false, false, false, nullptr},
    {"de",
     "Im Interview mit dem „Tagesspiegel“ sagte der Innenminister, 2000 Polizisten seien im "
     "Einsatz.",
     0, "der Innenminister", false, false, false, "„Tagesspiegel“|der Innenminister"},
    {"de",
     "BRÜSSEL (Reuters) – Bei Protesten von Landwirten sind 12 Polizisten verletzt worden, wie "
     "die Polizei mitteilte.",
     0, "die Polizei", false, false, false, "Reuters|die Polizei"},
    {"de", "Das Rote Kreuz schrieb auf seinem Instagram-Kanal, 400 Helfer seien im Einsatz.", 0,
     "Das Rote Kreuz", false, false, false, "Das Rote Kreuz|Instagram"},
    {"de",
     "Der Bericht des Katastrophenschutzes ist unter www.katastrophenschutz.example.de "
     "abrufbar und nennt 31 zerstörte Brücken.",
     0, nullptr, false, false, false, "katastrophenschutz.example.de"},
    // French.
    {"fr", "Selon un bilan communiqué par la préfecture, 27 personnes ont été hospitalisées.", 0,
     "la préfecture", false, false, false, nullptr},
    {"fr", "D'après des chiffres publiés par le ministère de la Santé, 112 cas ont été confirmés.",
     0, "le ministère de la Santé", false, false, false, nullptr},
    {"fr", "Au moins 9 manifestants ont été interpellés, a fait savoir la préfecture de police.", 0,
     "la préfecture de police", false, false, false, nullptr},
    {"fr", "Le parquet a enregistré 44 plaintes. La même source fait état de 8 mises en examen.", 1,
     "La même source", false, false, false, nullptr},
    {"fr",
     "Dans un entretien accordé à Libération, le ministre a affirmé que 3000 gendarmes "
     "seraient mobilisés.",
     0, "le ministre", false, false, false, "Libération|le ministre"},
    {"fr",
     "ABIDJAN (AFP) - Quelque 60 personnes ont péri dans le naufrage d'une pirogue, selon les "
     "secours.",
     0, "les secours", false, false, false, "AFP"},
    {"fr", "Le rapport annuel d'Amnesty International recense 1200 exécutions.", 0,
     "Le rapport annuel d'Amnesty International", false, false, false, "Amnesty International"},
    {"fr", "On compte 14 disparus, selon des sources sécuritaires citées par Reuters.", 0,
     "des sources sécuritaires", false, false, false, "Reuters"},
    {"fr", "Les pompiers ont annoncé sur Facebook que 5 personnes avaient été légèrement blessées.",
     0, "Les pompiers", false, false, false, "Les pompiers|Facebook"},
    // Spanish.
    {"es", "De acuerdo con cifras de Protección Civil, 48 viviendas quedaron destruidas.", 0,
     "Protección Civil", false, false, false, nullptr},
    {"es", "Según datos difundidos por la Fiscalía, 17 agentes resultaron heridos.", 0,
     "la Fiscalía", false, false, false, nullptr},
    {"es",
     "Un total de 230 personas fueron desalojadas, según fuentes municipales citadas por "
     "Reuters.",
     0, "fuentes municipales", false, false, false, "Reuters"},
    {"es", "Los bomberos atendieron a 12 personas, informaron fuentes del servicio de emergencias.",
     0, "fuentes del servicio de emergencias", false, false, false, nullptr},
    {"es", "En declaraciones a El País, el alcalde aseguró que 400 familias siguen sin agua.", 0,
     "el alcalde", false, false, false, "El País|el alcalde"},
    {"es",
     "El Ministerio del Interior publicó en su cuenta de Twitter que 58 personas fueron "
     "detenidas.",
     0, "El Ministerio del Interior", false, false, false, nullptr},
    {"es",
     "BOGOTÁ (EFE) - Al menos 7 soldados murieron en un ataque con explosivos, según el "
     "Ejército.",
     0, "el Ejército", false, false, false, "+EFE"},
    {"es",
     "La Guardia Civil detuvo a 20 personas. La misma fuente precisó que 3 de los detenidos "
     "son menores.",
     1, "La misma fuente", false, false, false, nullptr},
    {"es", "Hasta 70 heridos, según un comunicado del hospital regional.", 0,
     "un comunicado del hospital regional", false, false, false, nullptr},
    // Polish.
    {"pl", "W pożarze hali zginęły 3 osoby – podała straż pożarna.", 0, "straż pożarna", false,
     false, false, nullptr},
    {"pl", "Z danych resortu zdrowia wynika, że do szpitali trafiło 140 osób.", 0,
     "resortu zdrowia", false, false, false, nullptr},
    {"pl", "Według szacunków organizatorów w marszu wzięło udział 50 tysięcy osób.", 0,
     "organizatorów", false, false, false, nullptr},
    {"pl", "Rzecznik wojewody przekazał w rozmowie z TVN24, że ewakuowano 600 osób.", 0,
     "Rzecznik wojewody", false, false, false, "Rzecznik wojewody|TVN24"},
    {"pl", "Jak informuje Polsat News, w wyniku nawałnicy rannych zostało 8 osób.", 0,
     "Polsat News", false, false, false, "Polsat News"},
    {"pl", "Policja zatrzymała 15 kibiców. To samo źródło podało, że 4 z nich usłyszało zarzuty.",
     1, "To samo źródło", false, false, false, nullptr},
    {"pl", "KATOWICE (PAP) – Ratownicy wydobyli spod gruzów 4 ciała, poinformowała straż pożarna.",
     0, "straż pożarna", false, false, false, "PAP|straż pożarna"},
    {"pl", "Rzeczniczka policji napisała na platformie X, że zatrzymano 12 osób.", 0,
     "Rzeczniczka policji", false, false, false, "+X"},
    {"pl", "Na podstawie informacji od strażaków portal podaje, że ewakuowano 70 osób.", 0,
     "strażaków", false, false, false, nullptr},
    // Russian.
    {"ru", "Пострадали 23 человека, сообщили в МЧС.", 0, "МЧС", false, false, false, nullptr},
    {"ru", "Как рассказали в пресс-службе ГУ МВД, задержаны 35 человек.", 0, "пресс-службе ГУ МВД",
     false, false, false, nullptr},
    {"ru", "По подсчётам правозащитников, за выходные задержали 412 человек.", 0, "правозащитников",
     false, false, false, nullptr},
    {"ru", "Число погибших возросло до 16, передает ТАСС со ссылкой на экстренные службы.", 0,
     "экстренные службы", false, false, false, "ТАСС"},
    {"ru", "В Минздраве сообщили, что госпитализированы 9 человек.", 0, "Минздраве", false, false,
     false, nullptr},
    {"ru",
     "По данным ведомства, эвакуированы 700 человек. Тот же источник уточнил, что 40 из них — "
     "дети.",
     1, "Тот же источник", false, false, false, nullptr},
    {"ru", "Глава МЧС заявил в интервью «Коммерсанту», что спасены 120 человек.", 0, "Глава МЧС",
     false, false, false, "+«Коммерсанту»"},
    {"ru",
     "МОСКВА (Интерфакс) — Не менее 6 человек погибли при пожаре, сообщили в региональном "
     "управлении МЧС.",
     0, "региональном управлении МЧС", false, false, false, "+Интерфакс"},
    {"ru", "По информации источника в силовых структурах, задержаны 3 подозреваемых.", 0,
     "источника в силовых структурах", false, false, false, nullptr},
    // Ukrainian.
    {"uk", "Постраждали 18 людей, повідомили у ДСНС.", 0, "ДСНС", false, false, false, nullptr},
    {"uk", "Як повідомили в обласній прокуратурі, затримано 7 осіб.", 0, "обласній прокуратурі",
     false, false, false, nullptr},
    {"uk", "За підрахунками волонтерів, евакуйовано понад 900 тварин.", 0, "волонтерів", false,
     false, false, nullptr},
    {"uk", "Про 4 загиблих повідомив голова ОВА.", 0, "голова ОВА", false, false, false, nullptr},
    {"uk", "Загиблих уже 12, передає Укрінформ з посиланням на поліцію.", 0, "поліцію", false,
     false, false, "Укрінформ|поліцію"},
    {"uk", "Поліція затримала 30 осіб. Те саме джерело додало, що 2 людини зникли безвісти.", 1,
     "Те саме джерело", false, false, false, nullptr},
    {"uk",
     "В інтерв'ю «Українській правді» міністр сказав, що на місце направили 500 рятувальників.", 0,
     "міністр", false, false, false, "«Українській правді»|міністр"},
    {"uk", "КИЇВ (Укрінформ) – Унаслідок обстрілу поранено 5 цивільних, повідомила поліція.", 0,
     "поліція", false, false, false, "Укрінформ|поліція"},
    {"uk", "Посилаючись на джерела в уряді, видання пише про 60 затриманих.", 0, "джерела в уряді",
     false, false, false, nullptr},
};

// Cases the rules do not get yet (counted, printed, not failed): a Polish
// source with no comma before its clause runs into the clause ("Według
// szacunków organizatorów w marszu wzięło udział"); the end of a genitive
// noun phrase needs more than word lists.

TEST(AttributionRound2, AllPass) {
  testing::RunAttributionCases(
      kCases, "round 2",
      {"Według szacunków organizatorów", "Na podstawie informacji od strażaków"});
}

}  // namespace
}  // namespace parallax
