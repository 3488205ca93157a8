#include "parallax/main_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/main_text_hints.h"
#include "parallax/data_dir.h"
#include "parallax/error.h"
#include "parallax/html_text.h"

namespace parallax {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string Sample(const std::string& name) {
  return ReadFile(std::string(PARALLAX_SOURCE_DIR) + "/examples/corpus/" + name);
}

bool Contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

// The reason given for the first removed block containing `needle`, or "".
std::string RemovedReason(const MainText& m, std::string_view needle) {
  for (const RemovedBlock& r : m.removed) {
    if (Contains(r.text, needle)) return r.reason;
  }
  return "";
}

// Extracts and checks the invariants every result keeps: paragraphs tile the
// text with "\n\n" between them; each kept paragraph maps back to input bytes
// that render to the same text; kept plus removed blocks are exactly
// RenderHtml's paragraphs (nothing visible disappears unexplained); reasons
// come from the documented set.
MainText Extract(std::string_view html) {
  MainText m = ExtractMainText(html);
  HtmlText all = RenderHtml(html);
  EXPECT_EQ(m.paragraphs.size() + m.removed.size(), all.paragraphs.size());
  size_t expected = 0;
  for (const Span& p : m.paragraphs) {
    EXPECT_EQ(p.start, expected);
    EXPECT_LT(p.start, p.end);
    expected = p.end + 2;
    // Mapped back, the paragraph's input bytes start with its first character
    // whenever that character is copied verbatim (not an entity).
    auto [in_start, in_end] = m.to_input.SpanToInput(p.start, p.end);
    EXPECT_LE(in_start, in_end);
    EXPECT_LE(in_end, html.size());
    char first = m.text[p.start];
    if (in_start < html.size() && first != '&' && html[in_start] != '&') {
      EXPECT_EQ(html[in_start], first) << m.text.substr(p.start, p.end - p.start);
    }
  }
  if (!m.paragraphs.empty()) {
    EXPECT_EQ(m.paragraphs.back().end, m.text.size());
  }
  static const std::vector<std::string> kReasons = {"navigation",  "comments", "share",
                                                    "fundraising", "credit",   "related",
                                                    "advert",      "legal",    "boilerplate"};
  for (const RemovedBlock& r : m.removed) {
    EXPECT_NE(std::find(kReasons.begin(), kReasons.end(), r.reason), kReasons.end()) << r.reason;
  }
  if (!m.found) {
    EXPECT_EQ(m.reason, "no main text");
    EXPECT_TRUE(m.text.empty());
  }
  return m;
}

// ---- the sample pages --------------------------------------------------

TEST(MainTextTest, GermanSampleKeepsArticleAndExplainsTheRest) {
  MainText m = Extract(Sample("de_rheinblick_bilanz.html"));
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(m.text, "Kasachstan: Behörden legen erste Bilanz der Unruhen vor"));
  EXPECT_TRUE(Contains(m.text, "Eine Woche nach Beginn der schwersten Unruhen"));
  EXPECT_TRUE(Contains(m.text, "Schäden in Millionenhöhe"));  // an <h2> inside the article
  EXPECT_TRUE(Contains(m.text, "Unabhängige Beobachter mahnen zur Vorsicht."));
  EXPECT_FALSE(Contains(m.text, "Wir verwenden Cookies"));
  EXPECT_FALSE(Contains(m.text, "IBAN"));
  EXPECT_FALSE(Contains(m.text, "Wer hat denn nachgezählt"));
  EXPECT_EQ(RemovedReason(m, "Wir verwenden Cookies"), "legal");
  EXPECT_EQ(RemovedReason(m, "Wirtschaft"), "navigation");
  EXPECT_EQ(RemovedReason(m, "Auf X teilen"), "share");
  EXPECT_EQ(RemovedReason(m, "IBAN"), "fundraising");
  EXPECT_EQ(RemovedReason(m, "Warum der Gaspreis"), "related");
  EXPECT_EQ(RemovedReason(m, "Wer hat denn nachgezählt"), "comments");
  EXPECT_EQ(RemovedReason(m, "Foto: Lena Hartwig"), "credit");
  EXPECT_EQ(RemovedReason(m, "Impressum"), "legal");
  EXPECT_EQ(m.meta.lang, "de");
}

