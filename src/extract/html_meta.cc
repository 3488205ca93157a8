// parallax: the core of MetaCollector (html_meta.h): start tags, <meta>,
// JSON-LD and Finish. The text of byline and date elements is read in
// html_meta_elements.cc; helpers both use are in html_meta_internal.h.
#include "extract/html_meta.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "extract/authors.h"
#include "extract/dates_meta.h"
#include "extract/html_meta_internal.h"

namespace parallax::html {

using meta_internal::AsciiLower;
using meta_internal::EqualsIgnoreCase;
using meta_internal::HasToken;
using meta_internal::IsHtmlSpace;
using meta_internal::kMarkAuthor;
using meta_internal::kMarkCollect;
using meta_internal::kMarkDate;
using meta_internal::kMarkOffSelf;
using meta_internal::kMarkUpdate;
using meta_internal::Same;
using meta_internal::Trim;

namespace {

// Caps on collected text. Real titles and headings are well under 1 KB and
// JSON-LD blocks on news pages a few KB; the caps only bound memory on
// hostile input (a page that never closes its <title>).
constexpr size_t kMaxTitleBytes = 64 * 1024;
constexpr size_t kMaxJsonLdBytes = 1024 * 1024;

// Datelines in a whole rendered page: the page text starts with navigation,
// so far more lines than a text file's 15. On the trafilatura set (728 dated
// pages) 300 lines found 596 dates, 1000 lines 619, and more lines none more;
// 8 words for a line without dateline wording beat 12 and 16 on accuracy.
constexpr dates::DatelineOptions kPageDatelines{1000, 200, 8};

// Author links kept per page: a page lists its article's authors first; the
// rest are related articles' (and bound memory on hostile input).
constexpr size_t kMaxAuthorUrls = 8;

// An itemprop=name after an itemprop=author start tag names the author when
// it comes within this many start tags (<span itemprop=author itemscope><a
// href><span itemprop=name content=...>): no end tags reach the collector, so
// the nesting is approximated by distance.
constexpr int kAuthorScopeTags = 4;

// Open metadata elements tracked at once (html_meta_elements.cc): deeper
// nesting is not looked at (bounds the work per text chunk on hostile
// nesting; real bylines nest 2-4).
constexpr size_t kMaxFrames = 32;

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

// The string values of "key": "<value>" in JSON text that failed to parse
// (broken JSON-LD: unescaped newlines, trailing commas, two objects).
std::vector<std::string> ScanJsonStrings(std::string_view json, std::string_view key) {
  std::vector<std::string> out;
  const std::string quoted = "\"" + std::string(key) + "\"";
  size_t at = 0;
  while ((at = json.find(quoted, at)) != std::string_view::npos) {
    size_t i = at + quoted.size();
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
    if (!value.empty()) out.emplace_back(value);
  }
  return out;
}

// True for schema.org types that are an article or post (not the WebPage,
// WebSite or Organization around it).
bool IsArticleType(const nlohmann::json& type) {
  if (type.is_array()) {
    for (const auto& t : type) {
      if (IsArticleType(t)) return true;
    }
    return false;
  }
  if (!type.is_string()) return false;
  const std::string& t = type.get_ref<const std::string&>();
  for (std::string_view k : {"Article", "Posting", "Report", "Review", "Blog"}) {
    if (t.find(k) != std::string::npos) return true;
  }
  return false;
}

// A JSON value as a date string: a string, or the first string of an array.
std::string JsonDate(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array() && !v.empty() && v.front().is_string()) return v.front().get<std::string>();
  return "";
}

// Author names in a JSON-LD author value: a string, {"name": ...}, or a list.
void JsonNames(const nlohmann::json& v, std::vector<std::string>* out, int depth = 0) {
  if (depth > 4) return;
  if (v.is_string()) {
    out->push_back(v.get<std::string>());
  } else if (v.is_object()) {
    auto name = v.find("name");
    if (name != v.end()) JsonNames(*name, out, depth + 1);
  } else if (v.is_array()) {
    for (const auto& e : v) JsonNames(e, out, depth + 1);
  }
}

bool LooksLikeUrl(std::string_view s) {
  return s.find("://") != std::string_view::npos || s.substr(0, 1) == "/" ||
         s.substr(0, 4) == "www.";
}

bool ContainsIgnoreCase(std::string_view hay, std::string_view needle) {
  if (needle.size() > hay.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    if (EqualsIgnoreCase(hay.substr(i, needle.size()), needle)) return true;
  }
  return false;
}

bool IsAnyOf(std::string_view key, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys) {
    if (EqualsIgnoreCase(key, k)) return true;
  }
  return false;
}

