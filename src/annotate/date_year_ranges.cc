// Ranges of years: "from 2000 to 2005", "zwischen 1990 und 1995", "od 2010
// do 2014 roku", "В 2014–2015 годах", "de 2012 à 2017", "entre 2013 y
// 2016" are one date of year precision (value the first year, value_max
// the last), and "od 2000 do 2500 osób", "от 1900 до 2000 жителей" are
// counts that no year cue may take (data/dates-README.md, "Ranges of years").
#include <string>

#include "annotate/date_parse.h"

namespace parallax::annotate {

namespace {

// The bounds of a year a range names with no year word after it: news
// ranges of years are of the last and the present century.
constexpr int kFirstBareYear = 1900;
constexpr int kLastBareYear = 2099;

bool Year4(const DateCtx& c, size_t k) { return c.Num(k, 4, 4); }

// The two years of a range written with no year word: the second is a
// later year of the first's century, or within twenty years of it ("from
// 1995 to 2005"); "od 2000 do 2500", "от 1990 до 2300" count.
bool LaterYearOfItsTime(int first, int second) {
  if (first < kFirstBareYear || second > kLastBareYear || second <= first) return false;
  return first / 100 == second / 100 || second - first <= 20;
}

// Token `k` is a word the language lists as `counted` (data/<lang>/
// date_words.tsv): "people", "Menschen", "osób", "человек".
bool CountedAt(const DateCtx& c, size_t k) {
  if (k >= c.size() || c.t[k].kind != DateTok::kWord || c.lex.counted.empty()) return false;
  std::string folded;
  FoldWord(c.text.substr(c.t[k].b, c.t[k].e - c.t[k].b), &folded);
  return c.lex.counted.count(folded) > 0;
}

// A counted noun right after the figure that ends before `k`, or after one
// word more ("от 1900 до 2000 местных жителей").
bool CountedAfter(const DateCtx& c, size_t k) {
  if (CountedAt(c, k)) return true;
  return k < c.size() && c.t[k].kind == DateTok::kWord && c.t[k].entry == nullptr &&
         CountedAt(c, k + 1);
}

// What joins two figures of a range at `j`: a dash (glued on both sides or
// spaced on both), a `range` or `year_to` word, or, after a range start
// (`from_word`), an `and` word ("between 2010 and 2014", "de 2010 a 2012").
// The tokens it covers; 0 when none.
size_t JoinerAt(DateCtx& c, size_t j, bool from_word) {
  if (c.Punct(j, '-')) return c.Glued(j) == c.Glued(j + 1) ? 1 : 0;
  if (c.t.size() <= j || c.t[j].kind != DateTok::kWord) return 0;
  if (const size_t w = c.Match(j, kDwRange); w > 0) return w;
  if (const size_t w = c.Match(j, kDwYearTo); w > 0) return w;
  return from_word ? c.Match(j, kDwAnd) : 0;
}

}  // namespace

bool FigureRangeAfter(DateCtx& c, size_t j) {
  const size_t w = JoinerAt(c, j, true);
  return w > 0 && j + w < c.size() && c.t[j + w].kind == DateTok::kNum;
}

bool MatchYearRange(DateCtx& c, size_t i, DateFound* f) {
  const DateTok& t = c.t[i];
  if (t.kind == DateTok::kNum ? !Year4(c, i) : t.entry == nullptr) return false;
  size_t start = 0;
  bool from_word = false;
  if (t.kind == DateTok::kWord) {
    start = c.Match(i, kDwClockFrom);
    from_word = start > 0;
    if (start == 0) start = c.Match(i, kDwYearCue);
    if (start == 0) return false;
  }
  const size_t k = i + start;
  if (!Year4(c, k) || !c.StartOk(k)) return false;
  const size_t w = JoinerAt(c, k + 1, from_word);
  const size_t j = k + 1 + w;
  if (w == 0 || !Year4(c, j) || !c.EndOk(j + 1) || c.Punct(j + 1, ':')) return false;
  const int first = c.t[k].value, second = c.t[j].value;
  size_t last = j + 1;
  const size_t word = c.Match(last, kDwYearWord);
  if (word > 0) {
    // "2010 do 2014 roku", "2012 по 2016 год", "2014–2015 годах".
    if (first < 1000 || second > 2999 || second <= first) return false;
    const bool short_word = c.t[last + word - 1].e - c.t[last + word - 1].b <= 2;
    last += word;
    if (short_word && c.Punct(last, '.') && c.Glued(last)) ++last;
  } else if (start == 0 || !LaterYearOfItsTime(first, second) || CountedAfter(c, last)) {
    // Bare figures need a year word; a counted noun makes them a count.
    return false;
  }
  f->y = first;
  f->y2 = second;
  f->prec = DatePrec::kYear;
  f->first = k;
  f->last = last;
  return true;
}

}  // namespace parallax::annotate
