// Hostile and degenerate input through the public facade
// parallax::Annotator::AnnotateText (include/parallax/annotate.h): endless
// digit runs, numbers too long to read, impossible dates and clock times,
// invalid UTF-8, NUL bytes, overflowing exponents and groupings, empty and
// all-blank text, a megabyte on one line. Every call must return, with
// finite values, spans inside the text, in order, not overlapping, never
// cutting a valid UTF-8 sequence, and no false value for what cannot be
// read. The texts are written for this test.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/annotate.h"
#include "parallax/data_dir.h"

namespace parallax {
namespace {

const Annotator& TheAnnotator() {
  static const Annotator* annotator = new Annotator(FindDataDir());
  return *annotator;
}

// Languages each input is tried in: with data files, and without ("und",
// a code with no folder, and an empty code).
const std::vector<std::string>& Langs() {
  static const std::vector<std::string> langs = {"en", "de",  "fr", "pl", "ru",
                                                 "uk", "und", "zz", ""};
  return langs;
}

ReferenceTime Reference() { return ParseReferenceTime("2022-01-10T09:15"); }

// interior[i]: byte i is inside a valid multi-byte UTF-8 sequence (not its
// first byte), so no span may start or end there.
std::vector<bool> Interior(std::string_view s) {
  std::vector<bool> interior(s.size() + 1, false);
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len <= 1 || i + len > s.size()) {
      ++i;
      continue;
    }
    bool valid = true;
    for (size_t k = 1; k < len; ++k) {
      valid = valid && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    }
    if (!valid) {
      ++i;
      continue;
    }
    for (size_t k = 1; k < len; ++k) interior[i + k] = true;
    i += len;
  }
  return interior;
}

// The facade's contract on any input.
void ExpectSane(std::string_view text, const Annotations& a, const std::string& lang) {
  const std::vector<bool> interior = Interior(text);
  std::vector<Span> all;
  uint32_t previous = 0;
  for (const Quantity& q : a.quantities) {
    ASSERT_LT(q.span.start, q.span.end) << lang;
    ASSERT_LE(q.span.end, text.size()) << lang;
    EXPECT_GE(q.span.start, previous) << lang << ": quantities overlap or are out of order";
    previous = q.span.end;
    EXPECT_FALSE(interior[q.span.start] || interior[q.span.end]) << lang;
    EXPECT_TRUE(std::isfinite(q.value)) << lang;
    if (q.value_max) {
      EXPECT_TRUE(std::isfinite(*q.value_max)) << lang;
    }
    EXPECT_EQ(q.sentence, 0u);
    all.push_back(q.span);
  }
  previous = 0;
  for (const DateMention& d : a.dates) {
    ASSERT_LT(d.span.start, d.span.end) << lang;
    ASSERT_LE(d.span.end, text.size()) << lang;
    EXPECT_GE(d.span.start, previous) << lang << ": dates overlap or are out of order";
    previous = d.span.end;
    EXPECT_FALSE(interior[d.span.start] || interior[d.span.end]) << lang;
    for (const Span& q : all) {
      EXPECT_FALSE(q.start < d.span.end && d.span.start < q.end)
          << lang << ": a date overlaps a quantity";
    }
  }
}

// Annotates `text` in every language, checks the contract, and returns the
// results by language (same order as Langs()).
std::vector<Annotations> AnnotateAll(std::string_view text) {
  std::vector<Annotations> out;
  for (const std::string& lang : Langs()) {
    Annotations a = TheAnnotator().AnnotateText(text, lang, Reference());
    ExpectSane(text, a, lang);
    out.push_back(std::move(a));
  }
  return out;
}

bool Overlaps(const Span& s, size_t start, size_t end) { return s.start < end && start < s.end; }

// No quantity and no date with a value touches text[start, end).
void ExpectNothingReadIn(const std::vector<Annotations>& results, size_t start, size_t end) {
  for (size_t i = 0; i < results.size(); ++i) {
    for (const Quantity& q : results[i].quantities) {
      EXPECT_FALSE(Overlaps(q.span, start, end))
          << Langs()[i] << ": false quantity " << q.value << " at " << q.span.start;
    }
    for (const DateMention& d : results[i].dates) {
      if (Overlaps(d.span, start, end)) {
        EXPECT_TRUE(d.value.empty()) << Langs()[i] << ": false date " << d.value;
      }
    }
  }
}

// Megabyte inputs: a linear scan takes milliseconds, a quadratic one hours,
// which ctest's per-test timeout (CMakeLists.txt) turns into a failure; the
// speed itself is measured by bench/annotate_bench, not here.

TEST(AnnotateBadInput, MegabyteOfSevensReadsNothingInLinearTime) {
  const std::string text(1 << 20, '7');
  for (const char* lang : {"en", "ru", "und"}) {
    const Annotations a = TheAnnotator().AnnotateText(text, lang, Reference());
    ExpectSane(text, a, lang);
    EXPECT_TRUE(a.quantities.empty()) << lang << ": a digit run past 18 digits has no value";
    for (const DateMention& d : a.dates) EXPECT_TRUE(d.value.empty()) << lang << " " << d.value;
  }
}

TEST(AnnotateBadInput, FourHundredDigitNumberIsLeftOut) {
  std::string digits;
  for (int i = 0; i < 400; ++i) digits.push_back(static_cast<char>('1' + i % 9));
  const std::string text = "The vault code printed on the receipt was " + digits + " exactly.";
  const size_t at = text.find(digits);
  ExpectNothingReadIn(AnnotateAll(text), at, at + digits.size());
}

