// Tests of page and text metadata: dates, authors (html_meta, dates_meta,
// text_meta). Every page and text here is written for these tests.
#include "extract/html_meta.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates_meta.h"
#include "parallax/data_dir.h"
#include "parallax/error.h"
#include "parallax/html_text.h"
#include "parallax/text_meta.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

HtmlMeta Meta(std::string_view html) { return RenderHtml(html).meta; }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const TextMetaReader& Reader() {
  static const TextMetaReader* reader = new TextMetaReader(FindDataDir());
  return *reader;
}

// ---- values, URLs, impossible dates ----

TEST(DateValueTest, NormalisesMetadataForms) {
  const dates::Lexicon* lex = dates::DefaultLexicon();
  ASSERT_NE(lex, nullptr);
  EXPECT_EQ(dates::NormalizeDateValue("2021-03-04T23:10:00+05:00", lex), "2021-03-04");
  EXPECT_EQ(dates::NormalizeDateValue(" 2021/3/4 ", lex), "2021-03-04");
  EXPECT_EQ(dates::NormalizeDateValue("20210304", lex), "2021-03-04");
  EXPECT_EQ(dates::NormalizeDateValue("Thu, 04 Mar 2021 08:00:00 GMT", lex), "2021-03-04");
  EXPECT_EQ(dates::NormalizeDateValue("04.03.2021 08:00", lex), "2021-03-04");
  EXPECT_EQ(dates::NormalizeDateValue("March 4, 2021", lex), "2021-03-04");
  // A Unix time is no date; impossible and out-of-range dates are rejected.
  EXPECT_EQ(dates::NormalizeDateValue("1614844800", lex), "");
  EXPECT_EQ(dates::NormalizeDateValue("2021-02-31", lex), "");
  EXPECT_EQ(dates::NormalizeDateValue("2021-13-01", lex), "");
  EXPECT_EQ(dates::NormalizeDateValue("1850-06-01", lex), "");
  EXPECT_EQ(dates::NormalizeDateValue("2099-06-01", lex), "");
  EXPECT_EQ(dates::NormalizeDateValue("2020-02-29", lex), "2020-02-29");
  EXPECT_EQ(dates::NormalizeDateValue("2021-02-29", lex), "");
  EXPECT_EQ(dates::NormalizeDateValue("", lex), "");
  EXPECT_EQ(dates::NormalizeDateValue("soon", lex), "");
}

TEST(DateValueTest, ReadsUrlDates) {
  EXPECT_EQ(dates::DateFromUrl("https://example.org/2019/07/03/a-title/"), "2019-07-03");
  EXPECT_EQ(dates::DateFromUrl("https://example.org/news/2019-07-03-a-title"), "2019-07-03");
  EXPECT_EQ(dates::DateFromUrl("https://example.org/archiv/20190703/story.html"), "2019-07-03");
  EXPECT_EQ(dates::DateFromUrl("https://example.org/blog/2019/7/3/story"), "2019-07-03");
  // Year and month only, an article id, a query string: no date.
  EXPECT_EQ(dates::DateFromUrl("https://example.org/2019/07/story"), "");
  EXPECT_EQ(dates::DateFromUrl("https://example.org/artikel/1136087.story.html"), "");
  EXPECT_EQ(dates::DateFromUrl("https://example.org/a?d=2019/07/03/"), "");
  EXPECT_EQ(dates::DateFromUrl("https://example.org/2019/02/30/x"), "");
  EXPECT_EQ(dates::DateFromUrl(""), "");
}

// ---- structured sources in HTML ----

TEST(HtmlMetaTest, JsonLdGraphArticleBeatsWebPage) {
  HtmlMeta m = Meta(R"(<html lang="en"><head><script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[
      {"@type":"WebPage","datePublished":"2015-01-01T00:00:00Z"},
      {"@type":["NewsArticle"],"datePublished":"2021-06-02T09:00:00+02:00",
       "dateModified":"2021-06-05T10:00:00+02:00",
       "author":[{"@type":"Person","name":"Mira  Okafor"},{"name":"Tom Lindqvist"}],
       "publisher":{"@type":"Organization","name":"Not An Author"}}]}
    </script></head><body><p>Body text.</p></body></html>)");
  EXPECT_EQ(m.published, "2021-06-02");
  EXPECT_EQ(m.modified, "2021-06-05");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Mira Okafor", "Tom Lindqvist"}));
}