// The host of an absolute URL, lower-cased, without "www."; "" when none.
std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#:"));
  std::string host;
  for (char c : url) host.push_back(AsciiLower(c));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

// True when `name` is the page's site: og:site_name, the canonical URL's
// host, a domain name ("jungefreiheit.de", "ORF.at"), or the part of the
// <title> after its last " | ", " - " or " – " ("Article | Makronom").
bool IsSiteName(std::string_view name, const HtmlMeta& meta) {
  const std::string folded = dates::FoldCase(name);
  if (!meta.site.empty() && folded == dates::FoldCase(meta.site)) return true;
  const std::string host = HostOf(meta.canonical);
  if (!host.empty() && (folded == host || folded == "www." + host)) return true;
  size_t dot = name.rfind('.');
  if (name.find(' ') == std::string_view::npos && dot != std::string_view::npos && dot > 0 &&
      name.size() - dot >= 3) {
    bool tld = true;
    for (char c : name.substr(dot + 1))
      tld = tld && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    if (tld) return true;
  }
  for (std::string_view sep : {" | ", " - ", " \u2013 ", " \u2014 "}) {
    size_t at = meta.title.rfind(sep);
    if (at != std::string::npos &&
        folded == dates::FoldCase(Trim(meta.title.substr(at + sep.size())))) {
      return true;
    }
  }
  return false;
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

unsigned MetaCollector::OnStartElement(std::string_view name, const xmlChar** atts) {
  unsigned out = 0;
  if (collecting_ > 0) CollectText(" ");
  // Only elements with attributes, lists, <aside>, <nav> and <time> can be
  // marked (most start tags have no attributes: one test each). Void
  // elements have no text; script and style text is not rendered (libxml2
  // gives element names in lower case).
  bool candidate =
      frames_.size() < kMaxFrames && (atts != nullptr || Same(name, "li") || Same(name, "aside") ||
                                      Same(name, "nav") || Same(name, "time"));
  if (candidate) {
    for (std::string_view v :
         {"img", "meta", "link", "br", "hr", "input", "script", "style", "source"}) {
      if (Same(name, v)) candidate = false;
    }
  }
  if (candidate) {
    unsigned marks = MarksOf(name, atts);
    if (marks != 0) {
      // Keep text only while the element can still give this page's first
      // byline or date.
      bool want = ((marks & kMarkAuthor) && authors_[kAuthorElement].empty()) ||
                  ((marks & kMarkDate) && (published_[kElement].empty() ||
                                           ((marks & kMarkUpdate) && modified_[kElement].empty())));
      if (want && !(marks & kMarkOffSelf)) {
        marks |= kMarkCollect;
        ++collecting_;
      }
      frames_.push_back(Frame{marks, {}, {}});
      out |= kWantsEnd;
    }
  }
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
    OnTime(atts);
  } else if (name == "article") {
    in_article_ = true;
  } else if (name == "abbr") {
    std::string_view cls = AttrOrEmpty(atts, "class");
    if (HasToken(cls, "published")) SetDate(published_, kAbbr, AttrOrEmpty(atts, "title"));
    if (HasToken(cls, "updated")) SetDate(modified_, kAbbr, AttrOrEmpty(atts, "title"));
  } else if (name == "script") {
    return EqualsIgnoreCase(AttrOrEmpty(atts, "type"), "application/ld+json") ? kJsonLdScript : 0;
  }
  if (name == "a" || name == "link") {
    std::string_view href = AttrOrEmpty(atts, "href");
    // An author link: rel=author, a class naming the author (not a
    // commenter's: "comment-author"), or WordPress's /author/<slug> archive.
    std::string_view cls = AttrOrEmpty(atts, "class");
    bool author_link = HasToken(AttrOrEmpty(atts, "rel"), "author") ||
                       (ContainsIgnoreCase(cls, "author") && !ContainsIgnoreCase(cls, "comment")) ||
                       href.find("/author/") != std::string_view::npos;
    if (!href.empty() && author_link && author_urls_.size() < kMaxAuthorUrls) {
      author_urls_.emplace_back(href);
    }
  }
  OnAuthorMarkup(name, atts);
  if (name != "meta") {
    std::string_view prop = AttrOrEmpty(atts, "itemprop");
    if (!prop.empty()) {
      std::string_view value = AttrOrEmpty(atts, "content");
      if (value.empty()) value = AttrOrEmpty(atts, "datetime");
      if (HasToken(prop, "datePublished")) SetDate(published_, kItemprop, value);
      if (HasToken(prop, "dateModified")) SetDate(modified_, kItemprop, value);
    }
  }
  return out;
}

