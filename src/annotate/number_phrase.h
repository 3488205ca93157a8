// parallax annotate stage: the words and digit groups that make one number
// ("two hundred and thirty-five thousand", "five and a quarter", "drei
// Komma fünf", "три целых пять десятых"), and digits continued by words
// ("2,5 Millionen", "3 hundred and 21", "3 million and a half"). Used by
// ScanNumbers (number_scan.cc); the rules are in data/numbers-README.md
// ("Words").
#ifndef PARALLAX_ANNOTATE_NUMBER_PHRASE_H_
#define PARALLAX_ANNOTATE_NUMBER_PHRASE_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "annotate/number_lexicon.h"
#include "annotate/number_scan.h"

namespace parallax::annotate {

// The number the words from `pos` (the start of a word) make, or nullopt
// when the first word is no number word or the words make no valid number
// (a lone article or fraction). Stops before the first word that cannot
// continue the number. The token's value is positive (a minus word before
// it is the caller's). `word_end`, when not null, gets the end of the
// first word.
std::optional<NumberToken> ComposeWords(std::string_view text, size_t pos,
                                        const NumberLexicon::Impl& lex, size_t* word_end = nullptr);

// A number written in digits, `value` (its absolute value) over [start,
// end), continued by words: a scale or hundred word and what may follow
// it ("2,5 Millionen", "2 mil millones", "4 thousand 3 hundred and 21"), a
// joined fraction ("3 y medio", "2 e 1/4"), decimal words ("1 komma 5") or
// a fraction in digits ("2 1/2"). `long_plain`: the digits are a bare run
// of 4 or more ("2022"): a plural that is also a vague amount does not
// multiply it ("in 2022 thousands fled"). nullopt when nothing continues
// the digits; the token has `spelled` set.
std::optional<NumberToken> ContinueDigits(std::string_view text, size_t start, size_t end,
                                          double value, bool long_plain,
                                          const NumberLexicon::Impl& lex);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_NUMBER_PHRASE_H_
