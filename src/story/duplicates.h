// parallax story stage: near-duplicates and translations (duplicates.cc).
// Internal to the story stage; the public face is story.h (MinHashJaccard,
// CopyKind, StoryAssignment::copy).
#ifndef PARALLAX_STORY_DUPLICATES_H_
#define PARALLAX_STORY_DUPLICATES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "parallax/story.h"
#include "story/similarity_rules.h"

namespace parallax::story {

// The MinHash signature (kMinHashSize values) of the shingles of `k`
// consecutive tokens of `tokens`; empty when there are fewer than `k`
// tokens. The same tokens give the same signature on every machine.
std::vector<uint32_t> ShingleMinHash(const std::vector<std::string>& tokens, size_t k);

// The fingerprint of a translation (DocumentProfile::fingerprint): the
// document's claims as "kind|value" (negated ones left out) and the entity
// features of `profile` weighing 2 mentions or more, sorted, no repeats.
std::vector<std::string> TranslationFingerprint(const Document& doc,
                                                const DocumentProfile& profile);

// The locality-sensitive keys of a signature: one key per band of
// kMinHashSize / bands values; two signatures whose Jaccard is high share a
// key with high probability. Empty for an empty signature.
std::vector<uint64_t> MinHashBandKeys(const std::vector<uint32_t>& signature, size_t bands);

// How `later` repeats `earlier`: kCopy when their MinHash Jaccard reaches
// rules.copy_jaccard; else kTranslation when their languages are known and
// differ, both fingerprints have rules.translation_min_items items or more,
// and the share of the smaller one found in the other reaches
// rules.translation_overlap; else kNone. `score` is that Jaccard or share.
struct CopyMatch {
  CopyKind kind = CopyKind::kNone;
  double score = 0;
};
CopyMatch MatchCopy(const DocumentProfile& earlier, const DocumentProfile& later,
                    const SimilarityRules& rules);

}  // namespace parallax::story

#endif  // PARALLAX_STORY_DUPLICATES_H_
