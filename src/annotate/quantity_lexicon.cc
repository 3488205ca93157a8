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

std::vector<std::string> SplitSpaces(const std::string& folded) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < folded.size()) {
    size_t space = folded.find(' ', start);
    if (space == std::string::npos) space = folded.size();
    if (space > start) out.push_back(folded.substr(start, space - start));
    start = space + 1;
  }
  return out;
}

void Need(const std::vector<std::string>& f, size_t n, const std::string& where,
          const char* shape) {
  if (f.size() != n || f[1].empty()) {
    throw DataError(fmt::format("{}: expected {}", where, shape));
  }
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

void CheckCode(const std::string& code, const std::string& where) {
  if (code.size() != 3 || !std::all_of(code.begin(), code.end(), IsUpperAscii)) {
    throw DataError(fmt::format("{}: \"{}\" is not an ISO 4217 code", where, code));
  }
}

// A cased sign is two to five ASCII letters, the first a capital ("RM", "Rs").
void CheckCased(const std::string& sign, const std::string& where) {
  const auto letter = [](char c) { return IsUpperAscii(c) || (c >= 'a' && c <= 'z'); };
  if (sign.size() < 2 || sign.size() > 5 || !IsUpperAscii(sign[0]) ||
      !std::all_of(sign.begin(), sign.end(), letter)) {
    throw DataError(fmt::format("{}: \"{}\" is not a cased sign", where, sign));
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
      if (type == "qualifier" && f.size() == 4) {  // the optional words that cancel it
        for (const std::string& word : SplitSpaces(FoldPhrase(f[3]))) p.unless.push_back(word);
        if (p.unless.empty()) throw DataError(fmt::format("{}: empty cancelling words", where));
        f.pop_back();
      }
      Need(f, 3, where, "qualifier<TAB>phrase<TAB>approx[<TAB>cancelling words]");
      std::optional<Approx> approx = ApproxFromName(f[2]);
      // "exact" marks a word that only vouches for the figure ("exactly",
      // "ровно"): it joins the span, the figure stays exact.
      if (!approx || *approx == Approx::kRange || *approx == Approx::kVague ||
          (*approx == Approx::kExact && type != "qualifier")) {
        throw DataError(
            fmt::format("{}: \"{}\" is not about, at_least, more_than, less_than, "
                        "up_to or (before the number) exact",
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
    } else if (type == "money_join") {
      Need(f, 2, where, "money_join<TAB>word");
      lex.money_joins.push_back(p.folded);
    } else if (type == "vague_link") {
      Need(f, 2, where, "vague_link<TAB>word");
      lex.vague_links.push_back(p.folded);
    } else if (type == "approx_count") {
      Need(f, 2, where, "approx_count<TAB>word");
      lex.approx_counts.push_back(p.folded);
    } else if (type == "not_money_after") {
      Need(f, 2, where, "not_money_after<TAB>word");
      lex.not_money_after.push_back(p.folded);
    } else if (type == "range_mid") {
      Need(f, 2, where, "range_mid<TAB>word");
      lex.range_mid.push_back(p.folded);
    } else if (type == "percent") {
      Need(f, 2, where, "percent<TAB>phrase");
      p.kind = QuantityKind::kPercent;
      p.unit.assign(1, '%');
      lex.units_after.push_back(p);
    } else if (type == "currency" || type == "symbol" || type == "currency_before" ||
               type == "currency_scaled") {
      Need(f, 3, where, "currency<TAB>name<TAB>ISO 4217 code");
      CheckCode(f[2], where);
      p.kind = QuantityKind::kMoney;
      p.unit = f[2];
      if (type == "currency_scaled") {
        lex.scaled_currencies.push_back(p);
      } else {
        lex.units_after.push_back(p);
      }
      p.name = type == "currency_before";
      if (type == "symbol" || p.name) lex.units_before.push_back(p);
    } else if (type == "cased_sign") {
      Need(f, 3, where, "cased_sign<TAB>sign<TAB>ISO 4217 code");
      CheckCode(f[2], where);
      CheckCased(f[1], where);
      lex.cased.push_back({f[1], f[2]});
      return;
    } else if (type == "scaled_code") {
      Need(f, 4, where, "scaled_code<TAB>code<TAB>ISO 4217 code<TAB>factor");
      CheckCode(f[2], where);
      CheckCased(f[1], where);
      lex.cased.push_back({f[1], f[2], ReadFactor(f[3], where)});
      return;
    } else if (type == "subunit" || type == "subunit_joined") {
      Need(f, 4, where, "subunit<TAB>name<TAB>ISO 4217 code<TAB>share of the unit");
      CheckCode(f[2], where);
      p.kind = QuantityKind::kMoney;
      p.unit = f[2];
      p.scale = ReadFactor(f[3], where);
      if (p.scale >= 1) {
        throw DataError(fmt::format("{}: share \"{}\" is not below 1", where, f[3]));
      }
      (type == "subunit" ? lex.units_after : lex.joined_subunits).push_back(p);
    } else if (type == "code") {
      Need(f, 2, where, "code<TAB>ISO 4217 code");
      CheckCode(f[1], where);
      lex.cased.push_back({f[1], f[1]});
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
    // One form a row: "риялов|риалов" is two rows.
    if (p.folded.find('|') != std::string::npos) {
      throw DataError(fmt::format("{}: \"{}\" holds a '|': one form a row", where, f[1]));
    }
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
  // The language's files first: of two phrases of one length the first read
  // wins, so a language's "cents" (EUR in German) goes before the common one.
  std::vector<std::filesystem::path> files;
  if (lang != "und") {
    for (const char* name : {"quantities.tsv", "currencies.tsv", "units.tsv"}) {
      files.push_back(root / lang / name);
    }
  }
  for (const char* name : {"quantities.tsv", "currencies.tsv", "units.tsv"}) {
    files.push_back(root / name);
  }
  for (const std::filesystem::path& path : files) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) LoadFile(path, *impl);
  }
  for (PhraseList* list : {&impl->before, &impl->after, &impl->range_start, &impl->units_after,
                           &impl->units_if_next, &impl->units_before, &impl->money_scales,
                           &impl->scaled_currencies, &impl->joined_subunits}) {
    list->Finish();
    for (const QuantityPhrase& p : *list) {
      impl->window = std::max(impl->window, std::max(p.folded.size(), p.mid.size()) + 8);
    }
  }
  for (const std::vector<std::string>* words : {&impl->vague_links, &impl->not_money_after}) {
    for (const std::string& word : *words) impl->window = std::max(impl->window, word.size() + 8);
  }
  std::stable_sort(impl->range_mid.begin(), impl->range_mid.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::stable_sort(impl->cased.begin(), impl->cased.end(),
                   [](const CasedSign& a, const CasedSign& b) { return a.text < b.text; });
  return std::shared_ptr<const QuantityLexicon>(new QuantityLexicon(std::move(impl)));
}

}  // namespace parallax::annotate
