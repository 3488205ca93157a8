// The analysis as JSON: docs/json.md is the reference for every field.
#include <cstdint>
#include <string>
#include <string_view>

#include "parallax/report.h"
#include "parallax/store.h"
#include "report/json_fields.h"

namespace parallax {

namespace {

using nlohmann::json;
using report_internal::Figure;
using report_internal::SentenceText;
using report_internal::SpanText;
using report_internal::TextOrNull;

json LanguageFields(const LanguageGuess& g) {
  json shares = json::array();
  for (const LanguageShare& s : g.shares) shares.push_back({{"lang", s.lang}, {"share", s.share}});
  return shares;
}

json QuantitiesJson(const Document& doc) {
  json out = json::array();
  for (const Quantity& q : doc.quantities) {
    auto [raw_start, raw_end] = doc.text_to_raw.SpanToInput(q.span.start, q.span.end);
    const Span figure = FigureOf(q);
    auto [figure_raw_start, figure_raw_end] = doc.text_to_raw.SpanToInput(figure.start, figure.end);
    out.push_back({{"text", SpanText(doc, q.span)},
                   {"kind", QuantityKindName(q.kind)},
                   {"value", Figure(q.value)},
                   {"value_max", q.value_max ? Figure(*q.value_max) : json(nullptr)},
                   {"unit", q.unit.empty() ? json(nullptr) : json(q.unit)},
                   {"approx", ApproxName(q.approx)},
                   {"start", q.span.start},
                   {"end", q.span.end},
                   {"figure_start", figure.start},
                   {"figure_end", figure.end},
                   {"raw_start", raw_start},
                   {"raw_end", raw_end},
                   {"figure_raw_start", figure_raw_start},
                   {"figure_raw_end", figure_raw_end},
                   {"sentence", q.sentence}});
  }
  return out;
}

json DatesJson(const Document& doc) {
  json out = json::array();
  for (const DateMention& m : doc.dates) {
    auto [raw_start, raw_end] = doc.text_to_raw.SpanToInput(m.span.start, m.span.end);
    out.push_back({{"text", SpanText(doc, m.span)},
                   {"value", m.value.empty() ? json(nullptr) : json(m.value)},
                   {"value_max", m.value_max.empty() ? json(nullptr) : json(m.value_max)},
                   {"basis", DateBasisName(m.basis)},
                   {"suspect", m.suspect},
                   {"reason", m.reason.empty() ? json(nullptr) : json(m.reason)},
                   {"start", m.span.start},
                   {"end", m.span.end},
                   {"raw_start", raw_start},
                   {"raw_end", raw_end},
                   {"sentence", m.sentence}});
  }
  return out;
}

// People, organisations and places with their mentions. `id` is null for
// an entity the store has not resolved (a Document that never went through
// Store::Get).
json EntitiesJson(const Document& doc) {
  json out = json::array();
  for (const Entity& e : doc.entities) {
    json mentions = json::array();
    for (const EntityMention& m : e.mentions) {
      auto [raw_start, raw_end] = doc.text_to_raw.SpanToInput(m.span.start, m.span.end);
      mentions.push_back({{"text", SpanText(doc, m.span)},
                          {"start", m.span.start},
                          {"end", m.span.end},
                          {"raw_start", raw_start},
                          {"raw_end", raw_end},
                          {"sentence", m.sentence}});
    }
    out.push_back({{"id", e.id.empty() ? json(nullptr) : json(e.id)},
                   {"name", e.name},
                   {"type", EntityTypeName(e.type)},
                   {"variants", e.variants},
                   {"mentions", std::move(mentions)}});
  }
  return out;
}

// Figures tied to events and groups. `id` is "<doc id>:c<n>" (n from 1 in
// document order); start/end are the figure's span; text the sentence.
// Entity fields hold a store id ("E12") once the document went through the
// store, the name before.
json ClaimsJson(const Document& doc) {
  json out = json::array();
  auto claim_id = [&](size_t i) { return doc.id + ":c" + std::to_string(i + 1); };
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    auto [raw_start, raw_end] = doc.text_to_raw.SpanToInput(c.figure.start, c.figure.end);
    const bool subset = c.subset_of >= 0 && static_cast<size_t>(c.subset_of) < doc.claims.size();
    out.push_back({{"id", claim_id(i)},
                   {"kind", ClaimKindName(c.kind)},
                   {"value", Figure(c.value)},
                   {"value_max", c.value_max ? Figure(*c.value_max) : json(nullptr)},
                   {"unit", TextOrNull(c.unit)},
                   {"approx", ApproxName(c.approx)},
                   {"group", TextOrNull(c.group)},
                   {"group_text", TextOrNull(c.group_text)},
                   {"group_entity", TextOrNull(c.group_entity)},
                   {"noun", TextOrNull(c.noun)},
                   {"noun_key", TextOrNull(c.noun_key)},
                   {"subset_of", subset ? json(claim_id(c.subset_of)) : json(nullptr)},
                   {"place", TextOrNull(c.place)},
                   {"place_entity", TextOrNull(c.place_entity)},
                   {"date", TextOrNull(c.date)},
                   {"attributed_to", TextOrNull(c.attributed_to)},
                   {"attributed_entity", TextOrNull(c.attributed_entity)},
                   {"hedged", c.hedged},
                   {"negated", c.negated},
                   {"retracted", c.retracted},
                   {"sentence", c.sentence},
                   {"start", c.figure.start},
                   {"end", c.figure.end},
                   {"raw_start", raw_start},
                   {"raw_end", raw_end},
                   {"figure", SpanText(doc, c.figure)},
                   {"text", SentenceText(doc, c.sentence)}});
  }
  return out;
}

// Direct and indirect speech with its speaker.
json QuotesJson(const Document& doc) {
  json out = json::array();
  for (const Quote& q : doc.quotes) {
    auto [raw_start, raw_end] = doc.text_to_raw.SpanToInput(q.span.start, q.span.end);
    out.push_back({{"speaker", TextOrNull(q.speaker)},
                   {"speaker_entity", TextOrNull(q.speaker_entity)},
                   {"text", SpanText(doc, q.span)},
                   {"direct", q.direct},
                   {"sentence", q.sentence},
                   {"sentence_end", q.sentence_end},
                   {"start", q.span.start},
                   {"end", q.span.end},
                   {"raw_start", raw_start},
                   {"raw_end", raw_end}});
  }
  return out;
}

// The sources the text names.
json CitationsJson(const Document& doc) {
  json out = json::array();
  for (const Citation& c : doc.citations) {
    out.push_back({{"name", c.name},
                   {"url", TextOrNull(c.url)},
                   {"entity", TextOrNull(c.entity)},
                   {"sentence", c.sentence},
                   {"start", c.span.start},
                   {"end", c.span.end}});
  }
  return out;
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
  d["quantities"] = QuantitiesJson(doc);
  d["dates"] = DatesJson(doc);
  d["entities"] = EntitiesJson(doc);
  d["claims"] = ClaimsJson(doc);
  d["quotes"] = QuotesJson(doc);
  d["citations"] = CitationsJson(doc);

  json removed = json::array();
  for (const RemovedBlock& r : doc.removed)
    removed.push_back({{"text", r.text}, {"reason", r.reason}});
  d["removed"] = std::move(removed);
  d["signals"] = doc.signals.is_object() ? doc.signals : json::object();
  return d;
}

nlohmann::json AnalysisToJson(const std::vector<Document>& documents,
                              const std::vector<InputFailure>& failures, nlohmann::json stories) {
  json out;
  out["parallax"] = {{"version", PARALLAX_VERSION},
                     {"store_schema", Store::kSchemaVersion},
                     {"json_schema", "docs/parallax.schema.json"}};
  json docs = json::array();
  for (const Document& d : documents) docs.push_back(DocumentToJson(d));
  out["documents"] = std::move(docs);
  out["stories"] = stories.is_array() ? std::move(stories) : json::array();
  json errors = json::array();
  for (const InputFailure& f : failures)
    errors.push_back({{"source", f.source}, {"reason", f.reason}});
  out["errors"] = std::move(errors);
  return out;
}

}  // namespace parallax
