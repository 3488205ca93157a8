// The WARC reader: record types, HTTP decoding, metadata, truncation, resync.
#include <cstdio>
#include <string>
#include <vector>

#include "ingest/ingest_test_util.h"
#include "parallax/ingest.h"

namespace parallax {
namespace {

using testing::Collected;
using testing::Gzip;
using testing::HttpResponse;
using testing::Read;
using testing::ReadBytes;
using testing::TempDir;
using testing::WarcRecord;
using testing::WriteFile;

const std::string kHtmlDe =
    "<html><head><title>Hochwasser</title></head><body><p>Der Pegel der Elbe sank "
    "über Nacht um vierzig Zentimeter.</p></body></html>";
const std::string kText = "Tide tables for the harbour were corrected on 4 March.\n";

std::string SampleWarc() {
  std::string w;
  w += WarcRecord("warcinfo", "", "application/warc-fields", "software: hand-written\r\n");
  w +=
      WarcRecord("request", "https://www.zeitung.example/elbe", "application/http; msgtype=request",
                 "GET /elbe HTTP/1.1\r\nHost: www.zeitung.example\r\n\r\n");
  w += WarcRecord(
      "response", "https://www.zeitung.example/elbe", "application/http; msgtype=response",
      HttpResponse({"Content-Type: text/html; charset=\"ISO-8859-1\"", "Content-Language: de-DE"},
                   kHtmlDe));
  w += WarcRecord("metadata", "https://www.zeitung.example/elbe", "application/warc-fields",
                  "fetchTimeMs: 12\r\n");
  w += WarcRecord("response", "https://img.zeitung.example/p.jpg", "application/http",
                  HttpResponse({"Content-Type: image/jpeg"}, std::string("\xFF\xD8\xFF\0\0", 5)));
  w += WarcRecord("resource", "http://Harbour.Example:8080/tides.txt", "text/plain; charset=utf-8",
                  kText);
  w += WarcRecord("response", "https://zeitung.example/old", "application/http",
                  HttpResponse({"Location: /new"}, "", "HTTP/1.1 301 Moved Permanently"));
  return w;
}

void ExpectSample(const Collected& c, const std::string& source) {
  ASSERT_EQ(c.failures.size(), 0u) << c.FailureText();
  ASSERT_EQ(c.docs.size(), 2u);
  const RawDocument& page = c.docs[0];
  EXPECT_EQ(page.source, source + "#3");
  EXPECT_EQ(page.container, "warc");
  EXPECT_EQ(page.format, Format::kHtml);
  EXPECT_EQ(page.bytes, kHtmlDe);
  EXPECT_EQ(page.url, "https://www.zeitung.example/elbe");
  EXPECT_EQ(page.site, "zeitung.example");
  EXPECT_EQ(page.declared_charset, "ISO-8859-1");
  EXPECT_EQ(page.lang_hint, "de");
  EXPECT_EQ(page.published, "");  // WARC-Date is the crawl date
  const RawDocument& text = c.docs[1];
  EXPECT_EQ(text.source, source + "#6");
  EXPECT_EQ(text.format, Format::kText);
  EXPECT_EQ(text.bytes, kText);
  EXPECT_EQ(text.url, "http://Harbour.Example:8080/tides.txt");
  EXPECT_EQ(text.site, "harbour.example");
  EXPECT_EQ(text.declared_charset, "utf-8");
}

TEST(Warc, PlainRecordsAndSkippedTypes) {
  TempDir dir;
  WriteFile(dir / "crawl.warc", SampleWarc());
  Collected c = Read({dir / "crawl.warc"});
  ExpectSample(c, dir / "crawl.warc");
  EXPECT_EQ(c.progress, SampleWarc().size());
}

TEST(Warc, WholeFileGzipAndPerRecordGzip) {
  TempDir dir;
  std::string w = SampleWarc();
  WriteFile(dir / "whole.warc.gz", Gzip(w));
  ExpectSample(Read({dir / "whole.warc.gz"}), dir / "whole.warc.gz");
  // Per record, as crawlers write; named misleadingly.
  std::string per;
  size_t start = 0;
  while (start < w.size()) {
    size_t next = w.find("WARC/1.1\r\n", start + 1);
    if (next == std::string::npos) next = w.size();
    per += Gzip(w.substr(start, next - start));
    start = next;
  }
  WriteFile(dir / "records.bin", per);
  ExpectSample(Read({dir / "records.bin"}), dir / "records.bin");
}

TEST(Warc, ChunkedGzipBodyWithCharset) {
  std::string body =
      "<html><body><p>Продажи выросли на 12% за квартал, сообщила компания.</p></body></html>";
  std::string gz = Gzip(body);
  std::string chunked;
  size_t half = gz.size() / 2;
  char size_hex[32];
  std::snprintf(size_hex, sizeof(size_hex), "%zx", half);
  chunked += std::string(size_hex) + ";ext=1\r\n" + gz.substr(0, half) + "\r\n";
  std::snprintf(size_hex, sizeof(size_hex), "%X", static_cast<unsigned>(gz.size() - half));
  chunked += std::string(size_hex) + "\r\n" + gz.substr(half) + "\r\n0\r\n\r\n";
  std::string warc = WarcRecord(
      "response", "https://news.example.ru/sales", "application/http; msgtype=response",
      HttpResponse({"Content-Type: text/html;charset=windows-1251", "Transfer-Encoding: chunked",
                    "Content-Encoding: gzip", "Content-Language: ru"},
                   chunked),
      "WARC/1.0");
  Collected c = ReadBytes("sales.warc", warc);
  ASSERT_EQ(c.failures.size(), 0u) << c.FailureText();
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].bytes, body);
  EXPECT_EQ(c.docs[0].declared_charset, "windows-1251");
  EXPECT_EQ(c.docs[0].lang_hint, "ru");
  EXPECT_EQ(c.docs[0].site, "news.example.ru");
  EXPECT_EQ(c.docs[0].source, "sales.warc#1");
}

