// parallax: story similarity (story.h, Compare) on the SemEval 2022 task 8
// pairs, ../shared/data/similarity/semeval2022-t8-train.csv.xz (news
// article pairs in 10 languages rated by annotators; Overall 1 = very
// similar .. 4 = not similar). The file is decompressed at run time (xz in
// a pipe) and never copied into the project.
//
// Every distinct text goes through the real pipeline as the product reads
// it: written as JSONL with its language as a hint, Pipeline::Run into a
// temporary Store, read back with Store::Get (entities carry store ids),
// then BuildProfile; document frequencies come from all texts. Each pair is
// scored by Compare. It prints the Pearson correlation of the score with
// -Overall (higher score, more similar: a positive figure is right), the
// ROC-AUC of "same story" (Overall <= 2) and the F1 of same story at the
// model's threshold, for all pairs, the dev half and the held-out half (a
// fixed split by FNV-1a of pair_id), and per language pair.
//
//   similarity_eval [--data FILE] [--data-dir DIR] [--store FILE]
//                   [--fit [--event]] [--speed N]
//
// --store keeps the store of the texts in FILE (made when absent, reused
// when present: the pipeline then does not run again).
// --fit fits the part weights on the dev half only (logistic regression
// with the graded target (4 - Overall) / 3, Newton's method), chooses the
// threshold that gives the best F1 of same story on the dev half, and
// prints them as rows of data/story/similarity.tsv; the figures printed
// are those of the fitted weights. With --event it fits the event score
// (Similarity::event, the weights named event_*) to the mean of the
// Entities, Geography and Time ratings, and the threshold to the best F1
// of "same event" (that mean <= 2). Without --fit both scores of the
// model are reported, each against its own rating.
// --speed N adds N synthetic profiles (stories of 1-20 documents drawn from
// topic vocabularies) to a StoryClusterer and prints documents per second.
//
// Target (issue 7): Pearson >= 0.70 without neural models; the best neural
// system of the task reached 0.818 on its official test set.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "parallax/error.h"
#include "parallax/hash.h"
#include "parallax/pipeline.h"
#include "parallax/story.h"
#include "similarity_fit.h"
#include "story/duplicates.h"
#include "story/story_model.h"

namespace fs = std::filesystem;
using parallax::bench::Fit;
using parallax::bench::Pair;

namespace {

// The records of a CSV text (RFC 4180: quoted fields may hold commas,
// doubled quotes and newlines).
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
    } else {
      field += c;
    }
  }
  if (!field.empty() || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string Decompress(const fs::path& path) {
  const std::string cmd = "xz -dc '" + path.string() + "'";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) throw parallax::InputError("cannot run " + cmd);
  std::string out;
  char buf[65536];
  size_t n = 0;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  if (pclose(pipe) != 0) throw parallax::InputError(cmd + " failed");
  return out;
}

bool DevHalf(const std::string& pair_id) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : pair_id) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return (h & 1) == 0;
}

std::vector<Pair> LoadPairs(const fs::path& file, std::vector<std::string>& texts,
                            std::vector<std::string>& langs) {
  const auto rows = ParseCsv(Decompress(file));
  if (rows.empty()) throw parallax::InputError(file.string() + ": empty");
  std::map<std::string, size_t> col;
  for (size_t i = 0; i < rows[0].size(); ++i) col[rows[0][i]] = i;
  for (const char* name : {"pair_id", "lang1", "lang2", "text1", "text2", "Overall"}) {
    if (!col.contains(name)) throw parallax::InputError(file.string() + ": no column " + name);
  }
  std::map<std::string, size_t> text_index;
  auto index_of = [&](const std::string& text, const std::string& lang) {
    auto [it, inserted] = text_index.emplace(text, texts.size());
    if (inserted) {
      texts.push_back(text);
      langs.push_back(lang);
    }
    return it->second;
  };
  std::vector<Pair> pairs;
  for (size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.size() < rows[0].size()) continue;
    Pair p;
    p.id = row[col["pair_id"]];
    p.langs = row[col["lang1"]] + "-" + row[col["lang2"]];
    p.overall = std::stod(row[col["Overall"]]);
    if (col.contains("Entities") && col.contains("Geography") && col.contains("Time")) {
      p.event = (std::stod(row[col["Entities"]]) + std::stod(row[col["Geography"]]) +
                 std::stod(row[col["Time"]])) /
                3;
    } else {
      p.event = p.overall;
    }
    p.dev = DevHalf(p.id);
    if (row[col["text1"]].empty() || row[col["text2"]].empty()) continue;
    p.a = index_of(row[col["text1"]], row[col["lang1"]]);
    p.b = index_of(row[col["text2"]], row[col["lang2"]]);
    pairs.push_back(std::move(p));
  }
  return pairs;
}

