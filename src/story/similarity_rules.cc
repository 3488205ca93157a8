// parallax story stage: reading the similarity rules (data/story/similarity.tsv,
// data/<lang>/stopwords.txt) and the date and logistic helpers of the
// similarity files.
#include "story/similarity_rules.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <filesystem>
#include <functional>
#include <utility>

#include "annotate/entity_fold.h"
#include "annotate/tsv_fields.h"
#include "parallax/error.h"

namespace parallax::story {
namespace {

namespace fs = std::filesystem;

// Where each named value of similarity.tsv goes.
using Setter = std::function<void(SimilarityRules&, double)>;

template <typename T>
Setter Set(T SimilarityRules::*field) {
  return [field](SimilarityRules& r, double v) { r.*field = static_cast<T>(v); };
}

const std::map<std::string, Setter, std::less<>>& Setters() {
  static auto* setters = new std::map<std::string, Setter, std::less<>>{
      {"term_prefix", Set(&SimilarityRules::term_prefix)},
      {"term_min_letters", Set(&SimilarityRules::term_min_letters)},
      {"shingle_words", Set(&SimilarityRules::shingle_words)},
      {"lead_terms", Set(&SimilarityRules::lead_terms)},
      {"lead_weight", Set(&SimilarityRules::lead_weight)},
      {"figure_min", Set(&SimilarityRules::figure_min)},
      {"day_window", Set(&SimilarityRules::day_window)},
      {"w_time", Set(&SimilarityRules::w_time)},
      {"time_grace_days", Set(&SimilarityRules::time_grace_days)},
      {"time_scale_days", Set(&SimilarityRules::time_scale_days)},
      {"story_threshold", Set(&SimilarityRules::story_threshold)},
      {"linkage_k", Set(&SimilarityRules::linkage_k)},
      {"index_keys", Set(&SimilarityRules::index_keys)},
      {"posting_limit", Set(&SimilarityRules::posting_limit)},
      {"max_candidates", Set(&SimilarityRules::max_candidates)},
      {"copy_jaccard", Set(&SimilarityRules::copy_jaccard)},
      {"translation_figures", Set(&SimilarityRules::translation_figures)},
      {"translation_entities", Set(&SimilarityRules::translation_entities)},
      {"translation_order", Set(&SimilarityRules::translation_order)},
      {"translation_length_ratio", Set(&SimilarityRules::translation_length_ratio)},
      {"translation_min_items", Set(&SimilarityRules::translation_min_items)},
      {"minhash_bands", Set(&SimilarityRules::minhash_bands)},
  };
  static const bool weights_added = [] {
    // "bias", "w_entities" ... "threshold" for the pair combination;
    // "event_bias", "event_w_entities" ... "event_threshold" for the event one.
    using W = SimilarityWeights;
    const std::pair<const char*, double W::*> kParts[] = {{"bias", &W::bias},
                                                          {"w_entities", &W::entities},
                                                          {"w_terms", &W::terms},
                                                          {"w_figures", &W::figures},
                                                          {"w_days", &W::days},
                                                          {"w_places", &W::places},
                                                          {"w_cross", &W::cross},
                                                          {"w_cross_entities", &W::cross_entities},
                                                          {"w_cross_terms", &W::cross_terms},
                                                          {"threshold", &W::threshold}};
    for (const auto& [name, part] : kParts) {
      for (const auto& [prefix, set] :
           {std::pair{"", &SimilarityRules::pair}, std::pair{"event_", &SimilarityRules::event}}) {
        (*setters)[std::string(prefix) + name] = [set, part](SimilarityRules& r, double v) {
          r.*set.*part = v;
        };
      }
    }
    return true;
  }();
  (void)weights_added;
  return *setters;
}

// Names whose value must be a whole number of at least 1.
bool IsCount(std::string_view name) {
  return name == "term_prefix" || name == "lead_terms" || name == "term_min_letters" ||
         name == "shingle_words" || name == "linkage_k" || name == "index_keys" ||
         name == "posting_limit" || name == "max_candidates" || name == "translation_min_items" ||
         name == "minhash_bands" || name == "day_window";
}

void ReadWeights(const fs::path& path, SimilarityRules& rules) {
  std::set<std::string, std::less<>> seen;
  annotate::ForEachDataRow(path, [&](const std::vector<std::string>& f, const std::string& where) {
    if (f.size() < 3 || f[2].empty()) {
      throw DataError(fmt::format("{}: want name, value and where it came from", where));
    }
    auto setter = Setters().find(f[0]);
    if (setter == Setters().end()) throw DataError(fmt::format("{}: unknown name {}", where, f[0]));
    if (!seen.insert(f[0]).second) throw DataError(fmt::format("{}: {} given twice", where, f[0]));
    double value = 0;
    const char* end = f[1].data() + f[1].size();
    auto [ptr, ec] = std::from_chars(f[1].data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value)) {
      throw DataError(fmt::format("{}: {} is not a number", where, f[1]));
    }
    if (IsCount(f[0]) && (value < 1 || value != std::floor(value))) {
      throw DataError(fmt::format("{}: {} must be a whole number >= 1", where, f[0]));
    }
    setter->second(rules, value);
  });
  for (const auto& [name, setter] : Setters()) {
    if (!seen.contains(name)) {
      throw DataError(fmt::format("{}: {} is missing", path.string(), name));
    }
  }
  if (rules.minhash_bands > 64 || 64 % rules.minhash_bands != 0) {
    throw DataError(fmt::format("{}: minhash_bands must divide 64", path.string()));
  }
}

// data/<lang>/stopwords.txt: one word a line, '#' comments; folded as
// profile.cc folds the words of a text.
void ReadStopwords(const fs::path& data_dir, SimilarityRules& rules) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(data_dir, ec)) {
    const fs::path file = entry.path() / "stopwords.txt";
    if (!entry.is_directory() || !fs::exists(file)) continue;
    const std::string lang = entry.path().filename().string();
    std::set<std::string>& words = rules.stopwords[lang];
    annotate::ForEachDataRow(
        file, [&](const std::vector<std::string>& f, const std::string& where) {
          if (f.size() != 1 || f[0].find(' ') != std::string::npos) {
            throw DataError(fmt::format("{}: one word a line", where));
          }
          std::string folded = rules.folder->ToAscii(f[0], lang, /*bare=*/true);
          std::erase(folded, '-');
          if (folded.empty())
            throw DataError(fmt::format("{}: {} has no Latin spelling", where, f[0]));
          words.insert(std::move(folded));
        });
  }
}

}  // namespace

