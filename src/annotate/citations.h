// parallax annotate stage: the sources a text names for what it reports
// (issue 6, item 4): news agencies of the gazetteer wherever they are
// named (Entity::kind "organization/agency"), other outlets, people and
// organisations next to a citation cue ("Reuters reported", "as reported
// by", "Z relacji Guardiana", "a column by"), the agency of a dateline
// ("BERLIN (dpa) -"), social platforms a message on which is reported
// ("wrote on X", "в своём Telegram-канале"), and URLs in the text. A name
// with its acronym in brackets is one citation, named with both ("the Civil
// Defence Directorate (AFAD)"). A claim's source is cited when it names a
// person, or an organisation that is the source itself ("the Red Cross",
// "agencja Yonhap"; not "a spokesman for the Red Cross", "Глава МЧС"),
// grown over the rest of the source when the recogniser cut its name ("la
// Protection civile"); a claim's source that names no entity is cited when
// definite ("the health ministry", "la mairie", "prokuratura"), not when
// vague ("officials", `vague_source` rows of data/<lang>/citations.tsv) or
// indefinite. An organisation that is the speaker of a quote is cited; a
// person cited is named as at their first mention; a place never is. A
// cue after its name that follows a comma names what comes after it (",
// informó Europa Press"); a name in quotation marks after a cue is cited
// with them ("в интервью «Коммерсанту»"). Words: data/<lang>/speech.tsv.
#ifndef PARALLAX_ANNOTATE_CITATIONS_H_
#define PARALLAX_ANNOTATE_CITATIONS_H_

#include <vector>

#include "annotate/speech_lexicon.h"
#include "parallax/document.h"

namespace parallax::annotate {

// Fills doc.citations (replacing what it held): one per source per
// document, at its first mention, in text order. `name` is the text as
// written (a URL's host for a URL, with `url` the link); `entity` the
// entity's name when the source is an entity. Needs doc.sentences; uses
// doc.entities when filled. Linear in the text.
void FindCitations(const SpeechLexicon& lexicon, Document& doc);

// The same with `tokens` = TokenizeSpeech(doc) made by the caller, so the
// claim steps share one tokenisation of the text (ClaimExtractor::Extract).
void FindCitations(const SpeechLexicon& lexicon, const std::vector<SpeechToken>& tokens,
                   Document& doc);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_CITATIONS_H_
