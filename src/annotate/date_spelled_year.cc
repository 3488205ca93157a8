// Years spelled in words after a day and month: "13 Sept nineteen seventy
// two" (two cardinals of the number layer, century and year of it), "5. Mai
// neunzehnhundertzweiundsiebzig" (one cardinal). The number layer is not
// changed: its tokens are read as they are.
#include "annotate/date_spelled_year.h"

#include <cmath>

namespace parallax::annotate {
namespace {

// The whole, non-vague spelled number at word token `k`, in lo..hi (an
// ordinal only when `ordinal`); its value (-1: none) and the token after it.
int SpelledAt(const DateCtx& c, size_t k, int lo, int hi, bool ordinal, size_t* end) {
  if (k >= c.size() || c.t[k].kind != DateTok::kWord) return -1;
  const NumberToken* n = c.NumberAt(k, end);
  if (n == nullptr || (n->ordinal && !ordinal) || n->vague || !n->spelled || n->value < lo ||
      n->value > hi || n->value != std::floor(n->value) || c.t[*end - 1].e != n->end) {
    return -1;
  }
  return static_cast<int>(n->value);
}

}  // namespace

int SpelledYearAt(DateCtx& c, size_t j, size_t* end) {
  if (c.Punct(j, ',')) ++j;
  size_t e1 = j;
  // "тысяча девятьсот семьдесят второго года", "... drugiego roku": an
  // ordinal with its year word; a cardinal where the clause ends.
  const int whole = SpelledAt(c, j, 1000, 2099, true, &e1);
  if (whole > 0) {
    if (const size_t w = c.Match(e1, kDwYearWord); w > 0 && c.EndOk(e1 + w)) {
      *end = e1 + w;
      return whole;
    }
    const NumberToken* n = c.NumberAt(j, &e1);
    if (n->ordinal || !c.EndOk(e1) || !ClauseEndsAt(c, e1)) return 0;
    *end = e1;
    return whole;
  }
  const int century = SpelledAt(c, j, 15, 20, false, &e1);
  if (century < 0) return 0;
  size_t e2 = e1;
  const int rest = SpelledAt(c, e1, 0, 99, false, &e2);
  if (rest < 0 || !c.EndOk(e2) || !ClauseEndsAt(c, e2)) return 0;
  *end = e2;
  return century * 100 + rest;
}

}  // namespace parallax::annotate
