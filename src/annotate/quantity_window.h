// parallax annotate stage, quantities: the folded text next to a number and
// the phrase matching on it, shared by quantities.cc (units, money,
// qualifiers) and quantity_ranges.cc (ranges, bounds). Private to
// src/annotate/.
#ifndef PARALLAX_ANNOTATE_QUANTITY_WINDOW_H_
#define PARALLAX_ANNOTATE_QUANTITY_WINDOW_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::annotate::qty {

// Folded text next to a number with, for every folded byte, the offset of
// the text byte it came from (folding keeps UTF-8 lengths; spaces of any
// kind become one ' '). The bytes read on either side of a number are the
// lexicon's longest phrase plus room for a space and the character next to
// it (QuantityLexicon::Impl::window).
struct Window {
  std::string folded;
  std::vector<uint32_t> offset;  // offset[i]: text offset of folded[i]; one past at the end
};

// The folded text from `pos` on, at most `window` bytes, up to a newline.
Window FoldAfter(std::string_view text, size_t pos, size_t window);
// The folded text right before `pos`, at most `window` bytes, from the last
// newline on.
Window FoldBefore(std::string_view text, size_t pos, size_t window);

// The text a phrase must start (end) at to match at the window's start
// (end), after at most one space (before any run of spaces); phrase lists are indexed by its
// first (last) character (PhraseList in quantity_lexicon.h).
std::string_view Head(const Window& w);
std::string_view Tail(const Window& w);

// Whether the character at (right before) byte `i` of `s` is a letter.
bool LetterAt(const std::string& s, size_t i);
bool LetterBefore(const std::string& s, size_t i);

// Matches `phrase` at the start of the window, after at most one space
// (none when `space_allowed` is false); returns the text offset where the
// match ends, or 0. A phrase ending in a letter must end at a word boundary.
size_t MatchAfter(const Window& w, const std::string& phrase, bool space_allowed = true);

// Matches `phrase` at the end of the window, before any run of spaces
// (one required when `space_required` and the phrase ends in a letter);
// returns the text offset where the match starts, or npos. A phrase
// starting with a letter must start at a word boundary.
size_t MatchBefore(const Window& w, const std::string& phrase, bool space_required);

// The text between two numbers at `a` and `b`, folded, its spaces made one
// and trimmed ("-", "to", "bis", "до"); "\x01" when they are too far apart
// to be joined.
std::string Between(std::string_view text, size_t a, size_t b);

// A cheap test before Between: whether the text between numbers at `a` and
// `b` could join them, being at most 24 bytes of spaces only, or holding a
// letter (any non-ASCII byte counts), a hyphen or a tilde ("10~20"). " | ", ", ", "/" join
// nothing, so the common table and list gaps are never folded.
bool GapMayJoin(std::string_view text, size_t a, size_t b);

// Whether `s` is a hyphen or a dash (en, em, figure dash).
bool IsDash(const std::string& s);

}  // namespace parallax::annotate::qty

#endif  // PARALLAX_ANNOTATE_QUANTITY_WINDOW_H_
