// Absolute, partial and numeric dates, times, ranges, impossible dates and
// numbers that are not dates. Sentences are this test's own writing.
#include "annotate/date_scan.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "date_test_util.h"
#include "parallax/error.h"

namespace parallax::annotate {
namespace {

using testing::Dates;
using testing::Text;

struct Case {
  const char* lang;
  const char* text;
  const char* mention;  // the date's text
  const char* value;
  const char* value_max;
  DateBasis basis;
};

void Check(const Case& c, const char* ref = "2022-01-10") {
  SCOPED_TRACE(std::string(c.lang) + ": " + c.text);
  const std::vector<DateMention> d = Dates(c.lang, c.text, ref);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(Text(c.text, d[0]), c.mention);
  EXPECT_EQ(d[0].value, c.value);
  EXPECT_EQ(d[0].value_max, c.value_max);
  EXPECT_EQ(DateBasisName(d[0].basis), DateBasisName(c.basis));
  if (*c.value != 0) {
    EXPECT_EQ(d[0].reason, "");
  }
}

constexpr DateBasis kAbs = DateBasis::kAbsolute;
constexpr DateBasis kCom = DateBasis::kCompleted;
constexpr DateBasis kTim = DateBasis::kTime;

TEST(DateScan, AbsoluteFormats) {
  const Case cases[] = {
      {"und", "Filed 2021-11-30 by the clerk.", "2021-11-30", "2021-11-30", "", kAbs},
      {"und", "Log: 2021-11-30T08:05 start", "2021-11-30T08:05", "2021-11-30T08:05", "", kAbs},
      {"und", "Log: 2021-11-30 18:45 start", "2021-11-30 18:45", "2021-11-30T18:45", "", kAbs},
      {"de", "Die Sitzung vom 03.12.2021 wurde vertagt.", "03.12.2021", "2021-12-03", "", kAbs},
      {"de", "Seit 3.2.2020 gilt die Regel.", "3.2.2020", "2020-02-03", "", kAbs},
      {"de", "Frist: 9.3.23, danach nicht.", "9.3.23", "2023-03-09", "", kAbs},
      {"de", "Geboren am 4.7.81 in Kiel.", "4.7.81", "1981-07-04", "", kAbs},
      {"fr", "Paiement reçu le 14/02/2021 au guichet.", "14/02/2021", "2021-02-14", "", kAbs},
      {"en", "The memo dated 3/4/2021 was leaked.", "3/4/2021", "2021-03-04", "", kAbs},
      {"en", "The memo dated 23/4/2021 was leaked.", "23/4/2021", "2021-04-23", "", kAbs},
      {"en", "Shipped 8/9/21 by sea.", "8/9/21", "2021-08-09", "", kAbs},
      {"pl", "Umowę podpisano 03-11-2021 w Gdańsku.", "03-11-2021", "2021-11-03", "", kAbs},
      {"de", "Er starb am 12. März 1998 in Bonn.", "12. März 1998", "1998-03-12", "", kAbs},
      {"de", "Bis 2. Feb. 2022 läuft es.", "2. Feb. 2022", "2022-02-02", "", kAbs},
      {"pl", "Dnia 3 lutego 2021 r. sąd orzekł.", "3 lutego 2021 r.", "2021-02-03", "", kAbs},
      {"pl", "Ustawa z 15 marca 2019 roku weszła w życie.", "15 marca 2019 roku", "2019-03-15", "",
       kAbs},
      {"ru", "Указ от 9 февраля 2021 года вступил в силу.", "9 февраля 2021 года", "2021-02-09", "",
       kAbs},
      {"ru", "Подписано 4 мая 2020 г. в Москве.", "4 мая 2020 г.", "2020-05-04", "", kAbs},
      {"uk", "Закон від 5 березня 2021 року набув чинності.", "5 березня 2021 року", "2021-03-05",
       "", kAbs},
      {"en", "She arrived on February 3rd, 2021 at noon.", "February 3rd, 2021 at noon",
       "2021-02-03T12:00", "", kAbs},
      {"en", "Sales fell in Nov. 2020 sharply.", "Nov. 2020", "2020-11", "", kAbs},
      {"en", "It opened on 12 Oct 2019 downtown.", "12 Oct 2019", "2019-10-12", "", kAbs},
      {"fr", "Signé le 1er mars 2021 à Lyon.", "1er mars 2021", "2021-03-01", "", kAbs},
      {"es", "Llegó el 4 de marzo de 2021 a Sevilla.", "4 de marzo de 2021", "2021-03-04", "",
       kAbs},
      {"it", "Firmato il 9 febbraio 2020 a Roma.", "9 febbraio 2020", "2020-02-09", "", kAbs},
      {"ru", "Это случилось 3-го марта 2021 года.", "3-го марта 2021 года", "2021-03-03", "", kAbs},
      {"en", "Revenue for March 2021 grew.", "March 2021", "2021-03", "", kAbs},
      {"de", "Am Mittwoch, 5. Januar 2022 kam er.", "Mittwoch, 5. Januar 2022", "2022-01-05", "",
       kAbs},
      {"en", "We met on Wednesday, January 5, 2022 again.", "Wednesday, January 5, 2022",
       "2022-01-05", "", kAbs},
  };
  for (const Case& c : cases) Check(c);
}

TEST(DateScan, YearNeedsACue) {
  const Case cases[] = {
      {"en", "The plant closed in 2019 for good.", "2019", "2019", "", kAbs},
      {"de", "Im Jahr 2018 kamen weniger.", "2018", "2018", "", kAbs},
      {"pl", "Zakład zamknięto w 2020 roku na dobre.", "2020 roku", "2020", "", kAbs},
      {"ru", "Завод закрыли в 2020 году навсегда.", "2020 году", "2020", "", kAbs},
      {"uk", "Завод закрили у 2019 році.", "2019 році", "2019", "", kAbs},
      {"fr", "L'usine a fermé en 2018 déjà.", "2018", "2018", "", kAbs},
      {"it", "La fabbrica chiuse nel 2017 del tutto.", "2017", "2017", "", kAbs},
  };
  for (const Case& c : cases) Check(c);
  // A bare four-digit number is a count, not a year.
  EXPECT_TRUE(Dates("en", "They counted 2019 ballots.").empty());
  EXPECT_TRUE(Dates("de", "Es kamen 2021 Besucher.").empty());
  EXPECT_TRUE(Dates("ru", "Пришли 2020 человек.").empty());
}

TEST(DateScan, PartialDatesAreCompleted) {
  const Case cases[] = {
      {"de", "Am 7. Januar kam der Bescheid.", "7. Januar", "2022-01-07", "", kCom},
      {"de", "Am 28. Dezember kam der Bescheid.", "28. Dezember", "2021-12-28", "", kCom},
      {"pl", "Od 20 lutego obowiązuje zakaz.", "20 lutego", "2022-02-20", "", kCom},
      {"ru", "К 3 января всё было готово.", "3 января", "2022-01-03", "", kCom},
      {"en", "By Jan. 4 the snow had melted.", "Jan. 4", "2022-01-04", "", kCom},
      {"de", "Frist bis 6.1. verlängert.", "6.1.", "2022-01-06", "", kCom},
      {"es", "El 2 de enero cerró la tienda.", "2 de enero", "2022-01-02", "", kCom},
      {"uk", "Це сталося в січні, кажуть.", "січні", "2022-01", "", kCom},
      {"pl", "Wybory odbyły się w grudniu po raz drugi.", "grudniu", "2021-12", "", kCom},
  };
  for (const Case& c : cases) Check(c);
  // Half a year either way: July is after, August before (ref January).
  Check({"en", "The vote on July 9 was close.", "July 9", "2022-07-09", "", kCom}, "2022-01-10");
  Check({"en", "The vote on July 14 was close.", "July 14", "2021-07-14", "", kCom}, "2022-01-10");
  // No reference: no value, and a reason.
  const auto d = Dates("de", "Am 7. Januar kam der Bescheid.", "");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].value, "");
  EXPECT_NE(d[0].reason.find("no reference"), std::string::npos);
}

