// WARC 1.0 / 1.1: response records carrying HTTP, and resource records.
// Streamed record by record; only HTML and plain-text payloads are kept.
// A bad record is one failure and the reader resyncs on the next "WARC/1."
// line; a truncated stream is one failure after every record before it.
#include <algorithm>
#include <utility>
#include <vector>

#include "ingest/internal.h"
#include "parallax/error.h"

namespace parallax::ingest {

namespace {

// Longest WARC header line and header block kept. Real headers are a few
// hundred bytes; 64 KiB leaves room for very long target URIs.
constexpr size_t kMaxHeaderLine = 64 << 10;
constexpr size_t kMaxHeaderBlock = 256 << 10;
// HTTP headers of a response, read before deciding whether the payload is
// kept. 64 KiB: the common server limit for a header block (nginx's
// large_client_header_buffers default is 4 x 8 KiB, Apache's 8 KiB per line).
constexpr uint64_t kMaxHttpHeader = 64 << 10;

// A problem with one record: reported for it, then the reader resyncs.
class RecordError : public InputError {
 public:
  using InputError::InputError;
};

// A problem of the stream (truncation, read error): the reader stops.
class StreamError : public InputError {
 public:
  using InputError::InputError;
};

struct Headers {
  std::vector<std::pair<std::string, std::string>> fields;  // lower-case name, value
  std::string Get(std::string_view name) const {
    for (const auto& [key, value] : fields) {
      if (key == name) return value;
    }
    return "";
  }
  // "Name: value" lines (continuation lines start with space or tab).
  void Add(std::string_view line) {
    if (!line.empty() && (line.front() == ' ' || line.front() == '\t') && !fields.empty()) {
      fields.back().second += ' ';
      fields.back().second += Trim(line);
      return;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) return;
    fields.emplace_back(AsciiLower(Trim(line.substr(0, colon))),
                        std::string(Trim(line.substr(colon + 1))));
  }
};

// "text/html; charset=UTF-8" -> media "text/html", charset "UTF-8".
void SplitContentType(std::string_view value, std::string* media, std::string* charset) {
  size_t semi = value.find(';');
  *media = AsciiLower(Trim(value.substr(0, semi)));
  charset->clear();
  while (semi != std::string_view::npos) {
    std::string_view rest = value.substr(semi + 1);
    semi = rest.find(';');
    std::string_view param = Trim(rest.substr(0, semi));
    if (StartsWithNoCase(param, "charset=")) {
      std::string_view v = Trim(param.substr(8));
      if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
      *charset = std::string(Trim(v));
    }
    value = rest;
  }
}

bool KeptMedia(std::string_view media) {
  return media == "text/html" || media == "application/xhtml+xml" || media == "text/plain";
}

// "de-AT, en;q=0.5" -> "de".
std::string FirstLanguage(std::string_view value) {
  std::string_view first = Trim(value.substr(0, value.find_first_of(",;")));
  return AsciiLower(first.substr(0, first.find_first_of("-_")));
}

uint64_t ParseLength(std::string_view s, bool* ok) {
  s = Trim(s);
  *ok = !s.empty() && s.size() <= 18 &&
        std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  uint64_t n = 0;
  if (*ok) {
    for (char c : s) n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  return n;
}

// Transfer-Encoding: chunked. A body that does not start with a chunk size
// was stored already dechunked (some crawlers do) and is returned as it is.
std::string Dechunk(std::string_view body) {
  std::string out;
  size_t pos = 0;
  bool first = true;
  for (;;) {
    size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) {
      if (first) return std::string(body);
      break;  // ends without the last chunk: keep what came
    }
    std::string_view size_text = Trim(body.substr(pos, nl - pos));
    size_text = size_text.substr(0, size_text.find(';'));
    size_t size = 0;
    bool ok = !size_text.empty() && size_text.size() <= 15;
    for (char c : size_text) {
      int digit = (c >= '0' && c <= '9')   ? c - '0'
                  : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                  : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                           : -1;
      if (digit < 0) ok = false;
      if (ok) size = size * 16 + static_cast<size_t>(digit);
    }
    if (!ok) {
      if (first) return std::string(body);
      throw RecordError("bad chunked HTTP body (chunk size '" + std::string(size_text) + "')");
    }
    first = false;
    if (size == 0) break;
    pos = nl + 1;
    out.append(body.substr(pos, std::min(size, body.size() - pos)));
    pos = std::min(body.size(), pos + size);
    if (body.substr(pos, 2) == "\r\n") {
      pos += 2;
    } else if (body.substr(pos, 1) == "\n") {
      pos += 1;
    }
    if (pos >= body.size()) break;
  }
  return out;
}

std::string Decode(std::string body, std::string_view encoding, uint64_t limit) {
  std::string enc = AsciiLower(Trim(encoding));
  if (enc.empty() || enc == "identity") return body;
  bool gzip = enc == "gzip" || enc == "x-gzip";
  if (gzip || enc == "deflate") {
    if (gzip && body.substr(0, 2) != "\x1f\x8b") return body;  // stored decoded
    Format looks = DetectFormat(std::string_view(body).substr(0, kHeadBytes), "");
    if (!gzip && (looks == Format::kHtml)) return body;
    try {
      return InflateBody(body, /*raw_deflate_ok=*/!gzip, limit);
    } catch (const InputError& e) {
      throw RecordError(e.what());
    }
  }
  throw RecordError("unsupported Content-Encoding '" + std::string(Trim(encoding)) + "'");
}

class WarcReader {
 public:
  WarcReader(ByteStream& in, const std::string& source, const IngestOptions& options,
             const IngestSink& sink)
      : reader_(in), source_(source), options_(options), sink_(sink) {}

