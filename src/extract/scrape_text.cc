// ScrapeCleaner (include/parallax/scrape_text.h): plain-text scrapes cleaned
// in five steps, each documented where it is done and in data/junk-README.md:
//   1. lines and paragraphs (a blank line ends a paragraph);
//   2. junk that needs no context: payment lines and whole-line lexicon hits;
//   3. hard wraps: which line breaks inside a paragraph were made by a
//      fixed-width wrap (joined) and which were written (kept as "\n");
//   4. junk that needs context: prefix/contains lexicon hits and menu rows on
//      lines that stand alone, payment paragraphs, runs of short lines around
//      junk, and the comments section at the end;
//   5. the output: kept lines, justification spaces collapsed, words split
//      at a line end re-joined, every kept byte mapped back to the input.
// With a SiteLines table, lines repeated across the site go too: narrow ones
// in step 2, longer ones that stand alone after step 4 (kMinSiteDocuments).
#include "parallax/scrape_text.h"

#include <algorithm>
#include <unordered_set>

#include "extract/scrape_chars.h"
#include "extract/scrape_junk.h"

namespace parallax {

namespace {

using scrape::CodePoints;
using scrape::CountWords;
using scrape::DecodeAt;
using scrape::EndsSentence;

// Thresholds. No labelled set of scrapes exists in the project yet; each value
// was set by hand from how text is wrapped and how page furniture is worded
// (the sample examples/corpus/de_forum_steppenfuchs.txt and the texts in
// tests/extract/scrape_text_test.cc), and says why.
//
// Wrapped text is set between 30 columns (narrow newspaper columns copied from
// PDFs) and 160 (wide terminals); a line longer than kMaxWrap was not wrapped.
constexpr size_t kMinWrap = 30;
constexpr size_t kMaxWrap = 160;
// A paragraph of 3+ lines looks wrapped when this share of its lines but the
// last fill at least kFullShare of its widest line (ragged-right text keeps
// most lines within a word of the margin).
constexpr double kFullShare = 0.75;
constexpr double kWrappedLineShare = 0.6;
// A wrapped-looking paragraph whose widest line is below this share of the
// document's wrap width keeps its breaks (an editor's right margin wanders by
// a few columns, a masthead of 40-column lines in 72-column text is no wrap).
constexpr size_t kOwnWidthPercent = 85;
// Without a document-wide width, a two-line paragraph is joined only when its
// first line is at least this long (a common wrap width is 60-80 columns).
constexpr size_t kMinTwoLineWrap = 50;
// Word limits of lexicon prefix/contains matches and of an ordinary
// sentence: shared with JunkReasons (scrape_junk.h).
using scrape::kMaxContainsWords;
using scrape::kMaxPrefixWords;
using scrape::kSentenceWords;
// Short items that go with the junk line they follow ("Share this:" then
// "Facebook   X   Telegram"): at most this many words, no sentence end.
constexpr size_t kShortItemWords = 8;
// Before a junk line only link names ("Facebook", "E-Mail") go with it: a
// headline of three or more words right above "Share this" must stay.
constexpr size_t kBackwardItemWords = 2;
// Paragraphs after a share/navigation block that hold one link name each.
constexpr size_t kLinkParagraphWords = 3;
// Headlines after a "Related"/"Read also" line.
constexpr size_t kRelatedHeadlineWords = 14;
constexpr size_t kMaxRelatedParagraphs = 10;
// A payment paragraph longer than this is an article quoting an address, not
// an appeal: only its payment lines go.
constexpr size_t kMaxAppealWords = 150;
constexpr size_t kMaxAppealLeadWords = 60;
// The comments section starts at a comments line only after this many words
// of kept prose, and not in the first third of the text (a "Comments" menu
// item at the top is navigation, not the start of the thread).
constexpr size_t kMinProseBeforeComments = 30;
// Lines repeated across a site (SiteLines). A line shared by two documents
// may be a quote or a headline two articles share; three is the smallest
// count that says "template". Furniture stands in (nearly) every page of a
// template; 25% leaves room for sites with up to four page templates
// (article, live blog, gallery, opinion) that each carry their own. Set by
// hand (no labelled set of scrapes yet) and checked on the scrapes of
// tests/pipeline/site_lines_pipeline_test.cc.
constexpr uint64_t kMinSiteDocuments = 3;
constexpr uint64_t kMinSiteSharePercent = 25;
// A repeated line without a sentence end goes only up to this many words:
// kMaxWrap (160 columns) holds about 24 words of news prose; a longer line is
// an unwrapped paragraph, not a menu item or a slogan. (Lines of at most
// kSentenceWords go whatever their end.)
constexpr size_t kMaxRepeatedWords = 24;

enum class Join { kHard, kSpace, kDropHyphen, kKeepHyphen };

struct Line {
  size_t start = 0;  // trimmed content [start, end) in the input
  size_t end = 0;
  size_t raw_end = 0;  // the '\n' after the line, or the end of the input
  size_t paragraph = 0;
  size_t width = 0;  // code points
  size_t words = 0;
  std::string norm;
  bool pre_junk = false;  // removed in step 2
  bool payment = false;   // holds a crypto address or an IBAN
  bool soft_before = false;
  Join join = Join::kHard;  // how this line meets the next one of its paragraph
  std::string reason;       // empty: kept
  bool marker = false;      // removed by a lexicon entry or as a menu row
  bool menu = false;        // removed as a menu row: a junk line before it decides
};

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t paragraph = 0;
  bool blank_before = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    size_t a = pos, b = eol;
    while (a < b && IsSpaceByte(text[a])) ++a;
    while (b > a && IsSpaceByte(text[b - 1])) --b;
    if (a == b) {
      blank_before = true;
    } else {
      if (blank_before && !lines.empty()) ++paragraph;
      blank_before = false;
      Line l;
      l.start = a;
      l.end = b;
      l.raw_end = eol;
      l.paragraph = paragraph;
      std::string_view s = text.substr(a, b - a);
      l.width = CodePoints(s);
      l.words = CountWords(s);
      l.norm = scrape::NormalizeForMatch(s);
      lines.push_back(std::move(l));
    }
    pos = eol + 1;
  }
  return lines;
}

