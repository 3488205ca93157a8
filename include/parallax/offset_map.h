// parallax: piecewise-linear maps between byte offsets of two texts.
//
// Every transformation that changes bytes (charset decoding, HTML rendering,
// normalisation) produces an OffsetMap from its output back to its input, so a
// span in the clean text can always be traced to the raw bytes.
#ifndef PARALLAX_OFFSET_MAP_H_
#define PARALLAX_OFFSET_MAP_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

// One run: output bytes [out_start, out_start + out_len) came from input bytes
// [in_start, in_start + in_len). Inside a run, offsets are mapped linearly
// (out_len == in_len is an exact copy; other ratios are exact at character
// boundaries when a run holds characters of one width, e.g. Cyrillic decoded
// from Windows-1251: 2 output bytes per input byte).
struct OffsetRun {
  uint32_t out_start = 0;
  uint32_t out_len = 0;
  uint32_t in_start = 0;
  uint32_t in_len = 0;
  bool operator==(const OffsetRun&) const = default;
};

// Maps output offsets to input offsets. Runs are appended in increasing
// out_start order; gaps in the output (text that was inserted, such as the
// blank line between two paragraphs) map to the end of the previous run.
// Thread safety: const methods may be called concurrently.
class OffsetMap {
 public:
  OffsetMap() = default;

  // The identity map over `length` bytes.
  static OffsetMap Identity(size_t length);

  // Appends a run. Merges it into the previous run when both are exact copies
  // (out_len == in_len) and contiguous on both sides, or when both have the
  // same ratio and are contiguous. Runs must come in increasing out_start
  // order and must not overlap; violations throw std::invalid_argument.
  void Add(size_t out_start, size_t out_len, size_t in_start, size_t in_len);

  // The input offset for output offset `out`. Offsets past the last run map
  // to the end of the last run; an empty map is the identity.
  size_t ToInput(size_t out) const;

  // The input span [ToInput(start), ToInput(end)), with `end` mapped so that
  // a span ending inside a run ends at its mapped end.
  std::pair<size_t, size_t> SpanToInput(size_t start, size_t end) const;

  // this: A -> B, inner: B -> C; returns A -> C. Exact at every run boundary
  // of either map.
  OffsetMap Then(const OffsetMap& inner) const;

  const std::vector<OffsetRun>& runs() const { return runs_; }
  bool empty() const { return runs_.empty(); }

  // Compact binary form for the store (little-endian uint32 quadruples).
  std::string Serialize() const;
  // Throws std::invalid_argument on a malformed blob.
  static OffsetMap Deserialize(std::string_view blob);

 private:
  std::vector<OffsetRun> runs_;
};

}  // namespace parallax

#endif  // PARALLAX_OFFSET_MAP_H_
