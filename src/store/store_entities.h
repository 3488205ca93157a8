// parallax store: the entities of documents (schema version 6, tables
// `entities`, `entity_keys`, `entity_attach`, `entity_mentions`,
// `entity_variants`), resolved across documents when a document is written
// and read back with it. docs/store.md, "entities", states the rules.
#ifndef PARALLAX_STORE_STORE_ENTITIES_H_
#define PARALLAX_STORE_STORE_ENTITIES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parallax/document.h"
#include "parallax/store.h"
#include "store/sqlite.h"

namespace parallax::store_internal {

// Resolves doc.entities, in order, to store entities (creating, joining and
// merging them by their keys), then writes their mentions and variants under
// doc.id, inside the caller's transaction. An entity with no mentions is
// skipped. Throws StoreError (through Bound) on a failed statement.
void WriteEntities(StatementCache& statements, const Document& doc);

// Replaces doc.entities with the entities of document `id` as stored: one
// Entity per final store entity, ordered by first mention, with id, name,
// type, variants and mentions (keys, attach_keys and partial empty). Throws
// std::runtime_error on a type name the CHECK constraint would have kept out.
void ReadEntities(StatementCache& statements, const std::string& id, Document& doc);

// The entity a stored entity id finally stands for, following merged_into;
// `id` itself when it was never merged. std::nullopt if no such entity.
std::optional<int64_t> FinalEntity(StatementCache& statements, int64_t id);

// "E<n>" for the store entity n.
std::string EntityIdText(int64_t id);

// Store::Entities and Store::FindEntity (store_entity_list.cc).
std::vector<EntitySummary> ListEntities(StatementCache& statements, const EntityQuery& query);
std::optional<EntitySummary> FindEntity(StatementCache& statements, const std::string& id);

}  // namespace parallax::store_internal

#endif  // PARALLAX_STORE_STORE_ENTITIES_H_
