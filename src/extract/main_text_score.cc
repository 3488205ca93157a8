#include "extract/main_text_score.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>

#include "extract/scrape_chars.h"

namespace parallax::html {

namespace {

// A paragraph seen twice or more on the page is boilerplate ("Advertisement",
// "Read more") only when short: 80 letters is about one line of text, and
// article paragraphs that long rarely repeat (hand-set, checked on the
// examples/corpus pages).
constexpr uint32_t kRepeatMaxLetters = 80;
// The per-thread cache of class-list matches: 64 Ki entries of about 100
// bytes bound it at a few MB per worker thread.
constexpr size_t kHintCacheEntries = size_t{1} << 16;
// A negative hint is not applied to an element that holds more than this
// share of the page's good text, nor to one that holds an element with a
// positive hint of weight >= 1: such an element is a page wrapper whose class
// mentions a layout ("has-sidebar"), not a junk block. 0.8 is hand-set.
constexpr float kWrapperShare = 0.8f;
// A negative hint is lifted for an element holding a strongly hinted
// (weight >= 1) element only when that element has more than this share of
// its good letters: half, hand-set.
constexpr float kStrongShare = 0.5f;
// The bonus for a container with positive hints (<article>, articleBody):
// its score is multiplied by 1 + kPositiveBonus * min(weight, 2), a tie-break
// in favour of the markup's own word, as trafilatura prefers <article>.
constexpr float kPositiveBonus = 0.25f;
// A container's score is its good letters minus this times its bad letters.
// Bad text inside the container is removed anyway, so it only needs to weigh
// against wrappers that hold menus and footers. On trafilatura's evaluation
// set (F1 of the metric): 0.881 at 1.5, 0.886 at 1, 0.890 at 0.5,
// 0.889 at 0.25.
constexpr float kBadWeight = 0.5f;

// Unicode blocks of punctuation, symbols, spaces and emoji (not letters).
bool NonLetter(uint32_t cp) {
  return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
         (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
         (cp >= 0xFFF0 && cp <= 0xFFFF) || cp >= 0x1F000;
}

// A negative hint of these kinds sits on the article when the element holds
// at least kLiftShare times the letters of the best container found with it
// in effect: a share bar or a menu never holds twice an article's prose, but
// BEM names put such words on wrappers ("documentContent__sharingContainer",
// "nav-wrapper--article"). Comments and related blocks can hold more prose
// than a short article, so their hints are never lifted. 2 is hand-set.
constexpr float kLiftShare = 2.0f;

bool LiftableReason(std::string_view reason) {
  return reason == "share" || reason == "navigation" || reason == "credit";
}

// Marks such hints lifted; true when there is one.
bool LiftMisplacedHints(const PageScore& out, const std::vector<float>& raw_good, float best,
                        std::vector<bool>* lifted) {
  bool any = false;
  for (size_t i = 0; i < out.nodes.size(); ++i) {
    const NodeScore& ns = out.nodes[i];
    if (ns.negative && LiftableReason(ns.hint.reason) && raw_good[i] >= kLiftShare * best &&
        raw_good[i] > 0) {
      (*lifted)[i] = true;
      any = true;
    }
  }
  return any;
}

bool IsHeading(std::string_view tag) {
  return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

}  // namespace

uint32_t CountLetters(std::string_view text) {
  uint32_t n = 0;
  size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (std::isalnum(c)) ++n;
      ++i;
      continue;
    }
    if (!NonLetter(scrape::DecodeAt(text, &i))) ++n;
  }
  return n;
}

PageScore ScorePage(const PageBlocks& blocks, const HintTable& hints) {
  PageScore out;
  const size_t n_nodes = blocks.nodes.size();
  const size_t n_paras = blocks.paras.size();
  out.nodes.resize(n_nodes);
  out.paras.resize(n_paras);
  std::string_view text = blocks.page.text;

  // Hints per node, cached per (tag, values) for the thread: pages repeat
  // their classes, and so do the pages of one site and of one CMS. Bounded:
  // cleared past kHintCacheEntries. Keyed to one table (a Hint's reason
  // points into it).
  thread_local const HintTable* cache_table = nullptr;
  thread_local std::unordered_map<std::string, Hint> cache;
  if (cache_table != &hints || cache.size() > kHintCacheEntries) {
    cache.clear();
    cache_table = &hints;
  }
  std::vector<bool> hidden(n_nodes, false);
  std::vector<bool> strong(n_nodes, false);   // holds a positive hint of weight >= 1
  std::vector<int32_t> raw_neg(n_nodes, -1);  // innermost negative hint, in effect or not
  for (size_t i = 0; i < n_nodes; ++i) {
    const BlockNode& node = blocks.nodes[i];
    int32_t parent = node.parent;
    // Hints on <html> and <body> describe the site's layout, never a block.
    if (node.tag != "html" && node.tag != "body") {
      std::string key = node.tag + '\t' + node.hints;
      auto it = cache.find(key);
      if (it == cache.end()) it = cache.emplace(key, hints.Match(node.tag, node.hints)).first;
      out.nodes[i].hint = it->second;
    }
    hidden[i] = node.hidden || (parent >= 0 && hidden[static_cast<size_t>(parent)]);
    raw_neg[i] = out.nodes[i].hint.weight < 0 ? static_cast<int32_t>(i)
                 : parent >= 0                ? raw_neg[static_cast<size_t>(parent)]
                                              : -1;
    strong[i] = out.nodes[i].hint.weight >= 1;
  }

  // Paragraph text statistics, and the page's good text before hints.
  std::unordered_map<std::string_view, int> seen;
  std::vector<float> raw_good(n_nodes, 0);
  for (size_t p = 0; p < n_paras; ++p) {
    const Span& span = blocks.page.paragraphs[p];
    std::string_view t = text.substr(span.start, span.end - span.start);
    ParaScore& ps = out.paras[p];
    ps.letters = CountLetters(t);
    ps.link = t.empty() ? 0 : static_cast<float>(blocks.paras[p].link_bytes) / t.size();
    int32_t node = blocks.paras[p].node;
    ps.heading = node >= 0 && IsHeading(blocks.nodes[static_cast<size_t>(node)].tag);
    if (ps.letters <= kRepeatMaxLetters) ++seen[t];
    if (node >= 0 && ps.link < kLinkDense) {
      raw_good[static_cast<size_t>(node)] += ps.letters * (1 - ps.link);
    }
  }
  // The good letters of the largest strongly hinted element in each subtree.
  std::vector<float> strong_good(n_nodes, 0);
  for (size_t i = n_nodes; i-- > 0;) {  // children come after their parents
    if (strong[i]) strong_good[i] = std::max(strong_good[i], raw_good[i]);
    // A negative hint stands over a strongly hinted element unless that
    // element holds most of its text: a sidebar whose teasers are each an
    // <article> is still a sidebar (kStrongShare).
    strong[i] = strong_good[i] > kStrongShare * raw_good[i] && strong_good[i] > 0;
    int32_t parent = blocks.nodes[i].parent;
    if (parent < 0) continue;
    raw_good[static_cast<size_t>(parent)] += raw_good[i];
    auto pi = static_cast<size_t>(parent);
    strong_good[pi] = std::max(strong_good[pi], strong_good[i]);
  }
  float total_good = 0;
  for (size_t i = 0; i < n_nodes; ++i) {
    if (blocks.nodes[i].parent < 0) total_good += raw_good[i];
  }

  // Scored once; twice when a negative hint turns out to sit on the article
  // (see kLiftShare): then again with that hint lifted.
  std::vector<bool> lifted(n_nodes, false);
  for (int pass = 0; pass < 2; ++pass) {
    for (NodeScore& ns : out.nodes) ns.good = ns.bad = ns.score = 0;
    for (ParaScore& ps : out.paras) {
      ps.good = ps.bad = 0;
      ps.why = {};
      ps.repeated = false;
      ps.neg = -1;
    }
    out.container = -1;
    // Negative hints in effect, and the innermost one above each node.
    std::vector<int32_t> neg(n_nodes, -1);
    for (size_t i = 0; i < n_nodes; ++i) {
      NodeScore& ns = out.nodes[i];
      ns.negative = ns.hint.weight < 0 && !lifted[i] && !strong[i] &&
                    raw_good[i] <= kWrapperShare * total_good;
      int32_t parent = blocks.nodes[i].parent;
      neg[i] = ns.negative   ? static_cast<int32_t>(i)
               : parent >= 0 ? neg[static_cast<size_t>(parent)]
                             : -1;
    }

    // Good and bad letters per paragraph, with the reason each would be removed.
    for (size_t p = 0; p < n_paras; ++p) {
      ParaScore& ps = out.paras[p];
      int32_t node = blocks.paras[p].node;
      if (node < 0) {
        ps.why = "boilerplate";
        continue;
      }
      auto ni = static_cast<size_t>(node);
      const Span& span = blocks.page.paragraphs[p];
      std::string_view t = text.substr(span.start, span.end - span.start);
      ps.neg = neg[ni];
      if (hidden[ni]) {
        ps.why = "boilerplate";
      } else if (ps.neg >= 0) {
        ps.why = out.nodes[static_cast<size_t>(ps.neg)].hint.reason;
      } else if (ps.link >= kLinkDense) {
        ps.why = "navigation";
      } else if (ps.letters <= kRepeatMaxLetters && seen[t] > 1) {
        ps.repeated = true;
        ps.why = "boilerplate";
      } else if (ps.letters <= kRepeatMaxLetters && t.find("\u00a9") != std::string_view::npos) {
        // A short line with the copyright sign is a photo credit or a
        // footer in any language ("Foto: © dpa", "© 2021 Verlag").
        ps.why = "credit";
      }
      if (ps.why.empty()) {
        ps.good = ps.letters * (1 - ps.link);
        ps.bad = ps.letters * ps.link;
        // Where it is removed anyway (outside the container): the most specific
        // reason the markup gives, else boilerplate.
        ps.why = raw_neg[ni] >= 0 ? out.nodes[static_cast<size_t>(raw_neg[ni])].hint.reason
                                  : std::string_view("boilerplate");
      } else {
        ps.bad = static_cast<float>(ps.letters);
      }
      out.nodes[ni].good += ps.good;
      out.nodes[ni].bad += ps.bad;
    }
    for (size_t i = n_nodes; i-- > 0;) {
      int32_t parent = blocks.nodes[i].parent;
      if (parent < 0) continue;
      out.nodes[static_cast<size_t>(parent)].good += out.nodes[i].good;
      out.nodes[static_cast<size_t>(parent)].bad += out.nodes[i].bad;
    }

    // The container: the node whose subtree has the most good text net of
    // (weighted) bad text; on a tie the deeper one (later in document order among ancestors).
    float best = 0;
    for (size_t i = 0; i < n_nodes; ++i) {
      NodeScore& ns = out.nodes[i];
      ns.score = ns.good - kBadWeight * ns.bad;
      if (ns.score > 0 && ns.hint.weight > 0) {
        ns.score *= 1 + kPositiveBonus * std::min(ns.hint.weight, 2.0f);
      }
      if (ns.negative || hidden[i]) continue;
      if (ns.score > 0 && ns.score >= best) {
        best = ns.score;
        out.container = static_cast<int32_t>(i);
      }
    }

    if (pass > 0 || !LiftMisplacedHints(out, raw_good, best, &lifted)) break;
  }
  return out;
}

}  // namespace parallax::html