TEST(MainTextTest, EnglishWordPressSample) {
  MainText m = Extract(Sample("en_meridian_external_threat.html"));
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(m.text, "That framing mattered."));
  EXPECT_TRUE(Contains(m.text, "Tokayev has said the CSTO mission will be short."));
  EXPECT_EQ(RemovedReason(m, "Share on Facebook"), "share");
  EXPECT_EQ(RemovedReason(m, "IBAN"), "fundraising");
  EXPECT_EQ(RemovedReason(m, "Winter on the Belarus border"), "related");
  EXPECT_EQ(RemovedReason(m, "Leave a Reply"), "comments");
  EXPECT_EQ(RemovedReason(m, "This website uses cookies"), "legal");
  EXPECT_EQ(RemovedReason(m, "All rights reserved"), "legal");
}

TEST(MainTextTest, HarbourWireSample) {
  MainText m = Extract(Sample("en_harbourwire_tonga.html"));
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(m.text, "Communication remains the biggest problem."));
  EXPECT_TRUE(Contains(m.text, "Aid agencies say the need for clean water"));
  EXPECT_EQ(RemovedReason(m, "Advertisement"), "advert");
  EXPECT_EQ(RemovedReason(m, "Share on X"), "share");
  EXPECT_EQ(RemovedReason(m, "Any news from Ha'apai yet?"), "comments");
  EXPECT_EQ(RemovedReason(m, "Super Rugby draw released"), "related");
  EXPECT_EQ(RemovedReason(m, "Complaints"), "legal");
}

// Polish class names (class="wsparcie", "polecamy", "komentarze") are no
// hint; what follows the article's share bar is cut by position.
TEST(MainTextTest, PolishSampleWithUnhintedTail) {
  MainText m = Extract(Sample("pl_oceaniczna_tonga.html"));
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(m.text, "Największym problemem pozostaje łączność."));
  EXPECT_TRUE(Contains(m.text, "Wulkanolodzy podkreślają"));
  EXPECT_FALSE(Contains(m.text, "Kryptowaluty"));
  EXPECT_FALSE(Contains(m.text, "Czy wiadomo coś o polskich turystach?"));
  EXPECT_FALSE(Contains(m.text, "Ferie zimowe 2022"));
  EXPECT_EQ(RemovedReason(m, "Udostępnij na X"), "share");
  EXPECT_EQ(RemovedReason(m, "Ferie zimowe 2022"), "navigation");
  EXPECT_FALSE(RemovedReason(m, "Czy wiadomo coś").empty());
}

// ---- pages written for these tests ---------------------------------------

// A line of filler prose for generated pages: several sentences, no links.
std::string Prose(const std::string& topic, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) {
    s += "The survey of " + topic + " continued through the wet season, and the team logged " +
         std::to_string(i + 3) + " new sites along the river. ";
  }
  return s;
}

// Div soup: no <article>, no <main>, classes only; Russian text.
TEST(MainTextTest, DivSoupInRussianWithoutArticleTag) {
  std::string html = R"(<html lang="ru"><head><title>Мост через Иртыш откроют весной</title></head>
<body><div class="wrap"><div class="top-menu"><a href="/">Главная</a> <a href="/city">Город</a>
<a href="/sport">Спорт</a> <a href="/weather">Погода</a></div>
<div class="col-left"><div class="txt">
<h1>Мост через Иртыш откроют весной</h1>
<div class="p">Строители нового моста через Иртыш завершили укладку последнего пролёта, сообщили в городской администрации во вторник. По словам главного инженера, движение по мосту планируется открыть в апреле, после проверки нагрузки.</div>
<div class="p">Мост длиной почти восемьсот метров соединит левобережные районы с центром города. Сейчас жителям приходится делать крюк в двадцать километров через старую переправу, где в часы пик образуются многокилометровые пробки.</div>
<div class="p">Стоимость работ выросла на треть по сравнению с первоначальной сметой. В администрации объясняют это подорожанием металла и задержками поставок.</div>
</div></div>
<div class="col-right"><div class="widget-popular"><div>Популярное</div>
<div><a href="/a1">В городе открылся новый каток</a></div><div><a href="/a2">Цены на бензин снова выросли</a></div></div></div>
<div class="footer">© 2024 Городские вести. Все права защищены.</div></div></body></html>)";
  MainText m = Extract(html);
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(m.text, "Мост через Иртыш откроют весной"));
  EXPECT_TRUE(Contains(m.text, "Строители нового моста"));
  EXPECT_TRUE(Contains(m.text, "Стоимость работ выросла"));
  EXPECT_EQ(m.paragraphs.size(), 4u);
  EXPECT_EQ(RemovedReason(m, "Погода"), "navigation");
  EXPECT_EQ(RemovedReason(m, "Цены на бензин"), "related");
  EXPECT_EQ(RemovedReason(m, "Все права защищены"), "legal");
}

