#include "parallax/offset_map.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace parallax {

namespace {

// Same ratio out_len/in_len, compared without division.
bool SameRatio(const OffsetRun& a, uint64_t out_len, uint64_t in_len) {
  return static_cast<uint64_t>(a.out_len) * in_len == static_cast<uint64_t>(a.in_len) * out_len;
}

// Maps an offset inside (or at the end of) one run.
size_t MapInRun(const OffsetRun& r, size_t out) {
  if (out <= r.out_start) return r.in_start;
  size_t delta = out - r.out_start;
  if (delta >= r.out_len) return static_cast<size_t>(r.in_start) + r.in_len;
  if (r.out_len == r.in_len) return r.in_start + delta;
  // Proportional inside the run: exact at character boundaries when the run
  // holds characters of one width. Rounds down, to the start of a character.
  return r.in_start + static_cast<size_t>(static_cast<uint64_t>(delta) * r.in_len / r.out_len);
}

}  // namespace

OffsetMap OffsetMap::Identity(size_t length) {
  OffsetMap map;
  if (length > 0) map.Add(0, length, 0, length);
  return map;
}

void OffsetMap::Add(size_t out_start, size_t out_len, size_t in_start, size_t in_len) {
  if (out_start + out_len > UINT32_MAX || in_start + in_len > UINT32_MAX) {
    throw std::invalid_argument("OffsetMap: offsets beyond 4 GiB");
  }
  if (!runs_.empty()) {
    const OffsetRun& last = runs_.back();
    if (out_start < static_cast<size_t>(last.out_start) + last.out_len) {
      throw std::invalid_argument("OffsetMap: runs out of order or overlapping");
    }
  }
  if (out_len == 0 && in_len == 0) return;
  if (!runs_.empty()) {
    OffsetRun& last = runs_.back();
    bool contiguous = out_start == static_cast<size_t>(last.out_start) + last.out_len &&
                      in_start == static_cast<size_t>(last.in_start) + last.in_len;
    if (contiguous && last.out_len > 0 && out_len > 0 && SameRatio(last, out_len, in_len)) {
      last.out_len += static_cast<uint32_t>(out_len);
      last.in_len += static_cast<uint32_t>(in_len);
      return;
    }
  }
  runs_.push_back(OffsetRun{static_cast<uint32_t>(out_start), static_cast<uint32_t>(out_len),
                            static_cast<uint32_t>(in_start), static_cast<uint32_t>(in_len)});
}

size_t OffsetMap::ToInput(size_t out) const {
  if (runs_.empty()) return out;
  // The last run starting at or before `out`.
  auto it = std::upper_bound(runs_.begin(), runs_.end(), out,
                             [](size_t o, const OffsetRun& r) { return o < r.out_start; });
  if (it == runs_.begin()) return runs_.front().in_start;
  return MapInRun(*(it - 1), out);
}

std::pair<size_t, size_t> OffsetMap::SpanToInput(size_t start, size_t end) const {
  if (runs_.empty()) return {start, end};
  size_t in_start = ToInput(start);
  size_t in_end = in_start;
  if (end > start) {
    // Map the last byte of the span, then take the end of its character run
    // position: the end offset of a span ending exactly at a run end is that
    // run's input end, not the next run's start.
    auto it = std::upper_bound(runs_.begin(), runs_.end(), end - 1,
                               [](size_t o, const OffsetRun& r) { return o < r.out_start; });
    if (it == runs_.begin()) {
      in_end = runs_.front().in_start;
    } else {
      const OffsetRun& r = *(it - 1);
      size_t run_end = static_cast<size_t>(r.out_start) + r.out_len;
      // Ending at or past the run's end (in the gap after it, or after a
      // deletion run, whose out_start is its end) ends at its input end.
      in_end = end >= run_end ? static_cast<size_t>(r.in_start) + r.in_len : MapInRun(r, end);
    }
  }
  return {in_start, std::max(in_start, in_end)};
}

