// The words of a source around its reporting verb: the subject after an
// inverted verb and a source trimmed of prepositions and stop words
// (attribution_detail.h).
#include <string>
#include <string_view>
#include <vector>

#include "annotate/attribution_detail.h"
#include "annotate/quote_detail.h"

namespace parallax::annotate::attribution_detail {

bool EndsSource(const SpeechToken& t) {
  return !t.word && t.folded != "-" && t.folded != "." && t.folded != "'";
}

// Whether tokens[k...] is a bracketed name ("(OMS)").
bool BracketAt(const std::vector<SpeechToken>& tokens, size_t k, size_t to) {
  return k + 2 < to && tokens[k].folded == "(" && tokens[k + 1].word && tokens[k + 1].capital &&
         tokens[k + 2].folded == ")";
}

size_t SkipStops(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t i,
                 size_t to, uint32_t limit) {
  while (i < to && tokens[i].start < limit) {
    const SpeechPhrase* stop = cues.source_stops.Match(tokens, i);
    if (stop == nullptr) break;
    i += stop->words.size();
  }
  return i;
}

// The subject after an inverted reporting verb ending at token `i`: the
// words up to the clause's end ("..., сообщило МВД республики."), empty
// when longer than a noun phrase.
Span SubjectAfter(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                  const SpeechPhrase& verb, size_t i, size_t to) {
  // "a annoncé mercredi la Protection civile", "сообщил в субботу вечером
  // Следственный комитет": the time words before the subject.
  i = SkipStops(cues, tokens, i, to);
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

Span SubjectAfterObject(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                        const SpeechPhrase& verb, size_t i, size_t to) {
  const Span s = SubjectAfter(cues, tokens, verb, i, to);
  uint32_t end = 0;
  for (size_t k = i; k < to && tokens[k].start < s.end; ++k) {
    if (tokens[k].word && tokens[k].capital) end = tokens[k].end;
  }
  if (end == 0) return {};
  return {s.start, end};
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
  // "Początkowo władze", "в МЧС", "a ONZ": an adverb, a preposition or a
  // conjunction (an auxiliary row) in front, one after the other.
  for (const SpeechPhrases* front : {&cues.auxiliaries, &cues.source_stops, &cues.source_preps}) {
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
    for (std::string_view possessive : cues.possessives) {
      if (word.size() > possessive.size() + 1 && word.ends_with(possessive)) {
        span.end -= static_cast<uint32_t>(possessive.size());
        break;
      }
    }
  }
  return span;
}

// The end of a short name in quotation marks opening at token k
// ("«Медуза»": capitalised first word, words only), or k when none.
size_t QuotedNameAt(const std::vector<SpeechToken>& tokens, size_t k, size_t to) {
  constexpr size_t kMaxQuotedWords = 4;
  if (k + 2 >= to || !quote_detail::IsQuoteMark(tokens[k]) || !tokens[k + 1].capital) return k;
  size_t c = k + 1;
  while (c < to && c - k <= kMaxQuotedWords && tokens[c].word) ++c;
  if (c == k + 1 || c >= to || !quote_detail::IsQuoteMark(tokens[c])) return k;
  return c + 1;
}

// The index of the opening mark of a short name in quotation marks that
// ends at token k-1 ("«Укрзалізниці»", "„Tagesspiegel“": capitalised
// first word, words only), or k when none.
size_t QuotedNameBefore(const std::vector<SpeechToken>& tokens, size_t k, size_t from) {
  constexpr size_t kMaxQuotedWords = 4;
  if (k < from + 3 || !quote_detail::IsQuoteMark(tokens[k - 1])) return k;
  size_t o = k - 1;
  while (o > from && k - 1 - o <= kMaxQuotedWords && tokens[o - 1].word) --o;
  if (o == k - 1 || o <= from || !quote_detail::IsQuoteMark(tokens[o - 1]) || !tokens[o].capital) {
    return k;
  }
  return o - 1;
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

// The number of according-to markers in the sentence.
size_t CountMarkers(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                    SentenceTokens st) {
  size_t n = 0;
  for (size_t i = st.from; i < st.to; ++i) {
    if (const SpeechPhrase* p = cues.according.Match(tokens, i)) {
      ++n;
      i += p->words.size() - 1;
    }
  }
  return n;
}

// Whether a speech noun ("statement", "Erklärung") stands inside `src`.
bool HoldsSpeechNoun(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                     SentenceTokens st, Span src) {
  for (size_t k = st.from; k < st.to && tokens[k].start < src.end; ++k) {
    if (tokens[k].start >= src.start && cues.speech_nouns.Match(tokens, k) != nullptr) return true;
  }
  return false;
}

}  // namespace parallax::annotate::attribution_detail