// An old table layout: the menu in one cell, the article in another.
TEST(MainTextTest, TableLayoutPage) {
  std::string html =
      "<html><body><table><tr><td class=\"left\">"
      "<a href=\"/\">Home</a><br><a href=\"/news\">News</a><br>"
      "<a href=\"/archive\">Archive</a><br><a href=\"/contact\">Contact</a></td>"
      "<td class=\"right\"><b>Harvest report</b>"
      "<p>" +
      Prose("the orchards", 3) + "</p><p>" + Prose("the vineyards", 3) +
      "</p><p>Late frost cost the northern slopes a fifth of their crop.</p>"
      "</td></tr></table></body></html>";
  MainText m = Extract(html);
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(m.text, "the orchards continued"));
  EXPECT_TRUE(Contains(m.text, "Late frost cost the northern slopes"));
  EXPECT_FALSE(Contains(m.text, "Archive"));
  EXPECT_EQ(RemovedReason(m, "Archive"), "navigation");
}

// Lists, block quotes and tables that belong to the article stay, with their
// paragraph structure.
TEST(MainTextTest, ListBlockquoteAndTableStay) {
  std::string html = R"(<html><body><nav><a href="/">Start</a> <a href="/blog">Blog</a></nav>
<main><h1>Three ways to store rainwater</h1>
<p>)" + Prose("garden tanks", 2) +
                     R"(</p>
<ul><li>Barrels under the downpipe</li><li>Buried cisterns</li><li>Ponds lined with clay</li></ul>
<blockquote><p>A full barrel in June is worth two in March, as one grower told us.</p></blockquote>
<table><tr><th>Method</th><th>Litres</th></tr><tr><td>Barrel</td><td>200</td></tr></table>
<p>)" + Prose("cistern owners", 2) +
                     R"(</p></main>
<div class="share-tools"><a href="/s?fb">Facebook</a> <a href="/s?x">X</a></div></body></html>)";
  MainText m = Extract(html);
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(
      m.text, "\n\nBarrels under the downpipe\n\nBuried cisterns\n\nPonds lined with clay\n\n"));
  EXPECT_TRUE(Contains(m.text, "A full barrel in June is worth two in March"));
  EXPECT_TRUE(Contains(m.text, "Method Litres\n\nBarrel 200"));
  EXPECT_TRUE(Contains(m.text, "Three ways to store rainwater"));
  EXPECT_EQ(RemovedReason(m, "Facebook"), "share");
  EXPECT_EQ(RemovedReason(m, "Blog"), "navigation");
}

// Three Spanish paragraphs of about 200 letters each: an article body.
constexpr std::string_view kBodyEs =
    "<p>El ayuntamiento aprobó el martes un plan para renovar la red de agua potable del casco "
    "antiguo, que en algunos tramos tiene más de ochenta años y pierde cerca de un tercio del "
    "caudal por fugas, según los técnicos municipales.</p>"
    "<p>Las obras empezarán en marzo por las calles más afectadas y durarán unos dos años. El "
    "presupuesto asciende a 12 millones de euros, de los que la mitad llegará de fondos "
    "europeos destinados a infraestructuras urbanas.</p>"
    "<p>Los comerciantes de la zona pidieron que los cortes de tráfico se hagan por tramos "
    "cortos y fuera de la temporada alta, y el concejal de obras prometió reunirse con ellos "
    "antes de aprobar el calendario definitivo.</p>";

