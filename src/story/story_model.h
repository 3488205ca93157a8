// parallax story stage: what StoryModel holds. Each part is owned by the
// files that use it: similarity_rules.h (profiles, similarity, clustering,
// copies) and compare_rules.h (claim comparison, timelines, source signals).
#ifndef PARALLAX_STORY_STORY_MODEL_H_
#define PARALLAX_STORY_STORY_MODEL_H_

#include <string>

#include "parallax/story.h"
#include "story/compare_rules.h"
#include "story/similarity_rules.h"

namespace parallax {

struct StoryModel::Impl {
  std::string data_dir;
  story::SimilarityRules similarity;
  story::CompareRules compare;
};

}  // namespace parallax

#endif  // PARALLAX_STORY_STORY_MODEL_H_
