// parallax story stage: CompareStory, the claims of a story aligned into
// sets and each set given a status (compare_status.cc).
//
// Alignment. Two claims of a story's documents are one set when:
//   - their kinds are one family (data/story/compare.tsv: "arrested" and
//     "detained" are one);
//   - their groups are one scope (data/claims/groups.tsv: a group with its
//     descendants, "security_forces" with "police" and "military"; the
//     children of "people" are scopes of their own, so "people",
//     "civilians" and "police" are three); a named organisation is a scope
//     of its own;
//   - kOther: the same Claim::noun_key (the folded noun when it is empty);
//   - the same unit (money: the same currency);
//   - their places do not contradict. A place counts only when the claim's
//     sentence names it (a place carried from the paragraph or the document
//     says nothing of the figure). Two places contradict when they differ
//     and are both countries or both not (a city does not contradict a
//     country: it may lie in it). When a set's claims name two or more
//     countries, or two or more other places, each place has its own set,
//     and the claims naming none join the set of the most named country.
// A claim whose text names no group (Claim::group_text empty, the group
// compare.tsv's unnamed_group) takes the scope the story's other claims of
// its family, noun and unit name when they name exactly one. A family
// listed as placeless (compare.tsv) ignores places. Negated claims are left
// out. A document that repeats a figure (headline
// and body) counts it once.
//
// Parts. A claim that counts part of another claim of the same set
// (Claim::subset_of: "two of them were beheaded") is not compared with its
// whole: it goes to a set of parts of its own. So does a smaller figure
// that one document gives beside a larger one for the same day ("three
// died ... two of the dead were residents"): a document does not contradict
// itself. Not so a smaller figure another source gave on an earlier day: the
// document retells how the figure moved ("about 5,800 at first, now almost
// 10,000"), and it stays in the set. A part set's note starts with "part of
// a larger figure".
//
// Scopes. For one family (and noun and unit), two sets of different scopes
// whose places do not contradict and whose dates come within
// scope_window_days give a different_scope comparison holding both ("748
// (security_forces) vs more than 1,000 (people): different groups"), beside
// each set's own comparison.
//
// Order: disagree, evolving, different_scope, single_source, agree; then
// most sources first, then kind, group, place.
#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "core/utf8.h"
#include "parallax/url.h"
#include "story/compare_detail.h"
#include "story/story_model.h"

