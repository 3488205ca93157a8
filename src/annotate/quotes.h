// parallax annotate stage: speech reported in a text (issue 6). Direct
// quotes between quotation marks of every style (“ ” „ “ « » ‚ ‘ ’ " ' and
// German » «), nested, spanning sentences up to the end of their paragraph,
// and mismatched as scraped pages have them; indirect speech after a
// reporting verb and a that-word ("said that", "sagte, dass", "заявил,
// что"). Speakers before, after or between the parts of a quote, resolved
// to a person entity, through a role ("the correspondent") to the person
// named with that role earlier, or through a pronoun to the last speaker.
// The words are data/<lang>/speech.tsv (speech_lexicon.h).
#ifndef PARALLAX_ANNOTATE_QUOTES_H_
#define PARALLAX_ANNOTATE_QUOTES_H_

#include <cstdint>
#include <vector>

#include "annotate/speech_lexicon.h"
#include "parallax/document.h"

namespace parallax::annotate {

// Fills doc.quotes (replacing what it held), in text order. Needs
// doc.sentences and doc.paragraphs; uses doc.entities when filled (speaker
// entities are entity names until the store gives ids). Sentences in a
// language without speech cues still get their direct quotes, speaker "".
// Linear in the text (entity lookups are per quote).
void FindQuotes(const SpeechLexicon& lexicon, Document& doc);

// The same with `tokens` = TokenizeSpeech(doc) made by the caller, so the
// claim steps share one tokenisation of the text (ClaimExtractor::Extract).
void FindQuotes(const SpeechLexicon& lexicon, const std::vector<SpeechToken>& tokens,
                Document& doc);

// A direct quote as the marks give it, before speakers are looked for.
struct QuoteMarks {
  uint32_t open = 0;       // the opening mark's first byte
  uint32_t start = 0;      // the first byte after the opening mark
  uint32_t end = 0;        // the closing mark's first byte (or the paragraph's end)
  uint32_t close_end = 0;  // the byte after the closing mark (== end when none)
};

// The top-level quotes of doc.text[start, end) (one paragraph), text order;
// nested quotes stay inside their outer quote. Exposed for tests.
std::vector<QuoteMarks> ScanQuoteMarks(std::string_view text, uint32_t start, uint32_t end);

// A role word of the text ("the correspondent", „der Sprecher“).
struct RoleMention {
  size_t token = 0;                    // index into the tokens
  const SpeechPhrase* role = nullptr;  // the role row it matched
};

// The role words of `tokens` (TokenizeSpeech(doc)), each read in its
// sentence's language, in text order. One lookup per token.
std::vector<RoleMention> FindRoleMentions(const SpeechLexicon& lexicon, const Document& doc,
                                          const std::vector<SpeechToken>& tokens);

// Sets q.speaker_entity from q.speaker_span: the person entity named there,
// else through a role word to the person named with it before the quote,
// else through a pronoun, or a reporting verb with no subject after a quote
// ("– przyznała.", pro-drop), to `last_speaker` (named at byte
// `last_speaker_at`) or to a person named after that, else any entity named
// there. `tokens` are TokenizeSpeech(doc), `roles` FindRoleMentions of them.
void ResolveSpeaker(const SpeechLanguage& cues, const Document& doc,
                    const std::vector<SpeechToken>& tokens, const std::vector<RoleMention>& roles,
                    const std::string& last_speaker, uint32_t last_speaker_at, Quote& q);

// Whether tokens[from, to), the words after an according-to marker ("Selon
// le géologue", "За словами волонтерки"), describe a person and no name:
// a role row that opens them (after articles), an anaphor, or a noun no
// role row lists that stood next to one person before (in any of its
// forms); none with an indefinite word. ResolveSpeaker then finds the
// person.
bool DescribesPerson(const SpeechLanguage& cues, const Document& doc,
                     const std::vector<SpeechToken>& tokens, size_t from, size_t to);

// Drops a capitalised role word that opens q.speaker_span when two or more
// capitalised words follow it ("Landrat Peter Vogt", "Surgeon Sofia
// Alvarez" at a sentence's start): q.speaker is the name after it.
void DropLeadingRole(const SpeechLanguage& cues, const Document& doc,
                     const std::vector<SpeechToken>& tokens, Quote& q);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_QUOTES_H_
