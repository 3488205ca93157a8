// Number words into values (number_words.h). The composition is the usual
// one for European languages: a group below a thousand accumulates
// cardinals (each smaller than the place the group ends in: "two hundred
// thirty five"), "hundred" multiplies a 1-9 before it, a scale word adds
// the group times the scale to the total and must be smaller than the last
// scale. Language particulars come from data: joiners ("and", "und"),
// written-together compounds (@compound: "dreiundzwanzig", where a joiner
// lets a ten follow its unit), vigesimal counting (@vigesimal: French 60
// and 80 take 1-19).
#include "annotate/number_words.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "annotate/number_chars.h"

namespace parallax::annotate {
namespace {

// Words longer than this (bytes, folded) are not split as compounds: the
// longest number compound in the data (German, Italian) is well below it.
constexpr size_t kMaxCompoundBytes = 64;

// Folds text[start, end) into `out`.
void FoldInto(std::string_view text, size_t start, size_t end, std::string& out) {
  out.clear();
  for (size_t i = start; i < end;) {
    Decoded d = DecodeAt(text, i);
    AppendUtf8(out, FoldCase(d.cp));
    i += d.len;
  }
}

// The end of the plain word at `pos`: letters, with apostrophes between
// letters ("сім'я", "dell'anno").
size_t PlainWordEnd(std::string_view text, size_t pos) {
  size_t i = pos;
  while (i < text.size()) {
    Decoded d = DecodeAt(text, i);
    if (IsLetter(d.cp)) {
      i += d.len;
      continue;
    }
    if ((d.cp == '\'' || d.cp == 0x2019 || d.cp == 0x2018) && i + d.len < text.size() &&
        IsLetter(DecodeAt(text, i + d.len).cp) && i > pos) {
      i += d.len;
      continue;
    }
    break;
  }
  return i;
}

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

class Composer {
 public:
  explicit Composer(const NumberLexicon::Impl& lex) : lex_(&lex) {}

