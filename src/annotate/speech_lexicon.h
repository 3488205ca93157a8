// parallax annotate stage: the wording of speech and sources, read from
// data/<lang>/speech.tsv (format: data/speech-README.md): reporting verbs,
// that-words, according-to markers, hedges, denials, retractions, role
// nouns, pronouns and citation cues; and the word tokens that quotes.cc,
// attribution.cc and citations.cc match them against.
#ifndef PARALLAX_ANNOTATE_SPEECH_LEXICON_H_
#define PARALLAX_ANNOTATE_SPEECH_LEXICON_H_

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parallax/document.h"

namespace parallax::annotate {

class EntityLexicon;

// A word or one punctuation character of a text, with its byte range.
struct SpeechToken {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string folded;     // case-folded (apostrophes folded to '); punctuation as is
  bool word = false;      // letters or digits (apostrophes and hyphens inside)
  bool capital = false;   // a word whose first letter is upper case
  bool digit = false;     // a word that starts with a digit
  uint32_t sentence = 0;  // index into Document::sentences
  // A cheap key of `folded` that SpeechPhrases::Match tests first; set by
  // the tokenizers below (a token made otherwise may match no phrase).
  uint32_t filter_key = 0;
};

// Splits doc.text into tokens, each tagged with its sentence (text outside
// every sentence gets the sentence before it). Linear in the text.
std::vector<SpeechToken> TokenizeSpeech(const Document& doc);

// The tokens of any text, sentence 0 (for tests and examples).
std::vector<SpeechToken> TokenizeSpeechText(std::string_view text);

// Where a cue stands relative to what it governs; kBeforeVerb: before it,
// with a reporting verb right after it ("wie die Polizei mitteilte").
enum class CuePosition : uint8_t { kBefore, kAfter, kBeforeVerb };

// Whom a hedge speaks for: its sentence, or also the sentence before it
// when it has no claims of its own ("The figures could not be verified.").
enum class CueScope : uint8_t { kSentence, kPrevious };

// One phrase of folded words and what goes with it.
struct SpeechPhrase {
  std::vector<std::string> words;
  CuePosition position = CuePosition::kBefore;
  CueScope scope = CueScope::kSentence;
  // hedge_modal rows: words one of which must follow later in the sentence
  // ("soll ... haben"); role rows: the role's group (its forms share one,
  // "sprecher" for "Sprechers"); empty for other rows.
  std::vector<std::string> needs;
  // A phrase written "wies ... zurück": the particle that must close the
  // clause after the words (any row type); empty for other phrases.
  std::vector<std::string> particle;
};

// Phrases indexed by their first word, longest first.
class SpeechPhrases {
 public:
  void Add(SpeechPhrase phrase);
  // Sorts each first word's phrases longest first.
  void Finish();
  // The longest phrase whose words are the words of tokens[at...] (no
  // punctuation inside), or null.
  const SpeechPhrase* Match(const std::vector<SpeechToken>& tokens, size_t at) const;
  // The same, or else a phrase of several words with up to two phrases of
  // `gap` (adverbs, auxiliaries) between its first word and the rest ("ha
  // poi precisato", "hanno invece raccontato", "a ensuite expliqué");
  // `length` is set to the tokens it spans; null when none.
  const SpeechPhrase* MatchGapped(const std::vector<SpeechToken>& tokens, size_t at,
                                  const SpeechPhrases& gap, size_t& length) const;
  bool empty() const { return by_first_.empty(); }

 private:
  // Whether a word with filter key `first_key` (SpeechToken::filter_key)
  // may start a phrase: false only when no first word has its bit in
  // filter_ (a cheap test before the map; always true before Finish).
  bool MayStart(uint32_t first_key) const;

