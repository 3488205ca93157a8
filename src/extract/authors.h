// parallax: author names from metadata values, visible bylines and author
// links (private to extract/). The language knowledge is data: byline words in
// data/<lang>/byline.txt (dates_meta.h Lexicon::BylineWords) and the words
// that split and clean names in data/<lang>/author_words.tsv, described in
// data/authors-README.md.
#ifndef PARALLAX_EXTRACT_AUTHORS_H_
#define PARALLAX_EXTRACT_AUTHORS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/dates_meta.h"

namespace parallax::authors {

// What a word or phrase of author_words.tsv does in an author value.
enum class WordKind {
  kNone,
  kJoiner,        // "and", "und": separates two names
  kRole,          // "staff writer", "Korrespondent": a job title, dropped
  kOrganisation,  // "Redaktion", "Staff": kept only when no person is named
  kCut,           // "Updated", "aktualisiert": the value ends before it
};

// The author words of every language in a data folder, plus the byline words
// of `dates` (may be null). Immutable after construction: safe to share.
class AuthorLexicon {
 public:
  // Reads data_dir/<lang>/author_words.tsv for every language folder that
  // has one. A missing folder or file is no error (then names are only split
  // on punctuation); a malformed line throws DataError naming file and line.
  AuthorLexicon(const std::string& data_dir, const dates::Lexicon* dates);

  // The kind of the longest phrase that starts at word `words[i]` (folded
  // words), and in `*length` its number of words; kNone when none.
  WordKind KindAt(const std::vector<std::string>& words, size_t i, size_t* length) const;

  const dates::Lexicon* dates() const { return dates_; }

  // Words that mark a byline element when an HTML class or id contains them
  // ("autor", "auteur"; author_words.tsv kind `class`), lower-case.
  const std::vector<std::string>& ClassWords() const { return class_words_; }

 private:
  // folded phrase split in words -> kind; longest phrases first
  std::vector<std::pair<std::vector<std::string>, WordKind>> phrases_;
  const dates::Lexicon* dates_;
  std::vector<std::string> class_words_;
};

// The lexicon of FindDataDir() (with dates::DefaultLexicon()), loaded once;
// nullptr when no data folder is found or a file is malformed.
const AuthorLexicon* DefaultAuthorLexicon();

// Splits and cleans one author value as a page writes it ("By Anna Nowak and
// Jan Kowal | Staff Writer", "Anna Nowak, Jan Kowal", "Autor: Jan Nowak,
// 3. Mai 2022"): a leading byline word, e-mail addresses, URLs, everything
// from a date or a cut word on, and job titles go; the rest is split on
// joiners and on , ; | & • ·. An organisation word alone ("Redaktion") is
// kept only when no person is named in the same value. Names longer than
// 6 words or 80 bytes are prose and dropped. `lexicon` may be null.
// Returns the names in order, without duplicates; empty when none is left.
std::vector<std::string> CleanNames(std::string_view value, const AuthorLexicon* lexicon);

// Limits of the visible-byline search (BylineNames).
struct BylineOptions {
  size_t max_lines = 12;        // non-empty lines looked at after the heading
  size_t max_line_bytes = 200;  // longer lines are prose, not bylines
};

// Names from a visible byline: a line of `text` (the page's rendered text)
// that starts with a byline word followed by a capitalised word ("By Anna
// Kowalska", "Von Max Muster", "Автор: Иван Петров"), or has a date and a
// byline word followed by a capitalised word ("3 May 2022 by Anna
// Kowalska"). Looked for in the `options.max_lines` non-empty lines after
// the first line equal to `heading` (the page's <h1>); when the heading is
// empty or not found, nothing is returned (a byline is near the top of the
// article, and without the heading the article's top is unknown). The
// capitalised words after the byline word, with joiners and commas between
// them, are the names (CleanNames).
std::vector<std::string> BylineNames(std::string_view text, std::string_view heading,
                                     const AuthorLexicon* lexicon, std::string_view lang,
                                     const BylineOptions& options = {});

// The name an author link's URL names ("https://x.org/author/anna-kowalska/"
// -> "anna-kowalska"), written as `text` writes it ("Anna Kowalska"): the
// first run of words in `text` that spells the URL's last path segment
// (case-insensitive; letters outside ASCII match the slug's transliteration
// loosely). "" when the text has no such run or the segment is not 2-5 words.
std::string NameFromAuthorUrl(std::string_view url, std::string_view text);

}  // namespace parallax::authors

#endif  // PARALLAX_EXTRACT_AUTHORS_H_