TEST(HtmlMetaTest, JsonLdListAndStringAuthor) {
  HtmlMeta m = Meta(R"(<script type="application/ld+json">
    [{"@type":"Organization","name":"Site"},
     {"@type":"BlogPosting","dateCreated":"2018-11-30","author":"Ola Brenna"}]</script><p>x</p>)");
  EXPECT_EQ(m.published, "2018-11-30");
  EXPECT_EQ(m.authors, std::vector<std::string>{"Ola Brenna"});
}

TEST(HtmlMetaTest, BrokenJsonLdStillGivesItsDate) {
  // A raw newline inside a string and a trailing comma: not JSON.
  HtmlMeta m = Meta(
      "<script type=\"application/ld+json\">{\"@type\":\"Article\",\n"
      "\"headline\":\"Two\nlines\",\"datePublished\":\"2017-08-09T10:00\",}</script>"
      "<p>x</p>");
  EXPECT_EQ(m.published, "2017-08-09");
  // Garbage gives nothing and does not throw.
  EXPECT_EQ(Meta("<script type=\"application/ld+json\">{{{[</script><p>x</p>").published, "");
}

TEST(HtmlMetaTest, MetaVariants) {
  EXPECT_EQ(Meta("<meta property=\"og:published_time\" content=\"2020-10-11T00:00:00Z\"><p>x</p>")
                .published,
            "2020-10-11");
  EXPECT_EQ(Meta("<meta name=\"DC.date.issued\" content=\"2020/10/11\"><p>x</p>").published,
            "2020-10-11");
  EXPECT_EQ(Meta("<meta name=\"sailthru.date\" content=\"2020-10-11 08:00:00\"><p>x</p>").published,
            "2020-10-11");
  EXPECT_EQ(
      Meta("<meta name=\"parsely-pub-date\" content=\"2020-10-11T08:00:00Z\"><p>x</p>").published,
      "2020-10-11");
  EXPECT_EQ(
      Meta("<meta name=\"citation_publication_date\" content=\"2020/10/11\"><p>x</p>").published,
      "2020-10-11");
  EXPECT_EQ(Meta("<meta itemprop=\"datePublished\" content=\"2020-10-11\"><p>x</p>").published,
            "2020-10-11");
  HtmlMeta m = Meta(
      "<meta property=\"article:modified_time\" content=\"2020-12-01T00:00:00Z\">"
      "<meta name=\"author\" content=\"Ines Varga\">"
      "<meta property=\"article:author\" content=\"https://example.org/people/ines\"><p>x</p>");
  EXPECT_EQ(m.modified, "2020-12-01");
  EXPECT_EQ(m.published, "2020-12-01");                          // the only date the page has
  EXPECT_EQ(m.authors, std::vector<std::string>{"Ines Varga"});  // the URL is not a name
}

TEST(HtmlMetaTest, MetaArticleTimeBeatsJsonLdAndPlainDate) {
  // Measured order (data/dates-README.md): article:published_time first.
  HtmlMeta m = Meta(R"(<meta name="date" content="2010-01-01">
    <meta property="article:published_time" content="2022-03-03T23:30:00-05:00">
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-03-04T04:30:00Z"}</script>
    <p>x</p>)");
  EXPECT_EQ(m.published, "2022-03-03");
}

TEST(HtmlMetaTest, TimeElementWithHintBeatsFirstTime) {
  HtmlMeta m = Meta(R"(<body><header><time datetime="2023-01-01">Today</time></header>
    <article><h1>T</h1><time class="entry-date published" datetime="2021-09-17T12:00">17 Sep</time>
    <p>Text.</p></article></body>)");
  EXPECT_EQ(m.published, "2021-09-17");
  HtmlMeta plain = Meta(R"(<body><nav><time datetime="2023-01-01">x</time></nav>
    <article><time datetime="2021-09-18">y</time><p>Text.</p></article></body>)");
  EXPECT_EQ(plain.published, "2021-09-18");  // the one inside the article
  EXPECT_EQ(Meta("<abbr class=\"published\" title=\"2012-04-05T10:00:00\">5 April</abbr><p>x</p>")
                .published,
            "2012-04-05");
}

