// The JSONL reader: fields, bad lines among good ones, JSON arrays, gzip.
#include <string>

#include "ingest/ingest_test_util.h"
#include "parallax/ingest.h"

namespace parallax {
namespace {

using testing::Collected;
using testing::Gzip;
using testing::Read;
using testing::ReadBytes;
using testing::TempDir;
using testing::WriteFile;

const std::string kFeed =
    "{\"url\": \"https://www.diario.example/economia/1\", \"title\": \"Sube el pan\", "
    "\"text\": \"El precio del pan subió un 3 %.\", \"published\": \"2024-02-01\", "
    "\"lang\": \"es\"}\n"
    "{\"url\": \"https://diario.example/2\", \"text\": \"Segunda nota\"\n"  // broken
    "\n"
    "   \n"
    "{\"url\": \"https://x.example/3\", \"title\": \"Sin cuerpo\"}\n"  // no text
    "{\"html\": \"<p>Tokyo \\u6771\\u4eac</p>\", \"site\": \"Agencia\", \"published\": "
    "1706745600}\r\n"
    "[1, 2]\n"
    "{\"text\": \"\"}\n"
    "{\"text\": \"Last line without newline\", \"url\": \"http://last.example\"}";

TEST(Jsonl, GoodLinesKeptBadLinesReported) {
  TempDir dir;
  WriteFile(dir / "feed.jsonl", kFeed);
  Collected c = Read({dir / "feed.jsonl"});
  const std::string f = dir / "feed.jsonl";
  ASSERT_EQ(c.docs.size(), 3u) << c.FailureText();
  const RawDocument& a = c.docs[0];
  EXPECT_EQ(a.source, f + ":1");
  EXPECT_EQ(a.container, "jsonl");
  EXPECT_EQ(a.format, Format::kText);
  EXPECT_TRUE(a.utf8);
  EXPECT_EQ(a.bytes, "El precio del pan subió un 3 %.");
  EXPECT_EQ(a.url, "https://www.diario.example/economia/1");
  EXPECT_EQ(a.title, "Sube el pan");
  EXPECT_EQ(a.published, "2024-02-01");
  EXPECT_EQ(a.site, "diario.example");
  EXPECT_EQ(a.lang_hint, "es");
  const RawDocument& b = c.docs[1];
  EXPECT_EQ(b.source, f + ":6");
  EXPECT_EQ(b.format, Format::kHtml);
  EXPECT_EQ(b.bytes, "<p>Tokyo 東京</p>");
  EXPECT_EQ(b.site, "Agencia");
  EXPECT_EQ(b.published, "1706745600");
  EXPECT_EQ(b.url, "");
  EXPECT_EQ(c.docs[2].source, f + ":9");
  EXPECT_EQ(c.docs[2].site, "last.example");

  ASSERT_EQ(c.failures.size(), 4u) << c.FailureText();
  EXPECT_EQ(c.failures[0].source, f + ":2");
  EXPECT_EQ(c.failures[0].reason.rfind("invalid JSON (parse error", 0), 0u) << c.failures[0].reason;
  EXPECT_EQ(c.failures[1].source, f + ":5");
  EXPECT_EQ(c.failures[1].reason, "no text or html field");
  EXPECT_EQ(c.failures[2].source, f + ":7");
  EXPECT_EQ(c.failures[2].reason, "not a JSON object");
  EXPECT_EQ(c.failures[3].source, f + ":8");
  EXPECT_EQ(c.failures[3].reason, "empty (0 bytes) text field");
}

TEST(Jsonl, InvalidUtf8IsABadLine) {
  Collected c = ReadBytes("u.jsonl", "{\"text\": \"ok\"}\n{\"text\": \"bad \xC3\x28 byte\"}\n");
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_EQ(c.failures[0].source, "u.jsonl:2");
  EXPECT_EQ(c.failures[0].reason.rfind("invalid JSON", 0), 0u);
}

TEST(Jsonl, TextOverTheLimit) {
  IngestOptions options;
  options.max_document_bytes = 100;
  std::string line = "{\"text\": \"" + std::string(150, 'a') + "\"}\n";
  std::string huge = "{\"text\": \"" + std::string(2 << 20, 'b') + "\"}\n";
  Collected c = ReadBytes("l.jsonl", line + huge + "{\"text\": \"fine\"}\n", options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].source, "l.jsonl:3");
  ASSERT_EQ(c.failures.size(), 2u);
  EXPECT_EQ(c.failures[0].reason, "too large: 150 bytes, limit 100 bytes");
  EXPECT_EQ(c.failures[1].source, "l.jsonl:2");
  EXPECT_EQ(c.failures[1].reason.rfind("too large: line over", 0), 0u) << c.failures[1].reason;
}

TEST(Jsonl, JsonArrayFile) {
  TempDir dir;
  WriteFile(dir / "export.json",
            "\xEF\xBB\xBF[\n {\"title\": \"Eins\", \"text\": \"Erster Text\"},\n"
            " {\"title\": \"Zwei\"},\n {\"html\": \"<p>Dritter</p>\", \"url\": "
            "\"https://www.blatt.example/3\"}\n]\n");
  Collected c = Read({dir / "export.json"});
  ASSERT_EQ(c.docs.size(), 2u) << c.FailureText();
  EXPECT_EQ(c.docs[0].source, dir / "export.json#1");
  EXPECT_EQ(c.docs[0].title, "Eins");
  EXPECT_EQ(c.docs[1].source, dir / "export.json#3");
  EXPECT_EQ(c.docs[1].format, Format::kHtml);
  EXPECT_EQ(c.docs[1].site, "blatt.example");
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_EQ(c.failures[0].source, dir / "export.json#2");
}

TEST(Jsonl, GzippedFeed) {
  TempDir dir;
  WriteFile(dir / "feed.jsonl.gz", Gzip("{\"text\": \"uno\"}\n{\"text\": \"dos\"}\n"));
  Collected c = Read({dir / "feed.jsonl.gz"});
  ASSERT_EQ(c.docs.size(), 2u) << c.FailureText();
  EXPECT_EQ(c.docs[1].source, dir / "feed.jsonl.gz:2");
  EXPECT_EQ(c.docs[1].bytes, "dos");
}

}  // namespace
}  // namespace parallax
