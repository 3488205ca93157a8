// parallax story stage: document frequencies (FeatureStats) and the
// similarity of two profiles (Compare).
//
// The parts, each 0..1:
//  - entities, terms: cosine of the idf-weighted vectors, a feature's
//    weight tf * idf with tf = 1 + ln(count) (a count below 1, an
//    entity's share of its keys, as it is);
//  - figures: shared figures / sqrt(|a| * |b|);
//  - days: each day of one side scores 1 when the other names it, 0.5 when
//    the other names the day before or after; the sum over both sides over
//    |a| + |b|;
//  - places: cosine of the places with the entities' idf;
//  - time: 1 when the publication days are at most time_grace_days apart or
//    either is unknown, else exp(-(gap - grace) / time_scale_days).
// Two scores combine the parts (SimilarityWeights, similarity_rules.h):
// `score`, the same story in the narrow sense of a pair of articles, and
// `event`, the same event, on which stories are built. Each is a logistic
// combination with its own weights, plus cross-language corrections (on
// the SemEval pairs they lifted Pearson from 0.648 to 0.681). The weights
// of data/story/similarity.tsv were fitted on the SemEval 2022 task 8
// pairs (bench/similarity_eval.cc; `score` against Overall, `event` against
// the mean of Entities, Geography and Time), the time ones set by hand
// (those pairs carry no dates; data/story/README.md).
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "parallax/story.h"
#include "story/story_model.h"

namespace parallax {
namespace {

using Df = std::vector<std::pair<std::string, uint32_t>>;
using Weighted = std::vector<std::pair<std::string, float>>;

bool KeyLess(const std::pair<std::string, uint32_t>& a, const std::pair<std::string, uint32_t>& b) {
  return a.first < b.first;
}

template <typename Keys, typename KeyOf>
void AddKeys(Df& df, const Keys& keys, KeyOf key_of) {
  const size_t old = df.size();
  for (const auto& item : keys) {
    const std::string& key = key_of(item);
    auto it = std::lower_bound(df.begin(), df.begin() + static_cast<ptrdiff_t>(old), key,
                               [](const auto& e, const std::string& k) { return e.first < k; });
    if (it != df.begin() + static_cast<ptrdiff_t>(old) && it->first == key) {
      ++it->second;
    } else {
      df.emplace_back(key, 1);
    }
  }
  if (df.size() > old) {
    // The keys of a profile are sorted, so the new tail is too.
    std::inplace_merge(df.begin(), df.begin() + static_cast<ptrdiff_t>(old), df.end(), KeyLess);
  }
}

double Idf(const Df& df, uint64_t documents, const std::string& key) {
  auto it = std::lower_bound(df.begin(), df.end(), key,
                             [](const auto& e, const std::string& k) { return e.first < k; });
  const double n = it != df.end() && it->first == key ? it->second : 0;
  return std::log((1.0 + static_cast<double>(documents)) / (1.0 + n)) + 1.0;
}

double Tf(float count) { return count < 1 ? count : 1.0 + std::log(count); }

// Cosine of two sorted weighted lists, each feature weighted tf * idf.
template <typename IdfOf>
double WeightedCosine(const Weighted& a, const Weighted& b, IdfOf idf_of) {
  if (a.empty() || b.empty()) return 0;
  double na = 0;
  double nb = 0;
  double dot = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() || j != b.end()) {
    if (j == b.end() || (i != a.end() && i->first < j->first)) {
      const double w = Tf(i->second) * idf_of(i->first);
      na += w * w;
      ++i;
    } else if (i == a.end() || j->first < i->first) {
      const double w = Tf(j->second) * idf_of(j->first);
      nb += w * w;
      ++j;
    } else {
      const double idf = idf_of(i->first);
      const double wa = Tf(i->second) * idf;
      const double wb = Tf(j->second) * idf;
      na += wa * wa;
      nb += wb * wb;
      dot += wa * wb;
      ++i;
      ++j;
    }
  }
  return na > 0 && nb > 0 ? std::min(1.0, dot / std::sqrt(na * nb)) : 0;
}

size_t Shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

double SetCosine(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  return static_cast<double>(Shared(a, b)) /
         std::sqrt(static_cast<double>(a.size()) * static_cast<double>(b.size()));
}

// How well the days of `from` are found in `in` (1 exact, 0.5 a day off).
double DayMatches(const std::vector<std::string>& from, const std::vector<std::string>& in) {
  std::vector<int64_t> days;
  for (const std::string& d : in) {
    if (auto n = story::DayNumber(d)) days.push_back(*n);
  }
  double sum = 0;
  for (const std::string& d : from) {
    const std::optional<int64_t> n = story::DayNumber(d);
    if (!n) continue;
    double best = 0;
    for (int64_t other : days) {
      if (other == *n) best = 1;
      if (std::llabs(other - *n) == 1) best = std::max(best, 0.5);
    }
    sum += best;
  }
  return sum;
}

}  // namespace

void FeatureStats::Add(const DocumentProfile& profile) {
  ++documents_;
  const auto first = [](const std::pair<std::string, float>& p) -> const std::string& {
    return p.first;
  };
  AddKeys(entity_df_, profile.entities, first);
  AddKeys(term_df_, profile.terms, first);
}

double FeatureStats::EntityIdf(const std::string& key) const {
  return Idf(entity_df_, documents_, key);
}

double FeatureStats::TermIdf(const std::string& key) const {
  return Idf(term_df_, documents_, key);
}

Similarity Compare(const DocumentProfile& a, const DocumentProfile& b, const FeatureStats& stats,
                   const StoryModel& model) {
  const story::SimilarityRules& r = model.impl().similarity;
  Similarity s;
  const auto entity_idf = [&](const std::string& k) { return stats.EntityIdf(k); };
  s.entities = WeightedCosine(a.entities, b.entities, entity_idf);
  s.terms =
      WeightedCosine(a.terms, b.terms, [&](const std::string& k) { return stats.TermIdf(k); });
  s.figures = SetCosine(a.figures, b.figures);
  if (!a.days.empty() && !b.days.empty()) {
    s.days = (DayMatches(a.days, b.days) + DayMatches(b.days, a.days)) /
             static_cast<double>(a.days.size() + b.days.size());
  }
  if (!a.places.empty() && !b.places.empty()) {
    Weighted pa;
    Weighted pb;
    for (const std::string& p : a.places) pa.emplace_back(p, 1.0f);
    for (const std::string& p : b.places) pb.emplace_back(p, 1.0f);
    s.places = WeightedCosine(pa, pb, entity_idf);
  }
  s.time = 1;
  const std::optional<int64_t> da = story::DayNumber(a.published);
  const std::optional<int64_t> db = story::DayNumber(b.published);
  if (da && db) {
    const double gap = static_cast<double>(std::llabs(*da - *db));
    if (gap > r.time_grace_days) s.time = std::exp(-(gap - r.time_grace_days) / r.time_scale_days);
  }
  const bool cross = story::CrossLanguage(a, b);
  const double time_cost = r.w_time * (s.time - 1);
  s.score = story::Combine(r.pair, s, cross, time_cost);
  s.event = story::Combine(r.event, s, cross, time_cost);
  return s;
}

}  // namespace parallax