// The profiles of `texts`, through the pipeline and a store at `store_path`.
std::vector<parallax::DocumentProfile> Profiles(const std::vector<std::string>& texts,
                                                const std::vector<std::string>& langs,
                                                const std::string& data_dir,
                                                const fs::path& store_path,
                                                const parallax::StoryModel& model) {
  const bool fresh = !fs::exists(store_path);
  parallax::Store store(store_path.string());
  if (fresh) {
    const fs::path jsonl = store_path.string() + ".jsonl";
    {
      std::ofstream out(jsonl, std::ios::binary);
      for (size_t i = 0; i < texts.size(); ++i) {
        nlohmann::json j = {{"url", fmt::format("https://semeval.example/{}", i)},
                            {"text", texts[i]},
                            {"lang", langs[i]}};
        out << j.dump() << "\n";
      }
    }
    parallax::PipelineOptions options;
    options.data_dir = data_dir;
    options.threads = 2;
    parallax::Pipeline pipeline(options);
    const auto result = pipeline.Run({jsonl.string()}, store);
    fmt::print(stderr, "pipeline: {} documents, {} failures, {:.1f} s\n", result.ids.size(),
               result.failures.size(), result.seconds);
    fs::remove(jsonl);
  }
  std::vector<parallax::DocumentProfile> out(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    std::optional<parallax::Document> doc = store.Get(parallax::DocumentId(texts[i]));
    if (doc) out[i] = parallax::BuildProfile(*doc, model);
  }
  return out;
}

