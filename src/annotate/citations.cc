// The sources a text cites (citations.h).
#include "annotate/citations.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "annotate/citation_links.h"
#include "annotate/number_chars.h"

namespace parallax::annotate {
namespace {

// How far a cue may stand from the name it cites: "Reuters reported" (0),
// "reported by the Guardian" (1), "as reported by the daily Kommersant" (2).
constexpr size_t kCueReach = 3;
// Lower-case words of at most this many bytes may join the capitalised
// words of a name ("Organización Mundial de la Salud").
constexpr size_t kMaxJoinerBytes = 4;
// The kind the gazetteer gives news agencies (data/gazetteer/organizations.tsv).
constexpr std::string_view kAgencyKind = "organization/agency";

struct Mention {
  const Entity* entity;
  Span span;
};

// Every non-place mention, in text order.
std::vector<Mention> Mentions(const Document& doc) {
  std::vector<Mention> out;
  for (const Entity& e : doc.entities) {
    if (e.type == EntityType::kPlace) continue;
    for (const EntityMention& m : e.mentions) out.push_back({&e, m.span});
  }
  std::sort(out.begin(), out.end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  return out;
}

bool OpensQuote(char32_t c) { return c == 0xAB || c == 0x201E || c == 0x201C || c == '"'; }
bool ClosesQuote(char32_t c) { return c == 0xBB || c == 0x201D || c == 0x201C || c == '"'; }

// The span of a cited name as written: with the article right before it
// ("the Hospital Authority", "l'ONU", `cues` articles) and the quotation
// marks around it („Le Monde”, «Интерфакс»).
Span AsWritten(const Document& doc, const SpeechLanguage* cues, Span span) {
  const std::string& text = doc.text;
  if (span.start > 0 && span.end < text.size()) {
    const char32_t before = DecodeBefore(text, span.start);
    const Decoded after = DecodeAt(text, span.end);
    if (OpensQuote(before) && ClosesQuote(after.cp)) {
      return {static_cast<uint32_t>(span.start - Utf8Length(before)),
              static_cast<uint32_t>(span.end + after.len)};
    }
  }
  if (cues == nullptr || cues->articles.empty()) return span;
  // The word right before the name (or the elided article inside its token).
  uint32_t word_end = span.start;
  while (word_end > 0 && text[word_end - 1] == ' ') --word_end;
  uint32_t word_start = word_end;
  while (word_start > 0) {
    const char32_t d = DecodeBefore(text, word_start);
    if (!IsLetter(d) && d != '\'' && d != 0x2019) break;
    word_start -= static_cast<uint32_t>(Utf8Length(d));
  }
  if (word_start == word_end) return span;

  std::string word = FoldString(text.substr(word_start, word_end - word_start));
  if (word.ends_with("\xE2\x80\x99")) word.replace(word.size() - 3, 3, "'");
  const bool elided = word_end == span.start && (word.ends_with("'"));
  if (word_end == span.start && !elided) return span;
  if (std::find(cues->articles.begin(), cues->articles.end(), word) == cues->articles.end()) {
    return span;
  }
  return {word_start, span.end};
}

Citation Make(const SpeechLexicon& lexicon, const Document& doc, Span span, const Entity* e) {
  Citation c;
  c.sentence = SentenceAt(doc, span.start);
  span = AsWritten(doc, lexicon.For(SentenceLanguage(doc, c.sentence)), span);
  c.name = doc.text.substr(span.start, span.end - span.start);
  c.entity = e ? e->name : "";
  c.span = span;
  return c;
}

// A name the recogniser did not take, right after a citation cue that
// ends at token `at` ("Z relacji Guardiana", "в интервью «Коммерсанту»",
// "im Interview mit dem „Tagesspiegel“"): the words inside quotation marks
// (after an article or not), else the capitalised words (with no article
// before them: a German noun is no name); empty when neither.
Span NameAfterCue(const SpeechLanguage& cues, const Document& doc,
                  const std::vector<SpeechToken>& tokens, size_t at) {
  constexpr size_t kMaxQuotedWords = 6;
  if (at >= tokens.size()) return {};
  const uint32_t sentence = tokens[at].sentence;
  size_t k = at;
  const bool article = tokens[k].word && std::find(cues.articles.begin(), cues.articles.end(),
                                                   tokens[k].folded) != cues.articles.end();
  if (article) ++k;
  if (k >= tokens.size() || tokens[k].sentence != sentence) return {};
  if (!tokens[k].word && OpensQuote(DecodeAt(doc.text, tokens[k].start).cp)) {
    size_t j = k + 1;
    while (j < tokens.size() && j - k <= kMaxQuotedWords && tokens[j].word &&
           tokens[j].sentence == sentence) {
      ++j;
    }
    if (j == k + 1 || j >= tokens.size() || tokens[j].word ||
        !ClosesQuote(DecodeAt(doc.text, tokens[j].start).cp) || !tokens[k + 1].capital) {
      return {};
    }
    return {tokens[k + 1].start, tokens[j - 1].end};
  }
  if (article || !tokens[k].capital) return {};
  size_t j = k;
  while (j < tokens.size() && tokens[j].capital && tokens[j].sentence == sentence) ++j;
  return {tokens[k].start, tokens[j - 1].end};
}

// Whether `before` (the words of a source before an organisation's name)
// leaves the organisation the source itself: nothing, an article ("the ",
// "l'") or one word that is no role ("agencja Yonhap", "агенція Anadolu";
// not "Глава МЧС", "rzecznik policji").
bool OrganisationIsSource(const SpeechLanguage* cues, const std::string& before) {
  if (before.empty()) return true;
  if (cues == nullptr) return false;
  std::string word = FoldString(before);
  if (word.ends_with(" ")) word.pop_back();
  if (word.ends_with("\xE2\x80\x99")) word.replace(word.size() - 3, 3, "'");
  if (word.empty() || word.find(' ') != std::string::npos) return false;
  if (std::find(cues->articles.begin(), cues->articles.end(), word) != cues->articles.end()) {
    return true;
  }
  const std::vector<SpeechToken> tokens = TokenizeSpeechText(word);
  return tokens.size() == 1 && tokens[0].word && cues->roles.Match(tokens, 0) == nullptr;
}

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
      if (it->entity->type != EntityType::kPerson &&
          !OrganisationIsSource(lexicon.For(SentenceLanguage(doc, claim.sentence)),
                                claim.attributed_to.substr(0, at))) {
        break;
      }
      out.push_back(Make(lexicon, doc, it->span, it->entity));
      break;
    }
  }
}

