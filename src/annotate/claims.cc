// The claims facade (claims.h): figures tied to events, then their
// sources and flags, then quotes and citations.
#include "parallax/claims.h"

#include <vector>

#include "annotate/attribution.h"
#include "annotate/citations.h"
#include "annotate/claim_find.h"
#include "annotate/claim_lexicon.h"
#include "annotate/quotes.h"
#include "annotate/speech_lexicon.h"

namespace parallax {

struct ClaimExtractor::Impl {
  explicit Impl(const std::string& data_dir)
      : claims(data_dir), speech(annotate::SpeechLexicon::Load(data_dir)) {}
  annotate::ClaimLexicon claims;
  annotate::SpeechLexicon speech;
};

ClaimExtractor::ClaimExtractor(const std::string& data_dir)
    : impl_(std::make_unique<Impl>(data_dir)) {}

ClaimExtractor::~ClaimExtractor() = default;

void ClaimExtractor::Extract(Document& doc) const {
  annotate::FindClaims(impl_->claims, doc);
  // One tokenisation of the text for the three steps that read its words
  // (none of them changes the text or its sentences).
  const std::vector<annotate::SpeechToken> tokens =
      doc.sentences.empty() ? std::vector<annotate::SpeechToken>() : annotate::TokenizeSpeech(doc);
  // Quotes first: a figure inside a quote is attributed to its speaker.
  annotate::FindQuotes(impl_->speech, tokens, doc);
  annotate::AttributeClaims(impl_->speech, tokens, doc);
  annotate::FindCitations(impl_->speech, tokens, doc);
}

}  // namespace parallax
