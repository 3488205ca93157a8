// The entity commands: `parallax entities` (the store's entities) and the
// entity list of `parallax show ID --entities`.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

#include "cli/cli.h"
#include "parallax/store.h"

namespace parallax::cli {

namespace {

// The start of the code point at or before `at` in `s`.
size_t CharStart(std::string_view s, size_t at) {
  at = std::min(at, s.size());
  while (at > 0 && at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
  return at;
}

nlohmann::json SummaryJson(const EntitySummary& e) {
  nlohmann::json variants = nlohmann::json::array();
  for (const EntityVariant& v : e.variants) {
    variants.push_back({{"text", v.text}, {"lang", v.lang}, {"count", v.count}});
  }
  return {{"id", e.id},
          {"name", e.name},
          {"type", EntityTypeName(e.type)},
          {"documents", e.documents},
          {"mentions", e.mentions},
          {"languages", e.languages},
          {"variants", std::move(variants)}};
}

}  // namespace

int RunEntities(const GlobalOptions& g, const EntitiesOptions& options) {
  if (!std::filesystem::exists(g.db)) {
    std::fprintf(stderr,
                 "parallax: no store at %s (run `parallax ingest PATH` first, or pass --db)\n",
                 g.db.c_str());
    return kExitStore;
  }
  EntityQuery query;
  if (!options.type.empty()) {
    query.type = EntityTypeFromName(options.type);
    if (!query.type) {
      std::fprintf(stderr, "parallax: --type %s: not a type (person, organization, place, other)\n",
                   options.type.c_str());
      return kExitUsage;
    }
  }
  query.min_documents = options.min_documents;
  query.name = options.name;
  query.limit = options.json ? 0 : options.limit;
  Store store(g.db);
  std::vector<EntitySummary> entities = store.Entities(query);
  if (options.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const EntitySummary& e : entities) out.push_back(SummaryJson(e));
    std::string text = out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    std::fwrite(text.data(), 1, text.size(), stdout);
    return kExitOk;
  }
  const size_t width = OutputWidth();
  std::printf("%-7s %-12s %4s %5s  %-11s %s\n", "id", "type", "docs", "ment", "languages",
              "name: variants");
  for (const EntitySummary& e : entities) {
    std::string langs;
    for (const std::string& l : e.languages) langs += (langs.empty() ? "" : ",") + l;
    // Each spelling once (a variant counted in two languages is one here).
    std::vector<std::string> seen;
    std::string variants;
    for (const EntityVariant& v : e.variants) {
      if (v.text == e.name || std::find(seen.begin(), seen.end(), v.text) != seen.end()) continue;
      seen.push_back(v.text);
      variants += (variants.empty() ? "" : ", ") + v.text;
    }
    std::string head = fmt::format("{:<7} {:<12} {:>4} {:>5}  {:<11} ", e.id,
                                   EntityTypeName(e.type), e.documents, e.mentions, Cut(langs, 11));
    std::string tail = e.name + (variants.empty() ? "" : ": " + variants);
    const size_t used = CodePoints(head);
    std::printf("%s%s\n", head.c_str(), Cut(tail, width > used + 10 ? width - used : 10).c_str());
  }
  std::printf("%zu entit%s%s\n", entities.size(), entities.size() == 1 ? "y" : "ies",
              query.limit != 0 && entities.size() == query.limit ? " (--limit 0 lists all)" : "");
  return kExitOk;
}

void PrintEntities(const Document& doc) {
  // Bytes of context shown on each side of a mention.
  constexpr size_t kContext = 40;
  std::printf("entities:\n");
  for (const Entity& e : doc.entities) {
    std::string variants;
    for (const std::string& v : e.variants) variants += (variants.empty() ? "" : ", ") + v;
    std::printf("  %s %s %s (%zu mention%s: %s)\n", e.id.empty() ? "-" : e.id.c_str(),
                std::string(EntityTypeName(e.type)).c_str(), e.name.c_str(), e.mentions.size(),
                e.mentions.size() == 1 ? "" : "s", variants.c_str());
    for (const EntityMention& m : e.mentions) {
      if (m.span.end > doc.text.size() || m.span.start > m.span.end) continue;
      const std::string_view text(doc.text);
      const size_t from = CharStart(text, m.span.start > kContext ? m.span.start - kContext : 0);
      const size_t to = CharStart(text, m.span.end + kContext);
      std::string line = Cut(text.substr(from, m.span.start - from), kContext) + "[" +
                         Cut(text.substr(m.span.start, m.span.end - m.span.start), 200) + "]" +
                         Cut(text.substr(m.span.end, to - m.span.end), kContext);
      std::printf("    %6u-%-6u %s%s%s\n", m.span.start, m.span.end, from > 0 ? "…" : "",
                  line.c_str(), to < text.size() ? "…" : "");
    }
  }
  std::printf("\n");
}

}  // namespace parallax::cli
