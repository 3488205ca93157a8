// RenderHtml: libxml2's HTML parser in SAX mode, because the SAX events let us
// keep byte offsets from each piece of text back to the input, which a libxml2
// DOM does not record.
//
// Where libxml2 2.9.14 stands during a characters() callback (checked on
// sample pages, and pinned by html_text_test.cc):
//   - literal text: input->cur is just past the chunk, so the chunk is the
//     input bytes [pos - len, pos);
//   - a chunk that filled libxml2's 1000-byte buffer: cur is still ON the
//     chunk's last character, so the chunk ends 1-4 bytes after pos;
//   - a character reference (&amp; &#1058; &nbsp;): one callback with the
//     decoded text, cur just past the ';';
//   - an unknown reference "&foo;": "&" and "foo" as two callbacks, both with
//     cur just past "foo"; a stray "<" as its own callback with cur on it.
// Locate() below finds each chunk's input range from these rules and falls
// back to a bounded search, so an unexpected case degrades the map's
// precision, never the text.
//
// libxml2 ignores an end tag whose element has an open child of higher "end
// priority" (htmlEndPriority: div, td, tr, table, ...), so in
// "<noscript><div id=x></noscript>" the noscript stays open and swallows the
// page. A browser (scripting on) reads noscript content as raw text up to the
// first "</noscript", so the renderer ends its skip there, whatever libxml2
// still holds open (ReleaseNoscript).
#include "parallax/html_text.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>
#include <cstring>
#include <exception>
#include <mutex>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_blocks.h"
#include "extract/html_elements.h"
#include "extract/html_meta.h"
#include "extract/html_paragraphs.h"

