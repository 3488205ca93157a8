// ReadInputs / ReadBuffer on files, folders, gzip and bad inputs.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "ingest/ingest_test_util.h"
#include "parallax/ingest.h"

namespace parallax {
namespace {

using testing::Collected;
using testing::Gzip;
using testing::Read;
using testing::TempDir;
using testing::WriteFile;

const std::string kPage =
    "<!doctype html>\n<html><head><title>Ferry service resumes</title></head>\n"
    "<body><p>The ferry to the island ran again on Monday after a two-week pause.</p>"
    "</body></html>\n";
const std::string kNote = "Notiz: Der Markt öffnet morgen erst um zehn Uhr.\n";

TEST(ReadInputs, PlainFilesKeepPathBytesAndFormat) {
  TempDir dir;
  WriteFile(dir / "page.html", kPage);
  WriteFile(dir / "note.txt", kNote);
  Collected c = Read({dir / "page.html", dir / "note.txt"});
  ASSERT_EQ(c.failures.size(), 0u) << c.FailureText();
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].source, dir / "page.html");
  EXPECT_EQ(c.docs[0].container, "file");
  EXPECT_EQ(c.docs[0].format, Format::kHtml);
  EXPECT_EQ(c.docs[0].bytes, kPage);
  EXPECT_FALSE(c.docs[0].utf8);
  EXPECT_EQ(c.docs[0].url, "");
  EXPECT_EQ(c.docs[1].format, Format::kText);
  EXPECT_EQ(c.docs[1].bytes, kNote);
  EXPECT_EQ(c.progress, kPage.size() + kNote.size());
}

TEST(ReadInputs, ContentBeatsMisleadingName) {
  TempDir dir;
  WriteFile(dir / "report.txt", kPage);                           // HTML named .txt
  WriteFile(dir / "feed.html", "{\"text\": \"Zwei Sätze.\"}\n");  // JSONL named .html
  Collected c = Read({dir / "report.txt", dir / "feed.html"});
  ASSERT_EQ(c.docs.size(), 2u) << c.FailureText();
  EXPECT_EQ(c.docs[0].format, Format::kHtml);
  EXPECT_EQ(c.docs[1].container, "jsonl");
  EXPECT_EQ(c.docs[1].source, dir / "feed.html:1");
  EXPECT_EQ(c.docs[1].bytes, "Zwei Sätze.");
}

TEST(ReadInputs, DirectoryWalkIsSortedRecursiveAndSkipsHidden) {
  TempDir dir;
  WriteFile(dir / "corpus/b.txt", "second file\n");
  WriteFile(dir / "corpus/a.txt", "first file\n");
  WriteFile(dir / "corpus/sub/c.html", kPage);
  WriteFile(dir / "corpus/.hidden.txt", "not read\n");
  WriteFile(dir / "corpus/.git/config", "not read either\n");
  Collected c = Read({dir / "corpus"});
  ASSERT_EQ(c.failures.size(), 0u) << c.FailureText();
  std::vector<std::string> want = {dir / "corpus/a.txt", dir / "corpus/b.txt",
                                   dir / "corpus/sub/c.html"};
  EXPECT_EQ(c.Sources(), want);
  // A trailing slash does not double it.
  Collected slash = Read({dir.path() + "/corpus/"});
  EXPECT_EQ(slash.Sources(), want);
  // With skip_hidden off the hidden files come too.
  IngestOptions all;
  all.skip_hidden = false;
  EXPECT_EQ(Read({dir / "corpus"}, all).docs.size(), 5u);
}

TEST(ReadInputs, SymlinkLoopIsReportedOnce) {
  TempDir dir;
  WriteFile(dir / "tree/one.txt", "one\n");
  ASSERT_EQ(::symlink(".", (dir / "tree/up").c_str()), 0);
  Collected c = Read({dir / "tree"});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].source, dir / "tree/one.txt");
  ASSERT_EQ(c.failures.size(), 1u) << c.FailureText();
  EXPECT_EQ(c.failures[0].source, dir / "tree/up");
  EXPECT_NE(c.failures[0].reason.find("symlink loop"), std::string::npos);
}

TEST(ReadInputs, BadPathsBecomeFailures) {
  TempDir dir;
  WriteFile(dir / "empty.txt", "");
  WriteFile(dir / "image.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18));
  WriteFile(dir / "blob.dat", std::string("\x01\x02\0\0\x7f\x45\x4c\x46", 8));
  ASSERT_EQ(::symlink((dir / "gone.txt").c_str(), (dir / "dangling.txt").c_str()), 0);
  ASSERT_EQ(::mkfifo((dir / "pipe").c_str(), 0600), 0);
  WriteFile(dir / "good.txt", kNote);
  Collected c = Read({dir / "missing.html", dir / "empty.txt", dir / "image.html", dir / "blob.dat",
                      dir / "dangling.txt", dir / "pipe", dir / "good.txt"});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].source, dir / "good.txt");
  ASSERT_EQ(c.failures.size(), 6u) << c.FailureText();
  EXPECT_EQ(c.failures[0].source, dir / "missing.html");
  EXPECT_EQ(c.failures[0].reason, "No such file or directory");
  EXPECT_EQ(c.failures[1].reason, "empty (0 bytes)");
  EXPECT_EQ(c.failures[2].reason, "binary content (NUL bytes) in a file named .html");
  EXPECT_EQ(c.failures[3].reason, "binary content (NUL bytes), not a text or HTML document");
  EXPECT_EQ(c.failures[4].source, dir / "dangling.txt");
  EXPECT_EQ(c.failures[4].reason, "dangling symlink (No such file or directory)");
  EXPECT_EQ(c.failures[5].reason, "not a regular file or directory");
}

