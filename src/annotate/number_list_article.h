// parallax annotate stage (private): an article that counts one inside a
// list of figures (@list_article, data/numbers-README.md): fr "Deux
// policiers et un passant", es "cuatro soldados y una enfermera".
#ifndef PARALLAX_ANNOTATE_NUMBER_LIST_ARTICLE_H_
#define PARALLAX_ANNOTATE_NUMBER_LIST_ARTICLE_H_

#include <optional>
#include <string_view>
#include <vector>

#include "annotate/number_lexicon.h"
#include "annotate/number_scan.h"
#include "annotate/number_words.h"

namespace parallax::annotate {

// The article `article` (a word of `text` whose meanings include
// `article`) as the figure 1, when the language reads articles in lists
// (lex.list_article) and it stands in a list of figures: the last figure
// of `before` (whole, no ordinal, vague amount nor year), one to three
// words, then a joiner word ("et", "y") or a comma right before the
// article, and a word after it; after a comma the list must go on, one to
// three words after the article, with a joiner and an article or a number
// word ("Deux enfants, une femme et un retraité"). Elsewhere nullopt: an
// article alone is no number ("Un témoin a vu", "un accord et une
// déclaration"). Never throws.
std::optional<NumberToken> ListArticle(std::string_view text, const WordSpan& article,
                                       const std::vector<NumberToken>& before,
                                       const NumberLexicon::Impl& lex);

// The article `article` as the figure 1 when it opens a list of figures
// (lex.list_article): one to three words after it, then a joiner word and
// a figure, digits (not a year-like run of four) or a cardinal or vague
// word: fr "un mort et onze blessés", es "un muerto y nueve heridos", de
// "einen Toten und zwölf Verletzte". Elsewhere nullopt ("un accord et une
// déclaration", "une femme et ses deux enfants"). Never throws.
std::optional<NumberToken> LeadingListArticle(std::string_view text, const WordSpan& article,
                                              const NumberLexicon::Impl& lex);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_NUMBER_LIST_ARTICLE_H_
