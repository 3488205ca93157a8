// Internal to the citations step (citations.h): what citations.cc (cues,
// agencies, datelines, links) and citation_sources.cc (the sources of
// claims and quoted organisations) share.
#ifndef PARALLAX_ANNOTATE_CITATION_DETAIL_H_
#define PARALLAX_ANNOTATE_CITATION_DETAIL_H_

#include <string_view>
#include <vector>

#include "annotate/speech_lexicon.h"
#include "parallax/document.h"

namespace parallax::annotate {

// The kind the gazetteer gives news agencies (data/gazetteer/organizations.tsv).
inline constexpr std::string_view kAgencyKind = "organization/agency";

// One mention of a non-place entity; `entity` points into the document.
struct Mention {
  const Entity* entity;
  Span span;
};

// Whether `span` is just a mention of a place ("Según Managua", "IGUALA
// (México) -"): a place is no citation.
bool IsPlace(const Document& doc, Span span);

// The citation of `span` (entity `e`, or null): a person is cited as
// written at their first mention, a name with its article and the
// quotation marks around it.
Citation Make(const SpeechLexicon& lexicon, const Document& doc, Span span, const Entity* e);

// Appends the people and organisations claims are attributed to, at their
// mention in the claim's sentence. `mentions` in text order.
void AttributedSources(const SpeechLexicon& lexicon, const Document& doc,
                       const std::vector<Mention>& mentions, std::vector<Citation>& out);

// Appends the organisations that are the speakers of quotes.
void QuotedOrganisations(const SpeechLexicon& lexicon, const Document& doc,
                         const std::vector<Mention>& mentions, std::vector<Citation>& out);

// Where the source of each claim that has one stands in the text, once each.
std::vector<Span> SourcePhrases(const Document& doc);

// `c` grown to the end of the claim source it starts when the recogniser
// cut the organisation's name short; else `c` unchanged.
Citation GrowToSource(const SpeechLexicon& lexicon, const Document& doc,
                      const std::vector<SpeechToken>& tokens, const std::vector<Span>& sources,
                      Citation c);

// Appends the definite sources of claims that name no entity.
void DefiniteSources(const SpeechLexicon& lexicon, const Document& doc,
                     const std::vector<SpeechToken>& tokens, const std::vector<Mention>& mentions,
                     const std::vector<Span>& sources, std::vector<Citation>& out);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_CITATION_DETAIL_H_
