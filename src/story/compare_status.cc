// parallax story stage: the status of an aligned set of claims and its note.
//
// The rules, in order (values are claims of one kind, scope and place;
// sources are independent: a site counts once, a copy or translation counts
// with its original):
//   single_source  one independent source.
//   agree          every value shares a value with every other (their
//                  intervals, compare_values.cc, have a common point), from
//                  two or more sources: "about 400", "400", "around 400".
//   evolving       a correction: the values not withdrawn agree and a
//                  withdrawn one differs ("164 (withdrawn) -> 225"); or the
//                  values fall into groups of compatible figures whose first
//                  days move in one direction with their size, no two
//                  sources disagreeing on one day ("8 -> 18 -> 19"). A family
//                  listed as cumulative (data/story/compare.tsv: tolls,
//                  arrests, damage) may only move up.
//   disagree       anything else: incompatible figures on one day, or
//                  figures going back and forth; the note gives the
//                  groups and the difference ("2 vs 1 (difference 1)").
#include <algorithm>
#include <map>
#include <set>

#include "story/compare_detail.h"

namespace parallax::story {
namespace {

using Group = std::vector<const SetValue*>;

size_t SourceCount(const std::vector<const SetValue*>& values) {
  std::set<std::string> sources;
  for (const SetValue* v : values) sources.insert(v->value.source);
  return sources.size();
}

bool AllOverlap(const std::vector<const SetValue*>& values) {
  if (values.empty()) return true;
  Interval common = values[0]->interval;
  for (const SetValue* v : values) {
    if (!Overlap(common, v->interval)) return false;
    common = Intersect(common, v->interval);
  }
  return true;
}

// Groups of mutually compatible values: sorted by interval, a value joins
// the current group while it overlaps what the group's values share.
std::vector<Group> Clusters(std::vector<const SetValue*> values) {
  std::sort(values.begin(), values.end(), [](const SetValue* a, const SetValue* b) {
    if (a->interval.lo != b->interval.lo) return a->interval.lo < b->interval.lo;
    return a->interval.hi < b->interval.hi;
  });
  std::vector<Group> out;
  Interval common;
  for (const SetValue* v : values) {
    if (!out.empty() && Overlap(common, v->interval)) {
      out.back().push_back(v);
      common = Intersect(common, v->interval);
    } else {
      out.push_back({v});
      common = v->interval;
    }
  }
  return out;
}

std::optional<int64_t> FirstDay(const Group& g) {
  std::optional<int64_t> first;
  for (const SetValue* v : g) {
    if (v->day && (!first || *v->day < *first)) first = v->day;
  }
  return first;
}

std::vector<SetValue> Copy(const Group& g) {
  std::vector<SetValue> out;
  for (const SetValue* v : g) out.push_back(*v);
  return out;
}

// The value of the figure MainFigure names.
double MainValue(const Group& g) {
  const std::string main = MainFigure(Copy(g));
  for (const SetValue* v : g) {
    const ComparedValue& c = v->value;
    if (FormatFigure(c.value, c.value_max, c.approx, c.unit) == main) return c.value;
  }
  return g.empty() ? 0 : g[0]->value.value;
}

bool AllRetracted(const Group& g) {
  return std::all_of(g.begin(), g.end(), [](const SetValue* v) { return v->value.retracted; });
}

// "8 → 18 → 19", groups by first day (undated last), withdrawn ones marked.
std::string Sequence(std::vector<Group> groups) {
  std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
    const auto da = FirstDay(a);
    const auto db = FirstDay(b);
    if (da.has_value() != db.has_value()) return da.has_value();
    return da && *da < *db;
  });
  std::string out;
  for (const Group& g : groups) {
    if (!out.empty()) out += " → ";
    out += MainFigure(Copy(g));
    if (AllRetracted(g)) out += " (withdrawn)";
  }
  return out;
}

