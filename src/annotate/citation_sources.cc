// Citations of the sources of claims and of quoted organisations
// (citations.h): a claim's source that names a person or is itself an
// organisation, an organisation's name grown over the source the
// recogniser cut it in, and definite sources that name no entity.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "annotate/citation_detail.h"
#include "annotate/citation_links.h"
#include "core/utf8.h"

namespace parallax::annotate {
namespace {

// Whether `before` (the words of a source before an organisation's name)
// leaves the organisation the source itself: nothing, an article ("the ",
// "l'") or one word that is no role, after an article or not ("agencja
// Yonhap", "агенція Anadolu", "der Branchenverband"; not "Глава МЧС",
// "rzecznik policji", "die Sprecherin").
bool OrganisationIsSource(const SpeechLanguage* cues, const std::string& before) {
  if (before.empty()) return true;
  if (cues == nullptr) return false;
  std::string word = FoldString(before);
  if (word.ends_with(" ")) word.pop_back();
  if (word.ends_with("\xE2\x80\x99")) word.replace(word.size() - 3, 3, "'");
  // An article before the one word ("der Branchenverband", "the reinsurer").
  const size_t space = word.find(' ');
  if (space != std::string::npos && cues->IsArticle(std::string_view(word).substr(0, space))) {
    word.erase(0, space + 1);
  }
  if (word.empty() || word.find(' ') != std::string::npos) return false;
  if (cues->IsArticle(word)) return true;
  const std::vector<SpeechToken> tokens = TokenizeSpeechText(word);
  return tokens.size() == 1 && tokens[0].word && cues->roles.Match(tokens, 0) == nullptr &&
         cues->vague_sources.Match(tokens, 0) == nullptr;
}

// Whether `before` (the words of a source before an organisation's name)
// are the first words of the name itself, cut off by the recogniser
// ("Instytut Meteorologii i " of "Gospodarki Wodnej", "Policie " of "ČR",
// "Генеральний штаб " of "ЗСУ"): one to three words, the first capitalised,
// none an article, role, vague word, pronoun or figure.
bool NameHead(const SpeechLanguage* cues, const std::string& before) {
  constexpr size_t kMaxHeadWords = 3;
  if (cues == nullptr || before.empty() || before.back() != ' ') return false;
  const std::vector<SpeechToken> tokens = TokenizeSpeechText(before);
  if (tokens.empty() || tokens.size() > kMaxHeadWords || !tokens[0].capital) return false;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (!tokens[k].word || tokens[k].digit || cues->roles.Match(tokens, k) != nullptr ||
        cues->vague_sources.Match(tokens, k) != nullptr ||
        cues->pronouns.Match(tokens, k) != nullptr ||
        cues->indefinites.Match(tokens, k) != nullptr || cues->IsArticle(tokens[k].folded)) {
      return false;
    }
  }
  return true;
}

// The tokens of `span`: [first, last) indexes into `tokens`.
std::pair<size_t, size_t> TokensOf(const std::vector<SpeechToken>& tokens, Span span) {
  const auto first = std::lower_bound(tokens.begin(), tokens.end(), span.start,
                                      [](const SpeechToken& t, uint32_t v) { return t.start < v; });
  auto last = first;
  while (last != tokens.end() && last->end <= span.end) ++last;
  return {static_cast<size_t>(first - tokens.begin()), static_cast<size_t>(last - tokens.begin())};
}

}  // namespace

