// The entity tables as regression floors: tests/data/<lang>/entities.tsv
// (sentences with the names that must be found with their type, and
// `!traps` that must not; read as bench/entities_eval --sentences reads
// them) and tests/data/entities/pairs/*.tsv (name pairs judged by
// EntityRecognizer::Same, as entities_eval does). The floors are the
// figures measured when the entity layer was committed (2026-11-22); a
// change may raise them, never lower them.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "parallax/data_dir.h"
#include "parallax/entities.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

const EntityRecognizer& Recognizer() {
  static const EntityRecognizer* r = new EntityRecognizer(FindDataDir());
  return *r;
}

fs::path TestData() { return fs::path(PARALLAX_SOURCE_DIR) / "tests" / "data"; }

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

struct SentenceScore {
  long sentences = 0, names = 0, found = 0, typed = 0, traps = 0, trapped = 0;
};

SentenceScore ScoreSentences(const fs::path& file, const std::string& lang) {
  SentenceScore s;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> cols = SplitOn(line, '\t');
    if (cols.size() < 2) continue;
    ++s.sentences;
    const std::string& text = cols[0];
    const std::vector<Entity> entities = Recognizer().RecognizeText(text, lang);
    for (std::string item : SplitOn(cols[1], ';')) {
      while (!item.empty() && item.front() == ' ') item.erase(item.begin());
      if (item.empty()) continue;
      const bool trap = item[0] == '!';
      const size_t bar = item.find('|');
      const std::string want = trap ? item.substr(1) : item.substr(0, bar);
      const std::string type = trap || bar == std::string::npos ? "" : item.substr(bar + 1);
      bool ok = false, ok_type = false;
      for (const Entity& e : entities) {
        for (const EntityMention& m : e.mentions) {
          if (text.compare(m.span.start, m.span.end - m.span.start, want) != 0 ||
              m.span.end - m.span.start != want.size()) {
            continue;
          }
          ok = true;
          ok_type = ok_type || type.empty() || EntityTypeName(e.type) == type;
        }
      }
      if (trap) {
        ++s.traps;
        s.trapped += ok;
      } else {
        ++s.names;
        s.found += ok;
        s.typed += ok && ok_type;
      }
    }
  }
  return s;
}

// Per language: names found with their type (at least), of how many, and
// traps found (at most). Measured with entities_eval --sentences at the
// commit of the entity layer (2026-11-22).
struct Floor {
  long typed, names, max_trapped;
};

const std::map<std::string, Floor>& Floors() {
  static const std::map<std::string, Floor> floors = {
      {"en", {74, 77, 0}}, {"de", {60, 74, 0}}, {"fr", {54, 60, 2}}, {"es", {47, 57, 1}},
      {"it", {49, 61, 1}}, {"pl", {81, 89, 2}}, {"ru", {65, 75, 1}}, {"uk", {61, 72, 2}},
      {"cs", {31, 37, 1}}, {"kk", {31, 36, 2}},
  };
  return floors;
}

TEST(EntityTables, SentencesPerLanguage) {
  std::vector<std::string> langs;
  for (const auto& dir : fs::directory_iterator(TestData())) {
    if (fs::exists(dir.path() / "entities.tsv")) langs.push_back(dir.path().filename().string());
  }
  std::sort(langs.begin(), langs.end());
  ASSERT_GE(langs.size(), Floors().size());
  for (const std::string& lang : langs) {
    const SentenceScore s = ScoreSentences(TestData() / lang / "entities.tsv", lang);
    const std::string figures = std::to_string(s.typed) + "/" + std::to_string(s.names) +
                                " typed, " + std::to_string(s.found) + " found, traps " +
                                std::to_string(s.trapped) + "/" + std::to_string(s.traps);
    std::cout << "entities " << lang << ": " << s.sentences << " sentences, " << figures << "\n";
    RecordProperty("entities_" + lang, figures);
    auto floor = Floors().find(lang);
    // A new language's table needs a floor here.
    ASSERT_NE(floor, Floors().end()) << "no floor for tests/data/" << lang << "/entities.tsv";
    const Floor& f = floor->second;
    EXPECT_GT(s.names, 0) << lang;
    // The share, so that rows added to a table do not break the floor.
    EXPECT_GE(static_cast<double>(s.typed) / static_cast<double>(s.names),
              static_cast<double>(f.typed) / static_cast<double>(f.names) - 1e-9)
        << lang << ": " << figures << "; floor " << f.typed << "/" << f.names;
    EXPECT_LE(s.trapped, f.max_trapped) << lang << ": " << figures;
  }
}

struct PairScore {
  long tp = 0, fp = 0, fn = 0, tn = 0;
  double P() const { return tp + fp ? double(tp) / double(tp + fp) : 1.0; }
  double R() const { return tp + fn ? double(tp) / double(tp + fn) : 1.0; }
};

TEST(EntityTables, NamePairs) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(TestData() / "entities" / "pairs")) {
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  PairScore all;
  for (const fs::path& file : files) {
    const std::string stem = file.stem().string();
    const size_t dash = stem.find('-');
    ASSERT_NE(dash, std::string::npos) << file;
    const std::string lang1 = stem.substr(0, dash), lang2 = stem.substr(dash + 1);
    PairScore one;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const std::vector<std::string> cols = SplitOn(line, '\t');
      if (cols.size() < 4) continue;
      const bool truth = cols[2] == "1";
      const bool said = EntityRecognizer::Same(Recognizer().EntityOfName(cols[0], lang1),
                                               Recognizer().EntityOfName(cols[1], lang2));
      for (PairScore* s : {&one, &all}) {
        (truth ? (said ? s->tp : s->fn) : (said ? s->fp : s->tn)) += 1;
      }
    }
    std::cout << "pairs " << stem << ": P " << one.P() << " R " << one.R() << " ("
              << one.tp + one.fp + one.fn + one.tn << " pairs)\n";
    // The targets hold in each language pair too (lowest on 2026-11-22:
    // P 0.983 en-de, R 0.917 pl-ru).
    EXPECT_GE(one.P(), 0.97) << stem;
    EXPECT_GE(one.R(), 0.90) << stem;
  }
  const long n = all.tp + all.fp + all.fn + all.tn;
  std::cout << "pairs all: P " << all.P() << " R " << all.R() << " (" << n << " pairs)\n";
  RecordProperty("pairs_precision", std::to_string(all.P()));
  RecordProperty("pairs_recall", std::to_string(all.R()));
  EXPECT_GE(n, 200);
  // The target for precision.
  EXPECT_GE(all.P(), 0.97);
  // The target for recall (measured 0.936 over all pairs on
  // 2026-11-22, entities_eval; every language pair is checked above).
  EXPECT_GE(all.R(), 0.90);
}

}  // namespace
}  // namespace parallax
