// parallax annotate stage: quantitative event claims. Each figure of the
// numbers annotator (doc.quantities) that counts people or things affected
// by an event, or money lost, is tied to an event kind and the group it
// counts, with the place and date the text gives for it (document.h,
// Claim). The words are data (claim_lexicon.h, data/claims-README.md).
#ifndef PARALLAX_ANNOTATE_CLAIM_FIND_H_
#define PARALLAX_ANNOTATE_CLAIM_FIND_H_

#include "annotate/claim_lexicon.h"
#include "parallax/document.h"

namespace parallax::annotate {

// Replaces doc.claims with the claims of every sentence of `doc`, in text
// order. Reads doc.sentences, doc.paragraphs (each paragraph's language when
// reliable, else the document's), doc.quantities, doc.dates, doc.entities
// and doc.published; a language without a claims.tsv gets no claims.
// Leaves attributed_to, attributed_entity, hedged, negated and retracted at
// their defaults. Every claim's `figure` is a Quantity span inside its
// `sentence`. Time is linear in the text: sentences without a counted
// figure are not tokenised.
void FindClaims(const ClaimLexicon& lexicon, Document& doc);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_CLAIM_FIND_H_
