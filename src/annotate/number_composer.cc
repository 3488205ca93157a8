// The value of number words (number_composer.h). The composition is the
// usual one for European languages: a group below a thousand accumulates
// cardinals (each smaller than the place the group ends in: "two hundred
// thirty five"), "hundred" multiplies a 1-9 before it, a scale word takes
// the group (and any smaller scales before it: "dos mil quinientos
// millones" = 2500 x 10^6) times the scale. Language particulars come from
// data: joiners ("and", "und"), compounds (@compound), vigesimal counting
// (@vigesimal: French 60 and 80 take 1-19).
#include "annotate/number_composer.h"

#include <cmath>

namespace parallax::annotate {
namespace {

// The lowest non-zero decimal place of a whole group (300 -> 100, 320 ->
// 10, 325 -> 1).
double LowestPlace(double group) {
  double place = 1;
  auto g = static_cast<long long>(group);
  while (g > 0 && g % 10 == 0 && place < 1e15) {
    g /= 10;
    place *= 10;
  }
  return place;
}

bool Whole(double v) { return v == std::floor(v); }

}  // namespace

void Composer::Seed(double value) {
  group_ = value;
  last_added_ = value;
  words_ = 1;
  last_type_ = NumberWordType::kCardinal;
  seeded_ = true;
}

bool Composer::Feed(const std::vector<NumberWord>& candidates, bool after_joiner) {
  if (ended_) return false;
  bool also_ordinal = false;
  for (const NumberWord& w : candidates)
    also_ordinal = also_ordinal || w.type == NumberWordType::kOrdinal;
  // After a vague amount only a scale continues ("десятки тысяч",
  // "kilkadziesiąt tysięcy": tens of thousands); after an ordinal only a
  // smaller ordinal ("dwudziestego pierwszego").
  if (vague_ || ordinal_) {
    const NumberWordType only = vague_ ? NumberWordType::kScale : NumberWordType::kOrdinal;
    for (const NumberWord& w : candidates) {
      // "several hundred": a hundred also multiplies a vague amount.
      if (w.type != only && !(vague_ && w.type == NumberWordType::kHundred)) continue;
      Composer copy = *this;
      if (copy.Take(w, after_joiner, also_ordinal)) {
        *this = copy;
        return true;
      }
    }
    return false;
  }
  // Alone, a word that is both a plural scale and a vague amount
  // ("тысячи", "tysiące") is the vague amount; after a number the scale.
  if (words_ == 0) {
    for (const NumberWord& w : candidates) {
      if (w.type == NumberWordType::kVague) return Take(w, after_joiner, also_ordinal);
    }
  }
  for (const NumberWord& w : candidates) {
    if (w.type == NumberWordType::kVague || w.type == NumberWordType::kJoiner) continue;
    Composer copy = *this;
    if (copy.Take(w, after_joiner, also_ordinal)) {
      *this = copy;
      return true;
    }
  }
  return false;
}

bool Composer::FeedDigits(double value, bool after_joiner) {
  if (ended_ || vague_ || ordinal_ || article_pending_ || fraction_only_ || fraction_added_) {
    return false;
  }
  if (last_type_ != NumberWordType::kHundred && last_type_ != NumberWordType::kScale) return false;
  if (!Whole(value) || value < 1 || value >= 1000) return false;
  Composer copy = *this;
  if (!copy.Take({value, NumberWordType::kCardinal}, after_joiner, false)) return false;
  *this = copy;
  return true;
}

bool Composer::AddFraction(double f) {
  if (ended_ || vague_ || ordinal_ || article_pending_ || fraction_only_ || fraction_added_ ||
      divided_ || words_ == 0 || !(f > 0 && f < 1)) {
    return false;
  }
  if (group_ == 0 && n_parts_ > 0) {
    parts_[n_parts_ - 1].amount += f * last_scale_;
    total_ += f * last_scale_;
    ended_ = true;
  } else if (Whole(group_)) {
    group_ += f;
    fraction_added_ = true;
  } else {
    return false;
  }
  ++words_;
  return true;
}

bool Composer::AddFractionOfScale(double f, double scale) {
  if (ended_ || vague_ || ordinal_ || article_pending_ || fraction_only_ || fraction_added_ ||
      divided_ || group_ != 0 || n_parts_ == 0 || !(f > 0 && f < 1) || !(scale > 1) ||
      scale >= last_scale_) {
    return false;
  }
  parts_[n_parts_ - 1].amount += f * scale;
  total_ += f * scale;
  ended_ = true;
  words_ += 2;
  return true;
}

bool Composer::CanDivide(bool one) const {
  if (article_pending_) return words_ == 1;
  if (ended_ || vague_ || ordinal_ || fraction_only_ || fraction_added_ || divided_ ||
      words_ == 0) {
    return false;
  }
  const double v = Value();
  return one ? v == 1 : v >= 1 && Whole(v) && std::isfinite(v);
}

bool Composer::DivideBy(double n, bool one) {
  if (!CanDivide(one) || !(n >= 2) || !std::isfinite(n)) return false;
  group_ = (article_pending_ ? 1 : Value()) / n;
  total_ = 0;
  n_parts_ = 0;
  article_pending_ = false;
  divided_ = true;
  ended_ = true;
  ++words_;
  last_type_ = NumberWordType::kDenominator;
  return true;
}

bool Composer::AddDecimal(double frac) {
  if (ended_ || vague_ || ordinal_ || article_pending_ || fraction_only_ || fraction_added_ ||
      divided_ || words_ == 0 || !(frac >= 0 && frac < 1) || !Whole(group_)) {
    return false;
  }
  group_ += frac;
  fraction_added_ = true;
  ++words_;
  return true;
}

bool Composer::after_ten() const {
  return last_type_ == NumberWordType::kCardinal && last_added_ >= 20 && last_added_ <= 90 &&
         std::fmod(last_added_, 10) == 0 && std::fmod(group_, 10) == 0;
}

bool Composer::Valid() const {
  return words_ > 0 && !article_pending_ && !(fraction_only_ && !scaled_) && std::isfinite(Value());
}

double Composer::FractionValue() const {
  if (n_parts_ > 0 || vague_ || ordinal_ || article_pending_) return 0;
  return divided_ || fraction_only_ ? group_ : 0;
}

bool Composer::CanAdd(double v, bool after_joiner) const {
  if (group_ == 0) return true;
  if (!Whole(group_)) return false;
  if (v < LowestPlace(group_)) return true;
  const auto g = static_cast<long long>(group_);
  if (lex_->vigesimal && (g % 100 == 60 || g % 100 == 80) && v < 20) return true;
  // "drei-und-zwanzig": after a joiner, a ten follows its unit.
  return after_joiner && last_added_ >= 1 && last_added_ <= 9 && v >= 20 && v <= 90 &&
         std::fmod(v, 10) == 0 && g % 100 < 10;
}

bool Composer::TakeScale(double v) {
  if (v <= 1 || (fraction_added_ && n_parts_ > 0)) return false;
  if (article_pending_) {
    if (group_ != 0) return false;
    article_pending_ = false;
    group_ = 1;  // "a thousand"
  }
  // A larger scale after smaller ones multiplies them all ("mil millones",
  // "two thousand million", "cuatrocientos cincuenta y cinco mil doscientos
  // veintiocho millones" after "tres billones"); the same scale twice ends
  // the number.
  size_t n = n_parts_;
  double low = 0;
  while (n > 0 && parts_[n - 1].scale < v) low += parts_[--n].amount;
  if (n > 0 && parts_[n - 1].scale == v) return false;
  double times = low + group_;
  if (n < n_parts_) {
    if (times >= v || fraction_added_ || joined_after_scale_) return false;
  } else if (group_ == 0) {
    // "tausend", "тысяча" alone, or after a larger scale ("zwei Millionen
    // tausend", "deux millions mille").
    if (words_ != 0 && n_parts_ == 0) return false;
    times = 1;
  }
  if (n >= kMaxParts) return false;
  parts_[n] = {v, times * v};
  n_parts_ = n + 1;
  total_ = 0;
  for (size_t k = 0; k < n_parts_; ++k) total_ += parts_[k].amount;
  group_ = 0;
  last_scale_ = v;
  last_added_ = v;
  scaled_ = true;
  joined_after_scale_ = false;
  // "two and a half million", "two point five million": complete.
  if (fraction_added_) ended_ = true;
  return true;
}

bool Composer::Take(const NumberWord& w, bool after_joiner, bool also_ordinal) {
  const double v = w.value;
  spaced_eighty_ = false;
  // After a fraction or decimals added to the group only a scale follows.
  if (fraction_added_ && w.type != NumberWordType::kScale) return false;
  if (after_joiner && last_type_ == NumberWordType::kScale) joined_after_scale_ = true;
  switch (w.type) {
    case NumberWordType::kCardinal:
      // "a ten-year-old", "a three" are no number; "a dozen", "une
      // dizaine" are, as scale forms.
      if (article_pending_) {
        return false;
      } else if (fraction_only_ && !scaled_) {
        return false;
      } else if (lex_->vigesimal && v == 20 && last_added_ == 4 && std::fmod(group_, 100) == 4) {
        group_ += 76;  // "quatre vingt" written without its hyphen: 4 x 20
        spaced_eighty_ = true;
      } else if (after_joiner && v < 1 && (group_ > 0 || total_ > 0)) {
        group_ += v;  // "zweieinhalb" written as parts
      } else if (CanAdd(v, after_joiner)) {
        group_ += v;
      } else {
        return false;
      }
      last_added_ = v;
      break;
    case NumberWordType::kHundred:
      if (article_pending_) {
        article_pending_ = false;
        group_ = 100;
      } else if (group_ >= 1 && group_ <= 9 && Whole(group_)) {
        group_ *= 100;
      } else if (group_ >= 10 && group_ <= 99 && Whole(group_) && total_ == 0) {
        group_ *= 100;  // "nineteen hundred", "achtzehnhundert": at the start only
      } else if (seeded_ && words_ == 1 && group_ > 0 && group_ <= 999 &&
                 (group_ >= 100 || !Whole(group_))) {
        // "322 hundred", "2.12 hundred" = 212: digits only (fr "1,20 cents"
        // is an amount in cents: `cents` is not_after_digits there).
        group_ *= 100;
      } else if (group_ == 0) {
        group_ = 100;
      } else {
        return false;
      }
      last_added_ = 100;
      break;
    case NumberWordType::kScale:
      if (!TakeScale(v)) return false;
      break;
    case NumberWordType::kOrdinal:
      if (article_pending_) return false;
      if (v >= 1000) {
        if (!TakeScale(v)) return false;  // "three millionth", "einhundert Millionste"
      } else if (v == 100 && group_ >= 1 && group_ <= 9) {
        group_ *= 100;
      } else if (CanAdd(v, after_joiner)) {
        group_ += v;
      } else {
        return false;
      }
      ordinal_ = true;
      break;
    case NumberWordType::kFraction:
      if (fraction_only_) return false;  // "half and a half"
      if (words_ == 0 || (article_pending_ && words_ == 1)) {
        article_pending_ = false;
        group_ = v;  // "half a million", "pół miliona": needs a scale
        fraction_only_ = true;
      } else if (!after_joiner && !seeded_ && words_ == 1 && group_ == 1 && n_parts_ == 0 &&
                 last_type_ == NumberWordType::kCardinal) {
        group_ = v;  // "one half"
        fraction_only_ = true;
      } else if ((after_joiner || article_pending_) && group_ == 0 && total_ > 0 &&
                 std::isfinite(last_scale_)) {
        // "due miliardi e mezzo": a half of the last scale; nothing follows.
        article_pending_ = false;
        parts_[n_parts_ - 1].amount += v * last_scale_;
        total_ += v * last_scale_;
        ended_ = true;
      } else if (after_joiner && group_ + total_ > 0 && Whole(group_)) {
        group_ += v;  // "zwei-einhalb" inside a compound
      } else if (article_pending_ && group_ + total_ > 0) {
        article_pending_ = false;
        group_ += v;
      } else {
        return false;
      }
      break;
    case NumberWordType::kArticle:
      if (fraction_only_ && !scaled_ && words_ == 1) break;  // "half a million"
      if (fraction_only_) return false;
      // "vingt et un", "einundzwanzig": after a joiner an article is one.
      if (after_joiner && group_ + total_ > 0 && CanAdd(1, false)) {
        group_ += 1;
        last_added_ = 1;
      } else if (words_ == 0 || after_joiner) {
        article_pending_ = true;
      } else {
        return false;
      }
      break;
    case NumberWordType::kVague:
      if (words_ != 0) return false;
      group_ = v;
      vague_ = true;
      break;
    case NumberWordType::kDenominator: {
      // "two thirds", "one fifth", "one hundred thirty fifths": a count of
      // parts, nothing after.
      // A count with a scale in it too ("due milioni duemiladuecento
      // quinti" = 2002200/5), as the words say.
      const bool count = words_ > 0 && Value() > 0 && Whole(group_) && Whole(Value()) &&
                         !ordinal_ && !article_pending_ && !vague_ && !fraction_only_;
      if (!count) {
        if (!(article_pending_ && words_ == 1)) return false;
        article_pending_ = false;
        group_ = 1;  // "a third"
        article_ordinal_fraction_ = also_ordinal;
      }
      group_ = (group_ + total_) / v;
      total_ = 0;
      n_parts_ = 0;
      fraction_only_ = false;
      divided_ = true;
      ended_ = true;
      break;
    }
    case NumberWordType::kLinker:
    case NumberWordType::kMinus:
    case NumberWordType::kJoiner:
    case NumberWordType::kDecimal:
    case NumberWordType::kFractionJoiner:
    case NumberWordType::kExcess:
      return false;
  }
  ++words_;
  last_type_ = w.type;
  return true;
}

}  // namespace parallax::annotate
