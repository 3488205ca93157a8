// parallax: a text rendering of an HTML page, with offsets back to the page.
//
// This is the foundation's rendering: all visible text without script, style,
// template, noscript and similar, one paragraph per block element. Main-text
// extraction (junk removal) builds on the same parse (issue 3).
#ifndef PARALLAX_HTML_TEXT_H_
#define PARALLAX_HTML_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "parallax/document.h"
#include "parallax/offset_map.h"

namespace parallax {

struct HtmlTextOptions {
  // Inputs larger than this are rendered only up to this many bytes, and
  // `truncated` is set.
  size_t max_input_bytes = 64u << 20;
};

struct HtmlMeta {
  std::string title;  // <title>, else og:title, else the first <h1>
  std::string lang;   // <html lang>, primary subtag lower-cased ("de")
  // Publication date as "YYYY-MM-DD" (the date as the page writes it, no time
  // zone conversion), "" when none. Sources in order of trust: JSON-LD
  // datePublished/dateCreated, <meta> article:published_time and similar,
  // itemprop/<time>/<abbr class=published>, the date in the URL, the
  // printed date (a dateline in the text, else the text of a date element:
  // class=date, <time> without datetime) which also settles conflicts
  // between the others (data/dates-README.md). When the page has only a
  // modification date, that.
  std::string published;
  std::string modified;  // last modification, same form and sources
  // Author names, cleaned (no "By", roles, e-mails, dates; "A and B" split),
  // from the first source that names a person: JSON-LD article author,
  // <meta> author keys, the text of the page's first byline element
  // (class=byline/author, rel=author, itemprop=author; not in lists,
  // comments or related articles), other JSON-LD, itemprop=author /
  // rel=author attributes and links, then a visible byline under the <h1>
  // (data/authors-README.md). In
  // order, no duplicates; an organisation ("Redaktion") only when no person
  // is named.
  std::vector<std::string> authors;
  std::string site;       // og:site_name
  std::string canonical;  // <link rel=canonical> or og:url
};

struct HtmlText {
  std::string text;              // paragraphs separated by "\n\n"; whitespace collapsed
  std::vector<Span> paragraphs;  // one per block with text, into `text`
  OffsetMap to_input;            // offsets in `text` -> offsets in the input UTF-8
  HtmlMeta meta;
  bool truncated = false;
};

// Renders `utf8` (already decoded; any <meta charset> is ignored) as text.
// Broken, unclosed and deeply nested markup never throws: libxml2 recovers and
// whatever text it finds is returned. Character references are decoded.
// Thread safety: safe to call from several threads at once.
HtmlText RenderHtml(std::string_view utf8, const HtmlTextOptions& options = {});

}  // namespace parallax

#endif  // PARALLAX_HTML_TEXT_H_
