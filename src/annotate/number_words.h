// parallax annotate stage: number words, one at a time: found in the
// lexicon ("twenty", "тысяч", "quatre-vingt") or split as compounds
// ("dreiundzwanzig", "duemilatrecento"), and fed to a Composer
// (number_composer.h). Used by the phrase reader (number_phrase.h) and
// ScanNumbers (number_scan.cc).
#ifndef PARALLAX_ANNOTATE_NUMBER_WORDS_H_
#define PARALLAX_ANNOTATE_NUMBER_WORDS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "annotate/number_lexicon.h"

namespace parallax::annotate {

class Composer;

// One word at a letter: [start, end) and what the lexicon says it is
// (null when it is no number word as a whole). A hyphenated form the lexicon
// lists ("quatre-vingt") is read as one word.
struct WordSpan {
  size_t start = 0;
  size_t end = 0;
  const std::vector<NumberWord>* entries = nullptr;
  // Its first bytes may start a form or a compound part: only then is it
  // split as a compound.
  bool candidate = false;
};

// Whether no lexicon form or compound part starts with the first two folded
// bytes of the text at `pos` (a letter): then the word there is no number
// word and ReadWord would find nothing. A cheap test for the scanner's loop.
bool NoFormStartsAt(std::string_view text, size_t pos, const NumberLexicon::Impl& lex);

// The word starting at `pos` (a letter). Never throws; bounded by the word.
WordSpan ReadWord(std::string_view text, size_t pos, const NumberLexicon::Impl& lex);

// What the lexicon says of a word's meanings: one of them is of `type`
// (HasType); all of them are (OnlyType); it is only a joiner (IsJoiner).
// False for null.
bool HasType(const std::vector<NumberWord>* entries, NumberWordType type);
bool OnlyType(const std::vector<NumberWord>* entries, NumberWordType type);
bool IsJoiner(const std::vector<NumberWord>* entries);

// Feeds the word `w` of `text` to `c`: its meanings, or, in a @compound
// language, the forms it splits into ("dreiundzwanzig"). False, and `c`
// unchanged, when it does not continue the number. `after_joiner`: a
// joiner stood right before it.
bool FeedWord(std::string_view text, const WordSpan& w, const NumberLexicon::Impl& lex,
              bool after_joiner, Composer& c);

// The start of the next word after `end` when only one to three spaces,
// one hyphen, or one hyphen with one space each side ("fifty - two") stand
// between; npos otherwise.
size_t NextWordStart(std::string_view text, size_t end);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_NUMBER_WORDS_H_