TEST(MainTextTest, LeadBeforeTheBodyWrapperStays) {
  // The standfirst sits in its own block before the body's wrapper, which
  // wins as the container; the byline between them is stepped over. The
  // body is long enough that the header block is no sibling by score, and
  // the menu's links keep <body> from being the container.
  std::string menu;
  for (const char* item : {"Inicio", "Local", "Provincia", "Deportes", "Cultura", "Economía",
                           "Opinión", "Sucesos", "Tecnología", "Gente", "Esquelas", "Hemeroteca"}) {
    menu += std::string("<p><a href='/s'>Secciones de ") + item + " y más noticias</a></p>";
  }
  std::string page =
      "<html><body><div class='menu-principal'>" + menu +
      "</div>"
      "<div class='noticia'><h1>Agua nueva para el casco antiguo</h1>"
      "<div class='entradilla'>La ciudad cambiará en dos años las tuberías más viejas, que "
      "pierden un tercio del agua antes de llegar a los grifos.</div>"
      "<div class='firma'>Marta Ruiz</div>"
      "<div class='cuerpo' itemprop='articleBody'>" +
      std::string(kBodyEs) + std::string(kBodyEs) +
      "</div></div><footer>Aviso legal</footer></body></html>";
  MainText m = Extract(page);
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(m.text, "pierden un tercio del agua"));
  EXPECT_TRUE(Contains(m.text, "fondos europeos"));
  EXPECT_FALSE(Contains(m.text, "Inicio"));
}

TEST(MainTextTest, TeasersAfterTheArticleBodyGo) {
  // The container climbs to a wrapper that holds the body (itemprop
  // articleBody) and a rail of unlinked teaser excerpts after it: the rail
  // goes, the headline before the body stays.
  std::string teasers;
  for (int i = 0; i < 4; ++i) {
    teasers += "<div class='card'><h3>Otra noticia número " + std::to_string(i) +
               "</h3><p>Un resumen bastante largo de otra noticia del día, con detalles sobre "
               "el tráfico, el tiempo y la agenda cultural de la semana que viene.</p></div>";
  }
  std::string page =
      "<html><body><div class='wrap'><h2>Agua nueva para el casco antiguo</h2>"
      "<div itemprop='articleBody'>" +
      std::string(kBodyEs) + "</div>" + teasers + "</div></body></html>";
  MainText m = Extract(page);
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(m.text, "Agua nueva para el casco antiguo"));
  EXPECT_TRUE(Contains(m.text, "calendario definitivo"));
  EXPECT_FALSE(Contains(m.text, "Otra noticia"));
  EXPECT_FALSE(Contains(m.text, "agenda cultural"));
}

TEST(MainTextTest, StateClassesAreNoHints) {
  // "has-share-bar" and "with-comments" on the article's wrapper say what it
  // holds, not what it is; the wrapper stays the article.
  std::string page = "<html><body><div class='story has-share-bar with-comments'>" +
                     std::string(kBodyEs) +
                     "</div><div class='share'><a href='/x'>Compartir</a></div>"
                     "<p>Nada más.</p></body></html>";
  MainText m = Extract(page);
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(m.text, "ochenta años"));
  EXPECT_EQ(RemovedReason(m, "Compartir"), "share");
}

TEST(MainTextTest, ShortCopyrightLineIsACredit) {
  std::string page = "<html><body><article>" + std::string(kBodyEs) +
                     "<p>Foto: © Archivo municipal</p></article></body></html>";
  MainText m = Extract(page);
  ASSERT_TRUE(m.found);
  EXPECT_EQ(RemovedReason(m, "Archivo municipal"), "credit");
}

