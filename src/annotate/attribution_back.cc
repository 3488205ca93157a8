// The source a sentence names for the figures of the sentence before it
// ("Das bestätigte die Feuerwehr.", "Об этом сообщили в мэрии.";
// attribution_detail.h).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "annotate/attribution_detail.h"

namespace parallax::annotate::attribution_detail {
namespace {

// Whether a report-back phrase stands at tokens[k, k + n) as a pronoun
// of its own ("Das bestätigte", "confirmed this.", "o tym policja" after
// its verb), not as the article of a noun ("Das Ministerium").
bool StandsAlone(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                 SentenceTokens st, size_t k, size_t n) {
  const size_t next = k + n;
  size_t length = 0;
  if (next >= st.to || !tokens[next].word) return true;
  if (cues.verbs.MatchGapped(tokens, next, cues.auxiliaries, length) != nullptr ||
      cues.source_verbs.Match(tokens, next) != nullptr ||
      cues.auxiliaries.Match(tokens, next) != nullptr ||
      cues.source_stops.Match(tokens, next) != nullptr) {
    return true;
  }
  return k > st.from && cues.verbs.Match(tokens, k - 1) != nullptr;
}

}  // namespace

Span ReportBackSource(const SpeechLanguage& cues, const std::string& text,
                      const std::vector<SpeechToken>& tokens, SentenceTokens st, uint32_t before) {
  if (cues.report_backs.empty()) return {};
  size_t back = st.to;
  size_t back_end = st.to;
  for (size_t k = st.from; k < st.to && tokens[k].start < before; ++k) {
    const SpeechPhrase* p = cues.report_backs.Match(tokens, k);
    if (p != nullptr && StandsAlone(cues, tokens, st, k, p->words.size())) {
      back = k;
      back_end = k + p->words.size();
      break;
    }
  }
  if (back == st.to) return {};
  for (size_t i = st.from; i < st.to && tokens[i].start < before; ++i) {
    if (i >= back && i < back_end) continue;
    size_t length = 0;
    const SpeechPhrase* p = cues.verbs.MatchGapped(tokens, i, cues.auxiliaries, length);
    if (p == nullptr) p = cues.source_verbs.MatchGapped(tokens, i, cues.auxiliaries, length);
    if (p == nullptr) continue;
    // The words before the verb, without the report-back phrase and the
    // auxiliaries, stop words and prepositions around it.
    size_t a = st.from;
    size_t b = i;
    while (a < b) {
      size_t n = a == back ? back_end - back : 0;
      for (const SpeechPhrases* skip :
           {&cues.auxiliaries, &cues.source_stops, &cues.source_preps}) {
        if (n == 0) {
          if (const SpeechPhrase* w = skip->Match(tokens, a)) n = w->words.size();
        }
      }
      if (n == 0) break;
      a += n;
    }
    while (b > a && (cues.auxiliaries.Match(tokens, b - 1) != nullptr ||
                     cues.source_stops.Match(tokens, b - 1) != nullptr)) {
      --b;
    }
    for (size_t k = a; k < b; ++k) {
      if (!tokens[k].word || (k >= back && k < back_end)) return {};
    }
    Span s;
    if (a < b) {
      s = {tokens[a].start, tokens[b - 1].end};
    } else {
      size_t after = i + length;
      if (after == back) after = back_end;  // "Poinformowała o tym policja"
      s = SubjectAfter(cues, tokens, *p, after, st.to);
    }
    if (s.end <= s.start) return {};
    return Trimmed(cues, text, tokens, st, s);
  }
  return {};
}

}  // namespace parallax::annotate::attribution_detail