std::string Versus(std::vector<Group> groups) {
  std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
    const auto da = FirstDay(a);
    const auto db = FirstDay(b);
    if (da != db) return da.has_value() && (!db || *da < *db);
    return MainValue(a) < MainValue(b);
  });
  std::string out;
  double lo = 0;
  double hi = 0;
  for (size_t i = 0; i < groups.size(); ++i) {
    if (i > 0) out += " vs ";
    out += MainFigure(Copy(groups[i]));
    const double v = MainValue(groups[i]);
    lo = i == 0 ? v : std::min(lo, v);
    hi = i == 0 ? v : std::max(hi, v);
  }
  return out + " (difference " + FormatNumber(hi - lo) + ")";
}

}  // namespace

std::string MainFigure(const std::vector<SetValue>& values) {
  std::map<std::string, std::pair<size_t, std::string>> count;  // figure -> (n, first date)
  std::vector<std::string> order;
  for (const SetValue& v : values) {
    const ComparedValue& c = v.value;
    std::string f = FormatFigure(c.value, c.value_max, c.approx, c.unit);
    auto [it, fresh] = count.try_emplace(f, 0, c.date);
    if (fresh) order.push_back(f);
    ++it->second.first;
    if (!c.date.empty() && (it->second.second.empty() || c.date < it->second.second)) {
      it->second.second = c.date;
    }
  }
  std::string best;
  for (const std::string& f : order) {
    if (best.empty()) {
      best = f;
      continue;
    }
    const auto& [n, date] = count[f];
    const auto& [bn, bdate] = count[best];
    if (n > bn || (n == bn && !date.empty() && (bdate.empty() || date < bdate))) best = f;
  }
  return best;
}

ComparisonStatus DecideStatus(const std::vector<SetValue>& values, std::string_view family,
                              const CompareRules& rules, std::string& note) {
  std::vector<const SetValue*> all;
  for (const SetValue& v : values) all.push_back(&v);
  const size_t sources = SourceCount(all);
  if (sources <= 1) {
    note = MainFigure(values) + ", one source";
    return ComparisonStatus::kSingleSource;
  }
  if (AllOverlap(all)) {
    note = MainFigure(values) + " (" + std::to_string(sources) + " sources)";
    return ComparisonStatus::kAgree;
  }
  std::vector<const SetValue*> active;
  for (const SetValue* v : all) {
    if (!v->value.retracted) active.push_back(v);
  }
  // A withdrawn figure replaced by one the others agree on.
  if (!active.empty() && active.size() < all.size() && AllOverlap(active)) {
    note = Sequence(Clusters(all));
    return ComparisonStatus::kEvolving;
  }
  // Two sources that disagree on one day.
  bool same_day_conflict = false;
  for (size_t i = 0; i < active.size() && !same_day_conflict; ++i) {
    for (size_t j = i + 1; j < active.size(); ++j) {
      const SetValue& a = *active[i];
      const SetValue& b = *active[j];
      if (a.day && b.day && *a.day == *b.day && a.value.source != b.value.source &&
          !Overlap(a.interval, b.interval)) {
        same_day_conflict = true;
        break;
      }
    }
  }
  const std::vector<Group> groups = Clusters(active.empty() ? all : active);
  if (!same_day_conflict && groups.size() >= 2) {
    // Groups are sorted by size; their first days must move with it.
    bool up = true;
    bool down = true;
    bool dated = true;
    for (size_t i = 0; i < groups.size(); ++i) {
      if (!FirstDay(groups[i])) dated = false;
      if (i == 0 || !dated) continue;
      const int64_t prev = *FirstDay(groups[i - 1]);
      const int64_t cur = *FirstDay(groups[i]);
      up = up && cur > prev;
      down = down && cur < prev;
    }
    const bool may_fall = !rules.cumulative.contains(family);
    if (dated && (up || (down && may_fall))) {
      note = Sequence(Clusters(all));
      return ComparisonStatus::kEvolving;
    }
  }
  note = Versus(groups);
  return ComparisonStatus::kDisagree;
}

}  // namespace parallax::story