  std::unordered_map<std::string, std::vector<SpeechPhrase>> by_first_;
  // One bit per filter key of the first words, set by Finish; empty before.
  std::vector<uint64_t> filter_;
};

// A `# example:` line of a speech file: a text and what must be found in it.
struct SpeechExample {
  std::string where;  // "path:line"
  std::string text;
  std::string expect;  // "speaker=Anna Nauer; hedged" (data/speech-README.md)
};

// The cues of one language.
struct SpeechLanguage {
  SpeechPhrases verbs;  // "said", "sagte", "заявил"
  // Verbs that give a figure on their subject's word without reporting
  // speech ("counts", "estimated", "zählt", "schätzte", "contabilizó").
  SpeechPhrases source_verbs;
  SpeechPhrases thats;  // "that", "dass", "что", "," (German "sagte, die Zahl sei")
  // Elided that-words, folded, apostrophe included: "qu'" matches the front
  // of "qu'elle" (one token).
  std::vector<std::string> that_prefixes;
  SpeechPhrases according;     // "according to" (before), "zufolge" (after)
  SpeechPhrases hedges;        // "reportedly", "якобы"
  SpeechPhrases hedge_modals;  // "soll" needing "haben"/"sein" later
  SpeechPhrases denials;       // "denied", "dementierte"
  SpeechPhrases retractions;   // "later corrected", "korrigierte"
  // A figure withdrawn: those before it in its sentence and the first after
  // ("a été retiré", "wycofano", "withdrew its figure of"; attribution.cc).
  SpeechPhrases withdrawals;
  // A publication deleted ("deleted", "удалили", "usunięto") and a word of
  // a mistake ("error", "ошибкой", "pomyłką"): together, the figures are
  // withdrawn (attribution.cc), those of the sentence before when the
  // sentence has none ("Публикации удалили, сославшись на ошибку").
  SpeechPhrases deletions;
  SpeechPhrases errors;
  SpeechPhrases retract_from;  // "from" before the withdrawn figure
  SpeechPhrases roles;         // "correspondent", "sprecher"
  SpeechPhrases pronouns;      // "he", "sie", "он"
  SpeechPhrases indefinites;   // "a", "ein", "один из": a speaker not named
  // Auxiliaries and adverbs between a speaker and its verb ("have",
  // "toutefois", "давно"): no part of the speaker.
  SpeechPhrases auxiliaries;
  // Descriptions of the person named last ("mother", "пенсионерка").
  SpeechPhrases anaphors;
  // Words before a name given after a description ("gave his name as").
  SpeechPhrases named_as;
  // Nouns for what someone said ("message", "слова") before a colon.
  SpeechPhrases speech_nouns;
  // Words between a speech noun and the body whose words it names ("a
  // statement from the county council"): no part of the speaker.
  SpeechPhrases noun_links;
  // Words that may open reported speech with no that-word ("said the").
  SpeechPhrases clause_starts;
  // Articles a cited name is written with, folded ("the", "el", "l'"):
  // "according to the Hospital Authority" cites "the Hospital Authority".
  std::vector<std::string> articles;
  // Whether folded `word` is one of `articles`.
  bool IsArticle(std::string_view word) const {
    return std::find(articles.begin(), articles.end(), word) != articles.end();
  }
  // Folded `word` without an elided article joined to its front ("l'agence"
  // -> "agence"); `word` itself when it has none.
  std::string_view WithoutElidedArticle(std::string_view word) const {
    for (const std::string& a : articles) {
      if (a.ends_with('\'') && word.size() > a.size() && word.starts_with(a)) {
        return word.substr(a.size());
      }
    }
    return word;
  }
  // Possessive endings cut from a source that ends with one ("The
  // coastguard's tally" has the source "The coastguard"): "'s" and "’s"
  // (en), as written.
  std::vector<std::string> possessives;
  SpeechPhrases cites;  // "reported" (after), "as reported by" (before)
  // Phrases that give a claim the source of the sentence before ("demnach",
  // "по тем же данным").
  SpeechPhrases carries;
  // Words that point back at the figures of the sentence before in a
  // sentence that names their source ("this", "das", "об этом", "lo", "o
  // tym"): "Das bestätigte die Feuerwehr." gives those figures the source
  // "die Feuerwehr"; the words themselves are no source.
  SpeechPhrases report_backs;
  // Inside a source after an according-to marker, the words after which
  // the body giving the figures is named ("figures released by", "un bilan
  // communiqué par"): the source is that body.
  SpeechPhrases source_links;
  // Words that are no part of a source: adverbs and time words between a
  // subject and its verb ("later", "am", "inzwischen"), a verb closing a
  // source run ("wynika"). A source ends before them.
  SpeechPhrases source_stops;
  // Prepositions before a body that speaks as a place ("сообщили в МЧС",
  // "у ДСНС повідомили"): dropped from the front of a source.
  SpeechPhrases source_preps;
  // Articles of an object case ("den", "dem"): words before a reporting
  // verb that start with one are no subject ("Den Schaden schätzt die
  // Regierung"); the subject is sought after the verb.
  SpeechPhrases object_articles;
  // Social platforms cited when a message on them is reported ("wrote on
  // X", "auf Telegram"), folded.
  std::vector<std::string> platforms;
  // Words that leave a claim's source vague ("officials", "residents",
  // "Behörden", "власти"): a source holding one is not cited.
  SpeechPhrases vague_sources;
  // Nouns that, alone after an article or with one adjective, point back
  // at a body named before ("the agency", "the medical charity", "El
  // organismo", "ведомства"), folded: such a source is not cited again.
  std::vector<std::string> generic_bodies;
  std::vector<SpeechExample> examples;
  // The language's code ("ru") and the case endings and given names of the
  // entity recogniser (data/<lang>/name_endings.tsv, data/names/), shared
  // by every language; null when the data folder has no names.
  std::string lang;
  std::shared_ptr<const EntityLexicon> names;
};

// The nominative of a one-word name that a named-as phrase gives in another
// case ("назвавшийся Мурадом" -> "Мурад", "назвалася Мариною" ->
// "Марина"): the longest nominative candidate of the language's case
// endings that is a known given name, else the first; `word` itself when
// no ending applies or the language has none. The first letter stays as
// written.
std::string GivenNameNominative(const SpeechLanguage& cues, std::string_view word);

// Every language's speech cues. Immutable after loading; thread-safe.
class SpeechLexicon {
 public:
  // Reads data/<lang>/speech.tsv for every language folder of `data_dir`
  // that has one. Throws DataError naming file and line of a bad row.
  static SpeechLexicon Load(const std::string& data_dir);

  // The cues of `lang` (ISO 639-1), or null when it has none.
  const SpeechLanguage* For(std::string_view lang) const;

  // The languages loaded, sorted.
  std::vector<std::string> Languages() const;

 private:
  std::map<std::string, SpeechLanguage, std::less<>> langs_;
};

// The language of sentence `s` of `doc`: its paragraph's when reliable,
// else the document's.
std::string_view SentenceLanguage(const Document& doc, uint32_t s);

// The entity with a mention of type `type` whose span lies inside [start,
// end), the last such mention; null when none.
const Entity* EntityInside(const Document& doc, uint32_t start, uint32_t end, EntityType type);

// The text of doc.text[start, end) with spaces and the punctuation in
// ",:;—–-" trimmed at both ends, and '.' at the end.
std::string TrimmedText(const Document& doc, uint32_t start, uint32_t end);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_SPEECH_LEXICON_H_
