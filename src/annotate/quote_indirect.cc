// Indirect speech (quote_detail.h, FindIndirect): reported clauses after a
// reporting verb and a that-word, and before a closing "..., X said".
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/quote_detail.h"

namespace parallax::annotate::quote_detail {
namespace {

// Whether byte range `clause` overlaps a direct quote. `direct` is in text
// order and its spans do not overlap: the one that may overlap the clause
// is the last starting before the clause's end.
bool InDirect(const std::vector<Span>& direct, Span clause) {
  const auto after = std::lower_bound(direct.begin(), direct.end(), clause.end,
                                      [](const Span& d, uint32_t at) { return d.start < at; });
  return after != direct.begin() && std::prev(after)->end > clause.start;
}

// An elided that-word at the front of token `t` ("qu'elle"): the byte
// after its apostrophe, or 0.
uint32_t ElidedThatEnd(const SpeechLanguage& cues, const Document& doc, const SpeechToken& t) {
  for (const std::string& p : cues.that_prefixes) {
    if (!t.folded.starts_with(p) || t.folded.size() == p.size()) continue;
    const std::string_view word(doc.text.data() + t.start, t.end - t.start);
    const size_t ascii = word.find('\'');
    const size_t curly = word.find("\xE2\x80\x99");
    if (ascii != std::string_view::npos && (curly == std::string_view::npos || ascii < curly)) {
      return t.start + static_cast<uint32_t>(ascii) + 1;
    }
    if (curly != std::string_view::npos) return t.start + static_cast<uint32_t>(curly) + 3;
  }
  return 0;
}

// Whether the verb at tokens[v] follows a quote ("„...“, sagte X"): then
// a comma after its speaker opens an appositive, not reported speech.
bool AfterQuote(const std::vector<SpeechToken>& tokens, size_t from, size_t v) {
  if (v > from && IsQuoteMark(tokens[v - 1])) return true;
  return v > from + 1 && IsDash(tokens[v - 1]) && IsQuoteMark(tokens[v - 2]);
}

Quote IndirectQuote(const Document& doc, const std::vector<SpeechToken>& tokens, size_t v,
                    Span clause, Span speaker) {
  Quote q;
  q.direct = false;
  q.span = clause;
  q.sentence = q.sentence_end = tokens[v].sentence;
  SetSpeaker(doc, speaker, q);
  return q;
}

// Reported speech before its speaker, the sentence ending with the verb
// and its subject: "The toll will rise, the mayor said.", "..., a indiqué
// la protection civile.", "..., X, who led the search, told reporters.".
// The subject is the nearest comma segment before the verb that names an
// entity, else the nearest; or, when none stands there, the words after
// the verb.
bool ClauseBeforeVerb(const SpeechLanguage& cues, const Document& doc,
                      const std::vector<SpeechToken>& tokens, size_t from, size_t to,
                      const std::vector<Span>& direct, std::vector<Quote>& out) {
  size_t last = to;
  while (last > from && !tokens[last - 1].word) --last;
  for (size_t v = last; v-- > from;) {
    const size_t n = VerbAt(cues, tokens, v);
    if (n == 0) continue;
    size_t comma = from;  // the comma that ends the reported clause
    Span speaker = SubjectBefore(doc, tokens, from, v, comma);
    const bool inverted = v > from && tokens[v - 1].folded == ",";
    if (inverted && (!NamesSomeone(doc, speaker) || comma <= from)) {
      // "..., a indiqué la protection civile.": the subject follows.
      speaker = SpeakerAfterVerb(tokens, v + n, last);
      if (v + n == last) {
        speaker = PronounInVerb(cues, tokens, v, n);  // "..., a-t-il déclaré."
      } else if (speaker.end < tokens[last - 1].end) {
        return false;
      }
      comma = v - 1;
    } else {
      // Only a few words may follow the verb ("told reporters on Sunday").
      if (comma <= from || last - (v + n) > 4) return false;
      for (size_t k = v + n; k < last; ++k) {
        if (!tokens[k].word) return false;
      }
    }
    if (speaker.end <= speaker.start) return false;
    size_t end = comma;
    while (end > from && !tokens[end - 1].word) --end;
    size_t words = 0;
    for (size_t k = from; k < end; ++k) words += tokens[k].word;
    if (words < 4) return false;
    const Span clause = SpanOf(tokens, from, end);
    if (InDirect(direct, clause)) return false;
    out.push_back(IndirectQuote(doc, tokens, v, clause, speaker));
    return true;
  }
  return false;
}

}  // namespace

// Indirect speech in one sentence: a verb, at most four words, a that-word
// (or an elided one, "qu'elle"); else a clause before a final "X said".
void FindIndirect(const SpeechLanguage& cues, const Document& doc,
                  const std::vector<SpeechToken>& tokens, size_t from, size_t to,
                  const std::vector<Span>& direct, std::vector<Quote>& out) {
  bool found = false;
  for (size_t v = from; v < to; ++v) {
    const size_t n = VerbAt(cues, tokens, v);
    if (n == 0) continue;
    size_t t = v + n;
    uint32_t elided = 0;
    while (t < to && t - (v + n) <= 3 && !cues.thats.Match(tokens, t) && !EndsClause(tokens[t]) &&
           (elided = ElidedThatEnd(cues, doc, tokens[t])) == 0) {
      ++t;
    }
    const SpeechPhrase* that = t < to ? cues.thats.Match(tokens, t) : nullptr;
    if (that == nullptr && elided == 0) continue;
    // A that-word that is only punctuation ("sagte, die Zahl sei") must not
    // be the comma of an appositive after a quote's speaker.
    if (that != nullptr && !tokens[t].word && AfterQuote(tokens, from, v)) {
      continue;
    }
    size_t end = to;
    while (end > t && !tokens[end - 1].word) --end;
    Span clause = that != nullptr ? SpanOf(tokens, t + that->words.size(), end)
                                  : Span{elided, end > t ? tokens[end - 1].end : 0};
    if (clause.end <= clause.start || InDirect(direct, clause)) continue;
    size_t comma = from;
    Span speaker = SubjectBefore(doc, tokens, from, v, comma);
    // Inverted: "sagte der Sprecher, dass", "заявил глава МВД, что", also
    // after an adverb ("Dazu erklärte der Sprecher,") when those words name
    // someone or a role.
    size_t inv_end = t;
    while (inv_end > v + n && !tokens[inv_end - 1].word) --inv_end;
    const Span inverted = SpanOf(tokens, v + n, inv_end);
    bool inverted_names = NamesSomeone(doc, inverted);
    for (size_t k = v + n; k < inv_end && k < v + n + 2; ++k) {
      inverted_names = inverted_names || cues.roles.Match(tokens, k) != nullptr;
    }
    if (speaker.end <= speaker.start || (inverted_names && !NamesSomeone(doc, speaker))) {
      speaker = inverted;
    }
    out.push_back(IndirectQuote(doc, tokens, v, clause, speaker));
    found = true;
    v = t;
  }
  if (!found) ClauseBeforeVerb(cues, doc, tokens, from, to, direct, out);
}

Span SpeakerOfReported(const SpeechLanguage& cues, const Document& doc,
                       const std::vector<SpeechToken>& tokens, size_t from, size_t to,
                       size_t open) {
  if (open <= from || open >= to) return {};
  // "According to X, ... "..."": the marker opens the sentence's words
  // before the quote, which is set off by a comma or a colon.
  const std::string& before = tokens[open - 1].folded;
  if (before == "," || before == ":") {
    for (size_t k = from; k + 1 < open; ++k) {
      const SpeechPhrase* p = cues.according.Match(tokens, k);
      if (p == nullptr || p->position != CuePosition::kBefore) continue;
      size_t a = k + p->words.size();
      size_t e = a;
      while (e < open && !EndsClause(tokens[e]) && tokens[e].folded != "," &&
             e - a < kMaxSpeakerTokens) {
        ++e;
      }
      if (e > a) return SpanOf(tokens, a, e);
    }
  }
  // Reported speech that holds the quote.
  std::vector<Quote> reported;
  FindIndirect(cues, doc, tokens, from, to, {}, reported);
  for (const Quote& q : reported) {
    if (q.span.start <= tokens[open].start && tokens[open].start < q.span.end &&
        q.speaker_span.end > q.speaker_span.start) {
      return q.speaker_span;
    }
  }
  return {};
}

}  // namespace parallax::annotate::quote_detail
