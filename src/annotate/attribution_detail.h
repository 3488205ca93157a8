// parallax annotate stage: the word-level helpers that attribution.cc,
// attribution_back.cc and attribution_flags.cc share (attribution.h): the
// tokens of a sentence, the subject after a verb, a source trimmed of its
// prepositions and stop words, the source a sentence gives the one before
// it, and the hedge, denial and retraction cues of a sentence. Internal to
// the attribution rules; tests go through AttributeClaims.
#ifndef PARALLAX_ANNOTATE_ATTRIBUTION_DETAIL_H_
#define PARALLAX_ANNOTATE_ATTRIBUTION_DETAIL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "annotate/speech_lexicon.h"
#include "parallax/document.h"

namespace parallax::annotate::attribution_detail {

// A source is a noun phrase: "the regional health ministry of Almaty" is 7
// words; a longer run is the rest of the sentence.
inline constexpr size_t kMaxSourceTokens = 8;

// Whether token `t` ends a source: punctuation other than "-", "." and "'".
bool EndsSource(const SpeechToken& t);

// Whether tokens[k...] (before `to`) is a bracketed name ("(OMS)").
bool BracketAt(const std::vector<SpeechToken>& tokens, size_t k, size_t to);

// The tokens [from, to) of one sentence.
struct SentenceTokens {
  size_t from = 0;
  size_t to = 0;
};

// The token after the run of source_stop phrases at tokens[i] ("mercredi",
// "już"), stopping at `to` or at a token starting at or after `limit`.
size_t SkipStops(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t i,
                 size_t to, uint32_t limit = UINT32_MAX);

// The subject after an inverted reporting verb `verb` ending at token `i`:
// the words up to the clause's end ("..., сообщило МВД республики."),
// time words in front skipped, a closing name in apposition kept and the
// verb's particle left out; empty when longer than a noun phrase.
Span SubjectAfter(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                  const SpeechPhrase& verb, size_t i, size_t to);

// The subject after a reporting verb at token `i` whose clause opens with
// a fronted object ("Den Schaden beziffert das Ministerium auf 4
// Millionen Euro"): SubjectAfter up to its last capitalised word (German
// nouns; object_article rows are German), empty when none is capitalised.
Span SubjectAfterObject(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                        const SpeechPhrase& verb, size_t i, size_t to);

// `span` (a source of the sentence `st`) without a preposition or stop
// word at its front ("в МЧС", "Początkowo władze"), without the words from
// a stop word on ("The same source later") and without a closing
// possessive ("The coastguard's").
Span Trimmed(const SpeechLanguage& cues, const std::string& text,
             const std::vector<SpeechToken>& tokens, SentenceTokens st, Span span);

// The source a sentence gives the figures of the sentence before when it
// points back at them with a report-back phrase standing as a pronoun
// ("Das bestätigte die Feuerwehr am Abend.", "Об этом сообщили в мэрии.",
// "This was confirmed by the fire service.", "The operator confirmed
// this."): the subject of its reporting verb, before the verb without the
// report-back words, auxiliaries, stop words and prepositions, else after
// it; empty when the sentence has no such phrase before byte `before` or
// no subject.
Span ReportBackSource(const SpeechLanguage& cues, const std::string& text,
                      const std::vector<SpeechToken>& tokens, SentenceTokens st, uint32_t before);

// Whether a phrase of `list` occurs in the sentence.
bool Has(const SpeechPhrases& list, const std::vector<SpeechToken>& tokens, SentenceTokens st);

// Whether a hedge or a hedging modal with its words is in the sentence;
// `previous` is set when a hedge also covers the sentence before.
bool Hedged(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, SentenceTokens st,
            bool& previous);

// The byte where the first phrase of `list` starts in the sentence (a
// denial, a withdrawal), or UINT32_MAX.
uint32_t PhraseStart(const SpeechPhrases& list, const std::vector<SpeechToken>& tokens,
                     SentenceTokens st);

// Whether a retract_from word ("from", "von", "с") stands right before
// byte `at` in the sentence.
bool FromBefore(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                SentenceTokens st, uint32_t at);

// The end of a short name in quotation marks opening at token k
// ("«Медуза»": capitalised first word, at most four words), or k when none.
size_t QuotedNameAt(const std::vector<SpeechToken>& tokens, size_t k, size_t to);

// The index of the opening mark of a short name in quotation marks that
// ends at token k-1 ("«Укрзалізниці»", "„Tagesspiegel“"), or k when none.
size_t QuotedNameBefore(const std::vector<SpeechToken>& tokens, size_t k, size_t from);

// The name in apposition right before a reporting verb at token `i` ("El
// presidente del Gobierno, Pedro Sánchez, anunció"): capitalised words
// between two commas, the second right before the verb; empty when none.
Span NameInApposition(const std::vector<SpeechToken>& tokens, size_t i, size_t from);

// The number of according-to markers in the sentence (a marker's words
// counted once).
size_t CountMarkers(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                    SentenceTokens st);

// Whether a speech noun ("statement", "Erklärung") stands inside `src`, a
// span of the sentence: such a source is a document, not a body.
bool HoldsSpeechNoun(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                     SentenceTokens st, Span src);

}  // namespace parallax::annotate::attribution_detail

#endif  // PARALLAX_ANNOTATE_ATTRIBUTION_DETAIL_H_
