// parallax annotate stage, claim finder internals: a sentence cut into
// lower-cased word tokens with clause numbers, the claims.tsv cues found on
// them, and the place and date each sentence inherits (claim_context.cc).
#ifndef PARALLAX_ANNOTATE_CLAIM_CONTEXT_H_
#define PARALLAX_ANNOTATE_CLAIM_CONTEXT_H_

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
