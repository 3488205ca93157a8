// parallax story stage: incremental clustering of documents into stories
// (story.h, StoryClusterer).
//
// Each new document:
//  1. is counted in the document frequencies (FeatureStats) first, so its
//     own features have df >= 1;
//  2. finds its candidates without looking at every document: the
//     index_keys rarest of its entity ids and terms (by how many earlier
//     documents have them) are looked up in an inverted index (the latest
//     posting_limit documents of each key), and its MinHash bands in a
//     locality-sensitive index (a copy is always found, whatever its
//     words' frequencies); at most max_candidates of them, those sharing
//     the most looked-up keys first, then the latest, are compared;
//  3. is a copy or translation of the earliest-rooted candidate it repeats
//     (duplicates.cc, MatchCopy; the best score first): it then joins that
//     document's story, whatever the similarity, and copy_of names the
//     document the candidate itself repeats, if any (the original);
//  4. else joins the stories whose linkage reaches the model's
//     story_threshold (a story is an event seen from all sides: the event
//     score, Similarity::event; data/story/README.md): a story's linkage
//     is the mean of its best linkage_k event scores over min(linkage_k,
//     story size) places, a document of the story that was no candidate
//     counting 0, and a candidate naming no entity or place in common
//     counting 0 too. It joins the story made first of those; the others
//     are folded into that one (the new document bridges them: documents
//     that came in an unlucky order, the Kazakh feed item before the
//     articles that link it to the Russian one, end in one story whatever
//     the order), and their ids are listed in StoryAssignment::merged;
//  5. else starts a new story "S<n>", n one more than the largest seen.
// A document moves afterwards only with its whole story, in such a fold.
#include <algorithm>
#include <charconv>
#include <unordered_map>
#include <unordered_set>

#include "parallax/story.h"
#include "story/duplicates.h"
#include "story/story_model.h"

namespace parallax {
namespace {

// The number of a story id ("S12" -> 12); 0 for anything else.
uint64_t StoryNumber(std::string_view id) {
  if (id.size() < 2 || id[0] != 'S') return 0;
  uint64_t n = 0;
  auto [ptr, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
  return ec == std::errc() && ptr == id.data() + id.size() ? n : 0;
}

}  // namespace

struct StoryClusterer::Impl {
  struct Doc {
    DocumentProfile profile;
    StoryAssignment assignment;
    size_t story = 0;
  };
  struct StoryDocs {
    std::string id;
    std::vector<uint32_t> docs;
  };

  explicit Impl(const StoryModel& m) : model(m), rules(m.impl().similarity) {}

  const StoryModel& model;
  const story::SimilarityRules& rules;
  FeatureStats stats;
  std::vector<Doc> docs;
  std::unordered_map<std::string, uint32_t> by_id;
  std::vector<StoryDocs> stories;
  std::unordered_map<std::string, size_t> story_by_id;
  uint64_t largest_story = 0;
  // Keys: "e" + entity feature, "t" + term.
  std::unordered_map<std::string, std::vector<uint32_t>> postings;
  std::unordered_map<uint64_t, std::vector<uint32_t>> bands;

  size_t StoryIndex(const std::string& id) {
    auto [it, inserted] = story_by_id.emplace(id, stories.size());
    if (inserted) {
      stories.push_back({id, {}});
      largest_story = std::max(largest_story, StoryNumber(id));
    }
    return it->second;
  }

  // Stores the document (its assignment set) and indexes it.
  void Keep(DocumentProfile profile, StoryAssignment assignment) {
    const auto index = static_cast<uint32_t>(docs.size());
    const size_t story = StoryIndex(assignment.story);
    stories[story].docs.push_back(index);
    for (const auto& [key, weight] : profile.entities) postings["e" + key].push_back(index);
    for (const auto& [key, weight] : profile.terms) postings["t" + key].push_back(index);
    for (uint64_t band : story::MinHashBandKeys(profile.minhash, rules.minhash_bands)) {
      bands[band].push_back(index);
    }
    by_id.emplace(profile.document, index);
    docs.push_back({std::move(profile), std::move(assignment), story});
  }

  // The earlier documents worth comparing with `p`.
  std::vector<uint32_t> Candidates(const DocumentProfile& p) const {
    std::vector<const std::vector<uint32_t>*> lists;
    auto look = [&](const std::string& key) {
      auto it = postings.find(key);
      if (it != postings.end()) lists.push_back(&it->second);
    };
    for (const auto& [key, weight] : p.entities) look("e" + key);
    for (const auto& [key, weight] : p.terms) look("t" + key);
    std::sort(lists.begin(), lists.end(),
              [](const auto* a, const auto* b) { return a->size() < b->size(); });
    if (lists.size() > rules.index_keys) lists.resize(rules.index_keys);
    for (uint64_t band : story::MinHashBandKeys(p.minhash, rules.minhash_bands)) {
      auto it = bands.find(band);
      if (it != bands.end()) lists.push_back(&it->second);
    }
    std::unordered_map<uint32_t, uint32_t> shared;
    for (const auto* list : lists) {
      const size_t from =
          list->size() > rules.posting_limit ? list->size() - rules.posting_limit : 0;
      for (size_t i = from; i < list->size(); ++i) ++shared[(*list)[i]];
    }
    std::vector<std::pair<uint32_t, uint32_t>> ranked(shared.begin(), shared.end());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first > b.first;
    });
    if (ranked.size() > rules.max_candidates) ranked.resize(rules.max_candidates);
    std::vector<uint32_t> out;
    out.reserve(ranked.size());
    for (const auto& [doc, n] : ranked) out.push_back(doc);
    std::sort(out.begin(), out.end());
    return out;
  }

