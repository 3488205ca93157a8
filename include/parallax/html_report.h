// parallax: the analysis as one self-contained HTML page (docs/report.md).
//
// The page needs no network: its CSS and JavaScript are inline (compiled
// into the binary from src/report/assets/), and the data is the analysis
// JSON (docs/json.md) embedded in a <script type="application/json">
// element, escaped so that no text of an article can end that element. The
// page's script inserts every text of the data with textContent, never as
// markup: article text is hostile input.
//
//   analysis JSON ──ReportData──► the page's data ──RenderHtmlReport──► HTML
#ifndef PARALLAX_HTML_REPORT_H_
#define PARALLAX_HTML_REPORT_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace parallax {

// What the page shows.
struct HtmlReportOptions {
  // Only this story (its `id`, "S3", in any ASCII case); empty (the
  // default): every story.
  std::string story;
  // The page's <title> and main heading; empty (the default): "parallax
  // report", with the story's label when `story` is given.
  std::string title;
};

// The data the page embeds, cut from `analysis` (the object of docs/json.md:
// {"parallax", "documents", "stories", "errors"}): each document's metadata
// only (id, title, site, url, lang, published, source; not its text or
// annotations, which the stories already quote), the stories (all, or only
// `options.story`), the errors, the parallax version, and the options.
// Missing or null members read as empty. Throws InputError when
// `options.story` is not empty and no story of `analysis` has that id (the
// message names it), or when `analysis` is not an object.
nlohmann::json ReportData(const nlohmann::json& analysis, const HtmlReportOptions& options);

// The whole page (UTF-8 HTML5) for `analysis`, as ReportData cuts it. Never
// throws on a well-formed analysis, whatever its strings hold (markup,
// "</script>", invalid UTF-8, which becomes U+FFFD); throws InputError as
// ReportData does. Thread-safe: reads only its arguments and constant
// templates.
std::string RenderHtmlReport(const nlohmann::json& analysis, const HtmlReportOptions& options);

// `data` as text that can stand inside a <script type="application/json">
// element: compact JSON with every '<', '>' and '&' written as a \u escape
// (so "</script>" and "<!--" in a string cannot end or change the element),
// invalid UTF-8 replaced by U+FFFD. JSON.parse of the result equals `data`.
// Never throws.
std::string ScriptSafeJson(const nlohmann::json& data);

// `text` with '&', '<', '>', '"' and '\'' written as character references,
// for HTML text and attribute values. Never throws.
std::string EscapeHtml(std::string_view text);

}  // namespace parallax

#endif  // PARALLAX_HTML_REPORT_H_
