// Archives through libarchive: tar (plain, gzip, bzip2, xz, zstd), zip, and
// whatever else libarchive reads. Every regular member goes back through
// ReadBuffer at depth + 1 as "archive!member/path".
#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <vector>

#include "ingest/internal.h"
#include "parallax/error.h"

namespace parallax::ingest {

namespace {

// libarchive read block size for files and callbacks: 64 KiB, as ReadUpTo.
constexpr size_t kBlock = 64 << 10;

struct ArchiveCloser {
  void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveCloser>;

// Callback state for reading from a ByteStream (standard input).
struct StreamClient {
  ByteStream* stream = nullptr;
  std::vector<char> buffer = std::vector<char>(kBlock);
  std::string error;
};

la_ssize_t ReadCallback(archive* a, void* data, const void** out) {
  auto* client = static_cast<StreamClient*>(data);
  try {
    size_t got = client->stream->Read(client->buffer.data(), client->buffer.size());
    *out = client->buffer.data();
    return static_cast<la_ssize_t>(got);
  } catch (const std::exception& e) {
    client->error = e.what();
    archive_set_error(a, EIO, "%s", e.what());
    return -1;
  }
}

std::string ContainerName(archive* a) {
  switch (archive_format(a) & ARCHIVE_FORMAT_BASE_MASK) {
    case ARCHIVE_FORMAT_TAR:
      return "tar";
    case ARCHIVE_FORMAT_ZIP:
      return "zip";
    case ARCHIVE_FORMAT_7ZIP:
      return "7z";
    case ARCHIVE_FORMAT_CPIO:
      return "cpio";
    case ARCHIVE_FORMAT_AR:
      return "ar";
    case ARCHIVE_FORMAT_ISO9660:
      return "iso9660";
    case ARCHIVE_FORMAT_RAR:
      return "rar";
    case ARCHIVE_FORMAT_RAR_V5:
      return "rar";
    case ARCHIVE_FORMAT_XAR:
      return "xar";
    case ARCHIVE_FORMAT_LHA:
      return "lha";
    case ARCHIVE_FORMAT_CAB:
      return "cab";
    default:
      return "archive";
  }
}

std::string ErrorText(archive* a) {
  const char* s = archive_error_string(a);
  return s != nullptr ? s : "unknown libarchive error";
}

// Mac OS resource forks and, with skip_hidden, hidden files or folders.
bool SkipMember(std::string_view path, const IngestOptions& options) {
  if (path.rfind("__MACOSX/", 0) == 0) return true;
  if (!options.skip_hidden) return false;
  size_t start = 0;
  while (start < path.size()) {
    size_t slash = path.find('/', start);
    std::string_view part = path.substr(start, slash - start);
    if (!part.empty() && part.front() == '.' && part != "." && part != "..") return true;
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return false;
}

void Fail(const IngestSink& sink, std::string source, std::string reason) {
  if (sink.on_failure) sink.on_failure(InputFailure{std::move(source), std::move(reason)});
}

}  // namespace

void ReadArchive(const Input& input, const IngestOptions& options, const IngestSink& sink) {
  ArchivePtr a(archive_read_new());
  if (!a) throw InputError("cannot start libarchive (out of memory)");
  archive_read_support_filter_all(a.get());
  archive_read_support_format_all(a.get());
  // A lone compressed file (page.html.bz2) reads as one "raw" member.
  archive_read_support_format_raw(a.get());

  StreamClient client;
  client.stream = input.stream;
  int rc;
  if (input.memory != nullptr) {
    rc = archive_read_open_memory(a.get(), input.memory->data(), input.memory->size());
  } else if (!input.path.empty()) {
    rc = archive_read_open_filename(a.get(), input.path.c_str(), kBlock);
  } else {
    rc = archive_read_open(a.get(), &client, nullptr, ReadCallback, nullptr);
  }
  if (rc != ARCHIVE_OK) throw InputError("unreadable archive (" + ErrorText(a.get()) + ")");

  const uint64_t limit = options.max_document_bytes;
  for (;;) {
    archive_entry* entry = nullptr;
    rc = archive_read_next_header(a.get(), &entry);
    if (rc == ARCHIVE_EOF) break;
    if (rc == ARCHIVE_RETRY) continue;
    if (rc < ARCHIVE_WARN) {
      throw InputError("corrupt " + ContainerName(a.get()) + " archive (" + ErrorText(a.get()) +
                       ")");
    }
    bool raw = (archive_format(a.get()) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_RAW;
    if (raw && archive_filter_code(a.get(), 0) == ARCHIVE_FILTER_NONE) {
      // Not an archive nor compressed: reading it again would loop.
      throw InputError("unrecognized archive format");
    }
    if (archive_entry_filetype(entry) != AE_IFREG) continue;
    const char* name_c = archive_entry_pathname_utf8(entry);
    if (name_c == nullptr) name_c = archive_entry_pathname(entry);
    std::string name = name_c != nullptr ? name_c : "";
    if (!raw && SkipMember(name, options)) continue;
    std::string container = raw ? input.container : ContainerName(a.get());
    std::string source = raw ? input.source : input.source + "!" + name;

    if (archive_entry_size_is_set(entry) &&
        static_cast<uint64_t>(archive_entry_size(entry)) > limit) {
      Fail(sink, source, TooLargeReason(static_cast<uint64_t>(archive_entry_size(entry)), limit));
      continue;  // the next header call skips the data
    }
    std::string bytes;
    bool over = false;
    bool failed = false;
    char buf[kBlock];
    for (;;) {
      la_ssize_t got = archive_read_data(a.get(), buf, sizeof(buf));
      if (got == 0) break;
      if (got < 0) {
        if (got == ARCHIVE_WARN || got == ARCHIVE_RETRY) continue;
        Fail(sink, source, "unreadable " + container + " member (" + ErrorText(a.get()) + ")");
        failed = true;
        break;
      }
      if (bytes.size() + static_cast<uint64_t>(got) > limit) {
        over = true;
        break;
      }
      bytes.append(buf, static_cast<size_t>(got));
    }
    if (over) {
      Fail(sink, source,
           raw ? TooLargeDecompressedReason(limit)
               : "too large: over " + FormatBytes(limit) + ", limit " + FormatBytes(limit));
      if (raw) return;
      continue;
    }
    if (failed) {
      if (archive_errno(a.get()) != 0 && raw) return;
      continue;
    }
    ReadBuffer(std::move(source), std::move(container), std::move(bytes), options, sink,
               raw ? input.depth : input.depth + 1);
  }
}

}  // namespace parallax::ingest
