// Archives: tar (plain and compressed), zip, nesting, corrupt input, limits.
#include <string>

#include "ingest/ingest_test_util.h"
#include "parallax/ingest.h"

namespace parallax {
namespace {

using testing::Collected;
using testing::Gzip;
using testing::MakeArchive;
using testing::Read;
using testing::ReadBytes;
using testing::TempDir;
using testing::WarcRecord;
using testing::WriteFile;

const std::string kPage = "<html><body><p>Il treno è arrivato in orario.</p></body></html>";
const std::string kText = "Короткая заметка о погоде.\n";

TEST(Archive, TarMembersWithPathsAndContainer) {
  TempDir dir;
  WriteFile(dir / "bundle.tar", MakeArchive("tar", {{"dir/", ""},
                                                    {"dir/a.html", kPage},
                                                    {"dir/.DS_Store", "hidden"},
                                                    {"b.txt", kText}}));
  Collected c = Read({dir / "bundle.tar"});
  ASSERT_EQ(c.failures.size(), 0u) << c.FailureText();
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].source, dir / "bundle.tar!dir/a.html");
  EXPECT_EQ(c.docs[0].container, "tar");
  EXPECT_EQ(c.docs[0].format, Format::kHtml);
  EXPECT_EQ(c.docs[0].bytes, kPage);
  EXPECT_EQ(c.docs[1].source, dir / "bundle.tar!b.txt");
  EXPECT_EQ(c.docs[1].format, Format::kText);
  EXPECT_EQ(c.docs[1].bytes, kText);
  EXPECT_GT(c.progress, 0u);
}

TEST(Archive, CompressedTarsAndZipWithMisleadingNames) {
  TempDir dir;
  testing::Members members = {{"x/one.html", kPage}, {"x/two.txt", kText}};
  for (const std::string kind : {"tar.gz", "tar.bz2", "tar.xz", "zip"}) {
    SCOPED_TRACE(kind);
    std::string path = dir / ("looks_like_text_" + kind + ".txt");
    WriteFile(path, MakeArchive(kind, members));
    Collected c = Read({path});
    ASSERT_EQ(c.failures.size(), 0u) << c.FailureText();
    ASSERT_EQ(c.docs.size(), 2u);
    EXPECT_EQ(c.docs[0].source, path + "!x/one.html");
    EXPECT_EQ(c.docs[0].container, kind == "zip" ? "zip" : "tar");
    EXPECT_EQ(c.docs[0].bytes, kPage);
    EXPECT_EQ(c.docs[1].bytes, kText);
  }
}

TEST(Archive, LoneCompressedDocumentIsThatDocument) {
  TempDir dir;
  for (const std::string kind : {"raw.bz2", "raw.xz"}) {
    SCOPED_TRACE(kind);
    std::string path = dir / ("page.html." + kind.substr(4));
    WriteFile(path, MakeArchive(kind, {{"page.html", kPage}}));
    Collected c = Read({path});
    ASSERT_EQ(c.failures.size(), 0u) << c.FailureText();
    ASSERT_EQ(c.docs.size(), 1u);
    EXPECT_EQ(c.docs[0].source, path);
    EXPECT_EQ(c.docs[0].container, "file");
    EXPECT_EQ(c.docs[0].format, Format::kHtml);
    EXPECT_EQ(c.docs[0].bytes, kPage);
  }
}

TEST(Archive, NestedArchivesAndDepthLimit) {
  std::string inner = MakeArchive("zip", {{"page.html", kPage}});
  std::string middle = MakeArchive("tar.gz", {{"inner.zip", inner}, {"note.txt", kText}});
  std::string outer = MakeArchive("tar", {{"middle.tgz", middle}});
  Collected c = ReadBytes("outer.tar", outer);
  ASSERT_EQ(c.failures.size(), 0u) << c.FailureText();
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].source, "outer.tar!middle.tgz!inner.zip!page.html");
  EXPECT_EQ(c.docs[0].container, "zip");
  EXPECT_EQ(c.docs[0].bytes, kPage);
  EXPECT_EQ(c.docs[1].source, "outer.tar!middle.tgz!note.txt");
  EXPECT_EQ(c.docs[1].container, "tar");

  IngestOptions shallow;
  shallow.max_archive_depth = 1;
  Collected s = ReadBytes("outer.tar", outer, shallow);
  ASSERT_EQ(s.docs.size(), 1u);
  EXPECT_EQ(s.docs[0].source, "outer.tar!middle.tgz!note.txt");
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].source, "outer.tar!middle.tgz!inner.zip");
  EXPECT_EQ(s.failures[0].reason, "archive nested more than 1 levels deep, not opened");
}

