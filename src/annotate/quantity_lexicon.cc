// Loading the quantity lexicons (quantity_lexicon.h): data/currencies.tsv,
// data/units.tsv and data/<lang>/quantities.tsv, one format for all three
// (data/quantities-README.md).
#include "annotate/quantity_lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "annotate/number_chars.h"
#include "parallax/error.h"

namespace parallax::annotate {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

// A phrase folded, with runs of spaces made one space.
std::string FoldPhrase(const std::string& phrase) {
  std::string folded = FoldString(phrase);
  std::string out;
  for (char c : folded) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void Need(const std::vector<std::string>& f, size_t n, const std::string& where,
          const char* shape) {
  if (f.size() != n || f[1].empty()) {
    throw DataError(fmt::format("{}: expected {}", where, shape));
  }
}

void LoadFile(const std::filesystem::path& path, QuantityLexicon::Impl& lex) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError(fmt::format("{}: cannot be read", path.string()));
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::string where = fmt::format("{}:{}", path.string(), line_no);
    std::vector<std::string> f = SplitTabs(line);
    const std::string& type = f[0];
    QuantityPhrase p;
    if (f.size() >= 2) p.folded = FoldPhrase(f[1]);
    if (type == "qualifier" || type == "qualifier_after") {
      Need(f, 3, where, "qualifier<TAB>phrase<TAB>approx");
      std::optional<Approx> approx = ApproxFromName(f[2]);
      if (!approx || *approx == Approx::kRange || *approx == Approx::kVague ||
          *approx == Approx::kExact) {
        throw DataError(
            fmt::format("{}: \"{}\" is not about, at_least, more_than, less_than "
                        "or up_to",
                        where, f[2]));
      }
      p.approx = *approx;
      (type == "qualifier" ? lex.before : lex.after).push_back(p);
    } else if (type == "range") {
      Need(f, 3, where, "range<TAB>start word<TAB>word between");
      p.mid = FoldPhrase(f[2]);
      lex.range_start.push_back(p);
    } else if (type == "range_mid") {
      Need(f, 2, where, "range_mid<TAB>word");
      lex.range_mid.push_back(p.folded);
    } else if (type == "percent") {
      Need(f, 2, where, "percent<TAB>phrase");
      p.kind = QuantityKind::kPercent;
      p.unit.assign(1, '%');
      lex.units_after.push_back(p);
    } else if (type == "currency" || type == "symbol") {
      Need(f, 3, where, "currency<TAB>name<TAB>ISO 4217 code");
      if (f[2].size() != 3 ||
          !std::all_of(f[2].begin(), f[2].end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        throw DataError(fmt::format("{}: \"{}\" is not an ISO 4217 code", where, f[2]));
      }
      p.kind = QuantityKind::kMoney;
      p.unit = f[2];
      lex.units_after.push_back(p);
      if (type == "symbol") lex.units_before.push_back(p);
    } else if (type == "code") {
      Need(f, 2, where, "code<TAB>ISO 4217 code");
      if (f[1].size() != 3 ||
          !std::all_of(f[1].begin(), f[1].end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        throw DataError(fmt::format("{}: \"{}\" is not an ISO 4217 code", where, f[1]));
      }
      lex.codes.push_back(f[1]);
      continue;
    } else if (type == "money_scale") {
      Need(f, 3, where, "money_scale<TAB>word<TAB>factor");
      char* end = nullptr;
      errno = 0;
      p.scale = std::strtod(f[2].c_str(), &end);
      if (*end != '\0' || errno != 0 || !(p.scale > 1) || p.scale > 1e15) {
        throw DataError(fmt::format("{}: factor \"{}\" is not a number above 1", where, f[2]));
      }
      lex.money_scales.push_back(p);
    } else if (type == "unit") {
      Need(f, 4, where, "unit<TAB>name<TAB>symbol<TAB>measure|duration");
      if (f[3] != "measure" && f[3] != "duration") {
        throw DataError(fmt::format("{}: \"{}\" is not measure or duration", where, f[3]));
      }
      p.kind = f[3] == "measure" ? QuantityKind::kMeasure : QuantityKind::kDuration;
      p.unit = f[2];
      lex.units_after.push_back(p);
    } else {
      throw DataError(fmt::format("{}: unknown row type \"{}\"", where, type));
    }
    if (p.folded.empty()) throw DataError(fmt::format("{}: empty phrase", where));
  }
}

}  // namespace

QuantityLexicon::QuantityLexicon(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
QuantityLexicon::~QuantityLexicon() = default;

std::shared_ptr<const QuantityLexicon> QuantityLexicon::Load(const std::string& data_dir,
                                                             const std::string& lang) {
  auto impl = std::make_unique<Impl>();
  impl->lang = lang;
  const std::filesystem::path root(data_dir);
  std::vector<std::filesystem::path> files = {root / "currencies.tsv", root / "units.tsv"};
  if (lang != "und") files.push_back(root / lang / "quantities.tsv");
  for (const std::filesystem::path& path : files) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) LoadFile(path, *impl);
  }
  // Longest first: "more than" before "more", "US-Dollar" before "Dollar".
  auto longer = [](const QuantityPhrase& a, const QuantityPhrase& b) {
    return a.folded.size() > b.folded.size();
  };
  for (auto* list : {&impl->before, &impl->after, &impl->range_start, &impl->units_after,
                     &impl->units_before, &impl->money_scales}) {
    std::stable_sort(list->begin(), list->end(), longer);
  }
  std::stable_sort(impl->range_mid.begin(), impl->range_mid.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return std::shared_ptr<const QuantityLexicon>(new QuantityLexicon(std::move(impl)));
}

}  // namespace parallax::annotate