void MetaCollector::OnAuthorMarkup(std::string_view name, const xmlChar** atts) {
  if (author_scope_ > 0) --author_scope_;
  std::string_view prop = AttrOrEmpty(atts, "itemprop");
  if (prop.empty()) return;
  std::string_view content = AttrOrEmpty(atts, "content");
  if (HasToken(prop, "author") || HasToken(prop, "creator")) {
    if (!content.empty()) {
      AddAuthor(kAuthorMarkup, content);
    } else {
      std::string_view href = AttrOrEmpty(atts, "href");
      if (name == "a" && !href.empty() && author_urls_.size() < kMaxAuthorUrls) {
        author_urls_.emplace_back(href);
      }
      author_scope_ = kAuthorScopeTags;
    }
  } else if (author_scope_ > 0 && HasToken(prop, "name") && !content.empty()) {
    AddAuthor(kAuthorMarkup, content);
  }
}

void MetaCollector::OnTime(const xmlChar** atts) {
  std::string_view value = AttrOrEmpty(atts, "datetime");
  if (value.empty()) return;
  std::string_view cls = AttrOrEmpty(atts, "class");
  std::string_view prop = AttrOrEmpty(atts, "itemprop");
  // Class names are page code (not language): WordPress "entry-date",
  // "published", "updated"; many sites "date", "post-date", "pubdate".
  bool updated = HasToken(prop, "dateModified") || HasToken(cls, "updated") ||
                 ContainsIgnoreCase(cls, "modified");
  if (updated) {
    SetDate(modified_, kTimeHinted, value);
    return;
  }
  bool hinted = Attr(atts, "pubdate").has_value() || HasToken(prop, "datePublished") ||
                ContainsIgnoreCase(cls, "publish") || ContainsIgnoreCase(cls, "date");
  if (hinted) SetDate(published_, kTimeHinted, value);
  if (in_article_) SetDate(published_, kTimeInArticle, value);
  SetDate(published_, kTimeFirst, value);
}

void MetaCollector::OnMeta(const xmlChar** atts) {
  std::string_view content = AttrOrEmpty(atts, "content");
  if (content.empty()) return;
  std::string_view prop = AttrOrEmpty(atts, "itemprop");
  if (HasToken(prop, "datePublished")) SetDate(published_, kItemprop, content);
  if (HasToken(prop, "dateModified")) SetDate(modified_, kItemprop, content);
  // Open Graph uses property=; many sites write name= instead. The keys are
  // the published vocabularies (Open Graph, Dublin Core, Highwire/Google
  // Scholar citation_*, Sailthru, Parse.ly), not language.
  for (std::string_view key : {AttrOrEmpty(atts, "property"), AttrOrEmpty(atts, "name")}) {
    if (key.empty()) continue;
    if (EqualsIgnoreCase(key, "og:title")) {
      if (og_title_.empty()) og_title_ = std::string(content);
    } else if (EqualsIgnoreCase(key, "og:site_name")) {
      if (site_.empty()) site_ = std::string(content);
    } else if (EqualsIgnoreCase(key, "og:url")) {
      if (og_url_.empty()) og_url_ = std::string(content);
    } else if (IsAnyOf(key, {"article:published_time", "og:published_time",
                             "og:article:published_time", "article:published", "datePublished",
                             "published_time", "article.published", "bt:pubDate"})) {
      SetDate(published_, kMetaArticle, content);
    } else if (IsAnyOf(key, {"date",
                             "pubdate",
                             "publishdate",
                             "publish-date",
                             "publish_date",
                             "DC.date.issued",
                             "DC.date",
                             "DC.date.created",
                             "dcterms.created",
                             "dcterms.date",
                             "dcterms.issued",
                             "dc.date.issued",
                             "sailthru.date",
                             "parsely-pub-date",
                             "citation_publication_date",
                             "citation_date",
                             "citation_online_date",
                             "originalPublicationDate",
                             "article_date_original",
                             "cXenseParse:recs:publishtime",
                             "date_published",
                             "created",
                             "dc.created"})) {
      SetDate(published_, kMetaDate, content);
    } else if (IsAnyOf(key, {"article:modified_time", "og:updated_time", "dateModified",
                             "article:modified", "modified_time", "last-modified", "lastmod",
                             "DC.date.modified", "dcterms.modified", "dc.modified", "revised"})) {
      SetDate(modified_, kMetaArticle, content);
    } else if (IsAnyOf(key,
                       {"author", "article:author", "parsely-author", "sailthru.author",
                        "DC.creator", "dc.creator", "dcterms.creator", "citation_author", "byl"})) {
      AddAuthor(kAuthorMeta, content);
    }
  }
}