OffsetMap OffsetMap::Then(const OffsetMap& inner) const {
  if (inner.empty()) return *this;
  if (runs_.empty()) return inner;
  OffsetMap out;
  // Inner run boundaries, in B offsets, in increasing order.
  std::vector<size_t> cuts;
  cuts.reserve(inner.runs_.size() * 2);
  for (const OffsetRun& ir : inner.runs_) {
    cuts.push_back(ir.out_start);
    cuts.push_back(static_cast<size_t>(ir.out_start) + ir.out_len);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  for (const OffsetRun& r : runs_) {
    size_t b_begin = r.in_start;
    size_t b_end = static_cast<size_t>(r.in_start) + r.in_len;
    if (r.out_len == 0 || r.in_len == 0) {
      // A deletion (B bytes with no A bytes) or an insertion (A bytes with no
      // B bytes): one piece, mapped through the inner map's span.
      auto [c_begin, c_end] = inner.SpanToInput(b_begin, b_end);
      out.Add(r.out_start, r.out_len, c_begin, c_end - c_begin);
      continue;
    }
    // Split the run at every inner boundary strictly inside its B range that
    // falls on a whole A offset (for a ratio run, a character boundary), and
    // map each piece through the inner map's span, so gaps and jumps of the
    // inner map stay exact.
    size_t a_pos = r.out_start;
    size_t b_pos = b_begin;
    auto it = std::upper_bound(cuts.begin(), cuts.end(), b_begin);
    while (b_pos < b_end) {
      size_t b_next = b_end;
      size_t a_next = static_cast<size_t>(r.out_start) + r.out_len;
      for (; it != cuts.end() && *it < b_end; ++it) {
        uint64_t scaled = static_cast<uint64_t>(*it - b_begin) * r.out_len;
        if (scaled % r.in_len != 0) continue;  // inside a character: not a cut
        b_next = *it;
        a_next = r.out_start + static_cast<size_t>(scaled / r.in_len);
        ++it;
        break;
      }
      auto [c_begin, c_end] = inner.SpanToInput(b_pos, b_next);
      out.Add(a_pos, a_next - a_pos, c_begin, c_end - c_begin);
      a_pos = a_next;
      b_pos = b_next;
    }
  }
  return out;
}

std::string OffsetMap::Serialize() const {
  std::string blob;
  blob.reserve(runs_.size() * 16);
  auto put = [&blob](uint32_t v) {
    for (int i = 0; i < 4; ++i) blob.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  };
  for (const OffsetRun& r : runs_) {
    put(r.out_start);
    put(r.out_len);
    put(r.in_start);
    put(r.in_len);
  }
  return blob;
}

OffsetMap OffsetMap::Deserialize(std::string_view blob) {
  if (blob.size() % 16 != 0)
    throw std::invalid_argument("OffsetMap: blob size not a multiple of 16");
  auto get = [&blob](size_t at) {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
      v |= static_cast<uint32_t>(static_cast<uint8_t>(blob[at + i])) << (8 * i);
    return v;
  };
  OffsetMap map;
  for (size_t at = 0; at < blob.size(); at += 16) {
    OffsetRun r{get(at), get(at + 4), get(at + 8), get(at + 12)};
    if (static_cast<uint64_t>(r.out_start) + r.out_len > UINT32_MAX ||
        static_cast<uint64_t>(r.in_start) + r.in_len > UINT32_MAX) {
      throw std::invalid_argument("OffsetMap: blob run beyond 4 GiB");
    }
    if (!map.runs_.empty()) {
      const OffsetRun& last = map.runs_.back();
      if (r.out_start < static_cast<uint64_t>(last.out_start) + last.out_len) {
        throw std::invalid_argument("OffsetMap: blob runs out of order");
      }
    }
    map.runs_.push_back(r);
  }
  return map;
}

}  // namespace parallax
