// parallax story stage: the timelines of a story, one figure over time per
// aligned set of claims (compare.cc builds the sets).
//
// A timeline is the values of one comparison as points: as of (the claim's
// date, else the publication date), the publication date, the document
// and the claim, the figure with its qualifier, and whether the text
// withdrew it. A different_scope comparison holds two sets that already
// have their own timelines, and a part set ("two of them were beheaded")
// counts part of another figure; neither gets a timeline.
#include <algorithm>

#include "story/compare_detail.h"

namespace parallax::story {

std::vector<Timeline> BuildTimelines(const std::vector<Comparison>& comparisons,
                                     const std::vector<bool>& parts) {
  std::vector<Timeline> out;
  for (size_t i = 0; i < comparisons.size(); ++i) {
    const Comparison& c = comparisons[i];
    if (c.status == ComparisonStatus::kDifferentScope) continue;
    if (i < parts.size() && parts[i]) continue;
    if (c.values.empty()) continue;
    Timeline t;
    t.kind = c.kind;
    t.noun = c.noun;
    t.group = c.group;
    for (const ComparedValue& v : c.values) {
      TimelinePoint p;
      p.date = v.date;
      p.published = v.published;
      p.document = v.document;
      p.claim = v.claim;
      p.value = v.value;
      p.value_max = v.value_max;
      p.approx = v.approx;
      p.retracted = v.retracted;
      t.points.push_back(std::move(p));
    }
    // By date (undated points last), then document, then claim.
    std::stable_sort(t.points.begin(), t.points.end(),
                     [](const TimelinePoint& a, const TimelinePoint& b) {
                       if (a.date.empty() != b.date.empty()) return b.date.empty();
                       if (a.date != b.date) return a.date < b.date;
                       if (a.document != b.document) return a.document < b.document;
                       return a.claim < b.claim;
                     });
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace parallax::story
