// Clock times, time ranges, parts of the day and times from now
// (date_clock.cc, date_day_parts.cc) through the whole annotator, so hours
// in words come from the number layer. Reference 2022-03-17T09:40, a
// Thursday; "d" cases use the day alone.
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
  const char* value_max = "";
};

void Check(const Case& c, const char* ref = kRef) {
  SCOPED_TRACE(std::string(c.lang) + ": " + c.text);
  const std::string text = c.text;
  const Annotations a = TheAnnotator().AnnotateText(text, c.lang, ParseReferenceTime(ref));
  ASSERT_EQ(a.dates.size(), 1u);
  const DateMention& d = a.dates[0];
  EXPECT_EQ(text.substr(d.span.start, d.span.end - d.span.start), c.mention);
  EXPECT_EQ(d.value, c.value);
  EXPECT_EQ(d.value_max, c.value_max);
}

template <size_t N>
void CheckAll(const Case (&cases)[N]) {
  for (const Case& c : cases) Check(c);
}

// No clock time in `text`: no date at all, or none with a time.
bool NoTime(const char* lang, const std::string& text) {
  const Annotations a = TheAnnotator().AnnotateText(text, lang, ParseReferenceTime(kRef));
  for (const DateMention& d : a.dates) {
    if (d.value.find('T') != std::string::npos) return false;
  }
  return true;
}

TEST(DateClock, HoursAndMinutesInWords) {
  const Case cases[] = {
      {"de", "Die Sitzung begann um Viertel nach zehn.", "um Viertel nach zehn", "T10:15"},
      {"de", "Sie trafen sich um halb elf.", "um halb elf", "T10:30"},
      {"fr", "Le scrutin a fermé à dix-sept heures quarante-cinq.",
       "à dix-sept heures quarante-cinq", "T17:45"},
      {"fr", "Le sommet reprend à midi et quart.", "à midi et quart", "T12:15"},
      {"es", "El juicio se reanudó a las doce menos diez.", "a las doce menos diez", "T11:50"},
      {"it", "Il consiglio si è riunito alle nove e un quarto.", "alle nove e un quarto", "T09:15"},
      {"pl", "Obrady wznowiono o dwudziestej.", "o dwudziestej", "T20:00"},
      {"pl", "Pociąg ruszył kwadrans po szóstej.", "kwadrans po szóstej", "T06:15"},
      {"ru", "Штурм начался в пять часов утра.", "в пять часов утра", "T05:00"},
      {"uk", "Засідання відкрили о дев’ятій ранку.", "о дев’ятій ранку", "T09:00"},
      {"en", "The polls closed at ten to nine.", "at ten to nine", "T08:50"},
      {"en", "Flights resumed at half past seven in the evening.",
       "at half past seven in the evening", "T19:30"},
  };
  CheckAll(cases);
}

TEST(DateClock, QualifiersAndClockWordsAreInTheSpan) {
  const Case cases[] = {
      {"de", "Die Polizei kam gegen 22 Uhr.", "gegen 22 Uhr", "T22:00"},
      {"de", "Die Bombe wurde ca. um 4 Uhr entschärft.", "ca. um 4 Uhr", "T04:00"},
      {"en", "The raid began at around 11 pm.", "at around 11 pm", "T23:00"},
      {"fr", "Les pompiers sont arrivés vers 6h30.", "vers 6h30", "T06:30"},
      {"ru", "Колонна вышла около 7 часов.", "около 7 часов", "T07:00"},
      {"pl", "Zebranie skończyło się około 14:00.", "około 14:00", "T14:00"},
      {"it", "I colpi sono partiti intorno alle 21.", "intorno alle 21", "T21:00"},
      {"es", "Llegaron sobre las 10 de la noche.", "sobre las 10 de la noche", "T22:00"},
      {"en", "The curfew starts at midnight.", "at midnight", "T00:00"},
      {"pl", "Rozejm wszedł w życie o północy.", "o północy", "T00:00"},
      {"ru", "Перемирие началось в полночь.", "в полночь", "T00:00"},
  };
  CheckAll(cases);
}

