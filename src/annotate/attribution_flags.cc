// The hedge, denial and retraction cues of a sentence
// (attribution_detail.h).
#include <algorithm>
#include <cstdint>
#include <vector>

#include "annotate/attribution_detail.h"

namespace parallax::annotate::attribution_detail {

bool Has(const SpeechPhrases& list, const std::vector<SpeechToken>& tokens, SentenceTokens st) {
  for (size_t i = st.from; i < st.to; ++i) {
    if (list.Match(tokens, i) != nullptr) return true;
  }
  return false;
}

// A hedge of the sentence: its scope, or false when none.
bool Hedged(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, SentenceTokens st,
            bool& previous) {
  previous = false;
  bool found = false;
  for (size_t i = st.from; i < st.to; ++i) {
    if (const SpeechPhrase* p = cues.hedges.Match(tokens, i)) {
      found = true;
      previous = previous || p->scope == CueScope::kPrevious;
    }
    if (const SpeechPhrase* p = cues.hedge_modals.Match(tokens, i)) {
      for (size_t j = i + p->words.size(); j < st.to; ++j) {
        if (std::find(p->needs.begin(), p->needs.end(), tokens[j].folded) != p->needs.end()) {
          found = true;
        }
      }
    }
  }
  return found;
}

uint32_t PhraseStart(const SpeechPhrases& list, const std::vector<SpeechToken>& tokens,
                     SentenceTokens st) {
  for (size_t i = st.from; i < st.to; ++i) {
    if (list.Match(tokens, i) != nullptr) return tokens[i].start;
  }
  return UINT32_MAX;
}

// Whether a retract_from word ("from", "von", "с") stands right before byte `at`.
bool FromBefore(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                SentenceTokens st, uint32_t at) {
  for (size_t i = st.from; i < st.to && tokens[i].start < at; ++i) {
    const SpeechPhrase* p = cues.retract_from.Match(tokens, i);
    if (p != nullptr && i + p->words.size() < st.to && tokens[i + p->words.size()].start == at) {
      return true;
    }
  }
  return false;
}

}  // namespace parallax::annotate::attribution_detail
