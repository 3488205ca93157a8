// The claims part of the `parallax analyze` summary (ClaimsSummary, cli.h).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli.h"

namespace parallax::cli {

namespace {

constexpr size_t kKinds = static_cast<size_t>(ClaimKind::kOther) + 1;

// The size of a claim's figure for ranking: the upper end of a range.
double Size(const Claim& c) { return c.value_max ? *c.value_max : c.value; }

struct Top {
  const Document* doc = nullptr;
  const Claim* claim = nullptr;
};

}  // namespace

std::string ClaimsSummary(const std::vector<Document>& documents) {
  std::array<size_t, kKinds> per_kind{};
  std::array<Top, kKinds> top{};
  size_t claims = 0, quotes = 0, citations = 0, with_claims = 0;
  for (const Document& d : documents) {
    quotes += d.quotes.size();
    citations += d.citations.size();
    with_claims += !d.claims.empty();
    for (const Claim& c : d.claims) {
      const size_t k = static_cast<size_t>(c.kind);
      if (k >= kKinds) continue;
      ++claims;
      ++per_kind[k];
      // A denied or withdrawn figure is no figure the text stands by.
      if (c.negated || c.retracted) continue;
      if (top[k].claim == nullptr || Size(c) > Size(*top[k].claim)) top[k] = {&d, &c};
    }
  }
  std::string kinds;
  for (size_t k = 0; k < kKinds; ++k) {
    if (per_kind[k] == 0) continue;
    kinds += fmt::format("{}{} {}", kinds.empty() ? "" : ", ",
                         ClaimKindName(static_cast<ClaimKind>(k)), per_kind[k]);
  }
  std::string out =
      fmt::format("claims: {} in {} document{}{}, {} quote{}, {} citation{}\n", claims, with_claims,
                  with_claims == 1 ? "" : "s", kinds.empty() ? "" : " (" + kinds + ")", quotes,
                  quotes == 1 ? "" : "s", citations, citations == 1 ? "" : "s");
  if (claims == 0) return out;
  out += fmt::format("\n{}  {}  {}  {}  {}\n", Cell("kind", 11), Cell("top figure", 20),
                     Cell("group", 16), Cell("source", 26), "document");
  for (size_t k = 0; k < kKinds; ++k) {
    const Top& t = top[k];
    if (t.claim == nullptr) continue;
    const Claim& c = *t.claim;
    std::string kind(ClaimKindName(c.kind));
    if (c.kind == ClaimKind::kOther && !c.noun.empty()) kind += " (" + c.noun + ")";
    std::string figure = ClaimValueText(c);
    if (c.hedged) figure += " ?";
    const std::string& source = c.attributed_to.empty() ? std::string("-") : c.attributed_to;
    out += fmt::format("{}  {}  {}  {}  {}\n", Cell(kind, 11), Cell(figure, 20),
                       Cell(c.group.empty() ? "-" : c.group, 16), Cell(source, 26),
                       t.doc->id.substr(0, 8));
  }
  out +=
      "\ntop figure: the largest of each kind (not denied nor withdrawn); '?' hedged;\n"
      "source: as the text gives it ('-' none); with --db, `parallax claims` lists all.\n";
  return out;
}

}  // namespace parallax::cli