TEST(HtmlMetaTest, UrlDateFromCanonical) {
  HtmlMeta m = Meta(R"(<link rel="canonical" href="https://example.org/2016/05/06/a-story/">
    <meta property="article:published_time" content="2016-05-09"><p>x</p>)");
  EXPECT_EQ(m.published, "2016-05-06");  // the URL is fixed at first publication
  EXPECT_EQ(Meta("<meta property=\"og:url\" content=\"https://example.org/2016-05-06-x\"><p>x</p>")
                .published,
            "2016-05-06");
}

TEST(HtmlMetaTest, NoDateAtAll) {
  HtmlMeta m = Meta(
      "<html><head><title>Undated</title></head><body><p>Nothing dated here, "
      "only 12 apples and 2000 pears.</p></body></html>");
  EXPECT_EQ(m.published, "");
  EXPECT_EQ(m.modified, "");
  EXPECT_TRUE(m.authors.empty());
}

TEST(HtmlMetaTest, ImpossibleMetaDateFallsThrough) {
  HtmlMeta m = Meta(R"(<meta property="article:published_time" content="2021-02-30T10:00:00Z">
    <time datetime="2021-02-27">x</time><p>x</p>)");
  EXPECT_EQ(m.published, "2021-02-27");
}

TEST(HtmlMetaTest, SampleCorpusPagesGiveTheirPublishedTime) {
  const std::string dir = std::string(PARALLAX_SOURCE_DIR) + "/examples/corpus/";
  const std::vector<std::pair<std::string, std::string>> pages = {
      {"de_rheinblick_bilanz.html", "2022-01-12"},
      {"en_harbourwire_tonga.html", "2022-01-18"},
      {"en_meridian_external_threat.html", "2022-01-10"},
      {"pl_oceaniczna_tonga.html", "2022-01-19"},
      {"ru_stepvestnik_zhertvy.html", "2022-01-16"},
  };
  for (const auto& [file, date] : pages) {
    std::string html = ReadFile(dir + file);
    ASSERT_FALSE(html.empty()) << file;
    EXPECT_EQ(Meta(html).published, date) << file;
  }
}

// ---- byline and date elements (element text through MetaCollector::AddText) ----

// A page around `body`: a heading, and a first paragraph long enough to be
// the article; nothing structured about authors or dates.
std::string Page(std::string_view body, std::string_view lang = "en") {
  return "<html lang=\"" + std::string(lang) +
         "\"><head><title>Harbour works</title></head><body>" + std::string(body) +
         "<h1>Harbour works</h1><p>The old pier at the river mouth will be rebuilt over the "
         "coming two summers, the port office told residents on a quiet evening.</p></body></html>";
}

TEST(HtmlMetaElementTest, BylineElementTextNamesTheAuthor) {
  // No byline word and no author link: only the element's class tells.
  EXPECT_EQ(Meta(Page("<div class=\"story-author-name\">Mirela Obst</div>")).authors,
            std::vector<std::string>{"Mirela Obst"});
  // A byline word inside the element is stripped; inline pieces are words.
  EXPECT_EQ(Meta(Page("<p class=\"ArticleByline\"><span>Written by</span><b>Tove</b> "
                      "<b>Lindqvist</b></p>"))
                .authors,
            std::vector<std::string>{"Tove Lindqvist"});
  // Two author links in one byline: both.
  EXPECT_EQ(Meta(Page("<span class=\"byline\">By <a rel=\"author\" href=\"/p/1\">Ivo Renk</a> and "
                      "<a rel=\"author\" href=\"/p/2\">Saskia Moll</a></span>"))
                .authors,
            (std::vector<std::string>{"Ivo Renk", "Saskia Moll"}));
  // rel=author link text whose URL spells no name.
  EXPECT_EQ(
      Meta(Page("<p>Filed <a rel=\"author\" href=\"/u?id=42\">Quentin Farrow</a></p>")).authors,
      std::vector<std::string>{"Quentin Farrow"});
  // A plain element says nothing.
  EXPECT_TRUE(Meta(Page("<div class=\"story-box\">Mirela Obst</div>")).authors.empty());
}

TEST(HtmlMetaElementTest, ItempropAuthorWithNestedNameText) {
  EXPECT_EQ(Meta(Page("<div itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">"
                      "<span itemprop=\"name\">Teodor Vlasak</span><meta itemprop=\"url\" "
                      "content=\"/t\"></div>"))
                .authors,
            std::vector<std::string>{"Teodor Vlasak"});
}