// A name followed by its acronym in brackets ("the Civil Defence
// Directorate (AFAD)", "la Organización Mundial de la Salud (OMS)") is cited
// with it, once: the span grown over the brackets, and the acronym's folded
// text and entity in `aliases`. A bracketed acronym after a name is grown
// back over that name (capitalised words and the short words joining them).
Citation WithAcronym(const SpeechLexicon& lexicon, const Document& doc,
                     const std::vector<SpeechToken>& tokens, const std::vector<Mention>& mentions,
                     Citation c, std::vector<std::string>& aliases) {
  auto at = std::lower_bound(tokens.begin(), tokens.end(), c.span.start,
                             [](const SpeechToken& t, uint32_t v) { return t.start < v; });
  if (at == tokens.end()) return c;
  size_t first = static_cast<size_t>(at - tokens.begin());
  size_t last = first;  // the last token of the name
  while (last + 1 < tokens.size() && tokens[last + 1].end <= c.span.end) ++last;
  if (tokens[last].end != c.span.end) return c;
  const auto bracket_at = [&](size_t k) {
    return k + 2 < tokens.size() && tokens[k].folded == "(" && tokens[k + 1].word &&
           tokens[k + 1].capital && tokens[k + 2].folded == ")";
  };
  // A dateline's city ("LONDON (AP) -") is no name of the agency.
  const auto all_caps = [&](size_t k) {
    size_t letters = 0;
    for (uint32_t pos = tokens[k].start; pos < tokens[k].end;) {
      const Decoded d = DecodeAt(doc.text, pos);
      const std::string one = doc.text.substr(pos, d.len);
      if (IsLetter(d.cp) && FoldString(one) == one) return false;  // a lower-case letter
      letters += IsLetter(d.cp);
      pos += d.len;
    }
    return letters > 1;
  };
  size_t acronym = 0;
  if (last + 1 < tokens.size() && bracket_at(last + 1) && !all_caps(last)) {
    acronym = last + 2;
    last += 3;
  } else if (first > 0 && first + 1 < tokens.size() && first == last && bracket_at(first - 1) &&
             first >= 2 && tokens[first - 2].capital && !all_caps(first - 2)) {
    acronym = first;
    last = first + 1;
    // Back over capitalised words and up to two short words between them
    // ("Organización Mundial de la Salud").
    size_t k = first - 1;
    while (k > 0 && tokens[k - 1].sentence == tokens[first].sentence && tokens[k - 1].word) {
      if (tokens[k - 1].capital) {
        --k;
        continue;
      }
      size_t joiner = k - 1;
      while (joiner > 0 && k - joiner < 3 && tokens[joiner].word && !tokens[joiner].capital &&
             tokens[joiner].end - tokens[joiner].start <= kMaxJoinerBytes) {
        --joiner;
      }
      if (!tokens[joiner].word || !tokens[joiner].capital ||
          tokens[joiner].sentence != tokens[first].sentence) {
        break;
      }
      k = joiner;
    }
    first = k;
  } else {
    return c;
  }
  const Span acr{tokens[acronym].start, tokens[acronym].end};
  aliases.push_back(FoldString(doc.text.substr(acr.start, acr.end - acr.start)));
  for (const Mention& m : mentions) {
    if (m.span.start == acr.start && m.span.end == acr.end) aliases.push_back(m.entity->name);
  }
  const Span grown = AsWritten(doc, lexicon.For(SentenceLanguage(doc, c.sentence)),
                               {tokens[first].start, tokens[last].end});
  c.span = grown;
  c.name = doc.text.substr(grown.start, grown.end - grown.start);
  return c;
}

