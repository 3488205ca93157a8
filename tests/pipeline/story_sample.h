// Test helper of the story tests: documents run through the pipeline into a
// temporary store and read back as the product reads them (Store::Get:
// entities carry store ids).
#ifndef PARALLAX_TESTS_PIPELINE_STORY_SAMPLE_H_
#define PARALLAX_TESTS_PIPELINE_STORY_SAMPLE_H_

#include <unistd.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "parallax/pipeline.h"
#include "parallax/stories.h"
#include "parallax/story.h"

namespace parallax::story_test {

// The sample corpus folder (examples/corpus).
inline std::string SampleCorpus() { return std::string(PARALLAX_SOURCE_DIR) + "/examples/corpus"; }

// Runs `inputs` (2 threads) into a new store named after `tag` and the
// process id, and returns its documents in the run's order. With `model`,
// AssignStories runs too and `links` receives every story membership. The
// store is removed afterwards.
inline std::vector<Document> ThroughStore(const std::vector<std::string>& inputs,
                                          const std::string& tag, const StoryModel* model = nullptr,
                                          std::vector<StoryAssignment>* links = nullptr) {
  namespace fs = std::filesystem;
  const fs::path path =
      fs::temp_directory_path() / ("parallax_" + tag + "_" + std::to_string(getpid()) + ".db");
  std::vector<Document> out;
  {
    Store store(path.string());
    PipelineOptions options;
    options.threads = 2;
    Pipeline pipeline(options);
    const RunResult run = pipeline.Run(inputs, store);
    if (model != nullptr) {
      AssignStories(store, *model);
      if (links != nullptr) {
        for (const StoryMember& m : store.StoryMembers()) links->push_back(m.assignment);
      }
    }
    for (const std::string& id : run.ids) {
      if (std::optional<Document> doc = store.Get(id)) out.push_back(std::move(*doc));
    }
  }
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
  return out;
}

}  // namespace parallax::story_test

#endif  // PARALLAX_TESTS_PIPELINE_STORY_SAMPLE_H_