TEST(ReadInputs, OverTheLimitIsRefused) {
  TempDir dir;
  std::string big = "<html><body>" + std::string(1500, 'x') + "</body></html>";
  WriteFile(dir / "big.html", big);
  WriteFile(dir / "small.html", kPage);
  IngestOptions options;
  options.max_document_bytes = 1000;
  Collected c = Read({dir / "big.html", dir / "small.html"}, options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].source, dir / "small.html");
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_EQ(c.failures[0].source, dir / "big.html");
  EXPECT_EQ(c.failures[0].reason, "too large: 1.5 KB, limit 1000 bytes");
  // A gzip that inflates past the limit stops there.
  WriteFile(dir / "big.html.gz", Gzip(big));
  Collected gz = Read({dir / "big.html.gz"}, options);
  ASSERT_EQ(gz.failures.size(), 1u);
  EXPECT_EQ(gz.failures[0].reason, "too large: over 1000 bytes (decompressed), limit 1000 bytes");
}

// Bytes this process has read through read(2) and friends so far
// (/proc/self/io "rchar").
uint64_t BytesReadByThisProcess() {
  std::ifstream io("/proc/self/io");
  std::string key;
  uint64_t value = 0;
  while (io >> key >> value) {
    if (key == "rchar:") return value;
  }
  return 0;
}

TEST(ReadInputs, SparseHugeFileIsRefusedWithoutReading) {
  TempDir dir;
  const off_t size = off_t{200} << 20;
  for (const std::string name : {"huge.html", "zeros.bin"}) {
    int fd = ::open((dir / name).c_str(), O_CREAT | O_WRONLY, 0644);
    ASSERT_GE(fd, 0);
    if (name == "huge.html") {
      ASSERT_EQ(::write(fd, kPage.data(), kPage.size()), ssize_t(kPage.size()));
    }
    ASSERT_EQ(::ftruncate(fd, size), 0);
    ::close(fd);
  }
  const uint64_t read_before = BytesReadByThisProcess();
  Collected c = Read({dir / "huge.html", dir / "zeros.bin"});
  const uint64_t read_bytes = BytesReadByThisProcess() - read_before;
  ASSERT_EQ(c.failures.size(), 2u) << c.FailureText();
  EXPECT_EQ(c.failures[0].reason, "too large: 200.0 MB, limit 64.0 MB");
  EXPECT_EQ(c.failures[1].reason, "too large: 200.0 MB, limit 64.0 MB");
  EXPECT_TRUE(c.docs.empty());
  // Refused from their size alone: next to nothing of the 400 MB was read
  // (counted by the kernel, /proc/self/io rchar, not timed).
  EXPECT_LT(read_bytes, 1u << 20);
  EXPECT_EQ(c.progress, 2 * static_cast<uint64_t>(size));
}

TEST(ReadInputs, GzipOfADocumentIsThatDocument) {
  TempDir dir;
  WriteFile(dir / "page.html.gz", Gzip(kPage));
  // Two members, as `cat a.gz b.gz` makes.
  WriteFile(dir / "two.gz", Gzip("Erster Teil. ") + Gzip("Zweiter Teil.\n"));
  Collected c = Read({dir / "page.html.gz", dir / "two.gz"});
  ASSERT_EQ(c.failures.size(), 0u) << c.FailureText();
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].source, dir / "page.html.gz");
  EXPECT_EQ(c.docs[0].container, "file");
  EXPECT_EQ(c.docs[0].format, Format::kHtml);
  EXPECT_EQ(c.docs[0].bytes, kPage);
  EXPECT_EQ(c.docs[1].format, Format::kText);
  EXPECT_EQ(c.docs[1].bytes, "Erster Teil. Zweiter Teil.\n");
}

