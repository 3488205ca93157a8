#include "extract/html_meta.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace parallax::html {

namespace {

// Caps on collected text. Real titles and headings are well under 1 KB and
// JSON-LD blocks on news pages a few KB; the caps only bound memory on
// hostile input (a page that never closes its <title>).
constexpr size_t kMaxTitleBytes = 64 * 1024;
constexpr size_t kMaxJsonLdBytes = 1024 * 1024;

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsHtmlSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsHtmlSpace(s.back())) s.remove_suffix(1);
  return s;
}

// The value of attribute `name`; nullopt when absent ("" for a bare attribute).
std::optional<std::string_view> Attr(const xmlChar** atts, std::string_view name) {
  if (atts == nullptr) return std::nullopt;
  for (size_t i = 0; atts[i] != nullptr; i += 2) {
    if (EqualsIgnoreCase(reinterpret_cast<const char*>(atts[i]), name)) {
      const xmlChar* v = atts[i + 1];
      return v == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(v));
    }
  }
  return std::nullopt;
}

std::string_view AttrOrEmpty(const xmlChar** atts, std::string_view name) {
  return Trim(Attr(atts, name).value_or(std::string_view()));
}

// True when the space-separated token list `list` holds `token`.
bool HasToken(std::string_view list, std::string_view token) {
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && IsHtmlSpace(list[i])) ++i;
    size_t j = i;
    while (j < list.size() && !IsHtmlSpace(list[j])) ++j;
    if (j > i && EqualsIgnoreCase(list.substr(i, j - i), token)) return true;
    i = j;
  }
  return false;
}

// "de-DE" -> "de", "EN_us" -> "en"; "" unless the primary subtag is 2-8 ASCII
// letters (BCP 47 primary language subtag).
std::string PrimarySubtag(std::string_view tag) {
  tag = Trim(tag);
  size_t end = 0;
  while (end < tag.size() && tag[end] != '-' && tag[end] != '_') ++end;
  if (end < 2 || end > 8) return "";
  std::string out;
  for (size_t i = 0; i < end; ++i) {
    char c = AsciiLower(tag[i]);
    if (c < 'a' || c > 'z') return "";
    out.push_back(c);
  }
  return out;
}

void AppendCapped(std::string* dst, std::string_view text, size_t cap) {
  if (dst->size() >= cap) return;
  dst->append(text.substr(0, cap - dst->size()));
}

// The first "datePublished": "<value>" in JSON text, value as written.
std::string FindJsonDatePublished(std::string_view json) {
  constexpr std::string_view kKey = "\"datePublished\"";
  size_t at = 0;
  while ((at = json.find(kKey, at)) != std::string_view::npos) {
    size_t i = at + kKey.size();
    at = i;
    while (i < json.size() && IsHtmlSpace(json[i])) ++i;
    if (i >= json.size() || json[i] != ':') continue;
    ++i;
    while (i < json.size() && IsHtmlSpace(json[i])) ++i;
    if (i >= json.size() || json[i] != '"') continue;
    size_t start = ++i;
    while (i < json.size() && json[i] != '"') i += (json[i] == '\\') ? 2 : 1;
    if (i >= json.size()) continue;
    std::string_view value = Trim(json.substr(start, i - start));
    if (!value.empty()) return std::string(value);
  }
  return "";
}

}  // namespace

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (IsHtmlSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

bool MetaCollector::OnStartElement(std::string_view name, const xmlChar** atts) {
  if (name == "meta") {
    OnMeta(atts);
  } else if (name == "html") {
    if (!html_seen_) {
      html_seen_ = true;
      auto lang = Attr(atts, "lang");
      if (!lang || Trim(*lang).empty()) lang = Attr(atts, "xml:lang");
      if (lang) lang_ = PrimarySubtag(*lang);
    }
  } else if (name == "link") {
    if (canonical_.empty() && HasToken(AttrOrEmpty(atts, "rel"), "canonical")) {
      canonical_ = std::string(AttrOrEmpty(atts, "href"));
    }
  } else if (name == "time") {
    SetPublished(kTimeElement, AttrOrEmpty(atts, "datetime"));
  } else if (name == "script") {
    return EqualsIgnoreCase(AttrOrEmpty(atts, "type"), "application/ld+json");
  }
  if (name != "meta" && EqualsIgnoreCase(AttrOrEmpty(atts, "itemprop"), "datePublished")) {
    std::string_view value = AttrOrEmpty(atts, "content");
    if (value.empty()) value = AttrOrEmpty(atts, "datetime");
    SetPublished(kItemprop, value);
  }
  return false;
}

void MetaCollector::OnMeta(const xmlChar** atts) {
  std::string_view content = AttrOrEmpty(atts, "content");
  if (content.empty()) return;
  if (EqualsIgnoreCase(AttrOrEmpty(atts, "itemprop"), "datePublished")) {
    SetPublished(kItemprop, content);
  }
  // Open Graph uses property=; many sites write name= instead.
  for (std::string_view key : {AttrOrEmpty(atts, "property"), AttrOrEmpty(atts, "name")}) {
    if (key.empty()) continue;
    if (EqualsIgnoreCase(key, "og:title")) {
      if (og_title_.empty()) og_title_ = std::string(content);
    } else if (EqualsIgnoreCase(key, "og:site_name")) {
      if (site_.empty()) site_ = std::string(content);
    } else if (EqualsIgnoreCase(key, "og:url")) {
      if (og_url_.empty()) og_url_ = std::string(content);
    } else if (EqualsIgnoreCase(key, "article:published_time")) {
      SetPublished(kArticlePublished, content);
    } else if (EqualsIgnoreCase(key, "date") || EqualsIgnoreCase(key, "pubdate") ||
               EqualsIgnoreCase(key, "publishdate") || EqualsIgnoreCase(key, "DC.date.issued")) {
      SetPublished(kMetaDate, content);
    }
  }
}

void MetaCollector::SetPublished(DateSource source, std::string_view value) {
  value = Trim(value);
  if (!value.empty() && published_[source].empty()) published_[source] = std::string(value);
}

void MetaCollector::AddTitleText(std::string_view text) {
  AppendCapped(&title_, text, kMaxTitleBytes);
}

void MetaCollector::AddH1Text(std::string_view text) { AppendCapped(&h1_, text, kMaxTitleBytes); }

void MetaCollector::AddJsonLd(std::string_view text) {
  if (!published_[kJsonLd].empty()) return;
  AppendCapped(&json_ld_, text, kMaxJsonLdBytes);
}

void MetaCollector::EndJsonLd() {
  if (published_[kJsonLd].empty()) SetPublished(kJsonLd, FindJsonDatePublished(json_ld_));
  json_ld_.clear();
}

HtmlMeta MetaCollector::Finish() {
  HtmlMeta meta;
  meta.title = CollapseWhitespace(title_);
  if (meta.title.empty()) meta.title = CollapseWhitespace(og_title_);
  if (meta.title.empty()) meta.title = CollapseWhitespace(h1_);
  meta.lang = lang_;
  for (const std::string& p : published_) {
    if (!p.empty()) {
      meta.published = p;
      break;
    }
  }
  meta.site = CollapseWhitespace(site_);
  meta.canonical = canonical_.empty() ? og_url_ : canonical_;
  return meta;
}

}  // namespace parallax::html
