#include "parallax/html_text.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace parallax {
namespace {

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

// Renders `html` and checks the invariants every rendering must keep:
// paragraphs tile the text in order with "\n\n" between them and no edge
// whitespace; every exact-copy run copies its input bytes (a collapsed space
// stands for an HTML whitespace byte); runs stay inside the input.
HtmlText Render(std::string_view html, const HtmlTextOptions& options = {}) {
  HtmlText out = RenderHtml(html, options);
  EXPECT_TRUE(ValidUtf8(out.text));
  size_t expected_start = 0;
  for (size_t i = 0; i < out.paragraphs.size(); ++i) {
    const Span& p = out.paragraphs[i];
    EXPECT_EQ(p.start, expected_start) << "paragraph " << i;
    EXPECT_LT(p.start, p.end) << "paragraph " << i;
    EXPECT_LE(p.end, out.text.size());
    if (p.end > out.text.size() || p.start >= p.end) break;
    std::string_view para = std::string_view(out.text).substr(p.start, p.end - p.start);
    EXPECT_FALSE(IsHtmlSpace(para.front()) || IsHtmlSpace(para.back())) << para;
    EXPECT_EQ(para.find("\n\n"), std::string_view::npos) << para;
    expected_start = p.end + 2;
    if (i + 1 < out.paragraphs.size()) {
      EXPECT_EQ(out.text.substr(p.end, 2), "\n\n");
    }
  }
  if (out.paragraphs.empty()) {
    EXPECT_TRUE(out.text.empty());
  } else {
    EXPECT_EQ(out.paragraphs.back().end, out.text.size());
  }
  for (const OffsetRun& r : out.to_input.runs()) {
    EXPECT_LE(static_cast<size_t>(r.out_start) + r.out_len, out.text.size());
    EXPECT_LE(static_cast<size_t>(r.in_start) + r.in_len, html.size());
    if (r.out_len != r.in_len || r.in_start + r.in_len > html.size()) continue;
    for (size_t k = 0; k < r.out_len; ++k) {
      char t = out.text[r.out_start + k];
      char s = html[r.in_start + k];
      // Bytes RenderHtml had to neutralise keep their offsets: a control
      // character reads as a space, a byte that is not UTF-8 as '?'.
      bool neutralised = (t == ' ' && static_cast<unsigned char>(s) < 0x20) ||
                         (t == '?' && static_cast<unsigned char>(s) >= 0x80);
      if (!neutralised && (t == ' ' ? !IsHtmlSpace(s) : t != s)) {
        ADD_FAILURE() << "copy run byte " << r.out_start + k << " '" << t << "' maps to input "
                      << r.in_start + k << " '" << s << "'";
        break;
      }
    }
  }
  return out;
}

std::string Para(const HtmlText& out, size_t i) {
  const Span& p = out.paragraphs.at(i);
  return out.text.substr(p.start, p.end - p.start);
}

// The input bytes a paragraph maps back to.
std::string Source(std::string_view html, const HtmlText& out, size_t i) {
  const Span& p = out.paragraphs.at(i);
  auto [a, b] = out.to_input.SpanToInput(p.start, p.end);
  return std::string(html.substr(a, b - a));
}

TEST(RenderHtml, EmptyInputGivesEmptyResult) {
  HtmlText out = Render("");
  EXPECT_TRUE(out.text.empty());
  EXPECT_TRUE(out.paragraphs.empty());
  EXPECT_TRUE(out.meta.title.empty());
  EXPECT_FALSE(out.truncated);
}

TEST(RenderHtml, GermanParagraphsMapBackExactly) {
  const std::string html =
      "<!DOCTYPE html><html lang=\"de-DE\"><head><title>Ein Test</title></head><body>\n"
      "<h2>Über die Brücke</h2>\n"
      "<p>Die Fähre über den Fluss fährt ab Montag wieder stündlich.</p>\n"
      "<p>Anwohner äußerten sich <b>erleichtert</b>, die Gemeinde schweigt.</p>\n"
      "</body></html>";
  HtmlText out = Render(html);
  EXPECT_EQ(out.text,
            "Über die Brücke\n\n"
            "Die Fähre über den Fluss fährt ab Montag wieder stündlich.\n\n"
            "Anwohner äußerten sich erleichtert, die Gemeinde schweigt.");
  ASSERT_EQ(out.paragraphs.size(), 3u);
  EXPECT_EQ(Source(html, out, 0), "Über die Brücke");
  EXPECT_EQ(Source(html, out, 1), Para(out, 1));
  // The inline <b> is inside the mapped range; the text around it is exact.
  EXPECT_EQ(Source(html, out, 2),
            "Anwohner äußerten sich <b>erleichtert</b>, die Gemeinde schweigt.");
  EXPECT_EQ(out.meta.title, "Ein Test");
  EXPECT_EQ(out.meta.lang, "de");
}

TEST(RenderHtml, RussianCharacterReferencesAreDecodedAndMapped) {
  const std::string html =
      "<p>Цены &amp; тарифы: &#1058;ариф &laquo;Базовый&raquo; стоит 1&nbsp;200 рублей.</p>";
  HtmlText out = Render(html);
  EXPECT_EQ(out.text, "Цены & тарифы: Тариф «Базовый» стоит 1\u00A0200 рублей.");
  ASSERT_EQ(out.paragraphs.size(), 1u);
  // The whole paragraph maps to the whole source text, references included.
  EXPECT_EQ(Source(html, out, 0),
            "Цены &amp; тарифы: &#1058;ариф &laquo;Базовый&raquo; стоит 1&nbsp;200 рублей.");
  // "&" maps to "&amp;", "Т" to "&#1058;".
  size_t amp = out.text.find('&');
  auto [a0, a1] = out.to_input.SpanToInput(amp, amp + 1);
  EXPECT_EQ(html.substr(a0, a1 - a0), "&amp;");
  size_t te = out.text.find("Тариф");
  auto [t0, t1] = out.to_input.SpanToInput(te, te + std::string("Т").size());
  EXPECT_EQ(html.substr(t0, t1 - t0), "&#1058;");
  // A word after the references still maps exactly.
  size_t word = out.text.find("рублей");
  auto [w0, w1] = out.to_input.SpanToInput(word, word + std::string("рублей").size());
  EXPECT_EQ(html.substr(w0, w1 - w0), "рублей");
}

// Regression: a space written as a reference was mapped as a one-byte copy of
// its '&' (found on a real municipal page that spells words as references).
TEST(RenderHtml, DecodedSpaceMapsToItsWholeReference) {
  const std::string html = "<p>Rok&#x20;temu&#32;&#32; dziś</p>";
  HtmlText out = Render(html);
  EXPECT_EQ(out.text, "Rok temu dziś");
  auto [a, b] = out.to_input.SpanToInput(3, 4);
  EXPECT_EQ(html.substr(a, b - a), "&#x20;");
  auto [c, d] = out.to_input.SpanToInput(8, 9);
  EXPECT_EQ(html.substr(c, d - c), "&#32;");
  EXPECT_EQ(Source(html, out, 0), "Rok&#x20;temu&#32;&#32; dziś");
}

TEST(RenderHtml, PolishWhitespaceCollapsesToFirstSpaceByte) {
  const std::string html = "<div>\n   Zażółć\n\t  gęślą   <i>jaźń</i> \r\n  i koniec.  </div>";
  HtmlText out = Render(html);
  EXPECT_EQ(out.text, "Zażółć gęślą jaźń i koniec.");
  size_t space = out.text.find(' ');
  EXPECT_EQ(out.to_input.ToInput(space), html.find("Zażółć") + std::string("Zażółć").size());
  EXPECT_EQ(html[out.to_input.ToInput(space)], '\n');
  auto [a, b] = out.to_input.SpanToInput(out.paragraphs[0].start, out.paragraphs[0].end);
  EXPECT_EQ(html.substr(a, b - a), "Zażółć\n\t  gęślą   <i>jaźń</i> \r\n  i koniec.");
}

TEST(RenderHtml, ChineseListItemsAreParagraphs) {
  const std::string html =
      "<ul><li>第一条：会议在周二举行。</li><li>第二条：<a "
      "href=\"/x\">报名</a>截止到周五。</li></ul>"
      "<div><div><p>嵌套的段落也能被找到。</p></div></div>";
  HtmlText out = Render(html);
  ASSERT_EQ(out.paragraphs.size(), 3u);
  EXPECT_EQ(Para(out, 0), "第一条：会议在周二举行。");
  EXPECT_EQ(Para(out, 1), "第二条：报名截止到周五。");
  EXPECT_EQ(Para(out, 2), "嵌套的段落也能被找到。");
  EXPECT_EQ(Source(html, out, 0), Para(out, 0));
  EXPECT_EQ(Source(html, out, 2), Para(out, 2));
}

TEST(RenderHtml, ArabicLineBreaks) {
  const std::string html =
      "<p>السطر الأول من الخبر<br>السطر الثاني<br/>\n<br>فقرة جديدة بعد سطرين</p>";
  HtmlText out = Render(html);
  ASSERT_EQ(out.paragraphs.size(), 2u);
  EXPECT_EQ(Para(out, 0), "السطر الأول من الخبر\nالسطر الثاني");
  EXPECT_EQ(Para(out, 1), "فقرة جديدة بعد سطرين");
  EXPECT_EQ(Source(html, out, 1), Para(out, 1));
  // A <br> at the start or end of a paragraph adds nothing.
  EXPECT_EQ(Render("<p><br>نص<br></p>").text, "نص");
}

TEST(RenderHtml, SkippedElementsLeaveNoText) {
  const std::string html =
      "<html><head><style>p { color: red }</style><script>var x = '<p>hidden</p>';</script>"
      "<title>Kept as title</title><meta name=\"description\" content=\"not text\"></head><body>"
      "<noscript><p>Enable scripts</p></noscript><template><p>inert</p></template>"
      "<svg><title>icon label</title><text>drawn</text></svg><math><mi>x</mi></math>"
      "<iframe src=\"a.html\">frame fallback</iframe><object>object fallback</object>"
      "<!-- a comment with <p>markup</p> -->"
      "<select><option>Option one</option></select>"
      "<p>Visible one.</p><script>document.write('x')</script><p>Visible two.</p></body></html>";
  HtmlText out = Render(html);
  EXPECT_EQ(out.text, "Visible one.\n\nVisible two.");
  EXPECT_EQ(out.meta.title, "Kept as title");
}

TEST(RenderHtml, InlineElementsAddNoBreaks) {
  HtmlText out =
      Render("<p>Ab<span>c</span> <em>de</em><a href=#>f</a> <unknown-tag>g</unknown-tag></p>");
  EXPECT_EQ(out.text, "Abc def g");
}

TEST(RenderHtml, TableRowsAreParagraphsAndCellsJoinWithSpace) {
  HtmlText out = Render(
      "<table><tr><th>Stadt</th><th>Einwohner</th></tr>"
      "<tr><td>Kraków</td><td>800&nbsp;000</td></tr><tr><td><p>Im Absatz</p></td></tr></table>");
  EXPECT_EQ(out.text, "Stadt Einwohner\n\nKraków 800\u00A0000\n\nIm Absatz");
}

TEST(RenderHtml, PreKeepsLineBreaks) {
  const std::string html =
      "<pre>\nerste Zeile\n   zweite  Zeile\n\nneuer Absatz\n</pre><p>danach</p>";
  HtmlText out = Render(html);
  ASSERT_EQ(out.paragraphs.size(), 3u);
  EXPECT_EQ(Para(out, 0), "erste Zeile\nzweite Zeile");
  EXPECT_EQ(Para(out, 1), "neuer Absatz");
  EXPECT_EQ(Para(out, 2), "danach");
  // Outside <pre> the same newlines are plain spaces.
  EXPECT_EQ(Render("<div>erste Zeile\n\nzweite</div>").text, "erste Zeile zweite");
}

TEST(RenderHtml, NbspOnlyParagraphsAreDropped) {
  HtmlText out = Render("<p>&nbsp;</p><p> \u00A0 Text \u00A0</p><p>&#160;&#32;</p>");
  EXPECT_EQ(out.text, "Text");
  ASSERT_EQ(out.paragraphs.size(), 1u);
}

TEST(RenderHtml, UnknownReferencesStayLiteral) {
  const std::string html = "<p>Tom &foo; Jerry &lt z, a < b, AT&T</p>";
  HtmlText out = Render(html);
  EXPECT_EQ(out.text, "Tom &foo; Jerry &lt z, a < b, AT&T");
  EXPECT_EQ(Source(html, out, 0), out.text);
}

TEST(RenderHtml, MetaCharsetIsIgnored) {
  const std::string html =
      "<html><head><meta charset=\"windows-1251\"><meta http-equiv=\"Content-Type\" "
      "content=\"text/html; charset=koi8-r\"></head><body><p>Привет, мир</p></body></html>";
  HtmlText out = Render(html);
  EXPECT_EQ(out.text, "Привет, мир");
  EXPECT_EQ(Source(html, out, 0), "Привет, мир");
}

TEST(RenderHtml, MetaFields) {
  const std::string html =
      "<html lang=\"PL-pl\"><head><title>\n  Tytuł   strony \n</title>"
      "<meta property=\"og:title\" content=\"Tytuł OG\">"
      "<meta property=\"og:site_name\" content=\"Gazeta Testowa\">"
      "<meta property=\"og:url\" content=\"https://example.org/og\">"
      "<link rel=\"alternate canonical\" href=\"https://example.org/kanon\">"
      "<meta property=\"article:published_time\" content=\"2023-05-04T10:00:00+02:00\">"
      "<meta name=\"date\" content=\"2022-01-01\">"
      "</head><body><time datetime=\"2021-02-03\">3 lutego</time><h1>Nagłówek</h1></body></html>";
  HtmlText out = Render(html);
  EXPECT_EQ(out.meta.title, "Tytuł strony");
  EXPECT_EQ(out.meta.lang, "pl");
  EXPECT_EQ(out.meta.site, "Gazeta Testowa");
  EXPECT_EQ(out.meta.canonical, "https://example.org/kanon");
  EXPECT_EQ(out.meta.published, "2023-05-04");
  EXPECT_EQ(out.text, "3 lutego\n\nNagłówek");
}

TEST(RenderHtml, TitleFallsBackToOgTitleThenH1) {
  EXPECT_EQ(Render("<meta property=\"og:title\" content=\"Z grafu\"><h1>Nagłówek</h1>").meta.title,
            "Z grafu");
  EXPECT_EQ(Render("<body><h1> Pierwszy <b>nagłówek</b> </h1><h1>Drugi</h1></body>").meta.title,
            "Pierwszy nagłówek");
  // A <title> inside <svg> is an icon label, not the page title.
  EXPECT_EQ(Render("<svg><title>Ikona</title></svg><h1>Właściwy</h1>").meta.title, "Właściwy");
  EXPECT_EQ(Render("<p>bez tytułu</p>").meta.title, "");
}

TEST(RenderHtml, CanonicalFallsBackToOgUrl) {
  EXPECT_EQ(Render("<meta property=\"og:url\" content=\"https://a.example/x\">").meta.canonical,
            "https://a.example/x");
}

struct PublishedCase {
  const char* html;
  const char* published;
};

TEST(RenderHtml, PublishedSourcesInPriorityOrder) {
  const PublishedCase cases[] = {
      {"<meta name=\"pubdate\" content=\"2020-01-02\"><time datetime=\"2019-01-01\"></time>",
       "2020-01-02"},
      {"<meta name=\"PublishDate\" content=\"2020-01-03\">", "2020-01-03"},
      {"<meta name=\"dc.date.issued\" content=\"2020-01-04\">", "2020-01-04"},
      {"<span itemprop=\"datePublished\" content=\"2020-01-05\">5.1.</span>"
       "<time datetime=\"2019-01-01\"></time>",
       "2020-01-05"},
      {"<time itemprop=\"datePublished\" datetime=\"2020-01-06\">6.1.</time>", "2020-01-06"},
      {"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"x\",\n"
       "  \"datePublished\" :  \"2020-01-07T08:00:00Z\"}</script><time datetime=\"2019-01-01\">",
       "2020-01-07"},
      {"<script type=\"text/javascript\">var a = {\"datePublished\": \"1999-09-09\"};</script>",
       ""},
      {"<p>Am <time datetime=\"2020-01-08\">8. Januar</time> und "
       "<time datetime=\"2020-01-09\">9. Januar</time></p>",
       "2020-01-08"},
      {"<p>ohne Datum</p>", ""},
  };
  for (const PublishedCase& c : cases) {
    EXPECT_EQ(Render(c.html).meta.published, c.published) << c.html;
  }
}

TEST(RenderHtml, LangVariants) {
  EXPECT_EQ(Render("<html lang=\"ru\"><p>x</p></html>").meta.lang, "ru");
  EXPECT_EQ(Render("<html xml:lang=\"zh-Hant-TW\"><p>x</p></html>").meta.lang, "zh");
  EXPECT_EQ(Render("<html lang=\"\"><p>x</p></html>").meta.lang, "");
  EXPECT_EQ(Render("<html lang=\"12\"><p>x</p></html>").meta.lang, "");
  EXPECT_EQ(Render("<p>x</p>").meta.lang, "");
}

TEST(RenderHtml, BrokenMarkupRecovers) {
  HtmlText out = Render(
      "<div><p>Erster Absatz<p>Zweiter <b>fett <i>kursiv</b> Ende</div></span></div>"
      "<p class=unquoted id='x>y'>Dritter</p><td>verirrte Zelle</td><li>verirrter Punkt"
      "<p>Letzter, nie geschlossen");
  EXPECT_NE(out.text.find("Erster Absatz"), std::string::npos);
  EXPECT_NE(out.text.find("Zweiter fett kursiv Ende"), std::string::npos);
  EXPECT_NE(out.text.find("Dritter"), std::string::npos);
  EXPECT_NE(out.text.find("verirrte Zelle"), std::string::npos);
  EXPECT_NE(out.text.find("verirrter Punkt"), std::string::npos);
  EXPECT_NE(out.text.find("Letzter, nie geschlossen"), std::string::npos);
  // Text before any tag and a lone "<" survive.
  EXPECT_EQ(Render("nur Text ohne Tags").text, "nur Text ohne Tags");
  EXPECT_EQ(Render("<").text, "<");
  EXPECT_EQ(Render("<p>a <3 b</p>").text, "a <3 b");
}

TEST(RenderHtml, UnclosedTitleDoesNotSwallowThePage) {
  HtmlText out = Render("<title>Nie zamknięty <p>Treść strony</p> i dalej");
  EXPECT_EQ(out.meta.title, "Nie zamknięty");
  EXPECT_EQ(out.text, "Treść strony\n\ni dalej");
  // A closed title in the body is still metadata only.
  out = Render("<body><p>przed</p><title>Późny tytuł</title><p>po</p></body>");
  EXPECT_EQ(out.meta.title, "Późny tytuł");
  EXPECT_EQ(out.text, "przed\n\npo");
}

// Regression: libxml2 ignores "</noscript>" while a <div> opened inside the
// noscript is still open, and the rest of the page rendered nothing (found on
// a news page with a tracking-pixel <div> in its noscript).
TEST(RenderHtml, NoscriptWithUnclosedElementEndsAtItsEndTag) {
  const std::string html =
      "<body><div class=\"wrap\"><noscript><div id=\"pixel\"><span>Bitte Skripte "
      "aktivieren</noscript><h2>Der Hafen wächst</h2><p>Seit Mai legen dort mehr Schiffe an.</p>"
      "</div><p>Letzter Satz.</p></body>";
  HtmlText out = Render(html);
  EXPECT_EQ(out.text, "Der Hafen wächst\n\nSeit Mai legen dort mehr Schiffe an.\n\nLetzter Satz.");
  ASSERT_EQ(out.paragraphs.size(), 3u);
  EXPECT_EQ(Source(html, out, 0), "Der Hafen wächst");
  EXPECT_EQ(Source(html, out, 1), "Seit Mai legen dort mehr Schiffe an.");
  // Text right after the end tag, an upper-case end tag, and a table cell
  // left open inside (td has an even higher end priority than div).
  EXPECT_EQ(Render("<p>vorher</p><NOSCRIPT><table><tr><td>Zelle</NoScript >danach im Text").text,
            "vorher\n\ndanach im Text");
}

TEST(RenderHtml, NoscriptNormalNestedAndUnclosed) {
  // A well-formed noscript is skipped as before, and the page goes on.
  EXPECT_EQ(Render("<p>eins</p><noscript><p>ohne Skript</p></noscript><p>zwei</p>").text,
            "eins\n\nzwei");
  // Two noscripts in a row, the first one broken.
  EXPECT_EQ(Render("<noscript><div>a</noscript><p>b</p><noscript><p>c</p></noscript><p>d</p>").text,
            "b\n\nd");
  // Nested: as in a browser, the first "</noscript" ends the outer one.
  EXPECT_EQ(Render("<noscript><noscript>x</noscript>y</noscript><p>z</p>").text, "y\n\nz");
  // Never closed: the rest of the page is noscript content.
  EXPECT_EQ(Render("<p>oben</p><noscript><div>unten</div><p>mehr</p>").text, "oben");
  // "</noscripts" is another tag.
  EXPECT_EQ(Render("<noscript>a</noscripts>b</noscript><p>c</p>").text, "c");
}

// <rt> readings and <rp> parentheses are annotations over the base text.
TEST(RenderHtml, RubyAnnotationsAreSkipped) {
  const std::string html =
      "<p>今日は<ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>で"
      "<ruby>会<rt>かい</rt>議<rt>ぎ</rt></ruby>があります。</p>";
  HtmlText out = Render(html);
  EXPECT_EQ(out.text, "今日は東京で会議があります。");
  size_t word = out.text.find("東京");
  auto [a, b] = out.to_input.SpanToInput(word, word + std::string("東京").size());
  EXPECT_EQ(html.substr(a, b - a), "東京");
  // Chinese pinyin annotation, and <rb> base text stays.
  EXPECT_EQ(Render("<p><ruby><rb>北京</rb><rt>Běijīng</rt></ruby>很大</p>").text, "北京很大");
  // Parentheses outside ruby are ordinary text.
  EXPECT_EQ(Render("<p>Tokio (東京)</p>").text, "Tokio (東京)");
}

TEST(RenderHtml, SoftHyphensAreDropped) {
  const std::string html =
      "<p>Die Donau\u00ADdampf\u00ADschiff\u00ADfahrt und die Verkehrs&shy;ministerin "
      "tagten im Rat&#173;haus &#xAD; lange.</p>";
  HtmlText out = Render(html);
  EXPECT_EQ(out.text,
            "Die Donaudampfschifffahrt und die Verkehrsministerin tagten im Rathaus lange.");
  // Every character still maps to its own input bytes.
  for (std::string_view word :
       {"Donau", "dampf", "fahrt", "Verkehrs", "ministerin", "haus", "lange."}) {
    size_t at = out.text.find(word);
    ASSERT_NE(at, std::string::npos) << word;
    auto [a, b] = out.to_input.SpanToInput(at, at + word.size());
    EXPECT_EQ(html.substr(a, b - a), word);
  }
  // A span across a dropped hyphen covers it in the input.
  size_t at = out.text.find("Rathaus");
  auto [a, b] = out.to_input.SpanToInput(at, at + 7);
  EXPECT_EQ(html.substr(a, b - a), "Rat&#173;haus");
  // Only hyphens: nothing; an ordinary hyphen and U+2010 stay.
  EXPECT_EQ(Render("<p>\u00AD</p><p>&shy;&shy;</p>").text, "");
  EXPECT_EQ(Render("<p>Ost-West \u2010 Achse\u00AD</p>").text, "Ost-West \u2010 Achse");
}

TEST(RenderHtml, OnlyScriptGivesEmptyText) {
  HtmlText out =
      Render("<script>for (var i = 0; i < 10; i++) { console.log('<p>x</p>'); }</script>");
  EXPECT_TRUE(out.text.empty());
  EXPECT_TRUE(out.paragraphs.empty());
}

TEST(RenderHtml, DeepNestingKeepsText) {
  // libxml2's DOM stops at depth 256 without HTML_PARSE_HUGE; SAX must not.
  std::string html = "<html><body>";
  for (int i = 0; i < 10000; ++i) html += "<div>";
  html += "tief verschachtelt";
  for (int i = 0; i < 10000; ++i) html += "</div>";
  html += "<p>danach</p>";
  for (int i = 0; i < 10000; ++i) html += "<span><b>";  // never closed
  html += "ganz unten";
  HtmlText out = Render(html);
  EXPECT_EQ(out.text, "tief verschachtelt\n\ndanach\n\nganz unten");
  EXPECT_EQ(Source(html, out, 0), "tief verschachtelt");
}

TEST(RenderHtml, LongParagraphMapsEveryByte) {
  // Longer than libxml2's 1000-byte text chunks, with characters of 1 to 4
  // bytes so that chunk ends fall inside and after every width.
  std::string body;
  const char* words[] = {"Zahl", "Straße", "中文", "𝄞note", "слово", "عربي", "1,5"};
  for (int i = 0; i < 3000; ++i) {
    body += words[i % 7];
    body += (i % 11 == 0) ? "\n" : " ";
  }
  std::string html = "<p>" + body + "</p><p>Schluss</p>";
  HtmlText out = Render(html);
  ASSERT_EQ(out.paragraphs.size(), 2u);
  std::string expected = body;
  for (char& c : expected) {
    if (c == '\n') c = ' ';
  }
  expected.pop_back();
  EXPECT_EQ(Para(out, 0), expected);
  EXPECT_EQ(Source(html, out, 0), body.substr(0, body.size() - 1));
  for (size_t i = 0; i < expected.size(); ++i) {
    char t = out.text[i];
    char s = html[out.to_input.ToInput(i)];
    if (t == ' ' ? !IsHtmlSpace(s) : t != s) {
      ADD_FAILURE() << "byte " << i << " maps to " << out.to_input.ToInput(i);
      break;
    }
  }
}

TEST(RenderHtml, NulControlAndInvalidBytesKeepOffsets) {
  std::string html = "<p>vor";
  html += '\0';
  html += "nach\x01 und \xFF\xFE kaputt \xED\xA0\x80 Ende</p><p>Prüfung</p>";
  HtmlText out = Render(html);
  ASSERT_EQ(out.paragraphs.size(), 2u);
  EXPECT_EQ(Para(out, 0), "vor nach und ?? kaputt ??? Ende");
  EXPECT_EQ(Para(out, 1), "Prüfung");
  EXPECT_EQ(Source(html, out, 1), "Prüfung");
  EXPECT_EQ(Render(std::string("\0\0\0", 3)).text, "");
}

TEST(RenderHtml, TruncatesAtTheLimitOnACharacterBoundary) {
  std::string html = "<p>Жжжжжжжжжж</p>";
  HtmlTextOptions options;
  options.max_input_bytes = 8;  // "<p>" + 2.5 letters
  HtmlText out = Render(html, options);
  EXPECT_TRUE(out.truncated);
  EXPECT_EQ(out.text, "Жж");
  EXPECT_FALSE(Render(html).truncated);
}

TEST(RenderHtml, HugePageInBoundedTime) {
  std::string html = "<html><head><title>Groß</title></head><body>";
  const std::string para =
      "<p>Ein ziemlich gewöhnlicher Absatz mit <a href=\"/link\">einem Link</a> &amp; etwas "
      "Text, der sich wiederholt, damit die Seite groß wird.</p>\n";
  while (html.size() < (20u << 20)) html += para;
  html += "<p>Das Ende.</p></body></html>";
  HtmlText out = RenderHtml(html);
  // About 1 s on the development machine; 30 s allows for sanitizer builds
  // and a loaded CI host, and still catches quadratic behaviour.
  EXPECT_FALSE(out.truncated);
  ASSERT_GT(out.paragraphs.size(), 100000u);
  EXPECT_EQ(Para(out, out.paragraphs.size() - 1), "Das Ende.");
  EXPECT_EQ(Source(html, out, out.paragraphs.size() - 1), "Das Ende.");
  size_t mid = out.paragraphs.size() / 2;
  EXPECT_EQ(Para(out, mid),
            "Ein ziemlich gewöhnlicher Absatz mit einem Link & etwas Text, der sich wiederholt, "
            "damit die Seite groß wird.");
  EXPECT_EQ(out.meta.title, "Groß");
}

TEST(RenderHtml, ConcurrentCallsAgree) {
  std::string html = "<html lang=fr><title>Fil</title><body>";
  for (int i = 0; i < 200; ++i) {
    html += "<p>Paragraphe numéro " + std::to_string(i) + " &eacute;crit &agrave; la main.</p>";
  }
  html += "</body></html>";
  HtmlText reference = RenderHtml(html);
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      int ok = 1;
      for (int k = 0; k < 20; ++k) {
        HtmlText out = RenderHtml(html);
        ok &= out.text == reference.text && out.paragraphs == reference.paragraphs &&
              out.to_input.runs() == reference.to_input.runs() && out.meta.lang == "fr";
      }
      same[t] = ok;
    });
  }
  for (std::thread& t : threads) t.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(same[t], 1) << "thread " << t;
  EXPECT_EQ(reference.paragraphs.size(), 200u);
}

}  // namespace
}  // namespace parallax
