// Entity resolution across the store, and the entity rows of a document
// (store_entities.h; the rules are in docs/store.md, "entities").
//
// Every table but `entities` refers only to final entities (not merged):
// a merge moves the loser's rows to the winner and points the loser's
// `merged_into` (and that of every entity merged into the loser before) at
// the winner, so merged_into is one hop and only needed to resolve an
// "E<n>" id given from outside.
#include "store/store_entities.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <string_view>
#include <tuple>
#include <utility>

namespace parallax::store_internal {
namespace {

// Where a store entity's name came from; a higher rank replaces the name,
// an equal one keeps the first (docs/store.md).
constexpr int kRankPartial = 0;    // a partial name ("Tokajew")
constexpr int kRankComplete = 1;   // a complete name ("Kassym-Jomart Tokajew")
constexpr int kRankGazetteer = 2;  // an entity the gazetteer knows (a key "g:...")

int RankOf(const Entity& e) {
  for (const std::string& k : e.keys) {
    if (k.starts_with("g:")) return kRankGazetteer;
  }
  return e.partial ? kRankPartial : kRankComplete;
}

std::string_view SpanText(const Document& doc, Span span) {
  if (span.end > doc.text.size() || span.start > span.end) return {};
  return std::string_view(doc.text).substr(span.start, span.end - span.start);
}

// The name a new store entity gets: the entity's name, else its first
// variant, else the text of its first mention.
std::string NameOf(const Document& doc, const Entity& e) {
  if (!e.name.empty()) return e.name;
  if (!e.variants.empty()) return e.variants.front();
  return std::string(SpanText(doc, e.mentions.front().span));
}

// The language a mention is counted under: its paragraph's when reliable,
// else the document's.
const std::string& LangOf(const Document& doc, const EntityMention& m) {
  if (m.sentence < doc.sentences.size()) {
    uint32_t p = doc.sentences[m.sentence].paragraph;
    if (p < doc.paragraphs.size() && doc.paragraphs[p].lang.reliable) {
      return doc.paragraphs[p].lang.lang;
    }
  }
  return doc.lang.lang;
}

struct StoredEntity {
  std::string name;
  std::string type;
  bool partial = false;
  int rank = 0;
};

class Resolver {
 public:
  Resolver(StatementCache& statements, const Document& doc) : s_(statements), doc_(doc) {}

  // The store entity `e` is (docs/store.md, steps 1-3), created or merged
  // as needed.
  int64_t Resolve(const Entity& e) { return e.partial ? ResolvePartial(e) : ResolveComplete(e); }

 private:
  int64_t ResolveComplete(const Entity& e) {
    std::set<int64_t> candidates;
    for (const std::string& k : e.keys) {
      if (std::optional<int64_t> owner = OwnerOf(k)) candidates.insert(*owner);
    }
    int64_t id = 0;
    bool merged = false;
    if (candidates.empty()) {
      id = Create(e);
    } else {
      id = *candidates.begin();  // the smallest: the oldest
      for (int64_t other : candidates) {
        if (other == id) continue;
        Merge(other, id, /*keep_keys=*/true);
        merged = true;
      }
      Absorb(e, id);
    }
    AddKeys(id, e.keys);
    for (const std::string& k : e.attach_keys) {
      Bound q(s_, "INSERT OR IGNORE INTO entity_attach (key, entity) VALUES (?1, ?2)");
      q.Text(1, k).Int(2, id);
      q.Run();
    }
    // A partial entity stored on its own joins this one when this one is
    // now the only complete entity it may attach to. After a merge every
    // attach key of the result is checked (the merge may have made one
    // unambiguous), else this entity's own.
    std::vector<std::string> attach = merged ? AttachKeysOf(id) : e.attach_keys;
    for (const std::string& k : attach) {
      std::optional<int64_t> owner = OwnerOf(k);
      if (!owner || *owner == id || !Read(*owner).partial) continue;
      if (AttachedUnder(k) == std::set<int64_t>{id}) Merge(*owner, id, /*keep_keys=*/false);
    }
    return id;
  }

