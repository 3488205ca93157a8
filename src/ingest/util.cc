// Small shared helpers of the readers: sizes in reasons, URL hosts, ASCII
// case-insensitive comparisons, file-name hints.
#include <cstdio>

#include "ingest/internal.h"

namespace parallax::ingest {

std::string FormatBytes(uint64_t bytes) {
  char buf[64];
  if (bytes < 1024) {
    std::snprintf(buf, sizeof(buf), "%llu bytes", static_cast<unsigned long long>(bytes));
  } else if (bytes < (1ull << 20)) {
    std::snprintf(buf, sizeof(buf), "%.1f KB", static_cast<double>(bytes) / 1024.0);
  } else if (bytes < (1ull << 30)) {
    std::snprintf(buf, sizeof(buf), "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  } else {
    std::snprintf(buf, sizeof(buf), "%.1f GB", static_cast<double>(bytes) / (1 << 30));
  }
  return buf;
}

std::string TooLargeReason(uint64_t size, uint64_t limit) {
  return "too large: " + FormatBytes(size) + ", limit " + FormatBytes(limit);
}

std::string TooLargeDecompressedReason(uint64_t limit) {
  return "too large: over " + FormatBytes(limit) + " (decompressed), limit " + FormatBytes(limit);
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && AsciiLower(s.substr(0, prefix.size())) == AsciiLower(prefix);
}

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         AsciiLower(s.substr(s.size() - suffix.size())) == AsciiLower(suffix);
}

std::string StripGzipSuffix(std::string_view name) {
  if (EndsWithNoCase(name, ".tgz")) return std::string(name.substr(0, name.size() - 4)) + ".tar";
  if (EndsWithNoCase(name, ".gz")) return std::string(name.substr(0, name.size() - 3));
  if (EndsWithNoCase(name, ".gzip")) return std::string(name.substr(0, name.size() - 5));
  return std::string(name);
}

}  // namespace parallax::ingest
