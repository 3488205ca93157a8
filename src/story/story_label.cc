// parallax story stage: the label and time span of a story.
//
// The label is a line a reader recognises the story by: its main entities
// (the people, organisations and countries named by the most documents),
// its main place (the place other than a country named by the most
// documents), and its time span: "Kazakhstan, Tokayev, CSTO — Almaty, 2–16
// Jan 2022". Entities are matched across documents by store id, else by
// any shared key (entities.h), else by folded name; ties go to the most
// mentions, then to the first seen. Countries are the gazetteer's
// (CompareRules::countries). The span runs from the
// earliest to the latest publication date or comparison value date (the
// values' dates are "as of" dates, compare_values.cc, never after their
// publication). The label is written in English, like the notes.
#include <algorithm>
#include <map>
#include <set>

#include "core/utf8.h"
#include "story/compare_detail.h"

namespace parallax::story {
namespace {

// How many entities the label names: three, as the design's example
// (include/parallax/story.h) shows; more does not fit one line of a list.
constexpr size_t kLabelEntities = 3;

struct Tally {
  std::string name;
  EntityType type = EntityType::kOther;
  std::set<std::string> documents;
  size_t mentions = 0;
  size_t first = 0;  // order of first sight, for stable ties
};

// Entities across documents, merged by id, key or folded name.
std::vector<Tally> CountEntities(const std::vector<const Document*>& docs) {
  std::vector<Tally> tallies;
  std::map<std::string, size_t> index;  // "id:E1", "key:...", "name:..." -> tally
  for (const Document* d : docs) {
    for (const Entity& e : d->entities) {
      std::string name = !e.name.empty() ? e.name : e.variants.empty() ? "" : e.variants.front();
      if (name.empty()) continue;
      std::vector<std::string> handles;
      if (!e.id.empty()) {
        handles.push_back("id:" + e.id);
      } else {
        for (const std::string& k : e.keys) handles.push_back("key:" + k);
        handles.push_back("name:" + FoldString(name));
      }
      size_t at = tallies.size();
      for (const std::string& h : handles) {
        if (auto it = index.find(h); it != index.end()) {
          at = it->second;
          break;
        }
      }
      if (at == tallies.size()) {
        Tally t;
        t.name = name;
        t.type = e.type;
        t.first = at;
        tallies.push_back(std::move(t));
      }
      for (const std::string& h : handles) index.emplace(h, at);
      tallies[at].documents.insert(d->id);
      tallies[at].mentions += e.mentions.empty() ? 1 : e.mentions.size();
    }
  }
  std::stable_sort(tallies.begin(), tallies.end(), [](const Tally& a, const Tally& b) {
    if (a.documents.size() != b.documents.size()) return a.documents.size() > b.documents.size();
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return a.first < b.first;
  });
  return tallies;
}

// "2 Jan 2022", or the parts a span needs: "2–16 Jan 2022", "30 Jan–2 Feb
// 2022", "28 Dec 2021–3 Jan 2022".
std::string FormatSpan(const std::string& start, const std::string& end) {
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  struct Ymd {
    std::string y;
    int m = 0;
    int d = 0;
  };
  auto parse = [](const std::string& iso) {
    Ymd r;
    r.y = iso.substr(0, 4);
    r.m = std::stoi(iso.substr(5, 2));
    r.d = std::stoi(iso.substr(8, 2));
    return r;
  };
  const Ymd a = parse(start);
  const Ymd b = parse(end);
  if (a.m < 1 || a.m > 12 || b.m < 1 || b.m > 12) return start + "–" + end;
  const std::string ma = kMonths[a.m - 1];
  const std::string mb = kMonths[b.m - 1];
  const std::string db = std::to_string(b.d) + " " + mb + " " + b.y;
  if (start == end) return db;
  if (a.y != b.y) return std::to_string(a.d) + " " + ma + " " + a.y + "–" + db;
  if (a.m != b.m) return std::to_string(a.d) + " " + ma + "–" + db;
  return std::to_string(a.d) + "–" + db;
}

}  // namespace

void LabelStory(const std::vector<const Document*>& docs, const CompareRules& rules, Story& story) {
  // The span.
  std::string lo;
  std::string hi;
  auto see = [&](const std::string& date) {
    if (!DayOf(date)) return;
    const std::string day = date.substr(0, 10);
    if (lo.empty() || day < lo) lo = day;
    if (hi.empty() || day > hi) hi = day;
  };
  for (const Document* d : docs) {
    if (d->published) see(*d->published);
  }
  for (const Comparison& c : story.comparisons) {
    for (const ComparedValue& v : c.values) see(v.date);
  }
  story.span_start = lo;
  story.span_end = hi;

  // The entities and the place.
  const std::vector<Tally> tallies = CountEntities(docs);
  std::vector<std::string> names;
  std::set<std::string> folded;
  std::string place;
  for (const Tally& t : tallies) {
    const std::string f = FoldString(t.name);
    if (t.type == EntityType::kOther || folded.contains(f)) continue;
    if (t.type == EntityType::kPlace && !rules.IsCountry(f)) {
      if (place.empty()) place = t.name;
      continue;
    }
    if (names.size() < kLabelEntities) {
      names.push_back(t.name);
      folded.insert(f);
    }
  }
  std::string label;
  for (const std::string& n : names) label += (label.empty() ? "" : ", ") + n;
  std::string where = place;
  if (!lo.empty()) where += (where.empty() ? "" : ", ") + FormatSpan(lo, hi);
  if (!where.empty()) label += (label.empty() ? "" : " — ") + where;
  story.label = std::move(label);
}

}  // namespace parallax::story
