// Attribution, hedging, denial and retraction of claims (attribution.h).
#include "annotate/attribution.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::annotate {
namespace {

// A source is a noun phrase: "the regional health ministry of Almaty" is 7
// words; a longer run is the rest of the sentence.
constexpr size_t kMaxSourceTokens = 8;
// Words of at most this many bytes may join two capitalised words of a
// source ("Angaben des Innenministeriums", "Ministry of Health", "МВД
// по РК"); any other lower-case word after a capitalised one ends it
// ("Według PAP w zamieszkach", "Laut Polizei wurden").
constexpr size_t kMaxJoinerBytes = 4;

bool EndsSource(const SpeechToken& t) {
  return !t.word && t.folded != "-" && t.folded != "." && t.folded != "'";
}

// The index of the "(" of a bracketed name ending at token k-1 ("(AFAD)"),
// or k when tokens[k-1] does not close one.
size_t BracketBefore(const std::vector<SpeechToken>& tokens, size_t k, size_t from) {
  if (k < from + 3 || tokens[k - 1].folded != ")" || tokens[k - 3].folded != "(" ||
      !tokens[k - 2].word || !tokens[k - 2].capital) {
    return k;
  }
  return k - 3;
}

// Whether tokens[k...] is a bracketed name ("(OMS)").
bool BracketAt(const std::vector<SpeechToken>& tokens, size_t k, size_t to) {
  return k + 2 < to && tokens[k].folded == "(" && tokens[k + 1].word && tokens[k + 1].capital &&
         tokens[k + 2].folded == ")";
}

struct SentenceTokens {
  size_t from = 0;
  size_t to = 0;
};

// The source after an according-to marker ending at token `i`.
Span SourceAfter(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t i,
                 size_t to, uint32_t stop_at) {
  // A reporting verb right after the marker ("según informó la Guardia Civil").
  while (i < to && tokens[i].start < stop_at) {
    const SpeechPhrase* verb = cues.verbs.Match(tokens, i);
    if (verb == nullptr) break;
    i += verb->words.size();
  }
  if (i >= to) return {};
  const uint32_t limit = stop_at > tokens[i].start ? stop_at : UINT32_MAX;
  size_t j = i;
  bool capital_seen = false;
  size_t brackets = 0;  // tokens of bracketed names, not counted in the length
  while (j < to && j - i < kMaxSourceTokens + brackets && tokens[j].start < limit) {
    if (capital_seen && BracketAt(tokens, j, to)) {
      j += 3;
      brackets += 3;
      continue;
    }
    if (const SpeechPhrase* link = cues.source_links.Match(tokens, j)) {
      // "figures released by the ministry": the body after the link.
      i = j = j + link->words.size();
      capital_seen = false;
      brackets = 0;
      continue;
    }
    if (EndsSource(tokens[j]) || tokens[j].digit || cues.verbs.Match(tokens, j) != nullptr ||
        cues.source_stops.Match(tokens, j) != nullptr) {
      break;
    }
    // "sources citées par Reuters": a citation cue ends the source.
    const SpeechPhrase* cite = j > i ? cues.cites.Match(tokens, j) : nullptr;
    if (cite != nullptr && cite->position == CuePosition::kBefore) break;
    if (tokens[j].capital) {
      capital_seen = true;
    } else if (capital_seen && (tokens[j].end - tokens[j].start > kMaxJoinerBytes || j + 1 >= to ||
                                !tokens[j + 1].capital)) {
      break;
    }
    ++j;
  }
  // Run into the figure with no comma and no capital ("Według policji
  // zatrzymano 52", "по данным полиции задержаны 40"): the word before the
  // figure is the verb.
  const bool into_figure = j < to && (tokens[j].digit || tokens[j].start >= limit);
  if (into_figure && !capital_seen && j - i >= 2) --j;
  if (j <= i || i >= to) return {};
  return {tokens[i].start, tokens[j - 1].end};
}

// The subject after an inverted reporting verb ending at token `i`: the
// words up to the clause's end ("..., сообщило МВД республики."), empty
// when longer than a noun phrase.
Span SubjectAfter(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                  const SpeechPhrase& verb, size_t i, size_t to) {
  // "a annoncé mercredi la Protection civile", "сообщил в субботу вечером
  // Следственный комитет": the time words before the subject.
  while (i < to) {
    const SpeechPhrase* stop = cues.source_stops.Match(tokens, i);
    if (stop == nullptr) break;
    i += stop->words.size();
  }
  size_t j = i;
  size_t brackets = 0;
  while (j < to && j - i <= kMaxSourceTokens + brackets) {
    if (j > i && BracketAt(tokens, j, to)) {
      j += 3;
      brackets += 3;
      continue;
    }
    if (EndsSource(tokens[j]) || tokens[j].digit) break;
    if (j > i && cues.source_stops.Match(tokens, j) != nullptr) break;
    ++j;
  }
  if (j == i || j - i > kMaxSourceTokens + brackets) return {};
  // "le porte-parole du SPVM, Daniel Lacoursière.": a name in apposition
  // that closes the clause belongs to the subject.
  if (j + 1 < to && tokens[j].folded == "," && tokens[j + 1].capital) {
    size_t k = j + 1;
    while (k < to && k - j <= 4 && tokens[k].capital) ++k;
    if (k - j <= 4 && (k >= to || (!tokens[k].word && tokens[k].folded != "-"))) j = k;
  }
  // "teilte das Landratsamt mit.": the particle of the verb is no part of it.
  while (j > i + 1 && !tokens[j - 1].word) --j;
  const size_t particle = verb.particle.size();
  if (particle > 0 && j - i > particle) {
    bool closes = true;
    for (size_t k = 0; k < particle; ++k) {
      closes = closes && tokens[j - particle + k].folded == verb.particle[k];
    }
    if (closes) j -= particle;
  }
  return {tokens[i].start, tokens[j - 1].end};
}

// The words before token `i` back to the clause start (the subject of a
// reporting verb, the noun before "zufolge").
Span SourceBefore(const std::vector<SpeechToken>& tokens, size_t i, size_t from) {
  size_t j = i;
  size_t brackets = 0;  // tokens of bracketed names ("(AFAD)"), not counted
  while (j > from && i - j < kMaxSourceTokens + brackets) {
    const size_t b = BracketBefore(tokens, j, from);
    if (b < j && b > from && tokens[b - 1].word && tokens[b - 1].capital) {
      brackets += j - b;
      j = b;
      continue;
    }
    if (EndsSource(tokens[j - 1]) || tokens[j - 1].digit) break;
    --j;
  }
  if (j == i || (j > from && tokens[j - 1].digit)) return {};
  return {tokens[j].start, tokens[i - 1].end};
}

// The name in apposition right before a reporting verb at token `i` ("El
// presidente del Gobierno, Pedro Sánchez, anunció"): capitalised words
// between two commas, the second right before the verb; empty when none.
Span NameInApposition(const std::vector<SpeechToken>& tokens, size_t i, size_t from) {
  constexpr size_t kMaxNameWords = 4;
  if (i < from + 3 || tokens[i - 1].folded != ",") return {};
  size_t j = i - 1;
  while (j > from && i - 1 - j < kMaxNameWords && tokens[j - 1].word && tokens[j - 1].capital) --j;
  if (j == i - 1 || j <= from || tokens[j - 1].folded != ",") return {};
  return {tokens[j].start, tokens[i - 2].end};
}

// `span` (a source of the sentence `st`) without a preposition at its front
// ("в МЧС") and without the words from a stop word on ("The same source
// later"); empty when nothing is left.
Span Trimmed(const SpeechLanguage& cues, const std::string& text,
             const std::vector<SpeechToken>& tokens, SentenceTokens st, Span span) {
  size_t k = st.from;
  while (k < st.to && tokens[k].start < span.start) ++k;
  size_t last = k;
  while (last + 1 < st.to && tokens[last + 1].end <= span.end) ++last;
  if (k >= st.to || last <= k) return span;
  // "Początkowo władze", "в МЧС": an adverb or a preposition in front.
  for (const SpeechPhrases* front : {&cues.source_stops, &cues.source_preps}) {
    if (const SpeechPhrase* word = front->Match(tokens, k)) {
      if (k + word->words.size() <= last) {
        k += word->words.size();
        span.start = tokens[k].start;
      }
    }
  }
  for (size_t j = k + 1; j <= last; ++j) {
    if (cues.source_stops.Match(tokens, j) != nullptr) {
      span.end = tokens[j - 1].end;
      last = j - 1;
      break;
    }
  }
  // "The coastguard's tally": the owner of the count, without the possessive.
  if (last > k && tokens[last].end == span.end) {
    const std::string_view word(text.data() + tokens[last].start,
                                tokens[last].end - tokens[last].start);
    for (std::string_view possessive : {"'s", "\xE2\x80\x99s"}) {
      if (word.size() > possessive.size() + 1 && word.ends_with(possessive)) {
        span.end -= static_cast<uint32_t>(possessive.size());
        break;
      }
    }
  }
  return span;
}

// The source of the claims of one sentence, or an empty span.
Span FindSource(const SpeechLanguage& cues, const std::string& text,
                const std::vector<SpeechToken>& tokens, SentenceTokens st, uint32_t figure_start) {
  for (size_t i = st.from; i < st.to; ++i) {
    const SpeechPhrase* p = cues.according.Match(tokens, i);
    if (p == nullptr) continue;
    Span s = p->position == CuePosition::kAfter
                 ? SourceBefore(tokens, i, st.from)
                 : SourceAfter(cues, tokens, i + p->words.size(), st.to, figure_start);
    if (s.end <= s.start) continue;
    s = Trimmed(cues, text, tokens, st, s);
    if (p->position == CuePosition::kBeforeVerb) {
      // "wie die Polizei (am Sonntag) mitteilte": a reporting verb must
      // close the clause of the source.
      size_t k = i + p->words.size();
      while (k < st.to && tokens[k].start < s.end) ++k;
      while (k < st.to && tokens[k].word && cues.verbs.Match(tokens, k) == nullptr) ++k;
      if (k >= st.to || !tokens[k].word) continue;
    }
    return s;
  }
  for (size_t i = st.from; i < st.to; ++i) {
    const SpeechPhrase* p = cues.verbs.Match(tokens, i);
    if (p == nullptr) p = cues.source_verbs.Match(tokens, i);
    if (p == nullptr) continue;
    // A verb after the report and a comma or dash comes before its subject
    // (", informó el ayuntamiento", "– podała prokuratura", ", сообщило МВД").
    const bool inverted = i > st.from && !tokens[i - 1].word && tokens[i - 1].folded != "." &&
                          tokens[i].start > figure_start;
    Span s = inverted ? SubjectAfter(cues, tokens, *p, i + p->words.size(), st.to)
                      : SourceBefore(tokens, i, st.from);
    if (s.end <= s.start && !inverted) s = NameInApposition(tokens, i, st.from);
    // No subject before the verb: after it ("sagte der Innenminister, 2000
    // Polizisten", "Про 4 загиблих повідомив голова ОВА").
    // Not after an auxiliary: "was posted at" is a passive, "hat ... erklärt" a
    // perfect whose subject is before.
    if (s.end <= s.start && !inverted &&
        (i == st.from || (cues.auxiliaries.Match(tokens, i - 1) == nullptr &&
                          cues.source_stops.Match(tokens, i - 1) == nullptr))) {
      s = SubjectAfter(cues, tokens, *p, i + p->words.size(), st.to);
      // A subject runs to the clause's end, not into a figure ("said the
      // crowd had peaked at 338,000" has its subject before), and is no
      // addressee before a that-clause ("заявив агентству Reuters, що").
      size_t k = i + p->words.size();
      while (k < st.to && tokens[k].start < s.end) ++k;
      if (k < st.to &&
          (tokens[k].digit || (k + 1 < st.to && cues.thats.Match(tokens, k + 1) != nullptr))) {
        s = {};
      }
    }
    if (s.end > s.start) return Trimmed(cues, text, tokens, st, s);
  }
  return {};
}

bool Has(const SpeechPhrases& list, const std::vector<SpeechToken>& tokens, SentenceTokens st) {
  for (size_t i = st.from; i < st.to; ++i) {
    if (list.Match(tokens, i) != nullptr) return true;
  }
  return false;
}

// A hedge of the sentence: its scope, or false when none.
bool Hedged(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, SentenceTokens st,
            bool& previous) {
  previous = false;
  bool found = false;
  for (size_t i = st.from; i < st.to; ++i) {
    if (const SpeechPhrase* p = cues.hedges.Match(tokens, i)) {
      found = true;
      previous = previous || p->scope == CueScope::kPrevious;
    }
    if (const SpeechPhrase* p = cues.hedge_modals.Match(tokens, i)) {
      for (size_t j = i + p->words.size(); j < st.to; ++j) {
        if (std::find(p->needs.begin(), p->needs.end(), tokens[j].folded) != p->needs.end()) {
          found = true;
        }
      }
    }
  }
  return found;
}

// The byte where a denial starts in the sentence, or UINT32_MAX.
uint32_t DenialStart(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                     SentenceTokens st) {
  for (size_t i = st.from; i < st.to; ++i) {
    if (cues.denials.Match(tokens, i) != nullptr) return tokens[i].start;
  }
  return UINT32_MAX;
}

// Whether a retract_from word ("from", "von", "с") stands right before byte `at`.
bool FromBefore(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                SentenceTokens st, uint32_t at) {
  for (size_t i = st.from; i < st.to && tokens[i].start < at; ++i) {
    const SpeechPhrase* p = cues.retract_from.Match(tokens, i);
    if (p != nullptr && i + p->words.size() < st.to && tokens[i + p->words.size()].start == at) {
      return true;
    }
  }
  return false;
}

}  // namespace

