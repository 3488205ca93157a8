// The folded windows next to a number and the phrase matching on them
// (quantity_window.h).
#include "annotate/quantity_window.h"

#include "annotate/number_chars.h"

namespace parallax::annotate::qty {

Window FoldAfter(std::string_view text, size_t pos, size_t window) {
  Window w;
  w.folded.reserve(window + 8);
  w.offset.reserve(window + 9);
  size_t i = pos;
  while (i < text.size() && i - pos < window) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {  // ASCII, most of the text: no decoding
      if (byte == '\n') break;
      w.folded += byte == '\t' ? ' ' : static_cast<char>(FoldCase(byte));
      w.offset.push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    Decoded d = DecodeAt(text, i);
    if (d.cp == '\n') break;
    const size_t before = w.folded.size();
    if (IsNumberSpace(d.cp)) {
      w.folded += ' ';
    } else {
      AppendUtf8(w.folded, FoldCase(d.cp));
    }
    const size_t added = w.folded.size() - before;
    for (size_t k = 0; k < added; ++k) {
      w.offset.push_back(static_cast<uint32_t>(i + (added == d.len ? k : 0)));
    }
    i += d.len;
  }
  w.offset.push_back(static_cast<uint32_t>(i));
  return w;
}

Window FoldBefore(std::string_view text, size_t pos, size_t window) {
  size_t start = pos > window ? pos - window : 0;
  while (start < pos && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
  // Only within the window: a search back to the text's start would make
  // a long line quadratic.
  const size_t newline = text.substr(start, pos - start).rfind('\n');
  if (newline != std::string_view::npos) start += newline + 1;
  return FoldAfter(text.substr(0, pos), start, window);
}

// The text a phrase must start (end) at to match at the window's start
// (end), after at most one space (before any run of spaces); the lexicon's phrase lists are
// indexed by its first (last) character.
std::string_view Head(const Window& w) {
  const size_t k = !w.folded.empty() && w.folded[0] == ' ' ? 1 : 0;
  return std::string_view(w.folded).substr(k);
}
std::string_view Tail(const Window& w) {
  size_t end = w.folded.size();
  while (end > 0 && w.folded[end - 1] == ' ') --end;
  return std::string_view(w.folded).substr(0, end);
}

bool LetterAt(const std::string& s, size_t i) {
  return i < s.size() && IsLetter(DecodeAt(s, i).cp);
}
bool LetterBefore(const std::string& s, size_t i) { return IsLetter(DecodeBefore(s, i)); }

// Matches `phrase` at the start of the window, after at most one space;
// returns the text offset where the match ends, or 0. A phrase ending in a
// letter must end at a word boundary; `glued` allows no space before.
size_t MatchAfter(const Window& w, const std::string& phrase, bool space_allowed) {
  size_t k = 0;
  if (space_allowed && !w.folded.empty() && w.folded[0] == ' ') k = 1;
  if (w.folded.compare(k, phrase.size(), phrase) != 0) return 0;
  const size_t end = k + phrase.size();
  if (LetterBefore(phrase, phrase.size()) && LetterAt(w.folded, end)) return 0;
  // A phrase starting with a letter glued to the number ("5km") is fine;
  // glued to a letter before it is not our business (the number ended).
  return w.offset[end];
}

// Matches `phrase` at the end of the window, before any run of spaces;
// returns the text offset where the match starts, or npos.
size_t MatchBefore(const Window& w, const std::string& phrase, bool space_required) {
  size_t end = w.folded.size();
  if (end > 0 && w.folded[end - 1] == ' ') {
    while (end > 0 && w.folded[end - 1] == ' ') --end;  // "<=  -30": any run of spaces
  } else if (space_required && LetterBefore(phrase, phrase.size())) {
    return std::string::npos;
  }
  if (end < phrase.size()) return std::string::npos;
  const size_t start = end - phrase.size();
  if (w.folded.compare(start, phrase.size(), phrase) != 0) return std::string::npos;
  if (LetterAt(phrase, 0) && LetterBefore(w.folded, start)) return std::string::npos;
  return w.offset[start];
}

// The text between two numbers, trimmed and folded ("-", "to", "bis", "до").
std::string Between(std::string_view text, size_t a, size_t b) {
  // 24 bytes hold the longest joining words with a repeated sign or unit
  // around them ("e il", "und", "% to", "и $"); a wider gap joins nothing.
  if (b < a || b - a > 24) return "\x01";
  std::string s = FoldString(text.substr(a, b - a));
  std::string out;
  for (size_t i = 0; i < s.size();) {
    Decoded d = DecodeAt(s, i);
    if (IsNumberSpace(d.cp)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out.append(s, i, d.len);
    }
    i += d.len;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool GapMayJoin(std::string_view text, size_t a, size_t b) {
  if (b < a || b - a > 24) return false;
  bool spaces_only = true;
  for (size_t i = a; i < b; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80 || c == '-' || c == '~' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return true;
    if (c != ' ' && c != '\t') spaces_only = false;
  }
  return spaces_only;
}

bool IsDash(const std::string& s) {
  return s == "-" || s == "\u2013" || s == "\u2014" || s == "\u2012";
}

}  // namespace parallax::annotate::qty