std::string_view Content(std::string_view text, const Line& l) {
  return text.substr(l.start, l.end - l.start);
}

size_t FirstWordWidth(std::string_view s) {
  size_t end = 0;
  while (end < s.size() && !IsSpaceByte(s[end])) ++end;
  return CodePoints(s.substr(0, end));
}

bool StartsListItem(std::string_view s) {
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') return true;
  if (s.rfind("\xE2\x80\xA2", 0) == 0 || s.rfind("\xE2\x80\x93 ", 0) == 0) return true;  // • –
  size_t i = 0;
  while (i < s.size() && i < 3 && s[i] >= '0' && s[i] <= '9') ++i;
  return i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
}

// Code point before byte `end` in `s`, and its start.
uint32_t LastCp(std::string_view s, size_t end, size_t* start) {
  size_t k = end - 1;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  *start = k;
  size_t i = k;
  return DecodeAt(s, &i);
}

bool IsWordCp(uint32_t cp) { return scrape::IsLetterCp(cp) || scrape::IsAsciiDigit(cp); }

bool HasWordChar(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (IsWordCp(DecodeAt(s, &i))) return true;
  }
  return false;
}

// Lower-cased words of the text, hyphens inside words kept: the evidence for
// whether a word split at a line end is written with a hyphen elsewhere.
std::unordered_set<std::string> WordSet(std::string_view text) {
  std::unordered_set<std::string> words;
  std::string word;
  for (size_t i = 0; i <= text.size();) {
    uint32_t cp = i < text.size() ? DecodeAt(text, &i) : (++i, uint32_t{' '});
    if (IsWordCp(cp) || (cp == '-' && !word.empty())) {
      scrape::AppendUtf8(scrape::ToLowerCp(cp), &word);
    } else if (!word.empty()) {
      while (!word.empty() && word.back() == '-') word.pop_back();
      words.insert(word);
      word.clear();
    }
  }
  return words;
}

std::string LowerWord(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) scrape::AppendUtf8(scrape::ToLowerCp(DecodeAt(s, &i)), &out);
  return out;
}

}  // namespace

struct ScrapeCleaner::Impl {
  scrape::JunkLexicon lexicon;

  void WrapDecisions(std::string_view text, std::vector<Line>& lines) const;
  Join HyphenJoin(std::string_view text, const Line& a, const Line& b,
                  std::unordered_set<std::string>* words, bool* words_ready) const;
  void ContextJunk(std::string_view text, std::vector<Line>& lines) const;
};