TEST(Archive, WarcAndJsonlInsideTar) {
  std::string warc = WarcRecord("resource", "https://www.port.example/a", "text/html", kPage);
  std::string tar =
      MakeArchive("tar", {{"crawl.warc.gz", Gzip(warc)}, {"feed.jsonl", "{\"text\": \"uno\"}\n"}});
  Collected c = ReadBytes("mix.tar", tar);
  ASSERT_EQ(c.failures.size(), 0u) << c.FailureText();
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].source, "mix.tar!crawl.warc.gz#1");
  EXPECT_EQ(c.docs[0].container, "warc");
  EXPECT_EQ(c.docs[0].site, "port.example");
  EXPECT_EQ(c.docs[1].source, "mix.tar!feed.jsonl:1");
  EXPECT_EQ(c.docs[1].container, "jsonl");
}

TEST(Archive, CorruptZipIsAFailureNotACrash) {
  TempDir dir;
  std::string zip = MakeArchive("zip", {{"a.html", kPage}, {"b.txt", kText}});
  std::string garbage = std::string("PK\x03\x04", 4) + std::string(300, '\x7f');
  WriteFile(dir / "garbage.zip", garbage);
  std::string cut = zip.substr(0, zip.size() / 2);
  WriteFile(dir / "cut.zip", cut);
  std::string flipped = zip;
  for (size_t i = 40; i < 80 && i < flipped.size(); ++i)
    flipped[i] = static_cast<char>(~flipped[i]);
  WriteFile(dir / "flipped.zip", flipped);
  WriteFile(dir / "after.txt", kText);
  Collected c =
      Read({dir / "garbage.zip", dir / "cut.zip", dir / "flipped.zip", dir / "after.txt"});
  ASSERT_GE(c.failures.size(), 3u) << c.FailureText();
  EXPECT_EQ(c.failures[0].source.rfind(dir / "garbage.zip", 0), 0u);
  bool cut_reported = false, flipped_reported = false;
  for (const auto& f : c.failures) {
    if (f.source.rfind(dir / "cut.zip", 0) == 0) cut_reported = true;
    if (f.source.rfind(dir / "flipped.zip", 0) == 0) flipped_reported = true;
  }
  EXPECT_TRUE(cut_reported) << c.FailureText();
  EXPECT_TRUE(flipped_reported) << c.FailureText();
  ASSERT_FALSE(c.docs.empty());
  EXPECT_EQ(c.docs.back().source, dir / "after.txt");
}

TEST(Archive, MemberOverTheLimitAndEmptyMember) {
  IngestOptions options;
  options.max_document_bytes = 1000;
  std::string tar = MakeArchive(
      "tar", {{"big.html", std::string(5000, 'q')}, {"empty.txt", ""}, {"ok.txt", kText}});
  Collected c = ReadBytes("t.tar", tar, options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].source, "t.tar!ok.txt");
  ASSERT_EQ(c.failures.size(), 2u) << c.FailureText();
  EXPECT_EQ(c.failures[0].source, "t.tar!big.html");
  EXPECT_EQ(c.failures[0].reason, "too large: 4.9 KB, limit 1000 bytes");
  EXPECT_EQ(c.failures[1].source, "t.tar!empty.txt");
  EXPECT_EQ(c.failures[1].reason, "empty (0 bytes)");
}

}  // namespace
}  // namespace parallax
