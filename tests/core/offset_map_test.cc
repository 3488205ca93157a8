#include "parallax/offset_map.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace parallax {
namespace {

std::vector<OffsetRun> Runs(std::initializer_list<OffsetRun> runs) { return runs; }

TEST(OffsetMapTest, EmptyMapIsIdentity) {
  OffsetMap map;
  EXPECT_TRUE(map.empty());
  EXPECT_EQ(map.ToInput(0), 0u);
  EXPECT_EQ(map.ToInput(17), 17u);
  EXPECT_EQ(map.SpanToInput(3, 9), std::make_pair(size_t{3}, size_t{9}));
}

TEST(OffsetMapTest, IdentityOfZeroIsEmpty) {
  EXPECT_TRUE(OffsetMap::Identity(0).empty());
  OffsetMap id = OffsetMap::Identity(10);
  EXPECT_EQ(id.runs(), Runs({{0, 10, 0, 10}}));
  EXPECT_EQ(id.ToInput(4), 4u);
  EXPECT_EQ(id.ToInput(10), 10u);
  EXPECT_EQ(id.ToInput(25), 10u);  // past the end: the end of the last run
}

TEST(OffsetMapTest, AddMergesContiguousCopies) {
  OffsetMap map;
  map.Add(0, 3, 0, 3);
  map.Add(3, 4, 3, 4);
  EXPECT_EQ(map.runs(), Runs({{0, 7, 0, 7}}));
  // Contiguous in output but not in input: no merge.
  map.Add(7, 2, 20, 2);
  EXPECT_EQ(map.runs().size(), 2u);
  // Contiguous in input but not in output: no merge.
  map.Add(12, 2, 22, 2);
  EXPECT_EQ(map.runs().size(), 3u);
}

TEST(OffsetMapTest, AddMergesEqualRatios) {
  // Cyrillic from Windows-1251: every letter is 2 output bytes for 1 input
  // byte, added one letter at a time.
  OffsetMap map;
  map.Add(0, 1, 0, 1);  // "A"
  for (size_t i = 0; i < 5; ++i) map.Add(1 + 2 * i, 2, 1 + i, 1);
  map.Add(11, 1, 6, 1);  // "."
  EXPECT_EQ(map.runs(), Runs({{0, 1, 0, 1}, {1, 10, 1, 5}, {11, 1, 6, 1}}));
  // Every letter start maps to its byte.
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(map.ToInput(1 + 2 * i), 1 + i);
  // The second byte of a letter rounds down to the letter's byte.
  EXPECT_EQ(map.ToInput(4), 2u);
  EXPECT_EQ(map.ToInput(11), 6u);
  EXPECT_EQ(map.ToInput(12), 7u);
}

TEST(OffsetMapTest, AddDoesNotMergeDifferentRatios) {
  OffsetMap map;
  map.Add(0, 2, 0, 1);
  map.Add(2, 3, 1, 1);  // a 3-byte character from one byte
  map.Add(5, 2, 2, 1);
  EXPECT_EQ(map.runs().size(), 3u);
  EXPECT_EQ(map.ToInput(5), 2u);
}

TEST(OffsetMapTest, AddIgnoresEmptyRunsAndKeepsDeletions) {
  OffsetMap map;
  map.Add(0, 0, 0, 0);
  EXPECT_TRUE(map.empty());
  map.Add(0, 2, 0, 2);
  map.Add(2, 0, 2, 5);  // five input bytes dropped
  map.Add(2, 2, 7, 2);
  EXPECT_EQ(map.runs().size(), 3u);
  EXPECT_EQ(map.ToInput(1), 1u);
  EXPECT_EQ(map.ToInput(2), 7u);
  EXPECT_EQ(map.ToInput(3), 8u);
}

TEST(OffsetMapTest, AddRejectsOverlapAndDisorder) {
  OffsetMap map;
  map.Add(5, 5, 0, 5);
  EXPECT_THROW(map.Add(9, 2, 5, 2), std::invalid_argument);
  EXPECT_THROW(map.Add(0, 2, 5, 2), std::invalid_argument);
  EXPECT_NO_THROW(map.Add(10, 2, 5, 2));
  EXPECT_THROW(map.Add(12, 1, uint64_t{UINT32_MAX}, 1), std::invalid_argument);
}

TEST(OffsetMapTest, GapsMapToEndOfPreviousRun) {
  OffsetMap map;
  map.Add(0, 4, 10, 4);  // "Head"
  map.Add(6, 3, 30, 3);  // "\n\n" inserted before "Sub"
  EXPECT_EQ(map.ToInput(0), 10u);
  EXPECT_EQ(map.ToInput(4), 14u);
  EXPECT_EQ(map.ToInput(5), 14u);
  EXPECT_EQ(map.ToInput(6), 30u);
  EXPECT_EQ(map.ToInput(100), 33u);
}

TEST(OffsetMapTest, BeforeFirstRunMapsToItsStart) {
  OffsetMap map;
  map.Add(3, 2, 40, 2);
  EXPECT_EQ(map.ToInput(0), 40u);
  EXPECT_EQ(map.ToInput(4), 41u);
}

TEST(OffsetMapTest, SpanToInputEndsAtRunEnd) {
  OffsetMap map;
  map.Add(0, 4, 10, 4);
  map.Add(6, 3, 30, 3);
  // A span ending exactly at the end of the first run ends at that run's
  // input end, not at the start of the next run.
  EXPECT_EQ(map.SpanToInput(0, 4), std::make_pair(size_t{10}, size_t{14}));
  // A span ending in the gap ends at the end of the run before.
  EXPECT_EQ(map.SpanToInput(1, 5), std::make_pair(size_t{11}, size_t{14}));
  EXPECT_EQ(map.SpanToInput(2, 8), std::make_pair(size_t{12}, size_t{32}));
  EXPECT_EQ(map.SpanToInput(6, 9), std::make_pair(size_t{30}, size_t{33}));
  // Empty span.
  EXPECT_EQ(map.SpanToInput(7, 7), std::make_pair(size_t{31}, size_t{31}));
}

TEST(OffsetMapTest, SpanToInputOverRatioRun) {
  OffsetMap map;
  map.Add(0, 10, 0, 5);  // five 2-byte letters from five bytes
  EXPECT_EQ(map.SpanToInput(2, 6), std::make_pair(size_t{1}, size_t{3}));
  EXPECT_EQ(map.SpanToInput(0, 10), std::make_pair(size_t{0}, size_t{5}));
}

TEST(OffsetMapTest, ThenWithEmptyIsIdentity) {
  OffsetMap map;
  map.Add(0, 4, 2, 4);
  OffsetMap empty;
  EXPECT_EQ(map.Then(empty).runs(), map.runs());
  EXPECT_EQ(empty.Then(map).runs(), map.runs());
}

TEST(OffsetMapTest, ThenComposesDecodingAndRendering) {
  // Bytes (C) -> decoded UTF-8 (B): "<p>" + four 2-byte letters + "</p>".
  OffsetMap decode;
  decode.Add(0, 3, 0, 3);
  decode.Add(3, 8, 3, 4);
  decode.Add(11, 4, 7, 4);
  // Decoded (B) -> rendered text (A): only the letters survive.
  OffsetMap render;
  render.Add(0, 8, 3, 8);
  OffsetMap composed = render.Then(decode);
  for (size_t letter = 0; letter < 4; ++letter) {
    EXPECT_EQ(composed.ToInput(2 * letter), 3 + letter);
  }
  EXPECT_EQ(composed.SpanToInput(0, 8), std::make_pair(size_t{3}, size_t{7}));
}

TEST(OffsetMapTest, ThenRatioRunSplitAtInnerBoundaries) {
  // A -> B: six letters decoded 2:1 (out 12 bytes, in 6 bytes).
  OffsetMap outer;
  outer.Add(0, 12, 0, 6);
  // B -> C: the first three bytes of B are copied from 0..3, the next three
  // from 100..103 (an inner boundary inside the outer ratio run).
  OffsetMap inner;
  inner.Add(0, 3, 0, 3);
  inner.Add(3, 3, 100, 3);
  OffsetMap composed = outer.Then(inner);
  for (size_t letter = 0; letter < 6; ++letter) {
    size_t expected = letter < 3 ? letter : 100 + (letter - 3);
    EXPECT_EQ(composed.ToInput(2 * letter), expected) << "letter " << letter;
  }
  EXPECT_EQ(composed.SpanToInput(0, 6), std::make_pair(size_t{0}, size_t{3}));
}

TEST(OffsetMapTest, ThenThroughInnerGap) {
  // B -> C has a gap (inserted text) at B [2, 5).
  OffsetMap inner;
  inner.Add(0, 2, 0, 2);
  inner.Add(5, 3, 10, 3);
  OffsetMap outer = OffsetMap::Identity(8);
  OffsetMap composed = outer.Then(inner);
  for (size_t b = 0; b <= 8; ++b) EXPECT_EQ(composed.ToInput(b), inner.ToInput(b)) << b;
}

TEST(OffsetMapTest, ThenDeletionRunInOuterMap) {
  OffsetMap outer;
  outer.Add(0, 2, 0, 2);
  outer.Add(2, 0, 2, 3);  // B bytes 2..5 removed
  outer.Add(2, 2, 5, 2);
  OffsetMap inner;
  inner.Add(0, 7, 50, 7);
  OffsetMap composed = outer.Then(inner);
  EXPECT_EQ(composed.ToInput(0), 50u);
  EXPECT_EQ(composed.ToInput(2), 55u);
  EXPECT_EQ(composed.ToInput(3), 56u);
}

// --- Brute-force reference for Then on random maps --------------------------

// A random map over output [0, out_total) whose input offsets increase.
// Run kinds: copies, 2:1 and 3:1 ratio runs (multi-byte characters from one
// byte), insertions (in_len 0), deletions (out_len 0) and gaps on either side.
struct RandomMap {
  OffsetMap map;
  std::vector<size_t> char_starts;  // output offsets where the map is exact
};

RandomMap MakeRandomMap(std::mt19937& rng, size_t runs) {
  RandomMap result;
  size_t out = 0;
  size_t in = 0;
  std::uniform_int_distribution<int> kind(0, 6);
  std::uniform_int_distribution<size_t> len(1, 6);
  // Start with a copy: before the first run both maps clamp to its start, and
  // a leading deletion that maps to nothing leaves no run to clamp to.
  result.map.Add(0, 1, 0, 1);
  result.char_starts.push_back(0);
  out = in = 1;
  for (size_t i = 0; i < runs; ++i) {
    size_t n = len(rng);
    switch (kind(rng)) {
      case 0:
      case 1:  // copy
        for (size_t k = 0; k < n; ++k) result.char_starts.push_back(out + k);
        result.map.Add(out, n, in, n);
        out += n;
        in += n;
        break;
      case 2:    // 2:1
      case 3: {  // 3:1
        size_t width = kind(rng) % 2 == 0 ? 2 : 3;
        for (size_t k = 0; k < n; ++k) result.char_starts.push_back(out + width * k);
        result.map.Add(out, width * n, in, n);
        out += width * n;
        in += n;
        break;
      }
      case 4:  // insertion
        result.map.Add(out, n, in, 0);
        out += n;
        break;
      case 5: {  // deletion, always followed by a copy (see ReferenceCompose)
        result.map.Add(out, 0, in, n);
        in += n;
        size_t m = len(rng);
        for (size_t k = 0; k < m; ++k) result.char_starts.push_back(out + k);
        result.map.Add(out, m, in, m);
        out += m;
        in += m;
        break;
      }
      default:  // gap in the output and a jump in the input
        out += n;
        in += len(rng);
        break;
    }
  }
  return result;
}

size_t OutEnd(const OffsetMap& map) {
  size_t end = 0;
  for (const OffsetRun& r : map.runs()) end = std::max<size_t>(end, r.out_start + r.out_len);
  return end;
}

// The reference composition at one A offset, offset by offset through both
// maps. Inside an outer run: inner.ToInput(outer.ToInput(a)). In a gap after
// an outer run (inserted text in A), the gap maps to the end of what that run
// maps to in C, the same rule OffsetMap applies to its own gaps.
// The generated maps never leave a deletion run (out_len 0) in front of a
// gap: ToInput jumps from the deletion's start (at its out_start) to its end
// (one byte later) there, a step no piecewise-linear composition can copy.
size_t ReferenceCompose(const OffsetMap& outer, const OffsetMap& inner, size_t a) {
  const OffsetRun* prev = nullptr;
  for (const OffsetRun& r : outer.runs()) {
    if (r.out_start <= a) prev = &r;
  }
  if (prev == nullptr || a == prev->out_start ||
      a < static_cast<size_t>(prev->out_start) + prev->out_len) {
    return inner.ToInput(outer.ToInput(a));
  }
  size_t b_end = static_cast<size_t>(prev->in_start) + prev->in_len;
  return inner.SpanToInput(prev->in_start, b_end).second;
}

TEST(OffsetMapTest, ThenMatchesPerOffsetCompositionAtRunBoundaries) {
  std::mt19937 rng(20240601);
  for (int trial = 0; trial < 2000; ++trial) {
    RandomMap outer = MakeRandomMap(rng, 1 + trial % 12);
    RandomMap inner = MakeRandomMap(rng, 1 + (trial / 3) % 12);
    OffsetMap composed = outer.map.Then(inner.map);
    // The comparison points: every run boundary of the outer map, and every
    // boundary of the inner map carried into A through an outer copy or
    // ratio run at a character start.
    std::set<size_t> points;
    for (const OffsetRun& r : outer.map.runs()) {
      points.insert(r.out_start);
      points.insert(r.out_start + r.out_len);
    }
    std::set<size_t> inner_bounds;
    for (const OffsetRun& r : inner.map.runs()) {
      inner_bounds.insert(r.out_start);
      inner_bounds.insert(r.out_start + r.out_len);
    }
    for (size_t a : outer.char_starts) {
      if (inner_bounds.count(outer.map.ToInput(a)) > 0) points.insert(a);
    }
    size_t end = OutEnd(outer.map);
    for (size_t a : points) {
      if (a >= end) continue;  // past the end both sides clamp differently
      size_t expected = ReferenceCompose(outer.map, inner.map, a);
      ASSERT_EQ(composed.ToInput(a), expected) << "trial " << trial << " at A offset " << a;
    }
    // Spans between consecutive outer run boundaries map to the reference
    // span computed through both maps.
    for (const OffsetRun& r : outer.map.runs()) {
      if (r.out_len == 0) continue;
      auto mid = outer.map.SpanToInput(r.out_start, r.out_start + r.out_len);
      auto expected = inner.map.SpanToInput(mid.first, mid.second);
      auto got = composed.SpanToInput(r.out_start, r.out_start + r.out_len);
      if (mid.first == mid.second) {
        EXPECT_EQ(got.first, got.second) << "trial " << trial;
        continue;
      }
      ASSERT_EQ(got, expected) << "trial " << trial << " run at " << r.out_start;
    }
  }
}

TEST(OffsetMapTest, ThenMatchesEveryOffsetForCopyMaps) {
  // With copies, insertions, deletions and gaps only, the composition is
  // exact at every single offset.
  std::mt19937 rng(7);
  for (int trial = 0; trial < 1000; ++trial) {
    OffsetMap outer;
    OffsetMap inner;
    for (OffsetMap* m : {&outer, &inner}) {
      m->Add(0, 1, 0, 1);  // start with a copy, as in MakeRandomMap
      size_t out = 1;
      size_t in = 1;
      int runs = 1 + static_cast<int>(rng() % 10);
      for (int i = 0; i < runs; ++i) {
        size_t n = 1 + rng() % 5;
        switch (rng() % 4) {
          case 0:
          case 1:
            m->Add(out, n, in, n);
            out += n;
            in += n;
            break;
          case 2:  // deletion, then a copy (see ReferenceCompose)
            m->Add(out, 0, in, n);
            in += n;
            m->Add(out, 2, in, 2);
            out += 2;
            in += 2;
            break;
          default:
            out += n;
            in += 1 + rng() % 3;
            break;
        }
      }
    }
    OffsetMap composed = outer.Then(inner);
    size_t end = OutEnd(outer);
    for (size_t a = 0; a < end; ++a) {
      ASSERT_EQ(composed.ToInput(a), ReferenceCompose(outer, inner, a))
          << "trial " << trial << " at " << a;
    }
  }
}

// --- Serialisation -----------------------------------------------------------

TEST(OffsetMapTest, SerializeRoundTrip) {
  std::mt19937 rng(99);
  for (int trial = 0; trial < 200; ++trial) {
    OffsetMap map = MakeRandomMap(rng, static_cast<size_t>(trial % 20)).map;
    std::string blob = map.Serialize();
    EXPECT_EQ(blob.size(), 16 * map.runs().size());
    EXPECT_EQ(OffsetMap::Deserialize(blob).runs(), map.runs());
  }
  EXPECT_TRUE(OffsetMap::Deserialize("").empty());
}

TEST(OffsetMapTest, SerializeIsLittleEndian) {
  OffsetMap map;
  map.Add(0x01020304, 5, 0x0a0b0c0d, 6);
  std::string blob = map.Serialize();
  ASSERT_EQ(blob.size(), 16u);
  EXPECT_EQ(static_cast<uint8_t>(blob[0]), 0x04);
  EXPECT_EQ(static_cast<uint8_t>(blob[3]), 0x01);
  EXPECT_EQ(static_cast<uint8_t>(blob[4]), 0x05);
  EXPECT_EQ(static_cast<uint8_t>(blob[8]), 0x0d);
  EXPECT_EQ(static_cast<uint8_t>(blob[12]), 0x06);
}

std::string Quad(uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
  std::string s;
  for (uint32_t v : {a, b, c, d}) {
    for (int i = 0; i < 4; ++i) s.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  return s;
}

TEST(OffsetMapTest, DeserializeRejectsMalformedBlobs) {
  std::string good = Quad(0, 4, 0, 4) + Quad(4, 2, 9, 2);
  EXPECT_NO_THROW(OffsetMap::Deserialize(good));
  // Truncated: not a multiple of 16 bytes.
  EXPECT_THROW(OffsetMap::Deserialize(good.substr(0, 31)), std::invalid_argument);
  EXPECT_THROW(OffsetMap::Deserialize("x"), std::invalid_argument);
  // Out of order.
  EXPECT_THROW(OffsetMap::Deserialize(Quad(4, 2, 9, 2) + Quad(0, 4, 0, 4)), std::invalid_argument);
  // Overlapping.
  EXPECT_THROW(OffsetMap::Deserialize(Quad(0, 4, 0, 4) + Quad(3, 2, 9, 2)), std::invalid_argument);
  // A run reaching past 4 GiB, which Add would never have built.
  EXPECT_THROW(OffsetMap::Deserialize(Quad(0xfffffff0u, 0x20, 0, 1)), std::invalid_argument);
  EXPECT_THROW(OffsetMap::Deserialize(Quad(0, 1, 0xfffffff0u, 0x20)), std::invalid_argument);
}

}  // namespace
}  // namespace parallax
