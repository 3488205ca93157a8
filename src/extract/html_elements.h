// parallax: what the HTML renderer does with each element (private to extract/).
//
// This is HTML knowledge, not language knowledge, so it lives in a constexpr
// table rather than under data/: it is fixed by the HTML standard's rendering
// rules, never tuned per language, and keeping it in code means RenderHtml
// needs no data directory and has no failure path for a missing file (its
// contract is that it never throws on input).
#ifndef PARALLAX_EXTRACT_HTML_ELEMENTS_H_
#define PARALLAX_EXTRACT_HTML_ELEMENTS_H_

#include <cstdint>
#include <string_view>

namespace parallax::html {

// Element roles, combinable. An element not in the table is inline (no flags).
enum ElementFlag : uint16_t {
  kBlock = 1 << 0,      // starts and ends a paragraph (p, div, li, h2, tr, ...)
  kSkip = 1 << 1,       // its text is not rendered (script, style, head, svg, ...)
  kLineBreak = 1 << 2,  // <br>: a "\n" inside the paragraph; two in a row end it
  kCell = 1 << 3,       // td/th: its boundaries are a space inside the row's paragraph
  kPre = 1 << 4,        // pre/listing/xmp: line breaks in its text are kept
  kTitle = 1 << 5,      // <title>: text goes to HtmlMeta::title, never to the text
  kHeading1 = 1 << 6,   // <h1>: the title fall-back
  kForeign = 1 << 7,    // svg/math: their <title> is not the page title
  kScript = 1 << 8,     // <script>: may hold JSON-LD metadata
  kHead = 1 << 9,       // <head>: skipped like kSkip, unless an unclosed <title>
                        // in it swallowed the page (see html_text.cc)
};

// The flags of the element named `name` (lower-case, as libxml2 reports it);
// 0 for inline and unknown elements.
uint16_t ElementFlags(std::string_view name);

}  // namespace parallax::html

#endif  // PARALLAX_EXTRACT_HTML_ELEMENTS_H_
