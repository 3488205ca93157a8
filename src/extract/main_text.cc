// ExtractMainText: one SAX pass (ParseHtmlBlocks, shared with RenderHtml)
// gives the rendered paragraphs and the block tree; main_text_score.cc scores
// them and picks the container that holds the article; this file decides which
// paragraphs stay, explains the others, and maps the kept text to the input.
#include "parallax/main_text.h"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates_meta.h"
#include "extract/html_blocks.h"
#include "extract/html_meta.h"
#include "extract/main_text_hints.h"
#include "extract/main_text_score.h"
#include "extract/scrape_chars.h"

namespace parallax {

namespace {

using html::PageBlocks;
using html::PageScore;

// Below this many letters of non-link text (headings not counted) a page has
// no main text. Start: trafilatura's MIN_EXTRACTED_SIZE, 250 characters, is
// about 200 of our letters (letters and digits are about 80% of the
// characters of running text). On trafilatura's evaluation set (the issue's
// F1): 0.899 at 200, 0.901 at 150, 0.901 at 100, as short blog posts pass;
// 150 keeps the one or two sentences of an error page (under 100 letters)
// out with margin.
constexpr float kMinMainLetters = 150;
// When the container is marked as the article (<article>, articleBody,
// entry-content: hint weight >= 1), a short note of one or two sentences is
// an article too: 60 letters, about one sentence.
constexpr float kMinMarkedLetters = 60;
// A block of at most this many letters can be a section label ("Komentarze
// (2)", "Read more", "Support us") that names the blocks after it; the
// scrape cleaner's lexicon rules use the same bound for a short line (one
// line of text, see kRepeatMaxLetters in main_text_score.cc).
constexpr uint32_t kLabelMaxLetters = 80;
// A sibling of the container is part of the article too when its score is at
// least this share of the container's: readability's sibling rule
// (max(10, 0.2 * top score)). On trafilatura's evaluation set F1 barely
// moves with it: 0.906 at 0.05, 0.904 at 0.2 and 0.3, 0.903 with no siblings.
constexpr float kSiblingShare = 0.2f;

// Appends the part of `map` covering output [start, end) to `out`, shifted to
// start at `base`. `run` is a cursor into map.runs() that only moves forward
// (paragraphs come in order).
void SliceMap(const OffsetMap& map, size_t start, size_t end, size_t base, size_t* run,
              OffsetMap* out) {
  const std::vector<OffsetRun>& runs = map.runs();
  while (*run < runs.size() &&
         static_cast<size_t>(runs[*run].out_start) + runs[*run].out_len <= start) {
    ++*run;
  }
  for (size_t k = *run; k < runs.size() && runs[k].out_start < end; ++k) {
    const OffsetRun& r = runs[k];
    size_t r_end = static_cast<size_t>(r.out_start) + r.out_len;
    size_t cs = std::max<size_t>(r.out_start, start);
    size_t ce = std::min(r_end, end);
    if (cs >= ce) continue;
    // Clipped runs are mapped proportionally, which is exact for a copy (as
    // ParagraphBuilder does at paragraph edges).
    size_t in_s = r.in_start + (cs - r.out_start) * r.in_len / r.out_len;
    size_t in_e = r.in_start + (ce - r.out_start) * r.in_len / r.out_len;
    out->Add(base + (cs - start), ce - cs, in_s, in_e - in_s);
  }
}

// A block just before the container is the article's lead (standfirst,
// chapo, "teaser-text") when it holds at least this many letters of prose:
// readability's sibling rule accepts a paragraph of 80 characters with link
// density under 0.25; our letters are about 80% of characters, hence 64,
// and a lead is one or two full sentences.
constexpr float kLeadMinLetters = 64;
constexpr float kLeadMaxLinkShare = 0.25f;
// How many levels above the container the lead is looked for: a lead sits in
// the article's header, a level or two above the body's own wrapper.
constexpr int kLeadLevels = 3;
constexpr uint32_t kLeadMaxParagraphs = 2;

// Adds to `in` the blocks before `x` (its preceding siblings, then those of
// its ancestors up to kLeadLevels, not leaving an <article>, <main> or other
// positively hinted element, nor <body>) that are prose: enough good letters,
// few links, no negative hint. Short blocks (a date, a byline, a heading) are
// stepped over; the first link-dense or negative block ends the search.
// Inside header block `s`: adds the nodes of its last kLeadMaxParagraphs
// paragraphs of prose (kLeadMinLetters, few links, not a heading, nothing
// that marks them as junk), going back from its end.
void AddLeadInside(const PageBlocks& blocks, const PageScore& score, size_t s,
                   std::vector<bool>* in) {
  std::vector<bool> sub(blocks.nodes.size(), false);  // the subtree of s: contiguous
  sub[s] = true;
  size_t end = s + 1;
  while (end < blocks.nodes.size() && blocks.nodes[end].parent >= 0 &&
         sub[static_cast<size_t>(blocks.nodes[end].parent)]) {
    sub[end++] = true;
  }
  uint32_t taken = 0;
  for (size_t p = blocks.paras.size(); p-- > 0 && taken < kLeadMaxParagraphs;) {
    const int32_t node = blocks.paras[p].node;
    if (node < 0 || !sub[static_cast<size_t>(node)]) continue;
    const html::ParaScore& ps = score.paras[p];
    if (ps.heading || ps.good < kLeadMinLetters || ps.link > kLeadMaxLinkShare) continue;
    (*in)[static_cast<size_t>(node)] = true;
    ++taken;
  }
}

void AddLead(const PageBlocks& blocks, const PageScore& score, size_t x, std::vector<bool>* in) {
  // Paragraphs per subtree: a lead is one or two paragraphs, not a teaser
  // list or a summary box of several items.
  std::vector<uint32_t> paras(blocks.nodes.size(), 0);
  for (const html::BlockPara& bp : blocks.paras) {
    if (bp.node >= 0) ++paras[static_cast<size_t>(bp.node)];
  }
  for (size_t i = blocks.nodes.size(); i-- > 0;) {
    if (blocks.nodes[i].parent >= 0) paras[static_cast<size_t>(blocks.nodes[i].parent)] += paras[i];
  }
  for (int level = 0; level < kLeadLevels; ++level) {
    const int32_t parent = blocks.nodes[x].parent;
    if (parent < 0) return;
    bool stop = false;
    for (size_t s = x; s-- > static_cast<size_t>(parent) + 1 && !stop;) {
      if (blocks.nodes[s].parent != parent) continue;  // a deeper node
      const html::NodeScore& ns = score.nodes[s];
      const float all = ns.good + ns.bad;
      if (all <= 0) continue;
      if (ns.negative || ns.bad > kLeadMaxLinkShare * all) {
        stop = true;
      } else if (ns.good >= kLeadMinLetters) {
        if (paras[s] > kLeadMaxParagraphs) {
          // A header block (kicker, title, date, byline, lead): the lead is
          // its last paragraphs of prose.
          AddLeadInside(blocks, score, s, in);
          return;
        }
        (*in)[s] = true;
      }
    }
    if (stop) return;
    const html::BlockNode& up = blocks.nodes[static_cast<size_t>(parent)];
    if (up.tag == "body" || up.tag == "html" ||
        score.nodes[static_cast<size_t>(parent)].hint.weight > 0) {
      return;
    }
    x = static_cast<size_t>(parent);
  }
}

// Which paragraphs are inside the container, one of its good siblings, or
// its lead.
std::vector<bool> ArticleRegion(const PageBlocks& blocks, const PageScore& score) {
  const size_t n = blocks.nodes.size();
  std::vector<bool> in(n, false);
  auto c = static_cast<size_t>(score.container);
  in[c] = true;
  int32_t parent = blocks.nodes[c].parent;
  float floor = kSiblingShare * score.nodes[c].score;
  if (parent >= 0) {
    for (size_t i = 0; i < n; ++i) {
      if (blocks.nodes[i].parent == parent && i != c && !score.nodes[i].negative &&
          score.nodes[i].score >= floor) {
        in[i] = true;
      }
    }
  }
  AddLead(blocks, score, c, &in);
  for (size_t i = 0; i < n; ++i) {
    int32_t p = blocks.nodes[i].parent;
    if (p >= 0 && in[static_cast<size_t>(p)]) in[i] = true;
  }
  return in;
}

// True for a removed paragraph that ends the article when it follows its
// core: one the markup marks as sharing, related links or comments. Counting
// link-dense blocks (menus, in-text link lists) as breaks too cut real
// article text: F1 on trafilatura's evaluation set 0.880 with them, 0.886
// without.
// A label named by its wording (NameLabels) breaks only as comments or
// fundraising: "Read more" / "Leggi anche" also stand in the middle of
// articles, before an inline teaser, and cutting there lost the rest of the
// article on 4 of 181 Scrapinghub pages.
bool StrongBreak(const html::ParaScore& ps) {
  if (ps.named) return ps.why == "comments" || ps.why == "fundraising";
  return ps.why == "share" || ps.why == "related" || ps.why == "comments" ||
         ps.why == "fundraising";
}

// Position: an article is one stretch of good paragraphs. The core is the run
// of kept paragraphs with the most letters, runs being split by strong breaks
// (StrongBreak), wherever they are (a share bar is often a sibling of the
// article's blocks rather than inside them). What comes before the core stays (kicker, title,
// lead); after it, everything past the first strong break is dropped: donation appeals, teasers and
// comments that the markup does not name in a language we could read (class="wsparcie",
// "komentarze").
// See CutTail: two or three sentences of prose after an inline box.
constexpr float kResumeLetters = 150;

void CutTail(const PageScore& score, std::vector<bool>* keep, float* main_letters) {
  const size_t n = keep->size();
  size_t best_end = 0;
  float best = -1;
  float run = 0;
  for (size_t p = 0; p <= n; ++p) {
    bool end = p == n;
    if (!end) {
      if ((*keep)[p]) {
        if (!score.paras[p].heading) run += score.paras[p].good;
        continue;
      }
      end = StrongBreak(score.paras[p]);
    }
    if (end) {
      if (run > best) {
        best = run;
        best_end = p;
      }
      run = 0;
    }
  }
  // A related box inside the article is stepped over when a run of at
  // least kResumeLetters follows it (the article goes on after an inline
  // "Read also" box). Share bars, comments and appeals always end it: what
  // follows a share bar is most often an unnamed donation box or comments.
  while (best_end < n && score.paras[best_end].why == "related" && !score.paras[best_end].named) {
    float next = 0;
    size_t q = best_end + 1;
    for (; q < n; ++q) {
      if ((*keep)[q]) {
        if (!score.paras[q].heading) next += score.paras[q].good;
      } else if (StrongBreak(score.paras[q])) {
        break;
      }
    }
    if (next < kResumeLetters) break;
    best_end = q;
  }
  for (size_t p = best_end; p < n; ++p) {
    if (!(*keep)[p]) continue;
    (*keep)[p] = false;
    if (!score.paras[p].heading) *main_letters -= score.paras[p].good;
  }
}

// A kept heading whose next block is removed as a link list, sharing,
// related links or comments is that block's title ("Related", "Comments
// (2)", in whatever language): it goes with it, for its reason. So does a
// heading with nothing after it, and a short paragraph that is no sentence
// ("Lesen Sie auch:", "Veja também", "Temas"): a label written as text.
// At most kListLabelLetters letters: a label is a few words.
constexpr uint32_t kListLabelLetters = 40;

void DropOrphanHeadings(std::string_view text, const PageBlocks& blocks, PageScore* score,
                        std::vector<bool>* keep) {
  const size_t n = keep->size();
  bool next_removed = true;  // past the last paragraph: nothing follows
  bool after_label = false;  // what follows is a dropped label: only headings go now
  std::string_view next_why = "boilerplate";
  for (size_t p = n; p-- > 0;) {
    html::ParaScore& ps = score->paras[p];
    if (ps.heading) {  // headings go with what they title and leave the state as it is
      if ((*keep)[p] && next_removed) {
        (*keep)[p] = false;
        ps.why = next_why;
      }
      continue;
    }
    const Span& span = blocks.page.paragraphs[p];
    if ((*keep)[p] && next_removed && !after_label && ps.letters <= kListLabelLetters &&
        !scrape::EndsSentence(text.substr(span.start, span.end - span.start))) {
      // A heading over the dropped label goes too ("Mehr zum Thema" over
      // "Lesen Sie auch:"), but no further short lines: a column of them (an
      // ingredient list) above a link list stays.
      (*keep)[p] = false;
      ps.why = next_why;
      after_label = true;
      continue;
    }
    next_removed = !(*keep)[p] && (ps.link >= html::kLinkDense || StrongBreak(ps));
    next_why = ps.why;
    after_label = false;
  }
}

// A dateline: a short paragraph that is a date with a few words around it
// ("Aktualisiert: 03.04.2020", "Jun 18th 2018", "Publié le 3 mai 2021 à
// 10h"). It is metadata (the published date is read from it and from the
// markup), not article text. At most this many letters outside the dates:
// "Zuletzt aktualisiert am" has 21.
constexpr uint32_t kDatelineOtherLetters = 24;

void DropDatelines(const PageBlocks& blocks, PageScore* score, std::vector<bool>* keep) {
  const dates::Lexicon* lexicon = dates::DefaultLexicon();
  std::string_view text = blocks.page.text;
  for (size_t p = 0; p < keep->size(); ++p) {
    html::ParaScore& ps = score->paras[p];
    if (!(*keep)[p] || ps.letters > kLabelMaxLetters) continue;
    const Span& span = blocks.page.paragraphs[p];
    std::string_view t = text.substr(span.start, span.end - span.start);
    // Every date has a day or a year in digits: most paragraphs go no further.
    if (std::none_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    std::vector<dates::FoundDate> found = dates::FindDates(t, lexicon, "", false);
    if (found.empty()) continue;
    uint32_t in_dates = 0;
    for (const dates::FoundDate& d : found) {
      in_dates += html::CountLetters(t.substr(d.begin, d.end - d.begin));
    }
    if (ps.letters > in_dates + kDatelineOtherLetters) continue;
    // Its letters still count towards kMinMainLetters: the dateline belongs
    // to the article, it only moves to the metadata.
    (*keep)[p] = false;
    ps.why = "boilerplate";
  }
}

// A node whose hints say "article body" with weight at least this much
// (articleBody, entry-content, article-body: two conventions that agree;
// a bare <article> or "main-content" is 1) marks where the article's text
// is. When it holds at least kBodyMinShare of the container's good letters,
// the article ends where it ends: teaser cards and rails after it, which the
// container took in because it sits too high (on <body> or a layout
// wrapper), go. Text before it (title, lead, date) stays. 0.3 is hand-set:
// a body node holding less is likely one of several article chunks.
constexpr float kBodyMinWeight = 1.5f;
constexpr float kBodyMinShare = 0.3f;

// See kBodyMinWeight: drops the kept paragraphs after the best body node
// inside the container, outside it.
void EndAtArticleBody(const PageBlocks& blocks, const PageScore& score, std::vector<bool>* keep,
                      float* main_letters) {
  const size_t n_nodes = blocks.nodes.size();
  const auto c = static_cast<size_t>(score.container);
  std::vector<bool> inside(n_nodes, false);  // in the container's subtree
  inside[c] = true;
  int32_t body = -1;
  for (size_t i = c + 1; i < n_nodes; ++i) {
    const int32_t parent = blocks.nodes[i].parent;
    if (parent < 0 || !inside[static_cast<size_t>(parent)]) continue;
    inside[i] = true;
    const html::NodeScore& ns = score.nodes[i];
    if (ns.negative || ns.hint.weight < kBodyMinWeight) continue;
    if (ns.good < kBodyMinShare * score.nodes[c].good) continue;
    if (body < 0 || ns.good > score.nodes[static_cast<size_t>(body)].good)
      body = static_cast<int32_t>(i);
  }
  if (body < 0 || static_cast<size_t>(body) == c) return;
  std::vector<bool> in_body(n_nodes, false);  // parents come before children
  for (auto i = static_cast<size_t>(body); i < n_nodes; ++i) {
    const int32_t parent = blocks.nodes[i].parent;
    in_body[i] =
        i == static_cast<size_t>(body) || (parent >= 0 && in_body[static_cast<size_t>(parent)]);
  }
  bool seen = false;
  for (size_t p = 0; p < keep->size(); ++p) {
    const int32_t node = blocks.paras[p].node;
    if (node >= 0 && in_body[static_cast<size_t>(node)]) {
      seen = true;
    } else if (seen && (*keep)[p]) {
      (*keep)[p] = false;
      if (!score.paras[p].heading) *main_letters -= score.paras[p].good;
    }
  }
}

// A kept short block that options.reason_of names ("3 Comments", "Читайте
// также", "Wesprzyj nas", "Weitere Informationen") is furniture the markup
// did not name: it is removed with that reason, and as comments or fundraising CutTail ends the
// article there when it follows the core (StrongBreak).
void NameLabels(const MainTextOptions& options, std::string_view text, const PageBlocks& blocks,
                PageScore* score, std::vector<bool>* keep, float* main_letters) {
  if (!options.reason_of) return;
  for (size_t p = 0; p < keep->size(); ++p) {
    html::ParaScore& ps = score->paras[p];
    if (!(*keep)[p] || ps.letters > kLabelMaxLetters) continue;
    const Span& span = blocks.page.paragraphs[p];
    std::string_view named = options.reason_of(text.substr(span.start, span.end - span.start));
    if (named.empty()) continue;
    (*keep)[p] = false;
    ps.why = named;
    ps.named = true;
    if (!ps.heading) *main_letters -= ps.good;
  }
}

// Gives removed paragraphs that the markup only calls "boilerplate" (or
// "navigation" for their link density alone) the reason their text or the
// section they stand in gives: options.reason_of names a block from its
// text; a short block so named opens a section whose later unexplained
// blocks take its reason, until a heading or a kept paragraph. Reasons the
// markup states (a class, a tag) are never overridden.
void ExplainRemoved(const MainTextOptions& options, std::string_view text, const PageBlocks& blocks,
                    const std::vector<bool>& keep, PageScore* score) {
  if (!options.reason_of) return;
  std::string_view section;  // the reason of the open section, "" when none
  for (size_t p = 0; p < keep.size(); ++p) {
    html::ParaScore& ps = score->paras[p];
    if (keep[p]) {
      section = {};
      continue;
    }
    if (ps.heading) section = {};
    if (ps.neg >= 0) continue;  // a hint in effect named it
    const Span& span = blocks.page.paragraphs[p];
    std::string_view named = options.reason_of(text.substr(span.start, span.end - span.start));
    // A hint out of effect (outside the container) still names the block;
    // NameLabels' own naming is the lexicon's and opens a section below.
    if (ps.why != "boilerplate" && ps.why != "navigation" && ps.why != named) continue;
    if (!named.empty()) {
      ps.why = named;
      if (ps.heading || ps.letters <= kLabelMaxLetters) section = named;
    } else if (!section.empty()) {
      ps.why = section;
    }
  }
}

MainText Extract(std::string_view utf8, const MainTextOptions& options) {
  PageBlocks blocks = html::ParseHtmlBlocks(utf8, options.max_input_bytes);
  PageScore score = html::ScorePage(blocks, html::HintTable::Default());
  const HtmlText& page = blocks.page;
  const size_t n = page.paragraphs.size();
  auto para_text = [&](size_t p) {
    const Span& s = page.paragraphs[p];
    return std::string_view(page.text).substr(s.start, s.end - s.start);
  };

  std::vector<bool> keep(n, false);
  float main_letters = 0;
  if (score.container >= 0) {
    std::vector<bool> region = ArticleRegion(blocks, score);
    size_t first = n;
    for (size_t p = 0; p < n; ++p) {
      const html::ParaScore& ps = score.paras[p];
      int32_t node = blocks.paras[p].node;
      if (node < 0 || !region[static_cast<size_t>(node)] || ps.good <= 0) continue;
      keep[p] = true;
      first = std::min(first, p);
      if (!ps.heading) main_letters += ps.good;
    }
    if (first < n) {
      DropDatelines(blocks, &score, &keep);
      EndAtArticleBody(blocks, score, &keep, &main_letters);
      NameLabels(options, page.text, blocks, &score, &keep, &main_letters);
      CutTail(score, &keep, &main_letters);
    }
    // The page's <h1> before the container stays when it is the title.
    std::string title = html::CollapseWhitespace(page.meta.title);
    for (size_t p = 0; p < first && !title.empty(); ++p) {
      int32_t node = blocks.paras[p].node;
      if (node < 0 || blocks.nodes[static_cast<size_t>(node)].tag != "h1") continue;
      std::string h1 = html::CollapseWhitespace(para_text(p));
      if (!h1.empty() &&
          (title.find(h1) != std::string::npos || h1.find(title) != std::string::npos)) {
        keep[p] = true;
      }
      break;
    }
    DropOrphanHeadings(page.text, blocks, &score, &keep);
  }
  ExplainRemoved(options, page.text, blocks, keep, &score);

  MainText out;
  out.meta = page.meta;
  // A short text counts when the markup itself says it is the article: the
  // container or an element around it has an article hint.
  bool marked = false;
  for (int32_t c = score.container; c >= 0 && !marked;
       c = blocks.nodes[static_cast<size_t>(c)].parent) {
    marked = score.nodes[static_cast<size_t>(c)].hint.weight >= 1;
  }
  out.found = main_letters >= (marked ? kMinMarkedLetters : kMinMainLetters);
  if (!out.found) {
    out.reason = "no main text";
    std::fill(keep.begin(), keep.end(), false);
  }
  // The headline: the first kept heading before the body (before any kept
  // paragraph of running text longer than a label) that is an <h1> or
  // matches the page's <title>.
  size_t title_para = n;
  const std::string title = html::CollapseWhitespace(page.meta.title);
  for (size_t p = 0; p < n; ++p) {
    if (!keep[p]) continue;
    const html::ParaScore& ps = score.paras[p];
    if (!ps.heading) {
      if (ps.letters > kLabelMaxLetters) break;
      continue;
    }
    const int32_t node = blocks.paras[p].node;
    const std::string h = html::CollapseWhitespace(para_text(p));
    const bool h1 = node >= 0 && blocks.nodes[static_cast<size_t>(node)].tag == "h1";
    if (h1 || (!title.empty() && !h.empty() &&
               (title.find(h) != std::string::npos || h.find(title) != std::string::npos))) {
      title_para = p;
      break;
    }
  }
  size_t run = 0;
  for (size_t p = 0; p < n; ++p) {
    std::string_view t = para_text(p);
    if (!keep[p]) {
      out.removed.push_back(RemovedBlock{std::string(t), std::string(score.paras[p].why)});
      continue;
    }
    if (!out.text.empty()) out.text.append("\n\n");
    size_t base = out.text.size();
    out.text.append(t);
    out.paragraphs.push_back(
        Span{static_cast<uint32_t>(base), static_cast<uint32_t>(out.text.size())});
    out.kinds.push_back(p == title_para          ? ParagraphKind::kTitle
                        : score.paras[p].heading ? ParagraphKind::kHeading
                                                 : ParagraphKind::kText);
    SliceMap(page.to_input, page.paragraphs[p].start, page.paragraphs[p].end, base, &run,
             &out.to_input);
  }
  return out;
}

}  // namespace

MainText ExtractMainText(std::string_view utf8, const MainTextOptions& options) {
  try {
    return Extract(utf8, options);
  } catch (const std::exception&) {
    // Only allocation failure can get here (the parse never throws on input);
    // the contract is to never throw, so the page reads as having no article.
    MainText out;
    out.reason = "no main text";
    return out;
  }
}

}  // namespace parallax