// The agency of a dateline ("BERLIN (dpa) -", "WARSZAWA (PAP) –"): the
// words in brackets after an upper-case place that opens its sentence,
// with a dash after the brackets.
void FindDatelines(const Document& doc, const std::vector<SpeechToken>& tokens,
                   const std::vector<Mention>& mentions, std::vector<Citation>& out) {
  constexpr size_t kMaxAgencyWords = 3;
  for (size_t i = 1; i + 2 < tokens.size(); ++i) {
    if (tokens[i].folded != "(" || !tokens[i - 1].word ||
        (i >= 2 && tokens[i - 2].sentence == tokens[i - 1].sentence)) {
      continue;
    }
    const std::string place =
        doc.text.substr(tokens[i - 1].start, tokens[i - 1].end - tokens[i - 1].start);
    if (FoldString(place) == place) continue;  // not upper case
    size_t close = i + 1;
    while (close < tokens.size() && close - i <= kMaxAgencyWords && tokens[close].word) ++close;
    if (close == i + 1 || close + 1 >= tokens.size() || tokens[close].folded != ")") continue;
    const std::string& dash = tokens[close + 1].folded;
    if (dash != "-" && dash != "\xE2\x80\x93" && dash != "\xE2\x80\x94") continue;
    Citation c;
    c.span = {tokens[i + 1].start, tokens[close - 1].end};
    c.name = doc.text.substr(c.span.start, c.span.end - c.span.start);
    c.sentence = tokens[i].sentence;
    for (const Mention& m : mentions) {
      if (m.span.start == c.span.start && m.span.end == c.span.end) c.entity = m.entity->name;
    }
    out.push_back(std::move(c));
  }
}

}  // namespace

void FindCitations(const SpeechLexicon& lexicon, Document& doc) {
  if (doc.sentences.empty()) {
    doc.citations.clear();
    return;
  }
  FindCitations(lexicon, TokenizeSpeech(doc), doc);
}

