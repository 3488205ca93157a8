// Listing the store's entities: Store::Entities and Store::FindEntity
// (store_entities.h).
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string_view>

#include "core/utf8.h"
#include "store/store_entities.h"

namespace parallax::store_internal {
namespace {

// Fills the variants and languages of `s` (s.id set to "E<entity>").
void AddVariants(StatementCache& statements, int64_t entity, EntitySummary& s) {
  std::map<std::string, uint64_t> by_lang;
  Bound q(statements,
          "SELECT variant, lang, count FROM entity_variants WHERE entity = ?1 "
          "ORDER BY count DESC, variant, lang");
  q.Int(1, entity);
  while (q.Step()) {
    EntityVariant& v = s.variants.emplace_back();
    v.text = q.ColumnText(0);
    v.lang = q.ColumnText(1);
    v.count = static_cast<uint64_t>(q.ColumnInt(2));
    by_lang[v.lang] += v.count;
  }
  std::vector<std::pair<std::string, uint64_t>> langs(by_lang.begin(), by_lang.end());
  std::stable_sort(langs.begin(), langs.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (auto& [lang, count] : langs) s.languages.push_back(lang);
}

EntityType TypeOf(const std::string& name, int64_t entity) {
  std::optional<EntityType> known = EntityTypeFromName(name);
  if (!known) {
    // The CHECK constraint keeps this out unless the schema was altered.
    throw std::runtime_error(fmt::format("entity E{} has unknown type \"{}\"", entity, name));
  }
  return *known;
}

bool NameMatches(const EntitySummary& s, const std::string& folded_needle) {
  if (FoldString(s.name).find(folded_needle) != std::string::npos) return true;
  return std::any_of(s.variants.begin(), s.variants.end(), [&](const EntityVariant& v) {
    return FoldString(v.text).find(folded_needle) != std::string::npos;
  });
}

}  // namespace

std::vector<EntitySummary> ListEntities(StatementCache& statements, const EntityQuery& query) {
  const std::string needle = FoldString(query.name);
  const std::string type = query.type ? std::string(EntityTypeName(*query.type)) : std::string();
  std::vector<EntitySummary> out;
  Bound q(statements, R"sql(
SELECT e.id, e.name, e.type, count(DISTINCT m.doc_id) AS docs, count(*) AS mentions
FROM entities e JOIN entity_mentions m ON m.entity = e.id
WHERE e.merged_into IS NULL AND (?1 = '' OR e.type = ?1)
GROUP BY e.id HAVING count(DISTINCT m.doc_id) >= ?2
ORDER BY docs DESC, mentions DESC, e.name, e.id)sql");
  q.Text(1, type).Int(2, static_cast<int64_t>(std::min<uint64_t>(query.min_documents, INT64_MAX)));
  while (q.Step()) {
    if (query.limit != 0 && out.size() >= query.limit) break;
    EntitySummary s;
    const int64_t entity = q.ColumnInt(0);
    s.id = EntityIdText(entity);
    s.name = q.ColumnText(1);
    s.type = TypeOf(q.ColumnText(2), entity);
    s.documents = static_cast<uint64_t>(q.ColumnInt(3));
    s.mentions = static_cast<uint64_t>(q.ColumnInt(4));
    AddVariants(statements, entity, s);
    if (!needle.empty() && !NameMatches(s, needle)) continue;
    out.push_back(std::move(s));
  }
  return out;
}

std::optional<EntitySummary> FindEntity(StatementCache& statements, const std::string& id) {
  if (id.size() < 2 || (id[0] != 'E' && id[0] != 'e')) return std::nullopt;
  int64_t n = 0;
  const char* end = id.data() + id.size();
  auto [ptr, ec] = std::from_chars(id.data() + 1, end, n);
  if (ec != std::errc() || ptr != end || n <= 0) return std::nullopt;
  std::optional<int64_t> entity = FinalEntity(statements, n);
  if (!entity) return std::nullopt;
  EntitySummary s;
  s.id = EntityIdText(*entity);
  {
    Bound q(statements, R"sql(
SELECT e.name, e.type,
  (SELECT count(DISTINCT doc_id) FROM entity_mentions WHERE entity = e.id),
  (SELECT count(*) FROM entity_mentions WHERE entity = e.id)
FROM entities e WHERE e.id = ?1)sql");
    q.Int(1, *entity);
    if (!q.Step()) return std::nullopt;
    s.name = q.ColumnText(0);
    s.type = TypeOf(q.ColumnText(1), *entity);
    s.documents = static_cast<uint64_t>(q.ColumnInt(2));
    s.mentions = static_cast<uint64_t>(q.ColumnInt(3));
  }
  AddVariants(statements, *entity, s);
  return s;
}

}  // namespace parallax::store_internal
