// parallax annotate stage: the word-level helpers that quotes.cc and
// quote_indirect.cc share (quotes.h): clause punctuation, reporting verbs,
// speaker words before and after a verb, and indirect speech. Internal to
// the speech rules; tests go through FindQuotes.
#ifndef PARALLAX_ANNOTATE_QUOTE_DETAIL_H_
#define PARALLAX_ANNOTATE_QUOTE_DETAIL_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "annotate/quotes.h"
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
// A reporting verb at tokens[i], adverbs inside it included ("ha poi
// precisato", SpeechPhrases::MatchGapped): its token count, or 0.
size_t VerbAt(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t i);
// The first token of the longest verb phrase that holds the verb word at
// tokens[v], back to at most `from` ("a indiqué" for "indiqué"): `v` when
// none starts before it.
size_t VerbStart(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t from,
                 size_t v);
// Whether tokens[from, to) describe a person named before: an anaphor
// ("mother", "Familienvater", "пенсионерка") or an age joined to its noun
// ("46-year-old", "81-Jährige", "52-latek"), with no indefinite word
// before it ("a 46-year-old" is someone else).
bool Anaphoric(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t from,
               size_t to);
// The bytes of tokens[from, to); empty when from >= to.
Span SpanOf(const std::vector<SpeechToken>& tokens, size_t from, size_t to);
// The speaker words after a verb, from tokens[from] to the clause's end
// (before `limit`): an appositive name goes on ("said the spokesman, Jan
// Kowal"; "said a marcher, student Anna Nowak."), and so does a name given
// after a comma ("один из рабочих, назвавшийся Мурадом").
Span SpeakerAfterVerb(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                      size_t from, size_t limit);
// The token after a short name in quotation marks at tokens[at], before
// `limit` («Интерфаксу», «Новой газете»): a capitalised first word, words
// only, then the closing mark; `at` when none.
size_t QuotedNameEnd(const std::vector<SpeechToken>& tokens, size_t at, size_t limit);
// `s` without the auxiliaries and adverbs (`cues.auxiliaries`) that close
// it ("Officials have repeatedly" -> "Officials"); empty when nothing else
// is left.
Span TrimAuxiliaries(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, Span s);
// The name given after a named-as phrase inside `s` ("a man who gave his
// name as Karim", "назвавшийся Мурадом"): up to three capitalised words;
// empty when none.
Span NameGivenIn(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, Span s);
// A pronoun row inside the verb phrase tokens[v, v + n) ("a-t-il
// déclaré"): its token, else empty.
Span PronounInVerb(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t v,
                   size_t n);
// Whether a person or an organisation is named inside `s`.
bool NamesSomeone(const Document& doc, Span s);
// The subject of a verb at tokens[end], back to at most `from`: the nearest
// of up to three comma segments that names someone, else the nearest;
// auxiliaries and adverbs that close it are left out (TrimAuxiliaries), a
// segment of nothing else is stepped over ("Спасатели, однако, заявили"),
// and an age set off by commas goes with the words before it ("The woman,
// 46, said"). Sets `comma` to the token before the segment (`from` when
// none).
Span SubjectBefore(const SpeechLanguage& cues, const Document& doc,
                   const std::vector<SpeechToken>& tokens, size_t from, size_t end, size_t& comma);
// The speaker in the words right after a quote that ends before
// tokens[i] (", sagte X", "X said", "— заявил X", ", according to X"),
// looked for before byte `sentence_limit`. Sets `clause_end` to the token
// after the speaker clause.
Span SpeakerAfter(const SpeechLanguage& cues, const Document& doc,
                  const std::vector<SpeechToken>& tokens, size_t i, uint32_t sentence_limit,
                  size_t& clause_end);
// The speaker in the clause before a quote opening at tokens[open], not
// before byte `floor`: "X said:", "Dazu sagte X:", "Su mensaje fue claro:".
Span SpeakerBefore(const SpeechLanguage& cues, const Document& doc,
                   const std::vector<SpeechToken>& tokens, size_t open, uint32_t floor);
// A speaker set inside the quote tokens[from, to) between commas or dashes
// ("« Nous attendons, dit Jean Martin, mais ... »"); empty when none.
Span SpeakerInside(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t from,
                   size_t to);
// The subject that opens the sentence at tokens[from] of a quote inside it
// (tokens[open]): a person named in its first words ("Health Minister John
// Reed called the attack "..."") or a pronoun; empty when none.
Span SubjectOpeningSentence(const SpeechLanguage& cues, const Document& doc,
                            const std::vector<SpeechToken>& tokens, size_t from, size_t open);
// The last mention of a person inside `within`; empty when none.
Span LastPersonIn(const Document& doc, Span within);
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

// Lines of dialogue set off by dashes in the paragraph `para` ("—
// Вода поднялась за час, — рассказала X.", "– Nie wiem – powiedział.",
// "—Llegamos tarde —relató X."): a dash at the paragraph's start or after
// a sentence's end opens one, the first dash with a reporting verb right
// after it closes it. Lines inside `marked` are left out. Text order.
std::vector<QuoteMarks> DashQuotes(const SpeechLexicon& lexicon, const Document& doc,
                                   const std::vector<SpeechToken>& tokens, Span para,
                                   const std::vector<QuoteMarks>& marked);

}  // namespace parallax::annotate::quote_detail

#endif  // PARALLAX_ANNOTATE_QUOTE_DETAIL_H_