  void Run() {
    bool resyncing = false;
    for (;;) {
      try {
        if (!FindRecordStart(resyncing)) return;
      } catch (const InputError& e) {
        StreamFailure(number_ + 1, e.what());
        return;
      }
      ++number_;
      resyncing = false;
      try {
        Record();
      } catch (const StreamError& e) {
        Fail(Where(), e.what());
        return;
      } catch (const RecordError& e) {
        Fail(Where(), e.what());
        resyncing = true;
      } catch (const InputError& e) {  // from the stream under the reader
        StreamFailure(number_, e.what());
        return;
      }
    }
  }

 private:
  std::string Where() const { return source_ + "#" + std::to_string(number_); }

  void Fail(std::string source, std::string reason) {
    if (sink_.on_failure) sink_.on_failure(InputFailure{std::move(source), std::move(reason)});
  }

  void StreamFailure(uint64_t number, const std::string& what) {
    bool truncated = what.rfind("truncated", 0) == 0;
    Fail(source_ + "#" + std::to_string(number),
         (truncated ? "truncated WARC record #" : "unreadable WARC record #") +
             std::to_string(number) + " (" + what + ")");
  }

  // Skips blank lines (and, after a bad record, anything) up to the next
  // "WARC/1." line. Returns false at the end of input.
  bool FindRecordStart(bool resyncing) {
    bool junk = false;
    while (reader_.ReadLine(&line_, kMaxHeaderLine)) {
      if (line_.rfind("WARC/1.", 0) == 0) {
        ReportJunk(junk);
        return true;
      }
      if (!Trim(line_).empty() && !resyncing) junk = true;
    }
    ReportJunk(junk);
    return false;
  }

  void ReportJunk(bool junk) {
    if (!junk) return;
    Fail(source_, number_ == 0 ? "data before the first WARC record, skipped"
                               : "unexpected data after WARC record #" + std::to_string(number_) +
                                     ", skipped to the next record");
  }

  uint64_t Truncated(uint64_t got, uint64_t want) {
    throw StreamError("truncated WARC record #" + std::to_string(number_) +
                      " (content ends after " + std::to_string(got) + " of " +
                      std::to_string(want) + " bytes)");
  }

  void ReadExactly(uint64_t n, std::string* out) {
    uint64_t got = reader_.Read(n, out);
    if (got < n) Truncated(got, n);
  }

  void SkipExactly(uint64_t n, uint64_t already, uint64_t total) {
    uint64_t got = reader_.Skip(n);
    if (got < n) Truncated(already + got, total);
  }

  void Record() {
    Headers warc;
    size_t block = 0;
    bool too_long = false;
    for (;;) {
      if (!reader_.ReadLine(&line_, kMaxHeaderLine, &too_long)) {
        throw StreamError("truncated WARC record #" + std::to_string(number_) +
                          " (ends inside the WARC headers)");
      }
      if (line_.empty()) break;
      block += line_.size();
      if (too_long || block > kMaxHeaderBlock) {
        throw RecordError("WARC headers over " + FormatBytes(kMaxHeaderBlock));
      }
      warc.Add(line_);
    }
    bool ok = false;
    std::string length_text = warc.Get("content-length");
    uint64_t length = ParseLength(length_text, &ok);
    if (!ok) {
      throw RecordError(length_text.empty() ? "WARC record without Content-Length"
                                            : "bad Content-Length '" + length_text + "'");
    }
    std::string type = AsciiLower(warc.Get("warc-type"));
    std::string warc_media, warc_charset;
    SplitContentType(warc.Get("content-type"), &warc_media, &warc_charset);
    if (type == "response" && (warc_media == "application/http" || warc_media.empty())) {
      Response(warc, length);
    } else if (type == "response" || type == "resource") {
      Resource(warc, length, warc_media, warc_charset);
    } else {
      SkipExactly(length, 0, length);  // request, metadata, warcinfo, revisit, ...
    }
  }