void FindCitations(const SpeechLexicon& lexicon, const std::vector<SpeechToken>& tokens,
                   Document& doc) {
  doc.citations.clear();
  if (doc.sentences.empty()) return;
  std::vector<Citation> found;
  const std::vector<Mention> mentions = Mentions(doc);
  for (const Mention& m : mentions) {
    if (m.entity->kind == kAgencyKind) found.push_back(Make(lexicon, doc, m.span, m.entity));
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    const SpeechLanguage* cues = lexicon.For(SentenceLanguage(doc, tokens[i].sentence));
    const SpeechPhrase* cue = cues ? cues->cites.Match(tokens, i) : nullptr;
    if (cue == nullptr) continue;
    const size_t after = i + cue->words.size();
    // A cue after its name that follows the report and a comma stands
    // before it (", informó Europa Press", ", a rapporté l'agence MAP").
    const CuePosition position =
        cue->position == CuePosition::kAfter && i > 0 && !tokens[i - 1].word &&
                tokens[i - 1].folded != "." && tokens[i - 1].sentence == tokens[i].sentence &&
                after < tokens.size() && tokens[after].sentence == tokens[i].sentence
            ? CuePosition::kBefore
            : cue->position;
    // The window of text the cited name must start (before: end) in.
    uint32_t lo = 0, hi = 0;
    if (position == CuePosition::kBefore) {
      if (after >= tokens.size()) continue;
      lo = tokens[after].start;
      hi = tokens[std::min(after + kCueReach, tokens.size()) - 1].end;
    } else {
      lo = tokens[i >= kCueReach ? i - kCueReach : 0].start;
      hi = tokens[i].start;
    }
    const Mention* best = nullptr;
    // Mentions start in text order; those that can fit start within a
    // sentence's reach of the cue (a mention is shorter than its sentence).
    const uint32_t sentence_start = doc.sentences[tokens[i].sentence].span.start;
    auto first = std::lower_bound(mentions.begin(), mentions.end(), sentence_start,
                                  [](const Mention& m, uint32_t v) { return m.span.start < v; });
    for (auto it = first; it != mentions.end() && it->span.start <= hi; ++it) {
      const Mention& m = *it;
      const bool in = position == CuePosition::kBefore ? m.span.start >= lo && m.span.start <= hi
                                                       : m.span.end >= lo && m.span.end <= hi;
      if (!in || doc.sentences.empty() || SentenceAt(doc, m.span.start) != tokens[i].sentence)
        continue;
      // The nearest: the first after a cue before, the last before a cue after.
      if (best == nullptr || position == CuePosition::kAfter) best = &m;
      if (position == CuePosition::kBefore) break;
    }
    if (best != nullptr) {
      found.push_back(Make(lexicon, doc, best->span, best->entity));
    } else if (position == CuePosition::kBefore) {
      const Span name = NameAfterCue(*cues, doc, tokens, after);
      if (name.end > name.start) found.push_back(Make(lexicon, doc, name, nullptr));
    }
  }
  AttributedSources(lexicon, doc, mentions, found);
  FindPlatformCitations(lexicon, doc, tokens, found);
  FindDatelines(doc, tokens, mentions, found);
  FindUrlCitations(doc, found);
  std::stable_sort(found.begin(), found.end(), [](const Citation& a, const Citation& b) {
    return a.span.start < b.span.start;
  });
  std::vector<std::string> keys;  // of the citations kept and their acronyms
  uint32_t covered = 0;           // the end of the last citation kept
  for (const Citation& found_one : found) {
    if (found_one.span.start < covered) continue;  // inside one kept ("(AFAD)")
    const std::string key =
        found_one.entity.empty() ? FoldString(found_one.name) : found_one.entity;
    const bool seen =
        std::find(keys.begin(), keys.end(), key) != keys.end() ||
        std::any_of(doc.citations.begin(), doc.citations.end(), [&](const Citation& o) {
          return !found_one.url.empty() && o.url == found_one.url;
        });
    if (seen) continue;
    keys.push_back(key);
    std::vector<std::string> aliases;
    const Citation c = found_one.url.empty()
                           ? WithAcronym(lexicon, doc, tokens, mentions, found_one, aliases)
                           : found_one;
    if (std::any_of(aliases.begin(), aliases.end(), [&](const std::string& a) {
          return std::find(keys.begin(), keys.end(), a) != keys.end() && a != key;
        })) {
      continue;  // its acronym was cited before
    }
    keys.insert(keys.end(), aliases.begin(), aliases.end());
    covered = std::max(covered, c.span.end);
    doc.citations.push_back(c);
  }
}

}  // namespace parallax::annotate
