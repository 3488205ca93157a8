// Attribution, hedging, denial and retraction of claims (attribution.h).
#include "annotate/attribution.h"

#include <algorithm>
#include <string>
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
    if (EndsSource(tokens[j]) || tokens[j].digit || cues.verbs.Match(tokens, j) != nullptr) break;
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
  if (j == i) return {};
  return {tokens[i].start, tokens[j - 1].end};
}

// The subject after an inverted reporting verb ending at token `i`: the
// words up to the clause's end ("..., сообщило МВД республики."), empty
// when longer than a noun phrase.
Span SubjectAfter(const std::vector<SpeechToken>& tokens, size_t i, size_t to) {
  size_t j = i;
  size_t brackets = 0;
  while (j < to && j - i <= kMaxSourceTokens + brackets) {
    if (j > i && BracketAt(tokens, j, to)) {
      j += 3;
      brackets += 3;
      continue;
    }
    if (EndsSource(tokens[j]) || tokens[j].digit) break;
    ++j;
  }
  if (j == i || j - i > kMaxSourceTokens + brackets) return {};
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

// The source of the claims of one sentence, or an empty span.
Span FindSource(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                SentenceTokens st, uint32_t figure_start) {
  for (size_t i = st.from; i < st.to; ++i) {
    const SpeechPhrase* p = cues.according.Match(tokens, i);
    if (p == nullptr) continue;
    const Span s = p->position == CuePosition::kAfter
                       ? SourceBefore(tokens, i, st.from)
                       : SourceAfter(cues, tokens, i + p->words.size(), st.to, figure_start);
    if (s.end <= s.start) continue;
    if (p->position == CuePosition::kBeforeVerb) {
      // "wie die Polizei mitteilte": a reporting verb must end the source.
      size_t k = i + p->words.size();
      while (k < st.to && tokens[k].start < s.end) ++k;
      if (k >= st.to || cues.verbs.Match(tokens, k) == nullptr) continue;
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
    const Span s = inverted ? SubjectAfter(tokens, i + p->words.size(), st.to)
                            : SourceBefore(tokens, i, st.from);
    if (s.end > s.start) return s;
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
        const Span src = FindSource(*cues, tokens, st, claim.figure.start);
        if (src.end > src.start &&
            !(src.start <= claim.figure.start && claim.figure.end <= src.end)) {
          claim.attributed_to = TrimmedText(doc, src.start, src.end);
          for (EntityType type : {EntityType::kOrganization, EntityType::kPerson,
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
