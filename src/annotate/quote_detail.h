// parallax annotate stage: the word-level helpers that quotes.cc and
// quote_indirect.cc share (quotes.h): clause punctuation, reporting verbs,
// speaker words before and after a verb, and indirect speech. Internal to
// the speech rules; tests go through FindQuotes.
#ifndef PARALLAX_ANNOTATE_QUOTE_DETAIL_H_
#define PARALLAX_ANNOTATE_QUOTE_DETAIL_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "annotate/speech_lexicon.h"
#include "parallax/document.h"

namespace parallax::annotate::quote_detail {

// The words a speaker clause may hold: "the city's chief medical officer
// Anna Nauer" is 8. Longer clauses are not a speaker but a sentence.
inline constexpr size_t kMaxSpeakerTokens = 10;
// A longer speaker clause is read only when a name closes it: "a déclaré
// mardi soir à l'AFP le directeur de l'hôpital, Thierry Masson" is 14.
inline constexpr size_t kMaxLongSpeakerTokens = 18;

// Whether `t` is a quotation mark of any style.
bool IsQuoteMark(const SpeechToken& t);
// Punctuation that ends a speaker clause: . ! ? ; : ( ) and quotation marks.
bool EndsClause(const SpeechToken& t);
// A comma or a dash (-, —, –).
bool IsDash(const SpeechToken& t);
// The first token at or after byte `at`.
size_t TokenAt(const std::vector<SpeechToken>& tokens, uint32_t at);
// A reporting verb at tokens[i]: its token count, or 0.
size_t VerbAt(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t i);
// The bytes of tokens[from, to); empty when from >= to.
Span SpanOf(const std::vector<SpeechToken>& tokens, size_t from, size_t to);
// The speaker words after a verb, from tokens[from] to the clause's end
// (before `limit`): an appositive name goes on ("said the spokesman, Jan
// Kowal"; "said a marcher, student Anna Nowak.").
Span SpeakerAfterVerb(const std::vector<SpeechToken>& tokens, size_t from, size_t limit);
// A pronoun row inside the verb phrase tokens[v, v + n) ("a-t-il
// déclaré"): its token, else empty.
Span PronounInVerb(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t v,
                   size_t n);
// Whether a person or an organisation is named inside `s`.
bool NamesSomeone(const Document& doc, Span s);
// The subject of a verb at tokens[end], back to at most `from`: the nearest
// of up to three comma segments that names someone, else the nearest.
// Sets `comma` to the token before the segment (`from` when none).
Span SubjectBefore(const Document& doc, const std::vector<SpeechToken>& tokens, size_t from,
                   size_t end, size_t& comma);
// Sets q.speaker_span to `s` and q.speaker to its trimmed text.
void SetSpeaker(const Document& doc, Span s, Quote& q);
// Appends the indirect speech of the sentence tokens[from, to) to `out`:
// a verb and a that-word ("said that", "sagte, die Zahl sei", "a confié
// qu'elle"), else a clause before a final "..., X said". Clauses that
// overlap a direct quote (`direct`, text order) are left out.
void FindIndirect(const SpeechLanguage& cues, const Document& doc,
                  const std::vector<SpeechToken>& tokens, size_t from, size_t to,
                  const std::vector<Span>& direct, std::vector<Quote>& out);

// The speaker of a direct quote that stands inside reported words of its
// sentence (tokens[from, to)): the subject of the indirect speech holding
// it ("warned that the camp was "days away..."", "warnte, die Lage sei
// „...“"), or the source of an according-to marker before it ("According
// to X, who ..., "..."", "По словам X, «...»"). Empty when none.
Span SpeakerOfReported(const SpeechLanguage& cues, const Document& doc,
                       const std::vector<SpeechToken>& tokens, size_t from, size_t to, size_t open);

}  // namespace parallax::annotate::quote_detail

#endif  // PARALLAX_ANNOTATE_QUOTE_DETAIL_H_
