// Helpers for the ingest tests: a temporary folder, gzip, tar/zip writing,
// hand-built WARC records, and a sink that collects what the readers report.
#ifndef PARALLAX_TESTS_INGEST_INGEST_TEST_UTIL_H_
#define PARALLAX_TESTS_INGEST_INGEST_TEST_UTIL_H_

#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "parallax/ingest.h"
#include "support/bytes.h"

namespace parallax::testing {

class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "parallax_ingest_XXXXXX").string();
    char* made = ::mkdtemp(pattern.data());
    if (made == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = made;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path);
}

using parallax::testing::Gzip;

// A zlib stream (what HTTP calls "deflate") or a raw deflate stream.
inline std::string Deflate(const std::string& bytes, bool raw) {
  return parallax::testing::Compress(bytes, raw ? -15 : 15);
}

using Members = std::vector<std::pair<std::string, std::string>>;

// An archive in memory: kind "tar", "tar.gz", "tar.bz2", "tar.xz", "zip", or
// "raw.bz2" / "raw.xz" (one member's bytes, compressed, no archive).
inline std::string MakeArchive(const std::string& kind, const Members& members) {
  archive* a = archive_write_new();
  if (kind == "zip") {
    archive_write_set_format_zip(a);
  } else if (kind.rfind("raw.", 0) == 0) {
    archive_write_set_format_raw(a);
    if (kind == "raw.bz2") archive_write_add_filter_bzip2(a);
    if (kind == "raw.xz") archive_write_add_filter_xz(a);
  } else {
    archive_write_set_format_pax_restricted(a);
    if (kind == "tar.gz") archive_write_add_filter_gzip(a);
    if (kind == "tar.bz2") archive_write_add_filter_bzip2(a);
    if (kind == "tar.xz") archive_write_add_filter_xz(a);
  }
  size_t total = 1 << 16;
  for (const auto& m : members) total += m.second.size() * 2 + 1024;
  std::string buffer(total, '\0');
  size_t used = 0;
  if (archive_write_open_memory(a, buffer.data(), buffer.size(), &used) != ARCHIVE_OK) {
    throw std::runtime_error(archive_error_string(a));
  }
  for (const auto& [name, bytes] : members) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name.c_str());
    bool dir = !name.empty() && name.back() == '/';
    archive_entry_set_filetype(e, dir ? AE_IFDIR : AE_IFREG);
    archive_entry_set_perm(e, dir ? 0755 : 0644);
    archive_entry_set_size(e, dir ? 0 : static_cast<la_int64_t>(bytes.size()));
    archive_write_header(a, e);
    if (!dir) archive_write_data(a, bytes.data(), bytes.size());
    archive_entry_free(e);
  }
  archive_write_close(a);
  archive_write_free(a);
  buffer.resize(used);
  return buffer;
}

// One WARC record as a crawler writes it.
inline std::string WarcRecord(const std::string& type, const std::string& uri,
                              const std::string& content_type, const std::string& block,
                              const std::string& version = "WARC/1.1") {
  std::string r = version + "\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:0000-" +
                  type + ">" + "\r\nWARC-Date: 2024-03-05T10:11:12Z";
  if (!uri.empty()) r += "\r\nWARC-Target-URI: " + uri;
  if (!content_type.empty()) r += "\r\nContent-Type: " + content_type;
  r += "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
  return r;
}

// An HTTP response with the given headers (each "Name: value") and body.
inline std::string HttpResponse(const std::vector<std::string>& headers, const std::string& body,
                                const std::string& status = "HTTP/1.1 200 OK") {
  std::string r = status + "\r\n";
  for (const auto& h : headers) r += h + "\r\n";
  return r + "\r\n" + body;
}

struct Collected {
  std::vector<RawDocument> docs;
  std::vector<InputFailure> failures;
  uint64_t progress = 0;
  int progress_calls = 0;

  IngestSink Sink() {
    IngestSink sink;
    sink.on_document = [this](RawDocument&& d) { docs.push_back(std::move(d)); };
    sink.on_failure = [this](InputFailure&& f) { failures.push_back(std::move(f)); };
    sink.on_progress = [this](uint64_t n) {
      progress += n;
      ++progress_calls;
    };
    return sink;
  }

  std::vector<std::string> Sources() const {
    std::vector<std::string> out;
    for (const auto& d : docs) out.push_back(d.source);
    return out;
  }

  std::string FailureText() const {
    std::string out;
    for (const auto& f : failures) out += f.source + ": " + f.reason + "\n";
    return out;
  }
};

inline Collected Read(const std::vector<std::string>& paths, const IngestOptions& options = {}) {
  Collected c;
  ReadInputs(paths, options, c.Sink());
  return c;
}

inline Collected ReadBytes(const std::string& source, const std::string& bytes,
                           const IngestOptions& options = {}) {
  Collected c;
  ReadBuffer(source, "file", bytes, options, c.Sink());
  return c;
}

}  // namespace parallax::testing

#endif  // PARALLAX_TESTS_INGEST_INGEST_TEST_UTIL_H_
