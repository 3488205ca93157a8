// parallax annotate stage: the value of a sequence of number words, fed one
// word (or one digit group) at a time: "two hundred and thirty-five
// thousand", "dos mil quinientos millones", "three fifths", "two and a half
// million", "drei Komma fünf". Used by the word reader of number_words.cc;
// the rules are in number_composer.cc and data/numbers-README.md ("Words").
#ifndef PARALLAX_ANNOTATE_NUMBER_COMPOSER_H_
#define PARALLAX_ANNOTATE_NUMBER_COMPOSER_H_

#include <cstddef>
#include <limits>
#include <vector>

#include "annotate/number_lexicon.h"

namespace parallax::annotate {

// The number a sequence of words makes so far. A value type: callers copy it
// to try a word and keep the copy only when the word fits. Never throws.
class Composer {
 public:
  explicit Composer(const NumberLexicon::Impl& lex) : lex_(&lex) {}

  // Starts from a number written in digits (its absolute value), read as if
  // it were one word: "2,5" of "2,5 Millionen", "3" of "3 hundred and 21".
  void Seed(double value);

  // Takes the word if one of its meanings (`candidates`) continues the
  // number; false, and no change, otherwise. `after_joiner`: a joiner
  // ("and", "und", "y") stood right before the word.
  bool Feed(const std::vector<NumberWord>& candidates, bool after_joiner);

  // A group written in digits (a whole number below 1000) inside words:
  // only right after a hundred or a scale word, or a joiner after one ("4
  // thousand 3 hundred and 21"). False, and no change, otherwise.
  bool FeedDigits(double value, bool after_joiner);

  // Adds a fraction 0 < f < 1 read after a joiner: to the last scale when
  // the number ends in one ("two million and a half" = 2500000; nothing
  // may follow), else to the whole group ("five and a quarter" = 5.25; only
  // a scale may follow: "two and a half million"). False, and no change,
  // when the number cannot take one.
  bool AddFraction(double f);

  // Adds a fraction 0 < f < 1 of `scale`, a scale below the last one, to a
  // number ending in a scale ("one billion and a quarter million" =
  // 1000250000); nothing may follow. False, and no change, otherwise.
  bool AddFractionOfScale(double f, double scale);

  // The number so far is a whole count that an ordinal phrase may divide
  // ("three" of "three twenty-firsts"), or a lone article ("a" of "a
  // twenty-first"). `one`: the count must be one (or the article).
  bool CanDivide(bool one) const;
  // Divides that count by `n` >= 2 ("three twenty-firsts" = 3/21, "a
  // hundred thousand trillionths" = 1e-7) and ends the number. False, and
  // no change, when CanDivide(one) is false.
  bool DivideBy(double n, bool one);

  // Adds decimal digits 0 <= frac < 1 read after a decimal word ("two
  // hundred point zero three"); only a scale may follow ("two point five
  // million"). False, and no change, when the number cannot take them.
  bool AddDecimal(double frac);

  // A complete number: not a dangling article, nor a fraction without a
  // scale ("half the houses" is no figure; "half a million" is).
  bool Valid() const;
  double Value() const { return total_ + group_; }
  // The words so far are a fraction alone ("three fifths", "a quarter", "a
  // half", "one half", "half"): its value; 0 otherwise.
  double FractionValue() const;
  bool ordinal() const { return ordinal_; }
  // The last word taken made "quatre vingt" written without its hyphen
  // (so an article after it is one: "quatre vingt un"; not after "quatre-vingts").
  bool spaced_eighty() const { return spaced_eighty_; }
  bool vague() const { return vague_; }
  // "с лишним", "з лишком" stood inside or after the number: it means more
  // than its value ("трёх с лишним тысяч" = more than 3000; MarkExcess).
  bool excess() const { return excess_; }
  void MarkExcess() { excess_ = true; }
  bool ended() const { return ended_; }
  // The number is 1/n from an article and a word that is also an ordinal
  // ("a third": "a third of the vote", but "a third term").
  bool article_ordinal_fraction() const { return article_ordinal_fraction_; }
  size_t words() const { return words_; }
  // The last word taken was a scale word ("million", "lakh").
  bool after_scale() const { return last_type_ == NumberWordType::kScale; }
  // The last word fed was a hundred ("three hundred").
  bool after_hundred() const { return last_type_ == NumberWordType::kHundred; }
  // The last word taken was a ten (20, 30, ... 90) ending the group.
  bool after_ten() const;

 private:
  // One scale of the total and what it holds: "dos mil quinientos millones
  // ciento veinte" is {1e6: 2.5e9}, then the group 120.
  struct Part {
    double scale = 0;
    double amount = 0;
  };
  static constexpr size_t kMaxParts = 8;

  bool CanAdd(double v, bool after_joiner) const;
  bool TakeScale(double v);
  bool Take(const NumberWord& w, bool after_joiner, bool also_ordinal);

  const NumberLexicon::Impl* lex_;
  Part parts_[kMaxParts];
  size_t n_parts_ = 0;
  double total_ = 0;  // the sum of parts_ amounts
  double group_ = 0;  // the group below the last scale
  double last_scale_ = std::numeric_limits<double>::infinity();
  double last_added_ = 0;
  size_t words_ = 0;
  NumberWordType last_type_ = NumberWordType::kJoiner;  // of the last word taken
  bool article_pending_ = false;
  bool fraction_only_ = false;  // "half", "a half": a fraction needing a scale
  bool divided_ = false;        // ended by a denominator: "three fifths"
  bool article_ordinal_fraction_ = false;
  bool scaled_ = false;
  bool ordinal_ = false;
  bool spaced_eighty_ = false;  // see spaced_eighty()
  bool vague_ = false;
  bool excess_ = false;
  bool ended_ = false;
  bool fraction_added_ = false;  // AddFraction or AddDecimal to the group
  bool seeded_ = false;          // the first word was digits (Seed)
  // A joiner came right after the last scale ("5 lakh and 2"): the group
  // after it is no multiplier of a larger scale ("5 lakh and 2 crore" is
  // two figures).
  bool joined_after_scale_ = false;
};

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_NUMBER_COMPOSER_H_