void MetaCollector::SetDate(std::string* slots, DateSource source, std::string_view value) {
  if (!slots[source].empty()) return;
  slots[source] = dates::NormalizeDateValue(value, dates::DefaultLexicon());
}

void MetaCollector::AddAuthor(int rank, std::string_view name) {
  std::string clean = CollapseWhitespace(name);
  // A profile URL is not a name; "byl" values start with "By ".
  if (clean.empty() || clean.size() > 200 || LooksLikeUrl(clean)) return;
  std::vector<std::string>& list = authors_[rank];
  for (std::string& n : authors::CleanNames(clean, authors::DefaultAuthorLexicon())) {
    if (std::find(list.begin(), list.end(), n) == list.end()) list.push_back(std::move(n));
  }
}

void MetaCollector::AddTitleText(std::string_view text) {
  AppendCapped(&title_, text, kMaxTitleBytes);
}

void MetaCollector::AddH1Text(std::string_view text) { AppendCapped(&h1_, text, kMaxTitleBytes); }

void MetaCollector::AddJsonLd(std::string_view text) {
  AppendCapped(&json_ld_, text, kMaxJsonLdBytes);
}

void MetaCollector::EndJsonLd() {
  ReadJsonLd(json_ld_);
  json_ld_.clear();
}

void MetaCollector::ReadJsonLd(std::string_view text) {
  // Some sites wrap the JSON in an HTML comment or CDATA markers.
  text = Trim(text);
  for (std::string_view wrap : {"<!--", "<![CDATA["}) {
    if (text.substr(0, wrap.size()) == wrap) text = Trim(text.substr(wrap.size()));
  }
  for (std::string_view wrap : {"-->", "]]>"}) {
    if (text.size() >= wrap.size() && text.substr(text.size() - wrap.size()) == wrap) {
      text = Trim(text.substr(0, text.size() - wrap.size()));
    }
  }
  nlohmann::json root = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) {
    // Broken JSON: the first values written; an article's come first on
    // nearly every page that has one.
    for (const std::string& v : ScanJsonStrings(text, "datePublished"))
      SetDate(published_, kJsonLd, v);
    for (const std::string& v : ScanJsonStrings(text, "dateCreated"))
      SetDate(published_, kJsonLdOther, v);
    for (const std::string& v : ScanJsonStrings(text, "dateModified"))
      SetDate(modified_, kJsonLd, v);
    return;
  }
  // Depth-first through objects, arrays and @graph; 16 levels is deeper than
  // any schema.org markup seen and bounds hostile nesting.
  struct Walker {
    MetaCollector* self;
    void Walk(const nlohmann::json& v, int depth) {
      if (depth > 16) return;
      if (v.is_array()) {
        for (const auto& e : v) Walk(e, depth + 1);
        return;
      }
      if (!v.is_object()) return;
      auto type = v.find("@type");
      bool article = type != v.end() && IsArticleType(*type);
      DateSource source = article ? kJsonLd : kJsonLdOther;
      for (std::string_view key : {"datePublished", "dateCreated"}) {
        auto d = v.find(std::string(key));
        if (d != v.end()) self->SetDate(self->published_, source, JsonDate(*d));
      }
      auto m = v.find("dateModified");
      if (m != v.end()) self->SetDate(self->modified_, source, JsonDate(*m));
      auto a = v.find("author");
      if (a == v.end()) a = v.find("creator");
      if (a != v.end()) {
        std::vector<std::string> names;
        JsonNames(*a, &names);
        for (const std::string& n : names) {
          self->AddAuthor(article ? kAuthorJsonLd : kAuthorJsonLdOther, n);
        }
      }
      for (const auto& [key, child] : v.items()) {
        if (key != "author" && key != "publisher" && (child.is_object() || child.is_array())) {
          Walk(child, depth + 1);
        }
      }
    }
  };
  Walker{this}.Walk(root, 0);
}

