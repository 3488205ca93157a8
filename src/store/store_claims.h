// parallax store: what a document claims (schema version 7, tables
// `claims`, `quotes`, `citations`), written in the document's transaction
// and read back with it. docs/store.md, "claims", describes the tables.
#ifndef PARALLAX_STORE_STORE_CLAIMS_H_
#define PARALLAX_STORE_STORE_CLAIMS_H_

#include <string>

#include "parallax/document.h"
#include "store/sqlite.h"

namespace parallax::store_internal {

// Inserts doc.claims, doc.quotes and doc.citations under doc.id, inside the
// caller's transaction. Must run after WriteEntities for the same document:
// an entity field (Claim::group_entity, place_entity, attributed_entity,
// Quote::speaker_entity, Citation::entity) that names one of doc.entities
// (by its id, its name or one of its variants, first entity first) is stored
// as that entity's store id; any other non-empty value is kept as text.
// Throws StoreError (through Bound) on a failed statement.
void WriteClaims(StatementCache& statements, const Document& doc);

// Appends the stored claims, quotes and citations of document `id` to
// doc.claims, doc.quotes and doc.citations, in their stored order. Entity
// fields stored as a store entity come back as its id ("E<n>", following
// merges); the others as the text stored. Throws std::runtime_error on a
// name the schema's CHECK constraints would have kept out.
void ReadClaims(StatementCache& statements, const std::string& id, Document& doc);

}  // namespace parallax::store_internal

#endif  // PARALLAX_STORE_STORE_CLAIMS_H_
