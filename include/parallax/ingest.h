// parallax: readers. Turn paths (files, directories, archives, WARC, JSONL,
// standard input) into RawDocuments, and every unreadable input into an
// InputFailure. The format is detected from the content, the name is a hint.
#ifndef PARALLAX_INGEST_H_
#define PARALLAX_INGEST_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

enum class Format {
  kUnknown,
  kText,  // plain text, Markdown
  kHtml,
  kJsonl,    // one JSON object per line
  kWarc,     // WARC (uncompressed; gzip is peeled off first)
  kGzip,     // a gzip stream around something else
  kArchive,  // tar, zip, other libarchive formats (possibly compressed)
  kBinary,   // none of the above and not text
};

const char* FormatName(Format format);

// The detected format of `head` (the first few KiB of an input, already
// decompressed if it was gzip, or not), with `name` as a hint only.
// Never throws. UTF-16 text (with or without BOM) is kText, not kBinary.
Format DetectFormat(std::string_view head, std::string_view name);

// One document as a reader found it, before decoding.
struct RawDocument {
  std::string source;             // "path", "archive.tar.gz!dir/a.html", "feed.jsonl:17",
                                  // "crawl.warc.gz#3" (record number), "-" for stdin
  std::string container;          // "file", "stdin", "jsonl", "warc", "tar", "zip", ...
  Format format = Format::kText;  // kText or kHtml
  std::string bytes;              // the content, decompressed, not decoded
  // Set when the bytes are known to be UTF-8 already (JSONL strings).
  bool utf8 = false;
  // Charset declared outside the bytes (HTTP Content-Type in WARC), or empty.
  std::string declared_charset;
  // Metadata the container gives (JSONL fields, WARC headers); empty if unknown.
  std::string url;
  std::string title;
  std::string site;
  std::string published;  // as given; normalised by the pipeline
  std::string lang_hint;  // ISO 639-1 as given (JSONL "lang", HTTP Content-Language)
};

// One input that could not be read. `source` names it as RawDocument::source
// would; `reason` says why in one line ("truncated gzip stream", "binary
// content (NUL bytes) in a file named .html", "0 bytes", ...).
struct InputFailure {
  std::string source;
  std::string reason;
};

struct IngestOptions {
  // A single document (file, member, record, JSONL text) larger than this is
  // skipped with a reason. Containers (WARC, tar, JSONL) may be larger: they
  // are streamed. 64 MiB: far above any news article (the largest page in
  // ../shared/data/extraction is under 3 MiB), small enough for 2 workers.
  uint64_t max_document_bytes = 64ull << 20;
  // Archives inside archives are opened to this depth.
  int max_archive_depth = 3;
  // Skip files and folders whose name starts with '.'.
  bool skip_hidden = true;
};

// Receives what the readers find. Called on the reading thread, in input order.
struct IngestSink {
  std::function<void(RawDocument&&)> on_document;
  std::function<void(InputFailure&&)> on_failure;
  // Called as input bytes are consumed, with the number of bytes consumed
  // since the previous call (a delta, so the sum over a run is the size of
  // the inputs read); coarse is fine (per file, or per MiB of a stream).
  // May be empty.
  std::function<void(uint64_t bytes_consumed)> on_progress;
};

// Reads every path ("-" is standard input) and reports each document and
// each failure to `sink`. Never throws for bad input: every problem becomes
// an InputFailure and reading goes on with the next input. Directories are
// walked recursively in sorted order.
void ReadInputs(const std::vector<std::string>& paths, const IngestOptions& options,
                const IngestSink& sink);

// Reads one in-memory input (used for stdin and archive members, and by
// tests): detects its format and dispatches to the right reader.
void ReadBuffer(std::string source, std::string container, std::string bytes,
                const IngestOptions& options, const IngestSink& sink, int depth = 0);

// Total size in bytes of regular files under `paths` (0 for stdin), for
// progress estimates. Never throws.
uint64_t EstimateInputBytes(const std::vector<std::string>& paths, const IngestOptions& options);

}  // namespace parallax

#endif  // PARALLAX_INGEST_H_