TEST(AnnotateBadInput, TenThousandNumbersOnOneLineAreAllFound) {
  // 5000..14999: four and five digits, none of them read as a year.
  std::string text;
  for (int i = 0; i < 10000; ++i) {
    if (i) text += ", ";
    text += std::to_string(5000 + i);
  }
  const Annotations a = TheAnnotator().AnnotateText(text, "en", Reference());
  ExpectSane(text, a, "en");
  ASSERT_EQ(a.quantities.size(), 10000u);
  for (int i = 0; i < 10000; ++i) {
    EXPECT_EQ(a.quantities[i].value, 5000 + i) << "number " << i;
    EXPECT_EQ(a.quantities[i].kind, QuantityKind::kNumber);
    if (a.quantities[i].value != 5000 + i) break;  // one message is enough
  }
  EXPECT_TRUE(a.dates.empty());
}

TEST(AnnotateBadInput, ImpossibleDayOfFebruaryIsNeitherDateNorNumbers) {
  const std::string text = "Der Vertrag trägt das Datum 31.02.2022 und wurde nie unterschrieben.";
  const size_t at = text.find("31.02.2022");
  ExpectNothingReadIn(AnnotateAll(text), at, at + 10);
}

TEST(AnnotateBadInput, ImpossibleIsoDateIsNeitherDateNorNumbers) {
  const std::string text = "The log line was stamped 2022-13-45 by a broken clock.";
  const size_t at = text.find("2022-13-45");
  ExpectNothingReadIn(AnnotateAll(text), at, at + 10);
}

TEST(AnnotateBadInput, ImpossibleClockTimeHasNoTimeValue) {
  const std::string text = "The display froze at 99:99 during the night.";
  const size_t at = text.find("99:99");
  for (const Annotations& a : AnnotateAll(text)) {
    for (const DateMention& d : a.dates) {
      if (Overlaps(d.span, at, at + 5)) {
        EXPECT_TRUE(d.value.empty()) << d.value;
      }
    }
  }
}

TEST(AnnotateBadInput, InvalidUtf8NeverSplitsValidSequences) {
  const std::string text =
      "\xff\xfe Prices rose by 12\xc3 % to \xe2\x82\xac 40 \xf0\x9f over 3 days\x80\xbf; "
      "\xd0\xbf\xd1\x8f\xd1\x82\xd1\x8c \xd1\x82\xd1\x8b\xd1\x81\xd1\x8f\xd1\x87 \xed\xa0\x80 5";
  AnnotateAll(text);
  // Truncated at every byte: each prefix is a text of its own.
  for (size_t n = 0; n <= text.size(); ++n) AnnotateAll(std::string_view(text).substr(0, n));
}

TEST(AnnotateBadInput, NulBytesAreOrdinaryBytes) {
  const std::string text("Some 12\0 people\0\0 paid 30 dollars on 2022-01-05\0.", 50);
  ASSERT_EQ(text.size(), 50u);
  AnnotateAll(text);
  AnnotateAll(std::string(4096, '\0'));
}

TEST(AnnotateBadInput, HugeExponentNeverGivesInfinity) {
  const std::string text = "A value of 1e999 or 9.9E+99999 or 1e-999 is nonsense.";
  for (const Annotations& a : AnnotateAll(text)) {
    for (const Quantity& q : a.quantities) EXPECT_LT(std::fabs(q.value), 1e300) << q.value;
  }
}

TEST(AnnotateBadInput, TwentyTwoDigitGroupingNeverOverflows) {
  const std::string number = "1,000,000,000,000,000,000,000";
  const std::string text = "Nobody owes " + number + " coins.";
  const size_t at = text.find(number);
  for (const Annotations& a : AnnotateAll(text)) {
    for (const Quantity& q : a.quantities) {
      if (!Overlaps(q.span, at, at + number.size())) continue;
      // Either left out, or the whole grouping read right: never a part of
      // it (1000) or a wrapped-around integer.
      EXPECT_EQ(q.span.start, at);
      EXPECT_EQ(q.span.end, at + number.size());
      EXPECT_DOUBLE_EQ(q.value, 1e21);
    }
  }
}

TEST(AnnotateBadInput, EmptyAndBlankTextGiveNothing) {
  for (const std::string& text : {std::string(), std::string(" "), std::string(" \t\n\r\n  "),
                                  std::string(100000, ' '), std::string("\xc2\xa0\xe2\x80\xaf")}) {
    for (const Annotations& a : AnnotateAll(text)) {
      EXPECT_TRUE(a.quantities.empty());
      EXPECT_TRUE(a.dates.empty());
    }
  }
}

TEST(AnnotateBadInput, MegabyteSingleLineOfMixedWords) {
  const std::string piece =
      "Around 40 trucks carried 12.5 tonnes on 3 March 2021, then about 7% more; "
      "der Preis stieg um 4,5 Prozent auf 89 Euro, свыше 300 человек, 2. kwietnia o 10:30, ";
  std::string text;
  while (text.size() < (1u << 20)) text += piece;
  for (const char* lang : {"en", "de", "ru", "pl", "und"}) {
    const Annotations a = TheAnnotator().AnnotateText(text, lang, Reference());
    ExpectSane(text, a, lang);
  }
}

TEST(AnnotateBadInput, NoReferenceTimeStillSane) {
  const std::string text = "Yesterday 14 people met on 5 May; gestern um 10:30 Uhr; вчера в 8.";
  for (const std::string& lang : Langs()) {
    const Annotations a = TheAnnotator().AnnotateText(text, lang, ReferenceTime{});
    ExpectSane(text, a, lang);
  }
}

}  // namespace
}  // namespace parallax
