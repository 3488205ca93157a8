// The sources a text cites (citations.h).
#include "annotate/citations.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "annotate/citation_detail.h"
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
  if (!cues->IsArticle(word)) return span;
  return {word_start, span.end};
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
  const bool article = tokens[k].word && cues.IsArticle(tokens[k].folded);
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

// A name in quotation marks right before a citation cue after its name
// at token `at` ("Wie die „Süddeutsche Zeitung“ berichtete"), capitalised,
// of a few words; empty when none.
Span QuotedNameBefore(const Document& doc, const std::vector<SpeechToken>& tokens, size_t at) {
  constexpr size_t kMaxQuotedWords = 6;
  if (at < 3 || tokens[at - 1].word || !ClosesQuote(DecodeAt(doc.text, tokens[at - 1].start).cp)) {
    return {};
  }
  size_t j = at - 1;  // the opening mark, when found
  while (j > 0 && tokens[j - 1].word && at - j <= kMaxQuotedWords &&
         tokens[j - 1].sentence == tokens[at].sentence) {
    --j;
  }
  if (j == 0 || j + 1 >= at || tokens[j - 1].word ||
      !OpensQuote(DecodeAt(doc.text, tokens[j - 1].start).cp) || !tokens[j].capital) {
    return {};
  }
  return {tokens[j].start, tokens[at - 2].end};
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
    if (IsPlace(doc, c.span)) continue;  // "IGUALA (México) -"
    c.name = doc.text.substr(c.span.start, c.span.end - c.span.start);
    c.sentence = tokens[i].sentence;
    for (const Mention& m : mentions) {
      if (m.span.start == c.span.start && m.span.end == c.span.end) c.entity = m.entity->name;
    }
    out.push_back(std::move(c));
  }
}

// A citation's name folded, with a leading article of its sentence's
// language set aside ("la fiscalía" -> "fiscalía").
std::string BareName(const SpeechLexicon& lexicon, const Document& doc, const Citation& c) {
  std::string name = FoldString(c.name);
  const SpeechLanguage* cues = lexicon.For(SentenceLanguage(doc, c.sentence));
  if (cues == nullptr) return name;
  for (const std::string& a : cues->articles) {
    const bool elided = a.ends_with("'");
    if (name.size() > a.size() + 1 && name.starts_with(a) && (elided || name[a.size()] == ' ')) {
      return name.substr(a.size() + (elided ? 0 : 1));
    }
  }
  return name;
}

// Drops a citation (not a link) whose name is the first words of
// another's ("la Fiscalía" beside "la Fiscalía de Guerrero", "La
// Secretaría" beside "la Secretaría de Gestión de Riesgos"): a short form
// of a body cited in full.
void DropShortForms(const SpeechLexicon& lexicon, Document& doc) {
  std::vector<std::string> bare;
  for (const Citation& c : doc.citations) bare.push_back(BareName(lexicon, doc, c));
  std::vector<Citation> kept;
  for (size_t i = 0; i < doc.citations.size(); ++i) {
    const Citation& c = doc.citations[i];
    bool short_form = false;
    for (size_t j = 0; j < bare.size() && c.url.empty() && !short_form; ++j) {
      short_form = j != i && bare[j].size() > bare[i].size() + 1 && bare[j].starts_with(bare[i]) &&
                   bare[j][bare[i].size()] == ' ';
    }
    if (!short_form) kept.push_back(c);
  }
  doc.citations = std::move(kept);
}

}  // namespace

// Whether `span` is just a mention of a place ("Según Managua", "IGUALA
// (México) -"): a place is no citation.
bool IsPlace(const Document& doc, Span span) {
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPlace) continue;
    for (const EntityMention& m : e.mentions) {
      if (m.span.start == span.start && m.span.end == span.end) return true;
    }
  }
  return false;
}

// A person is cited as written at their first mention ("el vicepresidente
// Jorge Glas ... detalló Glas" cites "Jorge Glas").
Citation Make(const SpeechLexicon& lexicon, const Document& doc, Span span, const Entity* e) {
  if (e != nullptr && e->type == EntityType::kPerson) {
    for (const EntityMention& m : e->mentions) {
      if (m.span.start < span.start) span = m.span;
    }
  }
  Citation c;
  c.sentence = SentenceAt(doc, span.start);
  span = AsWritten(doc, lexicon.For(SentenceLanguage(doc, c.sentence)), span);
  c.name = doc.text.substr(span.start, span.end - span.start);
  c.entity = e ? e->name : "";
  c.span = span;
  return c;
}

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
    const CuePosition position = cue->position == CuePosition::kAfter && i > 0 &&
                                         !tokens[i - 1].word && tokens[i - 1].folded != "." &&
                                         !ClosesQuote(DecodeAt(doc.text, tokens[i - 1].start).cp) &&
                                         tokens[i - 1].sentence == tokens[i].sentence &&
                                         after < tokens.size() &&
                                         tokens[after].sentence == tokens[i].sentence
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
      if (name.end > name.start && !IsPlace(doc, name)) {
        found.push_back(Make(lexicon, doc, name, nullptr));
      }
    } else {
      const Span name = QuotedNameBefore(doc, tokens, i);
      if (name.end > name.start) found.push_back(Make(lexicon, doc, name, nullptr));
    }
  }
  AttributedSources(lexicon, doc, mentions, found);
  QuotedOrganisations(lexicon, doc, mentions, found);
  const std::vector<Span> sources = SourcePhrases(doc);
  DefiniteSources(lexicon, doc, tokens, mentions, sources, found);
  for (Citation& c : found) c = GrowToSource(lexicon, doc, tokens, sources, std::move(c));
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
  DropShortForms(lexicon, doc);
}

}  // namespace parallax::annotate
