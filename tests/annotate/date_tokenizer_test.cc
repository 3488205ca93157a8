// Cross-check of the date tokenizer's fast paths (date_tokenizer.cc): the
// ASCII and two-byte letter runs, the packed short-word table and the word
// ids phrase matching compares must give what the general path gives --
// word boundaries by IsLetterCp's rule, entries by FoldWord and a lookup in
// the lexicon's word map.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "annotate/date_lexicon.h"
#include "annotate/number_chars.h"
#include "date_test_util.h"

namespace parallax::annotate {
namespace {

using testing::Lex;

// The letter rule of the tokenizer, written out independently.
bool IsLetter(char32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return true;
  if (cp == 0xAA || cp == 0xBA) return true;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  return !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
         !(cp >= 0xFE00 && cp <= 0xFE0F) && cp != 0xFEFF;
}

// The entry the slow path finds for a word token: the folded word, or the
// word after a short elision ("l'année") when the whole word means nothing.
const DateEntry* ExpectedEntry(const DateLexicon::Impl& lex, std::string_view word, uint32_t* id) {
  std::string folded;
  FoldWord(word, &folded);
  auto it = lex.words.find(folded);
  *id = it == lex.words.end() ? 0 : it->second.id;
  if (it != lex.words.end() && it->second.Live()) return &it->second;
  const size_t apo = folded.find('\'');
  if (apo == std::string::npos || apo > 3 || apo + 1 >= folded.size()) return nullptr;
  it = lex.words.find(folded.substr(apo + 1));
  return it != lex.words.end() && it->second.Live() ? &it->second : nullptr;
}

// Text made of the lexicon's own words in random case, letters of several
// scripts, × and ÷, apostrophes, hyphens, digits, punctuation and stray
// bytes.
std::string RandomText(const DateLexicon::Impl& lex, std::mt19937* rng) {
  std::vector<std::string> words;
  for (const auto& [word, entry] : lex.words) words.push_back(word);
  const std::vector<std::string> bits = {
      " ", " ", "  ", ", ", ".",  "-",    "'",    "’",    "×", "÷",  "3",  "2022",         "é", "Ł",
      "ß", "Ж", "ё",  "Ω",  "中", "\xC3", "\x80", "\xFF", "ª", "l'", "d'", "\xE2\x80\x93", "İ"};
  std::string text;
  std::uniform_int_distribution<size_t> pick_word(0, words.size() - 1);
  std::uniform_int_distribution<size_t> pick_bit(0, bits.size() - 1);
  std::uniform_int_distribution<int> coin(0, 3);
  for (int n = 0; n < 400; ++n) {
    if (coin(*rng) != 0) {
      std::string w = words[pick_word(*rng)];
      if (coin(*rng) == 0 && !w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] -= 32;
      if (coin(*rng) == 0) {
        for (char& c : w) {
          if (c >= 'a' && c <= 'z') c -= 32;
        }
      }
      text += w;
    }
    text += bits[pick_bit(*rng)];
  }
  return text;
}

TEST(DateTokenizer, FastPathsAgreeWithTheGeneralPathInEveryLanguage) {
  std::mt19937 rng(20221);
  for (const std::string lang : {"en", "de", "fr", "es", "it", "pl", "ru", "uk", "kk"}) {
    const DateLexicon::Impl& lex = Lex(lang).impl();
    ASSERT_FALSE(lex.words.empty()) << lang;
    for (int round = 0; round < 20; ++round) {
      const std::string text = RandomText(lex, &rng);
      std::vector<DateTok> tokens;
      TokenizeForDates(text, lex, &tokens);
      size_t words = 0, known = 0;
      for (const DateTok& t : tokens) {
        if (t.kind != DateTok::kWord) continue;
        ++words;
        const std::string_view word = std::string_view(text).substr(t.b, t.e - t.b);
        // Maximal: no letter right before or after the word.
        if (t.b > 0) {
          size_t k = t.b - 1;
          while (k > 0 && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
          const Decoded before = DecodeAt(text, k);
          if (k + before.len == t.b) {
            EXPECT_FALSE(IsLetter(before.cp) && !(before.cp == 0xFFFD && before.len == 1))
                << lang << ": word '" << word << "' starts inside a word";
          }
        }
        if (t.e < text.size()) {
          const Decoded after = DecodeAt(text, t.e);
          EXPECT_FALSE(IsLetter(after.cp) && !(after.cp == 0xFFFD && after.len == 1))
              << lang << ": word '" << word << "' ends inside a word";
        }
        // Inside: letters, and apostrophes or hyphens between letters.
        for (size_t k = 0; k < word.size();) {
          const Decoded d = DecodeAt(word, k);
          const bool inner =
              (d.cp == '\'' || d.cp == 0x2019 || d.cp == '-') && k > 0 && k + d.len < word.size();
          EXPECT_TRUE((IsLetter(d.cp) && !(d.cp == 0xFFFD && d.len == 1)) || inner)
              << lang << ": '" << word << "' holds U+" << std::hex << static_cast<uint32_t>(d.cp);
          k += d.len;
        }
        uint32_t id = 0;
        const DateEntry* want = ExpectedEntry(lex, word, &id);
        EXPECT_EQ(t.entry, want) << lang << ": '" << word << "'";
        EXPECT_EQ(t.word_id, id) << lang << ": '" << word << "'";
        known += t.word_id != 0;
      }
      EXPECT_GT(words, 100u) << lang;
      EXPECT_GT(known, 20u) << lang;  // the lexicon's words were found
    }
  }
}

// Every word inside a phrase has an id, and phrase matching finds a phrase
// typed in capitals: "LAST WEEK" is "last week".
TEST(DateTokenizer, PhraseWordsHaveIdsAndMatchInAnyCase) {
  const DateLexicon::Impl& lex = Lex("en").impl();
  for (const auto& [word, entry] : lex.words) {
    EXPECT_NE(entry.id, 0u) << word;
    for (const DatePhrase& p : entry.phrases) {
      ASSERT_EQ(p.rest.size(), p.rest_ids.size()) << word;
      for (size_t k = 0; k < p.rest.size(); ++k) {
        EXPECT_EQ(lex.words.at(p.rest[k]).id, p.rest_ids[k]) << word << " " << p.rest[k];
      }
    }
  }
  const auto lower = testing::Dates("en", "The talks ended last week.", "2022-01-12");
  const auto upper = testing::Dates("en", "THE TALKS ENDED LAST WEEK.", "2022-01-12");
  ASSERT_EQ(lower.size(), 1u);
  ASSERT_EQ(upper.size(), 1u);
  EXPECT_EQ(lower[0].value, upper[0].value);
  EXPECT_EQ(lower[0].span, upper[0].span);
}

}  // namespace
}  // namespace parallax::annotate