// Step 3. Rule 1 (unwrapping): a break inside a paragraph was made by a wrap
// when the line could not have taken the next line's first word without
// passing the wrap width W: width + 1 + first word > W. W is the widest line
// of the paragraph when the paragraph looks wrapped (3+ lines, most of them
// near the margin), else the median such width over the document, else, for
// a two-line paragraph, its first line when that is long. Short lines
// (headings, list items, bylines, the last line of a paragraph) fail the test
// and keep their "\n". A break next to a junk line or before a list item is
// kept. Rule 3 (hyphen at a line end) is decided in HyphenJoin.
void ScrapeCleaner::Impl::WrapDecisions(std::string_view text, std::vector<Line>& lines) const {
  struct Para {
    size_t first, last;  // line indexes, inclusive
    size_t width = 0;
    bool wrapped = false;
  };
  std::vector<Para> paras;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (paras.empty() || lines[i].paragraph != lines[paras.back().first].paragraph) {
      paras.push_back(Para{i, i});
    }
    paras.back().last = i;
  }
  std::vector<size_t> widths;
  for (Para& p : paras) {  // junk lines (separators, menus) do not count
    size_t n = 0;
    size_t last = p.first;
    for (size_t i = p.first; i <= p.last; ++i) {
      if (lines[i].pre_junk) continue;
      if (lines[i].width <= kMaxWrap) p.width = std::max(p.width, lines[i].width);
      ++n;
      last = i;
    }
    if (n < 3 || p.width < kMinWrap) continue;
    size_t full = 0;
    for (size_t i = p.first; i < last; ++i) {
      full += !lines[i].pre_junk && lines[i].width >= kFullShare * static_cast<double>(p.width);
    }
    p.wrapped = full >= std::max<double>(2, kWrappedLineShare * static_cast<double>(n - 1));
    if (p.wrapped) widths.push_back(p.width);
  }
  size_t doc_width = 0;
  if (!widths.empty()) {
    std::nth_element(widths.begin(), widths.begin() + widths.size() / 2, widths.end());
    doc_width = widths[widths.size() / 2];
  }
  std::unordered_set<std::string> words;
  bool words_ready = false;
  for (const Para& p : paras) {
    // A paragraph's own width counts only near the document's: a block of
    // short lines of similar length (a masthead, an address) is not wrapped.
    size_t w = (p.wrapped && (doc_width == 0 || 100 * p.width >= kOwnWidthPercent * doc_width))
                   ? p.width
                   : doc_width;
    if (w == 0 && p.last == p.first + 1 && lines[p.first].width >= kMinTwoLineWrap &&
        lines[p.first].width >= lines[p.last].width) {
      w = lines[p.first].width;
    }
    for (size_t i = p.first; i < p.last; ++i) {
      Line& a = lines[i];
      Line& b = lines[i + 1];
      if (a.pre_junk || b.pre_junk || a.width > kMaxWrap) continue;
      std::string_view here = Content(text, a);
      std::string_view next = Content(text, b);
      if (StartsListItem(next)) continue;
      // A line ending in a hyphen (or a soft hyphen) is wrapped when it is
      // at least half the width, or, with no width known, kMinWrap long.
      const bool hyphen_end =
          here.back() == '-' || (here.size() >= 2 && here.substr(here.size() - 2) == "\xC2\xAD");
      if (w >= kMinWrap && w <= kMaxWrap) {
        if (2 * a.width < w) continue;
        if (!hyphen_end && a.width + 1 + FirstWordWidth(next) <= w) continue;
      } else if (!hyphen_end || a.width < kMinWrap) {
        continue;
      }
      a.join = HyphenJoin(text, a, b, &words, &words_ready);
      b.soft_before = true;
    }
  }
}