SimilarityRules LoadSimilarityRules(const std::string& data_dir) {
  SimilarityRules rules;
  rules.folder = std::make_shared<const annotate::NameFolder>(data_dir);
  ReadWeights(fs::path(data_dir) / "story" / "similarity.tsv", rules);
  ReadStopwords(data_dir, rules);
  return rules;
}

std::optional<int64_t> DayNumber(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (std::from_chars(iso.data(), iso.data() + 4, y).ptr != iso.data() + 4 ||
      std::from_chars(iso.data() + 5, iso.data() + 7, m).ptr != iso.data() + 7 ||
      std::from_chars(iso.data() + 8, iso.data() + 10, d).ptr != iso.data() + 10) {
    return std::nullopt;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  // Howard Hinnant's days_from_civil.
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool CrossLanguage(const DocumentProfile& a, const DocumentProfile& b) {
  const auto known = [](const std::string& lang) { return !lang.empty() && lang != "und"; };
  return known(a.lang) && known(b.lang) && a.lang != b.lang;
}

double Sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

double Combine(const SimilarityWeights& w, const Similarity& s, bool cross, double time_cost) {
  double logit = w.bias + w.entities * s.entities + w.terms * s.terms + w.figures * s.figures +
                 w.days * s.days + w.places * s.places + time_cost;
  if (cross) logit += w.cross + w.cross_entities * s.entities + w.cross_terms * s.terms;
  return Sigmoid(logit);
}

}  // namespace parallax::story