TEST(MainTextTest, ShareWordOnTheArticleWrapperIsLifted) {
  // A BEM element name puts "sharing" on the wrapper of the whole article;
  // without lifting that hint the page would have no main text.
  std::string teasers;
  for (int i = 0; i < 3; ++i) {
    teasers += "<div class='tipp'><p><a href='/k'>Kurzmeldung " + std::to_string(i) +
               ": der Stadtrat tagt wieder, die Tagesordnung steht im Rathaus aus.</a></p></div>";
  }
  std::string body;
  for (int i = 0; i < 3; ++i) {
    body +=
        "<p>El ayuntamiento aprobó el martes un plan para renovar la red de agua potable "
        "del casco antiguo, que en algunos tramos tiene más de ochenta años y pierde cerca "
        "de un tercio del caudal por fugas, según los técnicos municipales.</p>";
  }
  std::string page = "<html><body>" + teasers + "<section class='doc__sharingContainer'>" + body +
                     "</section><div class='share'><a href='/s'>Compartir</a></div>"
                     "<div class='comments'><p>Ya era hora de que alguien se ocupara de las "
                     "tuberías, en mi calle llevamos años con cortes de agua cada verano.</p>"
                     "<p>Ojalá no tarden tanto como con el aparcamiento de la plaza mayor, que "
                     "iba a durar seis meses y duró casi dos años enteros.</p></div>"
                     "</body></html>";
  MainText m = Extract(page);
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(m.text, "ochenta años"));
  EXPECT_FALSE(Contains(m.text, "Kurzmeldung"));
  EXPECT_FALSE(Contains(m.text, "Ya era hora"));
}

TEST(MainTextTest, SidebarOfArticleTeasersStaysASidebar) {
  // Each teaser in the sidebar is an <article>: the sidebar's negative hint
  // still holds, as no single teaser has most of its text.
  std::string side = "<aside class='sidebar'>";
  for (int i = 0; i < 4; ++i) {
    side += "<article><p>Otra noticia del día número " + std::to_string(i) +
            ", con un resumen largo sobre el tráfico, el tiempo y la agenda cultural de la "
            "semana que viene en la ciudad.</p></article>";
  }
  side += "</aside>";
  std::string page = "<html><body><div class='layout'><div class='col'>" + std::string(kBodyEs) +
                     "</div>" + side + "</div></body></html>";
  MainText m = Extract(page);
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(m.text, "calendario definitivo"));
  EXPECT_FALSE(Contains(m.text, "Otra noticia"));
}

TEST(MainTextTest, DatelinesGoToMetadataDatedSentencesStay) {
  std::string page =
      "<html><body><article><h1>Agua nueva</h1><p>Actualizado el 3 de mayo de "
      "2021, 10:15</p><p>14.02.2022</p>" +
      std::string(kBodyEs) +
      "<p>Las obras terminarán el 30 de junio de 2023, según el ayuntamiento.</p>"
      "</article></body></html>";
  MainText m = Extract(page);
  ASSERT_TRUE(m.found);
  EXPECT_EQ(RemovedReason(m, "Actualizado el 3 de mayo"), "boilerplate");
  EXPECT_EQ(RemovedReason(m, "14.02.2022"), "boilerplate");
  EXPECT_TRUE(Contains(m.text, "terminarán el 30 de junio de 2023"));
}

TEST(MainTextTest, ArticleGoesOnAfterAnInlineRelatedBox) {
  std::string page = "<html><body><article>" + std::string(kBodyEs) +
                     "<div class='related-box'><a href='/r'>Más sobre el agua</a></div>"
                     "<p>La oposición criticó que el plan no incluya los barrios del norte, donde "
                     "las tuberías son igual de viejas y los cortes de agua se repiten cada "
                     "verano desde hace una década, y pidió un segundo plan para el año que "
                     "viene.</p></article>"
                     "<div class='comments'><p>Muy bien.</p></div></body></html>";
  MainText m = Extract(page);
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(m.text, "barrios del norte"));
  EXPECT_EQ(RemovedReason(m, "Más sobre el agua"), "related");
}