namespace parallax {

namespace {

using html::ElementFlags;
using html::MetaCollector;
using html::ParagraphBuilder;

// How far back from libxml2's position Locate() searches for a chunk it could
// not place by the rules above. The longest HTML 4 entity name is 8 bytes and a
// numeric reference with leading zeros rarely passes 16; 64 leaves margin.
constexpr size_t kSearchWindow = 64;
// libxml2's HTML_PARSER_BIG_BUFFER_SIZE: chunks this long may end past `pos`.
constexpr size_t kLibxmlChunkBytes = 1000;

size_t Utf8SequenceLength(const unsigned char* p, size_t avail) {
  unsigned char c = p[0];
  auto cont = [&](size_t i) { return i < avail && (p[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (avail < 2) return 0;
    unsigned char d = p[1];
    if (c == 0xE0 && d < 0xA0) return 0;  // overlong
    if (c == 0xED && d > 0x9F) return 0;  // surrogate
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (avail < 2) return 0;
    unsigned char d = p[1];
    if (c == 0xF0 && d < 0x90) return 0;  // overlong
    if (c == 0xF4 && d > 0x8F) return 0;  // beyond U+10FFFF
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

// Makes the input safe for libxml2 without moving any byte: NUL and C0
// controls other than tab/LF/CR/FF become spaces, U+FFFE/U+FFFF become
// spaces, and bytes that are not valid UTF-8 become '?'. Otherwise libxml2
// drops or rewrites such characters (and on invalid UTF-8 switches the rest of
// the page to Latin-1), which would shift every offset after them.
// Returns false (and leaves *out empty) when the input needs no change.
bool Sanitize(std::string_view in, std::string* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  size_t n = in.size();
  size_t i = 0;
  auto bad_ascii = [](unsigned char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  };
  // Eight bytes at a time while they are all printable ASCII (0x20-0x7F);
  // the test is the classic "has a byte >= 0x80 or < 0x20" bit trick.
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  constexpr uint64_t kSpaces = 0x2020202020202020ull;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, p + i, 8);
      if (((v | ((v - kSpaces) & ~v)) & kHigh) == 0) {
        i += 8;
        continue;
      }
    }
    if (p[i] < 0x80) {
      if (bad_ascii(p[i])) break;
      ++i;
      continue;
    }
    size_t len = Utf8SequenceLength(p + i, n - i);
    bool nonchar = len == 3 && p[i] == 0xEF && p[i + 1] == 0xBF && p[i + 2] >= 0xBE;
    if (len == 0 || nonchar) break;  // the first byte that needs a change
    i += len;
  }
  if (i >= n) return false;
  out->assign(in);
  auto* q = reinterpret_cast<unsigned char*>(out->data());
  while (i < n) {
    if (q[i] < 0x80) {
      if (bad_ascii(q[i])) q[i] = ' ';
      ++i;
      continue;
    }
    size_t len = Utf8SequenceLength(q + i, n - i);
    if (len == 0) {
      q[i++] = '?';
    } else if (len == 3 && q[i] == 0xEF && q[i + 1] == 0xBF && q[i + 2] >= 0xBE) {
      q[i] = q[i + 1] = q[i + 2] = ' ';
      i += 3;
    } else {
      i += len;
    }
  }
  return true;
}

void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

struct OpenElement {
  const xmlChar* name;  // interned by libxml2's dictionary, or a static string
  uint16_t flags;
  bool title_capture;
  bool h1_capture;
  bool json_ld;
  int32_t node = -1;      // index into Renderer::nodes_ when blocks are recorded
  bool link = false;      // an <a href> counted in link_depth_
  bool meta_end = false;  // MetaCollector asked for the end of this element
};

// The offset of the first "</noscript" (any case, followed by '>', '/' or
// whitespace) in `input` at or after `from`, or npos.
size_t FindNoscriptEnd(std::string_view input, size_t from) {
  constexpr std::string_view kName = "noscript";
  while (from < input.size()) {
    size_t lt = input.find("</", from);
    if (lt == std::string_view::npos) return lt;
    size_t name = lt + 2;
    size_t after = name + kName.size();
    if (after <= input.size()) {
      bool same = true;
      for (size_t k = 0; k < kName.size() && same; ++k) {
        same = std::tolower(static_cast<unsigned char>(input[name + k])) == kName[k];
      }
      if (same && (after == input.size() || input[after] == '>' || input[after] == '/' ||
                   std::isspace(static_cast<unsigned char>(input[after])))) {
        return lt;
      }
    }
    from = lt + 2;
  }
  return std::string_view::npos;
}

// One page's parse state; libxml2 calls back into it.
class Renderer {
 public:
  // `record_blocks`: also build the block tree for ParseHtmlBlocks.
  Renderer(std::string_view input, bool record_blocks)
      : input_(input), record_blocks_(record_blocks) {}

  void Run(htmlParserCtxtPtr ctxt);
  HtmlText Finish();
  // After Finish: the block tree and the per-paragraph annotations.
  void TakeBlocks(std::vector<html::BlockNode>* nodes, std::vector<html::BlockPara>* paras);

 private:
  static Renderer* Self(void* ctx) { return static_cast<Renderer*>(ctx); }
  static void OnStart(void* ctx, const xmlChar* name, const xmlChar** atts);
  static void OnEnd(void* ctx, const xmlChar* name);
  static void OnCharacters(void* ctx, const xmlChar* ch, int len);
  static void OnCdata(void* ctx, const xmlChar* ch, int len);

  // Runs `f`, keeping the first exception for Run() to rethrow: exceptions must
  // not unwind through libxml2's C frames.
  template <typename F>
  void Guard(F&& f);

  void Start(const xmlChar* name, const xmlChar** atts);
  void RecordStart(std::string_view name, const xmlChar** atts, OpenElement* e);
  void End(const xmlChar* name);
  void Close(const OpenElement& e);
  void Characters(std::string_view chunk);
  size_t Position() const;
  // Ends the skip of the tracked <noscript> once libxml2 is past the input's
  // "</noscript" (see the file comment): closes it and everything opened
  // inside it, and leaves them on open_ with no effect, for libxml2's own end
  // events to pop later.
  void ReleaseNoscript();
  void CheckNoscriptEnd() {
    if (noscript_open_ != kNone && Position() > noscript_end_) ReleaseNoscript();
  }
  // True when text here is page text: outside skipped elements, and outside
  // <head> unless a title left open there swallowed the page.
  bool Rendering() const { return skip_depth_ == 0 && (head_depth_ == 0 || title_released_); }

  struct Located {
    size_t in_start;
    size_t in_len;
    bool copy;
  };
  Located Locate(std::string_view chunk, size_t pos);
  size_t ReferenceEndingAt(size_t pos) const;

  std::string_view input_;
  htmlParserCtxtPtr ctxt_ = nullptr;
  std::exception_ptr error_;
  size_t cursor_ = 0;  // input offset just past the last located chunk

  std::vector<OpenElement> open_;
  static constexpr size_t kNone = std::string_view::npos;
  size_t noscript_open_ = kNone;    // index in open_ of the outermost open <noscript>
  size_t noscript_end_ = kNone;     // input offset of the "</noscript" that ends it
  size_t no_noscript_end_ = kNone;  // no "</noscript" at or after this offset
  int skip_depth_ = 0;
  int head_depth_ = 0;
  int pre_depth_ = 0;
  int foreign_depth_ = 0;
  int title_depth_ = 0;
  bool title_capturing_ = false;
  bool title_released_ = false;  // a block started inside an open <title>
  bool title_done_ = false;
  bool h1_capturing_ = false;
  bool h1_done_ = false;
  bool json_ld_ = false;

  ParagraphBuilder builder_;
  MetaCollector meta_;

  bool record_blocks_ = false;
  std::vector<html::BlockNode> nodes_;
  int32_t context_ = -1;  // the innermost open recorded block
  int link_depth_ = 0;
};

template <typename F>
void Renderer::Guard(F&& f) {
  if (error_) return;
  try {
    f();
  } catch (...) {
    error_ = std::current_exception();
    xmlStopParser(ctxt_);
  }
}

void Renderer::Run(htmlParserCtxtPtr ctxt) {
  ctxt_ = ctxt;
  htmlSAXHandler sax;
  std::memset(&sax, 0, sizeof(sax));
  sax.startElement = &Renderer::OnStart;
  sax.endElement = &Renderer::OnEnd;
  sax.characters = &Renderer::OnCharacters;
  sax.ignorableWhitespace = &Renderer::OnCharacters;
  sax.cdataBlock = &Renderer::OnCdata;
  sax.initialized = 1;  // SAX1-style handler, as htmlDefaultSAXHandler
  std::memcpy(ctxt->sax, &sax, sizeof(sax));
  ctxt->userData = this;
  htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                               HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
  // The input is already UTF-8; without this, libxml2 guesses a charset at the
  // first non-ASCII byte.
  xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
  htmlParseDocument(ctxt);
  ctxt_ = nullptr;
  if (error_) std::rethrow_exception(error_);
}

HtmlText Renderer::Finish() {
  HtmlText out;
  builder_.Finish(&out.text, &out.paragraphs, &out.to_input);
  out.meta = meta_.Finish(out.text);
  return out;
}

void Renderer::TakeBlocks(std::vector<html::BlockNode>* nodes,
                          std::vector<html::BlockPara>* paras) {
  *nodes = std::move(nodes_);
  paras->clear();
  for (const ParagraphBuilder::ParagraphInfo& info : builder_.TakeInfos()) {
    paras->push_back(html::BlockPara{info.context, info.link_bytes});
  }
}

// Appends `value` lower-cased (ASCII) to `out`, space-separated, up to the cap.
void AppendHint(const xmlChar* value, std::string* out) {
  if (value == nullptr) return;
  if (!out->empty() && out->size() < html::kMaxHintBytes) out->push_back(' ');
  for (const xmlChar* p = value; *p != 0 && out->size() < html::kMaxHintBytes; ++p) {
    out->push_back(static_cast<char>(std::tolower(*p)));
  }
}

bool StyleHides(const xmlChar* style) {
  if (style == nullptr) return false;
  std::string s;
  for (const xmlChar* p = style; *p != 0 && s.size() < 1024; ++p) {
    if (!std::isspace(*p)) s.push_back(static_cast<char>(std::tolower(*p)));
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

void Renderer::RecordStart(std::string_view name, const xmlChar** atts, OpenElement* e) {
  bool href = false;
  if ((e->flags & (html::kBlock | html::kCell)) && nodes_.size() < html::kMaxBlockNodes) {
    html::BlockNode node;
    node.parent = context_;
    node.tag.assign(name);
    for (size_t i = 0; atts != nullptr && atts[i] != nullptr; i += 2) {
      std::string_view key(reinterpret_cast<const char*>(atts[i]));
      const xmlChar* value = atts[i + 1];
      if (key == "class" || key == "id" || key == "role" || key == "itemprop") {
        AppendHint(value, &node.hints);
      } else if (key == "hidden") {
        node.hidden = true;
      } else if (key == "aria-hidden") {
        node.hidden = node.hidden || (value != nullptr && xmlStrEqual(value, BAD_CAST "true"));
      } else if (key == "style") {
        node.hidden = node.hidden || StyleHides(value);
      }
    }
    e->node = static_cast<int32_t>(nodes_.size());
    nodes_.push_back(std::move(node));
    context_ = e->node;
    builder_.set_context(context_);
  } else if (name == "a") {
    for (size_t i = 0; atts != nullptr && atts[i] != nullptr; i += 2) {
      if (xmlStrEqual(atts[i], BAD_CAST "href")) href = true;
    }
  }
  if (href) {
    e->link = true;
    ++link_depth_;
    builder_.set_link(true);
  }
}

void Renderer::OnStart(void* ctx, const xmlChar* name, const xmlChar** atts) {
  Renderer* self = Self(ctx);
  self->Guard([&] { self->Start(name, atts); });
}

void Renderer::OnEnd(void* ctx, const xmlChar* name) {
  Renderer* self = Self(ctx);
  self->Guard([&] { self->End(name); });
}

void Renderer::OnCharacters(void* ctx, const xmlChar* ch, int len) {
  Renderer* self = Self(ctx);
  if (len <= 0) return;
  self->Guard([&] {
    self->Characters(std::string_view(reinterpret_cast<const char*>(ch), static_cast<size_t>(len)));
  });
}

void Renderer::OnCdata(void* ctx, const xmlChar* ch, int len) {
  Renderer* self = Self(ctx);
  if (len <= 0 || !self->json_ld_) return;  // script and style text is never rendered
  self->Guard([&] {
    self->meta_.AddJsonLd(
        std::string_view(reinterpret_cast<const char*>(ch), static_cast<size_t>(len)));
  });
}

size_t Renderer::Position() const {
  const xmlParserInputPtr in = ctxt_->input;
  if (in == nullptr || in->cur == nullptr || in->base == nullptr) return cursor_;
  size_t pos = static_cast<size_t>(in->consumed) + static_cast<size_t>(in->cur - in->base);
  return pos > input_.size() ? input_.size() : pos;
}

void Renderer::ReleaseNoscript() {
  size_t from = noscript_open_;
  noscript_open_ = kNone;
  noscript_end_ = kNone;
  for (size_t k = open_.size(); k > from; --k) {
    OpenElement& e = open_[k - 1];
    OpenElement closed = e;
    e = OpenElement{e.name, 0, false, false, false};
    Close(closed);
  }
}

void Renderer::Start(const xmlChar* name, const xmlChar** atts) {
  CheckNoscriptEnd();
  std::string_view n(reinterpret_cast<const char*>(name));
  OpenElement e{name, ElementFlags(n), false, false, false};
  if (noscript_open_ == kNone && n == "noscript") {
    size_t pos = Position();
    size_t end = pos < no_noscript_end_ ? FindNoscriptEnd(input_, pos) : kNone;
    if (end == kNone) {
      // Unclosed: the rest of the page is noscript content, as in a browser.
      no_noscript_end_ = std::min(no_noscript_end_, pos);
    } else {
      noscript_open_ = open_.size();
      noscript_end_ = end;
    }
  }
  const unsigned meta_flags = meta_.OnStartElement(n, atts);
  e.json_ld = (meta_flags & MetaCollector::kJsonLdScript) && (e.flags & html::kScript);
  e.meta_end = (meta_flags & MetaCollector::kWantsEnd) != 0;
  if (e.json_ld) json_ld_ = true;
  if ((e.flags & html::kBlock) && title_depth_ > 0 && !title_released_) {
    // A block inside <title>: the page never closed its title, and libxml2
    // parses the rest of the page inside it. End the title text here so the
    // page is not lost into HtmlMeta::title.
    title_released_ = true;
    if (title_capturing_) {
      title_capturing_ = false;
      title_done_ = true;
    }
  }
  if (Rendering()) {
    if (e.flags & html::kBlock) builder_.ParagraphBreak();
    if (e.flags & html::kLineBreak) builder_.LineBreak();
    if (e.flags & html::kCell) builder_.AddBoundarySpace();
    if ((e.flags & html::kHeading1) && !h1_done_ && !h1_capturing_) {
      e.h1_capture = h1_capturing_ = true;
    }
  }
  if (e.flags & html::kTitle) {
    ++title_depth_;
    if (!title_done_ && !title_capturing_ && foreign_depth_ == 0) {
      e.title_capture = title_capturing_ = true;
    }
  }
  if (e.flags & html::kSkip) ++skip_depth_;
  if (e.flags & html::kHead) ++head_depth_;
  if (e.flags & html::kForeign) ++foreign_depth_;
  if (e.flags & html::kPre) builder_.set_preformatted(++pre_depth_ > 0);
  if (record_blocks_) RecordStart(n, atts, &e);
  open_.push_back(e);
}

void Renderer::End(const xmlChar* name) {
  CheckNoscriptEnd();
  // libxml2 balances its own events; search anyway so a mismatch pops to the
  // matching element instead of corrupting the counters.
  size_t i = open_.size();
  while (i > 0 && !xmlStrEqual(open_[i - 1].name, name)) --i;
  if (i == 0) return;
  while (open_.size() >= i) {
    OpenElement e = open_.back();
    open_.pop_back();
    if (open_.size() == noscript_open_) {  // libxml2 closed it before its "</noscript"
      noscript_open_ = kNone;
      noscript_end_ = kNone;
    }
    Close(e);
  }
}

void Renderer::Close(const OpenElement& e) {
  if (e.flags & html::kSkip) --skip_depth_;
  if (e.flags & html::kHead) --head_depth_;
  if (e.flags & html::kForeign) --foreign_depth_;
  if ((e.flags & html::kTitle) && --title_depth_ == 0) title_released_ = false;
  if (e.title_capture) {
    title_capturing_ = false;
    title_done_ = true;
  }
  if (e.h1_capture) {
    h1_capturing_ = false;
    h1_done_ = true;
  }
  if (e.json_ld) {
    json_ld_ = false;
    meta_.EndJsonLd();
  }
  if (e.meta_end) meta_.OnEndElement();
  if (Rendering()) {
    if (e.flags & html::kBlock) builder_.ParagraphBreak();
    if (e.flags & html::kCell) builder_.AddBoundarySpace();
  }
  if (e.flags & html::kPre) builder_.set_preformatted(--pre_depth_ > 0);
  if (e.node >= 0) {
    context_ = nodes_[static_cast<size_t>(e.node)].parent;
    builder_.set_context(context_);
  }
  if (e.link) builder_.set_link(--link_depth_ > 0);
}

void Renderer::Characters(std::string_view chunk) {
  CheckNoscriptEnd();
  if (title_depth_ > 0 && !title_released_) {  // <title> text is metadata, never page text
    if (title_capturing_) meta_.AddTitleText(chunk);
    return;
  }
  if (!Rendering()) return;
  Located loc = Locate(chunk, Position());
  if (loc.copy) {
    builder_.AddCopy(chunk, loc.in_start);
  } else {
    builder_.AddDecoded(chunk, loc.in_start, loc.in_len);
  }
  if (h1_capturing_) meta_.AddH1Text(chunk);
  meta_.AddText(chunk);
}

Renderer::Located Renderer::Locate(std::string_view chunk, size_t pos) {
  const size_t len = chunk.size();
  const size_t size = input_.size();
  auto copy_at = [&](size_t s) {
    return s + len <= size && std::memcmp(input_.data() + s, chunk.data(), len) == 0;
  };
  auto found = [&](size_t s) {
    cursor_ = s + len;
    return Located{s, len, true};
  };
  // Literal text ends at pos; a full 1000-byte chunk ends up to 4 bytes later.
  if (pos >= len && copy_at(pos - len)) return found(pos - len);
  if (len >= kLibxmlChunkBytes) {
    for (size_t k = 1; k <= 4; ++k) {
      if (pos + k >= len && copy_at(pos + k - len)) return found(pos + k - len);
    }
  }
  // A decoded character reference: "&name;", "&#123;" or "&#x1F;" ending at pos.
  size_t amp = ReferenceEndingAt(pos);
  if (amp != std::string_view::npos) {
    cursor_ = pos;
    return Located{amp, pos - amp, false};
  }
  if (copy_at(pos)) return found(pos);  // a stray '<', reported before it is passed
  // Anything else that is a verbatim copy lies close before pos: search back.
  size_t lo = pos > kSearchWindow + len ? pos - kSearchWindow - len : 0;
  if (lo < cursor_ && cursor_ <= pos) lo = cursor_;
  size_t hi = std::min(size, pos + len);
  if (hi >= lo + len) {
    std::string_view window = input_.substr(lo, hi - lo);
    size_t s = window.rfind(chunk);
    if (s != std::string_view::npos) return found(lo + s);
  }
  // Unplaceable: map the chunk to the bytes since the last chunk, if close.
  size_t from = (cursor_ <= pos && pos - cursor_ <= kSearchWindow) ? cursor_ : pos;
  cursor_ = pos;
  return Located{from, pos - from, false};
}

// The offset of the '&' of a character reference that ends at `pos`
// ("&amp;", "&#1058;", "&#x1F600;", or a numeric one without its ';', which
// libxml2 also decodes), or npos.
size_t Renderer::ReferenceEndingAt(size_t pos) const {
  if (pos == 0 || pos > input_.size()) return std::string_view::npos;
  size_t lo = pos > kSearchWindow ? pos - kSearchWindow : 0;
  size_t i = pos;
  bool semicolon = input_[i - 1] == ';';
  if (semicolon) --i;
  while (i > lo && std::isalnum(static_cast<unsigned char>(input_[i - 1]))) --i;
  if (i == pos || i <= lo) return std::string_view::npos;
  std::string_view body = input_.substr(i, pos - i - (semicolon ? 1 : 0));
  if (body.empty()) return std::string_view::npos;
  if (input_[i - 1] == '&') return semicolon ? i - 1 : std::string_view::npos;
  if (input_[i - 1] == '#' && i >= 2 && input_[i - 2] == '&') {
    auto all_digits = [](std::string_view s, bool hex) {
      if (s.empty()) return false;
      for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (!(hex ? std::isxdigit(u) : std::isdigit(u))) return false;
      }
      return true;
    };
    bool hex = (body[0] == 'x' || body[0] == 'X') && all_digits(body.substr(1), true);
    if (hex || all_digits(body, false)) return i - 2;
  }
  return std::string_view::npos;
}

// Cuts `s` to at most `max` bytes without splitting a UTF-8 sequence.
std::string_view CutAtCharBoundary(std::string_view s, size_t max) {
  if (s.size() <= max) return s;
  size_t end = max;
  for (int back = 0; back < 3 && end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80;
       ++back) {
    --end;
  }
  return s.substr(0, end);
}

}  // namespace

namespace {

// The body of RenderHtml and ParseHtmlBlocks; `blocks` is null for RenderHtml.
HtmlText Render(std::string_view utf8, size_t max_input_bytes, html::PageBlocks* blocks) {
  // libxml2 takes an int length, and OffsetMap holds 32-bit offsets.
  size_t limit = std::min<size_t>(max_input_bytes, INT_MAX - 1);
  std::string_view input = CutAtCharBoundary(utf8, limit);
  bool truncated = input.size() < utf8.size();
  if (input.empty()) {
    HtmlText empty;
    empty.truncated = truncated;
    return empty;
  }
  std::string sanitized;
  if (Sanitize(input, &sanitized)) input = sanitized;

  InitLibxml();
  htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(input.data(), static_cast<int>(input.size()));
  if (ctxt == nullptr) throw std::bad_alloc();
  Renderer renderer(input, blocks != nullptr);
  try {
    renderer.Run(ctxt);
  } catch (...) {
    htmlFreeParserCtxt(ctxt);
    throw;
  }
  htmlFreeParserCtxt(ctxt);
  HtmlText out = renderer.Finish();
  out.truncated = truncated;
  if (blocks != nullptr) renderer.TakeBlocks(&blocks->nodes, &blocks->paras);
  return out;
}

}  // namespace

HtmlText RenderHtml(std::string_view utf8, const HtmlTextOptions& options) {
  return Render(utf8, options.max_input_bytes, nullptr);
}

namespace html {

PageBlocks ParseHtmlBlocks(std::string_view utf8, size_t max_input_bytes) {
  PageBlocks blocks;
  blocks.page = Render(utf8, max_input_bytes, &blocks);
  return blocks;
}

}  // namespace html

}  // namespace parallax
