#include "extract/html_paragraphs.h"

#include <algorithm>
#include <utility>

#include "extract/scrape_chars.h"

namespace parallax::html {

namespace {

// HTML's ASCII whitespace (HTML Living Standard, "ASCII whitespace").
using scrape::IsSpace;
bool IsHtmlSpace(char c) { return IsSpace(c); }

// Bytes trimmed from paragraph edges: a collapsed space, a line break, and
// U+00A0 (pages pad empty paragraphs with &nbsp;). Inside a paragraph U+00A0
// stays: it is meaningful in numbers ("1 000") and French punctuation.
size_t EdgeSpaceAt(const std::string& s, size_t i) {
  if (s[i] == ' ' || s[i] == '\n') return 1;
  if (static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
      static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    return 2;
  }
  return 0;
}

size_t EdgeSpaceBefore(const std::string& s, size_t end) {
  if (end == 0) return 0;
  if (s[end - 1] == ' ' || s[end - 1] == '\n') return 1;
  if (end >= 2 && static_cast<unsigned char>(s[end - 2]) == 0xC2 &&
      static_cast<unsigned char>(s[end - 1]) == 0xA0) {
    return 2;
  }
  return 0;
}

}  // namespace

void ParagraphBuilder::AddCopy(std::string_view data, size_t in_start) {
  size_t i = 0;
  while (i < data.size()) {
    if (IsHtmlSpace(data[i])) {
      NoteWhitespace(data[i], in_start + i, 1);
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < data.size() && !IsHtmlSpace(data[j])) ++j;
    AppendWord(data.substr(i, j - i), in_start + i, j - i);
    i = j;
  }
}

void ParagraphBuilder::AddDecoded(std::string_view data, size_t in_start, size_t in_len) {
  if (data.empty()) return;
  if (std::all_of(data.begin(), data.end(), IsHtmlSpace)) {
    for (char c : data) NoteWhitespace(c, in_start, in_len);
    return;
  }
  AppendWord(data, in_start, in_len);
}

void ParagraphBuilder::AddBoundarySpace() {
  if (para_.empty() || ws_pending_) return;
  ws_pending_ = true;
  ws_in_ = kNoInput;
  ws_newlines_ = 0;
}

void ParagraphBuilder::LineBreak() {
  if (para_.empty()) return;
  if (line_pending_) {
    Commit();
    return;
  }
  line_pending_ = true;
}

void ParagraphBuilder::ParagraphBreak() { Commit(); }

void ParagraphBuilder::Finish(std::string* text, std::vector<Span>* paragraphs, OffsetMap* map) {
  Commit();
  *text = std::move(text_);
  *paragraphs = std::move(paragraphs_);
  *map = std::move(map_);
  text_.clear();
  paragraphs_.clear();
  map_ = OffsetMap();
}

void ParagraphBuilder::NoteWhitespace(char c, size_t in_pos, size_t in_len) {
  if (!ws_pending_) {
    ws_pending_ = true;
    ws_in_ = in_pos;
    ws_in_len_ = in_len;
    ws_newlines_ = 0;
  } else if (ws_in_ == kNoInput) {
    ws_in_ = in_pos;
    ws_in_len_ = in_len;
  }
  if (c == '\n') ++ws_newlines_;
}

void ParagraphBuilder::ClearPending() {
  ws_pending_ = false;
  ws_in_ = kNoInput;
  ws_in_len_ = 0;
  ws_newlines_ = 0;
  line_pending_ = false;
}

void ParagraphBuilder::FlushPending() {
  if (para_.empty()) {
    ClearPending();  // leading whitespace and breaks are dropped
    return;
  }
  int breaks = (line_pending_ ? 1 : 0) + (pre_ ? ws_newlines_ : 0);
  if (breaks >= 2) {
    Commit();
    return;
  }
  if (breaks == 1) {
    para_.push_back('\n');  // inserted: no run, maps to the end of the previous one
  } else if (ws_pending_) {
    if (ws_in_ != kNoInput) {
      runs_.push_back(OffsetRun{static_cast<uint32_t>(para_.size()), 1,
                                static_cast<uint32_t>(ws_in_), static_cast<uint32_t>(ws_in_len_)});
    }
    para_.push_back(' ');
  }
  ClearPending();
}

void ParagraphBuilder::AppendWord(std::string_view bytes, size_t in_start, size_t in_len) {
  size_t shy = bytes.find(kSoftHyphen);
  if (shy != std::string_view::npos) {
    AppendWithoutSoftHyphens(bytes, in_start, in_len, shy);
    return;
  }
  FlushPending();
  size_t out = para_.size();
  para_.append(bytes);
  if (link_) para_link_ += static_cast<uint32_t>(bytes.size());
  bool copy = bytes.size() == in_len;
  if (copy && !runs_.empty()) {
    OffsetRun& last = runs_.back();
    if (last.out_len == last.in_len && last.out_start + last.out_len == out &&
        static_cast<size_t>(last.in_start) + last.in_len == in_start) {
      last.out_len += static_cast<uint32_t>(bytes.size());
      last.in_len += static_cast<uint32_t>(in_len);
      return;
    }
  }
  runs_.push_back(OffsetRun{static_cast<uint32_t>(out), static_cast<uint32_t>(bytes.size()),
                            static_cast<uint32_t>(in_start), static_cast<uint32_t>(in_len)});
}

void ParagraphBuilder::AppendWithoutSoftHyphens(std::string_view bytes, size_t in_start,
                                                size_t in_len, size_t shy) {
  if (bytes.size() != in_len) {
    // Decoded ("&shy;", "&#173;"): one run for what is left, over the whole
    // reference; nothing at all when the reference was only the hyphen.
    std::string kept;
    size_t from = 0;
    for (; shy != std::string_view::npos; shy = bytes.find(kSoftHyphen, from)) {
      kept.append(bytes.substr(from, shy - from));
      from = shy + kSoftHyphen.size();
    }
    kept.append(bytes.substr(from));
    if (!kept.empty()) AppendWord(kept, in_start, in_len);
    return;
  }
  // A copy: each piece between hyphens is a copy of its own input bytes, so
  // the run that follows a hyphen starts two input bytes after the previous
  // one ends.
  size_t from = 0;
  for (; shy != std::string_view::npos; shy = bytes.find(kSoftHyphen, from)) {
    if (shy > from) AppendWord(bytes.substr(from, shy - from), in_start + from, shy - from);
    from = shy + kSoftHyphen.size();
  }
  if (from < bytes.size()) AppendWord(bytes.substr(from), in_start + from, bytes.size() - from);
}

void ParagraphBuilder::Commit() {
  ClearPending();
  size_t a = 0;
  size_t b = para_.size();
  while (a < b) {
    size_t n = EdgeSpaceAt(para_, a);
    if (n == 0) break;
    a += n;
  }
  while (b > a) {
    size_t n = EdgeSpaceBefore(para_, b);
    if (n == 0) break;
    b -= n;
  }
  if (a < b) {
    if (!text_.empty()) text_.append("\n\n");  // inserted: no run
    size_t base = text_.size();
    text_.append(para_, a, b - a);
    paragraphs_.push_back(Span{static_cast<uint32_t>(base), static_cast<uint32_t>(base + b - a)});
    for (const OffsetRun& r : runs_) {
      size_t r_end = static_cast<size_t>(r.out_start) + r.out_len;
      size_t cs = std::max<size_t>(r.out_start, a);
      size_t ce = std::min(r_end, b);
      if (cs >= ce) continue;
      size_t in_s = r.in_start;
      size_t in_e = static_cast<size_t>(r.in_start) + r.in_len;
      if (cs != r.out_start || ce != r_end) {
        // Clipped at a paragraph edge: proportional, which is exact for a copy.
        in_s = r.in_start + (cs - r.out_start) * r.in_len / r.out_len;
        in_e = r.in_start + (ce - r.out_start) * r.in_len / r.out_len;
      }
      map_.Add(base + (cs - a), ce - cs, in_s, in_e - in_s);
    }
    infos_.push_back(ParagraphInfo{context_, std::min(para_link_, static_cast<uint32_t>(b - a))});
  }
  para_link_ = 0;
  para_.clear();
  runs_.clear();
}

}  // namespace parallax::html