  int64_t ResolvePartial(const Entity& e) {
    std::set<int64_t> complete;
    for (const std::string& k : e.keys) complete.merge(AttachedUnder(k));
    int64_t id = 0;
    if (complete.size() == 1) {
      id = *complete.begin();
    } else {
      // None, or ambiguous: the entity of its own keys.
      std::set<int64_t> owners;
      for (const std::string& k : e.keys) {
        if (std::optional<int64_t> owner = OwnerOf(k)) owners.insert(*owner);
      }
      if (owners.empty()) {
        id = Create(e);
      } else {
        id = *owners.begin();
      }
      AddKeys(id, e.keys);
    }
    Absorb(e, id);
    return id;
  }

  int64_t Final(int64_t id) { return FinalEntity(s_, id).value_or(id); }

  std::optional<int64_t> OwnerOf(const std::string& key) {
    int64_t owner = 0;
    {
      Bound q(s_, "SELECT entity FROM entity_keys WHERE key = ?1");
      q.Text(1, key);
      if (!q.Step()) return std::nullopt;
      owner = q.ColumnInt(0);
    }
    return Final(owner);
  }

  std::set<int64_t> AttachedUnder(const std::string& key) {
    std::vector<int64_t> rows;
    {
      Bound q(s_, "SELECT entity FROM entity_attach WHERE key = ?1");
      q.Text(1, key);
      while (q.Step()) rows.push_back(q.ColumnInt(0));
    }
    std::set<int64_t> out;
    for (int64_t id : rows) out.insert(Final(id));
    return out;
  }

  std::vector<std::string> AttachKeysOf(int64_t id) {
    std::vector<std::string> out;
    Bound q(s_, "SELECT key FROM entity_attach WHERE entity = ?1 ORDER BY key");
    q.Int(1, id);
    while (q.Step()) out.push_back(q.ColumnText(0));
    return out;
  }

  void AddKeys(int64_t id, const std::vector<std::string>& keys) {
    for (const std::string& k : keys) {
      Bound q(s_, "INSERT INTO entity_keys (key, entity) VALUES (?1, ?2) ON CONFLICT DO NOTHING");
      q.Text(1, k).Int(2, id);
      q.Run();
    }
  }

  StoredEntity Read(int64_t id) {
    Bound q(s_, "SELECT name, type, partial, name_rank FROM entities WHERE id = ?1");
    q.Int(1, id);
    if (!q.Step()) throw std::runtime_error(fmt::format("entity E{} vanished", id));
    return {q.ColumnText(0), q.ColumnText(1), q.ColumnInt(2) != 0,
            static_cast<int>(q.ColumnInt(3))};
  }

  void Write(int64_t id, const StoredEntity& e) {
    Bound q(s_,
            "UPDATE entities SET name = ?2, type = ?3, partial = ?4, name_rank = ?5 "
            "WHERE id = ?1");
    q.Int(1, id).Text(2, e.name).Text(3, e.type).Int(4, e.partial ? 1 : 0).Int(5, e.rank);
    q.Run();
  }

  int64_t Create(const Entity& e) {
    std::string name = NameOf(doc_, e);
    Bound q(s_,
            "INSERT INTO entities (name, type, partial, name_rank) VALUES (?1, ?2, ?3, ?4) "
            "RETURNING id");
    q.Text(1, name).Text(2, EntityTypeName(e.type)).Int(3, e.partial ? 1 : 0).Int(4, RankOf(e));
    if (!q.Step()) throw std::runtime_error("cannot create an entity");
    int64_t id = q.ColumnInt(0);
    q.Run();
    return id;
  }

