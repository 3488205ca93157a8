// parallax: the figures and the weight fit of bench/similarity_eval.cc:
// Pearson, ROC-AUC and F1 of scored pairs, and a logistic fit of the part
// weights of the story similarity (story.h, Similarity).
#ifndef PARALLAX_BENCH_SIMILARITY_FIT_H_
#define PARALLAX_BENCH_SIMILARITY_FIT_H_

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "parallax/story.h"
#include "story/similarity_rules.h"

namespace parallax::bench {

inline constexpr size_t N = 9;

// One rated pair.
struct Pair {
  std::string id;
  std::string langs;   // "de-en"
  double overall = 0;  // 1 very similar .. 4 not similar
  double event = 0;    // the mean of the Entities, Geography and Time ratings
  bool dev = false;
  size_t a = 0;
  size_t b = 0;
  bool cross = false;
  bool negative = false;  // an unrelated pair drawn by --negatives (rated 4), not a SemEval one
  Similarity parts;
};

// The weights of the combination: bias, entities, terms, figures, days,
// places (the time part is constant on pairs without dates), and the
// threshold.
// `event`: the weights of the event score (Similarity::event), measured
// against the mean of the Entities, Geography and Time ratings; else those
// of the pair score, against Overall.
struct Fit {
  std::array<double, N> w{};
  double threshold = 0.5;
  bool event = false;
};

inline Fit WeightsOf(const story::SimilarityRules& r, bool event = false) {
  const story::SimilarityWeights& w = event ? r.event : r.pair;
  return {{w.bias, w.entities, w.terms, w.figures, w.days, w.places, w.cross, w.cross_entities,
           w.cross_terms},
          w.threshold,
          event};
}

inline std::array<double, N> Features(const Similarity& s, bool cross) {
  const double c = cross ? 1 : 0;
  return {1.0, s.entities, s.terms, s.figures, s.days, s.places, c, c * s.entities, c * s.terms};
}

// The score of `s` under `fit` (the time part, 1 on undated pairs, adds 0).
inline double Score(const Similarity& s, const Fit& fit, bool cross) {
  const auto x = Features(s, cross);
  double z = 0;
  for (size_t i = 0; i < x.size(); ++i) z += fit.w[i] * x[i];
  return story::Sigmoid(z);
}

// The rating a fit is measured against: 1 very similar .. 4 not similar.
inline double Rating(const Pair& p, bool event) { return event ? p.event : p.overall; }

// The rating at or under which a pair counts as alike: 2 ("somewhat
// similar" or closer) unless --same-up-to says otherwise.
inline double& SameUpTo() {
  static double bound = 2;
  return bound;
}

// Same story (Overall <= SameUpTo()), or same event (the event rating <= SameUpTo()).
inline bool Same(const Pair& p, bool event = false) { return Rating(p, event) <= SameUpTo(); }

inline double Pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = static_cast<double>(x.size());
  if (x.size() < 2) return 0;
  double mx = 0, my = 0;
  for (size_t i = 0; i < x.size(); ++i) mx += x[i] / n, my += y[i] / n;
  double sxy = 0, sxx = 0, syy = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0;
}

// ROC-AUC of `score` for the positives: the chance that a positive scores
// above a negative (ties count half). -1 when a class is missing.
inline double RocAuc(const std::vector<double>& score, const std::vector<bool>& positive) {
  double pos = 0, neg = 0, above = 0;
  for (size_t i = 0; i < score.size(); ++i) {
    if (!positive[i]) continue;
    ++pos;
    for (size_t j = 0; j < score.size(); ++j) {
      if (positive[j]) continue;
      above += score[i] > score[j] ? 1 : score[i] == score[j] ? 0.5 : 0;
    }
  }
  for (bool p : positive) neg += p ? 0 : 1;
  return pos > 0 && neg > 0 ? above / (pos * neg) : -1;
}

struct Figures {
  size_t n = 0;
  double pearson = 0, auc = 0, f1 = 0, precision = 0, recall = 0;
};

