// parallax: helpers shared by the two halves of MetaCollector (private to
// extract/): html_meta.cc (start tags, <meta>, JSON-LD, Finish) and
// html_meta_elements.cc (the text of byline and date elements).
#ifndef PARALLAX_EXTRACT_HTML_META_INTERNAL_H_
#define PARALLAX_EXTRACT_HTML_META_INTERNAL_H_

#include <cstddef>
#include <string_view>

#include "extract/scrape_chars.h"

namespace parallax::html::meta_internal {

// Marks of a metadata element (MetaCollector::MarksOf, Frame::marks).
enum : unsigned {
  kMarkAuthor = 1,     // a byline or author element: its text names the author
  kMarkDate = 2,       // a date element: its text holds the publication date
  kMarkUpdate = 4,     // a date element of the update (modified) date
  kMarkOffSelf = 8,    // comments, related articles: no byline or date inside is the page's
  kMarkOffBelow = 16,  // lists, <aside>, <nav>: bylines and dates inside are other articles'
  kMarkCollect = 32,   // the frame keeps its text
};

// The five HTML whitespace bytes and trimming them: the extract stage's
// shared helpers.
using scrape::Trim;
inline bool IsHtmlSpace(char c) { return scrape::IsSpace(c); }

// `c` lower-cased when it is an ASCII capital; any other byte unchanged.
inline char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// True when `a` and `b` are equal ignoring ASCII case (other bytes exact).
inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

// True when the space-separated token list `list` holds `token`.
inline bool HasToken(std::string_view list, std::string_view token) {
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && IsHtmlSpace(list[i])) ++i;
    size_t j = i;
    while (j < list.size() && !IsHtmlSpace(list[j])) ++j;
    if (j > i && EqualsIgnoreCase(list.substr(i, j - i), token)) return true;
    i = j;
  }
  return false;
}

// Exact comparison that tests the length and the first byte before calling
// memcmp (this runs on every start tag).
inline bool Same(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a.compare(b) == 0));
}

}  // namespace parallax::html::meta_internal

#endif  // PARALLAX_EXTRACT_HTML_META_INTERNAL_H_
