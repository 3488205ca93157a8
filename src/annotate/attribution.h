// parallax annotate stage: who a claim comes from and how firmly it is
// made (issue 6, item 2). For each claim of doc.claims: the source as
// written ("according to the health ministry", "laut Innenministerium",
// "по данным МВД", "Dem Ministerium zufolge", "..., the ministry said") and
// its entity; hedged (reportedly, angeblich, "soll ... haben", якобы,
// "could not be independently verified" also for the sentence before);
// negated (an official denies the figure); retracted (the text says the
// figure was withdrawn or corrected). Words: data/<lang>/speech.tsv.
#ifndef PARALLAX_ANNOTATE_ATTRIBUTION_H_
#define PARALLAX_ANNOTATE_ATTRIBUTION_H_

#include <vector>

#include "annotate/speech_lexicon.h"
#include "parallax/document.h"

namespace parallax::annotate {

// Sets attributed_to, attributed_entity, hedged, negated and retracted on
// every claim of doc.claims whose sentence is in a language with speech
// cues (other claims are left as they are; flags are only ever set, never
// cleared). Needs each claim's sentence and figure; uses doc.entities when
// filled (entity names until the store gives ids). The source is the body
// behind a figure's document ("figures released by the ministry": "the
// ministry"), without the time words and adverbs around it ("a annoncé
// mercredi la préfecture", "The same source later put") or a preposition
// in front ("сообщили в МЧС"); after its verb when none is before it
// ("sagte der Innenminister, 2000", "Про 4 загиблих повідомив голова ОВА");
// with a name in apposition ("..., a annoncé le ministre de l'Intérieur,
// Christophe Castaner."), or that name alone before the verb ("El
// presidente del Gobierno, Pedro Sánchez, anunció"). The entity is the
// person named in the source before the body. A claim with no source
// of its own in a sentence with a carry phrase ("demnach", "по тем же
// данным") takes the source of the last claim before it that has one.
// Linear in the text plus the claims.
void AttributeClaims(const SpeechLexicon& lexicon, Document& doc);

// The same with `tokens` = TokenizeSpeech(doc) made by the caller, so the
// claim steps share one tokenisation of the text (ClaimExtractor::Extract).
void AttributeClaims(const SpeechLexicon& lexicon, const std::vector<SpeechToken>& tokens,
                     Document& doc);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_ATTRIBUTION_H_
