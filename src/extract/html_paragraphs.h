// parallax: builds the rendered text of an HTML page paragraph by paragraph,
// with the offset map back to the input (private to extract/).
//
// The SAX handler (html_text.cc) feeds it character data with the input range
// each piece came from, and element boundaries as breaks. It collapses
// whitespace, drops soft hyphens, trims each paragraph, and joins paragraphs
// with "\n\n".
#ifndef PARALLAX_EXTRACT_HTML_PARAGRAPHS_H_
#define PARALLAX_EXTRACT_HTML_PARAGRAPHS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parallax/document.h"
#include "parallax/offset_map.h"

namespace parallax::html {

class ParagraphBuilder {
 public:
  // Character data that is a byte-for-byte copy of input [in_start, in_start + data.size()).
  // Runs of HTML whitespace (space, tab, LF, CR, FF) collapse to one space,
  // which maps to the first whitespace byte of the run.
  void AddCopy(std::string_view data, size_t in_start);

  // Character data decoded from input [in_start, in_start + in_len), such as a
  // character reference ("&amp;" -> "&"): mapped as one run. Decoded
  // whitespace (&#10;) collapses like literal whitespace.
  void AddDecoded(std::string_view data, size_t in_start, size_t in_len);

  // A boundary that reads as a space (between table cells); inserted text,
  // so it maps to no input byte of its own.
  void AddBoundarySpace();

  // <br>: the next text in this paragraph starts after a "\n". A second break
  // with only whitespace since the first ends the paragraph instead.
  void LineBreak();

  // A block boundary: ends the current paragraph (if it has text).
  void ParagraphBreak();

  // Inside <pre>: a newline in the text is a line break (as <br>), and a blank
  // line (two newlines in one whitespace run) ends the paragraph. Spaces and
  // tabs still collapse.
  void set_preformatted(bool on) { pre_ = on; }

  // Optional annotations for main-text extraction (main_text.cc): each
  // paragraph records the context id current when it ends and how many of its
  // bytes were appended while set_link(true). RenderHtml ignores them.
  struct ParagraphInfo {
    int32_t context = -1;
    uint32_t link_bytes = 0;
  };
  void set_context(int32_t context) { context_ = context; }
  void set_link(bool on) { link_ = on; }
  // Moves the annotations out (one per paragraph, in order); call after Finish.
  std::vector<ParagraphInfo> TakeInfos() { return std::move(infos_); }

  // Ends the last paragraph and moves the result out. The builder is empty
  // afterwards.
  void Finish(std::string* text, std::vector<Span>* paragraphs, OffsetMap* map);

 private:
  static constexpr size_t kNoInput = static_cast<size_t>(-1);

  // U+00AD: an invisible hyphenation hint inside a word. Dropped from the
  // text, because a word split by it no longer matches the same word typed
  // without it (trafilatura evaluation set, German and Finnish pages).
  static constexpr std::string_view kSoftHyphen = "\xC2\xAD";

  // Appends non-whitespace bytes mapped to input [in_start, in_start + in_len).
  // Soft hyphens are left out (AppendWithoutSoftHyphens).
  void AppendWord(std::string_view bytes, size_t in_start, size_t in_len);
  // AppendWord for `bytes` with its first soft hyphen at `shy`: appends the
  // pieces around the hyphens, a copy piece mapped to its own input bytes.
  void AppendWithoutSoftHyphens(std::string_view bytes, size_t in_start, size_t in_len, size_t shy);
  // Writes the pending space or line break before the next word.
  void FlushPending();
  // Whitespace character `c` from input [in_pos, in_pos + in_len).
  void NoteWhitespace(char c, size_t in_pos, size_t in_len);
  void ClearPending();
  void Commit();

  // The current paragraph and its runs (out offsets relative to para_).
  std::string para_;
  std::vector<OffsetRun> runs_;
  bool ws_pending_ = false;
  size_t ws_in_ = kNoInput;    // input offset of the first pending whitespace byte
  size_t ws_in_len_ = 0;       // its input length (1, or a reference such as "&#32;")
  int ws_newlines_ = 0;        // newlines in the pending whitespace (counted in <pre>)
  bool line_pending_ = false;  // a <br> since the last word
  bool pre_ = false;
  int32_t context_ = -1;
  bool link_ = false;
  uint32_t para_link_ = 0;  // bytes of para_ appended while link_
  std::vector<ParagraphInfo> infos_;

  // The finished text.
  std::string text_;
  std::vector<Span> paragraphs_;
  OffsetMap map_;
};

}  // namespace parallax::html

#endif  // PARALLAX_EXTRACT_HTML_PARAGRAPHS_H_
