// Attribution, hedging, denial and retraction of claims (attribution.h).
#include "annotate/attribution.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/attribution_detail.h"
#include "annotate/quote_detail.h"

namespace parallax::annotate {
namespace {

// Words of at most this many bytes may join two capitalised words of a
// source ("Angaben des Innenministeriums", "Ministry of Health", "МВД
// по РК"); any other lower-case word after a capitalised one ends it
// ("Według PAP w zamieszkach", "Laut Polizei wurden").
constexpr size_t kMaxJoinerBytes = 4;

// The index of the "(" of a bracketed name ending at token k-1 ("(AFAD)"),
// or k when tokens[k-1] does not close one.
size_t BracketBefore(const std::vector<SpeechToken>& tokens, size_t k, size_t from) {
  if (k < from + 3 || tokens[k - 1].folded != ")" || tokens[k - 3].folded != "(" ||
      !tokens[k - 2].word || !tokens[k - 2].capital) {
    return k;
  }
  return k - 3;
}

// The end of lower-case words after the capitalised words of a source
// at tokens[j] that still name the body: they close the source at a
// punctuation mark or the sentence's end ("la Protezione civile,",
// "організацію охорони здоров'я,", "de Sanidad de la Xunta,"), hold no
// figure, verb or stop word, and short joiners among them lead to a
// capitalised word ("the Red Cross working in the area" is a clause);
// `j` when they do not.
size_t LowerTail(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t j,
                 size_t to, uint32_t limit, size_t room) {
  size_t k = j;
  bool joiner = false;  // the last word was a short lower-case joiner
  while (k < to && k - j < room && tokens[k].word && tokens[k].start < limit) {
    const SpeechToken& t = tokens[k];
    if (t.digit || cues.verbs.Match(tokens, k) != nullptr ||
        cues.source_stops.Match(tokens, k) != nullptr) {
      return j;
    }
    if (t.capital) {
      joiner = false;
    } else if (t.end - t.start <= kMaxJoinerBytes) {
      joiner = true;
    } else if (joiner) {
      return j;
    }
    ++k;
  }
  if (joiner || k == j || k - j >= room) return j;
  if (k < to && tokens[k].start >= limit) return j;
  if (k < to && (tokens[k].word || tokens[k].folded == "-" || tokens[k].folded == "'")) return j;
  return k;
}

using attribution_detail::BracketAt;
using attribution_detail::CountMarkers;
using attribution_detail::EndsSource;
using attribution_detail::FromBefore;
using attribution_detail::Has;
using attribution_detail::Hedged;
using attribution_detail::HoldsSpeechNoun;
using attribution_detail::kMaxSourceTokens;
using attribution_detail::NameInApposition;
using attribution_detail::PhraseStart;
using attribution_detail::QuotedNameAt;
using attribution_detail::QuotedNameBefore;
using attribution_detail::ReportBackSource;
using attribution_detail::SentenceTokens;
using attribution_detail::SkipStops;
using attribution_detail::SubjectAfter;
using attribution_detail::SubjectAfterObject;
using attribution_detail::Trimmed;

// The source after an according-to marker ending at token `i`.
Span SourceAfter(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t i,
                 size_t to, uint32_t stop_at) {
  // A reporting verb right after the marker ("según informó la Guardia
  // Civil", "45 personas, según confirmó Salvamento Marítimo").
  while (i < to) {
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
    // "по данным издания «Медуза»": a short name in quotation marks.
    const size_t quoted = QuotedNameAt(tokens, j, to);
    if (quoted > j) {
      j = quoted;
      capital_seen = true;
      break;
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
      // "secondo la Protezione civile, ...": the body's lower-case words.
      j = LowerTail(cues, tokens, j, to, limit, kMaxSourceTokens + brackets + i - j);
      break;
    }
    ++j;
  }
  // Run into the figure with no comma and no capital ("Według policji
  // zatrzymano 52", "по данным полиции задержаны 40"), perhaps over stop
  // words ("Według władz zatrzymano już blisko 10 tys."): the word before
  // them is the verb.
  const size_t at = SkipStops(cues, tokens, j, to, limit);
  const bool into_figure = at < to && (tokens[at].digit || tokens[at].start >= limit);
  if (into_figure && !capital_seen && j - i >= 2) {
    --j;
    // "Według rzecznika wojewody w powodzi zginęły": a lower-case source
    // ends before a preposition that opens the clause's place.
    for (size_t k = i + 1; k < j; ++k) {
      if (cues.source_preps.Match(tokens, k) != nullptr) {
        j = k;
        break;
      }
    }
  }
  if (j <= i || i >= to) return {};
  return {tokens[i].start, tokens[j - 1].end};
}

// The words before token `i` back to the clause start (the subject of a
// reporting verb, the noun before "zufolge").
Span SourceBefore(const std::vector<SpeechToken>& tokens, size_t i, size_t from) {
  size_t j = i;
  size_t brackets = 0;  // tokens of bracketed names ("(AFAD)"), not counted
  while (j > from && i - j < kMaxSourceTokens + brackets) {
    // "Спершу в «Укрзалізниці» повідомляли": a name in quotation marks
    // right before the verb, at most two words after the clause start
    // (not "Im Interview mit dem „Tagesspiegel“ sagte der Minister").
    constexpr size_t kMaxWordsBeforeQuoted = 2;
    const size_t q = j == i ? QuotedNameBefore(tokens, j, from) : j;
    if (q < j && q - from <= kMaxWordsBeforeQuoted) {
      j = q;
      continue;
    }
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

// Where the cues of one claim's source are sought: the tokens starting in
// [lo, hi) of its sentence, and the n-th according-to marker when the
// sentence pairs its figures with markers one by one (SIZE_MAX: any).
struct CueRange {
  uint32_t lo = 0;
  uint32_t hi = UINT32_MAX;
  size_t marker = SIZE_MAX;
};

// The source of a claim of one sentence whose figure starts at
// `figure_start`, from the cues in `range`, or an empty span.
Span FindSource(const SpeechLanguage& cues, const std::string& text,
                const std::vector<SpeechToken>& tokens, SentenceTokens st, uint32_t figure_start,
                CueRange range) {
  size_t markers = 0;  // the according-to markers passed
  for (size_t i = st.from; i < st.to; ++i) {
    const SpeechPhrase* p = cues.according.Match(tokens, i);
    if (p == nullptr) continue;
    const size_t n = markers++;
    const size_t words = p->words.size();
    if (range.marker != SIZE_MAX ? n != range.marker
                                 : tokens[i].start < range.lo || tokens[i].start >= range.hi) {
      i += words - 1;
      continue;
    }
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
    if (tokens[i].start < range.lo || tokens[i].start >= range.hi) continue;
    size_t length = 0;  // "ha poi precisato": the adverb inside counts
    const SpeechPhrase* p = cues.verbs.MatchGapped(tokens, i, cues.auxiliaries, length);
    if (p == nullptr) p = cues.source_verbs.MatchGapped(tokens, i, cues.auxiliaries, length);
    if (p == nullptr) continue;
    // A verb after the report and a comma or dash comes before its subject
    // (", informó el ayuntamiento", "– podała prokuratura", ", сообщило МВД").
    const bool inverted = i > st.from && !tokens[i - 1].word && tokens[i - 1].folded != "." &&
                          tokens[i].start > figure_start;
    // "Die Stadt hat später erklärt": the auxiliaries and adverbs before
    // the verb are no part of its subject.
    size_t v = i;
    while (v > st.from + 1 && (cues.auxiliaries.Match(tokens, v - 1) != nullptr ||
                               cues.source_stops.Match(tokens, v - 1) != nullptr)) {
      --v;
    }
    Span s = inverted ? SubjectAfter(cues, tokens, *p, i + length, st.to)
                      : SourceBefore(tokens, v, st.from);
    // "Den Sachschaden schätzt die Regierung": an object fronted before the
    // verb is no subject; the subject follows the verb.
    bool fronted = false;
    if (!inverted && s.end > s.start) {
      size_t first = v;
      while (first > st.from && tokens[first - 1].end > s.start) --first;
      fronted = cues.object_articles.Match(tokens, first) != nullptr;
      if (fronted) s = SubjectAfterObject(cues, tokens, *p, i + length, st.to);
    }
    if (s.end <= s.start && !inverted && !fronted) s = NameInApposition(tokens, i, st.from);
    // No subject before the verb: after it ("sagte der Innenminister, 2000
    // Polizisten", "Про 4 загиблих повідомив голова ОВА").
    // Not after an auxiliary: "was posted at" is a passive, "hat ... erklärt" a
    // perfect whose subject is before.
    if (s.end <= s.start && !inverted && !fronted &&
        (i == st.from || (cues.auxiliaries.Match(tokens, i - 1) == nullptr &&
                          cues.source_stops.Match(tokens, i - 1) == nullptr))) {
      s = SubjectAfter(cues, tokens, *p, i + length, st.to);
      // A subject runs to the clause's end, not into a figure ("said the
      // crowd had peaked at 338,000" has its subject before), and is no
      // addressee before a that-clause ("заявив агентству Reuters, що").
      size_t k = i + length;
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

// Sets the claim's source to the text of `src` and its entity to the
// first named there: a person before the body they speak for ("le
// porte-parole du SPVM, Daniel Lacoursière"), else an organisation.
void SetSource(const Document& doc, Span src, Claim& claim) {
  // "Ещё несколько дней назад силовые ведомства говорили": a time phrase
  // before the subject is no part of it; words must follow the date.
  // doc.dates is in text order (document.h): only those inside the source.
  const auto first =
      std::lower_bound(doc.dates.begin(), doc.dates.end(), src.start,
                       [](const DateMention& d, uint32_t at) { return d.span.start < at; });
  for (auto d = first; d != doc.dates.end() && d->span.start < src.end; ++d) {
    if (d->sentence != claim.sentence || d->span.end >= src.end) continue;
    uint32_t at = d->span.end;
    while (at < src.end && (doc.text[at] == ' ' || doc.text[at] == ',')) ++at;
    if (at < src.end) src.start = at;
  }
  claim.attributed_to = TrimmedText(doc, src.start, src.end);
  for (EntityType type :
       {EntityType::kPerson, EntityType::kOrganization, EntityType::kOther, EntityType::kPlace}) {
    if (const Entity* e = EntityInside(doc, src.start, src.end, type)) {
      claim.attributed_entity = e->name;
      break;
    }
  }
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
    const uint32_t denial = PhraseStart(cues->denials, tokens, st);
    // "A figure of 164 was withdrawn", "the ministry withdrew its figure of
    // 164 and now gives 225": the figures before the withdrawal and the
    // first after it. Not the sentence before: "The troops were withdrawn."
    // withdraws no figure.
    const uint32_t withdrawal = PhraseStart(cues->withdrawals, tokens, st);
    uint32_t withdrawn_after = UINT32_MAX;  // the first figure after the withdrawal
    for (size_t c : claims) {
      const uint32_t at = doc.claims[c].figure.start;
      if (at > withdrawal && at < withdrawn_after) withdrawn_after = at;
    }
    // "Публикации удалили, сославшись на ошибку", "The report was later
    // deleted and officials blamed an error": a deletion or withdrawal
    // explained as a mistake withdraws the figures before it in its
    // sentence, or those of the sentence before when it has none (not
    // troops: deployed).
    const bool error = Has(cues->errors, tokens, st);
    const uint32_t deletion =
        error ? std::min(PhraseStart(cues->deletions, tokens, st), withdrawal) : UINT32_MAX;
    if (deletion != UINT32_MAX && claims.empty() && s > 0) {
      for (size_t c : by_sentence[s - 1]) {
        if (doc.claims[c].kind != ClaimKind::kDeployed) doc.claims[c].retracted = true;
      }
    }
    const bool carry = Has(cues->carries, tokens, st);
    // The distinct figure starts of the sentence, and its markers.
    std::vector<uint32_t> figures;
    for (size_t c : claims) figures.push_back(doc.claims[c].figure.start);
    std::sort(figures.begin(), figures.end());
    figures.erase(std::unique(figures.begin(), figures.end()), figures.end());
    const size_t markers = CountMarkers(*cues, tokens, st);
    // "Das bestätigte die Feuerwehr.": the source of the figures before.
    uint32_t first_figure = UINT32_MAX;
    for (size_t c : claims) first_figure = std::min(first_figure, doc.claims[c].figure.start);
    const Span back = s > 0 ? ReportBackSource(*cues, doc.text, tokens, st, first_figure) : Span{};
    if (back.end > back.start) {
      for (size_t c : by_sentence[s - 1]) {
        if (!doc.claims[c].attributed_to.empty()) continue;
        SetSource(doc, back, doc.claims[c]);
        last_source = &doc.claims[c];
      }
      for (size_t c : claims) {
        if (doc.claims[c].attributed_to.empty()) SetSource(doc, back, doc.claims[c]);
      }
    }
    for (size_t c : claims) {
      Claim& claim = doc.claims[c];
      claim.hedged = claim.hedged || hedged;
      claim.negated = claim.negated || claim.figure.start > denial;
      // Troops withdrawn are no withdrawn figure ("withdrew 2,000 troops").
      const bool withdrawn =
          claim.kind != ClaimKind::kDeployed &&
          ((withdrawal != UINT32_MAX &&
            (claim.figure.start < withdrawal || claim.figure.start == withdrawn_after)) ||
           (deletion != UINT32_MAX && claim.figure.start < deletion));
      if (withdrawn || (retraction && FromBefore(*cues, tokens, st, claim.figure.start))) {
        claim.retracted = true;
        // The withdrawn figure's earlier mentions are withdrawn too.
        for (size_t e = 0; e < c; ++e) {
          Claim& earlier = doc.claims[e];
          if (earlier.kind == claim.kind && earlier.value == claim.value) earlier.retracted = true;
        }
      }
      if (claim.attributed_to.empty()) {
        // "3500 selon la police, 10000 selon les syndicats", "Władze
        // potwierdziły 3 ofiary, a ONZ szacuje, że zginęło 50 osób": each
        // figure first seeks its source between the figures around it, or
        // takes its own marker when there are as many markers as figures.
        CueRange range;
        const size_t rank = static_cast<size_t>(
            std::lower_bound(figures.begin(), figures.end(), claim.figure.start) - figures.begin());
        for (size_t e : claims) {
          const Span f = doc.claims[e].figure;
          if (f.end <= claim.figure.start) range.lo = std::max(range.lo, f.end);
          if (f.start > claim.figure.start) range.hi = std::min(range.hi, f.start);
        }
        if (markers >= 2 && markers == figures.size()) range.marker = rank;
        Span src = FindSource(*cues, doc.text, tokens, st, claim.figure.start, range);
        // "..., in a statement posted at ...": a speech noun is no body.
        if ((src.end <= src.start || HoldsSpeechNoun(*cues, tokens, st, src)) &&
            (range.lo > 0 || range.hi < UINT32_MAX)) {
          src = FindSource(*cues, doc.text, tokens, st, claim.figure.start, CueRange{});
        }
        if (src.end > src.start &&
            !(src.start <= claim.figure.start && claim.figure.end <= src.end)) {
          SetSource(doc, src, claim);
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
