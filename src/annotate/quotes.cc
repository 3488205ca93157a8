// Direct quotes and indirect speech with their speakers (quotes.h).
#include "annotate/quotes.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

namespace parallax::annotate {
namespace {

// The words a speaker clause may hold: "the city's chief medical officer
// Anna Nauer" is 8. Longer clauses are not a speaker but a sentence.
constexpr size_t kMaxSpeakerTokens = 10;
// How far a reporting verb may stand from the quote it introduces
// ("„...“, sagte am Abend der Sprecher" has the verb first; "..., the
// regional governor's spokesman told reporters" has it fifth).
constexpr size_t kMaxVerbDistance = 6;

bool IsQuoteMark(const SpeechToken& t) {
  static constexpr std::string_view kMarks[] = {
      "\"",       "'",        "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E",
      "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9A", "\xE2\x80\x98", "\xE2\x80\x99"};
  return !t.word && std::find(std::begin(kMarks), std::end(kMarks), t.folded) != std::end(kMarks);
}

// Punctuation that ends a speaker clause.
bool EndsClause(const SpeechToken& t) {
  if (t.word) return false;
  return t.folded == "." || t.folded == "!" || t.folded == "?" || t.folded == ";" ||
         t.folded == ":" || t.folded == "(" || t.folded == ")" || IsQuoteMark(t);
}

bool IsDash(const SpeechToken& t) {
  return t.folded == "," || t.folded == "-" || t.folded == "\xE2\x80\x94" ||
         t.folded == "\xE2\x80\x93";
}

// The first token at or after byte `at`.
size_t TokenAt(const std::vector<SpeechToken>& tokens, uint32_t at) {
  return std::lower_bound(tokens.begin(), tokens.end(), at,
                          [](const SpeechToken& t, uint32_t v) { return t.start < v; }) -
         tokens.begin();
}

// A reporting verb at tokens[i]; its token count, or 0.
size_t VerbAt(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t i) {
  const SpeechPhrase* p = cues.verbs.Match(tokens, i);
  return p ? p->words.size() : 0;
}

Span SpanOf(const std::vector<SpeechToken>& tokens, size_t from, size_t to) {
  if (from >= to) return {};
  return {tokens[from].start, tokens[to - 1].end};
}

// The speaker words after a verb at tokens[from]: up to the clause's end or
// a comma not followed by a capitalised word (an appositive name goes on:
// "said the spokesman, Jan Kowal").
Span SpeakerAfterVerb(const std::vector<SpeechToken>& tokens, size_t from, size_t limit) {
  size_t to = from;
  while (to < limit && to - from < kMaxSpeakerTokens && !EndsClause(tokens[to])) {
    if (tokens[to].folded == ",") {
      if (to + 1 >= limit || !tokens[to + 1].capital) break;
    }
    ++to;
  }
  return SpanOf(tokens, from, to);
}

// The speaker in the words right after a quote: ", sagte X", "X said",
// "— заявил X". Sets `clause_end` to the token after the speaker clause.
Span SpeakerAfter(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t i,
                  uint32_t sentence_limit, size_t& clause_end) {
  clause_end = i;
  while (i < tokens.size() && IsDash(tokens[i]) && tokens[i].start < sentence_limit) ++i;
  size_t limit = i;
  while (limit < tokens.size() && tokens[limit].start < sentence_limit &&
         !EndsClause(tokens[limit]) && limit - i < kMaxSpeakerTokens + kMaxVerbDistance) {
    ++limit;
  }
  for (size_t v = i; v < limit && v - i <= kMaxVerbDistance; ++v) {
    if (tokens[v].folded == ",") break;
    const size_t n = VerbAt(cues, tokens, v);
    if (n == 0) continue;
    Span s = v > i ? SpanOf(tokens, i, v) : SpeakerAfterVerb(tokens, v + n, limit);
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
    // the plan "reckless""): a verb must stand right before it.
    if (open < 2 || VerbAt(cues, tokens, open - 1) == 0) return {};
  }
  for (size_t v = open; v-- > from;) {
    const size_t n = VerbAt(cues, tokens, v);
    if (n == 0) continue;
    size_t head = v;
    while (head > from && tokens[head - 1].folded != ",") --head;
    const Span before = SpanOf(tokens, head, v);
    size_t tail = v + n;
    while (tail < open && !EndsClause(tokens[tail]) && tokens[tail].folded != ",") ++tail;
    const Span after = SpanOf(tokens, v + n, tail);
    const bool after_names = after.end > after.start &&
                             (EntityInside(doc, after.start, after.end, EntityType::kPerson) ||
                              cues.roles.Match(tokens, v + n) != nullptr);
    if (after_names || before.end <= before.start) return after;
    return before;
  }
  return {};
}

uint32_t ParagraphEnd(const Document& doc, uint32_t sentence) {
  const uint32_t p = doc.sentences[sentence].paragraph;
  return p < doc.paragraphs.size() ? doc.paragraphs[p].span.end : doc.sentences[sentence].span.end;
}

void SetSpeaker(const Document& doc, Span s, Quote& q) {
  q.speaker_span = s;
  q.speaker = s.end > s.start ? TrimmedText(doc, s.start, s.end) : "";
}

// Indirect speech in one sentence: a verb, at most three words, a that-word.
void FindIndirect(const SpeechLanguage& cues, const Document& doc,
                  const std::vector<SpeechToken>& tokens, size_t from, size_t to,
                  const std::vector<Span>& direct, std::vector<Quote>& out) {
  for (size_t v = from; v < to; ++v) {
    const size_t n = VerbAt(cues, tokens, v);
    if (n == 0) continue;
    size_t t = v + n;
    while (t < to && t - (v + n) <= 3 && !cues.thats.Match(tokens, t) && !EndsClause(tokens[t])) {
      ++t;
    }
    const SpeechPhrase* that = t < to ? cues.thats.Match(tokens, t) : nullptr;
    if (that == nullptr) continue;
    size_t end = to;
    while (end > t && !tokens[end - 1].word) --end;
    const Span clause = SpanOf(tokens, t + that->words.size(), end);
    // `direct` is in text order and its spans do not overlap: the one that
    // may overlap the clause is the last starting before the clause's end.
    const auto after = std::lower_bound(direct.begin(), direct.end(), clause.end,
                                        [](const Span& d, uint32_t at) { return d.start < at; });
    const bool in_direct = after != direct.begin() && std::prev(after)->end > clause.start;
    if (clause.end <= clause.start || in_direct) continue;
    size_t head = v;
    while (head > from && !EndsClause(tokens[head - 1]) && tokens[head - 1].folded != "," &&
           v - head < kMaxSpeakerTokens) {
      --head;
    }
    Quote q;
    q.direct = false;
    q.span = clause;
    q.sentence = q.sentence_end = tokens[v].sentence;
    SetSpeaker(doc, SpanOf(tokens, head, v), q);
    out.push_back(std::move(q));
    v = t;
  }
}

}  // namespace

void FindQuotes(const SpeechLexicon& lexicon, Document& doc) {
  doc.quotes.clear();
  if (doc.sentences.empty()) return;
  const std::vector<SpeechToken> tokens = TokenizeSpeech(doc);
  static const SpeechLanguage kNone;
  std::vector<Quote> found;
  std::vector<Span> direct;
  for (const Paragraph& para : doc.paragraphs) {
    size_t prev_clause_end = 0;  // token after the last quote's speaker clause
    bool prev_had_speaker = false;
    Span prev_speaker;
    for (const QuoteMarks& m : ScanQuoteMarks(doc.text, para.span.start, para.span.end)) {
      const size_t open = TokenAt(tokens, m.open);
      const size_t after = TokenAt(tokens, m.close_end);
      if (open >= tokens.size() || TokenAt(tokens, m.start) >= TokenAt(tokens, m.end)) continue;
      Quote q;
      q.span = {m.start, m.end};
      q.sentence = tokens[open].sentence;
      q.sentence_end = after > 0 ? tokens[after - 1].sentence : q.sentence;
      const SpeechLanguage* cues = lexicon.For(SentenceLanguage(doc, q.sentence));
      if (cues == nullptr) cues = &kNone;
      size_t clause_end = after;
      const uint32_t limit = ParagraphEnd(doc, q.sentence_end);
      Span s = SpeakerAfter(*cues, tokens, after, limit, clause_end);
      if (s.end <= s.start) {
        const uint32_t floor = doc.sentences[q.sentence].span.start;
        s = SpeakerBefore(*cues, doc, tokens, open, floor);
      }
      // The second part of a quote split by its speaker: „...“, sagte X, „...“.
      if (s.end <= s.start && prev_had_speaker && prev_clause_end <= open &&
          std::all_of(tokens.begin() + prev_clause_end, tokens.begin() + open,
                      [](const SpeechToken& t) { return !t.word; })) {
        s = prev_speaker;
      }
      SetSpeaker(doc, s, q);
      prev_had_speaker = s.end > s.start;
      prev_speaker = s;
      prev_clause_end = clause_end;
      // Scare quotes and titles („Terroristen“) are no speech: a quote with
      // no speaker needs four words.
      size_t words = 0;
      for (size_t k = TokenAt(tokens, m.start); k < tokens.size() && tokens[k].start < m.end; ++k) {
        words += tokens[k].word;
      }
      if (!prev_had_speaker && words < 4) continue;
      direct.push_back(q.span);
      found.push_back(std::move(q));
    }
  }
  // Indirect speech, sentence by sentence.
  for (size_t from = 0; from < tokens.size();) {
    size_t to = from;
    while (to < tokens.size() && tokens[to].sentence == tokens[from].sentence) ++to;
    const SpeechLanguage* cues = lexicon.For(SentenceLanguage(doc, tokens[from].sentence));
    if (cues != nullptr) FindIndirect(*cues, doc, tokens, from, to, direct, found);
    from = to;
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Quote& a, const Quote& b) { return a.span.start < b.span.start; });
  std::string last_speaker;
  const std::vector<RoleMention> roles =
      found.empty() ? std::vector<RoleMention>() : FindRoleMentions(lexicon, doc, tokens);
  for (Quote& q : found) {
    const SpeechLanguage* cues = lexicon.For(SentenceLanguage(doc, q.sentence));
    if (cues != nullptr && q.speaker_span.end > q.speaker_span.start) {
      ResolveSpeaker(*cues, doc, tokens, roles, last_speaker, q);
    }
    if (!q.speaker_entity.empty()) last_speaker = q.speaker_entity;
  }
  doc.quotes = std::move(found);
}

}  // namespace parallax::annotate
