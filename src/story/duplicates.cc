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
// every figure and date, in order, and every name, about as often (store
// ids are equal across languages), in about as many sentences. Two reports
// written apart on one event share the main names and a few headline
// figures, but not the rest: their own figures (the ones each outlet chose),
// their own names (witnesses, places) and their own length. So the test is
// symmetric (a weighted Jaccard over both sides, not the share of the
// smaller one found in the larger: a short report's figures are all in a
// long one) and asks for each part on its own (the thresholds and where
// they came from: data/story/README.md, "similarity.tsv").
#include "story/duplicates.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <string_view>
#include <tuple>
#include <utility>

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

// A figure as a key: the shortest form that reads back as the same number
// (as profile.cc writes figures).
std::string FigureText(double v) { return fmt::format("{}", v); }

// The day (or month, or year) of an ISO date value, its time of day left
// out (a translator may add or drop the hour); "" for a time alone.
std::string_view DayOf(std::string_view iso) { return iso.substr(0, iso.find('T')); }

// The feature `profile` gives entity `e`: its store id, else the first of
// its keys the profile weighs (profile.cc keeps the keys of the best
// class); "" when none.
std::string EntityFeature(const Entity& e, const DocumentProfile& profile) {
  if (!e.id.empty()) return e.id;
  auto weighed = [&](const std::string& key) {
    auto it =
        std::lower_bound(profile.entities.begin(), profile.entities.end(), key,
                         [](const auto& entry, const std::string& k) { return entry.first < k; });
    return it != profile.entities.end() && it->first == key;
  };
  for (const std::string& key : e.keys) {
    if (weighed(key)) return key;
  }
  if (!e.name.empty() && weighed("name:" + e.name)) return "name:" + e.name;
  return "";
}

// A fingerprint split into its figures and dates (in text order) and its
// entity mentions.
struct Split {
  std::vector<std::string_view> figures;
  std::vector<std::string_view> entities;
};

Split SplitFingerprint(const std::vector<std::string>& fingerprint) {
  Split out;
  for (const std::string& item : fingerprint) {
    (item.starts_with("e|") ? out.entities : out.figures).emplace_back(item);
  }
  return out;
}

// The size of the intersection of two multisets given sorted.
size_t SharedCount(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  size_t shared = 0;
  auto x = a.begin();
  auto y = b.begin();
  while (x != a.end() && y != b.end()) {
    if (*x < *y) {
      ++x;
    } else if (*y < *x) {
      ++y;
    } else {
      ++shared;
      ++x;
      ++y;
    }
  }
  return shared;
}

// The weighted Jaccard of two multisets (sum of the lesser counts over sum
// of the greater), and the size of their intersection.
std::pair<double, size_t> WeightedJaccard(std::vector<std::string_view> a,
                                          std::vector<std::string_view> b) {
  if (a.empty() && b.empty()) return {0, 0};
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  const size_t shared = SharedCount(a, b);
  const size_t all = a.size() + b.size() - shared;
  return {static_cast<double>(shared) / static_cast<double>(all), shared};
}

// The length of the longest common subsequence of `a` and `b`.
size_t CommonSubsequence(const std::vector<std::string_view>& a,
                         const std::vector<std::string_view>& b) {
  std::vector<size_t> row(b.size() + 1, 0);
  for (const std::string_view x : a) {
    size_t diagonal = 0;  // row[j] of the previous line
    for (size_t j = 0; j < b.size(); ++j) {
      const size_t up = row[j + 1];
      row[j + 1] = x == b[j] ? diagonal + 1 : std::max(row[j + 1], row[j]);
      diagonal = up;
    }
  }
  return row.back();
}

double LengthRatio(const DocumentProfile& a, const DocumentProfile& b) {
  if (a.sentences == 0 || b.sentences == 0) return 0;
  const auto [small, large] = std::minmax(a.sentences, b.sentences);
  return static_cast<double>(large) / static_cast<double>(small);
}

// The parts of the translation test; the order only when `with_order`.
TranslationParts Parts(const DocumentProfile& a, const DocumentProfile& b, bool with_order) {
  TranslationParts parts;
  if (a.fingerprint.empty() || b.fingerprint.empty()) return parts;
  const Split sa = SplitFingerprint(a.fingerprint);
  const Split sb = SplitFingerprint(b.fingerprint);
  parts.figures_a = sa.figures.size();
  parts.figures_b = sb.figures.size();
  parts.length_ratio = LengthRatio(a, b);
  size_t shared = 0;
  std::tie(parts.figures, shared) = WeightedJaccard(sa.figures, sb.figures);
  parts.entities = WeightedJaccard(sa.entities, sb.entities).first;
  if (with_order && shared > 0) {
    parts.order = static_cast<double>(CommonSubsequence(sa.figures, sb.figures)) /
                  static_cast<double>(shared);
  }
  return parts;
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
  std::vector<std::pair<uint32_t, std::string>> items;  // (offset, item)
  for (const Quantity& q : doc.quantities) {
    items.emplace_back(q.span.start, "f|" + FigureText(q.value));
    if (q.value_max) items.emplace_back(q.span.start, "f|" + FigureText(*q.value_max));
  }
  for (const DateMention& d : doc.dates) {
    const std::string_view day = DayOf(d.value);
    if (day.empty()) continue;
    items.emplace_back(d.span.start, "f|" + std::string(day));
    const std::string_view last = DayOf(d.value_max);
    if (!last.empty() && last != day) items.emplace_back(d.span.start, "f|" + std::string(last));
  }
  for (const Entity& e : doc.entities) {
    const std::string feature = EntityFeature(e, profile);
    if (feature.empty()) continue;
    for (const EntityMention& m : e.mentions) items.emplace_back(m.span.start, "e|" + feature);
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> out;
  out.reserve(items.size());
  for (auto& [offset, item] : items) out.push_back(std::move(item));
  return out;
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

TranslationParts CompareFingerprints(const DocumentProfile& a, const DocumentProfile& b) {
  return Parts(a, b, /*with_order=*/true);
}

CopyMatch MatchCopy(const DocumentProfile& earlier, const DocumentProfile& later,
                    const SimilarityRules& rules) {
  const double jaccard = MinHashJaccard(earlier.minhash, later.minhash);
  if (jaccard >= rules.copy_jaccard) return {CopyKind::kCopy, jaccard};
  if (!CrossLanguage(earlier, later)) return {};
  const double ratio = LengthRatio(earlier, later);
  if (ratio == 0 || ratio > rules.translation_length_ratio) return {};
  const TranslationParts parts = Parts(earlier, later, /*with_order=*/false);
  if (std::min(parts.figures_a, parts.figures_b) < rules.translation_min_items ||
      parts.figures < rules.translation_figures || parts.entities < rules.translation_entities) {
    return {};
  }
  // Only now the quadratic part.
  if (CompareFingerprints(earlier, later).order < rules.translation_order) return {};
  return {CopyKind::kTranslation, parts.figures};
}

}  // namespace story
}  // namespace parallax