TEST(Warc, DeflateBodyRawOrZlib) {
  std::string body = "<html><body><p>Le conseil a voté.</p></body></html>";
  for (bool raw : {false, true}) {
    std::string warc =
        WarcRecord("response", "http://ville.example/vote", "application/http",
                   HttpResponse({"Content-Type: text/html", "Content-Encoding: deflate"},
                                testing::Deflate(body, raw)));
    Collected c = ReadBytes("v.warc", warc);
    ASSERT_EQ(c.docs.size(), 1u) << c.FailureText();
    EXPECT_EQ(c.docs[0].bytes, body);
  }
}

TEST(Warc, TruncatedGzipKeepsRecordsBeforeAndFailsOnce) {
  // Ten per-record gzip members; cut the file in the middle of the sixth.
  std::string file;
  std::vector<size_t> ends;
  for (int i = 1; i <= 10; ++i) {
    std::string body = "<html><body><p>Bulletin number " + std::to_string(i) +
                       " about the weather on the coast.</p>" + std::string(200, ' ') +
                       "</body></html>";
    file += Gzip(WarcRecord("response", "https://wx.example/b" + std::to_string(i),
                            "application/http", HttpResponse({"Content-Type: text/html"}, body)));
    ends.push_back(file.size());
  }
  size_t cut = (ends[4] + ends[5]) / 2;
  TempDir dir;
  WriteFile(dir / "crawl.warc.gz", file.substr(0, cut));
  Collected c = Read({dir / "crawl.warc.gz"});
  ASSERT_EQ(c.docs.size(), 5u);
  EXPECT_EQ(c.docs[4].source, dir / "crawl.warc.gz#5");
  EXPECT_EQ(c.docs[4].url, "https://wx.example/b5");
  ASSERT_EQ(c.failures.size(), 1u) << c.FailureText();
  EXPECT_EQ(c.failures[0].source, dir / "crawl.warc.gz#6");
  EXPECT_EQ(c.failures[0].reason, "truncated WARC record #6 (truncated gzip stream)");

  // Cut in half, whatever falls where: records before are kept, one failure.
  WriteFile(dir / "half.warc.gz", file.substr(0, file.size() / 2));
  Collected half = Read({dir / "half.warc.gz"});
  EXPECT_GE(half.docs.size(), 4u);
  ASSERT_EQ(half.failures.size(), 1u) << half.FailureText();
  EXPECT_EQ(half.failures[0].reason.rfind("truncated WARC record #", 0), 0u);
}

