#include "parallax/plain_text.h"

#include <gtest/gtest.h>

#include <string>

namespace parallax {
namespace {

std::string Para(const PlainText& t, size_t i) {
  const Span& s = t.paragraphs.at(i);
  return t.text.substr(s.start, s.end - s.start);
}

// Every byte of every paragraph maps back to the same byte of the input,
// except bytes that were rewritten (tabs -> spaces).
void ExpectMapsBack(const PlainText& t, std::string_view in) {
  for (const Span& p : t.paragraphs) {
    for (uint32_t i = p.start; i < p.end; ++i) {
      if (t.text[i] == '\n') continue;  // joins lines
      size_t at = t.to_input.ToInput(i);
      ASSERT_LT(at, in.size());
      if (in[at] == '\t') {
        EXPECT_EQ(t.text[i], ' ');
      } else {
        EXPECT_EQ(t.text[i], in[at]) << "text offset " << i;
      }
    }
  }
}

TEST(PlainText, ParagraphsAtBlankLines) {
  std::string in =
      "Titel der Meldung\n\nErster Absatz, Zeile eins\nZeile zwei.\n \t\nZweiter Absatz.\n";
  PlainText t = RenderPlainText(in);
  ASSERT_EQ(t.paragraphs.size(), 3u);
  EXPECT_EQ(Para(t, 0), "Titel der Meldung");
  EXPECT_EQ(Para(t, 1), "Erster Absatz, Zeile eins\nZeile zwei.");
  EXPECT_EQ(Para(t, 2), "Zweiter Absatz.");
  EXPECT_EQ(t.text,
            "Titel der Meldung\n\nErster Absatz, Zeile eins\nZeile zwei.\n\nZweiter Absatz.");
  ExpectMapsBack(t, in);
}

TEST(PlainText, WindowsAndOldMacLineEndings) {
  std::string in = "Первая строка.\r\nВторая строка.\r\n\r\nНовый абзац.\rЕщё строка.";
  PlainText t = RenderPlainText(in);
  ASSERT_EQ(t.paragraphs.size(), 2u);
  EXPECT_EQ(Para(t, 0), "Первая строка.\nВторая строка.");
  EXPECT_EQ(Para(t, 1), "Новый абзац.\nЕщё строка.");
  ExpectMapsBack(t, in);
}

TEST(PlainText, ControlCharactersAndBomDropped) {
  std::string in = "\xEF\xBB\xBFZdanie\x01 pierwsze\x7f.\n\n\x0c\nDrugie\ttab.";
  PlainText t = RenderPlainText(in);
  ASSERT_EQ(t.paragraphs.size(), 2u);
  EXPECT_EQ(Para(t, 0), "Zdanie pierwsze.");
  EXPECT_EQ(Para(t, 1), "Drugie tab.");
  ExpectMapsBack(t, in);
  // "pierwsze" starts after the dropped \x01 byte.
  size_t text_at = t.text.find("pierwsze");
  EXPECT_EQ(t.to_input.ToInput(text_at), in.find("pierwsze"));
}

TEST(PlainText, TrailingAndLeadingSpacesCut) {
  std::string in = "   indented first line   \n  second line  \n\n\n\n   third   ";
  PlainText t = RenderPlainText(in);
  ASSERT_EQ(t.paragraphs.size(), 2u);
  EXPECT_EQ(Para(t, 0), "indented first line\nsecond line");
  EXPECT_EQ(Para(t, 1), "third");
  ExpectMapsBack(t, in);
}

TEST(PlainText, EmptyAndBlankInputs) {
  EXPECT_TRUE(RenderPlainText("").text.empty());
  EXPECT_TRUE(RenderPlainText("   \n\n \t \r\n").paragraphs.empty());
  EXPECT_TRUE(RenderPlainText("\x01\x02\x03").paragraphs.empty());
}

TEST(PlainText, SpansMapToRawSpans) {
  std::string in = "Header\n\n\n  Body line with  double  spaces.  \n";
  PlainText t = RenderPlainText(in);
  ASSERT_EQ(t.paragraphs.size(), 2u);
  auto [a, b] = t.to_input.SpanToInput(t.paragraphs[1].start, t.paragraphs[1].end);
  EXPECT_EQ(in.substr(a, b - a), "Body line with  double  spaces.");
}

}  // namespace
}  // namespace parallax
