// parallax store: the figures and dates of a document (schema version 4,
// tables `quantities` and `dates`), written and read with the document.
#ifndef PARALLAX_STORE_STORE_FIGURES_H_
#define PARALLAX_STORE_STORE_FIGURES_H_

#include <string>

#include "parallax/document.h"
#include "store/sqlite.h"

namespace parallax::store_internal {

// Inserts doc.quantities and doc.dates under doc.id, inside the caller's
// transaction. Throws StoreError (through Bound) on a failed statement.
void WriteFigures(StatementCache& statements, const Document& doc);

// Appends the stored quantities and dates of document `id` to doc.quantities
// and doc.dates, in their stored order. Throws std::runtime_error on a name
// the schema's CHECK constraints would have kept out.
void ReadFigures(StatementCache& statements, const std::string& id, Document& doc);

}  // namespace parallax::store_internal

#endif  // PARALLAX_STORE_STORE_FIGURES_H_
