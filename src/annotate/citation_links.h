// parallax annotate stage: the citations a text gives outside a citation
// cue (issue 6, item 4): social platforms a message on which is reported
// ("wrote on X", "auf Telegram") and links ("https://www.unhcr.org/"), for
// FindCitations (citations.h), which orders, merges and names them.
#ifndef PARALLAX_ANNOTATE_CITATION_LINKS_H_
#define PARALLAX_ANNOTATE_CITATION_LINKS_H_

#include <cstdint>
#include <vector>

#include "annotate/speech_lexicon.h"
#include "parallax/document.h"

namespace parallax::annotate {

// The index of the sentence of doc.sentences (not empty) that holds byte
// `at`: the last one starting at or before it.
uint32_t SentenceAt(const Document& doc, uint32_t at);

// Appends to `out` the social platforms a message on which is reported: a
// capitalised word, or its part before a hyphen, that is a `platform` of
// the sentence's language (data/<lang>/speech.tsv), after a lower-case
// word, in a sentence with a reporting verb or a citation cue ("wrote on
// X", "в своём Telegram-канале"). `tokens` = TokenizeSpeech(doc).
void FindPlatformCitations(const SpeechLexicon& lexicon, const Document& doc,
                           const std::vector<SpeechToken>& tokens, std::vector<Citation>& out);

// Appends to `out` every link of the text: "http://", "https://" or "www."
// up to a space or a quotation mark, trailing punctuation dropped; `url` is
// the link, `name` its host without "www.". Linear in the text.
void FindUrlCitations(const Document& doc, std::vector<Citation>& out);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_CITATION_LINKS_H_