TEST(DateScan, Times) {
  const Case cases[] = {
      // A time's span covers its time words (date_clock.h).
      {"en", "The train left at 9:45 pm sharp.", "at 9:45 pm", "T21:45", "", kTim},
      {"en", "Doors open at 7 am daily.", "at 7 am", "T07:00", "", kTim},
      {"de", "Beginn ist um 15 Uhr im Saal.", "um 15 Uhr", "T15:00", "", kTim},
      {"de", "Beginn ist 18.30 Uhr im Saal.", "18.30 Uhr", "T18:30", "", kTim},
      {"fr", "Le concert commence à 20h30 ce soir.", "à 20h30 ce soir", "2022-01-10T20:30", "",
       DateBasis::kRelative},
      {"ru", "Встреча в 14:15 у входа.", "в 14:15", "T14:15", "", kTim},
      {"pl", "Spotkanie o godz. 9:30 w sali.", "o godz. 9:30", "T09:30", "", kTim},
      {"pl", "Obrady o godz. 12.15 w sejmie.", "o godz. 12.15", "T12:15", "", kTim},
      {"pl", "W środę 5 stycznia o godz. 11.00 zaczęli.", "środę 5 stycznia o godz. 11.00",
       "2022-01-05T11:00", "", kCom},
      {"de", "Am 7. Januar 2022 um 10:30 Uhr begann es.", "7. Januar 2022 um 10:30 Uhr",
       "2022-01-07T10:30", "", kAbs},
      {"en", "It began on January 7, 2022 at 4 pm.", "January 7, 2022 at 4 pm", "2022-01-07T16:00",
       "", kAbs},
  };
  for (const Case& c : cases) Check(c);
  EXPECT_TRUE(Dates("en", "The score was 3:1 at half time.").empty());
  EXPECT_TRUE(Dates("en", "Read verse 3:16 aloud.").empty());
  EXPECT_TRUE(Dates("en", "They arrived at 10 and left.").empty());    // "at" is no hour cue
  EXPECT_TRUE(Dates("it", "Sono arrivati alle 25 persone?").empty());  // no hour 25
  EXPECT_TRUE(Dates("und", "Invalid 25:10 and 10:61 and 24:00.").empty());
}