// Rule 3: a wrapped line ending in a hyphen. A digit before it: a number or
// range ("400-"), kept, then a space. A letter before it and a capital or a
// digit after the break: a real hyphen (Nur-Sultan, OVKS-Truppen), kept with
// no space. A letter and a lower-case letter: a word split by the wrap
// (Jahres-wechsel), hyphen dropped, unless the text writes the hyphenated
// form elsewhere and never the closed one (well-known). A soft hyphen
// (U+00AD) always goes. Anything else joins with a space.
Join ScrapeCleaner::Impl::HyphenJoin(std::string_view text, const Line& a, const Line& b,
                                     std::unordered_set<std::string>* words,
                                     bool* words_ready) const {
  std::string_view left = Content(text, a);
  size_t hyphen_at = 0;
  const uint32_t last = LastCp(left, left.size(), &hyphen_at);
  if (last == 0xAD) return Join::kDropHyphen;
  if (last != '-' || hyphen_at == 0) return Join::kSpace;
  size_t before_at = 0;
  const uint32_t before = LastCp(left, hyphen_at, &before_at);
  if (scrape::IsAsciiDigit(before)) return Join::kSpace;
  if (!scrape::IsLetterCp(before)) return Join::kSpace;
  std::string_view right = Content(text, b);
  size_t k = 0;
  const uint32_t first = DecodeAt(right, &k);
  if (scrape::IsUpperCp(first) || scrape::IsAsciiDigit(first)) return Join::kKeepHyphen;
  if (!scrape::IsLetterCp(first)) return Join::kSpace;
  // The split word: letters back to the last space, and forward to the first
  // character that is not a letter.
  size_t wstart = before_at;
  while (wstart > 0 && !IsSpaceByte(left[wstart - 1])) --wstart;
  size_t wend = 0;
  for (size_t i = 0; i < right.size();) {
    if (!IsWordCp(DecodeAt(right, &i))) break;
    wend = i;
  }
  if (!*words_ready) {
    *words = WordSet(text);
    *words_ready = true;
  }
  std::string head = LowerWord(left.substr(wstart, hyphen_at - wstart));
  std::string tail = LowerWord(right.substr(0, wend));
  if (words->count(head + "-" + tail) > 0 && words->count(head + tail) == 0) {
    return Join::kKeepHyphen;
  }
  return Join::kDropHyphen;
}

namespace {

bool InSoftRun(const std::vector<Line>& lines, size_t i) {
  return lines[i].soft_before || lines[i].join != Join::kHard;
}

bool IsShortItem(std::string_view text, const std::vector<Line>& lines, size_t i,
                 size_t max_words) {
  const Line& l = lines[i];
  if (l.menu) return true;  // "Share this:" then "Facebook   X   Telegram"
  return l.reason.empty() && l.words <= max_words && !InSoftRun(lines, i) &&
         !EndsSentence(Content(text, l)) && !scrape::HasPaymentCode(Content(text, l));
}

}  // namespace

// Step 4, rule 4: junk that needs context.
void ScrapeCleaner::Impl::ContextJunk(std::string_view text, std::vector<Line>& lines) const {
  // (a) Lexicon prefix/contains matches and menu rows, on lines that stand
  // alone (not part of a wrapped run) and are short and not ordinary sentences:
  // an article sentence that mentions "donate" or "comments" never matches.
  for (size_t i = 0; i < lines.size(); ++i) {
    Line& l = lines[i];
    if (!l.reason.empty() || InSoftRun(lines, i)) continue;
    std::string_view s = Content(text, l);
    const bool ends = EndsSentence(s);
    if (ends && l.words > kSentenceWords) continue;
    const bool prefix = l.words <= kMaxPrefixWords;
    const bool contains = l.words <= kMaxContainsWords && !ends;
    if (const scrape::JunkEntry* e = lexicon.Find(l.norm, prefix, contains)) {
      l.reason = e->reason;
      l.marker = true;
    } else if (scrape::IsMenuRow(s)) {
      l.reason = "navigation";
      l.marker = true;
      l.menu = true;
    }
  }
  // (b) Payment paragraphs: a paragraph holding a payment line and appeal
  // wording ("spende", "donate", "wesprzyj", ...: the fundraising and
  // payment-context entries of the lexicons) is an appeal and goes whole, with
  // a short lead-in paragraph before it that also asks for money.
  size_t i = 0;
  while (i < lines.size()) {
    size_t j = i;
    while (j < lines.size() && lines[j].paragraph == lines[i].paragraph) ++j;
    bool payment = false;
    size_t words = 0;
    std::string norm;
    for (size_t k = i; k < j; ++k) {
      payment |= lines[k].payment;
      words += lines[k].words;
      norm += lines[k].norm;
      norm += ' ';
    }
    if (payment && words <= kMaxAppealWords && lexicon.HasPaymentContext(norm)) {
      for (size_t k = i; k < j; ++k) lines[k].reason = "fundraising";
    }
    if (payment && i > 0) {  // the paragraph before: a lead-in ("Support us:")
      size_t h = i;
      size_t lead_words = 0;
      std::string lead;
      while (h > 0 && lines[h - 1].paragraph == lines[i - 1].paragraph) {
        --h;
        lead_words += lines[h].words;
        lead = lines[h].norm + ' ' + lead;
      }
      if (lead_words <= kMaxAppealLeadWords && lines[i - 1].reason.empty() &&
          lexicon.HasPaymentContext(lead)) {
        for (size_t k = h; k < i; ++k) lines[k].reason = "fundraising";
      }
    }
    i = j;
  }
  // (c) Short items around a junk line in its paragraph ("Share this:" then
  // "Facebook", "X"), and after a share/navigation/related block the
  // paragraphs that hold only a link name or a headline each.
  for (size_t k = 0; k < lines.size(); ++k) {
    if (!lines[k].marker || lines[k].menu) continue;
    const std::string reason = lines[k].reason;
    const size_t limit = reason == "related" ? kRelatedHeadlineWords : kShortItemWords;
    size_t f = k + 1;
    while (f < lines.size() && lines[f].paragraph == lines[k].paragraph &&
           IsShortItem(text, lines, f, limit)) {
      lines[f].menu = false;
      lines[f++].reason = reason;
    }
    for (size_t b = k; b > 0 && lines[b - 1].paragraph == lines[k].paragraph &&
                       IsShortItem(text, lines, b - 1, kBackwardItemWords);
         --b) {
      lines[b - 1].menu = false;
      lines[b - 1].reason = reason;
    }
    if (reason != "share" && reason != "navigation" && reason != "related") continue;
    if (f < lines.size() && lines[f].paragraph == lines[k].paragraph) continue;
    const size_t para_words = reason == "related" ? kRelatedHeadlineWords : kLinkParagraphWords;
    size_t taken = 0;
    while (f < lines.size() && taken < kMaxRelatedParagraphs &&
           (f + 1 == lines.size() || lines[f + 1].paragraph != lines[f].paragraph) &&
           lines[f].paragraph != lines[f - 1].paragraph &&
           IsShortItem(text, lines, f, para_words)) {
      lines[f].menu = false;
      lines[f++].reason = reason;
      ++taken;
    }
  }
  // (d) The comments section: from a comments line that follows enough prose
  // and is not in the first third of the text, everything is comments.
  size_t prose = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].marker && lines[k].reason == "comments" && prose >= kMinProseBeforeComments &&
        3 * lines[k].start >= text.size()) {
      for (size_t r = k; r < lines.size(); ++r) lines[r].reason = "comments";
      break;
    }
    if (lines[k].reason.empty()) prose += lines[k].words;
  }
}

