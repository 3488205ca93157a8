// parallax annotate stage: ratios written as two whole numbers and a ratio
// word ("one in five", "two out of five hundred", fr "un sur trois", es
// "uno de cada tres", it "uno su tre"), joined into one figure, the first
// divided by the second. Used by the Annotator (annotate.cc) once the dates
// have taken their numbers, so that "3 in 10 days" stays a count of 3 and a
// date; the rules are in data/numbers-README.md ("Ratios").
#ifndef PARALLAX_ANNOTATE_NUMBER_RATIO_H_
#define PARALLAX_ANNOTATE_NUMBER_RATIO_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "annotate/number_lexicon.h"
#include "annotate/number_scan.h"

namespace parallax::annotate {

// Joins, in `tokens` (the numbers of `text` in text order, not
// overlapping), each pair of whole numbers N and D with one space, a
// `ratio` word of `lex` and one space between them into one token of
// value N / D, spanning both, when 1 <= N < D and neither is an ordinal,
// a vague amount, a glued code or a bare run of 4 or more digits (a
// year: "1 in 2020"). A pair where N >= D ("12 in six boxes", "8 in 5")
// stays two figures. Linear in the tokens; allocates nothing when `lex`
// has no ratio word.
// The joined tokens get `ratio`. `keep_apart` (sorted numerator starts,
// may be null): pairs whose first number starts there stay two figures.
// `before` (may be null; empty on entry): receives the tokens as they came
// when some ratio was joined, and stays empty (no copy) when none was.
void JoinRatios(std::string_view text, const NumberLexicon::Impl& lex,
                std::vector<NumberToken>& tokens, const std::vector<uint32_t>* keep_apart = nullptr,
                std::vector<NumberToken>* before = nullptr);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_NUMBER_RATIO_H_
