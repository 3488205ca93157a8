// SiteLines (include/parallax/site_lines.h) and the ScrapeCleaner rule that
// uses it: lines repeated across the documents of one site. The texts are
// written for these tests (an invented German regional site and others).
#include "parallax/site_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "parallax/data_dir.h"
#include "parallax/scrape_text.h"

namespace parallax {
namespace {

const ScrapeCleaner& Cleaner() {
  static const ScrapeCleaner* cleaner = new ScrapeCleaner(FindDataDir());
  return *cleaner;
}

// The reason of the removed block that holds `needle`, "" when it was kept.
std::string ReasonOf(const CleanText& t, const std::string& needle) {
  for (const RemovedBlock& b : t.removed) {
    if (b.text.find(needle) != std::string::npos) return b.reason;
  }
  return "";
}

bool Kept(const CleanText& t, const std::string& needle) {
  return t.text.find(needle) != std::string::npos;
}

TEST(SiteLines, CountsEachLineOncePerDocument) {
  SiteLines s;
  s.Add("kurier.example", "Menü\nErster Bericht\nMenü\n\nAktuelle Beiträge\n");
  s.Add("kurier.example", "Aktuelle Beiträge\nZweiter Bericht\n");
  EXPECT_EQ(s.Documents("kurier.example"), 2u);
  EXPECT_EQ(s.Count("kurier.example", "Menü"), 1u);  // twice in one document
  EXPECT_EQ(s.Count("kurier.example", "Aktuelle Beiträge"), 2u);
  EXPECT_EQ(s.Count("kurier.example", "Dritter Bericht"), 0u);
  EXPECT_EQ(s.Count("andere.example", "Menü"), 0u);
  EXPECT_EQ(s.Documents("andere.example"), 0u);
  EXPECT_EQ(s.sites(), 1u);
  EXPECT_EQ(s.entries(), 4u);  // Menü, Erster, Zweiter, Aktuelle Beiträge
}

TEST(SiteLines, ComparesNormalisedLines) {
  SiteLines s;
  s.Add("x.example", "  AKTUELLE   beiträge:  \n© 2021 Kurier Verlag\n");
  s.Add("x.example", "» Aktuelle Beiträge\n© 2023 Kurier Verlag\n");
  EXPECT_EQ(s.Count("x.example", "aktuelle beiträge"), 2u);
  EXPECT_EQ(s.Count("x.example", "© 1999 Kurier Verlag"), 2u);  // any number
  EXPECT_EQ(s.Count("x.example", "Kurier Verlag"), 0u);
}

TEST(SiteLines, EmptySiteAndEmptyLinesAreNotLearned) {
  SiteLines s;
  s.Add("", "Menü\nStartseite\n");
  EXPECT_EQ(s.sites(), 0u);
  EXPECT_EQ(s.Documents(""), 0u);
  EXPECT_EQ(s.Count("", "Menü"), 0u);
  s.Add("y.example", "\n   \n-----\n");  // decoration only: no line
  EXPECT_EQ(s.Documents("y.example"), 1u);
  EXPECT_EQ(s.entries(), 0u);
  EXPECT_EQ(s.Count("y.example", ""), 0u);
}

TEST(SiteLines, MemoryIsBoundedByTheOptions) {
  SiteLinesOptions o;
  o.max_lines_per_document = 2;
  o.max_entries = 3;
  SiteLines s(o);
  s.Add("a.example", "eins\nzwei\ndrei\nvier\n");  // only the first two lines
  EXPECT_EQ(s.Count("a.example", "eins"), 1u);
  EXPECT_EQ(s.Count("a.example", "drei"), 0u);
  s.Add("b.example", "fünf\nsechs\n");   // one entry left
  s.Add("a.example", "eins\nsieben\n");  // full: "sieben" is not added, "eins" counts
  EXPECT_EQ(s.entries(), 3u);
  EXPECT_EQ(s.Count("a.example", "eins"), 2u);
  EXPECT_EQ(s.Count("a.example", "sieben"), 0u);
  EXPECT_EQ(s.Count("b.example", "fünf"), 1u);
  EXPECT_EQ(s.Count("b.example", "sechs"), 0u);
  SiteLinesOptions longest;
  longest.max_line_bytes = 10;
  SiteLines t(longest);
  t.Add("c.example", "kurz\neine deutlich längere Zeile\n");
  EXPECT_EQ(t.Count("c.example", "kurz"), 1u);
  EXPECT_EQ(t.Count("c.example", "eine deutlich längere Zeile"), 0u);
}

TEST(SiteLines, ReadsFromManyThreadsAfterLearning) {
  SiteLines s;
  for (int i = 0; i < 50; ++i) {
    s.Add("k.example",
          "Rubriken\nBericht Nummer " + std::string(1, static_cast<char>('a' + i % 26)));
  }
  std::vector<std::thread> readers;
  std::vector<uint64_t> seen(4, 0);
  for (size_t t = 0; t < seen.size(); ++t) {
    readers.emplace_back([&, t] {
      for (int i = 0; i < 1000; ++i) seen[t] += s.Count("k.example", "Rubriken");
    });
  }
  for (std::thread& t : readers) t.join();
  for (uint64_t n : seen) EXPECT_EQ(n, 50u * 1000u);
}

// Five scrapes of one invented site: different articles, the same furniture
// in different places, one quotation that four articles share (as its own
// paragraph in three, wrapped inside a paragraph in a fourth).
const char* kSite = "steppenkurier.example";
const char* kSlogan = "Der Steppenkurier – Nachrichten zwischen Ural und Altai seit 1998";
const char* kNewsletter =
    "Unser Morgenbrief kommt werktags um sieben Uhr in Ihr Postfach – hier anmelden";
const char* kCredit =
    "Bildquelle: Archiv Steppenkurier, alle Rechte beim Verlag und den Fotografen des Hauses";
const char* kQuote =
    "„Wir werden jede Entscheidung des Parlaments bis zum Frühjahr sorgfältig prüfen und "
    "danach öffentlich berichten“, sagte die Ministerin.";

std::vector<std::string> SiteDocuments() {
  std::string slogan = kSlogan, news = kNewsletter, credit = kCredit, quote = kQuote;
  return {
      "Aktuelle Beiträge\n\nNeue Brücke über den Ural wird im Mai eröffnet\n\n" + slogan +
          "\n\nDie Stadt Oral bekommt eine zweite Brücke. Die Bauarbeiten dauerten drei Jahre "
          "und kosteten mehr als geplant.\n\n" +
          quote + "\n\n" + credit + "\n\n" + news + "\n",
      slogan +
          "\n\nSchneesturm legt Verkehr im Norden lahm\n\nIn der Nacht fielen vierzig "
          "Zentimeter Schnee. Die Fernstraße nach Petropawl blieb bis zum Mittag "
          "gesperrt.\n\nAktuelle Beiträge\n\n" +
          news + "\n\n" + credit + "\n",
      "Stadtrat beschließt neuen Haushalt\n\n" + news +
          "\n\nDer Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. Für "
          "Schulen steht mehr Geld bereit.\n\n" +
          quote + "\n\nAktuelle Beiträge\n\n" + slogan + "\n",
      // The quotation wrapped at about 60 columns inside a longer paragraph.
      "Aktuelle Beiträge\n\nParlament vertagt Abstimmung über Wasserpreise\n\n" + credit +
          "\n\nDie Abgeordneten konnten sich am Mittwoch nicht einigen und\n"
          "vertagten die Abstimmung auf die nächste Sitzungswoche.\n"
          "„Wir werden jede Entscheidung des Parlaments bis zum\n"
          "Frühjahr sorgfältig prüfen und danach öffentlich berichten“,\n"
          "sagte die Ministerin.\n\n" +
          slogan + "\n",
      "Museum zeigt Funde aus der Bronzezeit\n\nIm Regionalmuseum sind seit Samstag "
      "Werkzeuge und Schmuck aus alten Gräbern zu sehen. Die Ausstellung läuft bis "
      "Oktober.\n\n" +
          quote + "\n\n" + slogan + "\n\nAktuelle Beiträge\n",
  };
}

SiteLines LearnSite(const std::vector<std::string>& docs, const std::string& site) {
  SiteLines s;
  for (const std::string& d : docs) s.Add(site, d);
  return s;
}

TEST(SiteLinesCleaner, RemovesFurnitureThatRepeatsOnTheSite) {
  std::vector<std::string> docs = SiteDocuments();
  SiteLines s = LearnSite(docs, kSite);
  CleanText t = Cleaner().Clean(docs[0], "de", &s, kSite);
  EXPECT_EQ(ReasonOf(t, "Aktuelle Beiträge"), "boilerplate");
  EXPECT_EQ(ReasonOf(t, "Nachrichten zwischen Ural"), "boilerplate");  // 10 words, no end
  EXPECT_EQ(ReasonOf(t, "Morgenbrief"), "boilerplate");                // 14 words, no end
  // The lexicon knows "Bildquelle:" (too long a line for its prefix rule).
  EXPECT_EQ(ReasonOf(t, "Bildquelle"), "credit");
  EXPECT_TRUE(Kept(t, "Neue Brücke über den Ural wird im Mai eröffnet"));
  EXPECT_TRUE(Kept(t, "Die Stadt Oral bekommt eine zweite Brücke."));
  // A long sentence quoted by three articles of the site (60%) stays.
  ASSERT_EQ(s.Count(kSite, kQuote), 3u);
  EXPECT_TRUE(Kept(t, "sagte die Ministerin."));
  EXPECT_EQ(ReasonOf(t, "Ministerin"), "");
  EXPECT_FALSE(Kept(t, "Aktuelle Beiträge"));
  EXPECT_FALSE(Kept(t, "Morgenbrief"));
}

TEST(SiteLinesCleaner, AWrappedQuotationKeepsItsShortLastLine) {
  std::vector<std::string> docs = SiteDocuments();
  SiteLines s = LearnSite(docs, kSite);
  // The quotation wrapped, in the one document that wraps it.
  CleanText t = Cleaner().Clean(docs[3], "de", &s, kSite);
  EXPECT_TRUE(Kept(t, "sagte die Ministerin."));
  EXPECT_TRUE(Kept(t, "Sitzungswoche."));
  EXPECT_EQ(ReasonOf(t, "Aktuelle Beiträge"), "boilerplate");
  EXPECT_EQ(ReasonOf(t, "Altai"), "boilerplate");
}

TEST(SiteLinesCleaner, AQuotationWrappedAlikeInThreeArticlesStays) {
  // The same wrapped paragraph in three of four articles: its short last
  // line is a repeated line of three words, but part of a wrapped paragraph.
  const std::string wrapped =
      "Die Abgeordneten konnten sich am Mittwoch nicht einigen und\n"
      "vertagten die Abstimmung auf die nächste Sitzungswoche des\n"
      "Parlaments, die nach den Feiertagen beginnt, so hieß es aus\n"
      "dem Präsidium des Hauses am späten Abend des Sitzungstages,\n"
      "sagte die Sprecherin.\n";
  std::vector<std::string> docs = {
      "Wasserpreise: Abstimmung vertagt\n\n" + wrapped,
      "Streit um Wasserpreise geht weiter\n\nDie Opposition kritisierte das Vorgehen.\n\n" +
          wrapped,
      wrapped + "\nWasserpreise bleiben vorerst gleich\n",
      "Neue Buslinie im Westen der Stadt\n\nAb Montag fährt die Linie 12 auch nachts.\n",
  };
  SiteLines s = LearnSite(docs, kSite);
  ASSERT_EQ(s.Count(kSite, "sagte die Sprecherin."), 3u);
  for (size_t i = 0; i < 3; ++i) {
    CleanText t = Cleaner().Clean(docs[i], "de", &s, kSite);
    EXPECT_TRUE(Kept(t, "sagte die Sprecherin.")) << i;
    // Its inner lines (8 and 9 words, no sentence end) are repeated too.
    EXPECT_TRUE(Kept(t, "einigen und vertagten die Abstimmung")) << i << t.text;
  }
}

TEST(SiteLinesCleaner, WithoutTableOrSiteNothingChanges) {
  std::vector<std::string> docs = SiteDocuments();
  SiteLines s = LearnSite(docs, kSite);
  for (const std::string& d : docs) {
    CleanText plain = Cleaner().Clean(d, "de");
    for (const CleanText& other :
         {Cleaner().Clean(d, "de", nullptr, kSite), Cleaner().Clean(d, "de", &s, ""),
          Cleaner().Clean(d, "de", &s, "unbekannt.example")}) {
      EXPECT_EQ(other.text, plain.text);
      EXPECT_EQ(other.removed.size(), plain.removed.size());
    }
    EXPECT_TRUE(Kept(plain, "Aktuelle Beiträge"));  // the lexicon does not know it
  }
}

TEST(SiteLinesCleaner, TwoDocumentsAreNotEnough) {
  std::vector<std::string> docs = SiteDocuments();
  docs.resize(2);  // "Aktuelle Beiträge" in both, 100% of the site, but only 2
  SiteLines s = LearnSite(docs, kSite);
  CleanText t = Cleaner().Clean(docs[0], "de", &s, kSite);
  EXPECT_TRUE(Kept(t, "Aktuelle Beiträge"));
  EXPECT_EQ(ReasonOf(t, "Aktuelle Beiträge"), "");
}

TEST(SiteLinesCleaner, ARareLineOnABigSiteStays) {
  // "Hintergrund" heads a section in 3 of 20 articles (15% < 25%); "Impressum"
  // closes every page.
  SiteLines s;
  std::vector<std::string> docs;
  for (int i = 0; i < 20; ++i) {
    std::string d = "Bericht " + std::to_string(i) + " über das Wetter im Bezirk\n\n";
    if (i < 3) d += "Hintergrund\n\n";
    d +=
        "Im Bezirk regnete es am Tag " + std::to_string(i) +
        " stärker als im langjährigen Mittel, meldete der Wetterdienst.\n\nImpressum und Kontakt\n";
    docs.push_back(d);
    s.Add("wetter.example", d);
  }
  CleanText t = Cleaner().Clean(docs[1], "de", &s, "wetter.example");
  EXPECT_TRUE(Kept(t, "Hintergrund"));
  EXPECT_EQ(ReasonOf(t, "Impressum und Kontakt"), "boilerplate");
  // Numbers compare as one token: the headlines differ by their number only,
  // so they are one short line in all 20 documents, and go. The article
  // sentence, equal up to its number in all 20, is an ordinary sentence and
  // stays.
  EXPECT_EQ(ReasonOf(t, "über das Wetter im Bezirk"), "boilerplate");
  EXPECT_TRUE(Kept(t, "meldete der Wetterdienst."));
}

TEST(SiteLinesCleaner, LongLineWithoutSentenceEndStays) {
  // 26 words, no sentence end, in every document: an unwrapped paragraph of
  // prose (a list item), not furniture.
  const std::string item =
      "Teilnehmer aus Aqtöbe, Oral, Atyrau und Aqtau berichteten über steigende Preise für "
      "Brot, Mehl und Heizöl sowie über lange Wartezeiten an den Tankstellen der Region und "
      "in den Vororten";
  SiteLines s;
  std::vector<std::string> docs;
  for (int i = 0; i < 4; ++i) {
    docs.push_back("Umfrage Teil " + std::to_string(i) + "\n\n- " + item + "\n");
    s.Add("umfrage.example", docs.back());
  }
  CleanText t = Cleaner().Clean(docs[0], "de", &s, "umfrage.example");
  EXPECT_TRUE(Kept(t, "in den Vororten"));
}

}  // namespace
}  // namespace parallax
