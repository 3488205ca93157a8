// JoinRatios (number_ratio.h): "one in five", "2 out of 500", "un sur
// trois" as one figure N / D.
#include "annotate/number_ratio.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "annotate/number_chars.h"
#include "annotate/number_digits.h"

namespace parallax::annotate {
namespace {

// A whole, positive count that may stand on either side of a ratio word.
bool RatioPart(const NumberToken& t) {
  return !t.ordinal && !t.vague && !t.glued_code && t.value >= 1 && t.value <= 1e12 &&
         t.value == std::floor(t.value) && !(t.plain_digits && t.digits >= 4);
}

// The bytes between `a` and `b` are one space, a ratio word and one space.
bool RatioBetween(std::string_view text, const NumberToken& a, const NumberToken& b,
                  const NumberLexicon::Impl& lex) {
  if (b.start < a.end + 3) return false;
  const std::string_view gap = text.substr(a.end, b.start - a.end);
  if (gap.front() != ' ' || gap.back() != ' ') return false;
  const std::string_view word = gap.substr(1, gap.size() - 2);
  // Folding keeps or shortens the bytes of the forms we list: a word much
  // longer than every form is none of them, and is not folded.
  if (word.size() > 2 * lex.longest_ratio_word + 4) return false;
  const std::string folded = lex.FoldText(word);
  for (const std::string& form : lex.ratio_words) {
    if (folded == form) return true;
  }
  return false;
}

// The start of an article ("un", "une", "uno", "ein") standing before a
// ratio word before `d` ("un sur trois", "una de cada diez"): then the
// article is the numerator one. npos when there is none; a one-letter
// article ("a in 5", "Plan A in 2 weeks") is no numerator. `floor`: the
// article must start at or after it (the end of the previous token).
size_t ArticleRatioStart(std::string_view text, const NumberToken& d, size_t floor,
                         const NumberLexicon::Impl& lex) {
  constexpr size_t kNone = std::string_view::npos;
  if (d.start < floor + 4 || text[d.start - 1] != ' ') return kNone;
  for (const std::string& form : lex.ratio_words) {
    const size_t n = form.size();
    if (d.start < floor + n + 4) continue;
    const size_t at = d.start - 1 - n;
    if (text[at - 1] != ' ' || IsLetter(DecodeBefore(text, at))) continue;
    // The first letter first: most words before a number are no ratio word.
    if (lex.Fold(DecodeAt(text, at).cp) != DecodeAt(form, 0).cp) continue;
    if (lex.FoldText(text.substr(at, n)) != form) continue;
    const auto [start, end] = WordBefore(text, at - 1, false, 8);
    if (end - start < 2 || start < floor || (start > 0 && IsLetter(DecodeBefore(text, start)))) {
      continue;
    }
    const std::vector<NumberWord>* e = lex.Find(lex.FoldText(text.substr(start, end - start)));
    if (e == nullptr) continue;
    for (const NumberWord& w : *e) {
      if (w.type == NumberWordType::kArticle) return start;
    }
  }
  return kNone;
}

}  // namespace

void JoinRatios(std::string_view text, const NumberLexicon::Impl& lex,
                std::vector<NumberToken>& tokens, const std::vector<uint32_t>* keep_apart,
                std::vector<NumberToken>* before) {
  if (lex.ratio_words.empty() || tokens.empty()) return;
  // Until the first ratio nothing has moved: the tokens as they came are
  // copied then, and only then.
  const auto keep_before = [&] {
    if (before != nullptr && before->empty()) *before = tokens;
  };
  size_t kept = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    NumberToken t = tokens[i];
    const bool apart = keep_apart != nullptr &&
                       std::binary_search(keep_apart->begin(), keep_apart->end(), t.start);
    if (i + 1 < tokens.size() && !apart) {
      const NumberToken& d = tokens[i + 1];
      // Not after a currency sign: "$1 in 5 years" is an amount.
      if (RatioPart(t) && RatioPart(d) && t.value < d.value && !CurrencyBefore(text, t.start) &&
          RatioBetween(text, t, d, lex)) {
        keep_before();
        t.end = d.end;
        t.value = t.value / d.value;
        t.ratio = true;
        t.spelled = true;
        t.plain_digits = false;
        t.digits = 0;
        ++i;
        tokens[kept++] = t;
        continue;
      }
    }
    // "un sur trois": an article as the numerator.
    const size_t floor = kept > 0 ? tokens[kept - 1].end : 0;
    if (!apart && RatioPart(t) && t.value > 1) {
      if (const size_t a = ArticleRatioStart(text, t, floor, lex); a != std::string_view::npos) {
        keep_before();
        t.start = static_cast<uint32_t>(a);
        t.value = 1 / t.value;
        t.ratio = true;
        t.spelled = true;
        t.plain_digits = false;
        t.digits = 0;
      }
    }
    tokens[kept++] = t;
  }
  tokens.resize(kept);
}

}  // namespace parallax::annotate