TEST(HtmlMetaElementTest, LanguageClassWordsComeFromData) {
  // "autor" and "datum" are not the English markers; data/de lists them.
  HtmlMeta m =
      Meta(Page("<div class=\"artikel-autor\">Henrike Faltermeyer</div><p>Aus der "
                "Lokalredaktion, mit Bildern vom Hafen und vom Markt, "
                "<span class=\"beitrag-datum\">3. Mai 2021</span></p>",
                "de"));
  EXPECT_EQ(m.authors, std::vector<std::string>{"Henrike Faltermeyer"});
  EXPECT_EQ(m.published, "2021-05-03");
}

TEST(HtmlMetaElementTest, StructuredAuthorsComeFirst) {
  // <meta name=author> beats the element; the element beats JSON-LD of a
  // non-article object.
  EXPECT_EQ(Meta("<html><head><meta name=\"author\" content=\"Ada Quist\"></head><body>"
                 "<span class=\"author\">Bo Lerche</span><h1>T</h1></body></html>")
                .authors,
            std::vector<std::string>{"Ada Quist"});
  EXPECT_EQ(Meta("<html><head><script type=\"application/ld+json\">{\"@type\":\"WebPage\","
                 "\"author\":{\"name\":\"Web Desk Nine\"}}</script></head><body>"
                 "<span class=\"author\">Bo Lerche</span><h1>T</h1></body></html>")
                .authors,
            std::vector<std::string>{"Bo Lerche"});
}

TEST(HtmlMetaElementTest, OtherArticlesAndCommentsGiveNoAuthor) {
  // A "most read" list before the article, a comment after it.
  const std::string lists =
      "<section class=\"mostread\"><ol><li><a href=\"/a\">Tram fares rise again across "
      "the whole network next spring</a> "
      "<span class=\"author\">Olaf Brenner</span> <span class=\"date\">02.02.2020</span></li>"
      "<li><a href=\"/b\">Bridge closed</a> <span class=\"byline\">By Kit Soames</span></li>"
      "</ol></section>";
  const std::string comment =
      "<div class=\"comments\"><div><span class=\"author\">harbourfan77</span> "
      "<time>4 March 2021</time> Great news, we waited for this pier for many long "
      "years.</div></div>";
  // (The lines are long: a short one would be a bare visible dateline.)
  HtmlMeta m = Meta(Page(lists + comment));
  EXPECT_TRUE(m.authors.empty()) << m.authors.front();
  EXPECT_EQ(m.published, "");
  // A related-articles block without a list.
  EXPECT_TRUE(Meta(Page("<div class=\"related-stories\"><span class=\"byline\">Nils Aune</span>"
                        "</div>"))
                  .authors.empty());
  // An author box at the end still names the author, after a list that does not.
  HtmlMeta box = Meta(Page(lists) +
                      "<div class=\"about-author-box\"><h4>About the author</h4><p "
                      "class=\"author-name\">Linnea Sund</p><p>Linnea has covered the port and "
                      "its people for eleven years.</p></div>");
  EXPECT_EQ(box.authors, std::vector<std::string>{"Linnea Sund"});
}

TEST(HtmlMetaElementTest, DateElementTextIsAPrintedDate) {
  // In a line too long for a bare dateline: only the element's class tells.
  const std::string prose =
      "<p>Filed under harbour news and the regional economy of the northern coast ";
  EXPECT_EQ(Meta(Page(prose + "<span class=\"post-date\">March 14, 2021</span></p>")).published,
            "2021-03-14");
  EXPECT_EQ(Meta(Page(prose + "<time>7 June 2019</time></p>")).published, "2019-06-07");
  EXPECT_EQ(Meta(Page(prose + "</p>")).published, "");
  // An update element gives the modification date (and the page is known
  // by it when nothing else is dated).
  HtmlMeta u = Meta(Page(prose + "<span class=\"last-updated\">April 5, 2021</span></p>"));
  EXPECT_EQ(u.modified, "2021-04-05");
  EXPECT_EQ(u.published, "2021-04-05");
  // A structured date is kept when the element's date differs (the element
  // does not confirm the dateline against it).
  EXPECT_EQ(Meta("<html><head><meta property=\"article:published_time\" "
                 "content=\"2021-03-13T23:30:00Z\"></head><body><h1>T</h1>" +
                 prose + "<span class=\"date\">March 14, 2021</span></p></body></html>")
                .published,
            "2021-03-13");
}

