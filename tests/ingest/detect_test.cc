// DetectFormat: content decides, the name is a hint.
#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_test_util.h"
#include "parallax/ingest.h"

namespace parallax {
namespace {

std::string Utf16(const std::string& ascii, bool big_endian, bool bom) {
  std::string out;
  if (bom) out += big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (char c : ascii) {
    if (big_endian) {
      out += '\0';
      out += c;
    } else {
      out += c;
      out += '\0';
    }
  }
  return out;
}

TEST(DetectFormat, HtmlStarts) {
  EXPECT_EQ(DetectFormat("<!DOCTYPE html><html><head>", ""), Format::kHtml);
  EXPECT_EQ(DetectFormat("\xEF\xBB\xBF\n\n  <HTML lang=\"fr\">", "x"), Format::kHtml);
  EXPECT_EQ(DetectFormat("<!-- saved page -->\n<Body>", ""), Format::kHtml);
  EXPECT_EQ(DetectFormat("<?xml version=\"1.0\"?>\n<html xmlns=\"x\">", ""), Format::kHtml);
  EXPECT_EQ(DetectFormat("<meta charset=\"koi8-r\">", ""), Format::kHtml);
  EXPECT_EQ(DetectFormat("<div class=a>Zeitung</div>", ""), Format::kHtml);
  EXPECT_EQ(DetectFormat("<p>Une phrase.</p>", ""), Format::kHtml);
  // Not a tag we know: "<pre" is not "<p".
  EXPECT_EQ(DetectFormat("<predicate> is a word in angle brackets", ""), Format::kText);
}

TEST(DetectFormat, PlainTextAndMarkdown) {
  EXPECT_EQ(DetectFormat("The council met on Tuesday.\nIt voted 7 to 2.\n", "a.txt"),
            Format::kText);
  EXPECT_EQ(DetectFormat("# Titel\n\nDer Stadtrat tagte am Dienstag.", "b.md"), Format::kText);
  EXPECT_EQ(DetectFormat("Городской совет собрался во вторник.", ""), Format::kText);
  // Legacy 8-bit bytes (windows-1251) are text, not binary.
  EXPECT_EQ(DetectFormat("\xC3\xEE\xF0\xEE\xE4 \xF1\xEE\xE2\xE5\xF2", ""), Format::kText);
}

TEST(DetectFormat, NameDecidesOnlyWhenContentCannot) {
  std::string fragment = "Breaking: the bridge <b>reopened</b> today.";
  EXPECT_EQ(DetectFormat(fragment, "story.html"), Format::kHtml);
  EXPECT_EQ(DetectFormat(fragment, "story.txt"), Format::kText);
  // A full page named .txt is still HTML; JSONL named .html is JSONL.
  EXPECT_EQ(DetectFormat("<html><body>x</body></html>", "notes.txt"), Format::kHtml);
  EXPECT_EQ(DetectFormat("{\"url\":\"http://a.example/\",\"text\":\"x\"}\n", "page.html"),
            Format::kJsonl);
}

TEST(DetectFormat, Utf16IsText) {
  EXPECT_EQ(DetectFormat(Utf16("<html><body>Hallo</body></html>", false, true), ""), Format::kHtml);
  EXPECT_EQ(DetectFormat(Utf16("<!doctype html>", true, true), ""), Format::kHtml);
  EXPECT_EQ(DetectFormat(Utf16("A short note about tides.", false, true), ""), Format::kText);
  EXPECT_EQ(DetectFormat(Utf16("A short note about tides, no mark.", false, false), ""),
            Format::kText);
  EXPECT_EQ(DetectFormat(Utf16("Big endian without a mark.", true, false), ""), Format::kText);
  EXPECT_EQ(DetectFormat(Utf16("<html><head>", true, false), ""), Format::kHtml);
}

TEST(DetectFormat, Containers) {
  EXPECT_EQ(DetectFormat("WARC/1.0\r\nWARC-Type: warcinfo\r\n", "x.txt"), Format::kWarc);
  EXPECT_EQ(DetectFormat("WARC/1.1\r\n", ""), Format::kWarc);
  EXPECT_EQ(DetectFormat(std::string("\x1f\x8b\x08\x00", 4), "page.html"), Format::kGzip);
  EXPECT_EQ(DetectFormat(std::string("PK\x03\x04\x14\x00", 6), "a.html"), Format::kArchive);
  std::string tar = testing::MakeArchive("tar", {{"a.txt", "hello"}});
  EXPECT_EQ(DetectFormat(tar, "a.txt"), Format::kArchive);
  EXPECT_EQ(DetectFormat("BZh91AY&SY", ""), Format::kArchive);
}

TEST(DetectFormat, Jsonl) {
  EXPECT_EQ(DetectFormat("{\"text\": \"one\"}\n{\"text\": \"two\"}\n", ""), Format::kJsonl);
  EXPECT_EQ(DetectFormat("  \n{ \"html\": \"<p>x</p>\" }", ""), Format::kJsonl);
  EXPECT_EQ(DetectFormat("[\n  {\"text\": \"a\"},\n  {\"text\": \"b\"}\n]", "feed.json"),
            Format::kJsonl);
  // A first line cut off by the end of the head still counts.
  EXPECT_EQ(DetectFormat("{\"text\": \"a very long line that the head cuts", ""), Format::kJsonl);
  // Braces that are not JSON are text.
  EXPECT_EQ(DetectFormat("{this is not json}\nmore\n", ""), Format::kText);
  EXPECT_EQ(DetectFormat("[1, 2, 3]", ""), Format::kText);
}

TEST(DetectFormat, Binary) {
  EXPECT_EQ(DetectFormat(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "photo.html"),
            Format::kBinary);
  EXPECT_EQ(DetectFormat(std::string(4096, '\0'), ""), Format::kBinary);
  std::string controls;
  for (int i = 0; i < 400; ++i) controls += static_cast<char>(1 + i % 8);
  EXPECT_EQ(DetectFormat(controls, ""), Format::kBinary);
  // A stray NUL in UTF-8 text is binary, not UTF-16.
  EXPECT_EQ(DetectFormat(std::string("plain words then\0 more plain words here", 40), ""),
            Format::kBinary);
  EXPECT_EQ(DetectFormat("", "a.html"), Format::kUnknown);
}

TEST(FormatName, AllNames) {
  EXPECT_STREQ(FormatName(Format::kText), "text");
  EXPECT_STREQ(FormatName(Format::kHtml), "html");
  EXPECT_STREQ(FormatName(Format::kJsonl), "jsonl");
  EXPECT_STREQ(FormatName(Format::kWarc), "warc");
  EXPECT_STREQ(FormatName(Format::kGzip), "gzip");
  EXPECT_STREQ(FormatName(Format::kArchive), "archive");
  EXPECT_STREQ(FormatName(Format::kBinary), "binary");
  EXPECT_STREQ(FormatName(Format::kUnknown), "unknown");
}

}  // namespace
}  // namespace parallax
