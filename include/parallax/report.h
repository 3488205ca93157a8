// parallax: the analysis as JSON (docs/json.md, docs/parallax.schema.json)
// and as a readable terminal summary.
#ifndef PARALLAX_REPORT_H_
#define PARALLAX_REPORT_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "parallax/document.h"
#include "parallax/ingest.h"
#include "parallax/story.h"

namespace parallax {

// One document as JSON: every field of docs/json.md. Never throws.
nlohmann::json DocumentToJson(const Document& doc);

// One story as JSON (docs/json.md, "Story"). `documents` are the story's
// documents with their claims and entities (as Store::Get gives them) and
// `links` their assignments, both in the order of story.documents; a value
// whose document or claim is not among them is written without its
// sentence. Never throws.
nlohmann::json StoryToJson(const Story& story, const std::vector<Document>& documents,
                           const std::vector<StoryAssignment>& links);

// The top-level object {"documents": [...], "stories": [...], "errors":
// [...]} plus "parallax" (version, schema version). `stories` is an array
// of StoryToJson objects (empty when not given).
nlohmann::json AnalysisToJson(const std::vector<Document>& documents,
                              const std::vector<InputFailure>& failures,
                              nlohmann::json stories = nlohmann::json::array());

// A readable plain-text summary of the analysis (a table of documents with
// language, size and title, then the errors), `width` columns wide.
std::string AnalysisSummary(const std::vector<Document>& documents,
                            const std::vector<InputFailure>& failures, int width = 100);

}  // namespace parallax

#endif  // PARALLAX_REPORT_H_