TEST(ReadInputs, TruncatedAndCorruptGzip) {
  TempDir dir;
  std::string long_text;
  for (int i = 0; i < 400; ++i)
    long_text += "Line " + std::to_string(i * 7919 % 1000) + " of a log.\n";
  std::string gz = Gzip(long_text);
  WriteFile(dir / "cut.txt.gz", gz.substr(0, gz.size() / 2));
  std::string bad = gz;
  bad[bad.size() - 8] = static_cast<char>(bad[bad.size() - 8] ^ 0x55);  // the CRC
  WriteFile(dir / "bad.txt.gz", bad);
  Collected c = Read({dir / "cut.txt.gz", dir / "bad.txt.gz"});
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.failures.size(), 2u) << c.FailureText();
  EXPECT_EQ(c.failures[0].source, dir / "cut.txt.gz");
  EXPECT_EQ(c.failures[0].reason, "truncated gzip stream");
  EXPECT_EQ(c.failures[1].reason.rfind("corrupt gzip stream", 0), 0u) << c.failures[1].reason;
}

// ReadInputs({"-"}) with `bytes` on standard input (a file put on fd 0).
Collected ReadStdin(const TempDir& dir, const std::string& bytes) {
  WriteFile(dir / "stdin.bin", bytes);
  int fd = ::open((dir / "stdin.bin").c_str(), O_RDONLY);
  int saved = ::dup(STDIN_FILENO);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  Collected c = Read({"-"});
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  return c;
}

TEST(ReadInputs, StandardInputStreams) {
  TempDir dir;
  Collected text = ReadStdin(dir, kNote);
  ASSERT_EQ(text.docs.size(), 1u) << text.FailureText();
  EXPECT_EQ(text.docs[0].source, "-");
  EXPECT_EQ(text.docs[0].container, "stdin");
  EXPECT_EQ(text.docs[0].bytes, kNote);
  EXPECT_EQ(text.progress, kNote.size());
  // An archive on standard input is read through libarchive callbacks.
  std::string tgz = testing::MakeArchive("tar.gz", {{"x/one.html", kPage}, {"two.txt", kNote}});
  Collected tar = ReadStdin(dir, tgz);
  ASSERT_EQ(tar.failures.size(), 0u) << tar.FailureText();
  ASSERT_EQ(tar.docs.size(), 2u);
  EXPECT_EQ(tar.docs[0].source, "-!x/one.html");
  EXPECT_EQ(tar.docs[0].container, "tar");
  EXPECT_EQ(tar.docs[0].bytes, kPage);
  EXPECT_EQ(tar.progress, tgz.size());
  std::string zip = testing::MakeArchive("zip", {{"z.txt", kNote}});
  Collected z = ReadStdin(dir, zip);
  ASSERT_EQ(z.docs.size(), 1u) << z.FailureText();
  EXPECT_EQ(z.docs[0].source, "-!z.txt");
  Collected empty = ReadStdin(dir, "");
  ASSERT_EQ(empty.failures.size(), 1u);
  EXPECT_EQ(empty.failures[0].reason, "empty (0 bytes)");
}

TEST(ReadBuffer, StandardInputSource) {
  Collected c;
  ReadBuffer("-", "stdin", kNote, IngestOptions{}, c.Sink());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].source, "-");
  EXPECT_EQ(c.docs[0].container, "stdin");
  EXPECT_EQ(c.docs[0].bytes, kNote);
  Collected empty;
  ReadBuffer("-", "stdin", "", IngestOptions{}, empty.Sink());
  ASSERT_EQ(empty.failures.size(), 1u);
  EXPECT_EQ(empty.failures[0].source, "-");
  EXPECT_EQ(empty.failures[0].reason, "empty (0 bytes)");
  // Gzip through stdin too.
  Collected gz;
  ReadBuffer("-", "stdin", Gzip(kPage), IngestOptions{}, gz.Sink());
  ASSERT_EQ(gz.docs.size(), 1u);
  EXPECT_EQ(gz.docs[0].format, Format::kHtml);
  EXPECT_EQ(gz.docs[0].bytes, kPage);
}

TEST(ReadBuffer, NeverThrowsOnGarbage) {
  std::string junk;
  uint32_t x = 12345;
  for (int round = 0; round < 200; ++round) {
    junk.clear();
    size_t n = 1 + round * 37 % 3000;
    for (size_t i = 0; i < n; ++i) {
      x = x * 1103515245u + 12345u;
      junk += static_cast<char>(x >> 24);
    }
    // Give it each container's magic so every reader sees garbage.
    const char* magics[] = {"\x1f\x8b\x08", "PK\x03\x04", "WARC/1.0\r\n", "{\"text\":", "BZh9"};
    std::string input = std::string(magics[round % 5]) + junk;
    Collected c;
    EXPECT_NO_THROW(ReadBuffer("fuzz", "file", input, IngestOptions{}, c.Sink()));
  }
}

TEST(EstimateInputBytes, SumsRegularFiles) {
  TempDir dir;
  WriteFile(dir / "d/a.txt", "12345");
  WriteFile(dir / "d/b/c.txt", "1234567");
  WriteFile(dir / "d/.hidden", "123");
  WriteFile(dir / "e.txt", "12");
  EXPECT_EQ(EstimateInputBytes({dir / "d", dir / "e.txt", "-", dir / "missing"}, {}), 14u);
}

}  // namespace
}  // namespace parallax