ScrapeCleaner::ScrapeCleaner(const std::string& data_dir) : impl_(std::make_unique<Impl>()) {
  impl_->lexicon.Load(data_dir);
}

ScrapeCleaner::~ScrapeCleaner() = default;

namespace {

// Step 5 helper. Rule 2 (justification spaces): copies line content to `out`
// and maps it; a run of two or more spaces (or any tab) becomes one space
// mapped to the run's first byte.
void EmitContent(std::string_view text, size_t a, size_t b, CleanText* out) {
  size_t run_in = a;
  auto flush = [&](size_t upto) {
    if (upto > run_in) {
      out->to_input.Add(out->text.size(), upto - run_in, run_in, upto - run_in);
      out->text.append(text.substr(run_in, upto - run_in));
    }
  };
  size_t i = a;
  while (i < b) {
    if (!IsSpaceByte(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    bool tab = false;
    while (j < b && IsSpaceByte(text[j])) tab |= text[j++] != ' ';
    if (j - i >= 2 || tab) {
      flush(i);
      out->to_input.Add(out->text.size(), 1, i, 1);
      out->text.push_back(' ');
      run_in = j;
    }
    i = j;
  }
  flush(b);
}

}  // namespace

CleanText ScrapeCleaner::Clean(std::string_view text, std::string_view lang) const {
  return Clean(text, lang, nullptr, {});
}

CleanText ScrapeCleaner::Clean(std::string_view text, std::string_view lang, const SiteLines* sites,
                               std::string_view site) const {
  (void)lang;  // the rules below hold for every language we ship data for
  CleanText out;
  try {
    std::vector<Line> lines = SplitLines(text);
    // Repeated on its site (see kMinSiteDocuments): the reason it goes with,
    // or "" when it is not site furniture.
    const uint64_t site_docs = sites && !site.empty() ? sites->Documents(site) : 0;
    auto site_reason = [&](const Line& l) -> std::string {
      if (site_docs < kMinSiteDocuments) return {};
      const uint64_t n = sites->Count(site, Content(text, l));
      if (n < kMinSiteDocuments || 100 * n < kMinSiteSharePercent * site_docs) return {};
      const scrape::JunkEntry* e = impl_->lexicon.Find(l.norm, true, true);
      return e ? e->reason : "boilerplate";
    };
    // Step 2: payment lines and whole-line lexicon matches.
    // A line with no letter or digit ("-----", "* * *") is decoration; a row
    // of links with explicit separators ("Home | News | World") is a menu.
    for (Line& l : lines) {
      std::string_view s = Content(text, l);
      if (scrape::HasPaymentCode(s)) {
        l.reason = "fundraising";
        l.payment = true;
      } else if (const scrape::JunkEntry* e = impl_->lexicon.Find(l.norm, false, false)) {
        l.reason = e->reason;
        l.marker = true;
      } else if (!HasWordChar(s)) {
        l.reason = "boilerplate";
      } else if (scrape::IsMenuRow(s, /*space_gaps=*/false)) {
        l.reason = "navigation";
        l.marker = true;
        l.menu = true;
      } else if (l.width < kMinWrap && l.words <= kSentenceWords && !EndsSentence(s)) {
        // Short furniture repeated on the site ("Menü", "Startseite") goes
        // before the wrap decisions, so that it is never joined to prose. A
        // line narrower than any wrap width is no inner line of a wrapped
        // paragraph (a wrapped paragraph's last line ends its sentence);
        // wider lines wait for the wrap decisions below.
        l.reason = site_reason(l);
      }
      l.pre_junk = !l.reason.empty();
    }
    impl_->WrapDecisions(text, lines);
    impl_->ContextJunk(text, lines);
    // Longer repeated lines (a slogan, a newsletter line), and short ones
    // that end a sentence, when they stand alone: a line of a wrapped
    // paragraph is prose, and an ordinary sentence stays even when repeated.
    for (size_t i = 0; i < lines.size() && site_docs > 0; ++i) {
      Line& l = lines[i];
      if (!l.reason.empty() || InSoftRun(lines, i) || l.words > kMaxRepeatedWords) continue;
      if (l.words > kSentenceWords && EndsSentence(Content(text, l))) continue;
      l.reason = site_reason(l);
    }

    // Removed blocks: consecutive removed lines with one reason.
    for (size_t i = 0; i < lines.size();) {
      if (lines[i].reason.empty()) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j + 1 < lines.size() && lines[j + 1].reason == lines[i].reason) ++j;
      out.removed.push_back(
          RemovedBlock{std::string(text.substr(lines[i].start, lines[j].end - lines[i].start)),
                       lines[i].reason});
      i = j + 1;
    }

    // Step 5: the kept lines as paragraphs.
    size_t para_start = 0;
    bool open = false;
    for (size_t i = 0; i < lines.size(); ++i) {
      const Line& l = lines[i];
      if (!l.reason.empty()) continue;
      const bool continues =
          open && i > 0 && lines[i - 1].reason.empty() && lines[i - 1].paragraph == l.paragraph;
      if (!continues) {
        if (open) {
          out.paragraphs.push_back(
              Span{static_cast<uint32_t>(para_start), static_cast<uint32_t>(out.text.size())});
          out.text += "\n\n";  // a gap in the map: it maps to the previous run's end
        }
        para_start = out.text.size();
        open = true;
      } else {
        const Line& prev = lines[i - 1];
        switch (prev.join) {
          case Join::kHard:
            out.to_input.Add(out.text.size(), 1, prev.raw_end, 1);
            out.text.push_back('\n');
            break;
          case Join::kSpace:
            out.to_input.Add(out.text.size(), 1, prev.raw_end, 1);
            out.text.push_back(' ');
            break;
          case Join::kDropHyphen:
          case Join::kKeepHyphen:
            break;
        }
      }
      size_t end = l.end;
      const bool joins_next = i + 1 < lines.size() && lines[i + 1].reason.empty() &&
                              lines[i + 1].paragraph == l.paragraph;
      if (joins_next && l.join == Join::kDropHyphen) {
        size_t at = 0;
        LastCp(text, end, &at);
        end = at;
      }
      EmitContent(text, l.start, end, &out);
    }
    if (open) {
      out.paragraphs.push_back(
          Span{static_cast<uint32_t>(para_start), static_cast<uint32_t>(out.text.size())});
    }
  } catch (const std::exception&) {
    // Never throws: an internal failure (allocation) gives an empty result.
    return CleanText{};
  }
  return out;
}

}  // namespace parallax