  RawDocument NewDocument(const Headers& warc, Format format) {
    RawDocument doc;
    doc.source = Where();
    doc.container = "warc";
    doc.format = format;
    const std::string target = warc.Get("warc-target-uri");
    std::string_view uri = Trim(target);
    if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') {
      uri = uri.substr(1, uri.size() - 2);
    }
    doc.url = std::string(uri);
    doc.site = SiteOfUrl(doc.url);
    return doc;
  }

  void Emit(RawDocument&& doc) {
    if (doc.bytes.empty()) throw RecordError("empty (0 bytes) payload");
    if (doc.bytes.size() > options_.max_document_bytes) {
      throw RecordError(TooLargeReason(doc.bytes.size(), options_.max_document_bytes));
    }
    if (sink_.on_document) sink_.on_document(std::move(doc));
  }

  void Resource(const Headers& warc, uint64_t length, const std::string& media,
                const std::string& charset) {
    if (!KeptMedia(media)) {
      SkipExactly(length, 0, length);
      return;
    }
    if (length > options_.max_document_bytes) {
      SkipExactly(length, 0, length);
      throw RecordError(TooLargeReason(length, options_.max_document_bytes));
    }
    RawDocument doc = NewDocument(warc, media == "text/plain" ? Format::kText : Format::kHtml);
    ReadExactly(length, &doc.bytes);
    doc.declared_charset = charset;
    Emit(std::move(doc));
  }

  void Response(const Headers& warc, uint64_t length) {
    std::string block;
    uint64_t first = std::min(length, kMaxHttpHeader);
    ReadExactly(first, &block);
    size_t end = block.find("\r\n\r\n");
    size_t header_len = end == std::string::npos ? std::string::npos : end + 4;
    if (size_t lf = block.find("\n\n"); lf != std::string::npos && lf + 2 < header_len) {
      header_len = lf + 2;
    }
    if (header_len == std::string::npos) {
      SkipExactly(length - first, first, length);
      if (first == length) return;  // headers only, no body
      throw RecordError("HTTP headers over " + FormatBytes(kMaxHttpHeader));
    }
    std::string_view head(block.data(), header_len);
    size_t nl = head.find('\n');
    std::string_view status_line = Trim(head.substr(0, nl));
    if (status_line.rfind("HTTP/", 0) != 0) {
      SkipExactly(length - first, first, length);
      throw RecordError("response record without an HTTP status line");
    }
    size_t sp = status_line.find(' ');
    std::string_view code = sp == std::string_view::npos ? "" : Trim(status_line.substr(sp + 1));
    if (code.empty() || code.front() != '2') {  // redirects, errors: not articles
      SkipExactly(length - first, first, length);
      return;
    }
    Headers http;
    size_t pos = nl + 1;
    while (pos < header_len) {
      size_t eol = head.find('\n', pos);
      if (eol == std::string_view::npos) eol = header_len;
      std::string_view h = head.substr(pos, eol - pos);
      if (!h.empty() && h.back() == '\r') h.remove_suffix(1);
      if (!h.empty()) http.Add(h);
      pos = eol + 1;
    }
    std::string media, charset;
    SplitContentType(http.Get("content-type"), &media, &charset);
    if (!media.empty() && !KeptMedia(media)) {
      SkipExactly(length - first, first, length);
      return;
    }
    uint64_t body_len = length - header_len;
    if (body_len > options_.max_document_bytes) {
      SkipExactly(length - first, first, length);
      throw RecordError(TooLargeReason(body_len, options_.max_document_bytes));
    }
    std::string body = block.substr(header_len);
    block.clear();
    ReadExactly(length - first, &body);
    if (AsciiLower(http.Get("transfer-encoding")).find("chunked") != std::string::npos) {
      body = Dechunk(body);
    }
    body = Decode(std::move(body), http.Get("content-encoding"), options_.max_document_bytes);
    Format format = Format::kHtml;
    if (media.empty()) {  // no Content-Type: keep only what looks like a page or text
      format = DetectFormat(std::string_view(body).substr(0, kHeadBytes), "");
      if (format != Format::kHtml && format != Format::kText) return;
    } else if (media == "text/plain") {
      format = Format::kText;
    }
    RawDocument doc = NewDocument(warc, format);
    doc.bytes = std::move(body);
    doc.declared_charset = charset;
    doc.lang_hint = FirstLanguage(http.Get("content-language"));
    Emit(std::move(doc));
  }

  LineReader reader_;
  const std::string& source_;
  const IngestOptions& options_;
  const IngestSink& sink_;
  std::string line_;
  uint64_t number_ = 0;
};

}  // namespace

void ReadWarc(ByteStream& in, const std::string& source, const IngestOptions& options,
              const IngestSink& sink) {
  WarcReader(in, source, options, sink).Run();
}

}  // namespace parallax::ingest