HtmlMeta MetaCollector::Finish(std::string_view visible_text) {
  HtmlMeta meta;
  meta.title = CollapseWhitespace(title_);
  if (meta.title.empty()) meta.title = CollapseWhitespace(og_title_);
  if (meta.title.empty()) meta.title = CollapseWhitespace(h1_);
  meta.lang = lang_;
  meta.site = CollapseWhitespace(site_);
  meta.canonical = canonical_.empty() ? og_url_ : canonical_;
  published_[kUrl] = dates::DateFromUrl(meta.canonical);
  if (published_[kUrl].empty() && !og_url_.empty()) published_[kUrl] = dates::DateFromUrl(og_url_);
  dates::Datelines lines;
  if (!visible_text.empty()) {
    lines = dates::ReadDatelines(visible_text, dates::DefaultLexicon(), lang_, kPageDatelines);
    published_[kText] = lines.published;
  }
  // A date element's text is a printed date as well: it stands in for the
  // dateline when the text gives none. Not as a source of its own, and not
  // as a confirmation of the dateline (it is mostly the same printed date):
  // before the dateline it lost 1 dev page and gained 1 held-out page, as
  // the stand-in it is neutral on dev and +1 held-out (data/dates-README.md).
  if (lines.published.empty()) lines.published = published_[kElement];
  published_[kText] = lines.published;
  published_[kElement].clear();
  for (const std::string& p : published_) {
    if (!p.empty()) {
      meta.published = p;
      break;
    }
  }
  if (!lines.published.empty()) {
    // The date printed on the page settles between structured candidates
    // (first publication, republication, update, a zone-shifted time).
    for (int s = 0; s < kNumSources; ++s) {
      if (s != kText && s != kElement &&
          (published_[s] == lines.published || modified_[s] == lines.published)) {
        meta.published = lines.published;
        break;
      }
    }
  }
  for (const std::string& m : modified_) {
    if (!m.empty()) {
      meta.modified = m;
      break;
    }
  }
  if (meta.modified.empty()) meta.modified = lines.modified;
  // A page whose only date is marked as an update ("Aktualisiert: 30.12.2016")
  // was published on or before it, and is known by that date.
  if (meta.published.empty()) meta.published = meta.modified;
  if (!visible_text.empty()) {
    for (const std::string& url : author_urls_) {
      std::string name = authors::NameFromAuthorUrl(url, visible_text);
      if (!name.empty()) {
        // Later author links are mostly related articles' (dev pages of the
        // trafilatura set: 3 pages gained a wrong list, none a right one).
        AddAuthor(kAuthorMarkup, name);
        break;
      }
    }
    for (const std::string& name : authors::BylineNames(visible_text, CollapseWhitespace(h1_),
                                                        authors::DefaultAuthorLexicon(), lang_)) {
      AddAuthor(kAuthorByline, name);
    }
  }
  // A site's own name is no author: the first source naming someone else
  // wins; when every source names only the site, that is the author
  // (data/authors-README.md).
  for (const std::vector<std::string>& list : authors_) {
    std::vector<std::string> people;
    for (const std::string& n : list) {
      if (!IsSiteName(n, meta)) people.push_back(n);
    }
    if (!people.empty()) {
      meta.authors = std::move(people);
      break;
    }
  }
  if (meta.authors.empty()) {
    for (const std::vector<std::string>& list : authors_) {
      if (!list.empty()) {
        meta.authors = list;
        break;
      }
    }
  }
  return meta;
}

}  // namespace parallax::html
