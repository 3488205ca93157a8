// parallax: scoring the blocks of a page for main-text extraction (private to
// extract/, used by main_text.cc).
//
// Every signal here is language-independent: letters are counted in code
// points of any script, links and hints come from the markup.
#ifndef PARALLAX_EXTRACT_MAIN_TEXT_SCORE_H_
#define PARALLAX_EXTRACT_MAIN_TEXT_SCORE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/html_blocks.h"
#include "extract/main_text_hints.h"

namespace parallax::html {

// A paragraph is link-dense (a menu, a list of headlines) when at least half
// of its bytes are link text (readability drops blocks past 0.5).
inline constexpr float kLinkDense = 0.5f;

// Letters and digits in `text`, in code points: ASCII letters and digits, and
// every non-ASCII code point outside the punctuation, symbol, space and emoji
// blocks. Language-independent: Cyrillic, CJK, Arabic all count.
uint32_t CountLetters(std::string_view text);

// Per paragraph (parallel to PageBlocks::paras).
struct ParaScore {
  uint32_t letters = 0;
  float link = 0;         // share of its bytes inside links, 0..1
  bool heading = false;   // inside h1-h6
  bool repeated = false;  // short and seen more than once on the page
  int32_t neg = -1;       // the innermost effective negative-hint ancestor, or -1
  std::string_view why;   // the reason if it is removed (a literal or a hint row's reason)
  bool named = false;     // `why` comes from MainTextOptions::reason_of, not the markup
  float good = 0;         // letters that count for the article
  float bad = 0;          // letters that count against
};

// Per node (parallel to PageBlocks::nodes).
struct NodeScore {
  Hint hint;
  bool negative = false;  // the negative hint is in effect (see ScorePage)
  float good = 0;         // sums over the subtree
  float bad = 0;
  float score = 0;  // good - kBadWeight * bad, with the positive-hint bonus
};

struct PageScore {
  std::vector<ParaScore> paras;
  std::vector<NodeScore> nodes;
  int32_t container = -1;  // the node that holds the article, or -1
};

// Scores every paragraph and node of `blocks` and picks the container.
PageScore ScorePage(const PageBlocks& blocks, const HintTable& hints);

}  // namespace parallax::html

#endif  // PARALLAX_EXTRACT_MAIN_TEXT_SCORE_H_
