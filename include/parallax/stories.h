// parallax: the stories of a store (issue 7). The story stage (story.h)
// knows nothing of the store; these functions read documents from the
// store, run clustering and comparison, and write the assignments back
// (src/pipeline/stories.cc).
#ifndef PARALLAX_STORIES_H_
#define PARALLAX_STORIES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "parallax/document.h"
#include "parallax/store.h"
#include "parallax/story.h"

namespace parallax {

// What AssignStories did.
struct StoriesResult {
  size_t assigned = 0;     // documents given a story now
  size_t new_stories = 0;  // stories started now
  size_t joined = 0;       // documents that joined a story started before
  size_t copies = 0;       // documents found to repeat an earlier one (copy or translation)
  size_t merged = 0;       // stories folded into another by a document bridging them
  size_t stories = 0;      // stories in the store afterwards
};

// Gives a story to every stored document that has none, in the order the
// documents were stored: the clusterer is restored from the store's earlier
// assignments (their stored profiles; no earlier document is read again),
// each new document is read (Store::Get), profiled and added, and all new
// assignments, with the folds of stories a new document bridged
// (StoryAssignment::merged: the earlier documents of the folded story move
// with it), are written in one transaction. Idempotent: a second
// call with nothing new assigns nothing. Throws StoreError when the store
// cannot be read or written (then no assignment of this call is kept), and
// InputError when a stored profile is malformed.
StoriesResult AssignStories(Store& store, const StoryModel& model);

// A story of the store with what its comparison was made from.
struct StoredStory {
  Story story;
  std::vector<Document> documents;     // as Store::Get gives them, in story.documents order
  std::vector<StoryAssignment> links;  // the documents' assignments, same order
};

// The store's stories, compared (CompareStory): every story, or only the one
// whose id is `only` ("S3", case-insensitive "s3"; none when it does not
// exist). Ordered by documents (most first), then by id number. Documents
// without a story (AssignStories not run since they were stored) are left
// out. Throws StoreError when the store cannot be read.
std::vector<StoredStory> ReadStories(const Store& store, const StoryModel& model,
                                     const std::string& only = "");

}  // namespace parallax

#endif  // PARALLAX_STORIES_H_
