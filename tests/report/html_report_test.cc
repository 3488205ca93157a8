// Tests for the HTML report (include/parallax/html_report.h): the embedded
// data cannot end its element whatever the articles say, the page is whole
// and needs no network, and --story picks one story. What the page shows in
// a browser is tested by tests/browser/report_test.mjs.

#include "parallax/html_report.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "parallax/error.h"

namespace parallax {
namespace {

using nlohmann::json;

constexpr const char* kBreakOut = "</script><script>alert('x')</script><!-- <b>&amp;";

// Two stories; the second's label, a document title and a sentence try to
// break out of the page.
json TwoStories() {
  json values = json::array({{{"claim", "d2:c1"},
                              {"document", "d2"},
                              {"value", 7},
                              {"approx", "exact"},
                              {"text", std::string("Seven boats sank. ") + kBreakOut}}});
  return {{"parallax", {{"version", "9.9.9"}}},
          {"documents",
           json::array({{{"id", "d1"}, {"title", "Ferry strike ends"}, {"text", "long text"}},
                        {{"id", "d2"}, {"title", kBreakOut}, {"lang", "nl"}},
                        {{"id", "d3"}, {"title", "Storm over the delta"}}})},
          {"stories", json::array({{{"id", "S1"}, {"label", "Ferry strike"}, {"documents", {"d1"}}},
                                   {{"id", "S2"},
                                    {"label", std::string("Storm {{JS}} ") + kBreakOut},
                                    {"documents", {"d2", "d3"}},
                                    {"comparisons", json::array({{{"kind", "missing"},
                                                                  {"status", "single_source"},
                                                                  {"values", values}}})}}})},
          {"errors", json::array({{{"source", "a.warc"}, {"reason", "truncated"}}})}};
}

// The text of the page's data element.
std::string EmbeddedData(const std::string& page) {
  const std::string open = "<script type=\"application/json\" id=\"parallax-data\">";
  size_t start = page.find(open);
  if (start == std::string::npos) return {};
  start += open.size();
  size_t end = page.find("</script>", start);
  if (end == std::string::npos) return {};
  return page.substr(start, end - start);
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(ScriptSafeJson, NoTextCanEndTheScriptElement) {
  json data = {{"text", kBreakOut}, {"more", "a > b && c < d"}};
  std::string safe = ScriptSafeJson(data);
  EXPECT_EQ(safe.find('<'), std::string::npos) << safe;
  EXPECT_EQ(safe.find('>'), std::string::npos) << safe;
  EXPECT_EQ(safe.find('&'), std::string::npos) << safe;
  EXPECT_EQ(json::parse(safe), data);
}

TEST(ScriptSafeJson, InvalidUtf8BecomesReplacementCharacters) {
  json data = {{"text", std::string("caf\xC3") + "\xFF" + " ok"}};
  std::string safe;
  ASSERT_NO_THROW(safe = ScriptSafeJson(data));
  EXPECT_NE(json::parse(safe)["text"].get<std::string>().find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(EscapeHtml, EscapesTheFiveCharacters) {
  EXPECT_EQ(EscapeHtml("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
  EXPECT_EQ(EscapeHtml("Straße — 東京"), "Straße — 東京");
  EXPECT_EQ(EscapeHtml(""), "");
}

TEST(RenderHtmlReport, EmbedsTheDataWhole) {
  const json analysis = TwoStories();
  const std::string page = RenderHtmlReport(analysis, {});
  const std::string embedded = EmbeddedData(page);
  ASSERT_FALSE(embedded.empty());
  json data = json::parse(embedded);
  EXPECT_EQ(data, ReportData(analysis, {}));
  EXPECT_EQ(data["stories"].size(), 2u);
  EXPECT_EQ(data["parallax"]["version"], "9.9.9");
  // Document metadata only: the text stays out.
  EXPECT_FALSE(data["documents"][0].contains("text"));
  EXPECT_EQ(data["documents"][1]["lang"], "nl");
}

TEST(RenderHtmlReport, ArticleTextCannotBreakOut) {
  const std::string page = RenderHtmlReport(TwoStories(), {});
  // Two script elements close: the data and the page's script.
  EXPECT_EQ(Count(page, "</script>"), 2u);
  EXPECT_EQ(Count(page, "<script>alert("), 0u);
  EXPECT_EQ(Count(page, "<!-- <b>"), 0u);
}

TEST(RenderHtmlReport, PlaceholdersInDataAreNotExpanded) {
  const std::string page = RenderHtmlReport(TwoStories(), {});
  EXPECT_EQ(Count(page, "{{CSS}}"), 0u);
  EXPECT_EQ(Count(page, "{{DATA}}"), 0u);
  EXPECT_EQ(Count(page, "{{TITLE}}"), 0u);
  // The label's "{{JS}}" stays text in the data, and the script is there once.
  EXPECT_EQ(Count(page, "{{JS}}"), 1u);
  EXPECT_EQ(Count(page, "'use strict';"), 1u);
}

TEST(RenderHtmlReport, NeedsNoNetwork) {
  const std::string page = RenderHtmlReport(TwoStories(), {});
  for (const char* outside :
       {"<link", " src=", "@import", "url(http", "fetch(", "XMLHttpRequest"}) {
    EXPECT_EQ(page.find(outside), std::string::npos) << outside;
  }
  EXPECT_NE(page.find("Content-Security-Policy"), std::string::npos);
}

TEST(RenderHtmlReport, OneStoryInAnyCase) {
  HtmlReportOptions options;
  options.story = "s2";
  const std::string page = RenderHtmlReport(TwoStories(), options);
  json data = json::parse(EmbeddedData(page));
  ASSERT_EQ(data["stories"].size(), 1u);
  EXPECT_EQ(data["stories"][0]["id"], "S2");
  EXPECT_EQ(data["options"]["story"], "S2");
  ASSERT_EQ(data["documents"].size(), 2u);
  EXPECT_EQ(data["documents"][0]["id"], "d2");
  // The title names the story, escaped.
  EXPECT_NE(page.find("<title>parallax report — Storm {{JS}} &lt;/script&gt;"), std::string::npos);
}

TEST(RenderHtmlReport, UnknownStoryIsAnInputError) {
  HtmlReportOptions options;
  options.story = "S7";
  try {
    RenderHtmlReport(TwoStories(), options);
    FAIL() << "no InputError";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("S7"), std::string::npos);
  }
  EXPECT_THROW(RenderHtmlReport(json::array(), {}), InputError);
}

TEST(RenderHtmlReport, EmptyOrPartialAnalysesRender) {
  for (const json& analysis : {json::object(), json{{"stories", nullptr}},
                               json{{"documents", 3}, {"stories", {1, "x"}}}}) {
    std::string page;
    ASSERT_NO_THROW(page = RenderHtmlReport(analysis, {})) << analysis.dump();
    json data = json::parse(EmbeddedData(page));
    EXPECT_TRUE(data["stories"].empty()) << analysis.dump();
    EXPECT_TRUE(data["documents"].empty()) << analysis.dump();
  }
}

TEST(RenderHtmlReport, ATitleOfOurOwnIsEscaped) {
  HtmlReportOptions options;
  options.title = "Floods <2031> & \"after\"";
  const std::string page = RenderHtmlReport(json::object(), options);
  EXPECT_EQ(Count(page, "Floods &lt;2031&gt; &amp; &quot;after&quot;"), 2u);  // <title> and <h1>
}

}  // namespace
}  // namespace parallax
