// Listing the store's entities: Store::Entities and Store::FindEntity
// (store_entities.h).
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string_view>

#include "store/store_entities.h"

namespace parallax::store_internal {
namespace {

// The lower-case form of code point `c` under simple case mapping, for the
// Latin (Basic, Latin-1, Extended-A, Romanian comma letters, Extended
// Additional), Greek and Cyrillic (Russian, Ukrainian, Belarusian, Kazakh
// and the rest of U+0400-U+052F) capitals; any other code point unchanged.
// Unicode's case pairs, not language knowledge: the store stands on core
// alone and does not link ICU.
char32_t Lower(char32_t c) {
  auto even_upper = [c](char32_t from, char32_t to) { return c >= from && c <= to && c % 2 == 0; };
  auto odd_upper = [c](char32_t from, char32_t to) { return c >= from && c <= to && c % 2 == 1; };
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0xC0) return c;
  if (c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x130) return 'i';   // İ
  if (c == 0x178) return 0xFF;  // Ÿ
  if (even_upper(0x100, 0x12F) || even_upper(0x132, 0x137) || odd_upper(0x139, 0x148) ||
      even_upper(0x14A, 0x177) || odd_upper(0x179, 0x17E) || even_upper(0x218, 0x21B)) {
    return c + 1;
  }
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 63;
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c == 0x4C0) return 0x4CF;
  if (even_upper(0x460, 0x481) || even_upper(0x48A, 0x4BF) || odd_upper(0x4C1, 0x4CE) ||
      even_upper(0x4D0, 0x52F) || even_upper(0x1E00, 0x1E95) || even_upper(0x1EA0, 0x1EFF)) {
    return c + 1;
  }
  return c;
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// `text` with its capitals lowered (Lower). Bytes that are not well-formed
// UTF-8 are copied as they are.
std::string FoldCase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    const size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > text.size()) {
      out += text[i++];
      continue;
    }
    char32_t c = n == 1 ? b : b & (0x7F >> n);
    bool ok = true;
    for (size_t k = 1; k < n; ++k) {
      const auto t = static_cast<unsigned char>(text[i + k]);
      ok = ok && (t & 0xC0) == 0x80;
      c = (c << 6) | (t & 0x3F);
    }
    if (!ok) {
      out += text[i++];
      continue;
    }
    AppendUtf8(out, Lower(c));
    i += n;
  }
  return out;
}

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
  if (FoldCase(s.name).find(folded_needle) != std::string::npos) return true;
  return std::any_of(s.variants.begin(), s.variants.end(), [&](const EntityVariant& v) {
    return FoldCase(v.text).find(folded_needle) != std::string::npos;
  });
}

}  // namespace

std::vector<EntitySummary> ListEntities(StatementCache& statements, const EntityQuery& query) {
  const std::string needle = FoldCase(query.name);
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