void AttributeClaims(const SpeechLexicon& lexicon, Document& doc) {
  if (doc.claims.empty() || doc.sentences.empty()) return;
  AttributeClaims(lexicon, TokenizeSpeech(doc), doc);
}

void AttributeClaims(const SpeechLexicon& lexicon, const std::vector<SpeechToken>& tokens,
                     Document& doc) {
  if (doc.claims.empty() || doc.sentences.empty()) return;
  std::vector<SentenceTokens> sentences(doc.sentences.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    SentenceTokens& st = sentences[tokens[i].sentence];
    if (st.to == 0) st.from = i;
    st.to = i + 1;
  }
  std::vector<std::vector<size_t>> by_sentence(doc.sentences.size());
  for (size_t c = 0; c < doc.claims.size(); ++c) {
    if (doc.claims[c].sentence < by_sentence.size())
      by_sentence[doc.claims[c].sentence].push_back(c);
  }
  const Claim* last_source = nullptr;  // the last claim with a source
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const SpeechLanguage* cues = lexicon.For(SentenceLanguage(doc, s));
    const SentenceTokens st = sentences[s];
    if (cues == nullptr || st.to == 0) continue;
    const std::vector<size_t>& claims = by_sentence[s];
    bool previous = false;
    const bool hedged = Hedged(*cues, tokens, st, previous);
    if (hedged && claims.empty() && previous && s > 0) {
      for (size_t c : by_sentence[s - 1]) doc.claims[c].hedged = true;
    }
    const bool retraction = Has(cues->retractions, tokens, st);
    if (retraction && claims.empty() && s > 0) {
      for (size_t c : by_sentence[s - 1]) doc.claims[c].retracted = true;
    }
    const uint32_t denial = DenialStart(*cues, tokens, st);
    const bool carry = Has(cues->carries, tokens, st);
    for (size_t c : claims) {
      Claim& claim = doc.claims[c];
      claim.hedged = claim.hedged || hedged;
      claim.negated = claim.negated || claim.figure.start > denial;
      if (retraction && FromBefore(*cues, tokens, st, claim.figure.start)) {
        claim.retracted = true;
        // The withdrawn figure's earlier mentions are withdrawn too.
        for (size_t e = 0; e < c; ++e) {
          Claim& earlier = doc.claims[e];
          if (earlier.kind == claim.kind && earlier.value == claim.value) earlier.retracted = true;
        }
      }
      if (claim.attributed_to.empty()) {
        const Span src = FindSource(*cues, doc.text, tokens, st, claim.figure.start);
        if (src.end > src.start &&
            !(src.start <= claim.figure.start && claim.figure.end <= src.end)) {
          claim.attributed_to = TrimmedText(doc, src.start, src.end);
          // A named person before the body they speak for ("le porte-parole
          // du SPVM, Daniel Lacoursière"): the person is the source.
          for (EntityType type : {EntityType::kPerson, EntityType::kOrganization,
                                  EntityType::kOther, EntityType::kPlace}) {
            if (const Entity* e = EntityInside(doc, src.start, src.end, type)) {
              claim.attributed_entity = e->name;
              break;
            }
          }
        } else if (carry && last_source != nullptr) {
          // "Demnach", "по тем же данным": the source of the sentence before.
          claim.attributed_to = last_source->attributed_to;
          claim.attributed_entity = last_source->attributed_entity;
        }
      }
    }
    for (size_t c : claims) {
      if (!doc.claims[c].attributed_to.empty()) last_source = &doc.claims[c];
    }
  }
}

}  // namespace parallax::annotate
