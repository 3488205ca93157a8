// Number words read one at a time (number_words.h): a word is found in the
// lexicon after a two-byte and length prefilter, a compound is split into
// its forms, and either is fed to a Composer (number_composer.h).
#include "annotate/number_words.h"

#include <algorithm>
#include <string>

#include "annotate/number_chars.h"
#include "annotate/number_composer.h"

namespace parallax::annotate {
namespace {

// Words longer than this (bytes, folded) are not split as compounds: the
// longest number compound in the data (German, Italian) is well below it.
constexpr size_t kMaxCompoundBytes = 64;

// Spaces allowed between two words of one number: text extracted from HTML
// often doubles or triples them ("cincuenta   y   dos"); more is layout
// (a table's columns), not one number.
constexpr size_t kMaxSpacesBetweenWords = 3;

// Folds text[start, end) into `out` with the lexicon's fold.
void FoldInto(std::string_view text, size_t start, size_t end, const NumberLexicon::Impl& lex,
              std::string& out) {
  out.clear();
  for (size_t i = start; i < end;) {
    Decoded d = DecodeAt(text, i);
    AppendUtf8(out, lex.Fold(d.cp));
    i += d.len;
  }
}

// Room for one folded word looked up whole: longer words are no form (the
// longest form in the data is under 40 bytes).
constexpr size_t kFoldBuffer = 128;

// Folds text[start, end) into `buf` (kFoldBuffer bytes) without building a
// string: ASCII letters by a table-free lower-casing, others through Fold.
// The folded length, or npos when it does not fit.
size_t FoldIntoBuffer(std::string_view text, size_t start, size_t end,
                      const NumberLexicon::Impl& lex, char* buf) {
  size_t n = 0;
  for (size_t i = start; i < end;) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if (n == kFoldBuffer) return std::string_view::npos;
      buf[n++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 0x20 : b);
      ++i;
      continue;
    }
    const Decoded d = DecodeAt(text, i);
    const char32_t c = lex.Fold(d.cp);
    if (n + 4 > kFoldBuffer) return std::string_view::npos;
    n += EncodeUtf8(c, buf + n);
    i += d.len;
  }
  return n;
}

// Whether some form has the folded word's first bytes and byte length
// (the exact form of MayStartNumberWord's test, once the word is folded).
bool LengthFits(std::string_view folded, const NumberLexicon::Impl& lex) {
  if (folded.empty()) return false;
  const auto b0 = static_cast<unsigned char>(folded[0]);
  const auto b1 = folded.size() > 1 ? static_cast<unsigned char>(folded[1]) : 0;
  return lex.FormOfLength(b0, b1, folded.size());
}

// The end of the plain word at `pos`: letters, with apostrophes between
// letters ("сім'я", "dell'anno").
size_t PlainWordEnd(std::string_view text, size_t pos, bool* ascii = nullptr) {
  size_t i = pos;
  bool all_ascii = true;
  while (i < text.size()) {
    // ASCII letters without decoding: most words of most texts.
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80 && (b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
      ++i;
      continue;
    }
    if (b >= 0x80) all_ascii = false;
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
  if (ascii != nullptr) *ascii = all_ascii;
  return i;
}

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

// The first two bytes of the folded word [pos, end) are the start of some
// lexicon form (or its first byte is a one-byte form) of its length. The
// length is only compared for a word of ASCII letters (its folded length is
// its length) in a language without compounds, not followed by a hyphen
// where hyphenated forms exist ("quatre-vingt").
// The first two bytes of the text at `pos` folded (the second 0 at the
// end of the text); false for a three-byte letter, which the lookup decides.
bool FirstTwoFolded(std::string_view text, size_t pos, const NumberLexicon::Impl& lex,
                    unsigned char* b0, unsigned char* b1) {
  // Two ASCII bytes: the common case, without decoding.
  const auto a = static_cast<unsigned char>(text[pos]);
  const unsigned char next = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0;
  if (a < 0x80 && next < 0x80) {
    *b0 = a >= 'A' && a <= 'Z' ? a + 0x20 : a;
    *b1 = next >= 'A' && next <= 'Z' ? next + 0x20 : next;
    return true;
  }
  char bytes[2] = {0, 0};
  size_t n = 0;
  for (size_t i = pos; i < text.size() && n < 2;) {
    const Decoded d = DecodeAt(text, i);
    const char32_t c = lex.Fold(d.cp);
    if (c >= 0x800) return false;
    char encoded[4];
    const size_t len = EncodeUtf8(c, encoded);
    for (size_t k = 0; k < len && n < 2; ++k) bytes[n++] = encoded[k];
    i += d.len;
  }
  *b0 = static_cast<unsigned char>(bytes[0]);
  *b1 = n > 1 ? static_cast<unsigned char>(bytes[1]) : 0;
  return true;
}

bool MayStartNumberWord(std::string_view text, size_t pos, size_t end, bool ascii,
                        const NumberLexicon::Impl& lex) {
  unsigned char b0 = 0;
  unsigned char b1 = 0;
  if (!FirstTwoFolded(text, pos, lex, &b0, &b1)) return true;
  const uint8_t two = lex.StartSlot(b0, b1);
  const uint8_t one = lex.StartSlot(b0, 0);
  if (two == 0 && one == 0) return false;
  if (!ascii || lex.compound || (lex.has_hyphen_forms && end < text.size() && text[end] == '-')) {
    return true;
  }
  return lex.FormOfLength(b0, b1, end - pos);
}

}  // namespace

