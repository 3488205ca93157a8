// parallax annotate stage: number words, read and composed into one value
// ("two hundred and thirty-five thousand", "dwadzieścia trzy tysiące",
// "dreiundzwanzig", "quatre-vingt-dix", "более двухсот"). Used by
// ScanNumbers (number_scan.cc).
#ifndef PARALLAX_ANNOTATE_NUMBER_WORDS_H_
#define PARALLAX_ANNOTATE_NUMBER_WORDS_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "annotate/number_lexicon.h"
#include "annotate/number_scan.h"

namespace parallax::annotate {

// One word at a letter: [start, end) and what the lexicon says it is
// (null when it is no number word as a whole). A hyphenated form the lexicon
// lists ("quatre-vingt") is read as one word.
struct WordSpan {
  size_t start = 0;
  size_t end = 0;
  const std::vector<NumberWord>* entries = nullptr;
};

// The word starting at `pos` (a letter). Never throws; bounded by the word.
WordSpan ReadWord(std::string_view text, size_t pos, const NumberLexicon::Impl& lex);

// The number the words from `pos` (the start of a word) make, or nullopt
// when the first word is no number word or the words make no valid number
// (a lone article or fraction). Stops before the first word that cannot
// continue the number.
std::optional<NumberToken> ComposeWords(std::string_view text, size_t pos,
                                        const NumberLexicon::Impl& lex);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_NUMBER_WORDS_H_
