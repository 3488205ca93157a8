// Loading the claim lexicon (claim_lexicon.h): data/claims/groups.tsv and
// data/<lang>/claims.tsv (format: data/claims-README.md).
#include "annotate/claim_lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "annotate/entity_lexicon.h"
#include "annotate/tsv_fields.h"
#include "parallax/error.h"

namespace parallax::annotate {
namespace {

namespace fs = std::filesystem;

std::optional<CueType> CueTypeOf(std::string_view name) {
  if (name == "event") return CueType::kEvent;
  if (name == "weak") return CueType::kWeakEvent;
  if (name == "group") return CueType::kGroup;
  if (name == "count") return CueType::kCount;
  if (name == "rise") return CueType::kRise;
  if (name == "subset") return CueType::kSubset;
  if (name == "stop") return CueType::kStop;
  if (name == "not_before") return CueType::kNotBefore;
  if (name == "not_after") return CueType::kNotAfter;
  if (name == "join") return CueType::kJoin;
  if (name == "transfer") return CueType::kTransfer;
  if (name == "place") return CueType::kPlace;
  if (name == "background") return CueType::kBackground;
  if (name == "qualifier") return CueType::kQualifier;
  if (name == "partitive") return CueType::kPartitive;
  if (name == "thing") return CueType::kThing;
  if (name == "another") return CueType::kAnother;
  if (name == "street") return CueType::kStreet;
  if (name == "motion") return CueType::kMotion;
  if (name == "one") return CueType::kOne;
  return std::nullopt;
}

// The words of a pattern, lower-cased; "kill*" is a stem.
std::vector<CueWord> PatternWords(const std::string& pattern, const std::string& where) {
  std::vector<CueWord> out;
  const std::string lower = LowerUtf8(pattern);
  size_t start = 0;
  bool gap = false;  // a "..." before the next word
  while (start <= lower.size()) {
    size_t space = lower.find(' ', start);
    if (space == std::string::npos) space = lower.size();
    if (space > start && lower.compare(start, space - start, "...") == 0) {
      // "straci* ... życie": a gap, between two words only.
      if (out.empty() || gap) {
        throw DataError(fmt::format("{}: \"...\" must stand between two words", where));
      }
      gap = true;
    } else if (space > start) {
      CueWord w;
      w.gap_before = gap;
      gap = false;
      w.text = lower.substr(start, space - start);
      if (w.text.back() == '*') {
        w.text.pop_back();
        w.prefix = true;
        if (w.text.size() < 3) {
          throw DataError(fmt::format("{}: stem \"{}*\" is shorter than 3 bytes", where, w.text));
        }
      }
      if (w.text.empty() || w.text.find('*') != std::string::npos) {
        throw DataError(fmt::format("{}: bad pattern \"{}\"", where, pattern));
      }
      out.push_back(std::move(w));
    }
    start = space + 1;
  }
  if (out.empty()) throw DataError(fmt::format("{}: empty pattern", where));
  if (gap) throw DataError(fmt::format("{}: \"...\" must stand between two words", where));
  return out;
}

void ReadGroups(const fs::path& path, std::map<std::string, std::string, std::less<>>& groups) {
  if (!fs::exists(path)) throw DataError(fmt::format("{}: cannot be read", path.string()));
  std::vector<std::pair<std::string, std::string>> parents;  // (parent, where)
  ForEachDataRow(path, [&](const std::vector<std::string>& f, const std::string& where) {
    if (f.size() != 3 || f[0].empty()) {
      throw DataError(fmt::format("{}: expected group<TAB>parent<TAB>description", where));
    }
    const std::string parent = f[1] == "-" ? "" : f[1];
    if (!groups.emplace(f[0], parent).second) {
      throw DataError(fmt::format("{}: group \"{}\" given twice", where, f[0]));
    }
    if (!parent.empty()) parents.emplace_back(parent, where);
  });
  for (const auto& [parent, where] : parents) {
    if (!groups.count(parent)) {
      throw DataError(fmt::format("{}: unknown parent group \"{}\"", where, parent));
    }
  }
}

// data/claims/noun_keys.tsv: key<TAB>description; keys are snake_case and
// never a claim kind's name (so "other:<kind>" and "other:<key>" stay apart).
// A data folder without the file allows no key.
void ReadNounKeys(const fs::path& path, std::set<std::string, std::less<>>& keys) {
  if (!fs::exists(path)) return;
  ForEachDataRow(path, [&](const std::vector<std::string>& f, const std::string& where) {
    if (f.size() != 2 || f[0].empty()) {
      throw DataError(fmt::format("{}: expected key<TAB>description", where));
    }
    const bool snake = std::all_of(f[0].begin(), f[0].end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (!snake || ClaimKindFromName(f[0])) {
      throw DataError(fmt::format("{}: \"{}\" is no snake_case key or is a claim kind", where, f[0]));
    }
    if (!keys.insert(f[0]).second) {
      throw DataError(fmt::format("{}: key \"{}\" given twice", where, f[0]));
    }
  });
}

// "# example: <sentence> => <expected>" lines of a claims.tsv header.
void ReadExamples(const fs::path& path, const std::string& lang, std::vector<ClaimExample>& out) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  size_t line_no = 0;
  static constexpr std::string_view kTag = "# example: ";
  while (std::getline(in, line)) {
    ++line_no;
    if (line.rfind(kTag, 0) != 0) continue;
    const std::string where = fmt::format("{}:{}", path.string(), line_no);
    const size_t arrow = line.find(" => ");
    if (arrow == std::string::npos) {
      throw DataError(fmt::format("{}: example without \" => \"", where));
    }
    out.push_back(
        {lang, line.substr(kTag.size(), arrow - kTag.size()), line.substr(arrow + 4), where});
  }
}

// Fills the filters of `cues` from its finished indexes.
void BuildFilters(ClaimCues& cues) {
  cues.exact_filter.Reserve(cues.exact.size());
  for (const auto& entry : cues.exact) cues.exact_filter.Add(CueHash(entry.first));
  cues.prefix_filter.Reserve(cues.prefix.size());
  for (const auto& entry : cues.prefix) cues.prefix_filter.Add(CueHash(entry.first));
}

}  // namespace

uint64_t CueHash(std::string_view s) {
  uint64_t h = kCueHashSeed;
  for (char c : s) h = CueHashStep(h, c);
  return h;
}

void CueFilter::Reserve(size_t n) {
  size_t words = 8;
  while (words * 64 < n * 16) words *= 2;
  bits_.assign(words, 0);
  mask_ = words * 64 - 1;
}

void CueFilter::Add(uint64_t hash) {
  const uint64_t bit = (hash ^ (hash >> 32)) & mask_;
  bits_[bit >> 6] |= uint64_t{1} << (bit & 63);
}

ClaimLexicon::ClaimLexicon(const std::string& data_dir) {
  const fs::path root(data_dir);
  ReadGroups(root / "claims" / "groups.tsv", groups_);
  ReadNounKeys(root / "claims" / "noun_keys.tsv", noun_keys_);
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.is_directory() && fs::exists(entry.path() / "claims.tsv")) {
      dirs.push_back(entry.path());
    }
  }
  std::sort(dirs.begin(), dirs.end());
  for (const fs::path& dir : dirs) {
    const std::string lang = dir.filename().string();
    const fs::path path = dir / "claims.tsv";
    ClaimCues& cues = langs_[lang];
    const auto check_noun_key = [this](const std::string& key, const std::string& where) {
      if (!noun_keys_.count(key)) {
        throw DataError(fmt::format("{}: unknown noun key \"{}\" (data/claims/noun_keys.tsv)",
                                    where, key));
      }
    };
    ForEachDataRow(path, [&](const std::vector<std::string>& f, const std::string& where) {
      if (f.size() != 3 || f[1].empty() || f[2].empty()) {
        throw DataError(fmt::format("{}: expected type<TAB>pattern<TAB>value", where));
      }
      const std::optional<CueType> type = CueTypeOf(f[0]);
      if (!type) throw DataError(fmt::format("{}: unknown row type \"{}\"", where, f[0]));
      Cue cue;
      cue.type = *type;
      cue.where = where;
      cue.words = PatternWords(f[1], where);
      if (cue.type == CueType::kEvent || cue.type == CueType::kWeakEvent) {
        // "other:killed": kind other for things, killed for people (events
        // only); "other:beheaded", "other:missing:hostages": a noun key.
        const size_t colon = cue.type == CueType::kEvent ? f[2].find(':') : std::string::npos;
        const auto kind = ClaimKindFromName(f[2].substr(0, colon));
        if (!kind) throw DataError(fmt::format("{}: unknown claim kind \"{}\"", where, f[2]));
        cue.kind = *kind;
        cue.has_kind = true;
        if (colon != std::string::npos) {
          if (cue.kind != ClaimKind::kOther) {
            throw DataError(fmt::format("{}: expected other:<kind or key>, got \"{}\"", where, f[2]));
          }
          std::string rest = f[2].substr(colon + 1);
          const size_t second = rest.find(':');
          if (second != std::string::npos) {
            cue.noun_key = rest.substr(second + 1);
            rest.resize(second);
            cue.armed_kind = ClaimKindFromName(rest);
            if (!cue.armed_kind) {
              throw DataError(fmt::format("{}: unknown claim kind in \"{}\"", where, f[2]));
            }
            check_noun_key(cue.noun_key, where);
          } else if (const auto armed = ClaimKindFromName(rest)) {
            cue.armed_kind = armed;
          } else {
            cue.noun_key = rest;
            check_noun_key(cue.noun_key, where);
          }
        }
      } else if (cue.type == CueType::kThing && f[2] != "-") {
        // "houses" things: `other:houses`.
        if (f[2].rfind("other:", 0) != 0) {
          throw DataError(fmt::format("{}: expected - or other:<key>, got \"{}\"", where, f[2]));
        }
        cue.noun_key = f[2].substr(6);
        check_noun_key(cue.noun_key, where);
      } else if (cue.type == CueType::kGroup) {
        // "police:deployed"; "foreign_nationals@Afghanistan" (a demonym and
        // its country, the gazetteer's English name); "foreign_nationals@*"
        // (a citizen word: foreign nationals when a foreign country follows).
        const size_t colon = f[2].find(':');
        cue.group = f[2].substr(0, colon);
        if (const size_t at = cue.group.find('@'); at != std::string::npos) {
          cue.home = cue.group.substr(at + 1);
          cue.group.resize(at);
          if (cue.home.empty() || cue.group != "foreign_nationals") {
            throw DataError(fmt::format("{}: expected foreign_nationals@<country> or @*", where));
          }
        }
        if (!groups_.count(cue.group)) {
          throw DataError(fmt::format("{}: unknown group \"{}\"", where, cue.group));
        }
        if (colon != std::string::npos) {
          const auto kind = ClaimKindFromName(f[2].substr(colon + 1));
          if (!kind) throw DataError(fmt::format("{}: unknown claim kind in \"{}\"", where, f[2]));
          cue.kind = *kind;
          cue.has_kind = true;
        }
      } else if (cue.type == CueType::kQualifier) {
        const auto approx = ApproxFromName(f[2]);
        if (!approx) throw DataError(fmt::format("{}: unknown approx \"{}\"", where, f[2]));
        cue.approx = *approx;
      } else if (f[2] != "-") {
        throw DataError(fmt::format("{}: value must be \"-\" for {}", where, f[0]));
      }
      cues.has_one = cues.has_one || cue.type == CueType::kOne;
      const uint32_t index = static_cast<uint32_t>(cues.cues.size());
      const CueWord& first = cue.words.front();
      if (first.prefix) {
        cues.prefix[first.text].push_back(index);
        cues.min_stem = std::min(cues.min_stem, first.text.size());
        cues.max_stem = std::max(cues.max_stem, first.text.size());
      } else {
        cues.exact[first.text].push_back(index);
      }
      cues.cues.push_back(std::move(cue));
    });
    BuildFilters(cues);
    ReadExamples(path, lang, examples_);
  }
}

const ClaimCues* ClaimLexicon::Cues(std::string_view lang) const {
  const auto it = langs_.find(lang);
  return it == langs_.end() ? nullptr : &it->second;
}

bool ClaimLexicon::KnownGroup(std::string_view group) const { return groups_.count(group) != 0; }

std::string_view ClaimLexicon::Parent(std::string_view group) const {
  const auto it = groups_.find(group);
  return it == groups_.end() ? std::string_view() : std::string_view(it->second);
}

std::vector<std::string> ClaimLexicon::Languages() const {
  std::vector<std::string> out;
  for (const auto& [lang, cues] : langs_) out.push_back(lang);
  return out;
}

}  // namespace parallax::annotate