// The people and organisations a claim is attributed to ("according to the
// Hospital Authority", "wie das Bundespresseamt bestätigte"): their mention
// in the claim's sentence.
void AttributedSources(const SpeechLexicon& lexicon, const Document& doc,
                       const std::vector<Mention>& mentions, std::vector<Citation>& out) {
  for (const Claim& claim : doc.claims) {
    if (claim.attributed_entity.empty() || claim.sentence >= doc.sentences.size()) continue;
    const Span sentence = doc.sentences[claim.sentence].span;
    // The mentions of the claim's sentence only: linear in the text.
    auto it = std::lower_bound(mentions.begin(), mentions.end(), sentence.start,
                               [](const Mention& m, uint32_t v) { return m.span.start < v; });
    for (; it != mentions.end() && it->span.start < sentence.end; ++it) {
      if (it->entity->name != claim.attributed_entity || it->span.end > sentence.end) continue;
      const std::string_view named(doc.text.data() + it->span.start, it->span.end - it->span.start);
      const size_t at = claim.attributed_to.find(named);
      if (at == std::string::npos) continue;
      // A person is cited wherever in the source; an organisation only
      // when it is the source itself, not the body of one who speaks for
      // it ("the Red Cross" is cited, "a spokesman of the Red Cross" and
      // "Глава МЧС" are not).
      // An organisation's name cut by the recogniser is cited whole.
      const SpeechLanguage* cues = lexicon.For(SentenceLanguage(doc, claim.sentence));
      const std::string before = claim.attributed_to.substr(0, at);
      // A capitalised word before a name other than an agency's is
      // rather its head ("Policie ČR") than a descriptor ("Agentura Reuters").
      Span span = it->span;
      const bool head = it->entity->type != EntityType::kPerson &&
                        it->entity->kind != kAgencyKind && NameHead(cues, before) &&
                        it->span.start >= at &&
                        doc.text.compare(it->span.start - at, at, before) == 0;
      if (head) {
        span.start = static_cast<uint32_t>(it->span.start - at);
      } else if (it->entity->type != EntityType::kPerson && !OrganisationIsSource(cues, before)) {
        break;
      }
      out.push_back(Make(lexicon, doc, span, it->entity));
      break;
    }
  }
}

// Organisations whose statement the text reports (", the Hong Kong
// Journalists Association said"): the speaker of a quote that is an
// organisation, at its mention in the speaker's words, when those words
// leave it the speaker itself (OrganisationIsSource). People quoted are
// cited only as the source of a figure: an eyewitness is no citation.
void QuotedOrganisations(const SpeechLexicon& lexicon, const Document& doc,
                         const std::vector<Mention>& mentions, std::vector<Citation>& out) {
  for (const Quote& q : doc.quotes) {
    const Span who = q.speaker_span;
    if (q.speaker_entity.empty() || who.end <= who.start || who.end > doc.text.size()) continue;
    auto it = std::lower_bound(mentions.begin(), mentions.end(), who.start,
                               [](const Mention& m, uint32_t v) { return m.span.start < v; });
    for (; it != mentions.end() && it->span.start < who.end; ++it) {
      if (it->span.end > who.end || it->entity->type != EntityType::kOrganization ||
          it->entity->name != q.speaker_entity) {
        continue;
      }
      if (OrganisationIsSource(lexicon.For(SentenceLanguage(doc, q.sentence)),
                               doc.text.substr(who.start, it->span.start - who.start))) {
        out.push_back(Make(lexicon, doc, it->span, it->entity));
      }
      break;
    }
  }
}

// Where the source of each claim that has one stands in the text: the
// first place of its words as written in the claim's sentence.
std::vector<Span> SourcePhrases(const Document& doc) {
  std::vector<Span> out;
  for (const Claim& claim : doc.claims) {
    if (claim.attributed_to.empty() || claim.sentence >= doc.sentences.size()) continue;
    const Span sentence = doc.sentences[claim.sentence].span;
    const size_t at = doc.text.find(claim.attributed_to, sentence.start);
    if (at == std::string::npos || at + claim.attributed_to.size() > sentence.end) continue;
    const Span phrase{static_cast<uint32_t>(at),
                      static_cast<uint32_t>(at + claim.attributed_to.size())};
    if (std::find(out.begin(), out.end(), phrase) == out.end()) out.push_back(phrase);
  }
  return out;
}

// A citation of an organisation cut short by the recogniser ("la
// Protection" of the source "la Protection civile", "МВД" of "МВД
// республики", "Insurance Bureau" of "der Branchenverband Insurance Bureau
// of Canada"): grown to the end of the claim's source it starts, after
// words that leave the organisation the source (OrganisationIsSource),
// when what follows it there is a few words with no punctuation or digit.
Citation GrowToSource(const SpeechLexicon& lexicon, const Document& doc,
                      const std::vector<SpeechToken>& tokens, const std::vector<Span>& sources,
                      Citation c) {
  constexpr size_t kMaxMoreWords = 5;
  if (!c.url.empty()) return c;
  for (const Entity& e : doc.entities) {
    if (e.name == c.entity && e.type == EntityType::kPerson) return c;
  }
  for (const Span& s : sources) {
    if (s.start > c.span.start || c.span.end >= s.end || c.span.end <= s.start) continue;
    auto [first, last] = TokensOf(tokens, {c.span.end, s.end});
    if (last == first || tokens[last - 1].end != s.end) continue;
    // An acronym in brackets closing the source is WithAcronym's.
    if (last - first >= 4 && tokens[last - 1].folded == ")" && tokens[last - 3].folded == "(") {
      last -= 3;
    }
    if (last - first > kMaxMoreWords) continue;
    bool plain = true;
    for (size_t k = first; k < last; ++k) plain = plain && tokens[k].word && !tokens[k].digit;
    if (!plain) continue;
    if (!OrganisationIsSource(lexicon.For(SentenceLanguage(doc, c.sentence)),
                              doc.text.substr(s.start, c.span.start - s.start))) {
      continue;
    }
    c.span.end = tokens[last - 1].end;
    c.name = doc.text.substr(c.span.start, c.span.end - c.span.start);
    return c;
  }
  return c;
}