TEST(MainTextTest, ShortNoteMarkedAsTheArticleIsFound) {
  // One sentence: too short for an unmarked page, enough inside <article>.
  constexpr std::string_view marked =
      "<html><body><nav><a href='/'>Start</a></nav><article><h1>Hinweis</h1><p>Die Sprechstunde "
      "der Bürgerberatung am kommenden Freitag fällt wegen Krankheit leider aus.</p></article>"
      "</body></html>";
  EXPECT_TRUE(Extract(marked).found);
  constexpr std::string_view unmarked =
      "<html><body><nav><a href='/'>Start</a></nav><div><h1>Hinweis</h1><p>Die Sprechstunde der "
      "Bürgerberatung am kommenden Freitag fällt wegen Krankheit leider "
      "aus.</p></div></body></html>";
  EXPECT_FALSE(Extract(unmarked).found);
}

TEST(MainTextTest, ShortLabelOverALinkListGoesWithIt) {
  std::string page = "<html><body><article>" + std::string(kBodyEs) +
                     "<p>Ingredientes</p><p>200 g de harina</p><p>3 huevos</p>"
                     "<p>Véase también</p><ul><li><a href='/a'>Otra obra en el puerto "
                     "deportivo</a></li><li><a href='/b'>Cortes de agua en el barrio alto "
                     "esta semana</a></li></ul></article></body></html>";
  MainText m = Extract(page);
  ASSERT_TRUE(m.found);
  EXPECT_EQ(RemovedReason(m, "Véase también"), "navigation");
  // Short lines above it that are not its label stay.
  EXPECT_TRUE(Contains(m.text, "200 g de harina"));
  EXPECT_TRUE(Contains(m.text, "3 huevos"));
}

TEST(MainTextTest, ParagraphKindsMarkTheHeadlineAndHeadings) {
  std::string page =
      "<html><head><title>Agua nueva para el casco antiguo | Diario</title></head>"
      "<body><article><p>Local</p><h2>Agua nueva para el casco antiguo</h2>" +
      std::string(kBodyEs) + "<h3>Las obras</h3>" + std::string(kBodyEs) +
      "</article></body></html>";
  MainText m = Extract(page);
  ASSERT_TRUE(m.found);
  ASSERT_EQ(m.kinds.size(), m.paragraphs.size());
  int titles = 0, headings = 0;
  for (size_t i = 0; i < m.paragraphs.size(); ++i) {
    std::string_view t(m.text.data() + m.paragraphs[i].start,
                       m.paragraphs[i].end - m.paragraphs[i].start);
    if (m.kinds[i] == ParagraphKind::kTitle) {
      ++titles;
      EXPECT_EQ(t, "Agua nueva para el casco antiguo");
    }
    if (m.kinds[i] == ParagraphKind::kHeading) {
      ++headings;
      EXPECT_EQ(t, "Las obras");
    }
  }
  EXPECT_EQ(titles, 1);
  EXPECT_EQ(headings, 1);
}

TEST(MainTextTest, LeadInsideAHeaderBlockStays) {
  // Kicker, title, byline and lead share one header block before the body:
  // the lead is taken from inside it, the byline is not.
  std::string menu;
  for (int i = 0; i < 12; ++i) {
    menu += "<p><a href='/s'>Sección número " + std::to_string(i) + " de noticias</a></p>";
  }
  std::string page =
      "<html><body><div class='menu'>" + menu +
      "</div><div class='pieza'><header class='cab'><p>Local</p><h1>Agua nueva</h1>"
      "<p>Marta Ruiz, redactora</p><p>La ciudad cambiará en dos años las tuberías más viejas, "
      "que pierden un tercio del agua antes de llegar a los grifos.</p></header>"
      "<div class='cuerpo' itemprop='articleBody'>" +
      std::string(kBodyEs) + std::string(kBodyEs) + "</div></div></body></html>";
  MainText m = Extract(page);
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(m.text, "pierden un tercio del agua"));
  EXPECT_FALSE(Contains(m.text, "Marta Ruiz"));
}

