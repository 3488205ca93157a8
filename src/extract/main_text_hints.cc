#include "extract/main_text_hints.h"

#include <algorithm>
#include <cctype>
#include <exception>
#include <fstream>
#include <sstream>
#include <string>

#include "fmt/format.h"
#include "parallax/data_dir.h"
#include "parallax/error.h"

namespace parallax::html {

namespace {

constexpr std::string_view kHeader = "kind\ttoken\tweight\treason";

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

HintTable HintTable::Parse(std::string_view tsv) {
  HintTable table;
  bool header = false;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    std::string_view line = tsv.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? tsv.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (!header) {
      if (line != kHeader) throw DataError(fmt::format("hints.tsv: header is not '{}'", kHeader));
      header = true;
      continue;
    }
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() != 4 || f[1].empty()) {
      throw DataError(fmt::format("hints.tsv line {}: want 4 columns", line_no));
    }
    if (f[0] == "state") {
      if (f[2] != "0" || f[3] != "-") {
        throw DataError(
            fmt::format("hints.tsv line {}: a state row has weight 0 and reason -", line_no));
      }
      table.state_prefixes_.emplace_back(f[1]);
      continue;
    }
    Kind kind = f[0] == "tag"      ? kTag
                : f[0] == "token"  ? kToken
                : f[0] == "word"   ? kWord
                : f[0] == "prefix" ? kPrefix
                                   : kNumKinds;
    if (kind == kNumKinds) throw DataError(fmt::format("hints.tsv line {}: bad kind", line_no));
    float weight = 0;
    std::istringstream ws{std::string(f[2])};
    if (!(ws >> weight) || weight == 0) {
      throw DataError(fmt::format("hints.tsv line {}: bad weight", line_no));
    }
    table.rows_.push_back(Row{weight, std::string(f[3])});
    table.index_[kind][std::string(f[1])] = table.rows_.size() - 1;
    if (kind == kPrefix && f[1].size() > table.max_prefix_) table.max_prefix_ = f[1].size();
  }
  if (!header) throw DataError("hints.tsv: no header");
  return table;
}

const HintTable& HintTable::Default() {
  static const HintTable table = [] {
    try {
      std::ifstream in(FindDataDir() + "/html/hints.tsv", std::ios::binary);
      if (!in) return HintTable();
      std::stringstream buf;
      buf << in.rdbuf();
      return Parse(buf.str());
    } catch (const std::exception&) {
      return HintTable();
    }
  }();
  return table;
}

Hint HintTable::Match(std::string_view tag, std::string_view values) const {
  Hint hint;
  if (rows_.empty()) return hint;
  // Each row counts once per element; an element matches few rows.
  std::vector<size_t> seen;
  std::string buffer;  // the lookup key, reused to avoid an allocation per lookup
  float worst = 0;
  auto apply = [&](const std::unordered_map<std::string, size_t>& index, std::string_view key) {
    buffer.assign(key);
    auto it = index.find(buffer);
    if (it == index.end()) return;
    for (size_t s : seen) {
      if (s == it->second) return;
    }
    seen.push_back(it->second);
    const Row& row = rows_[it->second];
    hint.weight += row.weight;
    if (row.weight < worst) {
      worst = row.weight;
      hint.reason = row.reason;
    }
  };
  apply(index_[kTag], tag);
  // A class or id says more than the tag (<aside class="donate">): the tag's
  // reason stands only when no class/id row is negative.
  std::string_view tag_reason = hint.reason;
  hint.reason = {};
  worst = 0;
  size_t i = 0;
  while (i < values.size()) {
    while (i < values.size() && values[i] == ' ') ++i;
    size_t j = i;
    while (j < values.size() && values[j] != ' ') ++j;
    std::string_view token = values.substr(i, j - i);
    i = j;
    if (token.empty() ||
        std::any_of(state_prefixes_.begin(), state_prefixes_.end(),
                    [&](const std::string& p) { return token.substr(0, p.size()) == p; })) {
      continue;
    }
    apply(index_[kToken], token);
    size_t a = 0;
    while (a < token.size()) {
      while (a < token.size() && !IsAlnum(token[a])) ++a;
      size_t b = a;
      while (b < token.size() && IsAlnum(token[b])) ++b;
      std::string_view part = token.substr(a, b - a);
      a = b;
      if (part.empty()) continue;
      apply(index_[kWord], part);
      for (size_t n = 1; n <= part.size() && n <= max_prefix_; ++n) {
        apply(index_[kPrefix], part.substr(0, n));
      }
    }
  }
  if (hint.reason.empty()) hint.reason = tag_reason;
  return hint;
}

}  // namespace parallax::html