TEST(DateClock, PartsOfTheDayBelongToTheirDay) {
  const Case cases[] = {
      {"de", "Gestern Nachmittag wurde gestreikt.", "Gestern Nachmittag", "2022-03-16T12",
       "2022-03-16T18"},
      {"de", "Am Mittwochabend fiel der Strom aus.", "Mittwochabend", "2022-03-16T18",
       "2022-03-16T23"},
      {"de", "Morgen früh um 7 schließt die Brücke.", "Morgen früh um 7", "2022-03-18T07:00"},
      {"en", "Strikes are planned this afternoon.", "this afternoon", "2022-03-17T12",
       "2022-03-17T18"},
      {"fr", "Hier matin, la grève a commencé.", "Hier matin", "2022-03-16T04", "2022-03-16T11"},
      {"fr", "Le vote aura lieu ce soir à 21h.", "ce soir à 21h", "2022-03-17T21:00"},
      {"es", "Anoche hubo cortes de luz.", "Anoche", "2022-03-16T18", "2022-03-17T05"},
      {"it", "Stamattina è crollato un ponte.", "Stamattina", "2022-03-17T04", "2022-03-17T11"},
      {"pl", "Wczoraj wieczorem padał deszcz.", "Wczoraj wieczorem", "2022-03-16T18",
       "2022-03-16T23"},
      {"ru", "Вчера утром прошёл дождь.", "Вчера утром", "2022-03-16T04", "2022-03-16T11"},
      {"uk", "Сьогодні ввечері буде концерт.", "Сьогодні ввечері", "2022-03-17T18",
       "2022-03-17T23"},
      // A part of the day with no day: hours only.
      {"de", "Abends ist die Innenstadt gesperrt.", "Abends", "T18", "T23"},
  };
  CheckAll(cases);
}

TEST(DateClock, NightsEndOnTheDayTheyAreNamedAfter) {
  const Case cases[] = {
      {"de", "In der Nacht auf Sonntag schneite es.", "In der Nacht auf Sonntag", "2022-03-12T22",
       "2022-03-13T05"},
      {"ru", "В ночь на среду выпал снег.", "В ночь на среду", "2022-03-15T22", "2022-03-16T05"},
      {"uk", "У ніч проти суботи випав сніг.", "У ніч проти суботи", "2022-03-11T22",
       "2022-03-12T05"},
      {"pl", "W nocy z soboty na niedzielę spadł śnieg.", "W nocy z soboty na niedzielę",
       "2022-03-12T22", "2022-03-13T05"},
      {"fr", "Dans la nuit de mardi à mercredi, un incendie a éclaté.",
       "Dans la nuit de mardi à mercredi", "2022-03-15T22", "2022-03-16T05"},
      {"en", "The storm hit last night.", "last night", "2022-03-16T18", "2022-03-17T05"},
      // Today's night is the one that ended this morning (news report it).
      {"de", "Heute Nacht brannte ein Auto.", "Heute Nacht", "2022-03-16T22", "2022-03-17T05"},
  };
  CheckAll(cases);
}

TEST(DateClock, TimeRanges) {
  const Case cases[] = {
      {"de", "Die Messe ist von 14 bis 16 Uhr geöffnet.", "von 14 bis 16 Uhr", "T14:00", "T16:00"},
      {"de", "Die Schicht läuft von 22 bis 6 Uhr.", "von 22 bis 6 Uhr", "T22:00", "T06:00"},
      {"de", "Am Montag von 8 bis 12 Uhr bleibt das Amt zu.", "Montag von 8 bis 12 Uhr",
       "2022-03-14T08:00", "2022-03-14T12:00"},
      {"en", "The office is open between 9 and 11 am.", "between 9 and 11 am", "T09:00", "T11:00"},
      {"fr", "Le musée ouvre de 10h à 12h30.", "de 10h à 12h30", "T10:00", "T12:30"},
      {"fr", "La pause dure de 11h30 à 1h30.", "de 11h30 à 1h30", "T11:30", "T13:30"},
      {"ru", "Приём идёт с 10 до 12 часов.", "с 10 до 12 часов", "T10:00", "T12:00"},
      {"pl", "Sklep działa od 8:00 do 16:00.", "od 8:00 do 16:00", "T08:00", "T16:00"},
      {"uk", "Прийом триває 9:15-13:45.", "9:15-13:45", "T09:15", "T13:45"},
  };
  CheckAll(cases);
}

TEST(DateClock, TimesFromNow) {
  const Case cases[] = {
      {"de", "Vor drei Stunden gab es ein Beben.", "Vor drei Stunden", "2022-03-17T06:40"},
      {"de", "In 45 Minuten beginnt das Spiel.", "In 45 Minuten", "2022-03-17T10:25"},
      {"fr", "Il y a 30 minutes, la route a rouvert.", "Il y a 30 minutes", "2022-03-17T09:10"},
      {"es", "Hace 12 horas que no llueve.", "Hace 12 horas", "2022-03-16T21:40"},
      {"ru", "Через два часа начнётся матч.", "Через два часа", "2022-03-17T11:40"},
      {"pl", "Pociąg odjechał 2 godziny temu.", "2 godziny temu", "2022-03-17T07:40"},
  };
  CheckAll(cases);
  // Without the reference's time: its day.
  Check({"it", "Il treno è partito 3 ore fa.", "3 ore fa", "2022-03-17"}, "2022-03-17");
  // After a figure, "in" + hours is how long something took.
  EXPECT_TRUE(NoTime("en", "The storm dumped 60 mm of rain in 90 minutes."));
  EXPECT_TRUE(NoTime("de", "Er lief 10 km in 40 Minuten."));
}

