#include "extract/html_elements.h"

#include <algorithm>
#include <array>

namespace parallax::html {

namespace {

struct ElementInfo {
  std::string_view name;
  uint16_t flags;
};

// Sorted by name (checked below). Sources: the HTML Living Standard's
// rendering section (15.3.2-15.3.8: elements with display: block, list-item,
// table-row; hidden elements) for kBlock and kSkip. Additions beyond display:
// none, each because its text is not page prose a reader sees:
//   noscript       - fallback shown only without scripting; duplicates content
//   template       - inert content
//   svg, math      - drawing/formula labels, not sentences
//   iframe, object, applet, embed, canvas, audio, video, noembed, noframes
//                  - fallback text for embedded content ("your browser ...")
//   select, datalist, textarea - form controls: option lists and input text
//   rt, rp         - ruby annotations (readings over kanji/hanzi) and their
//                    fallback parentheses: rendered inline they split the base
//                    text ("漢字(かんじ)"), so a quote no longer matches it
// Table cells are not blocks: a row is one paragraph, cells joined by a space.
constexpr std::array kElements = std::to_array<ElementInfo>({
    {"address", kBlock},
    {"applet", kSkip},
    {"article", kBlock},
    {"aside", kBlock},
    {"audio", kSkip},
    {"blockquote", kBlock},
    {"body", kBlock},
    {"br", kLineBreak},
    {"canvas", kSkip},
    {"caption", kBlock},
    {"center", kBlock},
    {"datalist", kSkip},
    {"dd", kBlock},
    {"details", kBlock},
    {"dialog", kBlock},
    {"dir", kBlock},
    {"div", kBlock},
    {"dl", kBlock},
    {"dt", kBlock},
    {"embed", kSkip},
    {"fieldset", kBlock},
    {"figcaption", kBlock},
    {"figure", kBlock},
    {"footer", kBlock},
    {"form", kBlock},
    {"frameset", kSkip},
    {"h1", kBlock | kHeading1},
    {"h2", kBlock},
    {"h3", kBlock},
    {"h4", kBlock},
    {"h5", kBlock},
    {"h6", kBlock},
    {"head", kHead},
    {"header", kBlock},
    {"hgroup", kBlock},
    {"hr", kBlock},
    {"html", kBlock},
    {"iframe", kSkip},
    {"legend", kBlock},
    {"li", kBlock},
    {"listing", kBlock | kPre},
    {"main", kBlock},
    {"math", kSkip | kForeign},
    {"menu", kBlock},
    {"nav", kBlock},
    {"noembed", kSkip},
    {"noframes", kSkip},
    {"noscript", kSkip},
    {"object", kSkip},
    {"ol", kBlock},
    {"p", kBlock},
    {"plaintext", kBlock | kPre},
    {"pre", kBlock | kPre},
    {"rp", kSkip},
    {"rt", kSkip},
    {"script", kSkip | kScript},
    {"section", kBlock},
    {"select", kSkip},
    {"style", kSkip},
    {"summary", kBlock},
    {"svg", kSkip | kForeign},
    {"table", kBlock},
    {"tbody", kBlock},
    {"td", kCell},
    {"template", kSkip},
    {"textarea", kSkip},
    {"tfoot", kBlock},
    {"th", kCell},
    {"thead", kBlock},
    {"title", kTitle},
    {"tr", kBlock},
    {"ul", kBlock},
    {"video", kSkip},
    {"xmp", kBlock | kPre},
});

static_assert(std::is_sorted(kElements.begin(), kElements.end(),
                             [](const ElementInfo& a, const ElementInfo& b) {
                               return a.name < b.name;
                             }),
              "kElements must be sorted by name");

}  // namespace

uint16_t ElementFlags(std::string_view name) {
  auto it = std::lower_bound(kElements.begin(), kElements.end(), name,
                             [](const ElementInfo& e, std::string_view n) { return e.name < n; });
  if (it == kElements.end() || it->name != name) return 0;
  return it->flags;
}

}  // namespace parallax::html
