// parallax annotate stage, quantities: ranges between two numbers ("10-15",
// "zwischen 10 und 15", "$10-$15", "5% to 7%") and two bounds joined into
// one range ("more than 10 and less than 20"). Private to src/annotate/;
// used by quantities.cc.
#ifndef PARALLAX_ANNOTATE_QUANTITY_RANGES_H_
#define PARALLAX_ANNOTATE_QUANTITY_RANGES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/number_scan.h"
#include "annotate/quantity_lexicon.h"
#include "annotate/quantity_window.h"
#include "parallax/document.h"

namespace parallax::annotate::qty {

// A money sign or code right before a number: where it starts (npos when
// there is none), the ISO code, the folded text of the sign and the factor
// a scaled code gives ("MUSD" 1e6; 1 for any other).
struct Prefix {
  size_t start = std::string::npos;
  std::string unit;
  std::string folded;
  double scale = 1;
};

// Whether `tok` and `next` make a range, and where it starts: before `tok`
// (or its sign `prefix`), or at the range's first word ("zwischen", "от"),
// never before `floor`; npos when they make none. A range's ends ascend
// ("3-1" is a score); numbers chained by dashes are no range.
size_t RangeStart(std::string_view text, const NumberToken& tok, const NumberToken& next,
                  const Prefix& prefix, size_t floor, const Window& before,
                  const QuantityLexicon::Impl& lex);

// Whether two ordinals `tok` and `next` make a range of ranks, and where it
// starts: a range word before `tok` whose word between is the gap ("between
// the tenth and the fifteenth", "entre undécima y sexagésima", "tra il 10° e
// il 15°"), or a dash alone ("the 10th-12th centuries"); never before
// `floor`; npos when they make none. The ranks ascend.
size_t OrdinalRangeStart(std::string_view text, const NumberToken& tok, const NumberToken& next,
                         size_t floor, const QuantityLexicon::Impl& lex);

// Whether `tok` and `next` are a score, no counts: two bare runs of one to
// three digits glued by a colon ("2:1", "28:25") or by a hyphen with no
// ascent ("3-1", "2-2"; "1-3" stays a range), not links of a longer chain
// ("12-05-2021"). Times the date layer reads win over these numbers anyway.
bool IsScore(std::string_view text, const NumberToken& tok, const NumberToken& next);

// Whether `gap` (folded text between two numbers, as Between gives it)
// alone joins a range: a dash or a range_mid word ("to", "bis", "à").
bool IsRangeMid(const std::string& gap, const QuantityLexicon::Impl& lex);

// The start of a range word (range row, "entre", "от", "between") whose
// word between is `gap`, ending right before `pos` (one space between) and
// starting at or after `floor`; npos when there is none.
size_t RangeWordBefore(std::string_view text, size_t pos, const std::string& gap, size_t floor,
                       const QuantityLexicon::Impl& lex);

// Joins two bounds next to each other, in text order in `qs`, into one
// range when a bound_join word of the lexicon stands between them: "more
// than 10 and less than 20", "at most 100 and at least 20" (20..100). Their
// units must agree (or one has none) and the lower end must lie below the
// upper one. The joined range's figure is its whole span.
void JoinBounds(std::string_view text, const QuantityLexicon::Impl& lex, std::vector<Quantity>& qs);

}  // namespace parallax::annotate::qty

#endif  // PARALLAX_ANNOTATE_QUANTITY_RANGES_H_