TEST(DateScan, Ranges) {
  const Case cases[] = {
      {"de", "Das Fest läuft vom 8.-12. August 2021 im Park.", "8.-12. August 2021", "2021-08-08",
       "2021-08-12", kAbs},
      {"en", "The fair runs from 5 to 7 March 2021 downtown.", "5 to 7 March 2021", "2021-03-05",
       "2021-03-07", kAbs},
      {"ru", "Выставка пройдёт 5-7 февраля в Казани.", "5-7 февраля", "2022-02-05", "2022-02-07",
       kCom},
      {"en", "Talks ran March 2-4, 2021 in Oslo.", "March 2-4, 2021", "2021-03-02", "2021-03-04",
       kAbs},
      {"de", "Geöffnet 06.12.2021 - 09.12.2021 täglich.", "06.12.2021 - 09.12.2021", "2021-12-06",
       "2021-12-09", kAbs},
      {"pl", "Targi od 3 do 6 marca 2021 roku w Poznaniu.", "3 do 6 marca 2021 roku", "2021-03-03",
       "2021-03-06", kAbs},
      // A bare day before a numeric date, and a partial date before a full one.
      {"de", "Gesperrt ist die Strecke am 14.-16.3. wegen Bauarbeiten.", "14.-16.3.", "2022-03-14",
       "2022-03-16", kCom},
      {"de", "Die Messe lief 3./4.11.2021 in Halle 5.", "3./4.11.2021", "2021-11-03", "2021-11-04",
       kAbs},
      {"de", "Geöffnet vom 20.12. bis zum 02.01.2022 täglich.", "20.12. bis zum 02.01.2022",
       "2021-12-20", "2022-01-02", kAbs},
      {"ru", "Учения шли с 14.10 по 16.10.2021 года.", "14.10 по 16.10.2021", "2021-10-14",
       "2021-10-16", kAbs},
  };
  for (const Case& c : cases) Check(c);
}

TEST(DateScan, WeekdayAbbreviationsOnlyBeforeADate) {
  const Case cases[] = {
      {"de", "Termin: Fr, 18. Februar 2022 im Rathaus.", "Fr, 18. Februar 2022", "2022-02-18", "",
       kAbs},
      {"en", "Posted Wed, 5 Jan 2022 by the desk.", "Wed, 5 Jan 2022", "2022-01-05", "", kAbs},
      {"ru", "Опубликовано: пт, 7 января 2022 года.", "пт, 7 января 2022 года", "2022-01-07", "",
       kAbs},
      {"pl", "Dyżur: śr. 12.01.2022 od rana.", "śr. 12.01.2022", "2022-01-12", "", kAbs},
  };
  for (const Case& c : cases) Check(c);
  // Alone, an abbreviation is a word ("so", "do", "mar") and no date.
  EXPECT_TRUE(Dates("de", "Er sagte so wenig wie möglich.").empty());
  EXPECT_TRUE(Dates("fr", "Il a vu la mer et le ciel.").empty());
}

