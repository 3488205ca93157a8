// Quote speakers, second batch (issue 6, item 3), written unlike the first
// (quote_speakers_fresh_test.cc): long news sentences with the speaker far
// from the quote, speakers introduced with titles and descriptions, quotes
// that go on in the next paragraph, two speakers in turn, a quote inside
// indirect speech, "according to X, '...'", a quote introduced by a noun
// ("In a statement, the ministry said:"), unnamed and plural speakers that
// must stay unnamed, and quoted words with no speaker. Every passage was
// written for this test; names are invented.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes.h"
#include "annotate/speech_test_util.h"

namespace parallax {
namespace {

using testing::Speech;
using testing::SpeechDoc;
using testing::Who;

// What a passage's quote must get.
//   a name or a word: the speaker entity or the speaker as written holds it
//     (an inflected name is given by its stem: "Malinowsk");
//   kUnnamed: the quote is found and has no speaker ("a witness said");
//   kNoSpeech: the words are no speech: no quote, or one with no speaker.
constexpr const char* kUnnamed = "";
constexpr const char* kNoSpeech = "-";

struct Case {
  const char* lang;
  const char* text;
  const char* part;     // words inside the quote
  const char* speaker;  // see above
  // Not reached yet (reported in the tally, not a failure): a subject
  // longer than a speaker clause, German verb-second order after an
  // adverbial ("In einer Erklärung teilte das Ministerium mit:"), a quote
  // introduced by a noun with no verb ("У заяві ... йдеться:").
  bool known_gap = false;
};

const Case kCases[] = {
    // English.
    {"en",
     "\"We evacuated the ground floor first and then the maternity ward,\" said Ruth Adler, the "
     "hospital's director.\n\n\"By midnight the water had reached the second step of the main "
     "stairs.\"",
     "second step", "Ruth Adler"},
    {"en",
     "Maria Keller, an epidemiologist at the University of Leeds who has studied cholera in "
     "refugee camps for two decades, warned that the settlement was \"days away from a serious "
     "outbreak\".",
     "days away", "Maria Keller", true},
    {"en",
     "According to Samuel Osei, who coordinates the volunteer kitchens, \"nobody has gone hungry "
     "yet, but the flour will not last the week.\"",
     "flour will not", "Samuel Osei"},
    {"en",
     "In a statement released late on Monday, the Ministry of Transport said: \"All rail services "
     "in the region are suspended until the embankments have been inspected.\"",
     "rail services", "Ministry of Transport"},
    {"en",
     "\"The water came through the floorboards in minutes,\" said one resident, who did not want "
     "to give her name.",
     "floorboards", kUnnamed},
    {"en",
     "Firefighters Liam Doyle and Nora Price were the first to reach the building. \"The "
     "stairwell was already full of smoke,\" Doyle said. \"We went up anyway,\" Price added.",
     "went up anyway", "Nora Price"},
    {"en",
     "Two nurses at the clinic told reporters on Thursday: \"We have not been paid since March "
     "and we are still coming in every day.\"",
     "not been paid", kUnnamed},
    {"en",
     "Protesters carried a banner reading \"Rebuild our homes, not your careers\" past the town "
     "hall.",
     "Rebuild our homes", kNoSpeech},
    // German.
    {"de",
     "„Wir haben die Deiche seit Jahren nicht verstärkt“, sagte am Dienstag in Magdeburg der "
     "Präsident des Landesamts für Hochwasserschutz, Bernd Scholz.",
     "Deiche seit Jahren", "Bernd Scholz"},
    {"de",
     "Laut Sabine Krüger, der Leiterin der Tafel in Riesa, „reicht das Mehl höchstens noch bis "
     "Freitag“.",
     "reicht das Mehl", "Sabine Krüger"},
    {"de",
     "In einer Erklärung teilte das Innenministerium mit: „Alle Notunterkünfte sind geöffnet und "
     "ausreichend beheizt.“",
     "Notunterkünfte", "Innenministerium", true},
    {"de",
     "„Das Wasser stand plötzlich in der Küche“, erzählte eine Anwohnerin, die ihren Namen nicht "
     "nennen wollte.",
     "in der Küche", kUnnamed},
    {"de",
     "Die Ärztin Lena Fuchs und der Pfleger Tim Becker arbeiten seit drei Tagen ohne Pause. „Wir "
     "schlafen hier im Flur“, sagte Fuchs. „Und wir essen, wenn gerade Zeit ist“, ergänzte "
     "Becker.",
     "wir essen", "Tim Becker"},
    {"de",
     "Der Virologe Jonas Albrecht, der an der Universität Leipzig forscht, warnte, die Lage sei "
     "„ernst, aber noch beherrschbar“.",
     "noch beherrschbar", "Jonas Albrecht"},
    // French.
    {"fr",
     "« Nous n'avons reçu aucune consigne avant minuit », a déclaré mardi soir à l'AFP le "
     "directeur de l'hôpital, Thierry Masson.",
     "aucune consigne", "Thierry Masson"},
    {"fr",
     "Selon Hélène Rousseau, médecin urgentiste à Nîmes, « les blessés arrivent par vagues depuis "
     "ce matin ».",
     "arrivent par vagues", "Hélène Rousseau"},
    {"fr",
     "Dans un communiqué, la préfecture a indiqué : « La circulation reste interdite sur "
     "l'ensemble des routes départementales. »",
     "circulation reste", "préfecture"},
    {"fr", "« On a tout perdu, même les photos », confie une habitante du quartier.", "tout perdu",
     kUnnamed},
    {"fr",
     "« Le toit s'est effondré vers trois heures », raconte Julien Petit, boulanger.\n\n« Ma "
     "femme et mes enfants dormaient à l'étage, heureusement ils sont sortis à temps. »",
     "sortis à temps", "Julien Petit"},
    {"fr",
     "Des sauveteurs interrogés sur place ont résumé la situation : « Nous cherchons encore au "
     "moins six personnes. »",
     "cherchons encore", kUnnamed},
    // Spanish.
    {"es",
     "\"No hay agua potable en todo el barrio desde el sábado\", explicó por teléfono a este "
     "diario la directora del centro de salud, Rocío Navarro.",
     "agua potable", "Rocío Navarro"},
    {"es",
     "Según Ernesto Vidal, portavoz de la Cruz Roja en Valencia, \"la prioridad ahora son las "
     "personas mayores que viven solas\".",
     "personas mayores", "Ernesto Vidal"},
    {"es",
     "En un comunicado, el Ministerio del Interior señaló: \"Se han desplegado todas las unidades "
     "disponibles en la provincia\".",
     "unidades disponibles", "Ministerio del Interior"},
    {"es",
     "\"El río se llevó los coches como si fueran de papel\", relató un vecino que prefirió no "
     "dar su nombre.",
     "como si fueran", kUnnamed},
    {"es",
     "La bombera Laura Campos y el sargento Diego Herrera coordinaron el rescate. \"Encontramos a "
     "la familia en el tejado\", dijo Campos. \"Tardamos dos horas en bajarlos\", añadió Herrera.",
     "Tardamos dos horas", "Diego Herrera"},
    {"es",
     "El alcalde, Vicente Mora, aseguró que la respuesta de la administración fue \"lenta y "
     "desordenada\".",
     "lenta y desordenada", "Vicente Mora"},
    // Polish.
    {"pl",
     "„Nikt nas nie uprzedził, że wały mogą nie wytrzymać” – mówi w rozmowie z nami Zbigniew "
     "Nowicki, sołtys jednej z zalanych wsi.",
     "wały mogą", "Zbigniew Nowicki"},
    {"pl",
     "Według Agnieszki Malinowskiej, lekarki ze szpitala w Nysie, „ranni trafiają do nas przez "
     "całą noc”.",
     "ranni trafiają", "Malinowsk"},
    {"pl",
     "W oświadczeniu przesłanym mediom ministerstwo zdrowia napisało: „Wszystkie szpitale w "
     "regionie pracują w trybie kryzysowym”.",
     "trybie kryzysowym", "ministerstwo"},
    {"pl",
     "„Woda weszła do domu w kilka minut” – opowiada jedna z mieszkanek, która nie chciała podać "
     "nazwiska.",
     "kilka minut", kUnnamed},
    {"pl",
     "Strażacy Marek Wilk i Paweł Sikora przez sześć godzin szukali zaginionych. „Słyszeliśmy "
     "wołanie spod gruzów” – powiedział Wilk. „Potem wszystko ucichło” – dodał Sikora.",
     "wszystko ucichło", "Paweł Sikora"},
    {"pl",
     "„Zostaliśmy bez prądu i bez wody” – mówi Halina Dudek, emerytka z Kłodzka.\n\n„Sąsiedzi "
     "przynoszą nam chleb, ale ile można tak żyć?”",
     "przynoszą nam chleb", "Halina Dudek"},
    // Russian.
    {"ru",
     "«Мы не получали никаких предупреждений до самого утра», — рассказал в интервью местному "
     "телеканалу глава администрации посёлка Сергей Морозов.",
     "никаких предупреждений", "Сергей Морозов"},
    {"ru", "По словам Елены Смирновой, врача районной больницы, «раненых привозят каждые полчаса».",
     "раненых привозят", "Смирнов"},
    {"ru",
     "В заявлении, опубликованном на сайте ведомства, МЧС сообщило: «Все эвакуированные "
     "размещены в пунктах временного размещения».",
     "Все эвакуированные", "МЧС"},
    {"ru", "«Вода пришла ночью, мы ничего не успели вынести», — говорит одна из жительниц дома.",
     "ничего не успели", kUnnamed},
    {"ru",
     "Спасатели Игорь Лебедев и Павел Егоров первыми добрались до дома. «Крыша держалась на одной "
     "балке», — сказал Лебедев. «Мы вывели всех за десять минут», — добавил Егоров.",
     "вывели всех", "Павел Егоров"},
    {"ru",
     "Так ситуацию описал начальник пожарной части Виктор Зайцев: «Огонь удалось остановить "
     "только у реки».",
     "только у реки", "Виктор Зайцев"},
    // Ukrainian.
    {"uk",
     "«Ми не встигли вивезти навіть документи», — розповіла журналістам у п'ятницю вчителька "
     "місцевої школи Оксана Мельник.",
     "навіть документи", "Оксана Мельник"},
    {"uk",
     "За словами Тараса Кравця, речника обласної військової адміністрації, «ситуація "
     "залишається складною, але контрольованою».",
     "залишається складною", "Крав"},
    {"uk",
     "У заяві міністерства охорони здоров'я йдеться: «Усі лікарні області працюють у посиленому "
     "режимі».",
     "посиленому режимі", "міністерств"},
    {"uk", "«Вибух був такий, що вилетіли всі вікна», — каже один із мешканців будинку.",
     "вилетіли всі вікна", kUnnamed},
    {"uk",
     "Лікарі Наталія Бойко та Юрій Гуменюк чергують третю добу поспіль. «Ми спимо по дві "
     "години», — сказала Бойко. «Пацієнтів стає дедалі більше», — додав Гуменюк.",
     "Пацієнтів стає", "Юрій Гуменюк"},
    {"uk",
     "Уздовж траси волонтери встановили щити з написом «Тримайся, рідне місто» та номерами "
     "гарячої лінії.",
     "рідне місто", kNoSpeech},
};

bool Passes(const Case& c, const Quote* hit) {
  const std::string want = c.speaker;
  if (want == kNoSpeech) return hit == nullptr || Who(*hit).empty();
  if (hit == nullptr) return false;
  if (want.empty()) return Who(*hit).empty();
  return Who(*hit).find(want) != std::string::npos || hit->speaker.find(want) != std::string::npos;
}

TEST(QuoteSpeakersRound2, EveryPassageGetsItsSpeaker) {
  testing::CaseTally tally("round2 speakers");
  for (const Case& c : kCases) {
    const std::string text = c.text;
    Document doc = SpeechDoc(text, c.lang);
    annotate::FindQuotes(Speech(), doc);
    std::string got;
    const Quote* hit = testing::QuoteHolding(doc, text, c.part, true, &got);
    tally.Record(c.lang, Passes(c, hit), c.known_gap, c.text, c.speaker, got);
  }
  tally.Print();
}

}  // namespace
}  // namespace parallax