TEST(Warc, TruncatedUncompressedRecord) {
  std::string w = WarcRecord("resource", "http://a.example/1", "text/plain", "first record\n") +
                  WarcRecord("resource", "http://a.example/2", "text/plain",
                             "second record, cut before its end\n");
  w.resize(w.size() - 20);
  Collected c = ReadBytes("cut.warc", w);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].bytes, "first record\n");
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_EQ(c.failures[0].source, "cut.warc#2");
  EXPECT_EQ(c.failures[0].reason, "truncated WARC record #2 (content ends after 18 of 34 bytes)");
}

TEST(Warc, BadContentLengthResyncs) {
  std::string bad =
      "WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\n"
      "Content-Length: twelve\r\n\r\nsome body that is lost\r\n\r\n";
  std::string w = WarcRecord("resource", "http://a.example/1", "text/plain", "kept one\n") + bad +
                  WarcRecord("resource", "http://a.example/3", "text/plain", "kept three\n");
  Collected c = ReadBytes("r.warc", w);
  ASSERT_EQ(c.docs.size(), 2u) << c.FailureText();
  EXPECT_EQ(c.docs[0].source, "r.warc#1");
  EXPECT_EQ(c.docs[1].source, "r.warc#3");
  EXPECT_EQ(c.docs[1].bytes, "kept three\n");
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_EQ(c.failures[0].source, "r.warc#2");
  EXPECT_EQ(c.failures[0].reason, "bad Content-Length 'twelve'");
}

TEST(Warc, Warc10BracketsSniffingAndJunk) {
  std::string page = "<!DOCTYPE html><html><body><p>Ratusz otwarto ponownie.</p></body></html>";
  std::string w =
      WarcRecord("response", "<http://www.miasto.example/ratusz>", "application/http",
                 HttpResponse({"Server: test"}, page), "WARC/1.0") +
      "stray line left by a broken tool\r\n" +
      WarcRecord("response", "<http://www.miasto.example/logo>", "application/http",
                 HttpResponse({"Server: test"}, std::string("GIF89a\0\0\1\0", 10)), "WARC/1.0") +
      WarcRecord("revisit", "http://www.miasto.example/ratusz", "application/http",
                 "HTTP/1.1 200 OK\r\n\r\n") +
      WarcRecord("resource", "http://miasto.example/n.txt", "text/plain", "Notatka.\n");
  Collected c = ReadBytes("m.warc", w);
  ASSERT_EQ(c.docs.size(), 2u) << c.FailureText();
  EXPECT_EQ(c.docs[0].source, "m.warc#1");
  EXPECT_EQ(c.docs[0].url, "http://www.miasto.example/ratusz");
  EXPECT_EQ(c.docs[0].site, "miasto.example");
  EXPECT_EQ(c.docs[0].format, Format::kHtml);  // no Content-Type: sniffed
  EXPECT_EQ(c.docs[0].bytes, page);
  EXPECT_EQ(c.docs[0].declared_charset, "");
  EXPECT_EQ(c.docs[1].source, "m.warc#4");
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_EQ(c.failures[0].source, "m.warc");
  EXPECT_EQ(c.failures[0].reason,
            "unexpected data after WARC record #1, skipped to the next record");
}

TEST(Warc, TooLargeRecordIsSkippedOthersKept) {
  std::string big = "<html><body>" + std::string(3000, 'z') + "</body></html>";
  std::string w = WarcRecord("response", "http://a.example/big", "application/http",
                             HttpResponse({"Content-Type: text/html"}, big)) +
                  WarcRecord("response", "http://a.example/video", "application/http",
                             HttpResponse({"Content-Type: video/mp4"}, std::string(5000, '\1'))) +
                  WarcRecord("resource", "http://a.example/ok", "text/html", "<p>short</p>");
  IngestOptions options;
  options.max_document_bytes = 1000;
  Collected c = ReadBytes("big.warc", w, options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].source, "big.warc#3");
  ASSERT_EQ(c.failures.size(), 1u) << c.FailureText();  // the video is skipped silently
  EXPECT_EQ(c.failures[0].source, "big.warc#1");
  EXPECT_EQ(c.failures[0].reason, "too large: 3.0 KB, limit 1000 bytes");
}

}  // namespace
}  // namespace parallax