TEST(DateScan, ImpossibleDatesAreFlaggedNotValued) {
  for (const char* text :
       {"Zahlung am 31.02.2022 fällig.", "Stamp 2022-13-01 seen.", "Termin 30.02.21 geplatzt."}) {
    SCOPED_TRACE(text);
    const auto d = Dates("de", text);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].value, "");
    EXPECT_NE(d[0].reason.find("not a valid date"), std::string::npos);
  }
  const auto d = Dates("ru", "Срок 30 февраля 2021 года истёк.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].value, "");
  EXPECT_EQ(Dates("de", "29.02.2020 war ein Schalttag.")[0].value, "2020-02-29");
  EXPECT_EQ(Dates("de", "29.02.2021 gab es nicht.")[0].value, "");
}

TEST(DateScan, NumbersThatAreNotDates) {
  for (const char* text :
       {"COVID-19 cases rose.", "Version 1.10.22.4 shipped.", "Pi is 3.14.15 roughly?",
        "Score 2-1 after 90 minutes.", "Ratio 16/9 screens.", "Section 3.2 explains it.",
        "He got 12 of 20 answers.", "Call 555-12-34 soon."}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(Dates("en", text).empty());
  }
}

TEST(DateScan, MoreLanguages) {
  const Case cases[] = {
      {"es", "La reunión empieza a las 9:15 en punto.", "a las 9:15", "T09:15", "", kTim},
      {"it", "Il treno parte alle 7:05 da Milano.", "alle 7:05", "T07:05", "", kTim},
      {"uk", "Зустріч о 10:30 біля входу.", "о 10:30", "T10:30", "", kTim},
      {"it", "La seduta riprende alle 16 in aula.", "alle 16", "T16:00", "", kTim},
      {"es", "Abren a las 9 cada día.", "a las 9", "T09:00", "", kTim},
      {"pl", "Start o godz. 8 przy ratuszu.", "o godz. 8", "T08:00", "", kTim},
      {"und", "Build 2021/11/30 passed.", "2021/11/30", "2021-11-30", "", kAbs},
      {"und", "Stempel 2021.11.30 lesbar.", "2021.11.30", "2021-11-30", "", kAbs},
      {"fr", "Le procès reprend le 3 janvier au tribunal.", "3 janvier", "2022-01-03", "", kCom},
      {"it", "Il 5 gennaio riapre il museo.", "5 gennaio", "2022-01-05", "", kCom},
      {"uk", "Сесія відбудеться 20 січня у Києві.", "20 січня", "2022-01-20", "", kCom},
      {"es", "Feria del 5 al 7 de marzo de 2021 en Bilbao.", "5 al 7 de marzo de 2021",
       "2021-03-05", "2021-03-07", kAbs},
      {"it", "Mostra dal 3 al 5 febbraio a Torino.", "3 al 5 febbraio", "2022-02-03", "2022-02-05",
       kCom},
      {"fr", "Salon du 5 au 7 avril 2021 à Nantes.", "5 au 7 avril 2021", "2021-04-05",
       "2021-04-07", kAbs},
      {"uk", "Форум з 5 по 7 квітня 2021 року у Львові.", "5 по 7 квітня 2021 року", "2021-04-05",
       "2021-04-07", kAbs},
      {"es", "Desde 2015 no llovía tanto.", "2015", "2015", "", kAbs},
      {"ru", "В мае 2021 года цены росли.", "мае 2021 года", "2021-05", "", kAbs},
      {"pl", "Ceny rosły w maju 2021 r. szybko.", "maju 2021 r.", "2021-05", "", kAbs},
      {"uk", "Ціни зростали у травні 2021 року.", "травні 2021 року", "2021-05", "", kAbs},
      {"es", "El jueves 6 de enero llegó la nieve.", "jueves 6 de enero", "2022-01-06", "", kCom},
      {"it", "Giovedì 6 gennaio 2022 è arrivata la neve.", "Giovedì 6 gennaio 2022", "2022-01-06",
       "", kAbs},
  };
  for (const Case& c : cases) Check(c);
}

TEST(DateScan, HostileInputIsBoundedAndSafe) {
  std::string digits(1 << 20, '7');
  EXPECT_TRUE(Dates("de", digits).empty());
  std::string many;
  for (int i = 0; i < 10000; ++i) many += "12.13.2022 ";
  EXPECT_EQ(Dates("de", many).size(), 10000u);  // all impossible, none valued
  std::string junk;
  for (int i = 0; i < 100000; ++i) junk += static_cast<char>((i * 7919) % 256);
  (void)Dates("ru", junk);
  std::string dots;
  for (int i = 0; i < 20000; ++i) dots += "1.";
  (void)Dates("de", dots);
}