// Synthetic profiles for the clustering speed: `n` documents in stories of
// 1-20 documents, each story drawing its entities and terms from its own
// small vocabulary plus a shared common one.
void Speed(size_t n, const parallax::StoryModel& model) {
  std::mt19937 rng(7);
  std::vector<parallax::DocumentProfile> profiles;
  size_t story = 0;
  while (profiles.size() < n) {
    const size_t docs = 1 + rng() % 20;
    for (size_t d = 0; d < docs && profiles.size() < n; ++d) {
      std::map<std::string, float> entities;
      std::map<std::string, float> terms;
      for (int i = 0; i < 8; ++i) entities[fmt::format("E{}", story * 10 + rng() % 12)] += 1;
      for (int i = 0; i < 3; ++i) entities[fmt::format("E{}", 900000 + rng() % 50)] += 1;
      for (int i = 0; i < 150; ++i) terms[fmt::format("s{}w{}", story, rng() % 120)] += 1;
      for (int i = 0; i < 150; ++i) terms[fmt::format("common{}", rng() % 3000)] += 1;
      parallax::DocumentProfile p;
      p.document = fmt::format("d{}", profiles.size());
      p.lang = "en";
      p.published = fmt::format("2022-01-{:02}", 1 + story % 28);
      p.entities.assign(entities.begin(), entities.end());
      p.terms.assign(terms.begin(), terms.end());
      profiles.push_back(std::move(p));
    }
    ++story;
  }
  std::shuffle(profiles.begin(), profiles.end(), rng);
  parallax::StoryClusterer clusterer(model);
  std::map<std::string, size_t> sizes;
  const auto start = std::chrono::steady_clock::now();
  for (auto& p : profiles) ++sizes[clusterer.Add(std::move(p)).story];
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fmt::print(
      "speed: {} synthetic profiles ({} planted stories) -> {} stories in {:.2f} s: {:.0f} "
      "documents/s\n",
      n, story, sizes.size(), seconds, static_cast<double>(n) / seconds);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"parallax story similarity on the SemEval 2022 task 8 pairs"};
  std::string data =
      std::string(PARALLAX_SOURCE_DIR) + "/../shared/data/similarity/semeval2022-t8-train.csv.xz";
  std::string data_dir;
  std::string store_path;
  bool fit = false;
  size_t speed = 0;
  app.add_option("--data", data, "the SemEval CSV (.xz)");
  app.add_option("--data-dir", data_dir, "parallax's data folder");
  app.add_option("--store", store_path, "keep (or reuse) the store of the texts here");
  app.add_flag("--fit", fit, "fit the weights and threshold on the dev half");
  bool event = false;
  app.add_flag("--event", event, "--fit to the mean of Entities, Geography and Time, not Overall");
  size_t negatives = 0;
  app.add_option("--negatives", negatives,
                 "add N unrelated pairs (rated 4) per rated pair, drawn within its half: the "
                 "background of a news stream, which the rated pairs (all chosen as candidates) "
                 "lack");
  std::string scores_path;
  app.add_option("--scores", scores_path,
                 "write each pair's ratings, parts and both scores here (TSV)");
  app.add_option("--same-up-to", parallax::bench::SameUpTo(),
                 "the rating (1..4) at or under which a pair counts as alike (default 2)");
  app.add_option("--speed", speed, "time clustering N synthetic profiles, then stop");
  CLI11_PARSE(app, argc, argv);
  try {
    parallax::StoryModel model(data_dir);
    if (speed > 0) {
      Speed(speed, model);
      return 0;
    }
    std::vector<std::string> texts;
    std::vector<std::string> langs;
    std::vector<Pair> pairs = LoadPairs(data, texts, langs);
    fmt::print("{} pairs, {} distinct texts\n", pairs.size(), texts.size());
    fs::path store = store_path;
    const bool temporary = store.empty();
    if (temporary)
      store = fs::temp_directory_path() / fmt::format("similarity_eval_{}.db", getpid());
    const auto profiles = Profiles(texts, langs, model.impl().data_dir, store, model);
    if (temporary) {
      for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(store.string() + suffix);
    }
    parallax::FeatureStats stats;
    for (const auto& p : profiles) stats.Add(p);
    const Fit pair_weights = parallax::bench::WeightsOf(model.impl().similarity, false);
    const Fit event_weights = parallax::bench::WeightsOf(model.impl().similarity, true);
    for (Pair& p : pairs) {
      p.parts = parallax::Compare(profiles[p.a], profiles[p.b], stats, model);
      p.cross = parallax::story::CrossLanguage(profiles[p.a], profiles[p.b]);
      // The bench's combinations must be the model's.
      if (std::fabs(parallax::bench::Score(p.parts, pair_weights, p.cross) - p.parts.score) >
              1e-9 ||
          std::fabs(parallax::bench::Score(p.parts, event_weights, p.cross) - p.parts.event) >
              1e-9) {
        throw parallax::Error("bench/similarity_fit.h combines the parts otherwise than Compare");
      }
    }
    // Unrelated pairs: text a of one pair with text b of another pair of
    // the same half (different texts), a fixed draw.
    std::mt19937_64 rng(2022);
    const size_t rated = pairs.size();
    for (size_t n = 0; n < negatives; ++n) {
      for (size_t i = 0; i < rated; ++i) {
        for (int attempt = 0; attempt < 20; ++attempt) {
          const size_t j = rng() % rated;
          const Pair& pi = pairs[i];
          const Pair& pj = pairs[j];
          if (j == i || pi.dev != pj.dev || pj.b == pi.a || pj.b == pi.b || pj.a == pi.a) continue;
          Pair neg;
          neg.id = "neg:" + pi.id + ":" + pj.id;
          neg.langs = pi.langs.substr(0, pi.langs.find('-')) + "-" +
                      pj.langs.substr(pj.langs.find('-') + 1);
          neg.overall = 4;
          neg.event = 4;
          neg.dev = pi.dev;
          neg.a = pi.a;
          neg.b = pj.b;
          neg.negative = true;
          neg.parts = parallax::Compare(profiles[neg.a], profiles[neg.b], stats, model);
          neg.cross = parallax::story::CrossLanguage(profiles[neg.a], profiles[neg.b]);
          pairs.push_back(std::move(neg));
          break;
        }
      }
    }
    if (!scores_path.empty()) {
      std::ofstream out(scores_path, std::ios::binary);
      out << "pair_id\tlangs\tdev\toverall\tevent_rating\tentities\tterms\tfigures\tdays\t"
             "places\tscore\tevent\n";
      for (const Pair& p : pairs) {
        out << fmt::format(
            "{}\t{}\t{}\t{}\t{:.3f}\t{:.4f}\t{:.4f}\t{:.4f}\t{:.4f}\t{:.4f}\t{:.4f}\t{:.4f}\n",
            p.id, p.langs, p.dev ? 1 : 0, p.overall, p.event, p.parts.entities, p.parts.terms,
            p.parts.figures, p.parts.days, p.parts.places, p.parts.score, p.parts.event);
      }
    }
    if (fit) {
      const Fit fitted = parallax::bench::FitWeights(pairs, event);
      parallax::bench::PrintWeights(fitted);
      parallax::bench::PrintReport(pairs, fitted);
    } else {
      parallax::bench::PrintReport(pairs, pair_weights);
      parallax::bench::PrintReport(pairs, event_weights);
    }
    // Copies: how the pairs that MatchCopy calls copies or translations were rated.
    const auto& rules = model.impl().similarity;
    std::map<std::string, std::vector<double>> copies;
    for (const Pair& p : pairs) {
      const auto m = parallax::story::MatchCopy(profiles[p.a], profiles[p.b], rules);
      copies[std::string(parallax::CopyKindName(m.kind))].push_back(p.overall);
      if (m.kind != parallax::CopyKind::kNone && std::getenv("PX_SHOW")) {
        fmt::print("{} {} {:.2f} overall {}\n  {}\n  {}\n", p.id, parallax::CopyKindName(m.kind),
                   m.score, p.overall, texts[p.a].substr(0, 300), texts[p.b].substr(0, 300));
      }
    }
    for (const auto& [kind, list] : copies) {
      double mean = 0;
      for (double o : list) mean += o / static_cast<double>(list.size());
      fmt::print("copy kind {}: {} pairs, mean Overall {:.2f}\n", kind, list.size(), mean);
    }
  } catch (const parallax::Error& e) {
    fmt::print(stderr, "similarity_eval: {}\n", e.what());
    return 1;
  }
  return 0;
}
