#include "parallax/normalize.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

namespace parallax {
namespace {

NormalizeOptions Plain() {
  NormalizeOptions o;
  o.case_fold = false;
  return o;
}

NormalizeOptions Strip() {
  NormalizeOptions o;
  o.strip_diacritics = true;
  return o;
}

std::vector<size_t> CharStarts(const std::string& s) {
  std::vector<size_t> v;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    v.push_back(static_cast<size_t>(i));
    UChar32 c;
    U8_NEXT(p, i, n, c);
  }
  return v;
}

// Every run of the map starts and ends at input character boundaries.
void ExpectWholeCharacters(const std::string& input, const Normalized& n) {
  std::vector<size_t> starts = CharStarts(input);
  starts.push_back(input.size());
  auto is_start = [&](size_t at) { return std::binary_search(starts.begin(), starts.end(), at); };
  for (const OffsetRun& r : n.to_input.runs()) {
    EXPECT_TRUE(is_start(r.in_start)) << "run in_start " << r.in_start << " in " << input;
    EXPECT_TRUE(is_start(r.in_start + r.in_len)) << "run in_end " << r.in_start + r.in_len;
  }
}

TEST(NormalizeTest, AsciiLowercasedWithOneRun) {
  Normalized n = Normalize("The Mayor SAID: 42 Streets flooded.");
  EXPECT_EQ(n.text, "the mayor said: 42 streets flooded.");
  EXPECT_EQ(n.to_input.runs().size(), 1u);
  EXPECT_EQ(Normalize("Keep Case", Plain()).text, "Keep Case");
}

TEST(NormalizeTest, GermanSharpSWithCaseFolding) {
  Normalized n = Normalize("Die Straße und die STRASSE");
  EXPECT_EQ(n.text, "die strasse und die strasse");
  ExpectWholeCharacters("Die Straße und die STRASSE", n);
  // "ß" (2 bytes at 6) becomes "ss" (2 bytes): spans of it map back to it.
  EXPECT_EQ(n.to_input.SpanToInput(8, 10), std::make_pair(size_t{8}, size_t{10}));
  EXPECT_EQ(Normalize("Straße", Plain()).text, "Straße");
  EXPECT_EQ(Normalize("GROẞE").text, "grosse");  // capital sharp s
}

TEST(NormalizeTest, TurkishDottedCapitalI) {
  EXPECT_EQ(Normalize("İstanbul").text, "istanbul");
  EXPECT_EQ(Normalize("İZMİR").text, "izmir");
  // Dotless ı stays distinct.
  EXPECT_EQ(Normalize("ılık").text, "ılık");
  Normalized n = Normalize("Şehir İzmir");
  EXPECT_EQ(n.text, "şehir izmir");
  ExpectWholeCharacters("Şehir İzmir", n);
  // Without case folding the capital is kept.
  EXPECT_EQ(Normalize("İzmir", Plain()).text, "İzmir");
}

TEST(NormalizeTest, CompatibilityForms) {
  // Ligature, full-width digits and letters, superscript, non-breaking space.
  Normalized n = Normalize("ﬁnal ５０ ｋｍ x² a\u00A0b");
  EXPECT_EQ(n.text, "final 50 km x2 a b");
  ExpectWholeCharacters("ﬁnal ５０ ｋｍ x² a\u00A0b", n);
  // "ﬁ" (3 bytes) -> "fi": both output bytes map back into the ligature.
  EXPECT_EQ(n.to_input.ToInput(0), 0u);
  EXPECT_EQ(n.to_input.ToInput(2), 3u);
  EXPECT_EQ(n.to_input.SpanToInput(0, 5), std::make_pair(size_t{0}, size_t{6}));
  // Full-width "５" starts at byte 7 of the input; "5" is at 6 in the output.
  EXPECT_EQ(n.to_input.ToInput(6), 7u);
  EXPECT_EQ(n.to_input.ToInput(7), 10u);
}

TEST(NormalizeTest, CyrillicYoOnlyWithStripping) {
  EXPECT_EQ(Normalize("Ёлка и ёжик").text, "ёлка и ёжик");
  EXPECT_EQ(Normalize("Ёлка и ёжик", Strip()).text, "елка и ежик");
  EXPECT_EQ(Normalize("Йошкар-Ола", Strip()).text, "иошкар-ола");
  // Polish ł has no decomposition and stays; ó, ż lose their marks.
  EXPECT_EQ(Normalize("Łódź żółw", Strip()).text, "łodz zołw");
  Normalized n = Normalize("Příliš žluťoučký kůň", Strip());
  EXPECT_EQ(n.text, "prilis zlutoucky kun");
  ExpectWholeCharacters("Příliš žluťoučký kůň", n);
}

TEST(NormalizeTest, CombiningSequencesStayWhole) {
  // "e" + U+0301 composes to "é"; with stripping, to "e". The ASCII "e"
  // must not be cut off by the ASCII fast path.
  std::string input = "Cafe\u0301 ole\u0301!";
  Normalized n = Normalize(input);
  EXPECT_EQ(n.text, "café olé!");
  ExpectWholeCharacters(input, n);
  // The "é" maps to the whole "e" + combining accent.
  EXPECT_EQ(n.to_input.SpanToInput(3, 5), std::make_pair(size_t{3}, size_t{6}));
  EXPECT_EQ(Normalize(input, Strip()).text, "cafe ole!");
  // A combining mark at the very start has nothing to attach to.
  EXPECT_EQ(Normalize("\u0301a").text, "\u0301a");
}

TEST(NormalizeTest, KazakhAndUkrainianLetters) {
  EXPECT_EQ(Normalize("ҚАЗАҚСТАН Әкімі").text, "қазақстан әкімі");
  EXPECT_EQ(Normalize("ЇЖАК і Ґанок").text, "їжак і ґанок");
  // Ukrainian ї decomposes to і + diaeresis; stripping merges it into і.
  EXPECT_EQ(Normalize("ї", Strip()).text, "і");
}

TEST(NormalizeTest, IgnorablesRemovedAndMappedAsDeletions) {
  // A soft hyphen is removed by NFKC_Casefold.
  std::string input = "news\u00ADpaper";
  Normalized n = Normalize(input);
  EXPECT_EQ(n.text, "newspaper");
  EXPECT_EQ(n.to_input.ToInput(4), 6u);
  EXPECT_EQ(n.to_input.SpanToInput(0, 9), std::make_pair(size_t{0}, input.size()));
}

TEST(NormalizeTest, InvalidUtf8IsRepairedFirst) {
  std::string input =
      "Ab\xFF"
      "C\xC3";
  Normalized n = Normalize(input);
  EXPECT_EQ(n.text,
            "ab\xEF\xBF\xBD"
            "c\xEF\xBF\xBD");
  EXPECT_EQ(n.to_input.ToInput(2), 2u);
  EXPECT_EQ(n.to_input.ToInput(5), 3u);
  EXPECT_EQ(n.to_input.ToInput(6), 4u);
}

TEST(NormalizeTest, EmptyInput) {
  Normalized n = Normalize("");
  EXPECT_EQ(n.text, "");
  EXPECT_TRUE(n.to_input.empty());
}

// Reference: ICU's whole-string normalisation (with the same dotted-I rule)
// must equal the segment-by-segment result on generated mixed text.
TEST(NormalizeTest, MatchesWholeStringNormalizationOnGeneratedText) {
  const std::vector<std::string> pieces = {
      "a", "Z", " ",      ".",      "e\u0301", "\u0301", "ß",  "ẞ",  "ﬁ", "５", "Ё",      "ё",
      "й", "Ł", "ő",      "Ǆ",      "ﬀ",       "ǅ",      "ａ", "Ω",  "K", "Å",  "\u00AD", "ı",
      "Ж", "ϐ", "\u0308", "\u0327", "ᾳ",       "한",     "ᄀ", "ᅡ", "x", "Q"};
  std::mt19937 rng(4242);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* cf = icu::Normalizer2::getNFKCCasefoldInstance(err);
  const icu::Normalizer2* kc = icu::Normalizer2::getNFKCInstance(err);
  ASSERT_TRUE(U_SUCCESS(err));
  for (int trial = 0; trial < 3000; ++trial) {
    std::string input;
    size_t len = 1 + rng() % 12;
    for (size_t i = 0; i < len; ++i) input += pieces[rng() % pieces.size()];
    for (bool fold : {true, false}) {
      NormalizeOptions opt;
      opt.case_fold = fold;
      Normalized n = Normalize(input, opt);
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(input);
      std::string expected;
      (fold ? cf : kc)->normalize(u, err).toUTF8String(expected);
      ASSERT_EQ(n.text, expected) << "input " << input << " fold " << fold;
      ExpectWholeCharacters(input, n);
      // The map covers the whole input (when anything is left of it).
      if (!n.text.empty()) {
        EXPECT_EQ(n.to_input.SpanToInput(0, n.text.size()).second, input.size()) << input;
      }
    }
  }
}

}  // namespace
}  // namespace parallax
