#include "parallax/plain_text.h"

#include <cstdint>

namespace parallax {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// Bytes to drop from a line: C0 controls other than tab, DEL, and the UTF-8
// of U+FEFF (EF BB BF). Returns the length of the droppable sequence at `i`,
// or 0.
size_t DroppableAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if ((c < 0x20 && c != '\t') || c == 0x7f) return 1;
  if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
      static_cast<unsigned char>(s[i + 2]) == 0xBF) {
    return 3;
  }
  return 0;
}

}  // namespace

PlainText RenderPlainText(std::string_view in) {
  PlainText out;
  out.text.reserve(in.size());
  bool in_paragraph = false;
  size_t paragraph_start = 0;
  size_t pending_breaks = 0;  // blank lines seen since the last text line

  auto close_paragraph = [&]() {
    if (in_paragraph) {
      out.paragraphs.push_back(
          Span{static_cast<uint32_t>(paragraph_start), static_cast<uint32_t>(out.text.size())});
      in_paragraph = false;
    }
  };

  size_t pos = 0;
  while (pos < in.size()) {
    // One line: [pos, eol), terminated by \n, \r\n or \r.
    size_t eol = pos;
    while (eol < in.size() && in[eol] != '\n' && in[eol] != '\r') ++eol;
    size_t next = eol;
    if (next < in.size()) {
      next += (in[next] == '\r' && next + 1 < in.size() && in[next + 1] == '\n') ? 2 : 1;
    }
    // Trim the line.
    size_t a = pos, b = eol;
    while (a < b && (IsSpace(in[a]) || DroppableAt(in, a) > 0))
      a += std::max<size_t>(1, DroppableAt(in, a));
    while (b > a && (IsSpace(in[b - 1]) || static_cast<unsigned char>(in[b - 1]) < 0x20)) --b;
    if (a >= b) {
      if (in_paragraph) ++pending_breaks;
      pos = next;
      continue;
    }
    if (in_paragraph && pending_breaks > 0) close_paragraph();
    if (!in_paragraph) {
      if (!out.text.empty()) out.text += "\n\n";
      paragraph_start = out.text.size();
      in_paragraph = true;
    } else {
      out.text += '\n';
    }
    pending_breaks = 0;
    // Copy [a, b), dropping control bytes and turning tabs into spaces, in
    // exact-copy runs.
    size_t run_out = out.text.size();
    size_t run_in = a;
    for (size_t i = a; i < b;) {
      size_t drop = DroppableAt(in, i);
      if (drop > 0) {
        out.to_input.Add(run_out, out.text.size() - run_out, run_in, i - run_in);
        i += drop;
        run_out = out.text.size();
        run_in = i;
        continue;
      }
      out.text += in[i] == '\t' ? ' ' : in[i];
      ++i;
    }
    out.to_input.Add(run_out, out.text.size() - run_out, run_in, b - run_in);
    pos = next;
  }
  close_paragraph();
  return out;
}

}  // namespace parallax
