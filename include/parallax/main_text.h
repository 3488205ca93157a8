// parallax: the main text of an HTML page, with every removed block
// explained (issue 3).
#ifndef PARALLAX_MAIN_TEXT_H_
#define PARALLAX_MAIN_TEXT_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/document.h"
#include "parallax/html_text.h"
#include "parallax/offset_map.h"

namespace parallax {

struct MainTextOptions {
  // Pages larger than this are cut (bytes of UTF-8 input).
  size_t max_input_bytes = 64u << 20;
  // Names the reason of a removed block whose markup gives no specific one
  // (it would otherwise be "boilerplate"), from its text: the pipeline passes
  // ScrapeCleaner::ReasonOf, whose per-language lexicons know that
  // "Komentarze (2)" means comments and a line with an IBAN fundraising.
  // Returns "" when it does not know. A short block named this way also
  // names the unexplained blocks after it, up to the next heading or kept
  // paragraph (the comments under "Komentarze (2)"). Unset: markup only.
  // Must be thread-safe when ExtractMainText is called from several threads.
  std::function<std::string_view(std::string_view block)> reason_of;
};

struct MainText {
  std::string text;              // the article's paragraphs joined by "\n\n"
  std::vector<Span> paragraphs;  // into `text`
  // Parallel to `paragraphs`: kTitle for the headline (the first heading
  // before the body that is the page's <h1> or matches its <title>),
  // kHeading for other h1-h6, kText for the rest.
  std::vector<ParagraphKind> kinds;
  OffsetMap to_input;  // offsets in `text` -> offsets in the input UTF-8
  // Every block of visible text that is not in `text`, in page order, with
  // its reason: navigation, comments, share, fundraising, credit, related,
  // advert, legal, boilerplate.
  std::vector<RemovedBlock> removed;
  HtmlMeta meta;
  // False when the page has no article (a home page, an error page): `text`
  // is then empty and `reason` says why ("no main text").
  bool found = false;
  std::string reason;
};

// Extracts the main text of `utf8` (decoded HTML). Language-independent:
// block structure, text and link density, tag/class/id hints, position.
// Never throws; bounded time and memory on broken, deep or huge markup.
// Thread-safe.
MainText ExtractMainText(std::string_view utf8, const MainTextOptions& options = {});

}  // namespace parallax

#endif  // PARALLAX_MAIN_TEXT_H_