  // Whether a complete name of `e` should replace the complete name
  // `stored` of `id` because it is written in English and the stored one
  // is not (the report's readers compare sources in many languages; an
  // English name is the one most of them read: Kassym-Jomart Tokayev, not
  // the first seen, Kassym-Jomart Tokaïev), and is not shorter.
  bool EnglishOverOther(const Entity& e, int64_t id, const std::string& stored) {
    if (e.mentions.empty() || LangOf(doc_, e.mentions.front()) != "en") return false;
    const std::string name = NameOf(doc_, e);
    auto words = [](std::string_view s) { return std::count(s.begin(), s.end(), ' ') + 1; };
    if (name == stored || words(name) < words(stored)) return false;
    Bound q(s_, "SELECT 1 FROM entity_variants WHERE entity = ?1 AND variant = ?2 AND lang = 'en'");
    q.Int(1, id).Text(2, stored);
    return !q.Step();
  }

  // What a document entity resolved to `id` brings: a name of a higher
  // rank, a type where the store has none, completeness.
  void Absorb(const Entity& e, int64_t id) {
    StoredEntity stored = Read(id);
    StoredEntity next = stored;
    if (RankOf(e) > stored.rank || (RankOf(e) == kRankComplete && stored.rank == kRankComplete &&
                                    EnglishOverOther(e, id, stored.name))) {
      next.name = NameOf(doc_, e);
      next.rank = RankOf(e);
    }
    if (stored.type == EntityTypeName(EntityType::kOther)) next.type = EntityTypeName(e.type);
    if (!e.partial) next.partial = false;
    if (next.name != stored.name || next.type != stored.type || next.partial != stored.partial ||
        next.rank != stored.rank) {
      Write(id, next);
    }
  }

  // Merges `loser` into `target`: its rows move, its id resolves to
  // target. keep_keys: its identity keys count for target (two complete
  // entities found one); else they are dropped (a partial name absorbed by
  // the complete one it attaches to: a later partial name with the same
  // key that is ambiguous must not follow it).
  void Merge(int64_t loser, int64_t target, bool keep_keys) {
    const StoredEntity lost = Read(loser);
    StoredEntity kept = Read(target);
    auto run = [&](const char* sql, bool with_target) {
      Bound q(s_, sql);
      q.Int(1, loser);
      if (with_target) q.Int(2, target);
      q.Run();
    };
    run("UPDATE entities SET merged_into = ?2 WHERE id = ?1 OR merged_into = ?1", true);
    if (keep_keys) {
      run("UPDATE entity_keys SET entity = ?2 WHERE entity = ?1", true);
    } else {
      run("DELETE FROM entity_keys WHERE entity = ?1", false);
    }
    run("INSERT OR IGNORE INTO entity_attach (key, entity) "
        "SELECT key, ?2 FROM entity_attach WHERE entity = ?1",
        true);
    run("DELETE FROM entity_attach WHERE entity = ?1", false);
    run("UPDATE entity_mentions SET entity = ?2 WHERE entity = ?1", true);
    run("INSERT INTO entity_variants (entity, variant, lang, count) "
        "SELECT ?2, variant, lang, count FROM entity_variants WHERE entity = ?1 "
        "ON CONFLICT (entity, variant, lang) DO UPDATE SET count = count + excluded.count",
        true);
    run("DELETE FROM entity_variants WHERE entity = ?1", false);
    if (lost.rank > kept.rank) {
      kept.name = lost.name;
      kept.rank = lost.rank;
    }
    if (kept.type == EntityTypeName(EntityType::kOther)) kept.type = lost.type;
    kept.partial = kept.partial && lost.partial;
    Write(target, kept);
  }

