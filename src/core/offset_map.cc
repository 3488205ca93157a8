#include "parallax/offset_map.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

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
      in_end = MapInRun(r, std::min<size_t>(end, static_cast<size_t>(r.out_start) + r.out_len));
    }
  }
  return {in_start, std::max(in_start, in_end)};
}

OffsetMap OffsetMap::Then(const OffsetMap& inner) const {
  if (inner.empty()) return *this;
  OffsetMap out;
  if (runs_.empty()) return inner;
  for (const OffsetRun& r : runs_) {
    if (r.out_len == 0) {
      size_t in = inner.ToInput(r.in_start);
      out.Add(r.out_start, 0, in, inner.ToInput(static_cast<size_t>(r.in_start) + r.in_len) - in);
      continue;
    }
    if (r.out_len != r.in_len) {
      // A non-copy run maps as one piece: exact at its boundaries.
      size_t a = inner.ToInput(r.in_start);
      size_t b = inner.ToInput(static_cast<size_t>(r.in_start) + r.in_len);
      out.Add(r.out_start, r.out_len, a, b >= a ? b - a : 0);
      continue;
    }
    // An exact-copy run: split it at every inner run boundary inside it.
    size_t mid_begin = r.in_start;
    size_t mid_end = static_cast<size_t>(r.in_start) + r.in_len;
    auto it = std::upper_bound(inner.runs_.begin(), inner.runs_.end(), mid_begin,
                               [](size_t o, const OffsetRun& ir) { return o < ir.out_start; });
    if (it != inner.runs_.begin()) --it;
    size_t pos = mid_begin;
    while (pos < mid_end) {
      size_t piece_end = mid_end;
      if (it != inner.runs_.end()) {
        size_t run_end = static_cast<size_t>(it->out_start) + it->out_len;
        if (pos < it->out_start) {
          piece_end = std::min<size_t>(mid_end, it->out_start);
        } else if (pos < run_end) {
          piece_end = std::min(mid_end, run_end);
        } else {
          ++it;
          continue;
        }
      }
      size_t a = inner.ToInput(pos);
      size_t b;
      if (it != inner.runs_.end() && pos >= it->out_start) {
        b = MapInRun(*it, piece_end);
      } else {
        b = inner.ToInput(piece_end);
      }
      out.Add(r.out_start + (pos - mid_begin), piece_end - pos, a, b >= a ? b - a : 0);
      pos = piece_end;
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
  if (blob.size() % 16 != 0) throw std::invalid_argument("OffsetMap: blob size not a multiple of 16");
  auto get = [&blob](size_t at) {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<uint8_t>(blob[at + i])) << (8 * i);
    return v;
  };
  OffsetMap map;
  for (size_t at = 0; at < blob.size(); at += 16) {
    OffsetRun r{get(at), get(at + 4), get(at + 8), get(at + 12)};
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