TEST(HtmlMetaElementTest, CollectorAsksForEndsOnlyOfMarkedElements) {
  html::MetaCollector c;
  const xmlChar* plain[] = {reinterpret_cast<const xmlChar*>("class"),
                            reinterpret_cast<const xmlChar*>("content-box"), nullptr};
  const xmlChar* byline[] = {reinterpret_cast<const xmlChar*>("class"),
                             reinterpret_cast<const xmlChar*>("Byline"), nullptr};
  EXPECT_EQ(c.OnStartElement("div", plain), 0u);
  EXPECT_EQ(c.OnStartElement("div", nullptr), 0u);
  EXPECT_EQ(c.OnStartElement("img", byline), 0u);  // void elements have no text
  EXPECT_EQ(c.OnStartElement("p", byline), html::MetaCollector::kWantsEnd);
  c.AddText("By\u00a0Greta Holm");
  c.OnEndElement();
  c.OnEndElement();  // one too many: ignored
  EXPECT_EQ(c.Finish().authors, std::vector<std::string>{"Greta Holm"});
}

// ---- visible datelines (MetaCollector::Finish with the page text) ----

TEST(HtmlMetaTest, VisibleDatelineIsUsedWhenNothingStructured) {
  html::MetaCollector c;
  HtmlMeta m = c.Finish(
      "Home\nNews\nRegional\nA bridge reopens\nVon Karl Meisner | 14. März 2021\n"
      "The bridge over the river reopened after a long repair that took 2 years.");
  EXPECT_EQ(m.published, "2021-03-14");
}

TEST(HtmlMetaTest, VisibleDatelineSettlesStructuredConflict) {
  // The page prints the JSON-LD date; the meta date (earlier in the order) is
  // another candidate. The printed one wins because a structured source has it.
  html::MetaCollector c;
  // No parser here: feed the collector as the renderer would.
  const xmlChar* meta_atts[] = {reinterpret_cast<const xmlChar*>("property"),
                                reinterpret_cast<const xmlChar*>("article:published_time"),
                                reinterpret_cast<const xmlChar*>("content"),
                                reinterpret_cast<const xmlChar*>("2020-05-01"), nullptr};
  c.OnStartElement("meta", meta_atts);
  const xmlChar* script_atts[] = {reinterpret_cast<const xmlChar*>("type"),
                                  reinterpret_cast<const xmlChar*>("application/ld+json"), nullptr};
  ASSERT_TRUE(c.OnStartElement("script", script_atts));
  c.AddJsonLd(R"({"@type":"Article","datePublished":)");
  c.AddJsonLd(R"("2020-04-30"})");
  c.EndJsonLd();
  EXPECT_EQ(c.Finish("Menu\n30.04.2020\nStory text.").published, "2020-04-30");
  // An update dateline alone gives both dates.
  html::MetaCollector u;
  HtmlMeta um = u.Finish("Start\nAktualisiert: 30.12.2016\nText.");
  EXPECT_EQ(um.modified, "2016-12-30");
  EXPECT_EQ(um.published, "2016-12-30");
  // A printed date no structured source has does not override them.
  html::MetaCollector d;
  d.OnStartElement("meta", meta_atts);
  EXPECT_EQ(d.Finish("Menu\n12.12.2019\nStory text.").published, "2020-05-01");
}

// ---- datelines in several languages ----

struct DatelineCase {
  const char* lang;
  const char* text;
  const char* published;
  const char* modified;
};

