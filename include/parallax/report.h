// parallax: the analysis as JSON (docs/json.md, docs/parallax.schema.json)
// and as a readable terminal summary.
#ifndef PARALLAX_REPORT_H_
#define PARALLAX_REPORT_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "parallax/document.h"
#include "parallax/ingest.h"

namespace parallax {

// One document as JSON: every field of docs/json.md. Never throws.
nlohmann::json DocumentToJson(const Document& doc);

// The top-level object {"documents": [...], "stories": [], "errors": [...]}
// plus "parallax" (version, schema version).
nlohmann::json AnalysisToJson(const std::vector<Document>& documents,
                              const std::vector<InputFailure>& failures);

// A readable plain-text summary of the analysis (a table of documents with
// language, size and title, then the errors), `width` columns wide.
std::string AnalysisSummary(const std::vector<Document>& documents,
                            const std::vector<InputFailure>& failures, int width = 100);

}  // namespace parallax

#endif  // PARALLAX_REPORT_H_
