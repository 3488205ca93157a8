// The entry points: ReadInputs (paths, directories, standard input),
// ReadBuffer (bytes in memory), EstimateInputBytes, and the dispatcher that
// sends each input to the reader its content calls for.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <new>
#include <set>
#include <utility>
#include <vector>

#include "ingest/internal.h"
#include "parallax/error.h"

namespace parallax {

namespace {

using ingest::ByteStream;
using ingest::Input;

std::string BaseName(std::string_view path) {
  size_t cut = path.find_last_of("/!");
  return std::string(cut == std::string_view::npos ? path : path.substr(cut + 1));
}

// "binary content (NUL bytes), not a text or HTML document", or with the
// name's promise: "binary content (NUL bytes) in a file named .html".
std::string BinaryReason(std::string_view head, std::string_view name) {
  std::string what = head.find('\0') != std::string_view::npos
                         ? "binary content (NUL bytes)"
                         : "binary content (mostly control bytes)";
  for (std::string_view ext : {".html", ".htm", ".xhtml", ".txt", ".md", ".text"}) {
    if (ingest::EndsWithNoCase(name, ext)) return what + " in a file named " + std::string(ext);
  }
  return what + ", not a text or HTML document";
}

void Fail(const IngestSink& sink, std::string source, std::string reason) {
  if (sink.on_failure) sink.on_failure(InputFailure{std::move(source), std::move(reason)});
}

// Reads a text or HTML document whole from `stream` (the input's content,
// decompressed if `compressed`) and hands it to the sink.
void EmitDocument(const Input& input, Format format, ByteStream& stream, bool compressed,
                  std::string* owned, const IngestOptions& options, const IngestSink& sink) {
  const uint64_t limit = options.max_document_bytes;
  if (!compressed && input.size_known && input.size > limit) {
    throw InputError(ingest::TooLargeReason(input.size, limit));
  }
  RawDocument doc;
  if (!compressed && owned != nullptr) {
    doc.bytes = std::move(*owned);
  } else {
    doc.bytes =
        ingest::ReadUpTo(stream, static_cast<size_t>(std::min<uint64_t>(limit, SIZE_MAX - 1)) + 1);
    if (doc.bytes.size() > limit) {
      throw InputError(compressed ? ingest::TooLargeDecompressedReason(limit)
                                  : "too large: over " + ingest::FormatBytes(limit) + ", limit " +
                                        ingest::FormatBytes(limit));
    }
  }
  doc.source = input.source;
  doc.container = input.container;
  doc.format = format;
  if (sink.on_document) sink.on_document(std::move(doc));
}

// Calls `fn`, turning what it throws for bad input into a failure of `source`.
// parallax errors that are not about the input (StoreError from a sink) go on.
template <typename Fn>
void Guarded(const IngestSink& sink, const std::string& source, Fn&& fn) {
  try {
    fn();
  } catch (const InputError& e) {
    Fail(sink, source, e.what());
  } catch (const Error&) {
    throw;
  } catch (const std::bad_alloc&) {
    Fail(sink, source, "out of memory while reading");
  } catch (const std::exception& e) {
    Fail(sink, source, std::string("unexpected error while reading: ") + e.what());
  }
}

struct DirKey {
  dev_t dev;
  ino_t ino;
  bool operator<(const DirKey& o) const { return dev != o.dev ? dev < o.dev : ino < o.ino; }
};

// One ReadInputs or EstimateInputBytes call: the directory walk state.
class Walker {
 public:
  Walker(const IngestOptions& options, const IngestSink* sink) : options_(options), sink_(sink) {}

  uint64_t total() const { return total_; }

  void Path(const std::string& path) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      int err = errno;
      struct stat lst;
      if (::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
        Fail(err == ELOOP ? "symlink loop (" : "dangling symlink (", path, err);
      } else {
        Fail("", path, err);
      }
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      Dir(path, st);
    } else if (S_ISREG(st.st_mode)) {
      if (sink_ == nullptr) {
        total_ += static_cast<uint64_t>(st.st_size);
      } else {
        File(path, st);
      }
    } else if (sink_ != nullptr) {
      parallax::Fail(*sink_, path, "not a regular file or directory");
    }
  }

 private:
  void Fail(const char* prefix, const std::string& path, int err) {
    if (sink_ == nullptr) return;
    std::string reason = std::strerror(err);
    if (*prefix != '\0') reason = prefix + reason + ")";
    parallax::Fail(*sink_, path, reason);
  }

  void Dir(const std::string& path, const struct stat& st) {
    DirKey key{st.st_dev, st.st_ino};
    if (open_dirs_.count(key) != 0) {
      if (sink_ != nullptr) {
        parallax::Fail(*sink_, path, "symlink loop (directory already being read), skipped");
      }
      return;
    }
    if (!seen_dirs_.insert(key).second) return;  // reached again through a link
    DIR* dir = ::opendir(path.c_str());
    if (dir == nullptr) {
      Fail("", path, errno);
      return;
    }
    std::vector<std::string> names;
    while (struct dirent* entry = ::readdir(dir)) {
      std::string name = entry->d_name;
      if (name == "." || name == "..") continue;
      if (options_.skip_hidden && name[0] == '.') continue;
      names.push_back(std::move(name));
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    open_dirs_.insert(key);
    std::string prefix = path;
    if (prefix.empty() || prefix.back() != '/') prefix += '/';
    for (const std::string& name : names) Path(prefix + name);
    open_dirs_.erase(key);
  }

  void File(const std::string& path, const struct stat& st) {
    const IngestSink& sink = *sink_;
    if (st.st_size == 0) {
      parallax::Fail(sink, path, "empty (0 bytes)");
      return;
    }
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      Fail("", path, errno);
      return;
    }
    ingest::FdStream stream(fd, sink.on_progress);
    Input input;
    input.source = path;
    input.container = "file";
    input.name = BaseName(path);
    input.stream = &stream;
    input.path = path;
    input.size_known = true;
    input.size = static_cast<uint64_t>(st.st_size);
    try {
      Guarded(sink, path, [&] { ingest::Dispatch(input, nullptr, options_, sink); });
    } catch (...) {
      ::close(fd);
      throw;
    }
    ::close(fd);
    stream.Flush();
    if (sink.on_progress && input.size > stream.total())
      sink.on_progress(input.size - stream.total());
  }

