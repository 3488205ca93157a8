// parallax story stage: near-duplicate text (MinHash over word shingles)
// and translations (figure-and-entity fingerprints).
//
// MinHash: each shingle (k folded words joined by a space) is hashed with
// 64-bit FNV-1a; hash i of the signature is the least low 32 bits of
// splitmix64(h + seed_i) over the shingles, seed_i = i * the golden-ratio
// constant. The estimated Jaccard of two signatures is the share of equal
// positions (standard error about 0.06 at 64 hashes). A copy of an article
// with a new headline or a changed last paragraph keeps most shingles;
// two articles on one event written apart share few (the thresholds and
// where they came from: data/story/README.md).
//
// Translations cannot share shingles; they share what a translator keeps:
// the claims' kinds and values and the entities (store ids are equal across
// languages). The fingerprint keeps entities named twice or more, so that a
// passing mention does not count.
#include "story/duplicates.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <set>

namespace parallax {

double MinHashJaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.empty() || b.empty() || a.size() != b.size()) return 0;
  size_t equal = 0;
  for (size_t i = 0; i < a.size(); ++i) equal += a[i] == b[i] ? 1 : 0;
  return static_cast<double>(equal) / static_cast<double>(a.size());
}

namespace story {
namespace {

constexpr uint64_t kGolden = 0x9E3779B97F4A7C15ull;

uint64_t SplitMix64(uint64_t x) {
  x += kGolden;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

uint64_t Fnv1a(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

constexpr uint64_t kFnvBasis = 1469598103934665603ull;

// A claim item ("killed|18") rather than an entity ("E12", "g:Q1", "p:vldmr|putin").
bool IsFigureItem(std::string_view item) {
  return item.find('|') != std::string_view::npos && item.find(':') == std::string_view::npos;
}

}  // namespace

std::vector<uint32_t> ShingleMinHash(const std::vector<std::string>& tokens, size_t k) {
  if (k == 0 || tokens.size() < k) return {};
  std::vector<uint32_t> sig(kMinHashSize, std::numeric_limits<uint32_t>::max());
  for (size_t start = 0; start + k <= tokens.size(); ++start) {
    uint64_t h = kFnvBasis;
    for (size_t i = start; i < start + k; ++i) {
      h = Fnv1a(h, tokens[i]);
      h = Fnv1a(h, " ");
    }
    for (size_t i = 0; i < kMinHashSize; ++i) {
      const auto v = static_cast<uint32_t>(SplitMix64(h + i * kGolden));
      sig[i] = std::min(sig[i], v);
    }
  }
  return sig;
}

std::vector<std::string> TranslationFingerprint(const Document& doc,
                                                const DocumentProfile& profile) {
  std::set<std::string> items;
  for (const Claim& c : doc.claims) {
    if (c.negated) continue;
    items.insert(fmt::format("{}|{}", ClaimKindName(c.kind), c.value));
  }
  for (const auto& [key, weight] : profile.entities) {
    if (weight >= 2) items.insert(key);
  }
  return {items.begin(), items.end()};
}

std::vector<uint64_t> MinHashBandKeys(const std::vector<uint32_t>& signature, size_t bands) {
  std::vector<uint64_t> out;
  if (signature.empty() || bands == 0) return out;
  const size_t rows = signature.size() / bands;
  for (size_t b = 0; b < bands; ++b) {
    uint64_t h = SplitMix64(b);
    for (size_t r = 0; r < rows; ++r) h = SplitMix64(h ^ signature[b * rows + r]);
    out.push_back(h);
  }
  return out;
}

CopyMatch MatchCopy(const DocumentProfile& earlier, const DocumentProfile& later,
                    const SimilarityRules& rules) {
  const double jaccard = MinHashJaccard(earlier.minhash, later.minhash);
  if (jaccard >= rules.copy_jaccard) return {CopyKind::kCopy, jaccard};
  if (!CrossLanguage(earlier, later)) return {};
  const size_t smaller = std::min(earlier.fingerprint.size(), later.fingerprint.size());
  if (smaller < rules.translation_min_items) return {};
  size_t shared = 0;
  bool shared_figure = false;
  auto a = earlier.fingerprint.begin();
  auto b = later.fingerprint.begin();
  while (a != earlier.fingerprint.end() && b != later.fingerprint.end()) {
    if (*a < *b) {
      ++a;
    } else if (*b < *a) {
      ++b;
    } else {
      ++shared;
      shared_figure = shared_figure || IsFigureItem(*a);
      ++a;
      ++b;
    }
  }
  const double overlap = static_cast<double>(shared) / static_cast<double>(smaller);
  if (!shared_figure || overlap < rules.translation_overlap) return {};
  return {CopyKind::kTranslation, overlap};
}

}  // namespace story
}  // namespace parallax