  // Takes the word if one of its meanings continues the number.
  bool Feed(const std::vector<NumberWord>& candidates, bool after_joiner) {
    if (ended_) return false;
    // After a vague amount only a scale continues ("десятки тысяч",
    // "kilkadziesiąt tysięcy": tens of thousands); after an ordinal only a
    // smaller ordinal ("dwudziestego pierwszego").
    if (vague_ || ordinal_) {
      const NumberWordType only = vague_ ? NumberWordType::kScale : NumberWordType::kOrdinal;
      for (const NumberWord& w : candidates) {
        // "several hundred": a hundred also multiplies a vague amount.
        if (w.type != only && !(vague_ && w.type == NumberWordType::kHundred)) continue;
        Composer copy = *this;
        if (copy.Take(w, after_joiner)) {
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
        if (w.type == NumberWordType::kVague) return Take(w, after_joiner);
      }
    }
    for (const NumberWord& w : candidates) {
      if (w.type == NumberWordType::kVague || w.type == NumberWordType::kJoiner) continue;
      Composer copy = *this;
      if (copy.Take(w, after_joiner)) {
        *this = copy;
        return true;
      }
    }
    return false;
  }

  // A complete number: not a dangling article, nor a fraction without a
  // scale ("half the houses" is no figure; "half a million" is).
  bool Valid() const {
    return words_ > 0 && !article_pending_ && !(fraction_only_ && !scaled_) &&
           std::isfinite(Value());
  }
  double Value() const { return total_ + group_; }
  bool ordinal() const { return ordinal_; }
  bool vague() const { return vague_; }
  bool ended() const { return ended_; }

 private:
  bool CanAdd(double v, bool after_joiner) const {
    if (group_ == 0) return true;
    if (group_ != std::floor(group_)) return false;
    if (v < LowestPlace(group_)) return true;
    const auto g = static_cast<long long>(group_);
    if (lex_->vigesimal && (g % 100 == 60 || g % 100 == 80) && v < 20) return true;
    // "drei-und-zwanzig": after a joiner, a ten follows its unit.
    return after_joiner && last_added_ >= 1 && last_added_ <= 9 && v >= 20 && v <= 90 &&
           std::fmod(v, 10) == 0 && g % 100 < 10;
  }

  bool Take(const NumberWord& w, bool after_joiner) {
    const double v = w.value;
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
        } else if (after_joiner && v < 1 && (group_ > 0 || total_ > 0)) {
          group_ += v;  // "zweieinhalb" written as parts, "one and a half"
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
        } else if (group_ >= 1 && group_ <= 9 && group_ == std::floor(group_)) {
          group_ *= 100;
        } else if (group_ >= 10 && group_ <= 99 && group_ == std::floor(group_) && total_ == 0) {
          group_ *= 100;  // "nineteen hundred", "achtzehnhundert": at the start only
        } else if (group_ == 0) {
          group_ = 100;
        } else {
          return false;
        }
        last_added_ = 100;
        break;
      case NumberWordType::kScale:
        if (v <= 1) return false;
        if (v >= last_scale_) {
          // "mil millones", "two thousand million": a larger scale right
          // after a smaller one multiplies all of it.
          // "dos mil quinientos millones" = 2500 x 10^6.
          if (total_ <= 0 || total_ + group_ >= v || article_pending_) return false;
          total_ = (total_ + group_) * v;
          group_ = 0;
          last_scale_ = v;
          last_added_ = v;
          break;
        }
        if (article_pending_) {
          article_pending_ = false;
          group_ = 1;
        }
        if (group_ == 0) {
          if (words_ != 0) return false;
          group_ = 1;  // "tausend", "тысяча" alone
        }
        total_ += group_ * v;
        group_ = 0;
        last_scale_ = v;
        scaled_ = true;
        last_added_ = v;
        break;
      case NumberWordType::kOrdinal:
        if (article_pending_) return false;
        if (v >= 1000) {
          if (v >= last_scale_) return false;
          total_ += (group_ == 0 ? 1 : group_) * v;
          group_ = 0;
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
        if (words_ == 0 || (article_pending_ && words_ == 1)) {
          article_pending_ = false;
          group_ = v;  // "half a million", "pół miliona": needs a scale
          fraction_only_ = true;
        } else if ((after_joiner || article_pending_) && group_ == 0 && total_ > 0 &&
                   std::isfinite(last_scale_)) {
          // "two million and a half", "due miliardi e mezzo": a half of the
          // last scale; nothing follows it.
          article_pending_ = false;
          total_ += v * last_scale_;
          ended_ = true;
        } else if (after_joiner && group_ + total_ > 0 && group_ == std::floor(group_)) {
          group_ += v;  // "two and a half"
        } else if (article_pending_ && group_ + total_ > 0) {
          article_pending_ = false;
          group_ += v;  // "and a half": the article came after the joiner
        } else {
          return false;
        }
        break;
      case NumberWordType::kArticle:
        if (fraction_only_ && !scaled_ && words_ == 1) break;  // "half a million"
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
      case NumberWordType::kDenominator:
        // "two thirds", "one fifth": a small count of parts, nothing after.
        if (words_ == 0 || total_ != 0 || group_ <= 0 || group_ > 100 || ordinal_ ||
            article_pending_ || vague_) {
          if (!(article_pending_ && words_ == 1)) return false;
          article_pending_ = false;
          group_ = 1;  // "a third"
        }
        group_ /= v;
        fraction_only_ = false;
        ended_ = true;
        break;
      case NumberWordType::kLinker:
      case NumberWordType::kMinus:
      case NumberWordType::kJoiner:
        return false;
    }
    ++words_;
    return true;
  }

