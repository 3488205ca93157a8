// The claims, quotes and citations tables (store_claims.h).
#include "store/store_claims.h"

#include <fmt/format.h>

#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "store/store_entities.h"

namespace parallax::store_internal {
namespace {

constexpr const char* kInsertClaim = R"sql(
INSERT INTO claims (doc_id, idx, sentence, start_byte, end_byte, figure_start, figure_end,
  kind, noun, value, value_max, unit, approx, group_name, group_text, group_entity,
  group_entity_text, subset_of, place, place_entity, place_entity_text, date, attributed_to,
  attributed_entity, attributed_entity_text, hedged, negated, retracted, noun_key)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
  ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29))sql";

constexpr const char* kInsertQuote = R"sql(
INSERT INTO quotes (doc_id, idx, sentence, sentence_end, start_byte, end_byte, direct,
  speaker, speaker_start, speaker_end, speaker_entity, speaker_entity_text)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql";

constexpr const char* kInsertCitation = R"sql(
INSERT INTO citations (doc_id, idx, sentence, start_byte, end_byte, name, url, entity,
  entity_text)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql";

constexpr const char* kSelectClaims = R"sql(
SELECT sentence, start_byte, end_byte, figure_start, figure_end, kind, noun, value, value_max,
  unit, approx, group_name, group_text, group_entity, group_entity_text, subset_of, place,
  place_entity, place_entity_text, date, attributed_to, attributed_entity,
  attributed_entity_text, hedged, negated, retracted, noun_key
FROM claims WHERE doc_id = ?1 ORDER BY idx)sql";

constexpr const char* kSelectQuotes = R"sql(
SELECT sentence, sentence_end, start_byte, end_byte, direct, speaker, speaker_start,
  speaker_end, speaker_entity, speaker_entity_text
FROM quotes WHERE doc_id = ?1 ORDER BY idx)sql";

constexpr const char* kSelectCitations = R"sql(
SELECT sentence, start_byte, end_byte, name, url, entity, entity_text
FROM citations WHERE doc_id = ?1 ORDER BY idx)sql";

// The store ids of a written document's entities by the names a claim may
// give for them: each entity's id, name and variants, the first entity
// first. Built on first use (after WriteEntities wrote the mentions).
class EntityIds {
 public:
  EntityIds(StatementCache& statements, const Document& doc) : s_(statements), doc_(doc) {}

  // The store id `name` stands for, or std::nullopt.
  std::optional<int64_t> Find(const std::string& name) {
    if (name.empty()) return std::nullopt;
    if (!built_) Build();
    auto it = ids_.find(name);
    if (it == ids_.end()) return std::nullopt;
    return it->second;
  }

 private:
  void Build() {
    built_ = true;
    for (const Entity& e : doc_.entities) {
      if (e.mentions.empty()) continue;  // WriteEntities skipped it
      const Span first = e.mentions.front().span;
      int64_t entity = 0;
      {
        Bound q(s_,
                "SELECT entity FROM entity_mentions WHERE doc_id = ?1 AND start_byte = ?2 AND "
                "end_byte = ?3 LIMIT 1");
        q.Text(1, doc_.id).Int(2, first.start).Int(3, first.end);
        if (!q.Step()) continue;
        entity = q.ColumnInt(0);
      }
      entity = FinalEntity(s_, entity).value_or(entity);
      if (!e.id.empty()) ids_.emplace(e.id, entity);
      if (!e.name.empty()) ids_.emplace(e.name, entity);
      for (const std::string& v : e.variants) ids_.emplace(v, entity);
    }
  }

  StatementCache& s_;
  const Document& doc_;
  bool built_ = false;
  std::map<std::string, int64_t, std::less<>> ids_;
};

// Binds an entity field to the pair of columns (store id, text) at `col`.
void BindEntity(Bound& q, int col, EntityIds& ids, const std::string& value) {
  if (std::optional<int64_t> id = ids.Find(value)) {
    q.Int(col, *id).Text(col + 1, "");
  } else {
    q.Null(col).Text(col + 1, value);
  }
}

// An entity field read back from the pair of columns at `col`.
std::string ReadEntity(StatementCache& statements, const Bound& q, int col) {
  if (q.ColumnIsNull(col)) return q.ColumnText(col + 1);
  const int64_t id = q.ColumnInt(col);
  return EntityIdText(FinalEntity(statements, id).value_or(id));
}

uint32_t U32(const Bound& q, int col) { return static_cast<uint32_t>(q.ColumnInt(col)); }

}  // namespace