TEST(MainTextTest, HomePageOfHeadlinesHasNoMainText) {
  std::string html =
      "<html><head><title>Valley Courier</title></head><body>"
      "<header><a href=\"/\">Valley Courier</a></header><div class=\"grid\">";
  for (int i = 0; i < 30; ++i) {
    html += "<div class=\"card\"><h3><a href=\"/story/" + std::to_string(i) +
            "\">Council approves budget for bridge repair number " + std::to_string(i) +
            "</a></h3><span>2 hours ago</span></div>";
  }
  html += "</div><footer>Valley Courier, all rights reserved</footer></body></html>";
  MainText m = Extract(html);
  EXPECT_FALSE(m.found);
  EXPECT_EQ(m.reason, "no main text");
  EXPECT_TRUE(m.text.empty());
  EXPECT_FALSE(m.removed.empty());
  EXPECT_EQ(RemovedReason(m, "bridge repair number 7"), "navigation");
}

TEST(MainTextTest, ErrorPageHasNoMainText) {
  std::string html =
      "<html><head><title>404 Not Found</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/search\">Search</a></nav>"
      "<h1>Page not found</h1><p>Sorry, the page you asked for has moved or never "
      "existed.</p><p><a href=\"/\">Back to the front page</a></p></body></html>";
  MainText m = Extract(html);
  EXPECT_FALSE(m.found);
  EXPECT_EQ(m.reason, "no main text");
  EXPECT_EQ(m.removed.size(), RenderHtml(html).paragraphs.size());
}

TEST(MainTextTest, EmptyAndTextlessInput) {
  for (std::string_view html : {std::string_view(""), std::string_view("<html></html>"),
                                std::string_view("<<<>>>"), std::string_view("\0\0", 2)}) {
    MainText m = Extract(html);
    EXPECT_FALSE(m.found);
    EXPECT_EQ(m.reason, "no main text");
  }
}

// Exact offsets: every kept paragraph of a plain page is a byte copy of its input.
TEST(MainTextTest, OffsetsPointAtTheInput) {
  std::string html = "<html><body><nav><a href=\"/\">Index</a></nav><article><p>" +
                     Prose("mountain lakes", 3) + "</p><p>" + Prose("alpine meadows", 3) +
                     "</p></article></body></html>";
  MainText m = Extract(html);
  ASSERT_TRUE(m.found);
  ASSERT_EQ(m.paragraphs.size(), 2u);
  for (const Span& p : m.paragraphs) {
    auto [s, e] = m.to_input.SpanToInput(p.start, p.end);
    EXPECT_EQ(html.substr(s, e - s), m.text.substr(p.start, p.end - p.start));
  }
}

TEST(MainTextTest, HiddenBlocksAreRemoved) {
  std::string html = "<html><body><article><p>" + Prose("salt marshes", 4) +
                     "</p><div style=\"display: none\"><p>Secret text for robots only.</p></div>"
                     "</article></body></html>";
  MainText m = Extract(html);
  ASSERT_TRUE(m.found);
  EXPECT_FALSE(Contains(m.text, "Secret text"));
  EXPECT_EQ(RemovedReason(m, "Secret text"), "boilerplate");
}

// ---- bad input: bounded time and memory ---------------------------------

TEST(MainTextTest, TenThousandNestedDivs) {
  std::string html = "<html><body>";
  for (int i = 0; i < 10000; ++i) html += "<div class=\"d\">";
  html += "<p>" + Prose("deep caves", 5) + "</p>";
  for (int i = 0; i < 10000; ++i) html += "</div>";
  html += "</body></html>";
  MainText m = Extract(html);
  // libxml2 caps nesting depth; whatever it keeps, nothing crashes and the
  // text is either found or reported missing.
  if (m.found) {
    EXPECT_TRUE(Contains(m.text, "deep caves"));
  }
}

TEST(MainTextTest, UnclosedMarkup) {
  std::string html = "<html><body><div class=\"story\"><p>" + Prose("old harbours", 4) + "<p>" +
                     Prose("fishing fleets", 3) + "<div class=\"comments\"><p>First!";
  MainText m = Extract(html);
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(Contains(m.text, "fishing fleets"));
  EXPECT_EQ(RemovedReason(m, "First!"), "comments");
}

