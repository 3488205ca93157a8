// parallax ingest internals: byte streams, line reading, and the readers that
// ReadInputs / ReadBuffer dispatch to. Private to src/ingest/.
//
// Error discipline: everything here throws parallax::InputError for bad
// input; the dispatcher (files.cc) turns it into an InputFailure.
#ifndef PARALLAX_SRC_INGEST_INTERNAL_H_
#define PARALLAX_SRC_INGEST_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "parallax/ingest.h"
#include "parallax/url.h"

namespace parallax::ingest {

// How many bytes of an input DetectFormat sees. 8 KiB holds the doctype,
// <html> and <head> start of every page in ../shared/data/extraction, and
// the first line of a typical JSONL feed.
inline constexpr size_t kHeadBytes = 8 << 10;

// --- Streams (stream.cc) ----------------------------------------------------

// A source of bytes read front to back. Not thread-safe.
class ByteStream {
 public:
  virtual ~ByteStream() = default;
  // Reads up to `n` bytes into `buf`; returns 0 only at the end of the input.
  // Throws InputError on a read error or corrupt data.
  virtual size_t Read(char* buf, size_t n) = 0;
};

// Bytes held by someone else; they must outlive the stream.
class MemoryStream : public ByteStream {
 public:
  explicit MemoryStream(std::string_view data) : data_(data) {}
  size_t Read(char* buf, size_t n) override;

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

// An open file descriptor (not closed by the stream). `on_bytes` is called
// with each MiB read and with the remainder at the end; may be empty.
class FdStream : public ByteStream {
 public:
  FdStream(int fd, std::function<void(uint64_t)> on_bytes)
      : fd_(fd), on_bytes_(std::move(on_bytes)) {}
  size_t Read(char* buf, size_t n) override;
  uint64_t total() const { return total_; }
  // Reports the bytes read since the last report.
  void Flush();

 private:
  int fd_;
  std::function<void(uint64_t)> on_bytes_;
  uint64_t total_ = 0;
  uint64_t unreported_ = 0;
};

// `prefix` (bytes already taken from `rest`) followed by what `rest` has left;
// or, if `pending` is set (the error that stopped reading the prefix), that
// error is thrown once the prefix is used up.
class PrefixStream : public ByteStream {
 public:
  PrefixStream(std::string prefix, ByteStream& rest, std::exception_ptr pending = nullptr)
      : prefix_(std::move(prefix)), rest_(rest), pending_(std::move(pending)) {}
  size_t Read(char* buf, size_t n) override;

 private:
  std::string prefix_;
  size_t pos_ = 0;
  ByteStream& rest_;
  std::exception_ptr pending_;
};

// The decompressed content of a gzip stream (one or more members) read from
// `in` (gzip.cc). Throws InputError "truncated gzip stream" when `in` ends
// inside a member and "corrupt gzip stream (...)" on bad data; bytes decoded
// before the problem are returned first, the error comes on the next Read.
class GzipStream : public ByteStream {
 public:
  explicit GzipStream(ByteStream& in);
  ~GzipStream() override;
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;
  size_t Read(char* buf, size_t n) override;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Up to `n` bytes from `in` (fewer only at its end). If `error` is given, an
// exception thrown after some bytes were read is stored there (and the bytes
// returned) instead of thrown.
std::string ReadUpTo(ByteStream& in, size_t n, std::exception_ptr* error = nullptr);

// Buffered reading of lines and counted blocks, for WARC and JSONL.
class LineReader {
 public:
  explicit LineReader(ByteStream& in) : in_(in) {}
  // Reads the next line into `*line` without its "\n" or "\r\n". Returns
  // false at the end of input (a last line without "\n" is still returned).
  // A line longer than `max_len` is cut: the rest is skipped and `*too_long`
  // set. `*too_long` may be null.
  bool ReadLine(std::string* line, size_t max_len, bool* too_long = nullptr);
  // Appends up to `n` bytes to `*out`; returns how many (fewer only at end).
  uint64_t Read(uint64_t n, std::string* out);
  // Skips up to `n` bytes; returns how many (fewer only at end).
  uint64_t Skip(uint64_t n);
  // True if no byte is left.
  bool AtEnd();

 private:
  bool Fill();
  ByteStream& in_;
  std::string buf_;
  size_t pos_ = 0;
  bool end_ = false;
};

// --- Helpers (util.cc) -------------------------------------------------------

// "812 bytes", "3.4 KB", "200.0 MB" (KB and MB are 1024-based, as the limit).
std::string FormatBytes(uint64_t bytes);
// "too large: 200.0 MB, limit 64.0 MB".
std::string TooLargeReason(uint64_t size, uint64_t limit);
// "too large: over 64.0 MB (decompressed), limit 64.0 MB".
std::string TooLargeDecompressedReason(uint64_t limit);
std::string AsciiLower(std::string_view s);
std::string_view Trim(std::string_view s);
bool StartsWithNoCase(std::string_view s, std::string_view prefix);
bool EndsWithNoCase(std::string_view s, std::string_view suffix);
// Strips a trailing ".gz" / ".gzip" / ".tgz"->".tar" from a file name hint.
std::string StripGzipSuffix(std::string_view name);

// Decodes an HTTP body sent with Content-Encoding gzip / x-gzip (gzip or
// zlib) or deflate (zlib or raw deflate). Output over `limit` bytes throws
// InputError (TooLargeDecompressedReason); corrupt data throws InputError.
std::string InflateBody(std::string_view data, bool raw_deflate_ok, uint64_t limit);

// --- Readers -----------------------------------------------------------------

// Where one input comes from, for the dispatcher.
struct Input {
  std::string source;                   // RawDocument::source for it
  std::string container;                // "file", "stdin", "tar", ...
  std::string name;                     // file name used as a format hint
  ByteStream* stream = nullptr;         // the raw bytes, from the start
  const std::string* memory = nullptr;  // the same bytes if in memory
  std::string path;                     // the file path if a file (for libarchive), else empty
  bool size_known = false;
  uint64_t size = 0;  // raw size if size_known
  int depth = 0;      // archive nesting depth (0 = top-level input)
};

// Detects the format and reads `input`, reporting to `sink`. Throws
// InputError for the input as a whole; the caller reports it.
void Dispatch(Input& input, std::string* memory_owned, const IngestOptions& options,
              const IngestSink& sink);

// WARC records read from `in` (already gunzipped) (warc.cc). Per-record
// problems are reported to `sink`; never throws for bad input.
void ReadWarc(ByteStream& in, const std::string& source, const IngestOptions& options,
              const IngestSink& sink);

// One JSON object per line (jsonl.cc). Never throws for bad input.
void ReadJsonl(ByteStream& in, const std::string& source, const IngestOptions& options,
               const IngestSink& sink);

// One JSON array of objects (a .json export), read whole (jsonl.cc); item
// N (1-based) is "source#N". Never throws for bad input.
void ReadJsonArray(ByteStream& in, const std::string& source, const IngestOptions& options,
                   const IngestSink& sink);

// Archive members (archive.cc), each through ReadBuffer at depth + 1.
// Throws InputError if the archive cannot be opened at all.
void ReadArchive(const Input& input, const IngestOptions& options, const IngestSink& sink);

}  // namespace parallax::ingest

#endif  // PARALLAX_SRC_INGEST_INTERNAL_H_