bool NoFormStartsAt(std::string_view text, size_t pos, const NumberLexicon::Impl& lex) {
  unsigned char b0 = 0;
  unsigned char b1 = 0;
  if (!FirstTwoFolded(text, pos, lex, &b0, &b1)) return false;
  return lex.StartSlot(b0, b1) == 0 && lex.StartSlot(b0, 0) == 0;
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

bool IsJoiner(const std::vector<NumberWord>* entries) {
  return entries != nullptr && entries->size() == 1 &&
         (*entries)[0].type == NumberWordType::kJoiner;
}

bool FeedWord(std::string_view text, const WordSpan& w, const NumberLexicon::Impl& lex,
              bool after_joiner, Composer& c) {
  if (w.entries != nullptr) return !IsJoiner(w.entries) && c.Feed(*w.entries, after_joiner);
  if (!lex.compound || !w.candidate) return false;
  thread_local std::string folded;
  FoldInto(text, w.start, w.end, lex, folded);
  if (folded.size() > kMaxCompoundBytes) return false;
  std::vector<const std::vector<NumberWord>*> parts;
  uint64_t dead_ends = 0;
  if (!SplitCompound(folded, 0, lex, parts, dead_ends) || parts.size() < 2) return false;
  Composer trial = c;
  bool joined = after_joiner;
  static const std::vector<NumberWord> kOne = {{1, NumberWordType::kCardinal}};
  for (size_t k = 0; k < parts.size(); ++k) {
    const std::vector<NumberWord>* p = parts[k];
    if (IsJoiner(p)) {
      joined = true;
      continue;
    }
    // Inside a compound an article before another part is the unit one
    // ("ein-und-zwanzig", "ein-einhalb", "ein-tausend" after "zwei
    // Millionen"), and a fraction adds ("zwei-einhalb").
    if (OnlyType(p, NumberWordType::kArticle) && k + 1 < parts.size()) p = &kOne;
    if (!trial.Feed(*p, joined || HasType(p, NumberWordType::kFraction))) return false;
    joined = false;
  }
  if (IsJoiner(parts.back())) return false;
  c = trial;
  return true;
}

size_t NextWordStart(std::string_view text, size_t end) {
  size_t i = end;
  size_t spaces = 0;
  while (i < text.size() && spaces <= kMaxSpacesBetweenWords) {
    Decoded d = DecodeAt(text, i);
    if (IsNumberSpace(d.cp)) {
      ++spaces;
      i += d.len;
    } else {
      break;
    }
  }
  if (spaces > kMaxSpacesBetweenWords) return std::string_view::npos;
  if (i < text.size() && text[i] == '-') {
    // "fifty-two"; "fifty - two" (one space each side: a hyphen typed with
    // spaces; a range or a dash only when the words do not compose).
    if (spaces == 0) {
      ++i;
    } else if (spaces == 1 && text[i - 1] == ' ' && i + 2 < text.size() && text[i + 1] == ' ') {
      i += 2;
    }
  }
  if (i == end || i >= text.size()) return std::string_view::npos;
  return IsLetter(DecodeAt(text, i).cp) ? i : std::string_view::npos;
}

WordSpan ReadWord(std::string_view text, size_t pos, const NumberLexicon::Impl& lex) {
  thread_local std::string folded;
  WordSpan w;
  w.start = pos;
  bool ascii = true;
  w.end = PlainWordEnd(text, pos, &ascii);
  if (w.end - pos > lex.longest_word + 8 && !lex.compound) return w;
  // Most words cannot start a number word: look at two folded bytes and the
  // length first.
  if (!MayStartNumberWord(text, pos, w.end, ascii, lex)) return w;
  w.candidate = true;
  char buf[kFoldBuffer];
  if (const size_t n = FoldIntoBuffer(text, pos, w.end, lex, buf); n != std::string_view::npos) {
    const std::string_view word(buf, n);
    w.entries = LengthFits(word, lex) ? lex.Find(word) : nullptr;
    // pl "piec" (the stove) is not "pięć" (@fold_accents except=).
    if (w.entries != nullptr && !lex.AccentsHold(word, text.substr(pos, w.end - pos))) {
      w.entries = nullptr;
    }
  }  // else longer than any form: no entries
  // "quatre-vingt-dix": the longest hyphenated form the lexicon lists.
  if (lex.has_hyphen_forms) {
    size_t end = w.end;
    for (int parts = 0; parts < 3 && end + 1 < text.size() && text[end] == '-' &&
                        IsLetter(DecodeAt(text, end + 1).cp);
         ++parts) {
      end = PlainWordEnd(text, end + 1);
      FoldInto(text, pos, end, lex, folded);
      if (const std::vector<NumberWord>* longer = lex.Find(folded)) {
        w.entries = longer;
        w.end = end;
      }
    }
  }
  return w;
}

}  // namespace parallax::annotate