  const NumberLexicon::Impl* lex_;
  double total_ = 0;
  double group_ = 0;
  double last_scale_ = std::numeric_limits<double>::infinity();
  double last_added_ = 0;
  size_t words_ = 0;
  bool article_pending_ = false;
  bool fraction_only_ = false;
  bool scaled_ = false;
  bool ordinal_ = false;
  bool vague_ = false;
  bool ended_ = false;
};

// Splits a folded compound ("dreiundzwanzig") into lexicon forms, longest
// first with backtracking; true when the whole word splits.
bool SplitCompound(std::string_view word, size_t pos, const NumberLexicon::Impl& lex,
                   std::vector<const std::vector<NumberWord>*>& parts, uint64_t& dead_ends) {
  if (pos == word.size()) return true;
  if (dead_ends & (uint64_t{1} << pos)) return false;
  const size_t max_len = std::min(lex.longest_word, word.size() - pos);
  // The forms that start here, found short to long while some form can
  // still continue; then tried longest first.
  constexpr size_t kMaxCandidates = 16;
  size_t lens[kMaxCandidates];
  const std::vector<NumberWord>* found[kMaxCandidates];
  size_t n = 0;
  for (size_t len = 2; len <= max_len && n < kMaxCandidates; ++len) {
    const std::string_view sub = word.substr(pos, len);
    if (!lex.IsPrefix(sub)) break;
    const std::vector<NumberWord>* entries = lex.FindPart(sub);
    if (entries == nullptr) entries = lex.Find(sub);
    if (entries == nullptr) continue;
    lens[n] = len;
    found[n++] = entries;
  }
  while (n > 0) {
    --n;
    parts.push_back(found[n]);
    if (SplitCompound(word, pos + lens[n], lex, parts, dead_ends)) return true;
    parts.pop_back();
  }
  dead_ends |= uint64_t{1} << pos;
  return false;
}

bool HasType(const std::vector<NumberWord>* entries, NumberWordType type) {
  if (entries == nullptr) return false;
  for (const NumberWord& w : *entries) {
    if (w.type == type) return true;
  }
  return false;
}

bool OnlyType(const std::vector<NumberWord>* entries, NumberWordType type) {
  if (entries == nullptr || entries->empty()) return false;
  for (const NumberWord& w : *entries) {
    if (w.type != type) return false;
  }
  return true;
}

bool IsJoiner(const std::vector<NumberWord>& entries) {
  return entries.size() == 1 && entries[0].type == NumberWordType::kJoiner;
}

// Feeds one word (or a compound's parts) to `c`; false if it does not fit.
bool FeedWord(std::string_view text, const WordSpan& w, const NumberLexicon::Impl& lex,
              bool after_joiner, Composer& c) {
  if (w.entries != nullptr) return !IsJoiner(*w.entries) && c.Feed(*w.entries, after_joiner);
  if (!lex.compound) return false;
  thread_local std::string folded;
  FoldInto(text, w.start, w.end, folded);
  if (folded.size() > kMaxCompoundBytes) return false;
  std::vector<const std::vector<NumberWord>*> parts;
  uint64_t dead_ends = 0;
  if (!SplitCompound(folded, 0, lex, parts, dead_ends) || parts.size() < 2) return false;
  Composer trial = c;
  bool joined = after_joiner;
  static const std::vector<NumberWord> kOne = {{1, NumberWordType::kCardinal}};
  for (size_t k = 0; k < parts.size(); ++k) {
    const std::vector<NumberWord>* p = parts[k];
    if (IsJoiner(*p)) {
      joined = true;
      continue;
    }
    // Inside a compound an article before "und" is the unit one
    // ("ein-und-zwanzig"), and a fraction adds ("zwei-einhalb").
    const bool article = std::all_of(p->begin(), p->end(), [](const NumberWord& e) {
      return e.type == NumberWordType::kArticle;
    });
    if (article && k + 1 < parts.size() && IsJoiner(*parts[k + 1])) p = &kOne;
    const bool fraction = std::any_of(p->begin(), p->end(), [](const NumberWord& e) {
      return e.type == NumberWordType::kFraction;
    });
    if (!trial.Feed(*p, joined || fraction)) return false;
    joined = false;
  }
  if (IsJoiner(*parts.back())) return false;
  c = trial;
  return true;
}

// The start of the next word after `end` when only a space or two or one
// hyphen stand between; npos otherwise.
size_t NextWordStart(std::string_view text, size_t end) {
  size_t i = end;
  size_t spaces = 0;
  while (i < text.size() && spaces < 3) {
    Decoded d = DecodeAt(text, i);
    if (IsNumberSpace(d.cp)) {
      ++spaces;
      i += d.len;
    } else {
      break;
    }
  }
  if (spaces == 0 && i < text.size() && text[i] == '-') ++i;
  if (i == end || i >= text.size() || spaces >= 3) return std::string_view::npos;
  return IsLetter(DecodeAt(text, i).cp) ? i : std::string_view::npos;
}

// The first two bytes of the folded word at `pos` are the start of some
// lexicon form (or its first byte is a one-byte form).
bool MayStartNumberWord(std::string_view text, size_t pos, const NumberLexicon::Impl& lex) {
  char bytes[2] = {0, 0};
  size_t n = 0;
  for (size_t i = pos; i < text.size() && n < 2;) {
    const Decoded d = DecodeAt(text, i);
    char32_t c = FoldCase(d.cp);
    char encoded[4];
    size_t len = 0;
    if (c < 0x80) {
      encoded[len++] = static_cast<char>(c);
    } else if (c < 0x800) {
      encoded[len++] = static_cast<char>(0xC0 | (c >> 6));
      encoded[len++] = static_cast<char>(0x80 | (c & 0x3F));
    } else {
      return true;  // three-byte letters: let the lookup decide
    }
    for (size_t k = 0; k < len && n < 2; ++k) bytes[n++] = encoded[k];
    i += d.len;
  }
  const auto b0 = static_cast<unsigned char>(bytes[0]);
  const auto b1 = n > 1 ? static_cast<unsigned char>(bytes[1]) : 0;
  return lex.CanStart(b0, b1) || lex.CanStart(b0, 0);
}

}  // namespace

WordSpan ReadWord(std::string_view text, size_t pos, const NumberLexicon::Impl& lex) {
  thread_local std::string folded;
  WordSpan w;
  w.start = pos;
  w.end = PlainWordEnd(text, pos);
  if (w.end - pos > lex.longest_word + 8 && !lex.compound) return w;
  // Most words cannot start a number word: look at two folded bytes first.
  if (!MayStartNumberWord(text, pos, lex)) return w;
  FoldInto(text, pos, w.end, folded);
  w.entries = lex.Find(folded);
  // "quatre-vingt-dix": the longest hyphenated form the lexicon lists.
  if (lex.has_hyphen_forms) {
    size_t end = w.end;
    for (int parts = 0; parts < 3 && end + 1 < text.size() && text[end] == '-' &&
                        IsLetter(DecodeAt(text, end + 1).cp);
         ++parts) {
      end = PlainWordEnd(text, end + 1);
      FoldInto(text, pos, end, folded);
      if (const std::vector<NumberWord>* longer = lex.Find(folded)) {
        w.entries = longer;
        w.end = end;
      }
    }
  }
  return w;
}

std::optional<NumberToken> ComposeWords(std::string_view text, size_t pos,
                                        const NumberLexicon::Impl& lex) {
  Composer c(lex);
  WordSpan w = ReadWord(text, pos, lex);
  if (!FeedWord(text, w, lex, false, c)) return std::nullopt;
  size_t end = w.end;
  // The longest valid number: "two and a dog" is "two".
  Composer best = c;
  size_t best_end = end;
  while (!c.ended()) {
    size_t next = NextWordStart(text, end);
    if (next == std::string_view::npos) break;
    WordSpan n = ReadWord(text, next, lex);
    bool joined = false;
    // "hundreds of thousands", "des dizaines de milliers": a linker only
    // between a vague amount and a scale.
    if (c.vague() && OnlyType(n.entries, NumberWordType::kLinker)) {
      next = NextWordStart(text, n.end);
      if (next == std::string_view::npos) break;
      n = ReadWord(text, next, lex);
      if (!HasType(n.entries, NumberWordType::kScale)) break;
    }
    if (n.entries != nullptr && IsJoiner(*n.entries)) {
      next = NextWordStart(text, n.end);
      if (next == std::string_view::npos) break;
      n = ReadWord(text, next, lex);
      joined = true;
    }
    Composer trial = c;
    bool took = false;
    // "two and a half", "a million and a half": joiner, article, fraction
    // (tried first: after a joiner an article alone is one, "vingt et un").
    if (joined && OnlyType(n.entries, NumberWordType::kArticle)) {
      const size_t after = NextWordStart(text, n.end);
      if (after != std::string_view::npos) {
        const WordSpan f = ReadWord(text, after, lex);
        // The article only says "one half": the fraction is fed alone.
        if (HasType(f.entries, NumberWordType::kFraction) && FeedWord(text, f, lex, true, trial)) {
          took = true;
          n = f;
        } else {
          trial = c;
        }
      }
    }
    // "quatre-vingt-un": after a hyphen an article is one, as after "et".
    const bool hyphen = next > 0 && text[next - 1] == '-';
    if (!took &&
        !FeedWord(text, n, lex, joined || (hyphen && OnlyType(n.entries, NumberWordType::kArticle)),
                  trial)) {
      break;
    }
    c = trial;
    end = n.end;
    if (c.Valid()) {
      best = c;
      best_end = end;
    }
  }
  c = best;
  end = best_end;
  if (!c.Valid()) return std::nullopt;
  NumberToken tok;
  tok.start = static_cast<uint32_t>(pos);
  tok.end = static_cast<uint32_t>(end);
  tok.value = c.Value();
  tok.ordinal = c.ordinal();
  tok.vague = c.vague();
  tok.spelled = true;
  return tok;
}

}  // namespace parallax::annotate
