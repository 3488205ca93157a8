// parallax: a plain-text input as paragraphs, with offsets back to the input.
//
// The foundation's rendering of text inputs: line endings unified, control
// characters dropped, trailing spaces cut, paragraphs at blank lines. Hard
// wraps are kept as single "\n" inside a paragraph; unwrapping and junk-line
// removal belong to main-text extraction (issue 3).
#ifndef PARALLAX_PLAIN_TEXT_H_
#define PARALLAX_PLAIN_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "parallax/document.h"
#include "parallax/offset_map.h"

namespace parallax {

struct PlainText {
  std::string text;              // paragraphs joined by "\n\n"
  std::vector<Span> paragraphs;  // into `text`, never empty, never overlapping
  OffsetMap to_input;            // offsets in `text` -> offsets in the input
};

// Renders valid UTF-8 `utf8`. "\r\n" and lone "\r" end lines; a line holding
// only whitespace is a paragraph break; C0 control characters other than tab
// and newline, and U+FEFF, are dropped; tabs become spaces; whitespace at the
// start and end of each line is cut (leading whitespace is kept on the lines
// after the first of a paragraph, as scrapes indent continuation lines rarely
// and justified text never). Never throws; empty input gives empty output.
PlainText RenderPlainText(std::string_view utf8);

}  // namespace parallax

#endif  // PARALLAX_PLAIN_TEXT_H_