TEST(MainTextTest, TwentyMegabytePageIsBounded) {
  std::string html = "<html><body>";
  int i = 0;
  while (html.size() < (20u << 20)) {
    html += "<div class=\"row-" + std::to_string(i % 7) + "\"><ul><li><a href=\"/x" +
            std::to_string(i) + "\">Link " + std::to_string(i) + "</a></li></ul><p>" +
            Prose("coastal towns", 2) + "</p></div>";
    ++i;
  }
  html += "</body></html>";
  MainText m = ExtractMainText(html);
  // About 100 MB/s on one core in RelWithDebInfo; 60 s leaves room for
  // sanitizer builds and a loaded machine.
  EXPECT_TRUE(m.found);
  EXPECT_LE(m.text.size(), html.size());
  MainTextOptions small;
  small.max_input_bytes = 1 << 20;
  MainText cut = ExtractMainText(html, small);
  EXPECT_LE(cut.text.size(), size_t{1} << 20);
}

// ---- the hints table ------------------------------------------------------

TEST(MainTextHintsTest, ParseRejectsMalformedRows) {
  EXPECT_THROW(html::HintTable::Parse("kind\ttoken\tweight\treason\nword\tad\tx\tadvert\n"),
               DataError);
  EXPECT_THROW(html::HintTable::Parse("kind\ttoken\tweight\treason\nclass\tad\t-1\tadvert\n"),
               DataError);
  EXPECT_THROW(html::HintTable::Parse("wrong header\n"), DataError);
  html::HintTable t = html::HintTable::Parse(
      "# comment\nkind\ttoken\tweight\treason\nword\tad\t-1\tadvert\nprefix\tshare\t-1\tshare\n"
      "tag\tarticle\t1\tcontent\n");
  EXPECT_EQ(t.size(), 3u);
  EXPECT_EQ(t.Match("div", "top-ad").reason, "advert");
  EXPECT_EQ(t.Match("div", "header shadow").reason, "");  // "ad" is a word, not a substring
  EXPECT_EQ(t.Match("div", "sharebar").reason, "share");
  EXPECT_GT(t.Match("article", "").weight, 0);
}

TEST(MainTextHintsTest, StateRowsSilenceWholeValues) {
  EXPECT_THROW(html::HintTable::Parse("kind\ttoken\tweight\treason\nstate\thas-\t1\t-\n"),
               DataError);
  html::HintTable t = html::HintTable::Parse(
      "kind\ttoken\tweight\treason\nstate\tis-\t0\t-\nprefix\tshare\t-1\tshare\n");
  EXPECT_EQ(t.Match("div", "is-sharing").reason, "");  // a state, not a share bar
  EXPECT_EQ(t.Match("div", "is-sharing share-bar").reason, "share");
}

// The `# example:` lines of data/html/hints.tsv, run against the real table.
TEST(MainTextHintsTest, DataFileExamples) {
  std::string tsv = ReadFile(FindDataDir() + "/html/hints.tsv");
  const html::HintTable& table = html::HintTable::Default();
  ASSERT_GT(table.size(), 20u);
  std::istringstream lines(tsv);
  std::string line;
  int examples = 0;
  while (std::getline(lines, line)) {
    const std::string prefix = "# example: ";
    if (line.rfind(prefix, 0) != 0) continue;
    std::string body = line.substr(prefix.size());
    size_t arrow = body.find(" -> ");
    ASSERT_NE(arrow, std::string::npos) << line;
    std::string lhs = body.substr(0, arrow);
    std::string want = body.substr(arrow + 4);
    std::string tag = "div";
    std::string values;
    if (lhs.front() == '<') {
      tag = lhs.substr(1, lhs.size() - 2);
    } else {
      size_t q = lhs.find('"');
      values = lhs.substr(q + 1, lhs.rfind('"') - q - 1);
      for (char& c : values) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    html::Hint hint = table.Match(tag, values);
    if (want == "content") {
      EXPECT_GT(hint.weight, 0) << line;
    } else {
      EXPECT_LT(hint.weight, 0) << line;
      EXPECT_EQ(hint.reason, want) << line;
    }
    ++examples;
  }
  EXPECT_GE(examples, 4);
}

}  // namespace
}  // namespace parallax
