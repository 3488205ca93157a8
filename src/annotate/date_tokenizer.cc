// The tokenizer the date readers share (date_lexicon.h): numbers, words
// looked up in the date lexicon, punctuation.
#include <string>
#include <string_view>
#include <vector>

#include "annotate/date_chars.h"
#include "annotate/date_lexicon.h"

namespace parallax::annotate {
namespace {

using date_chars::AppendUtf8;
using date_chars::DecodeAt;
using date_chars::IsApostropheCp;
using date_chars::IsDashCp;
using date_chars::IsLetterCp;
using date_chars::IsSpaceCp;
using date_chars::LowerCp;
using date_chars::PackShort;
using date_chars::ShortKey;

// FoldWord's folding of `word` packed as PackShort packs it, without a
// std::string: false when the folded word is longer than 16 bytes or
// `word` is not valid UTF-8 (the caller then folds it the long way).
bool FoldShort(std::string_view word, uint64_t* a, uint64_t* b) {
  ShortKey key;
  for (size_t i = 0; i < word.size();) {
    const unsigned char ch = static_cast<unsigned char>(word[i]);
    if (ch < 0x80) {
      if (!key.Put(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch)) return false;
      ++i;
      continue;
    }
    size_t len = 0;
    const int cp = DecodeAt(word, i, &len);
    if (cp < 0) return false;
    const auto lower = static_cast<uint32_t>(LowerCp(cp));
    bool ok = true;
    if (lower < 0x80) {
      ok = key.Put(static_cast<unsigned char>(lower));
    } else if (lower < 0x800) {
      ok = key.Put(0xC0 | (lower >> 6)) && key.Put(0x80 | (lower & 0x3F));
    } else if (lower < 0x10000) {
      ok = key.Put(0xE0 | (lower >> 12)) && key.Put(0x80 | ((lower >> 6) & 0x3F)) &&
           key.Put(0x80 | (lower & 0x3F));
    } else {
      ok = key.Put(0xF0 | (lower >> 18)) && key.Put(0x80 | ((lower >> 12) & 0x3F)) &&
           key.Put(0x80 | ((lower >> 6) & 0x3F)) && key.Put(0x80 | (lower & 0x3F));
    }
    if (!ok) return false;
    i += len;
  }
  *a = key.a;
  *b = key.b;
  return true;
}

}  // namespace

void FoldWord(std::string_view word, std::string* out) {
  out->clear();
  size_t i = 0;
  while (i < word.size()) {
    size_t len = 0;
    const int cp = DecodeAt(word, i, &len);
    if (cp < 0) {
      out->push_back('?');
    } else {
      AppendUtf8(out, LowerCp(cp));
    }
    i += len;
  }
}

void TokenizeForDates(std::string_view text, const DateLexicon::Impl& lex,
                      std::vector<DateTok>* out) {
  out->clear();
  std::string folded;
  bool space = true;
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= '0' && c <= '9') {
      DateTok t;
      t.kind = DateTok::kNum;
      t.b = static_cast<uint32_t>(i);
      int64_t v = 0;
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        if (v < 1000000000) v = v * 10 + (text[i] - '0');
        ++i;
      }
      t.e = static_cast<uint32_t>(i);
      t.value = t.e - t.b <= 9 ? static_cast<int>(v) : -1;
      // Digits inside a phrase ("Święto Konstytucji 3 Maja") have a word id.
      const int second = t.e - t.b > 1 ? text[t.b + 1] : 0;
      uint64_t a = 0, b = 0;
      if (lex.MayHave(text[t.b], second, t.e - t.b) &&
          PackShort(text.substr(t.b, t.e - t.b), &a, &b)) {
        if (const DateEntry* e = lex.FindShort(a, b)) t.word_id = e->id;
      }
      t.space_before = space;
      space = false;
      out->push_back(t);
      continue;
    }
    size_t len = 0;
    const int cp = c < 0x80 ? c : DecodeAt(text, i, &len);
    if (c < 0x80) len = 1;
    if (IsSpaceCp(cp)) {
      space = true;
      i += len;
      continue;
    }
    DateTok t;
    t.b = static_cast<uint32_t>(i);
    t.space_before = space;
    space = false;
    if (cp >= 0 && IsLetterCp(cp)) {
      t.kind = DateTok::kWord;
      i += len;
      int second = 0;
      bool apostrophe = false;
      while (i < text.size()) {
        const unsigned char b = static_cast<unsigned char>(text[i]);
        if (static_cast<unsigned>((b | 0x20) - 'a') < 26) {  // ASCII letter: the common case
          if (second == 0) second = b | 0x20;
          ++i;
          continue;
        }
        // Two-byte letters (Latin-1 and Latin Extended, Greek, Cyrillic)
        // without the general decoder: IsLetterCp holds for all of them
        // but × and ÷.
        if (b >= 0xC3 && b <= 0xDF && second != 0 && i + 1 < text.size()) {
          const unsigned char b2 = static_cast<unsigned char>(text[i + 1]);
          if ((b2 & 0xC0) == 0x80 && !(b == 0xC3 && (b2 == 0x97 || b2 == 0xB7))) {
            i += 2;
            continue;
          }
        }
        size_t l2 = 1;
        const int c2 = b < 0x80 ? b : DecodeAt(text, i, &l2);
        if (c2 >= 0 && IsLetterCp(c2)) {
          if (second == 0) second = LowerCp(c2);
          i += l2;
          continue;
        }
        // An apostrophe or hyphen between letters stays inside the word.
        if (c2 >= 0 && (IsApostropheCp(c2) || c2 == '-') && i + l2 < text.size()) {
          size_t l3 = 0;
          const int c3 = DecodeAt(text, i + l2, &l3);
          if (c3 >= 0 && IsLetterCp(c3)) {
            if (second == 0) second = LowerCp(c2);
            apostrophe = apostrophe || c2 != '-';
            i += l2;
            continue;
          }
        }
        break;
      }
      t.e = static_cast<uint32_t>(i);
      if (lex.MayHave(LowerCp(cp), second, t.e - t.b) || apostrophe) {
        const std::string_view word = text.substr(t.b, t.e - t.b);
        const DateEntry* full = nullptr;
        uint64_t a = 0, b = 0;
        if (FoldShort(word, &a, &b)) {
          full = lex.FindShort(a, b);
        } else {
          FoldWord(word, &folded);
          const auto it = lex.words.find(folded);
          if (it != lex.words.end()) full = &it->second;
        }
        if (full != nullptr) t.word_id = full->id;
        if (full != nullptr && full->Live()) {
          t.entry = full;
        } else if (apostrophe) {
          // Elision: "l'année", "d'aujourd'hui" -> the word after the
          // apostrophe (its meaning; the word id stays the whole word's).
          FoldWord(word, &folded);
          const size_t apo = folded.find('\'');
          if (apo != std::string::npos && apo <= 3 && apo + 1 < folded.size()) {
            const auto it = lex.words.find(folded.substr(apo + 1));
            if (it != lex.words.end() && it->second.Live()) t.entry = &it->second;
          }
        }
      }
    } else {
      t.kind = DateTok::kPunct;
      t.punct = IsDashCp(cp) ? '-' : (cp >= 0 && cp < 0x80 ? static_cast<char>(cp) : 0);
      i += len;
      t.e = static_cast<uint32_t>(i);
    }
    out->push_back(t);
  }
}
}  // namespace parallax::annotate
