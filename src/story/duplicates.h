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

// The fingerprint of a translation (DocumentProfile::fingerprint), in text
// order with repeats: every figure and date as "f|" and its value (each
// Quantity's value, and its upper end for a range; each DateMention's day,
// month or year, and its upper end, the time of day left out: a year may be
// read as a number in one language and as a date in another), and every
// mention of an entity as "e|" and the entity's feature in `profile` (its
// store id, else its best key). Items at one offset keep the order of
// Document's lists.
std::vector<std::string> TranslationFingerprint(const Document& doc,
                                                const DocumentProfile& profile);

// The locality-sensitive keys of a signature: one key per band of
// kMinHashSize / bands values; two signatures whose Jaccard is high share a
// key with high probability. Empty for an empty signature.
std::vector<uint64_t> MinHashBandKeys(const std::vector<uint32_t>& signature, size_t bands);

// How `later` repeats `earlier`: kCopy when their MinHash Jaccard reaches
// rules.copy_jaccard (`score` is that Jaccard). Else kTranslation when all
// of these hold (`score` is the figures' Jaccard):
//  - their languages are known and differ;
//  - both sentence counts are known and the larger is at most
//    rules.translation_length_ratio times the smaller;
//  - both fingerprints have rules.translation_min_items figures and dates
//    or more;
//  - the weighted Jaccard (of the items as multisets, over both sides) of
//    the figures and dates reaches rules.translation_figures, and that of
//    the entity mentions reaches rules.translation_entities;
//  - the shared figures and dates come in the same order: their longest
//    common subsequence is rules.translation_order of the shared ones or
//    more.
// Else kNone. Symmetric.
// The parts of the translation test of two profiles (see MatchCopy); all
// 0 when either has no fingerprint.
struct TranslationParts {
  size_t figures_a = 0;     // figures and dates of `a`'s fingerprint
  size_t figures_b = 0;     // ... and of `b`'s
  double figures = 0;       // weighted Jaccard of the figures and dates
  double entities = 0;      // weighted Jaccard of the entity mentions
  double order = 0;         // longest common subsequence of figures / shared figures
  double length_ratio = 0;  // larger sentence count / smaller; 0 when one is unknown
};
TranslationParts CompareFingerprints(const DocumentProfile& a, const DocumentProfile& b);

struct CopyMatch {
  CopyKind kind = CopyKind::kNone;
  double score = 0;
};
CopyMatch MatchCopy(const DocumentProfile& earlier, const DocumentProfile& later,
                    const SimilarityRules& rules);

}  // namespace parallax::story

#endif  // PARALLAX_STORY_DUPLICATES_H_
