// Loading the quantity lexicons (quantity_lexicon.h): data/quantities.tsv,
// data/currencies.tsv, data/units.tsv and
// data/<lang>/{quantities,currencies,units}.tsv, one
// format for all of them (data/quantities-README.md).
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
#include "annotate/tsv_fields.h"
#include "parallax/error.h"

namespace parallax::annotate {
namespace {

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

void CheckCode(const std::string& code, const std::string& where) {
  if (code.size() != 3 ||
      !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    throw DataError(fmt::format("{}: \"{}\" is not an ISO 4217 code", where, code));
  }
}

// A positive factor: 1e9 for "bn", 0.01 for "cents". The 1e15 ceiling is the
// largest scale word in the files (a quadrillion) and keeps values finite.
double ReadFactor(const std::string& text, const std::string& where) {
  char* end = nullptr;
  errno = 0;
  const double factor = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || errno != 0 || !(factor > 0) || factor > 1e15) {
    throw DataError(fmt::format("{}: factor \"{}\" is not a positive number", where, text));
  }
  return factor;
}

void LoadFile(const std::filesystem::path& path, QuantityLexicon::Impl& lex) {
  ForEachDataRow(path, [&](std::vector<std::string> f, const std::string& where) {
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
    } else if (type == "bound_join") {
      Need(f, 2, where, "bound_join<TAB>word");
      lex.bound_joins.push_back(p.folded);
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
      CheckCode(f[2], where);
      p.kind = QuantityKind::kMoney;
      p.unit = f[2];
      lex.units_after.push_back(p);
      if (type == "symbol") lex.units_before.push_back(p);
    } else if (type == "subunit") {
      Need(f, 4, where, "subunit<TAB>name<TAB>ISO 4217 code<TAB>share of the unit");
      CheckCode(f[2], where);
      p.kind = QuantityKind::kMoney;
      p.unit = f[2];
      p.scale = ReadFactor(f[3], where);
      if (p.scale >= 1) {
        throw DataError(fmt::format("{}: share \"{}\" is not below 1", where, f[3]));
      }
      lex.units_after.push_back(p);
    } else if (type == "code") {
      Need(f, 2, where, "code<TAB>ISO 4217 code");
      CheckCode(f[1], where);
      lex.codes.push_back(f[1]);
      return;
    } else if (type == "money_scale") {
      Need(f, 3, where, "money_scale<TAB>word<TAB>factor");
      p.scale = ReadFactor(f[2], where);
      if (!(p.scale > 1)) {
        throw DataError(fmt::format("{}: factor \"{}\" is not above 1", where, f[2]));
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
    } else if (type == "unit_if_next") {
      Need(f, 5, where, "unit_if_next<TAB>name<TAB>symbol<TAB>measure|duration<TAB>next word");
      if (f[3] != "measure" && f[3] != "duration") {
        throw DataError(fmt::format("{}: \"{}\" is not measure or duration", where, f[3]));
      }
      p.kind = f[3] == "measure" ? QuantityKind::kMeasure : QuantityKind::kDuration;
      p.unit = f[2];
      p.mid = FoldPhrase(f[4]);
      if (p.mid.empty()) throw DataError(fmt::format("{}: empty next word", where));
      lex.units_if_next.push_back(p);
    } else {
      throw DataError(fmt::format("{}: unknown row type \"{}\"", where, type));
    }
    if (p.folded.empty()) throw DataError(fmt::format("{}: empty phrase", where));
  });
}

}  // namespace

void PhraseList::Finish() {
  // Longest first: "more than" before "more", "US-Dollar" before "Dollar".
  std::stable_sort(items_.begin(), items_.end(),
                   [](const QuantityPhrase& a, const QuantityPhrase& b) {
                     return a.folded.size() > b.folded.size();
                   });
  by_first_.clear();
  by_last_.clear();
  for (uint32_t i = 0; i < items_.size(); ++i) {
    const std::string& f = items_[i].folded;
    if (f.empty()) continue;
    by_first_[FirstKey(f)].push_back(i);
    by_last_[LastKey(f)].push_back(i);
  }
}

uint32_t PhraseList::FirstKey(std::string_view s) {
  if (s.empty()) return 0;
  const auto b0 = static_cast<unsigned char>(s[0]);
  if (b0 < 0x80 || s.size() < 2) return b0;
  return (uint32_t{b0} << 8) | static_cast<unsigned char>(s[1]);
}

uint32_t PhraseList::LastKey(std::string_view s) {
  if (s.empty()) return 0;
  const auto last = static_cast<unsigned char>(s.back());
  if (last < 0x80 || s.size() < 2) return last;
  return (uint32_t{static_cast<unsigned char>(s[s.size() - 2])} << 8) | last;
}

const std::vector<uint32_t>& PhraseList::StartingAt(std::string_view s) const {
  static const std::vector<uint32_t> kNone;
  const auto it = by_first_.find(FirstKey(s));
  return it == by_first_.end() ? kNone : it->second;
}

const std::vector<uint32_t>& PhraseList::EndingAt(std::string_view s) const {
  static const std::vector<uint32_t> kNone;
  const auto it = by_last_.find(LastKey(s));
  return it == by_last_.end() ? kNone : it->second;
}

QuantityLexicon::QuantityLexicon(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
QuantityLexicon::~QuantityLexicon() = default;

std::shared_ptr<const QuantityLexicon> QuantityLexicon::Load(const std::string& data_dir,
                                                             const std::string& lang) {
  auto impl = std::make_unique<Impl>();
  impl->lang = lang;
  const std::filesystem::path root(data_dir);
  std::vector<std::filesystem::path> files = {root / "quantities.tsv", root / "currencies.tsv",
                                              root / "units.tsv"};
  if (lang != "und") {
    for (const char* name : {"quantities.tsv", "currencies.tsv", "units.tsv"}) {
      files.push_back(root / lang / name);
    }
  }
  for (const std::filesystem::path& path : files) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) LoadFile(path, *impl);
  }
  for (PhraseList* list : {&impl->before, &impl->after, &impl->range_start, &impl->units_after,
                           &impl->units_if_next, &impl->units_before, &impl->money_scales}) {
    list->Finish();
    for (const QuantityPhrase& p : *list) {
      impl->window = std::max(impl->window, std::max(p.folded.size(), p.mid.size()) + 8);
    }
  }
  std::stable_sort(impl->range_mid.begin(), impl->range_mid.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return std::shared_ptr<const QuantityLexicon>(new QuantityLexicon(std::move(impl)));
}

}  // namespace parallax::annotate
