// Tests of the date sources read from visible text (dates_meta): two-digit
// years, dates glued to a label or a time, year-first dates, date ranges,
// news datelines opening a paragraph, "other" phrases (profiles, copyright)
// and wording that beats a bare date. Every line here is written for these
// tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/dates_meta.h"
#include "parallax/data_dir.h"
#include "parallax/error.h"
#include "parallax/html_text.h"
#include "parallax/text_meta.h"

namespace parallax {
namespace {

const dates::Lexicon& Lex() {
  static const dates::Lexicon* lexicon = new dates::Lexicon(FindDataDir());
  return *lexicon;
}

// The ISO dates FindDates reads in `line`.
std::vector<std::string> Found(std::string_view line, std::string_view lang = "de") {
  std::vector<std::string> out;
  for (const dates::FoundDate& d : dates::FindDates(line, &Lex(), lang, dates::MonthFirst(lang))) {
    out.push_back(d.iso);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(VisibleDateTest, TwoDigitYearWithDots) {
  EXPECT_EQ(Found("Erschienen 14.03.21"), V{"2021-03-14"});
  EXPECT_EQ(Found("Sonntag, 07.11.04 | Leserbriefe"), V{"2004-11-07"});
  EXPECT_EQ(Found("28.02.99"), V{"1999-02-28"});
  // Not a date: version numbers, longer runs, one-digit month, slashes, a
  // year outside 1990-2035, an impossible day.
  EXPECT_EQ(Found("Firmware v1.10.22 behebt Fehler"), V{});
  EXPECT_EQ(Found("Paket 2.11.20.4 installiert"), V{});
  EXPECT_EQ(Found("Abschnitt 4.12.21.b"), V{});
  EXPECT_EQ(Found("am 3.5.21 geliefert"), V{});
  EXPECT_EQ(Found("14/03/21"), V{});
  EXPECT_EQ(Found("14.03.50"), V{});
  EXPECT_EQ(Found("30.02.21"), V{});
  EXPECT_EQ(Found("Zeit 10.10.10:5"), V{});
}

TEST(VisibleDateTest, DateGluedToALabelOrATime) {
  // The renderer joins inline elements: <span>Erstellt am</span><span>...
  EXPECT_EQ(Found("Erstellt am14.03.2021"), V{"2021-03-14"});
  EXPECT_EQ(Found("Mara Lindqvist2.9.2022"), V{"2022-09-02"});
  // A single letter or a number glued in front is a version or a code.
  EXPECT_EQ(Found("Release v10.12.2021"), V{});
  EXPECT_EQ(Found("Artikel 712.03.2021"), V{});
  // A year glued to the hour of a time.
  EXPECT_EQ(Found("14 de marzo de 202109:30", "es"), V{"2021-03-14"});
  EXPECT_EQ(Found("5. Mai 202023:59"), V{"2020-05-05"});
  EXPECT_EQ(Found("14 de marzo de 202199:30", "es"), V{});
  EXPECT_EQ(Found("14 de marzo de 202109", "es"), V{});
}

TEST(VisibleDateTest, YearFirstWithMonthName) {
  EXPECT_EQ(Found("2021 жылғы 14 наурыз", "kk"), V{"2021-03-14"});
  EXPECT_EQ(Found("Жарияланды: 2020 ж. 3 мамыр, 10:15", "kk"), V{"2020-05-03"});
  EXPECT_EQ(Found("2019 жылы 500 адам келді", "kk"), V{});
  // The day must stand apart from the year.
  EXPECT_EQ(Found("2021 жылғы 45 наурыз", "kk"), V{});
}

dates::Datelines Lines(std::string_view text, std::string_view lang = "de",
                       dates::DatelineOptions options = {}) {
  return dates::ReadDatelines(text, &Lex(), lang, options);
}

TEST(VisibleDateTest, RangesAreNoPublicationDate) {
  dates::Datelines d =
      Lines("Sommerfest im Hof 12.06.2021 – 14.06.2021\nVon Anna Berg | 02.06.2021\nText.");
  EXPECT_EQ(d.published, "2021-06-02");
  EXPECT_EQ(Lines("Messe: 03.10.2021 - 05.10.2021").published, "");
  EXPECT_EQ(Lines("Kurs 01.02.2021/15.02.2021").published, "");
}

TEST(VisibleDateTest, DatelineOpeningALongParagraph) {
  std::string news =
      "05.03.2021 – Die Stadt am Fluss hat nach langem Streit beschlossen, die alte Brücke "
      "nicht abzureißen, sondern für Fußgänger und Radfahrer zu erhalten; die Kosten trägt zum "
      "größten Teil das Land, den Rest teilen sich die beiden Gemeinden am Ufer.";
  ASSERT_GT(news.size(), 200u);
  EXPECT_EQ(Lines("Nachrichten\n" + news).published, "2021-03-05");
  // A date inside the prose, or opening it without a dash, is no dateline.
  std::string inside =
      "Die Stadt am Fluss hat nach langem Streit am 05.03.2021 beschlossen, die alte Brücke "
      "nicht abzureißen, sondern für Fußgänger und Radfahrer zu erhalten; die Kosten trägt zum "
      "größten Teil das Land, den Rest teilen sich die beiden Gemeinden am Ufer.";
  EXPECT_EQ(Lines(inside).published, "");
  std::string no_dash =
      "05.03.2021 war der Tag, an dem die Stadt am Fluss nach langem Streit beschloss, die alte "
      "Brücke nicht abzureißen, sondern für Fußgänger und Radfahrer zu erhalten, mit Geld vom "
      "Land und von den beiden Gemeinden am Ufer des Flusses.";
  EXPECT_EQ(Lines(no_dash).published, "");
}

TEST(VisibleDateTest, OtherPhrasesSkipTheirDates) {
  // A forum member's profile and a copyright line carry dates that are not
  // the post's.
  dates::Datelines d =
      Lines("Registriert: 18.01.2015\nBeiträge: 312\nBeitrag von Kiefer » 21.03.2021, 08:12");
  EXPECT_EQ(d.published, "2021-03-21");
  EXPECT_EQ(Lines("Mitglied seit 04.04.2016").published, "");
  EXPECT_EQ(Lines("Member since Jan 5, 2015\nJoined: 02/03/2016", "en").published, "");
  EXPECT_EQ(Lines("Copyright © 11.11.2020 Beispiel GmbH", "de").published, "");
  EXPECT_EQ(Lines("© 11.11.2020", "fr").published, "");
}

TEST(VisibleDateTest, WordingBeatsABareDate) {
  // A related-articles list prints bare dates above the article's own
  // dateline; the announced date wins.
  dates::Datelines d = Lines(
      "Mehr zum Thema\nFlut im Tal 03.03.2021\nBrücke gesperrt 01.03.2021\n"
      "Publiziert am 5. März 2021 von Redaktion\nDer Fluss stieg über Nacht.");
  EXPECT_EQ(d.published, "2021-03-05");
  dates::Datelines en = Lines(
      "Top stories\nMarch 2, 2021\nPosted on March 5, 2021\nThe river rose overnight.\n"
      "Reply from Dana on March 9, 2021",
      "en");
  EXPECT_EQ(en.published, "2021-03-05");
  // A comment's announced date does not displace the article's: the first
  // announced date wins.
  dates::Datelines comment =
      Lines("Posted on 2 March 2021\nStory.\nPosted by Dana on 4 March 2021", "en");
  EXPECT_EQ(comment.published, "2021-03-02");
  // Without wording the first bare short line still counts.
  EXPECT_EQ(Lines("Start\n04.03.2021\nText").published, "2021-03-04");
}

TEST(VisibleDateTest, WikiFooterGivesTheModificationDate) {
  dates::Datelines d = Lines("Diese Seite wurde zuletzt am 9. Mai 2021 um 10:00 Uhr geändert.");
  EXPECT_EQ(d.modified, "2021-05-09");
  EXPECT_EQ(d.published, "");
}

TEST(VisibleDateTest, ShortMonthNamesOfEveryLanguage) {
  // Every language's months.txt knows a short form of each month (the
  // forms of date lists and tables), with or without its dot.
  const std::vector<std::pair<std::string, V>> short_forms = {
      {"de", {"jan", "feb", "mrz", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"}},
      {"en", {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}},
      {"fr",
       {"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"}},
      {"es", {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"}},
      {"it", {"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"}},
      {"pl", {"sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"}},
      {"ru",
       {"янв", "февр", "мар", "апр", "мая", "июн", "июл", "авг", "сент", "окт", "нояб", "дек"}},
      {"uk",
       {"січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист", "груд"}},
      {"kk", {"қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"}},
  };
  for (const auto& [lang, names] : short_forms) {
    for (size_t m = 0; m < names.size(); ++m) {
      EXPECT_EQ(Lex().Month(names[m], lang), static_cast<int>(m + 1)) << lang << " " << names[m];
      EXPECT_EQ(Lex().Month(names[m] + ".", lang), static_cast<int>(m + 1)) << lang;
    }
  }
  EXPECT_EQ(Found("Di 2. Mrz. 2021"), V{"2021-03-02"});
  EXPECT_EQ(Found("7. Jän. 2019"), V{"2019-01-07"});
  EXPECT_EQ(Found("dodano 23 paź 2020, 11:05", "pl"), V{"2020-10-23"});
  EXPECT_EQ(Found("6 қаз. 2021", "kk"), V{"2021-10-06"});
  // A short form is no date without its day and year.
  EXPECT_EQ(Found("Sie kamen im Mrz.", "de"), V{});
}

TEST(VisibleDateTest, DateFormsOfEachLanguage) {
  EXPECT_EQ(Found("Dienstag, 9. März 2021, 18:45 Uhr"), V{"2021-03-09"});
  EXPECT_EQ(Found("Posted on October 3rd, 2019 by Kim", "en"), V{"2019-10-03"});
  EXPECT_EQ(Found("Aug. 21st 2018", "en"), V{"2018-08-21"});
  EXPECT_EQ(Found("Publié le 1er février 2020 à 7h30", "fr"), V{"2020-02-01"});
  EXPECT_EQ(Found("mis à jour le 17 sept. 2020 à 9h", "fr"), V{"2020-09-17"});
  EXPECT_EQ(Found("Lunes, 22 de noviembre de 2021", "es"), V{"2021-11-22"});
  EXPECT_EQ(Found("22 novembre 2021 alle 8:10", "it"), V{"2021-11-22"});
  EXPECT_EQ(Found("Opublikowano: 8 grudnia 2017", "pl"), V{"2017-12-08"});
  EXPECT_EQ(Found("Опубликовано 30 сентября 2016 г. в 12:00", "ru"), V{"2016-09-30"});
  EXPECT_EQ(Found("Оновлено 4 квітня 2022 р.", "uk"), V{"2022-04-04"});
  EXPECT_EQ(Found("2018 жылғы 19 қараша", "kk"), V{"2018-11-19"});
  // Russian month names on a Kazakh page.
  EXPECT_EQ(Found("12 мая 2020", "kk"), V{"2020-05-12"});
  // Impossible days stay unread in every form.
  EXPECT_EQ(Found("31 апреля 2016 г.", "ru"), V{});
  EXPECT_EQ(Found("February 30th, 2020", "en"), V{});
}

TEST(VisibleDateTest, TwoDigitYearAfterAMonthName) {
  EXPECT_EQ(Found("( Rocca di Mezzo, 3 Marzo 21 )", "it"), V{"2021-03-03"});
  EXPECT_EQ(Found("Stand: 9. Okt. 19"), V{"2019-10-09"});
  EXPECT_EQ(Found("Lyon | 2 juin 98 | Sport", "fr"), V{"1998-06-02"});
  // Not a year: a count or a time after the month, a list of days, a year
  // outside 1990-2035.
  EXPECT_EQ(Found("Am 5. März 20 Gäste erwartet"), V{});
  EXPECT_EQ(Found("le 14 mai 20:30", "fr"), V{});
  EXPECT_EQ(Found("on 3 May 20, 21 and 22", "en"), V{});
  EXPECT_EQ(Found("12 Juni 45"), V{});
  EXPECT_EQ(Found("am 7. Juli 21.30 Uhr"), V{});
}

TEST(VisibleDateTest, BlogFooterSentenceGivesThePublicationDate) {
  // "<title> wurde am <date> gepostet": a footer sentence longer than a
  // bare dateline, announced by "wurde am".
  dates::Datelines d = Lines(
      "Kräuter auf dem Balkon\nKräuter auf dem Balkon wurde am 4. Juni 2012 um 21:10 Uhr "
      "gepostet und unter Garten, Küche abgelegt.");
  EXPECT_EQ(d.published, "2012-06-04");
  // Without the phrase the same line is too long to count.
  EXPECT_EQ(Lines("Kräuter auf dem Balkon kamen am 4. Juni 2012 um 21:10 Uhr an und wurden "
                  "sofort gegossen.")
                .published,
            "");
  // "wurde zuletzt am" stays a modification date.
  EXPECT_EQ(Lines("Diese Seite wurde zuletzt am 2. Mai 2020 geändert.").published, "");
}

TEST(VisibleDateTest, RenderedPages) {
  // A label and its value in two inline elements.
  HtmlMeta a = RenderHtml(
                   "<html lang=de><body><h1>Basteln mit Papier</h1><div><span>Erstellt "
                   "am</span><span>14.03.2021</span></div><p>Heute falten wir Sterne aus "
                   "buntem Papier und hängen sie ans Fenster.</p></body></html>")
                   .meta;
  EXPECT_EQ(a.published, "2021-03-14");
  // A two-digit year under the headline; the copyright date in the footer
  // does not win.
  HtmlMeta b =
      RenderHtml("<html lang=de><body><footer>© 01.01.2020 Beispiel</footer></body></html>").meta;
  EXPECT_EQ(b.published, "");
  HtmlMeta c = RenderHtml(
                   "<html lang=de><body><h1>Neue Fähre</h1><div class=meta>Von: Jo Lenz | "
                   "09.11.23</div><p>Die neue Fähre fährt ab Montag jede halbe Stunde über "
                   "den See.</p><footer>Copyright © 2023</footer></body></html>")
                   .meta;
  EXPECT_EQ(c.published, "2023-11-09");
}

TEST(VisibleDateTest, PlainTextReaderUsesTheSameRules) {
  TextMetaReader reader(FindDataDir());
  EXPECT_EQ(reader.Read("Registriert: 02.02.2012\nVon Lena | 18.01.22\nText", "de").published,
            "2022-01-18");
}

TEST(VisibleDateTest, ClassWordsOfDatelineFiles) {
  // dateline.tsv kind `class`: kept apart from the dateline phrases.
  const std::vector<std::string>& words = Lex().ClassWords();
  EXPECT_NE(std::find(words.begin(), words.end(), "datum"), words.end());
  EXPECT_NE(std::find(words.begin(), words.end(), "fecha"), words.end());
  // "datum" announces no date in text: a bare date in a long line stays unread.
  EXPECT_EQ(dates::ReadDatelines("Datum der Sitzung im Rathaus mit allen Fraktionen und Gästen "
                                 "war der 3. Mai 2021",
                                 &Lex(), "de", {})
                .published,
            "");
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "parallax_dates_class_test";
  fs::create_directories(dir / "xx");
  std::ofstream(dir / "xx" / "dateline.tsv") << "# header\ndato\tclass\npostet\tpublished\n";
  dates::Lexicon lex(dir.string());
  EXPECT_EQ(lex.ClassWords(), std::vector<std::string>{"dato"});
  std::ofstream(dir / "xx" / "dateline.tsv", std::ios::trunc) << "# header\ndato\tklass\n";
  EXPECT_THROW(dates::Lexicon{dir.string()}, DataError);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace parallax
