// The analysis as JSON: docs/json.md is the reference for every field.
#include <string>

#include "parallax/report.h"
#include "parallax/store.h"

namespace parallax {

namespace {

using nlohmann::json;

json LanguageFields(const LanguageGuess& g) {
  json shares = json::array();
  for (const LanguageShare& s : g.shares) shares.push_back({{"lang", s.lang}, {"share", s.share}});
  return shares;
}

}  // namespace

nlohmann::json DocumentToJson(const Document& doc) {
  json d;
  d["id"] = doc.id;
  d["source"] = doc.source;
  d["url"] = doc.url.empty() ? json(nullptr) : json(doc.url);
  d["site"] = doc.site.empty() ? json(nullptr) : json(doc.site);
  d["title"] = doc.title;
  d["published"] = doc.published ? json(*doc.published) : json(nullptr);
  d["modified"] = doc.modified ? json(*doc.modified) : json(nullptr);
  d["authors"] = doc.authors;
  d["format"] = doc.format;
  d["container"] = doc.container;
  d["charset"] = doc.charset;
  d["charset_source"] = doc.charset_source;
  d["invalid_bytes"] = doc.invalid_bytes;
  d["raw_bytes"] = doc.raw.size();
  d["lang"] = doc.lang.lang;
  d["lang_confidence"] = doc.lang.confidence;
  d["lang_reliable"] = doc.lang.reliable;
  d["lang_method"] = doc.lang.method;
  d["languages"] = LanguageFields(doc.lang);
  d["mixed_language"] = doc.mixed_language;
  d["text"] = doc.text;

  json paragraphs = json::array();
  for (const Paragraph& p : doc.paragraphs) {
    auto [raw_start, raw_end] = doc.text_to_raw.SpanToInput(p.span.start, p.span.end);
    paragraphs.push_back({{"start", p.span.start},
                          {"end", p.span.end},
                          {"raw_start", raw_start},
                          {"raw_end", raw_end},
                          {"lang", p.lang.lang},
                          {"lang_confidence", p.lang.confidence},
                          {"lang_reliable", p.lang.reliable},
                          {"kind", ParagraphKindName(p.kind)}});
  }
  d["paragraphs"] = std::move(paragraphs);

  json sentences = json::array();
  for (const Sentence& s : doc.sentences) {
    auto [raw_start, raw_end] = doc.text_to_raw.SpanToInput(s.span.start, s.span.end);
    sentences.push_back({{"start", s.span.start},
                         {"end", s.span.end},
                         {"raw_start", raw_start},
                         {"raw_end", raw_end},
                         {"paragraph", s.paragraph}});
  }
  d["sentences"] = std::move(sentences);

  json removed = json::array();
  for (const RemovedBlock& r : doc.removed)
    removed.push_back({{"text", r.text}, {"reason", r.reason}});
  d["removed"] = std::move(removed);
  d["signals"] = doc.signals.is_object() ? doc.signals : json::object();
  return d;
}

nlohmann::json AnalysisToJson(const std::vector<Document>& documents,
                              const std::vector<InputFailure>& failures) {
  json out;
  out["parallax"] = {{"version", PARALLAX_VERSION},
                     {"store_schema", Store::kSchemaVersion},
                     {"json_schema", "docs/parallax.schema.json"}};
  json docs = json::array();
  for (const Document& d : documents) docs.push_back(DocumentToJson(d));
  out["documents"] = std::move(docs);
  out["stories"] = json::array();
  json errors = json::array();
  for (const InputFailure& f : failures)
    errors.push_back({{"source", f.source}, {"reason", f.reason}});
  out["errors"] = std::move(errors);
  return out;
}

}  // namespace parallax