inline Figures Measure(const std::vector<const Pair*>& pairs, const Fit& fit) {
  Figures f;
  std::vector<double> score, neg_overall;
  std::vector<bool> same;
  double tp = 0, fp = 0, fn = 0;
  for (const Pair* p : pairs) {
    const double s = Score(p->parts, fit, p->cross);
    score.push_back(s);
    const bool positive = Same(*p, fit.event);
    neg_overall.push_back(-Rating(*p, fit.event));
    same.push_back(positive);
    const bool said = s >= fit.threshold;
    tp += said && positive ? 1 : 0;
    fp += said && !positive ? 1 : 0;
    fn += !said && positive ? 1 : 0;
  }
  f.n = pairs.size();
  f.pearson = Pearson(score, neg_overall);
  f.auc = RocAuc(score, same);
  f.precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  f.recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  f.f1 = tp > 0 ? 2 * tp / (2 * tp + fp + fn) : 0;
  return f;
}

// Solves a * x = b (Gaussian elimination with partial pivoting).
inline std::array<double, N> Solve(std::array<std::array<double, N>, N> a,
                                   std::array<double, N> b) {
  constexpr size_t n = N;
  for (size_t c = 0; c < n; ++c) {
    size_t pivot = c;
    for (size_t r = c + 1; r < n; ++r) {
      if (std::fabs(a[r][c]) > std::fabs(a[pivot][c])) pivot = r;
    }
    std::swap(a[c], a[pivot]);
    std::swap(b[c], b[pivot]);
    for (size_t r = c + 1; r < n; ++r) {
      const double f = a[r][c] / a[c][c];
      for (size_t k = c; k < n; ++k) a[r][k] -= f * a[c][k];
      b[r] -= f * b[c];
    }
  }
  std::array<double, N> x{};
  for (size_t c = n; c-- > 0;) {
    double s = b[c];
    for (size_t k = c + 1; k < n; ++k) s -= a[c][k] * x[k];
    x[c] = s / a[c][c];
  }
  return x;
}

// Logistic regression on the dev pairs with the graded target
// (4 - Overall) / 3 (Newton's method, a small ridge), then the threshold
// with the best F1 of same story on the dev pairs.
inline Fit FitWeights(const std::vector<Pair>& pairs, bool event = false) {
  Fit fit;
  fit.event = event;
  constexpr double kRidge = 1e-3;
  // The weights of the parts themselves (entities .. places) may not be
  // negative: sharing more must never make two documents less alike. A
  // part whose fitted weight comes out negative is fixed at 0 and the rest
  // fitted again (the cross-language terms are corrections and keep any sign).
  std::array<bool, N> fixed{};
  for (bool again = true; again;) {
    fit.w = {};
    for (int iter = 0; iter < 50; ++iter) {
      std::array<std::array<double, N>, N> h{};
      std::array<double, N> g{};
      for (const Pair& p : pairs) {
        if (!p.dev) continue;
        const auto x = Features(p.parts, p.cross);
        const double s = Score(p.parts, fit, p.cross);
        const double t = (4 - Rating(p, event)) / 3;
        for (size_t i = 0; i < N; ++i) {
          g[i] += (s - t) * x[i];
          for (size_t j = 0; j < N; ++j) h[i][j] += s * (1 - s) * x[i] * x[j];
        }
      }
      for (size_t i = 0; i < N; ++i) {
        h[i][i] += kRidge;
        g[i] += kRidge * fit.w[i];
        if (fixed[i]) {
          h[i] = {};
          for (size_t j = 0; j < N; ++j) h[j][i] = 0;
          h[i][i] = 1;
          g[i] = 0;
        }
      }
      const auto step = Solve(h, g);
      for (size_t i = 0; i < N; ++i) fit.w[i] -= step[i];
    }
    again = false;
    for (size_t i = 1; i <= 5; ++i) {
      if (!fixed[i] && fit.w[i] < 0) fixed[i] = again = true;
    }
  }
  std::vector<const Pair*> dev;
  for (const Pair& p : pairs) {
    if (p.dev) dev.push_back(&p);
  }
  double best = -1;
  for (double t = 0.05; t < 0.95; t += 0.01) {
    Fit trial = fit;
    trial.threshold = t;
    const double f1 = Measure(dev, trial).f1;
    if (f1 > best) best = f1, fit.threshold = t;
  }
  return fit;
}