  const IngestOptions& options_;
  const IngestSink* sink_;  // null: only count bytes
  uint64_t total_ = 0;
  std::set<DirKey> open_dirs_;  // directories being walked (loop check)
  std::set<DirKey> seen_dirs_;  // directories walked already
};

}  // namespace

namespace ingest {

void Dispatch(Input& input, std::string* owned, const IngestOptions& options,
              const IngestSink& sink) {
  std::string head = ReadUpTo(*input.stream, kHeadBytes);
  if (head.empty()) throw InputError("empty (0 bytes)");
  Format format = DetectFormat(head, input.name);
  PrefixStream raw(head, *input.stream);
  Input whole = input;  // the same input, readable from the start
  whole.stream = &raw;

  if (format == Format::kArchive) {
    if (input.depth > options.max_archive_depth) {
      throw InputError("archive nested more than " + std::to_string(options.max_archive_depth) +
                       " levels deep, not opened");
    }
    ReadArchive(whole, options, sink);
    return;
  }
  if (format == Format::kGzip) {
    GzipStream gz(raw);
    std::exception_ptr pending;
    std::string inner_head = ReadUpTo(gz, kHeadBytes, &pending);
    if (inner_head.empty()) throw InputError("empty (0 bytes after gunzip)");
    std::string inner_name = StripGzipSuffix(input.name);
    Format inner = DetectFormat(inner_head, inner_name);
    PrefixStream content(inner_head, gz, pending);
    switch (inner) {
      case Format::kWarc:
        ReadWarc(content, input.source, options, sink);
        return;
      case Format::kJsonl:
        if (Trim(inner_head).substr(0, 1) == "[") {
          ReadJsonArray(content, input.source, options, sink);
        } else {
          ReadJsonl(content, input.source, options, sink);
        }
        return;
      case Format::kArchive:
        if (input.depth > options.max_archive_depth) {
          throw InputError("archive nested more than " + std::to_string(options.max_archive_depth) +
                           " levels deep, not opened");
        }
        if (input.memory == nullptr && input.path.empty()) whole.stream = &content;
        ReadArchive(whole, options, sink);
        return;
      case Format::kGzip:
        throw InputError("gzip inside gzip, not read");
      case Format::kBinary:
        throw InputError(BinaryReason(inner_head, inner_name));
      default:
        EmitDocument(input, inner, content, /*compressed=*/true, nullptr, options, sink);
        return;
    }
  }
  switch (format) {
    case Format::kWarc:
      ReadWarc(raw, input.source, options, sink);
      return;
    case Format::kJsonl:
      if (Trim(head).substr(0, 1) == "[" ||
          (head.size() > 3 && head.substr(0, 3) == "\xEF\xBB\xBF" &&
           Trim(head.substr(3)).substr(0, 1) == "[")) {
        ReadJsonArray(raw, input.source, options, sink);
      } else {
        ReadJsonl(raw, input.source, options, sink);
      }
      return;
    case Format::kBinary:
      if (input.size_known && input.size > options.max_document_bytes) {
        throw InputError(TooLargeReason(input.size, options.max_document_bytes));
      }
      throw InputError(BinaryReason(head, input.name));
    default:
      EmitDocument(input, format == Format::kHtml ? Format::kHtml : Format::kText, raw,
                   /*compressed=*/false, owned, options, sink);
      return;
  }
}

}  // namespace ingest

void ReadBuffer(std::string source, std::string container, std::string bytes,
                const IngestOptions& options, const IngestSink& sink, int depth) {
  ingest::MemoryStream stream(bytes);
  Input input;
  input.source = std::move(source);
  input.container = std::move(container);
  input.name = input.source == "-" ? "" : BaseName(input.source);
  input.stream = &stream;
  input.memory = &bytes;
  input.size_known = true;
  input.size = bytes.size();
  input.depth = depth;
  Guarded(sink, input.source, [&] { ingest::Dispatch(input, &bytes, options, sink); });
}

void ReadInputs(const std::vector<std::string>& paths, const IngestOptions& options,
                const IngestSink& sink) {
  for (const std::string& path : paths) {
    if (path == "-") {
      ingest::FdStream stream(STDIN_FILENO, sink.on_progress);
      Input input;
      input.source = "-";
      input.container = "stdin";
      input.stream = &stream;
      Guarded(sink, "-", [&] { ingest::Dispatch(input, nullptr, options, sink); });
      stream.Flush();
      continue;
    }
    Walker walker(options, &sink);
    Guarded(sink, path, [&] { walker.Path(path); });
  }
}

uint64_t EstimateInputBytes(const std::vector<std::string>& paths, const IngestOptions& options) {
  uint64_t total = 0;
  for (const std::string& path : paths) {
    if (path == "-") continue;
    try {
      Walker walker(options, nullptr);
      walker.Path(path);
      total += walker.total();
    } catch (...) {
      // Never throws: an estimate without this path.
    }
  }
  return total;
}

}  // namespace parallax
