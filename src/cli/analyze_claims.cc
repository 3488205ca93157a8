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

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// `s` on one line, cut to at most `width` code points (with "…" when cut)
// and padded with spaces to exactly `width`.
std::string Cell(std::string_view s, size_t width) {
  std::string out;
  const size_t total = CodePoints(s);
  const size_t keep = total <= width ? total : (width > 0 ? width - 1 : 0);
  size_t cps = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool starts = (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    if (starts && cps++ == keep) break;
    out += s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ? ' ' : s[i];
  }
  if (total > width && width > 0) out += "…";
  out.append(width > std::min(total, width) ? width - std::min(total, width) : 0, ' ');
  return out;
}

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
