// parallax: "same entity" decisions on the tables of name-variant pairs in
// tests/data/entities/pairs/<l1>-<l2>.tsv (name1, name2, same, type, note;
// written for parallax from public facts). Each name becomes an entity on
// its own (EntityRecognizer::EntityOfName, in the language of its column)
// and each pair is judged by EntityRecognizer::Same, the store's rule. It
// prints, per language pair and type, precision and recall of "same", for
// the dev half, the held-out half (a fixed split by a hash of the pair) and
// all pairs; with the bundled gazetteer and, with --no-gazetteer, with the
// spelling rules alone.
//
//   entities_eval [--pairs DIR] [--data-dir DIR] [--half dev|held-out|all]
//                 [--no-gazetteer] [--failures N] [--keys NAME --lang L]
//                 [--sentences DIR]
//
// --sentences reads DIR/<lang>/entities.tsv (sentence, expected: `;`-separated
// `surface|type` names that must be found with that type, `!surface` texts
// that must not be found) and prints per language how many expected names
// were found with their type, and how many traps were found wrongly.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "parallax/data_dir.h"
#include "parallax/entities.h"
#include "parallax/error.h"

namespace fs = std::filesystem;

namespace {

struct Pair {
  std::string file, lang1, lang2, name1, name2, type, note;
  bool same = false;
  bool dev = false;
};

// The fixed dev / held-out split: FNV-1a of the two names.
bool DevHalf(const std::string& a, const std::string& b) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : a + "\t" + b) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return (h & 1) == 0;
}

std::vector<Pair> LoadPairs(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Pair> out;
  for (const fs::path& f : files) {
    const std::string stem = f.stem().string();
    const size_t dash = stem.find('-');
    if (dash == std::string::npos) continue;
    std::ifstream in(f);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> cols;
      size_t start = 0;
      while (true) {
        const size_t tab = line.find('\t', start);
        cols.push_back(
            line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
      }
      if (cols.size() < 4) continue;
      Pair p{stem,
             stem.substr(0, dash),
             stem.substr(dash + 1),
             cols[0],
             cols[1],
             cols[3],
             cols.size() > 4 ? cols[4] : "",
             cols[2] == "1",
             DevHalf(cols[0], cols[1])};
      out.push_back(std::move(p));
    }
  }
  return out;
}

struct Score {
  long tp = 0, fp = 0, fn = 0, tn = 0;
  void Add(bool truth, bool said) {
    if (truth && said)
      ++tp;
    else if (!truth && said)
      ++fp;
    else if (truth)
      ++fn;
    else
      ++tn;
  }
  double P() const { return tp + fp ? double(tp) / double(tp + fp) : 1.0; }
  double R() const { return tp + fn ? double(tp) / double(tp + fn) : 1.0; }
  long N() const { return tp + fp + fn + tn; }
};

std::string Keys(const parallax::Entity& e) {
  std::string s = e.partial ? "partial" : "complete";
  s += " [" + std::string(parallax::EntityTypeName(e.type)) + "] keys:";
  for (const auto& k : e.keys) s += " " + k;
  if (!e.attach_keys.empty()) s += " attach:";
  for (const auto& k : e.attach_keys) s += " " + k;
  return s;
}

std::vector<std::string> SplitOn(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) break;
    start = at + 1;
  }
  return out;
}