namespace parallax {
namespace story {
namespace {

// Where a claim's figure stands.
struct Place {
  std::string key;   // entity id or folded name; "" when the sentence names none
  std::string name;  // to show
  bool country = false;
};

struct Item {
  std::string key;  // family|scope|noun|unit
  std::string family;
  std::string scope;
  std::string noun;
  bool part = false;
  bool unnamed = false;  // the text names no group
  Place place;
  SetValue v;
};

struct Set {
  std::string key;  // family|noun|unit (without the scope)
  std::string family;
  std::string scope;
  std::string noun;
  bool part = false;
  std::string place_key;
  bool place_country = false;
  std::vector<SetValue> values;
};

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

std::string_view SentenceText(const Document& doc, uint32_t sentence) {
  if (sentence >= doc.sentences.size()) return {};
  const Span s = doc.sentences[sentence].span;
  if (s.start >= s.end || s.end > doc.text.size()) return {};
  return std::string_view(doc.text).substr(s.start, s.end - s.start);
}

Place PlaceOf(const Document& doc, const Claim& c, const CompareRules& rules) {
  Place p;
  if (c.place.empty() && c.place_entity.empty()) return p;
  const Entity* e = FindEntity(doc, c.place_entity);
  bool named =
      !c.place.empty() && SentenceText(doc, c.sentence).find(c.place) != std::string_view::npos;
  if (!named && e != nullptr) {
    for (const EntityMention& m : e->mentions) named = named || m.sentence == c.sentence;
  }
  if (!named) return p;
  p.key = !c.place_entity.empty() ? c.place_entity : FoldString(c.place);
  p.name = e != nullptr && !e->name.empty() ? e->name : !c.place.empty() ? c.place : c.place_entity;
  p.country =
      (e != nullptr && (e->kind == "place/country" || rules.IsCountry(FoldString(e->name)))) ||
      rules.IsCountry(FoldString(c.place)) || rules.IsCountry(FoldString(c.place_entity));
  return p;
}

// The independent source of each document: the site of the document it
// copies (following copies of copies), else its own; the URL's host, else
// Document::site, else the document's id.
std::map<std::string, std::string> Sources(const std::vector<const Document*>& docs,
                                           const std::vector<StoryAssignment>& links) {
  std::map<std::string, std::string> copy_of;
  for (const StoryAssignment& a : links) {
    if (!a.copy_of.empty() && a.copy_of != a.document) copy_of[a.document] = a.copy_of;
  }
  std::map<std::string, const Document*> by_id;
  for (const Document* d : docs) by_id[d->id] = d;
  std::map<std::string, std::string> out;
  for (const Document* d : docs) {
    std::string original = d->id;
    for (int guard = 0; guard < 16; ++guard) {
      auto it = copy_of.find(original);
      if (it == copy_of.end()) break;
      original = it->second;
    }
    auto it = by_id.find(original);
    if (it == by_id.end()) {
      out[d->id] = "document:" + original;
      continue;
    }
    const Document& o = *it->second;
    std::string site = SiteOfUrl(o.url);
    if (site.empty()) site = Trim(FoldString(o.site));
    out[d->id] = site.empty() ? "document:" + o.id : site;
  }
  return out;
}

std::string ScopeOf(const Claim& c, const CompareRules& rules) {
  if (c.group == "organization") {
    return "organization:" + (!c.group_entity.empty() ? c.group_entity : FoldString(c.group_text));
  }
  return rules.Scope(c.group);
}

std::vector<Item> Items(const std::vector<const Document*>& docs,
                        const std::map<std::string, std::string>& sources,
                        const CompareRules& rules) {
  std::vector<Item> out;
  for (const Document* d : docs) {
    const std::string published =
        d->published && DayOf(*d->published) ? d->published->substr(0, 10) : "";
    std::vector<std::string> keys(d->claims.size());
    for (size_t i = 0; i < d->claims.size(); ++i) {
      const Claim& c = d->claims[i];
      Item it;
      it.family = rules.Family(ClaimKindName(c.kind));
      it.scope = ScopeOf(c, rules);
      if (c.kind == ClaimKind::kOther)
        it.noun = !c.noun_key.empty() ? c.noun_key : Trim(FoldString(c.noun));
      keys[i] = it.family + "|" + it.scope + "|" + it.noun + "|" + c.unit;
      if (c.negated || !std::isfinite(c.value)) continue;
      it.key = keys[i];
      if (!rules.placeless.contains(it.family)) it.place = PlaceOf(*d, c, rules);
      it.unnamed =
          c.group_text.empty() && !rules.unnamed_group.empty() && c.group == rules.unnamed_group;
      ComparedValue& v = it.v.value;
      v.document = d->id;
      v.claim = static_cast<uint32_t>(i);
      v.value = c.value;
      v.value_max = c.value_max;
      v.approx = c.approx;
      v.unit = c.unit;
      v.group = c.group;
      v.date = AsOfDate(*d, c, rules);
      v.published = published;
      v.attributed_to = c.attributed_to;
      v.hedged = c.hedged;
      v.retracted = c.retracted;
      v.source = sources.at(d->id);
      it.v.kind = c.kind;
      it.v.interval = ValueInterval(c.value, c.value_max, c.approx, rules);
      it.v.day = DayOf(v.date);
      out.push_back(std::move(it));
    }
    // A part of a claim of the same key (the whole comes first in the text,
    // so its key is known).
    for (Item& it : out) {
      if (it.v.value.document != d->id) continue;
      const Claim& c = d->claims[it.v.value.claim];
      if (c.subset_of >= 0 && static_cast<size_t>(c.subset_of) < keys.size() &&
          static_cast<uint32_t>(c.subset_of) != it.v.value.claim && keys[c.subset_of] == it.key) {
        it.part = true;
      }
    }
  }
  return out;
}

// Gives the items whose text names no group the one scope the other items
// of their family, noun and unit name, when they name exactly one.
void ScopeUnnamed(std::vector<Item>& items) {
  auto base = [](const Item& it) { return it.family + "|" + it.noun + "|" + it.v.value.unit; };
  std::map<std::string, std::set<std::string>> named;
  for (const Item& it : items) {
    if (!it.unnamed) named[base(it)].insert(it.scope);
  }
  for (Item& it : items) {
    if (!it.unnamed) continue;
    auto n = named.find(base(it));
    if (n == named.end() || n->second.size() != 1 || *n->second.begin() == it.scope) continue;
    it.scope = *n->second.begin();
    it.key = it.family + "|" + it.scope + "|" + it.noun + "|" + it.v.value.unit;
  }
}

// Splits the items of one key (and part flag) by place (see the header).
std::vector<Set> SplitByPlace(const std::vector<Item*>& items) {
  std::map<std::string, size_t> countries;  // key -> claims
  std::set<std::string> others;
  for (const Item* it : items) {
    if (it->place.key.empty()) continue;
    if (it->place.country) {
      ++countries[it->place.key];
    } else {
      others.insert(it->place.key);
    }
  }
  std::map<std::string, Set> by_place;  // place key ("" for the broad set)
  const bool split = countries.size() > 1 || others.size() > 1;
  std::string broad_home;
  size_t most = 0;
  for (const auto& [k, n] : countries) {
    if (n > most) broad_home = k, most = n;
  }
  for (Item* it : items) {
    std::string where = split ? it->place.key : "";
    if (where.empty() && split) where = broad_home;
    Set& s = by_place[where];
    s.place_key = where;
    s.place_country = split && countries.contains(where);
    s.values.push_back(it->v);
  }
  std::vector<Set> out;
  for (auto& [k, s] : by_place) out.push_back(std::move(s));
  return out;
}

// Drops repeats of one figure by one document on one day.
void DropRepeats(Set& s) {
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  std::vector<SetValue> kept;
  for (SetValue& v : s.values) {
    const ComparedValue& c = v.value;
    if (seen.emplace(c.document, c.date, FormatFigure(c.value, c.value_max, c.approx, c.unit))
            .second) {
      kept.push_back(std::move(v));
    }
  }
  s.values = std::move(kept);
}

// Moves a document's smaller figures of one day that contradict its
// largest one into `parts`, unless another source gave the smaller figure
// on an earlier day.
void SplitOwnParts(Set& s, std::vector<SetValue>& parts) {
  std::map<std::pair<std::string, std::string>, const SetValue*> largest;
  for (const SetValue& v : s.values) {
    if (v.value.retracted) continue;
    const SetValue*& top = largest[{v.value.document, v.value.date}];
    if (top == nullptr || v.interval.hi > top->interval.hi) top = &v;
  }
  // Whether `v` is the largest figure its document gives for its day, or
  // agrees with it.
  auto main_figure = [&](const SetValue& v) {
    auto it = largest.find({v.value.document, v.value.date});
    return v.value.retracted || it == largest.end() || Overlap(it->second->interval, v.interval);
  };
  // A smaller figure another source gave as its main figure on an earlier
  // day is the figure's history retold ("about 5,800 at first, now almost
  // 10,000"): it stays.
  auto told_earlier = [&](const SetValue& v) {
    return std::any_of(s.values.begin(), s.values.end(), [&](const SetValue& o) {
      return o.value.source != v.value.source && o.day && v.day && *o.day < *v.day &&
             !o.value.retracted && main_figure(o) && Overlap(o.interval, v.interval);
    });
  };
  std::vector<SetValue> kept;
  std::vector<SetValue> moved;
  for (const SetValue& v : s.values) {
    auto it = largest.find({v.value.document, v.value.date});
    if (!v.value.retracted && it != largest.end() && !Overlap(it->second->interval, v.interval) &&
        v.interval.hi < it->second->interval.lo && !told_earlier(v)) {
      moved.push_back(v);
    } else {
      kept.push_back(v);
    }
  }
  s.values = std::move(kept);
  for (SetValue& v : moved) parts.push_back(std::move(v));
}

void SortValues(std::vector<SetValue>& values) {
  std::sort(values.begin(), values.end(), [](const SetValue& a, const SetValue& b) {
    const ComparedValue& x = a.value;
    const ComparedValue& y = b.value;
    if (x.date.empty() != y.date.empty()) return y.date.empty();
    if (x.date != y.date) return x.date < y.date;
    if (x.document != y.document) return x.document < y.document;
    return x.claim < y.claim;
  });
}

// The widest group of the values: the one all others fall within, else
// the scope.
std::string WidestGroup(const std::vector<SetValue>& values, const std::string& scope,
                        const CompareRules& rules) {
  for (const SetValue& cand : values) {
    const std::string& g = cand.value.group;
    if (std::all_of(values.begin(), values.end(),
                    [&](const SetValue& o) { return rules.IsWithin(o.value.group, g); })) {
      return g;
    }
  }
  return scope;
}

ClaimKind MainKind(const std::vector<SetValue>& values) {
  std::map<ClaimKind, size_t> n;
  for (const SetValue& v : values) ++n[v.kind];
  ClaimKind best = values.empty() ? ClaimKind::kOther : values[0].kind;
  for (const auto& [k, c] : n) {
    if (c > n[best]) best = k;
  }
  return best;
}

std::string MainPlace(const Set& s, const std::vector<Item>& items) {
  std::map<std::string, size_t> n;
  for (const SetValue& v : s.values) {
    for (const Item& it : items) {
      if (it.v.value.document == v.value.document && it.v.value.claim == v.value.claim &&
          !it.place.name.empty()) {
        ++n[it.place.name];
      }
    }
  }
  std::string best;
  for (const auto& [name, c] : n) {
    if (best.empty() || c > n[best]) best = name;
  }
  return best;
}

size_t CountSources(const std::vector<SetValue>& values) {
  std::set<std::string> s;
  for (const SetValue& v : values) s.insert(v.value.source);
  return s.size();
}

struct Built {
  Comparison comparison;
  bool part = false;
  const Set* set = nullptr;
};

int Rank(ComparisonStatus s) {
  switch (s) {
    case ComparisonStatus::kDisagree:
      return 0;
    case ComparisonStatus::kEvolving:
      return 1;
    case ComparisonStatus::kDifferentScope:
      return 2;
    case ComparisonStatus::kSingleSource:
      return 3;
    case ComparisonStatus::kAgree:
      return 4;
  }
  return 5;
}

bool Contradict(const Set& a, const Set& b) {
  return !a.place_key.empty() && !b.place_key.empty() && a.place_key != b.place_key &&
         a.place_country == b.place_country;
}

std::optional<int64_t> Gap(const Set& a, const Set& b) {
  std::optional<int64_t> best;
  for (const SetValue& x : a.values) {
    for (const SetValue& y : b.values) {
      if (!x.day || !y.day) continue;
      const int64_t g = *x.day > *y.day ? *x.day - *y.day : *y.day - *x.day;
      if (!best || g < *best) best = g;
    }
  }
  return best;
}

// The different_scope comparisons of the main (not part) sets.
std::vector<Built> DifferentScopes(const std::vector<Built>& built, const CompareRules& rules) {
  std::vector<Built> out;
  for (size_t i = 0; i < built.size(); ++i) {
    for (size_t j = i + 1; j < built.size(); ++j) {
      const Set& a = *built[i].set;
      const Set& b = *built[j].set;
      if (built[i].part || built[j].part || a.key != b.key || a.scope == b.scope ||
          Contradict(a, b)) {
        continue;
      }
      const std::optional<int64_t> gap = Gap(a, b);
      if (gap && *gap > rules.scope_window_days) continue;
      const Comparison& ca = built[i].comparison;
      const Comparison& cb = built[j].comparison;
      // The smaller figure first.
      const bool a_first = ca.values.front().value <= cb.values.front().value;
      const Comparison& first = a_first ? ca : cb;
      const Comparison& second = a_first ? cb : ca;
      const std::vector<SetValue>& fv = a_first ? a.values : b.values;
      const std::vector<SetValue>& sv = a_first ? b.values : a.values;
      Built d;
      d.set = nullptr;
      Comparison& c = d.comparison;
      c.kind = first.kind;
      c.noun = first.noun;
      c.group = first.group + " vs " + second.group;
      c.place = !first.place.empty() ? first.place : second.place;
      c.status = ComparisonStatus::kDifferentScope;
      std::vector<SetValue> both = fv;
      both.insert(both.end(), sv.begin(), sv.end());
      SortValues(both);
      for (const SetValue& v : both) c.values.push_back(v.value);
      c.sources = CountSources(both);
      c.note = MainFigure(fv) + " (" + first.group + ") vs " + MainFigure(sv) + " (" +
               second.group + "): different groups";
      out.push_back(std::move(d));
    }
  }
  return out;
}

Story Compare(const std::vector<Document>& documents, const std::vector<StoryAssignment>& links,
              const CompareRules& rules) {
  Story story;
  std::vector<const Document*> docs;
  std::set<std::string> ids;
  for (const Document& d : documents) {
    if (ids.insert(d.id).second) docs.push_back(&d);
  }
  std::stable_sort(docs.begin(), docs.end(), [](const Document* a, const Document* b) {
    const std::string pa = a->published.value_or("");
    const std::string pb = b->published.value_or("");
    if (pa.empty() != pb.empty()) return pb.empty();
    if (pa != pb) return pa < pb;
    return a->id < b->id;
  });
  for (const Document* d : docs) story.documents.push_back(d->id);

  const std::map<std::string, std::string> sources = Sources(docs, links);
  std::vector<Item> items = Items(docs, sources, rules);
  ScopeUnnamed(items);
  std::map<std::pair<std::string, bool>, std::vector<Item*>> by_key;
  for (Item& it : items) by_key[{it.key, it.part}].push_back(&it);

  std::vector<Set> sets;
  for (auto& [key, group] : by_key) {
    for (Set& s : SplitByPlace(group)) {
      const Item& first = *group.front();
      s.key = first.family + "|" + first.noun + "|" + first.v.value.unit;
      s.family = first.family;
      s.scope = first.scope;
      s.noun = first.noun;
      s.part = key.second;
      sets.push_back(std::move(s));
    }
  }
  // Own parts go to the part set of the same key and place.
  std::vector<Set> extra;
  for (Set& s : sets) {
    if (s.part) continue;
    DropRepeats(s);
    std::vector<SetValue> parts;
    SplitOwnParts(s, parts);
    if (parts.empty()) continue;
    auto home = std::find_if(sets.begin(), sets.end(), [&](const Set& o) {
      return o.part && o.key == s.key && o.scope == s.scope && o.place_key == s.place_key;
    });
    if (home != sets.end()) {
      home->values.insert(home->values.end(), parts.begin(), parts.end());
    } else {
      Set p = s;
      p.part = true;
      p.values = std::move(parts);
      extra.push_back(std::move(p));
    }
  }
  for (Set& p : extra) sets.push_back(std::move(p));

  std::vector<Built> built;
  for (Set& s : sets) {
    if (s.part) DropRepeats(s);
    if (s.values.empty()) continue;
    SortValues(s.values);
    Built b;
    b.part = s.part;
    b.set = &s;
    Comparison& c = b.comparison;
    c.kind = MainKind(s.values);
    c.noun = s.noun;
    c.group = WidestGroup(s.values, s.scope, rules);
    c.place = MainPlace(s, items);
    for (const SetValue& v : s.values) c.values.push_back(v.value);
    c.sources = CountSources(s.values);
    c.status = DecideStatus(s.values, s.family, rules, c.note);
    if (s.part) c.note = "part of a larger figure: " + c.note;
    built.push_back(std::move(b));
  }
  std::vector<Built> scopes = DifferentScopes(built, rules);
  for (Built& b : scopes) built.push_back(std::move(b));
  std::stable_sort(built.begin(), built.end(), [](const Built& x, const Built& y) {
    const Comparison& a = x.comparison;
    const Comparison& b = y.comparison;
    if (Rank(a.status) != Rank(b.status)) return Rank(a.status) < Rank(b.status);
    if (a.sources != b.sources) return a.sources > b.sources;
    if (a.kind != b.kind) return ClaimKindName(a.kind) < ClaimKindName(b.kind);
    if (a.group != b.group) return a.group < b.group;
    if (a.noun != b.noun) return a.noun < b.noun;
    return a.place < b.place;
  });
  std::vector<bool> parts;
  for (Built& b : built) {
    parts.push_back(b.part);
    story.comparisons.push_back(std::move(b.comparison));
  }
  story.timeline = BuildTimelines(story.comparisons, parts);
  story.sources = BuildSourceSignals(docs, links, story.comparisons, rules);
  LabelStory(docs, rules, story);
  return story;
}

}  // namespace
}  // namespace story

Story CompareStory(const std::vector<Document>& documents,
                   const std::vector<StoryAssignment>& links, const StoryModel& model) {
  try {
    return story::Compare(documents, links, model.impl().compare);
  } catch (const std::exception&) {
    // Never throws: a failure here (it would be a bug) leaves the story
    // with its documents only.
    Story story;
    for (const Document& d : documents) story.documents.push_back(d.id);
    return story;
  }
}

}  // namespace parallax