// Whether `v` is a well-formed value: YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD
// (a real day), any of the day forms with THH:MM, or THH:MM alone.
bool WellFormed(const std::string& v) {
  auto digits = [&](size_t pos, size_t n) {
    if (pos + n > v.size()) return -1;
    int out = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (v[i] < '0' || v[i] > '9') return -1;
      out = out * 10 + (v[i] - '0');
    }
    return out;
  };
  auto time_ok = [&](size_t pos) {
    return v.size() == pos + 6 && v[pos] == 'T' && v[pos + 3] == ':' && digits(pos + 1, 2) >= 0 &&
           digits(pos + 1, 2) < 24 && digits(pos + 4, 2) >= 0 && digits(pos + 4, 2) < 60;
  };
  if (!v.empty() && v[0] == 'T') return time_ok(0);
  if (digits(0, 4) < 0) return false;
  if (v.size() == 4) return true;
  if (v.size() == 8 && v[5] == 'W') return digits(6, 2) >= 1 && digits(6, 2) <= 53;
  const int m = digits(5, 2);
  if (v[4] != '-' || m < 1 || m > 12) return false;
  if (v.size() == 7) return true;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int y = digits(0, 4), d = digits(8, 2);
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (v[7] != '-' || d < 1 || d > kDays[m - 1] || (m == 2 && d == 29 && !leap)) return false;
  return v.size() == 10 || time_ok(10);
}

TEST(DateScan, RandomTokenSoupKeepsTheContract) {
  const char* pieces[] = {
      "12", "2022",    "7",    "31",           "02",         "1999",   ".",     "-",    "/",
      ":",  " ",       ", ",   "Januar",       "stycznia",   "января", "March", "um",   "Uhr",
      "pm", "gestern", "vor",  "Tagen",        "last",       "week",   "roku",  "года", "bis",
      "th", "T",       "\xd0", "\xe2\x80\x93", "Donnerstag", "в",      "w",     "in"};
  const char* langs[] = {"en", "de", "pl", "ru"};
  uint32_t seed = 12345;
  size_t valued = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(seed % 12);
    for (int k = 0; k < n; ++k) {
      seed = seed * 1103515245u + 12345u;
      text += pieces[(seed >> 16) % (sizeof pieces / sizeof *pieces)];
    }
    const char* lang = langs[round % 4];
    uint32_t previous = 0;
    for (const DateMention& d : Dates(lang, text)) {
      ASSERT_LT(d.span.start, d.span.end) << text;
      ASSERT_LE(d.span.end, text.size()) << text;
      ASSERT_GE(d.span.start, previous) << text;
      previous = d.span.end;
      if (d.value.empty()) {
        EXPECT_FALSE(d.reason.empty()) << lang << ": " << text;
      } else {
        EXPECT_TRUE(WellFormed(d.value)) << lang << ": " << text << " -> " << d.value;
        ++valued;
        if (!d.value_max.empty()) {
          EXPECT_TRUE(WellFormed(d.value_max)) << text;
          EXPECT_LT(d.value, d.value_max) << text;
        }
      }
    }
  }
  EXPECT_GT(valued, 200u);  // the soup does hold dates
}

TEST(DateScan, SpelledOrdinalDay) {
  const std::string text = "It happened on the sixth of January 2021.";
  const auto d = Dates("en", text, "2022-01-10", {testing::Spelled(text, "sixth", 6, true)});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].value, "2021-01-06");
  EXPECT_EQ(Text(text, d[0]), "sixth of January 2021");
}

TEST(DateLexicon, MalformedLineNamesFileAndLine) {
  const std::string dir = ::testing::TempDir() + "/date_lex_bad";
  std::filesystem::create_directories(dir + "/xx");
  {
    std::ofstream out(dir + "/xx/date_words.tsv");
    out << "# header\nheute\trelday\t0\nfoo\tbogus\n";
  }
  try {
    DateLexicon::Load(dir, "xx");
    FAIL() << "no DataError";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("date_words.tsv:3"), std::string::npos) << e.what();
  }
  // A language with no files knows numeric dates only.
  EXPECT_EQ(FindDateMentions("am 06.01.2022", {}, *DateLexicon::Load(dir, "zz"),
                             testing::Ref("2022-01-10"))[0]
                .value,
            "2022-01-06");
}

}  // namespace
}  // namespace parallax::annotate
