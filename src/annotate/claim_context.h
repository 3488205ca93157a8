// parallax annotate stage, claim finder internals: a sentence cut into
// lower-cased word tokens with clause numbers, the claims.tsv cues found on
// them, and the place and date each sentence inherits (claim_context.cc).
#ifndef PARALLAX_ANNOTATE_CLAIM_CONTEXT_H_
#define PARALLAX_ANNOTATE_CLAIM_CONTEXT_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/claim_lexicon.h"
#include "parallax/document.h"

namespace parallax::annotate {

// A run of letters and digits of a sentence.
struct ClaimToken {
  uint32_t start = 0;  // document offsets
  uint32_t end = 0;
  uint32_t clause = 0;  // bumped at , ; : ( ) [ ] – — outside figures
  std::string lower;    // LowerUtf8 of the token
};

// A cue of claims.tsv found at tokens [tok, tok + len).
struct CueMatch {
  uint32_t tok = 0;
  uint32_t len = 1;
  const Cue* cue = nullptr;
};

// One sentence ready for linking.
struct ClaimSentence {
  std::vector<ClaimToken> tokens;
  std::vector<CueMatch> matches;  // by first token, then longest first
};

// Calls `add` with each list of cue indexes (into cues.cues) whose first
// word may be the token `lower` (lower case): the whole-word list, then the
// list of every stem that starts it. The filters rule most tokens out
// before any map lookup; the hash of each prefix comes from one pass over
// the token's bytes.
template <typename Add>
void ForEachCueList(const ClaimCues& cues, std::string_view lower, Add&& add) {
  if (cues.exact_filter.MayHold(CueHash(lower))) {
    if (const auto it = cues.exact.find(lower); it != cues.exact.end()) add(it->second);
  }
  const size_t top = std::min(cues.max_stem, lower.size());
  uint64_t h = kCueHashSeed;
  for (size_t n = 1; n <= top; ++n) {
    h = CueHashStep(h, lower[n - 1]);
    if (n < cues.min_stem || !cues.prefix_filter.MayHold(h)) continue;
    if (n < lower.size() && (static_cast<unsigned char>(lower[n]) & 0xC0) == 0x80) continue;
    const std::string_view key(lower.data(), n);
    if (const auto it = cues.prefix.find(key); it != cues.prefix.end()) add(it->second);
  }
}

// Tokenises `sentence` of `text` and finds the cues of `cues` on it.
// `figures` are spans (document offsets, text order) inside which a comma
// or a full stop is part of a number and does not end a clause.
ClaimSentence ReadClaimSentence(const ClaimCues& cues, std::string_view text, Span sentence,
                                const std::vector<Span>& figures);

// Whether a cue of `type` starts at token `tok` of `s`.
bool Has(const ClaimSentence& s, uint32_t tok, CueType type);

// The first cue match of `type` starting at token `tok` of `s`, else nullptr.
const CueMatch* MatchAt(const ClaimSentence& s, uint32_t tok, CueType type);

// Whether a cue of `type` ends right before token `tok` (a match over
// tokens [.., tok)).
bool EndsBefore(const ClaimSentence& s, uint32_t tok, CueType type);

// The first cue match of `type` that ends right before token `tok`, else
// nullptr.
const CueMatch* MatchEndingAt(const ClaimSentence& s, uint32_t tok, CueType type);

// The place and date a claim in each sentence gets: the sentence's own,
// else the paragraph's, else the document's (place: its first place
// mention; date: doc.published).
struct ClaimSetting {
  std::string place;         // as written
  std::string place_entity;  // the entity's name
  std::string date;          // ISO 8601
};

// The setting of every sentence of `doc`, indexed like doc.sentences.
std::vector<ClaimSetting> ClaimSettings(const Document& doc);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_CLAIM_CONTEXT_H_
