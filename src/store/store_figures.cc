// The quantities and dates tables (store_figures.h).
#include "store/store_figures.h"

#include <fmt/format.h>

#include <optional>
#include <stdexcept>

namespace parallax::store_internal {
namespace {

constexpr const char* kInsertQuantity = R"sql(
INSERT INTO quantities (doc_id, idx, sentence, start_byte, end_byte, kind, value, value_max,
  unit, approx, figure_start, figure_end)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql";

constexpr const char* kInsertDate = R"sql(
INSERT INTO dates (doc_id, idx, sentence, start_byte, end_byte, value, value_max, basis,
  suspect, reason)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))sql";

constexpr const char* kSelectQuantities = R"sql(
SELECT sentence, start_byte, end_byte, kind, value, value_max, unit, approx, figure_start,
  figure_end
FROM quantities WHERE doc_id = ?1 ORDER BY idx)sql";

constexpr const char* kSelectDates = R"sql(
SELECT sentence, start_byte, end_byte, value, value_max, basis, suspect, reason
FROM dates WHERE doc_id = ?1 ORDER BY idx)sql";

}  // namespace

void WriteFigures(StatementCache& statements, const Document& doc) {
  for (size_t i = 0; i < doc.quantities.size(); ++i) {
    const Quantity& x = doc.quantities[i];
    Bound q(statements, kInsertQuantity);
    q.Text(1, doc.id).Int(2, static_cast<int64_t>(i)).Int(3, x.sentence);
    q.Int(4, x.span.start).Int(5, x.span.end).Text(6, QuantityKindName(x.kind));
    q.Real(7, x.value);
    if (x.value_max) {
      q.Real(8, *x.value_max);
    } else {
      q.Null(8);
    }
    q.Text(9, x.unit).Text(10, ApproxName(x.approx));
    // An empty figure (stands for the span) is stored as NULL, like the
    // rows written before schema version 5.
    if (x.figure.end > x.figure.start) {
      q.Int(11, x.figure.start).Int(12, x.figure.end);
    } else {
      q.Null(11).Null(12);
    }
    q.Run();
  }
  for (size_t i = 0; i < doc.dates.size(); ++i) {
    const DateMention& d = doc.dates[i];
    Bound q(statements, kInsertDate);
    q.Text(1, doc.id).Int(2, static_cast<int64_t>(i)).Int(3, d.sentence);
    q.Int(4, d.span.start).Int(5, d.span.end).Text(6, d.value).Text(7, d.value_max);
    q.Text(8, DateBasisName(d.basis)).Int(9, d.suspect ? 1 : 0).Text(10, d.reason);
    q.Run();
  }
}

void ReadFigures(StatementCache& statements, const std::string& id, Document& doc) {
  {
    Bound q(statements, kSelectQuantities);
    q.Text(1, id);
    while (q.Step()) {
      Quantity& x = doc.quantities.emplace_back();
      const size_t index = doc.quantities.size() - 1;
      x.sentence = static_cast<uint32_t>(q.ColumnInt(0));
      x.span = {static_cast<uint32_t>(q.ColumnInt(1)), static_cast<uint32_t>(q.ColumnInt(2))};
      x.kind = Known<QuantityKind>(QuantityKindFromName, q.ColumnText(3), "quantity", index);
      x.value = q.ColumnReal(4);
      if (!q.ColumnIsNull(5)) x.value_max = q.ColumnReal(5);
      x.unit = q.ColumnText(6);
      x.approx = Known<Approx>(ApproxFromName, q.ColumnText(7), "quantity", index);
      if (!q.ColumnIsNull(8) && !q.ColumnIsNull(9)) {
        x.figure = {static_cast<uint32_t>(q.ColumnInt(8)), static_cast<uint32_t>(q.ColumnInt(9))};
      }
    }
  }
  Bound q(statements, kSelectDates);
  q.Text(1, id);
  while (q.Step()) {
    DateMention& d = doc.dates.emplace_back();
    const size_t index = doc.dates.size() - 1;
    d.sentence = static_cast<uint32_t>(q.ColumnInt(0));
    d.span = {static_cast<uint32_t>(q.ColumnInt(1)), static_cast<uint32_t>(q.ColumnInt(2))};
    d.value = q.ColumnText(3);
    d.value_max = q.ColumnText(4);
    d.basis = Known<DateBasis>(DateBasisFromName, q.ColumnText(5), "date", index);
    d.suspect = q.ColumnInt(6) != 0;
    d.reason = q.ColumnText(7);
  }
}

}  // namespace parallax::store_internal