  StatementCache& s_;
  const Document& doc_;
};

}  // namespace

std::string EntityIdText(int64_t id) { return fmt::format("E{}", id); }

std::optional<int64_t> FinalEntity(StatementCache& statements, int64_t id) {
  // Merges keep merged_into one hop; the loop is a guard for a file written
  // otherwise, bounded so that a cycle cannot hang a read.
  for (int hops = 0; hops < 64; ++hops) {
    Bound q(statements, "SELECT merged_into FROM entities WHERE id = ?1");
    q.Int(1, id);
    if (!q.Step()) return std::nullopt;
    if (q.ColumnIsNull(0)) return id;
    id = q.ColumnInt(0);
  }
  throw std::runtime_error(fmt::format("entity E{}: merged_into does not end", id));
}

void WriteEntities(StatementCache& statements, const Document& doc) {
  Resolver resolver(statements, doc);
  // (start, end, entity index, mention index): the document's mentions,
  // sorted into text order below.
  std::vector<std::tuple<uint32_t, uint32_t, size_t, size_t>> mentions;
  std::vector<int64_t> ids(doc.entities.size(), 0);
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    if (e.mentions.empty()) continue;
    ids[i] = resolver.Resolve(e);
    for (size_t j = 0; j < e.mentions.size(); ++j) {
      mentions.emplace_back(e.mentions[j].span.start, e.mentions[j].span.end, i, j);
    }
  }
  // Resolving a later entity may have merged an earlier one's store entity.
  std::map<int64_t, int64_t> final_of;
  for (int64_t id : ids) {
    if (id != 0 && !final_of.contains(id)) final_of[id] = FinalEntity(statements, id).value_or(id);
  }
  std::sort(mentions.begin(), mentions.end());
  for (size_t idx = 0; idx < mentions.size(); ++idx) {
    const auto& [start, end, i, j] = mentions[idx];
    const EntityMention* m = &doc.entities[i].mentions[j];
    const int64_t entity = final_of[ids[i]];
    const std::string_view surface = SpanText(doc, m->span);
    {
      Bound q(statements,
              "INSERT INTO entity_mentions (doc_id, idx, entity, sentence, start_byte, end_byte, "
              "surface) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
      q.Text(1, doc.id).Int(2, static_cast<int64_t>(idx)).Int(3, entity).Int(4, m->sentence);
      q.Int(5, start).Int(6, end).Text(7, surface);
      q.Run();
    }
    Bound q(statements,
            "INSERT INTO entity_variants (entity, variant, lang, count) VALUES (?1, ?2, ?3, 1) "
            "ON CONFLICT (entity, variant, lang) DO UPDATE SET count = count + 1");
    q.Int(1, entity).Text(2, surface).Text(3, LangOf(doc, *m));
    q.Run();
  }
}

void ReadEntities(StatementCache& statements, const std::string& id, Document& doc) {
  struct Row {
    int64_t entity;
    EntityMention mention;
    std::string surface;
  };
  std::vector<Row> rows;
  {
    Bound q(statements,
            "SELECT entity, sentence, start_byte, end_byte, surface FROM entity_mentions "
            "WHERE doc_id = ?1 ORDER BY idx");
    q.Text(1, id);
    while (q.Step()) {
      Row& r = rows.emplace_back();
      r.entity = q.ColumnInt(0);
      r.mention.sentence = static_cast<uint32_t>(q.ColumnInt(1));
      r.mention.span = {static_cast<uint32_t>(q.ColumnInt(2)),
                        static_cast<uint32_t>(q.ColumnInt(3))};
      r.surface = q.ColumnText(4);
    }
  }
  doc.entities.clear();
  std::map<int64_t, size_t> index;  // final store id -> position in doc.entities
  for (Row& r : rows) {
    const int64_t entity = FinalEntity(statements, r.entity).value_or(r.entity);
    auto [it, fresh] = index.emplace(entity, doc.entities.size());
    if (fresh) {
      Entity& e = doc.entities.emplace_back();
      e.id = EntityIdText(entity);
      Bound q(statements, "SELECT name, type FROM entities WHERE id = ?1");
      q.Int(1, entity);
      if (!q.Step()) throw std::runtime_error(fmt::format("entity E{} is not stored", entity));
      e.name = q.ColumnText(0);
      std::string type = q.ColumnText(1);
      std::optional<EntityType> known = EntityTypeFromName(type);
      if (!known) {
        // The CHECK constraint keeps this out unless the schema was altered.
        throw std::runtime_error(fmt::format("entity E{} has unknown type \"{}\"", entity, type));
      }
      e.type = *known;
    }
    Entity& e = doc.entities[it->second];
    if (std::find(e.variants.begin(), e.variants.end(), r.surface) == e.variants.end()) {
      e.variants.push_back(std::move(r.surface));
    }
    e.mentions.push_back(r.mention);
  }
}

}  // namespace parallax::store_internal
