// parallax (private): the character knowledge the scrape cleaner needs
// without ICU (the extract stage does not link it): UTF-8 decoding, simple
// case mapping for the Latin, Greek and Cyrillic letters of the languages we
// ship data for, and the normal form lines are matched in against
// data/<lang>/junk.tsv. Pure functions; thread-safe; none throws.
#ifndef PARALLAX_EXTRACT_SCRAPE_CHARS_H_
#define PARALLAX_EXTRACT_SCRAPE_CHARS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace parallax::scrape {

// Decodes the code point at `*i` and advances `*i` past it. A malformed or
// truncated sequence yields U+FFFD and advances one byte.
uint32_t DecodeAt(std::string_view s, size_t* i);

// Appends the UTF-8 of `cp`.
void AppendUtf8(uint32_t cp, std::string* out);

// Number of code points (UTF-8 lead bytes) in `s`.
size_t CodePoints(std::string_view s);

// Simple lower-case mapping: ASCII, Latin-1, Latin Extended-A, Greek capitals,
// Cyrillic (incl. Ukrainian and Kazakh letters), U+1E9E. Others map to
// themselves.
uint32_t ToLowerCp(uint32_t cp);

// A letter of any script: ASCII letters, U+00C0..U+024F except the two
// arithmetic signs, Greek, Cyrillic, and everything from U+0530 on that is
// not general punctuation (U+2000..U+2BFF, U+3000..U+303F, U+FE30..U+FFEF).
bool IsLetterCp(uint32_t cp);
// A cased capital (ToLowerCp changes it).
inline bool IsUpperCp(uint32_t cp) { return ToLowerCp(cp) != cp; }

inline bool IsAsciiDigit(uint32_t cp) { return cp >= '0' && cp <= '9'; }

// The five HTML/ASCII whitespace bytes: space, tab, LF, CR, FF.
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// `s` without IsSpace bytes at either end (a view into `s`).
inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// The form a line is matched in: lower case; every run of ASCII digits
// becomes one '#'; runs of spaces become one space; leading decoration
// (bullets, arrows, pipes, dashes, asterisks) and trailing decoration and
// punctuation (: . ! … » › > | and the like) are cut. "  • 12 Comments: " ->
// "# comments". With `cut_trailing` false the end is kept as written (after
// the space collapse): prefix patterns such as "photo:" need their colon.
std::string NormalizeForMatch(std::string_view line, bool cut_trailing = true);

// Words of `line`: maximal runs of non-space bytes.
size_t CountWords(std::string_view line);

// True when `line` ends a sentence: its last character, after closing quotes
// and brackets, is . ! ? or … (ASCII or the ellipsis/CJK full stops).
bool EndsSentence(std::string_view line);

}  // namespace parallax::scrape

#endif  // PARALLAX_EXTRACT_SCRAPE_CHARS_H_
