// parallax story stage: reading the comparison rules (data/story/compare.tsv,
// data/claims/groups.tsv, data/gazetteer/countries.tsv, data/<lang>/genre.tsv).
#include "story/compare_rules.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <filesystem>
#include <functional>
#include <sstream>
#include <utility>

#include "annotate/tsv_fields.h"
#include "core/utf8.h"
#include "parallax/error.h"

namespace parallax::story {
namespace {

namespace fs = std::filesystem;

double ParseNumber(const std::string& text, const std::string& where) {
  double value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value) || value < 0) {
    throw DataError(fmt::format("{}: {} is not a number >= 0", where, text));
  }
  return value;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

// compare.tsv: name <TAB> value <TAB> reason. Numbers; four lists: family
// (kinds compared as one, the first names the family), cumulative
// (families), own_scope_children (groups), placeless (families); and
// unnamed_group (a group).
void ReadSettings(const fs::path& path, CompareRules& rules) {
  using Setter = std::function<void(double)>;
  const std::map<std::string, Setter, std::less<>> numbers = {
      {"about_tolerance", [&](double v) { rules.about_tolerance = v; }},
      {"bound_margin", [&](double v) { rules.bound_margin = v; }},
      {"vague_low", [&](double v) { rules.vague_low = v; }},
      {"vague_high", [&](double v) { rules.vague_high = v; }},
      {"as_of_max_days", [&](double v) { rules.as_of_max_days = static_cast<int>(v); }},
      {"scope_window_days", [&](double v) { rules.scope_window_days = static_cast<int>(v); }},
      {"opinion_threshold", [&](double v) { rules.opinion_threshold = v; }},
  };
  std::set<std::string, std::less<>> seen;
  annotate::ForEachDataRow(path, [&](const std::vector<std::string>& f, const std::string& where) {
    if (f.size() < 3 || f[1].empty() || f[2].empty()) {
      throw DataError(fmt::format("{}: want name, value and its reason", where));
    }
    if (auto it = numbers.find(f[0]); it != numbers.end()) {
      if (!seen.insert(f[0]).second)
        throw DataError(fmt::format("{}: {} given twice", where, f[0]));
      it->second(ParseNumber(f[1], where));
    } else if (f[0] == "family") {
      const std::vector<std::string> kinds = Words(f[1]);
      if (kinds.size() < 2) throw DataError(fmt::format("{}: a family needs two kinds", where));
      for (const std::string& k : kinds) rules.family[k] = kinds[0];
    } else if (f[0] == "cumulative") {
      for (const std::string& k : Words(f[1])) rules.cumulative.insert(k);
    } else if (f[0] == "own_scope_children") {
      for (const std::string& g : Words(f[1])) rules.own_scope_children.insert(g);
    } else if (f[0] == "placeless") {
      for (const std::string& k : Words(f[1])) rules.placeless.insert(k);
    } else if (f[0] == "unnamed_group") {
      if (!rules.unnamed_group.empty())
        throw DataError(fmt::format("{}: unnamed_group given twice", where));
      rules.unnamed_group = f[1];
    } else {
      throw DataError(fmt::format("{}: unknown name {}", where, f[0]));
    }
  });
  for (const auto& [name, setter] : numbers) {
    if (!seen.contains(name))
      throw DataError(fmt::format("{}: {} is missing", path.string(), name));
  }
  if (rules.vague_low > 1 || rules.vague_high < 1 || rules.about_tolerance >= 1) {
    throw DataError(
        fmt::format("{}: want vague_low <= 1 <= vague_high, about_tolerance < 1", path.string()));
  }
}

void ReadGroups(const fs::path& path, CompareRules& rules) {
  annotate::ForEachDataRow(path, [&](const std::vector<std::string>& f, const std::string& where) {
    if (f.size() < 2 || f[0].empty())
      throw DataError(fmt::format("{}: want group and parent", where));
    rules.parent[f[0]] = f[1] == "-" ? "" : f[1];
  });
  for (const auto& [group, parent] : rules.parent) {
    if (!parent.empty() && !rules.parent.contains(parent)) {
      throw DataError(fmt::format("{}: {} has an unknown parent {}", path.string(), group, parent));
    }
  }
}

void ReadCountries(const fs::path& path, CompareRules& rules) {
  if (!fs::exists(path)) return;
  annotate::ForEachDataRow(path, [&](const std::vector<std::string>& f, const std::string&) {
    if (f.size() >= 4 && f[1] == "place/country" && !f[3].empty()) {
      rules.countries.insert(FoldString(f[3]));
    }
  });
}

}  // namespace

void ReadGenreCues(const std::string& path, GenreCues& cues) {
  annotate::ForEachDataRow(path, [&](const std::vector<std::string>& f, const std::string& where) {
    if (f.size() < 2 || f[1].empty()) throw DataError(fmt::format("{}: want cue and word", where));
    if (f[0] == "example") {
      if (f.size() < 3 || (f[1] != "opinion" && f[1] != "reporting") || f[2].empty()) {
        throw DataError(fmt::format("{}: want example, opinion|reporting, sentence", where));
      }
      cues.examples.emplace_back(f[1], f[2]);
      return;
    }
    std::vector<std::string>* list = f[0] == "first_person" ? &cues.first_person
                                     : f[0] == "evaluative" ? &cues.evaluative
                                     : f[0] == "hedge"      ? &cues.hedges
                                                            : nullptr;
    if (list == nullptr) throw DataError(fmt::format("{}: unknown cue {}", where, f[0]));
    if (f[1].find(' ') != std::string::npos || f[1] == "*") {
      throw DataError(fmt::format("{}: one word a row", where));
    }
    list->push_back(FoldString(f[1]));
  });
}

CompareRules LoadCompareRules(const std::string& data_dir) {
  CompareRules rules;
  const fs::path dir(data_dir);
  ReadSettings(dir / "story" / "compare.tsv", rules);
  ReadGroups(dir / "claims" / "groups.tsv", rules);
  ReadCountries(dir / "gazetteer" / "countries.tsv", rules);
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const fs::path file = entry.path() / "genre.tsv";
    if (!entry.is_directory() || !fs::exists(file)) continue;
    ReadGenreCues(file.string(), rules.genre[entry.path().filename().string()]);
  }
  return rules;
}

std::string CompareRules::Scope(std::string_view group) const {
  std::string scope(group);
  for (int guard = 0; guard < 32; ++guard) {
    auto it = parent.find(scope);
    if (it == parent.end() || it->second.empty() || own_scope_children.contains(it->second)) break;
    scope = it->second;
  }
  return scope;
}

std::string CompareRules::Family(std::string_view kind) const {
  auto it = family.find(kind);
  return it == family.end() ? std::string(kind) : it->second;
}

bool CompareRules::IsWithin(std::string_view a, std::string_view b) const {
  std::string g(a);
  for (int guard = 0; guard < 32; ++guard) {
    if (g == b) return true;
    auto it = parent.find(g);
    if (it == parent.end() || it->second.empty()) return false;
    g = it->second;
  }
  return false;
}

}  // namespace parallax::story