TEST(DateClock, ATimeThenItsDay) {
  const Case cases[] = {
      {"de", "Das Urteil fiel um 17 Uhr am Dienstag.", "um 17 Uhr am Dienstag", "2022-03-15T17:00"},
      {"en", "The plane landed at 6 pm yesterday.", "at 6 pm yesterday", "2022-03-16T18:00"},
      {"fr", "La séance reprend à 20h demain.", "à 20h demain", "2022-03-18T20:00"},
      {"ru", "Матч начнётся в 15 часов завтра.", "в 15 часов завтра", "2022-03-18T15:00"},
  };
  CheckAll(cases);
}

TEST(DateClock, NumbersThatAreNoTimes) {
  // Regression: "at 6.45 percent" was read as a time.
  EXPECT_TRUE(NoTime("en", "Yields closed at 6.45 percent."));
  EXPECT_TRUE(NoTime("de", "Der Kurs fiel um 3.50 Euro."));
  EXPECT_TRUE(NoTime("de", "Der Kurs fiel um 3 Prozent."));
  EXPECT_TRUE(NoTime("en", "The home side won 3:1 on Sunday."));
  EXPECT_TRUE(NoTime("en", "Sales rose from two to four."));
  EXPECT_TRUE(NoTime("en", "At 10 to 15 sites the vote was delayed."));
  EXPECT_TRUE(NoTime("en", "At first, nobody came."));
  EXPECT_TRUE(NoTime("fr", "Les négociations ont duré 15 heures."));
  EXPECT_TRUE(NoTime("fr", "Après trois heures et demie de route, ils sont arrivés."));
  EXPECT_TRUE(NoTime("fr", "Il a compté deux trois fois."));
  EXPECT_TRUE(NoTime("pl", "Mówił o pierwszej wojnie światowej."));
  EXPECT_TRUE(NoTime("pl", "Od 2 do 5 lat więzienia."));
  EXPECT_TRUE(NoTime("ru", "Собрание пройдёт в первый понедельник апреля."));
  EXPECT_TRUE(NoTime("ru", "Учения шли с 14.10 по 16.10.2021 года."));
  // Ordinals are hours only where hours are said so, and only before the end
  // of the clause or a word that goes on with the time.
  EXPECT_TRUE(NoTime("pl", "Z drugiej strony rząd milczy."));
  EXPECT_TRUE(NoTime("pl", "Mówiła o pierwszych świętach bez niego."));
  EXPECT_TRUE(NoTime("es", "Volvió a la primera línea del partido."));
  EXPECT_TRUE(NoTime("es", "Desde las primeras horas hubo colas."));
  // A from-word is no time word: "en l'espace de deux heures" is a duration.
  EXPECT_TRUE(NoTime("fr", "Il a tout vendu en l'espace de deux heures lundi."));
  // After a part of the day, a capitalised noun makes the number a count.
  Check({"de", "Der Sender zeigte am Freitagabend ab 2 Folgen der Serie.", "Freitagabend",
         "2022-03-11T18", "2022-03-11T23"});
  // "30" counts the people, it is no minute.
  Check({"de", "Um 15 Uhr 30 Demonstranten.", "Um 15 Uhr", "T15:00"});
}

TEST(DateClock, BadInputStaysBounded) {
  std::string many;
  for (int k = 0; k < 5000; ++k) many += "gegen 15 Uhr, ";
  EXPECT_EQ(TheAnnotator().AnnotateText(many, "de", ParseReferenceTime(kRef)).dates.size(), 5000u);
  std::string scores;
  for (int k = 0; k < 10000; ++k) scores += "1:1 ";
  EXPECT_TRUE(TheAnnotator().AnnotateText(scores, "en", ParseReferenceTime(kRef)).dates.empty());
  std::string digits(400, '7');
  EXPECT_TRUE(TheAnnotator()
                  .AnnotateText("um " + digits + " Uhr", "de", ParseReferenceTime(kRef))
                  .dates.empty());
}

}  // namespace
}  // namespace parallax
