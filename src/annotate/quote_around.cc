// The speaker words around a direct quote (quote_detail.h): after it
// ("..., sagte X", "X said"), before it ("X said:", "Dazu sagte X:", "Su
// mensaje fue claro:"), inside it ("« ..., dit X, ... »") and the subject
// that opens its sentence ("X called the plan "...""), and the persons a
// paragraph or a sentence names for a quote that follows them.
#include <algorithm>
#include <string>
#include <vector>

#include "annotate/quote_detail.h"

namespace parallax::annotate::quote_detail {
namespace {

// How far a reporting verb may stand from the quote it introduces
// ("„...“, sagte am Abend der Sprecher" has the verb first; "..., the
// regional governor's spokesman told reporters" has it fifth).
constexpr size_t kMaxVerbDistance = 6;
// How many words an appositive set off by commas between a quote's speaker
// and its verb may hold ("one resident, Tom Hale, told"; "Jane Porter, who
// runs the clinic, told").
constexpr size_t kAppositiveReach = 8;

// The speaker of a clause with no reporting verb before a colon and a
// quote (tokens[from, end)): the person it names ("Einsatzleiter Markus
// Hahn zog am Abend eine Bilanz:"); else, when a speech noun stands there
// ("message", "Mitteilung", "слова"), the organisation it names, else the
// noun itself, which ResolveSpeaker reads as a pronoun ("Her message was
// simple:", "Su mensaje fue claro:"). Empty when none.
Span SpeakerOfNoun(const SpeechLanguage& cues, const Document& doc,
                   const std::vector<SpeechToken>& tokens, size_t from, size_t end) {
  if (end <= from) return {};
  const Span clause = SpanOf(tokens, from, end);
  for (EntityType type : {EntityType::kPerson, EntityType::kOrganization}) {
    const Entity* e = EntityInside(doc, clause.start, clause.end, type);
    if (e == nullptr) continue;
    if (type == EntityType::kOrganization && cues.speech_nouns.empty()) break;
    bool noun = type == EntityType::kPerson;
    for (size_t k = from; k < end && !noun; ++k)
      noun = cues.speech_nouns.Match(tokens, k) != nullptr;
    if (!noun) break;
    Span last;
    for (const EntityMention& m : e->mentions) {
      if (m.span.start >= clause.start && m.span.end <= clause.end) last = m.span;
    }
    return last;
  }
  for (size_t k = from; k < end; ++k) {
    if (const SpeechPhrase* p = cues.speech_nouns.Match(tokens, k)) {
      return SpanOf(tokens, k, k + p->words.size());
    }
  }
  return {};
}

}  // namespace

// The speaker in the words right after a quote: ", sagte X", "X said",
// "— заявил X". Sets `clause_end` to the token after the speaker clause.
Span SpeakerAfter(const SpeechLanguage& cues, const Document& doc,
                  const std::vector<SpeechToken>& tokens, size_t i, uint32_t sentence_limit,
                  size_t& clause_end) {
  clause_end = i;
  // Whether the quote ends its sentence ("... perdre. »"): the words after
  // it open another, where an appositive is no speaker's.
  const bool ended =
      i >= 2 && IsQuoteMark(tokens[i - 1]) &&
      (tokens[i - 2].folded == "." || tokens[i - 2].folded == "!" || tokens[i - 2].folded == "?");
  while (i < tokens.size() && IsDash(tokens[i]) && tokens[i].start < sentence_limit) ++i;
  size_t limit = i;
  while (limit < tokens.size() && tokens[limit].start < sentence_limit &&
         limit - i < kMaxLongSpeakerTokens + kMaxVerbDistance) {
    // "— рассказала «Интерфаксу» жительница": a quoted name goes on.
    const size_t quoted = QuotedNameEnd(tokens, limit, tokens.size());
    if (quoted > limit && tokens[quoted - 1].start < sentence_limit) {
      limit = quoted;
      continue;
    }
    if (EndsClause(tokens[limit])) break;
    ++limit;
  }
  // "„...“, according to Anna Berg": a source marker right after the quote.
  if (const SpeechPhrase* p = i < limit ? cues.according.Match(tokens, i) : nullptr;
      p != nullptr && p->position == CuePosition::kBefore) {
    const Span s = SpeakerAfterVerb(cues, tokens, i + p->words.size(), limit);
    if (s.end > s.start) {
      clause_end = TokenAt(tokens, s.end);
      return s;
    }
  }
  size_t skipped = 0;   // tokens of an appositive set off by commas
  size_t name_end = 0;  // the comma before an age set off by commas, or 0
  for (size_t v = i; v < limit && v - i <= kMaxVerbDistance + skipped; ++v) {
    if (tokens[v].folded == ",") {
      // "the mayor, Jane Porter, said": an appositive set off by commas
      // before the verb goes with the speaker.
      size_t c = v + 1;
      while (c < limit && c - v <= kAppositiveReach && tokens[c].word) ++c;
      if (ended || v == i || c == v + 1 || c + 1 >= limit || tokens[c].folded != "," ||
          VerbAt(cues, tokens, c + 1) == 0) {
        break;
      }
      // "Reed, 45, said": an age is no part of the speaker.
      if (c - v <= 4 && tokens[v + 1].digit) name_end = v;
      skipped += c - v;
      v = c;
      continue;
    }
    const size_t n = VerbAt(cues, tokens, v);
    if (n == 0) continue;
    // "«...» В МЧС заверили, что ...": after a quote that ends its sentence,
    // a verb with a that-word opens reported speech of its own.
    if (ended && v > i && v + n < limit &&
        (cues.thats.Match(tokens, v + n) != nullptr ||
         (tokens[v + n].folded == "," && v + n + 1 < limit &&
          cues.thats.Match(tokens, v + n + 1) != nullptr))) {
      return {};
    }
    Span s = v > i ? SpanOf(tokens, i, name_end > i ? name_end : v)
                   : SpeakerAfterVerb(cues, tokens, v + n, limit);
    // "„...“ Das sagte Thomas Weber am Montag.": one word before the verb
    // that names no one, and a person after it.
    if (v == i + 1 && !NamesSomeone(doc, s) && cues.pronouns.Match(tokens, i) == nullptr) {
      const Span after = SpeakerAfterVerb(cues, tokens, v + n, limit);
      if (after.end > after.start &&
          EntityInside(doc, after.start, after.end, EntityType::kPerson) != nullptr) {
        s = after;
      }
    }
    const std::vector<std::string>& particle = cues.verbs.Match(tokens, v)->particle;
    if (v == i && !particle.empty() && s.end > s.start) {
      // "räumte Landrat Peter Vogt ein": the particle is no part of the speaker.
      const size_t last = TokenAt(tokens, s.end);
      if (last >= v + n + particle.size() + 1) s = SpanOf(tokens, v + n, last - particle.size());
    }
    if (s.end <= s.start) s = PronounInVerb(cues, tokens, v, n);
    // A verb alone after a quote ("– przyznała."): its subject is left out,
    // as pro-drop languages do; the verb stands for it (ResolveSpeaker).
    if (s.end <= s.start && v == i && (v + n >= limit || EndsClause(tokens[v + n]))) {
      s = SpanOf(tokens, v, v + n);
    }
    if (s.end > s.start) {
      clause_end = std::max<size_t>(v + n, TokenAt(tokens, s.end));
      return s;
    }
  }
  return {};
}

// The speaker in the clause before a quote: "X said:", "Dazu sagte X:".
Span SpeakerBefore(const SpeechLanguage& cues, const Document& doc,
                   const std::vector<SpeechToken>& tokens, size_t open, uint32_t floor) {
  size_t from = open;
  while (from > 0 && tokens[from - 1].start >= floor && !EndsClause(tokens[from - 1]) &&
         open - from < kMaxSpeakerTokens + kMaxVerbDistance) {
    --from;
  }
  if (open > 0 && tokens[open - 1].folded == ":") {
    from = open - 1;
    while (from > 0 && tokens[from - 1].start >= floor && !EndsClause(tokens[from - 1]) &&
           open - from < kMaxSpeakerTokens + kMaxVerbDistance) {
      --from;
    }
  } else if (open == 0 || (tokens[open - 1].folded != "," && !IsDash(tokens[open - 1]))) {
    // Without ':' or ',' before it, a quote is part of its sentence ("called
    // the plan "reckless""): a verb must stand right before it, or a verb
    // and a that-word ("estimait que « ... »").
    const bool verb_before = open >= 2 && VerbAt(cues, tokens, open - 1) != 0;
    const bool that_before = open >= 3 && cues.thats.Match(tokens, open - 1) != nullptr &&
                             VerbAt(cues, tokens, open - 2) != 0;
    if (!verb_before && !that_before) return {};
  }
  for (size_t v = open; v-- > from;) {
    if (VerbAt(cues, tokens, v) == 0) continue;
    v = VerbStart(cues, tokens, from, v);  // "a indiqué", not "indiqué"
    const size_t n = VerbAt(cues, tokens, v);
    // The subject before the verb, also when set off by a comma ("Didier
    // Lemoine, estimait que").
    size_t comma = from;
    const Span before = SubjectBefore(cues, doc, tokens, from, v, comma);
    size_t tail = v + n;
    while (tail < open && !EndsClause(tokens[tail]) && tokens[tail].folded != "," &&
           cues.thats.Match(tokens, tail) == nullptr) {
      ++tail;
    }
    const Span after = SpanOf(tokens, v + n, tail);
    const bool after_names = after.end > after.start &&
                             (EntityInside(doc, after.start, after.end, EntityType::kPerson) ||
                              cues.roles.Match(tokens, v + n) != nullptr);
    // "Racconta: «...»", "Dodaje: „...”": a verb that opens its sentence
    // with no subject before a colon, as pro-drop languages write it; the
    // verb stands for the speaker (ResolveSpeaker reads it as a pronoun).
    if (before.end <= before.start && after.end <= after.start && tail < open &&
        tokens[tail].folded == ":" && (v == 0 || tokens[v - 1].sentence != tokens[v].sentence)) {
      return SpanOf(tokens, v, v + n);
    }
    if (after_names || before.end <= before.start) return after;
    return before;
  }
  // "Einsatzleiter Markus Hahn zog eine Bilanz:", "Su mensaje fue claro:".
  if (open > 0 && tokens[open - 1].folded == ":")
    return SpeakerOfNoun(cues, doc, tokens, from, open - 1);
  return {};
}

// A speaker set inside the quote between commas or dashes ("« Nous
// attendons, dit Jean Martin, mais ... »", "«..., — рассказал Иван Петров,
// — ...»"): a verb right after the punctuation and a capitalised name, a
// role or words that a name closes ("говорит водолаз Андрей Кольцов"), or a
// pronoun, after it.
Span SpeakerInside(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t from,
                   size_t to) {
  for (size_t v = from + 1; v < to; ++v) {
    if (!IsDash(tokens[v - 1])) continue;
    const size_t n = VerbAt(cues, tokens, v);
    if (n == 0) continue;
    Span s = SpeakerAfterVerb(cues, tokens, v + n, to);
    // A name or a role after the verb ("— говорит водолаз Андрей Кольцов, —").
    if (s.end > s.start && !tokens[v + n].capital && cues.roles.Match(tokens, v + n) == nullptr &&
        !tokens[TokenAt(tokens, s.end) - 1].capital) {
      s = {};
    }
    if (s.end <= s.start) s = PronounInVerb(cues, tokens, v, n);
    if (s.end > s.start) return s;
  }
  return {};
}

// How many words before its name a sentence's subject may hold ("Health
// Minister John Reed").
constexpr size_t kSubjectLead = 2;

// The subject that opens the sentence at tokens[from] of a quote inside it
// (tokens[open]): a person named in its first words ("Health Minister John
// Reed called the attack "..."") or a pronoun ("She called it "...""), the
// quote standing later in the sentence. Empty when none.
Span SubjectOpeningSentence(const SpeechLanguage& cues, const Document& doc,
                            const std::vector<SpeechToken>& tokens, size_t from, size_t open) {
  if (open <= from + 2) return {};
  if (cues.pronouns.Match(tokens, from) != nullptr && tokens[from].capital) {
    return SpanOf(tokens, from, from + 1);
  }
  const size_t last = std::min(from + kSubjectLead + 1, open);
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPerson) continue;
    for (const EntityMention& m : e.mentions) {
      const size_t k = TokenAt(tokens, m.span.start);
      if (k >= from && k < last && tokens[k].start == m.span.start &&
          m.span.end <= tokens[open].start) {
        for (size_t j = from; j < k; ++j) {
          if (!tokens[j].word || !tokens[j].capital) return {};
        }
        return m.span;
      }
    }
  }
  return {};
}

// The last mention of a person inside `within`; empty when none.
Span LastPersonIn(const Document& doc, Span within) {
  Span best;
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPerson) continue;
    for (const EntityMention& m : e.mentions) {
      if (m.span.start >= within.start && m.span.end <= within.end && m.span.end > best.end) {
        best = m.span;
      }
    }
  }
  return best;
}

}  // namespace parallax::annotate::quote_detail
