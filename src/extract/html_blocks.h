// parallax: RenderHtml's parse with the block structure kept, for main-text
// extraction (private to extract/; implemented in html_text.cc so both share
// one SAX pass and one offset mapping).
#ifndef PARALLAX_EXTRACT_HTML_BLOCKS_H_
#define PARALLAX_EXTRACT_HTML_BLOCKS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/html_text.h"

namespace parallax::html {

// One block element (kBlock or kCell in html_elements.h) of the page.
struct BlockNode {
  int32_t parent = -1;  // index into PageBlocks::nodes; -1 at the top
  std::string tag;      // lower-case element name
  // The values of class, id, role and itemprop, lower-cased and joined by
  // spaces; cut at kMaxHintBytes.
  std::string hints;
  // hidden, aria-hidden="true", or an inline style with display:none.
  bool hidden = false;
};

// The cap on BlockNode::hints: class lists longer than this are utility-CSS
// noise (Tailwind-style pages), and the cap bounds memory on hostile pages.
inline constexpr size_t kMaxHintBytes = 256;

// The cap on PageBlocks::nodes. Past it, further block elements are not
// recorded (their text belongs to the innermost recorded block), which bounds
// memory at about 100 bytes a node on hostile pages (64 MB of "<p>"). The
// largest page of trafilatura's evaluation set has 9,027 blocks.
inline constexpr size_t kMaxBlockNodes = size_t{1} << 20;

// What is known about one rendered paragraph.
struct BlockPara {
  int32_t node = -1;        // the innermost block element open when it ended
  uint32_t link_bytes = 0;  // bytes of its text inside <a href>
};

struct PageBlocks {
  HtmlText page;                 // exactly RenderHtml's result
  std::vector<BlockNode> nodes;  // in document order (parents before children)
  std::vector<BlockPara> paras;  // one per page.paragraphs entry
};

// RenderHtml(utf8) plus the block tree. Same guarantees: never throws on
// input (only std::bad_alloc), bounded by `max_input_bytes`.
PageBlocks ParseHtmlBlocks(std::string_view utf8, size_t max_input_bytes);

}  // namespace parallax::html

#endif  // PARALLAX_EXTRACT_HTML_BLOCKS_H_