int ScoreSentences(const parallax::EntityRecognizer& recognizer, const fs::path& dir,
                   long failures) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (fs::exists(e.path() / "entities.tsv")) files.push_back(e.path() / "entities.tsv");
  }
  std::sort(files.begin(), files.end());
  long printed = 0;
  fmt::print("{:<6} {:>9} {:>7} {:>9} {:>7} {:>6} {:>9}\n", "lang", "sentences", "names", "found",
             "typed", "traps", "trapped");
  for (const fs::path& f : files) {
    const std::string lang = f.parent_path().filename().string();
    std::ifstream in(f);
    std::string line;
    long sentences = 0, names = 0, found = 0, typed = 0, traps = 0, trapped = 0;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const std::vector<std::string> cols = SplitOn(line, '\t');
      if (cols.size() < 2) continue;
      ++sentences;
      const std::string& text = cols[0];
      const std::vector<parallax::Entity> entities = recognizer.RecognizeText(text, lang);
      auto surface_of = [&](const parallax::EntityMention& m) {
        return text.substr(m.span.start, m.span.end - m.span.start);
      };
      std::string got;
      for (const parallax::Entity& e : entities) {
        for (const parallax::EntityMention& m : e.mentions) {
          got += " [" + surface_of(m) + "|" + std::string(parallax::EntityTypeName(e.type)) + "]";
        }
      }
      for (std::string item : SplitOn(cols[1], ';')) {
        while (!item.empty() && item.front() == ' ') item.erase(item.begin());
        if (item.empty()) continue;
        bool ok = false, ok_type = false;
        const bool trap = item[0] == '!';
        const std::string want = trap ? item.substr(1) : item.substr(0, item.find('|'));
        const std::string type =
            trap || item.find('|') == std::string::npos ? "" : item.substr(item.find('|') + 1);
        for (const parallax::Entity& e : entities) {
          for (const parallax::EntityMention& m : e.mentions) {
            if (surface_of(m) != want) continue;
            ok = true;
            ok_type = ok_type || type.empty() || parallax::EntityTypeName(e.type) == type;
          }
        }
        if (trap) {
          ++traps;
          trapped += ok;
        } else {
          ++names;
          found += ok;
          typed += ok && ok_type;
        }
        if ((trap ? ok : !(ok && ok_type)) && printed < failures) {
          ++printed;
          fmt::print("{} {} {}: {}\n   got:{}\n", lang,
                     trap ? "TRAP"
                     : ok ? "TYPE"
                          : "MISS",
                     item, text, got);
        }
      }
    }
    fmt::print("{:<6} {:>9} {:>7} {:>9} {:>7} {:>6} {:>9}\n", lang, sentences, names, found, typed,
               traps, trapped);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"parallax: same-entity decisions on name-variant pair tables"};
  std::string pairs_dir = "tests/data/entities/pairs", data_dir, half = "all", keys_of, lang = "en";
  bool no_gazetteer = false;
  long failures = 0;
  app.add_option("--pairs", pairs_dir, "folder of <l1>-<l2>.tsv pair tables");
  app.add_option("--data-dir", data_dir, "data folder");
  app.add_option("--half", half, "dev, held-out or all")
      ->check(CLI::IsMember({"dev", "held-out", "all"}));
  app.add_flag("--no-gazetteer", no_gazetteer, "without data/gazetteer/");
  app.add_option("--failures", failures, "print this many wrong decisions");
  app.add_option("--keys", keys_of, "print the keys of this name and exit");
  app.add_option("--lang", lang, "language of --keys");
  std::string sentences_dir;
  app.add_option("--sentences", sentences_dir, "score mention finding on DIR/<lang>/entities.tsv");
  CLI11_PARSE(app, argc, argv);
  try {
    parallax::EntityOptions options;
    options.bundled_gazetteer = !no_gazetteer;
    parallax::EntityRecognizer recognizer(parallax::FindDataDir(data_dir), options);
    if (!keys_of.empty()) {
      const parallax::Entity e = recognizer.EntityOfName(keys_of, lang);
      fmt::print("{} -> {} ({})\n", keys_of, Keys(e), e.name);
      return 0;
    }
    if (!sentences_dir.empty()) return ScoreSentences(recognizer, sentences_dir, failures);
    const std::vector<Pair> pairs = LoadPairs(pairs_dir);
    std::map<std::string, Score> by_file, by_type;
    Score dev, held, all;
    long printed = 0;
    for (const Pair& p : pairs) {
      const bool in_half = half == "all" || (half == "dev") == p.dev;
      const parallax::Entity a = recognizer.EntityOfName(p.name1, p.lang1);
      const parallax::Entity b = recognizer.EntityOfName(p.name2, p.lang2);
      const bool said = parallax::EntityRecognizer::Same(a, b);
      (p.dev ? dev : held).Add(p.same, said);
      all.Add(p.same, said);
      if (!in_half) continue;
      by_file[p.file].Add(p.same, said);
      by_type[p.type].Add(p.same, said);
      if (said != p.same && printed < failures) {
        ++printed;
        fmt::print("{} {}: {} | {} ({}; {})\n  {}\n  {}\n", p.file, p.same ? "MISSED" : "FALSE",
                   p.name1, p.name2, p.type, p.note, Keys(a), Keys(b));
      }
    }
    fmt::print("pairs {} (half: {}; gazetteer: {})\n", pairs_dir, half,
               no_gazetteer ? "off" : "on");
    fmt::print("{:<10} {:>6} {:>6} {:>6} {:>7} {:>7}\n", "set", "pairs", "same", "diff", "P", "R");
    auto row = [](const std::string& name, const Score& s) {
      fmt::print("{:<10} {:>6} {:>6} {:>6} {:>7.3f} {:>7.3f}\n", name, s.N(), s.tp + s.fn,
                 s.fp + s.tn, s.P(), s.R());
    };
    for (const auto& [name, s] : by_file) row(name, s);
    for (const auto& [name, s] : by_type) row(name, s);
    row("dev", dev);
    row("held-out", held);
    row("all", all);
    fmt::print("targets: P >= 0.970, R >= 0.900 (issue 5)\n");
  } catch (const parallax::Error& e) {
    fmt::print(stderr, "entities_eval: {}\n", e.what());
    return 2;
  }
  return 0;
}
