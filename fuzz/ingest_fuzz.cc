// libFuzzer entry point for the readers: any bytes through ReadBuffer, which
// detects the format and runs the gzip, WARC, JSONL, archive or document
// path. Build by hand, e.g.:
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude -Isrc
//     fuzz/ingest_fuzz.cc src/ingest/*.cc -larchive -lz -o ingest_fuzz
#include <cstddef>
#include <cstdint>
#include <string>

#include "parallax/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  parallax::IngestOptions options;
  // Small limits keep each run fast and reach the "too large" paths.
  options.max_document_bytes = 1 << 16;
  options.max_archive_depth = 2;
  size_t documents = 0;
  size_t failures = 0;
  parallax::IngestSink sink;
  sink.on_document = [&](parallax::RawDocument&& doc) {
    documents += doc.bytes.size() > 0 ? 1 : 0;
  };
  sink.on_failure = [&](parallax::InputFailure&&) { ++failures; };
  parallax::ReadBuffer("fuzz.bin", "file", std::string(reinterpret_cast<const char*>(data), size),
                       options, sink);
  return 0;
}