  StoryAssignment Assign(const DocumentProfile& p) {
    StoryAssignment a;
    a.document = p.document;
    const std::vector<uint32_t> candidates = Candidates(p);
    std::vector<double> scores(candidates.size());
    std::vector<double> evidence(candidates.size());
    for (size_t i = 0; i < candidates.size(); ++i) {
      const Similarity s = Compare(docs[candidates[i]].profile, p, stats, model);
      scores[i] = s.event;
      // Two documents that name no entity or place in common are no
      // evidence of one event, however alike their words.
      evidence[i] = s.entities > 0 || s.places > 0 ? s.event : 0;
    }

    // Copies and translations first.
    int best_copy = -1;
    story::CopyMatch copy;
    for (size_t i = 0; i < candidates.size(); ++i) {
      const story::CopyMatch m = story::MatchCopy(docs[candidates[i]].profile, p, rules);
      if (m.kind == CopyKind::kNone) continue;
      const bool better = best_copy < 0 || (m.kind == CopyKind::kCopy && copy.kind != m.kind) ||
                          (m.kind == copy.kind && m.score > copy.score);
      if (better) {
        best_copy = static_cast<int>(i);
        copy = m;
      }
    }
    if (best_copy >= 0) {
      const Doc& original = docs[candidates[static_cast<size_t>(best_copy)]];
      a.story = stories[original.story].id;
      a.copy = copy.kind;
      a.copy_score = copy.score;
      a.copy_of = original.assignment.copy_of.empty() ? original.profile.document
                                                      : original.assignment.copy_of;
      a.score = scores[static_cast<size_t>(best_copy)];
      return a;
    }

    // The story with the best linkage.
    std::unordered_map<size_t, std::vector<double>> by_story;
    for (size_t i = 0; i < candidates.size(); ++i) {
      by_story[docs[candidates[i]].story].push_back(evidence[i]);
    }
    // Every story the document links to (linkage >= story_threshold):
    // it joins the one made first and, being a bridge between them, folds
    // the others into it (their documents move; their ids end).
    std::vector<std::pair<size_t, double>> linked;
    for (auto& [story, list] : by_story) {
      std::sort(list.begin(), list.end(), std::greater<>());
      const size_t places = std::min(rules.linkage_k, stories[story].docs.size());
      double sum = 0;
      for (size_t i = 0; i < std::min(places, list.size()); ++i) sum += list[i];
      const double linkage = sum / static_cast<double>(places);
      if (linkage >= rules.story_threshold) linked.emplace_back(story, linkage);
    }
    if (linked.empty()) {
      a.story = "S" + std::to_string(largest_story + 1);
      return a;
    }
    std::sort(linked.begin(), linked.end());
    const size_t into = linked.front().first;
    a.story = stories[into].id;
    a.score = 0;
    for (const auto& [story, linkage] : linked) a.score = std::max(a.score, linkage);
    for (size_t k = 1; k < linked.size(); ++k) {
      const size_t from = linked[k].first;
      a.merged.push_back(stories[from].id);
      for (uint32_t d : stories[from].docs) {
        docs[d].story = into;
        docs[d].assignment.story = stories[into].id;
        stories[into].docs.push_back(d);
      }
      stories[from].docs.clear();
    }
    return a;
  }
};

StoryClusterer::StoryClusterer(const StoryModel& model) : impl_(std::make_unique<Impl>(model)) {}
StoryClusterer::~StoryClusterer() = default;

void StoryClusterer::Restore(DocumentProfile profile, const StoryAssignment& assignment) {
  if (impl_->by_id.contains(profile.document)) return;
  impl_->stats.Add(profile);
  StoryAssignment a = assignment;
  a.document = profile.document;
  if (a.story.empty()) a.story = "S" + std::to_string(impl_->largest_story + 1);
  impl_->Keep(std::move(profile), std::move(a));
}

StoryAssignment StoryClusterer::Add(DocumentProfile profile) {
  auto known = impl_->by_id.find(profile.document);
  if (known != impl_->by_id.end()) return impl_->docs[known->second].assignment;
  impl_->stats.Add(profile);
  StoryAssignment a = impl_->Assign(profile);
  impl_->Keep(std::move(profile), a);
  return a;
}

size_t StoryClusterer::size() const { return impl_->docs.size(); }

}  // namespace parallax