void WriteClaims(StatementCache& statements, const Document& doc) {
  EntityIds ids(statements, doc);
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    Bound q(statements, kInsertClaim);
    q.Text(1, doc.id).Int(2, static_cast<int64_t>(i)).Int(3, c.sentence);
    q.Int(4, c.span.start).Int(5, c.span.end).Int(6, c.figure.start).Int(7, c.figure.end);
    q.Text(8, ClaimKindName(c.kind)).Text(9, c.noun).Real(10, c.value);
    if (c.value_max) {
      q.Real(11, *c.value_max);
    } else {
      q.Null(11);
    }
    q.Text(12, c.unit).Text(13, ApproxName(c.approx)).Text(14, c.group).Text(15, c.group_text);
    BindEntity(q, 16, ids, c.group_entity);
    if (c.subset_of >= 0) {
      q.Int(18, c.subset_of);
    } else {
      q.Null(18);
    }
    q.Text(19, c.place);
    BindEntity(q, 20, ids, c.place_entity);
    q.Text(22, c.date).Text(23, c.attributed_to);
    BindEntity(q, 24, ids, c.attributed_entity);
    q.Int(26, c.hedged).Int(27, c.negated).Int(28, c.retracted).Text(29, c.noun_key);
    q.Run();
  }
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& x = doc.quotes[i];
    Bound q(statements, kInsertQuote);
    q.Text(1, doc.id).Int(2, static_cast<int64_t>(i)).Int(3, x.sentence).Int(4, x.sentence_end);
    q.Int(5, x.span.start).Int(6, x.span.end).Int(7, x.direct).Text(8, x.speaker);
    q.Int(9, x.speaker_span.start).Int(10, x.speaker_span.end);
    BindEntity(q, 11, ids, x.speaker_entity);
    q.Run();
  }
  for (size_t i = 0; i < doc.citations.size(); ++i) {
    const Citation& c = doc.citations[i];
    Bound q(statements, kInsertCitation);
    q.Text(1, doc.id).Int(2, static_cast<int64_t>(i)).Int(3, c.sentence);
    q.Int(4, c.span.start).Int(5, c.span.end).Text(6, c.name).Text(7, c.url);
    BindEntity(q, 8, ids, c.entity);
    q.Run();
  }
}

void ReadClaims(StatementCache& statements, const std::string& id, Document& doc) {
  {
    Bound q(statements, kSelectClaims);
    q.Text(1, id);
    while (q.Step()) {
      const size_t index = doc.claims.size();
      Claim& c = doc.claims.emplace_back();
      c.sentence = U32(q, 0);
      c.span = {U32(q, 1), U32(q, 2)};
      c.figure = {U32(q, 3), U32(q, 4)};
      c.kind = Known<ClaimKind>(ClaimKindFromName, q.ColumnText(5), "claim", index);
      c.noun = q.ColumnText(6);
      c.value = q.ColumnReal(7);
      if (!q.ColumnIsNull(8)) c.value_max = q.ColumnReal(8);
      c.unit = q.ColumnText(9);
      c.approx = Known<Approx>(ApproxFromName, q.ColumnText(10), "claim", index);
      c.group = q.ColumnText(11);
      c.group_text = q.ColumnText(12);
      c.group_entity = ReadEntity(statements, q, 13);
      c.subset_of = q.ColumnIsNull(15) ? -1 : static_cast<int32_t>(q.ColumnInt(15));
      c.place = q.ColumnText(16);
      c.place_entity = ReadEntity(statements, q, 17);
      c.date = q.ColumnText(19);
      c.attributed_to = q.ColumnText(20);
      c.attributed_entity = ReadEntity(statements, q, 21);
      c.hedged = q.ColumnInt(23) != 0;
      c.negated = q.ColumnInt(24) != 0;
      c.retracted = q.ColumnInt(25) != 0;
      c.noun_key = q.ColumnText(26);
    }
  }
  {
    Bound q(statements, kSelectQuotes);
    q.Text(1, id);
    while (q.Step()) {
      Quote& x = doc.quotes.emplace_back();
      x.sentence = U32(q, 0);
      x.sentence_end = U32(q, 1);
      x.span = {U32(q, 2), U32(q, 3)};
      x.direct = q.ColumnInt(4) != 0;
      x.speaker = q.ColumnText(5);
      x.speaker_span = {U32(q, 6), U32(q, 7)};
      x.speaker_entity = ReadEntity(statements, q, 8);
    }
  }
  Bound q(statements, kSelectCitations);
  q.Text(1, id);
  while (q.Step()) {
    Citation& c = doc.citations.emplace_back();
    c.sentence = U32(q, 0);
    c.span = {U32(q, 1), U32(q, 2)};
    c.name = q.ColumnText(3);
    c.url = q.ColumnText(4);
    c.entity = ReadEntity(statements, q, 5);
  }
}

}  // namespace parallax::store_internal