TEST(DatelineTest, Languages) {
  const DatelineCase cases[] = {
      {"de", "Stadtrat tagt\nVeröffentlicht am 3. Februar 2021, 10:15 Uhr\nDer Rat beschloss viel.",
       "2021-02-03", ""},
      {"de", "Zuletzt aktualisiert: 05.02.2021\nErstellt: 1. Feb. 2021", "2021-02-01",
       "2021-02-05"},
      {"pl", "Opublikowano: 12 stycznia 2022\nAktualizacja: 13.01.2022 08:10", "2022-01-12",
       "2022-01-13"},
      {"ru", "Новости\n7 января 2022 г., 14:05\nОбновлено 9 янв. 2022", "2022-01-07", "2022-01-09"},
      {"en", "Posted on January 7th, 2022\nUpdated 01/09/2022", "2022-01-07", "2022-01-09"},
      {"fr", "Publié le 1er mars 2021 à 8h, mis à jour le 3 mars 2021", "2021-03-01", "2021-03-03"},
      {"es", "Publicado el 5 de mayo de 2020", "2020-05-05", ""},
      {"it", "Pubblicato il 6 giugno 2019 - Aggiornato il 8 giugno 2019", "2019-06-06",
       "2019-06-08"},
      {"uk", "Опубліковано 12 березня 2022\nОновлено 14.03.2022", "2022-03-12", "2022-03-14"},
      {"kk", "Жарияланды: 2022 ж. 5 қаңтар\n05.01.2022", "2022-01-05", ""},
      // Day first outside en: 09/01/2022 is 9 January.
      {"de", "09/01/2022", "2022-01-09", ""},
      // Impossible and out-of-range dates are skipped, the next one counts.
      {"de", "31.02.2021\n12.12.1970\n01.03.2021", "2021-03-01", ""},
      // A long prose line with a date is not a dateline.
      {"en",
       "The council, which met for the first time in years, said on March 3, 2021 that it "
       "would spend more on roads and less on the old town hall.",
       "", ""},
  };
  for (const DatelineCase& c : cases) {
    TextMeta m = Reader().Read(c.text, c.lang);
    EXPECT_EQ(m.published, c.published) << c.lang << ": " << c.text;
    EXPECT_EQ(m.modified, c.modified) << c.lang << ": " << c.text;
  }
}

TEST(TextMetaTest, ForumPostSample) {
  std::string text =
      ReadFile(std::string(PARALLAX_SOURCE_DIR) + "/examples/corpus/de_forum_steppenfuchs.txt");
  ASSERT_FALSE(text.empty());
  TextMeta m = Reader().Read(text, "de");
  EXPECT_EQ(m.published, "2022-01-08");
  EXPECT_EQ(m.modified, "2022-04-24");
  EXPECT_EQ(m.authors, std::vector<std::string>{"Steppenfuchs"});
  // The one-off function and no language give the same.
  TextMeta n = ReadTextMeta(text, FindDataDir());
  EXPECT_EQ(n.published, "2022-01-08");
  EXPECT_EQ(n.modified, "2022-04-24");
}

TEST(TextMetaTest, BylinesAndEdits) {
  TextMeta m = Reader().Read(
      "Re: Winter tyres\nPosted by Dana Whitfield on 11/02/2021\n"
      "I bought mine from a friend of Carl.\nedited (12.11.2021 22:19)",
      "en");
  EXPECT_EQ(m.published, "2021-11-02");
  EXPECT_EQ(m.modified, "2021-11-12");
  EXPECT_EQ(m.authors, std::vector<std::string>{"Dana Whitfield"});
  TextMeta p = Reader().Read("Autor: Jan Kowalski\nTekst bez daty.", "pl");
  EXPECT_EQ(p.published, "");
  EXPECT_EQ(p.authors, std::vector<std::string>{"Jan Kowalski"});
  // Only the first 15 non-empty lines are read.
  std::string late;
  for (int i = 0; i < 20; ++i) late += "line\n";
  late += "Opublikowano: 12 stycznia 2022\n";
  EXPECT_EQ(Reader().Read(late, "pl").published, "");
  EXPECT_EQ(Reader().Read("", "pl").published, "");
}

TEST(TextMetaTest, MalformedDatelineFileThrows) {
  fs::path dir = fs::temp_directory_path() / "parallax_html_meta_test_data";
  fs::remove_all(dir);
  fs::create_directories(dir / "xx");
  std::ofstream(dir / "xx" / "dateline.tsv") << "# header\nposted\tsometime\n";
  EXPECT_THROW(TextMetaReader{dir.string()}, DataError);
  std::ofstream(dir / "xx" / "dateline.tsv", std::ios::trunc) << "# header\n";
  std::ofstream(dir / "xx" / "months.txt") << "# month: 13\nfoo\n";
  EXPECT_THROW(TextMetaReader{dir.string()}, DataError);
  // A missing folder is no error: only numeric dates are read.
  TextMetaReader empty((dir / "missing").string());
  EXPECT_EQ(empty.Read("Posted 2020-01-02").published, "2020-01-02");
  EXPECT_EQ(empty.Read("Posted 2 January 2020").published, "");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace parallax
