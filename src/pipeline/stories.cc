// The stories of a store (stories.h): clustering new documents into the
// stories of earlier runs, and reading stories back with their comparison.
#include "parallax/stories.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <utility>

#include "parallax/error.h"

namespace parallax {
namespace {

// The number of a story id ("S12" -> 12); 0 for anything else.
uint64_t StoryNumber(const std::string& id) {
  if (id.size() < 2 || (id[0] != 'S' && id[0] != 's')) return 0;
  uint64_t n = 0;
  for (size_t i = 1; i < id.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(id[i]))) return 0;
    n = n * 10 + static_cast<uint64_t>(id[i] - '0');
  }
  return n;
}

}  // namespace

StoriesResult AssignStories(Store& store, const StoryModel& model) {
  StoriesResult result;
  const std::vector<std::string> pending = store.DocumentsWithoutStory();
  const std::vector<StoryMember> earlier = store.StoryMembers();
  std::set<std::string> stories;
  StoryClusterer clusterer(model);
  for (const StoryMember& m : earlier) {
    DocumentProfile profile;
    try {
      profile = ProfileFromJson(m.profile);
    } catch (const InputError& e) {
      throw InputError(fmt::format("{}: the stored profile of document {} is malformed: {}",
                                   store.path(), m.assignment.document, e.what()));
    }
    clusterer.Restore(std::move(profile), m.assignment);
    stories.insert(m.assignment.story);
  }

  std::vector<StoryMember> written;
  written.reserve(pending.size());
  std::vector<std::pair<std::string, std::string>> merges;
  for (const std::string& id : pending) {
    std::optional<Document> doc = store.Get(id);
    if (!doc) continue;  // removed since the list was read
    DocumentProfile profile = BuildProfile(*doc, model);
    std::string json = ProfileToJson(profile);
    StoryAssignment a = clusterer.Add(std::move(profile));
    if (stories.insert(a.story).second) {
      ++result.new_stories;
    } else {
      ++result.joined;
    }
    for (const std::string& from : a.merged) {
      merges.emplace_back(from, a.story);
      stories.erase(from);
      ++result.merged;
      for (StoryMember& w : written) {
        if (w.assignment.story == from) w.assignment.story = a.story;
      }
    }
    if (a.copy != CopyKind::kNone) ++result.copies;
    written.push_back({std::move(a), std::move(json)});
  }
  if (!written.empty()) store.WriteStoryMembers(written, merges);
  result.assigned = written.size();
  result.stories = stories.size();
  return result;
}

std::vector<StoredStory> ReadStories(const Store& store, const StoryModel& model,
                                     const std::string& only) {
  const uint64_t wanted = only.empty() ? 0 : StoryNumber(only);
  if (!only.empty() && wanted == 0) return {};
  std::map<uint64_t, std::vector<StoryAssignment>> members;
  for (StoryMember& m : store.StoryMembers()) {
    const uint64_t n = StoryNumber(m.assignment.story);
    if (wanted != 0 && n != wanted) continue;
    members[n].push_back(std::move(m.assignment));
  }
  std::vector<StoredStory> out;
  out.reserve(members.size());
  for (auto& [number, links] : members) {
    StoredStory s;
    std::vector<Document> docs;
    for (const StoryAssignment& a : links) {
      std::optional<Document> doc = store.Get(a.document);
      if (doc) docs.push_back(std::move(*doc));
    }
    s.story = CompareStory(docs, links, model);
    s.story.id = links.front().story;
    // Documents and links in the story's order.
    std::map<std::string, size_t> at;
    for (size_t i = 0; i < docs.size(); ++i) at[docs[i].id] = i;
    std::map<std::string, StoryAssignment> link_of;
    for (StoryAssignment& a : links) link_of[a.document] = std::move(a);
    for (const std::string& id : s.story.documents) {
      auto it = at.find(id);
      if (it == at.end()) continue;
      s.documents.push_back(std::move(docs[it->second]));
      s.links.push_back(link_of[id]);
    }
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(), [](const StoredStory& a, const StoredStory& b) {
    if (a.documents.size() != b.documents.size()) return a.documents.size() > b.documents.size();
    return StoryNumber(a.story.id) < StoryNumber(b.story.id);
  });
  return out;
}

}  // namespace parallax