// The sources of claims that name no entity but a definite body or person
// ("according to the health ministry", "la mairie", "prokuratura", "МВД
// республики"), as written: not one with an indefinite word first ("a
// spokesman"), a vague word ("officials", `vague_source`), a pronoun, a
// figure or more than a few words; in a language with articles only one
// that starts with one; not a place ("Según Managua"), nor one word that
// an earlier source holds ("the ministry" after "the health ministry"),
// nor a `generic_body` noun alone or with one word ("the agency", "the
// medical charity", "l'agence onusienne"), which points back at a body.
void DefiniteSources(const SpeechLexicon& lexicon, const Document& doc,
                     const std::vector<SpeechToken>& tokens, const std::vector<Mention>& mentions,
                     const std::vector<Span>& sources, std::vector<Citation>& out) {
  constexpr size_t kMaxWords = 6;
  for (const Span& s : sources) {
    const SpeechLanguage* cues = lexicon.For(SentenceLanguage(doc, SentenceAt(doc, s.start)));
    if (cues == nullptr) continue;
    auto [first, last] = TokensOf(tokens, s);
    if (last == first || tokens[last - 1].end != s.end) continue;
    // An acronym in brackets closing the source ("(BBK)") is part of it.
    if (last - first >= 4 && tokens[last - 1].folded == ")" && tokens[last - 3].folded == "(") {
      last -= 3;
    }
    const uint32_t named_end = tokens[last - 1].end;
    const bool named = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
      return m.span.start < named_end && s.start < m.span.end;
    });
    if (named || last - first > kMaxWords) continue;  // AttributedSources' own
    bool plain = cues->indefinites.Match(tokens, first) == nullptr;
    for (size_t k = first; k < last && plain; ++k) {
      plain = tokens[k].word && !tokens[k].digit &&
              cues->vague_sources.Match(tokens, k) == nullptr &&
              cues->pronouns.Match(tokens, k) == nullptr;
    }
    if (!plain) continue;
    // One short lower-case word is a function word the source was cut to
    // ("co", "як"), no body: at most 4 bytes, two Cyrillic letters.
    constexpr size_t kMaxFunctionWordBytes = 4;
    if (last - first == 1 && !tokens[first].capital &&
        tokens[first].end - tokens[first].start <= kMaxFunctionWordBytes) {
      continue;
    }
    size_t head = first;  // the first word after an article
    if (!cues->articles.empty()) {
      const std::string& w = tokens[first].folded;
      const bool article = cues->IsArticle(w);
      const bool elided = cues->WithoutElidedArticle(w).size() < w.size();
      if (!article && !elided) continue;
      head = article ? first + 1 : first;
    }
    if (head >= last) continue;
    const Span rest{tokens[head].start, named_end};
    if (IsPlace(doc, rest)) continue;
    // "the agency", "the news agency", "l'agence onusienne", "ведомства".
    const auto generic = [&](size_t k) {
      const std::string_view w = cues->WithoutElidedArticle(tokens[k].folded);
      return std::find(cues->generic_bodies.begin(), cues->generic_bodies.end(), w) !=
             cues->generic_bodies.end();
    };
    if (last - head <= 2 && (generic(last - 1) || (generic(head) && !tokens[last - 1].capital))) {
      continue;
    }
    if (last - head == 1) {
      const std::string word = FoldString(doc.text.substr(rest.start, rest.end - rest.start));
      const bool earlier = std::any_of(sources.begin(), sources.end(), [&](const Span& o) {
        return o.start < s.start && o != s &&
               FoldString(doc.text.substr(o.start, o.end - o.start)).find(word) !=
                   std::string::npos;
      });
      if (earlier) continue;
    }
    out.push_back(Make(lexicon, doc, s, nullptr));
  }
}

}  // namespace parallax::annotate