inline void PrintWeights(const Fit& fit) {
  static constexpr const char* kNames[] = {"bias",      "w_entities",       "w_terms",
                                           "w_figures", "w_days",           "w_places",
                                           "w_cross",   "w_cross_entities", "w_cross_terms"};
  const char* prefix = fit.event ? "event_" : "";
  fmt::print("fitted on the dev half (logistic, target (4 - {}) / 3):\n",
             fit.event ? "event rating" : "Overall");
  for (size_t i = 0; i < N; ++i) fmt::print("{}{}\t{:.3f}\n", prefix, kNames[i], fit.w[i]);
  fmt::print("{}threshold\t{:.2f}\n", prefix, fit.threshold);
}

inline void PrintReport(const std::vector<Pair>& pairs, const Fit& fit) {
  auto select = [&](const std::function<bool(const Pair&)>& keep) {
    std::vector<const Pair*> out;
    for (const Pair& p : pairs) {
      if (keep(p)) out.push_back(&p);
    }
    return out;
  };
  auto line = [&](const std::string& name, const std::vector<const Pair*>& set) {
    const Figures f = Measure(set, fit);
    fmt::print("{:<10} {:>5}  {:>7.3f}  {:>6.3f}  {:>5.3f}  {:>5.3f}  {:>5.3f}\n", name, f.n,
               f.pearson, f.auc, f.precision, f.recall, f.f1);
  };
  if (fit.event) {
    fmt::print(
        "The event score. Pearson: against -(the mean of Entities, Geography and Time); "
        "AUC, P, R, F1: same event (that mean <= {}) at threshold {:.2f}\n",
        SameUpTo(), fit.threshold);
  } else {
    fmt::print(
        "The pair score. Pearson: against -Overall; AUC, P, R, F1: same story (Overall <= "
        "{}) at threshold {:.2f}\n",
        SameUpTo(), fit.threshold);
  }
  fmt::print("{:<10} {:>5}  {:>7}  {:>6}  {:>5}  {:>5}  {:>5}\n", "set", "pairs", "Pearson", "AUC",
             "P", "R", "F1");
  line("all", select([](const Pair& p) { return !p.negative; }));
  line("dev", select([](const Pair& p) { return p.dev && !p.negative; }));
  line("held-out", select([](const Pair& p) { return !p.dev && !p.negative; }));
  if (std::any_of(pairs.begin(), pairs.end(), [](const Pair& p) { return p.negative; })) {
    fmt::print("with the unrelated pairs of --negatives (rated 4):\n");
    line("dev+neg", select([](const Pair& p) { return p.dev; }));
    line("held+neg", select([](const Pair& p) { return !p.dev; }));
  }
  std::map<std::string, int> langs;
  for (const Pair& p : pairs) {
    if (!p.negative) ++langs[p.langs];
  }
  fmt::print("per language pair (all | held-out):\n");
  for (const auto& [l, n] : langs) {
    line(l, select([&](const Pair& p) { return p.langs == l && !p.negative; }));
    line("  held", select([&](const Pair& p) { return p.langs == l && !p.dev && !p.negative; }));
  }
  fmt::print("each part alone (Pearson against -{}, all pairs):",
             fit.event ? "the event rating" : "Overall");
  static constexpr const char* kParts[] = {"entities", "terms", "figures", "days", "places"};
  std::vector<double> y;
  for (const Pair& p : pairs) {
    if (!p.negative) y.push_back(-Rating(p, fit.event));
  }
  for (size_t i = 0; i < 5; ++i) {
    std::vector<double> x;
    for (const Pair& p : pairs) {
      if (!p.negative) x.push_back(Features(p.parts, p.cross)[i + 1]);
    }
    fmt::print(" {} {:.3f}", kParts[i], Pearson(x, y));
  }
  fmt::print("\n");
}

}  // namespace parallax::bench

#endif  // PARALLAX_BENCH_SIMILARITY_FIT_H_
