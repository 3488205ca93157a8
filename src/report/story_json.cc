// A story as JSON: docs/json.md, "Story", is the reference for every field.
#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <utility>

#include "parallax/report.h"
#include "report/json_fields.h"

namespace parallax {
namespace {

using nlohmann::json;
using report_internal::Figure;
using report_internal::SentenceText;
using report_internal::SpanText;
using report_internal::TextOrNull;

// The documents of a story by id.
class DocumentIndex {
 public:
  explicit DocumentIndex(const std::vector<Document>& documents) {
    for (const Document& d : documents) by_id_[d.id] = &d;
  }
  const Document* Find(const std::string& id) const {
    auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : it->second;
  }

 private:
  std::map<std::string, const Document*> by_id_;
};

// The claim id of the document JSON: "<doc id>:c<n>", n from 1.
std::string ClaimId(const std::string& document, uint32_t claim) {
  return document + ":c" + std::to_string(claim + 1);
}

json ValueJson(const ComparedValue& v, const DocumentIndex& docs) {
  json out = {{"claim", ClaimId(v.document, v.claim)},
              {"document", v.document},
              {"value", Figure(v.value)},
              {"value_max", v.value_max ? Figure(*v.value_max) : json(nullptr)},
              {"approx", ApproxName(v.approx)},
              {"unit", TextOrNull(v.unit)},
              {"group", TextOrNull(v.group)},
              {"date", TextOrNull(v.date)},
              {"published", TextOrNull(v.published)},
              {"attributed_to", TextOrNull(v.attributed_to)},
              {"hedged", v.hedged},
              {"retracted", v.retracted},
              {"source", v.source},
              {"lang", nullptr},
              {"figure", nullptr},
              {"text", nullptr}};
  if (const Document* d = docs.Find(v.document)) {
    out["lang"] = d->lang.lang;
    if (v.claim < d->claims.size()) {
      const Claim& c = d->claims[v.claim];
      out["figure"] = SpanText(*d, c.figure);
      out["text"] = SentenceText(*d, c.sentence);
    }
  }
  return out;
}

json ComparisonsJson(const Story& story, const DocumentIndex& docs) {
  json out = json::array();
  for (const Comparison& c : story.comparisons) {
    json values = json::array();
    for (const ComparedValue& v : c.values) values.push_back(ValueJson(v, docs));
    out.push_back({{"kind", ClaimKindName(c.kind)},
                   {"noun", TextOrNull(c.noun)},
                   {"group", TextOrNull(c.group)},
                   {"place", TextOrNull(c.place)},
                   {"status", ComparisonStatusName(c.status)},
                   {"sources", c.sources},
                   {"values", std::move(values)},
                   {"note", c.note}});
  }
  return out;
}

json TimelineJson(const Story& story) {
  json out = json::array();
  for (const Timeline& t : story.timeline) {
    json points = json::array();
    for (const TimelinePoint& p : t.points) {
      points.push_back({{"date", TextOrNull(p.date)},
                        {"published", TextOrNull(p.published)},
                        {"document", p.document},
                        {"claim", ClaimId(p.document, p.claim)},
                        {"value", Figure(p.value)},
                        {"value_max", p.value_max ? Figure(*p.value_max) : json(nullptr)},
                        {"approx", ApproxName(p.approx)},
                        {"retracted", p.retracted}});
    }
    out.push_back({{"kind", ClaimKindName(t.kind)},
                   {"noun", TextOrNull(t.noun)},
                   {"group", TextOrNull(t.group)},
                   {"points", std::move(points)}});
  }
  return out;
}

json SourcesJson(const Story& story, const DocumentIndex& docs) {
  json out = json::array();
  for (const SourceSignals& s : story.sources) {
    json item = {{"document", s.document},
                 {"title", nullptr},
                 {"site", TextOrNull(s.site)},
                 {"lang", TextOrNull(s.lang)},
                 {"published", nullptr},
                 {"genre", s.genre},
                 {"opinion", s.opinion},
                 {"cues",
                  {{"first_person", s.first_person},
                   {"evaluative", s.evaluative},
                   {"questions", s.questions},
                   {"exclamations", s.exclamations},
                   {"hedges", s.hedges}}},
                 {"fundraising", s.fundraising},
                 {"claims", s.claims},
                 {"unsupported", s.unsupported},
                 {"cites", s.cites},
                 {"copy_of", TextOrNull(s.copy_of)},
                 {"copy", CopyKindName(s.copy)}};
    if (const Document* d = docs.Find(s.document)) {
      item["title"] = d->title;
      if (d->published) item["published"] = *d->published;
    }
    out.push_back(std::move(item));
  }
  return out;
}

// The language of the mention at `sentence`: its paragraph's when
// reliable, else the document's.
std::string MentionLang(const Document& doc, uint32_t sentence) {
  if (sentence < doc.sentences.size()) {
    const uint32_t p = doc.sentences[sentence].paragraph;
    if (p < doc.paragraphs.size() && doc.paragraphs[p].lang.reliable) {
      return doc.paragraphs[p].lang.lang;
    }
  }
  return doc.lang.lang;
}

// The entities the story's documents name, with their variants per
// language: those named by two or more documents, or all when none is.
json EntitiesJson(const std::vector<Document>& documents) {
  struct Seen {
    std::string name;
    EntityType type = EntityType::kOther;
    size_t documents = 0;
    size_t mentions = 0;
    std::map<std::pair<std::string, std::string>, uint64_t> variants;  // (text, lang) -> count
  };
  std::map<std::string, Seen> by_key;
  for (const Document& doc : documents) {
    for (const Entity& e : doc.entities) {
      const std::string key = e.id.empty() ? e.name : e.id;
      if (key.empty()) continue;
      Seen& s = by_key[key];
      if (s.name.empty()) {
        s.name = e.name;
        s.type = e.type;
      }
      ++s.documents;
      for (const EntityMention& m : e.mentions) {
        ++s.mentions;
        ++s.variants[{std::string(SpanText(doc, m.span)), MentionLang(doc, m.sentence)}];
      }
    }
  }
  const bool shared = std::any_of(by_key.begin(), by_key.end(),
                                  [](const auto& kv) { return kv.second.documents >= 2; });
  std::vector<std::pair<std::string, const Seen*>> list;
  for (const auto& [key, s] : by_key) {
    if (!shared || s.documents >= 2) list.emplace_back(key, &s);
  }
  std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
    return std::tie(b.second->documents, b.second->mentions) <
           std::tie(a.second->documents, a.second->mentions);
  });
  json out = json::array();
  for (const auto& [key, s] : list) {
    std::vector<std::tuple<uint64_t, std::string, std::string>> variants;
    for (const auto& [text_lang, count] : s->variants) {
      if (!text_lang.first.empty()) variants.emplace_back(count, text_lang.first, text_lang.second);
    }
    std::stable_sort(variants.begin(), variants.end(),
                     [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
    json vs = json::array();
    for (const auto& [count, text, lang] : variants) {
      vs.push_back({{"text", text}, {"lang", lang}, {"count", count}});
    }
    out.push_back({{"id", key},
                   {"name", s->name},
                   {"type", EntityTypeName(s->type)},
                   {"documents", s->documents},
                   {"variants", std::move(vs)}});
  }
  return out;
}

}  // namespace

nlohmann::json StoryToJson(const Story& story, const std::vector<Document>& documents,
                           const std::vector<StoryAssignment>& links) {
  const DocumentIndex docs(documents);
  json copies = json::array();
  for (const StoryAssignment& a : links) {
    if (a.copy == CopyKind::kNone || a.copy_of.empty()) continue;
    copies.push_back({{"document", a.document},
                      {"of", a.copy_of},
                      {"how", CopyKindName(a.copy)},
                      {"score", a.copy_score}});
  }
  json span = nullptr;
  if (!story.span_start.empty()) span = {{"start", story.span_start}, {"end", story.span_end}};
  return {{"id", story.id},
          {"label", story.label},
          {"documents", story.documents},
          {"span", std::move(span)},
          {"copies", std::move(copies)},
          {"comparisons", ComparisonsJson(story, docs)},
          {"timeline", TimelineJson(story)},
          {"sources", SourcesJson(story, docs)},
          {"entities", EntitiesJson(documents)}};
}

}  // namespace parallax
