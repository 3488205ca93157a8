// The analysis as one self-contained HTML page (include/parallax/html_report.h,
// docs/report.md). The page's template, style and script are
// src/report/assets/, compiled in as string constants by
// cmake/embed_assets.cmake (report_assets.h in the build tree).
#include "parallax/html_report.h"

#include <set>
#include <string>
#include <string_view>

#include "parallax/error.h"
#include "report_assets.h"

namespace parallax {

namespace {

using nlohmann::json;

// The document fields the page shows (docs/json.md, Document); the text and
// the annotations stay out: the stories quote the sentences they need.
constexpr std::string_view kDocumentFields[] = {"id",   "title",     "site",  "url",
                                                "lang", "published", "source"};

json DocumentMeta(const json& doc) {
  json out = json::object();
  if (!doc.is_object()) return out;
  for (std::string_view field : kDocumentFields) {
    auto it = doc.find(field);
    if (it != doc.end()) out[std::string(field)] = *it;
  }
  return out;
}

json ArrayMember(const json& object, std::string_view name) {
  auto it = object.find(name);
  if (it == object.end() || !it->is_array()) return json::array();
  return *it;
}

std::string StringMember(const json& object, std::string_view name) {
  auto it = object.find(name);
  if (it == object.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

// Story ids compare in any ASCII case ("s3" is "S3").
bool SameId(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// Replaces each "{{NAME}}" of `page` in one pass, so that a substituted text
// is never read again for placeholders.
std::string FillTemplate(std::string_view page, std::string_view title, std::string_view css,
                         std::string_view js, std::string_view data) {
  std::string out;
  out.reserve(page.size() + css.size() + js.size() + data.size() + title.size() * 2);
  size_t at = 0;
  while (at < page.size()) {
    size_t open = page.find("{{", at);
    if (open == std::string_view::npos) break;
    size_t close = page.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    std::string_view name = page.substr(open + 2, close - open - 2);
    std::string_view value;
    bool known = true;
    if (name == "TITLE") {
      value = title;
    } else if (name == "CSS") {
      value = css;
    } else if (name == "JS") {
      value = js;
    } else if (name == "DATA") {
      value = data;
    } else {
      known = false;
    }
    out.append(page.substr(at, open - at));
    if (known) {
      out.append(value);
    } else {
      out.append(page.substr(open, close + 2 - open));
    }
    at = close + 2;
  }
  out.append(page.substr(at));
  return out;
}

}  // namespace

std::string ScriptSafeJson(const json& data) {
  const std::string text = data.dump(-1, ' ', false, json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  // '<', '>' and '&' occur only inside JSON strings, where a \u escape
  // stands for the same character.
  for (char c : text) {
    switch (c) {
      case '<':
        out += "\\u003c";
        break;
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

json ReportData(const json& analysis, const HtmlReportOptions& options) {
  if (!analysis.is_object()) throw InputError("the analysis is not a JSON object");
  json stories = json::array();
  for (const json& story : ArrayMember(analysis, "stories")) {
    if (!story.is_object()) continue;
    if (options.story.empty() || SameId(StringMember(story, "id"), options.story)) {
      stories.push_back(story);
    }
  }
  if (!options.story.empty() && stories.empty()) {
    throw InputError("no story " + options.story + " in the analysis");
  }

  // With one story, only its documents.
  std::set<std::string> wanted;
  if (!options.story.empty()) {
    for (const json& id : ArrayMember(stories[0], "documents")) {
      if (id.is_string()) wanted.insert(id.get<std::string>());
    }
  }
  json documents = json::array();
  for (const json& doc : ArrayMember(analysis, "documents")) {
    if (!options.story.empty() && !wanted.contains(StringMember(doc, "id"))) continue;
    documents.push_back(DocumentMeta(doc));
  }

  const std::string story_id =
      options.story.empty() ? std::string() : StringMember(stories[0], "id");
  json version = nullptr;
  auto meta = analysis.find("parallax");
  if (meta != analysis.end() && meta->is_object()) {
    auto v = meta->find("version");
    if (v != meta->end()) version = *v;
  }
  return {{"parallax", {{"version", version}}},
          {"options", {{"story", story_id}, {"title", options.title}}},
          {"documents", std::move(documents)},
          {"stories", std::move(stories)},
          {"errors", ArrayMember(analysis, "errors")}};
}

std::string RenderHtmlReport(const json& analysis, const HtmlReportOptions& options) {
  const json data = ReportData(analysis, options);
  std::string title = options.title;
  if (title.empty()) {
    title = "parallax report";
    if (!options.story.empty()) {
      std::string label = StringMember(data["stories"][0], "label");
      title += " — " + (label.empty() ? options.story : label);
    }
  }
  // The title goes through the JSON dumper first, which replaces invalid
  // UTF-8, then is unquoted.
  std::string clean_title = json(title).dump(-1, ' ', false, json::error_handler_t::replace);
  clean_title = json::parse(clean_title).get<std::string>();
  return FillTemplate(report_assets::kReportHtml, EscapeHtml(clean_title),
                      report_assets::kReportCss, report_assets::kReportJs, ScriptSafeJson(data));
}

}  // namespace parallax
