// Direct quotes and indirect speech with their speakers (quotes.h).
#include "annotate/quotes.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "annotate/quote_detail.h"

namespace parallax::annotate {
namespace quote_detail {

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
  size_t length = 0;
  return cues.verbs.MatchGapped(tokens, i, cues.auxiliaries, length) ? length : 0;
}

// How many tokens before a verb word a longer verb phrase holding it may
// start ("a indiqué", "ont toutefois indiqué" is two verbs).
constexpr size_t kVerbPhraseReach = 3;

size_t VerbStart(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t from,
                 size_t v) {
  const size_t first = v > from + kVerbPhraseReach ? v - kVerbPhraseReach : from;
  for (size_t k = first; k < v; ++k) {
    if (k + VerbAt(cues, tokens, k) > v) return k;
  }
  return v;
}

Span SpanOf(const std::vector<SpeechToken>& tokens, size_t from, size_t to) {
  if (from >= to) return {};
  return {tokens[from].start, tokens[to - 1].end};
}

// A pronoun inside a reporting verb phrase ("a-t-il déclaré", "dit-elle"):
// the verb's subject when no other words name one.
Span PronounInVerb(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t v,
                   size_t n) {
  for (size_t k = v; k < v + n; ++k) {
    if (cues.pronouns.Match(tokens, k) != nullptr) return SpanOf(tokens, k, k + 1);
  }
  return {};
}

// Whether words of a person or an organisation stand in `s`.
bool NamesSomeone(const Document& doc, Span s) {
  return s.end > s.start && (EntityInside(doc, s.start, s.end, EntityType::kPerson) ||
                             EntityInside(doc, s.start, s.end, EntityType::kOrganization));
}

uint32_t ParagraphEnd(const Document& doc, uint32_t sentence) {
  const uint32_t p = doc.sentences[sentence].paragraph;
  return p < doc.paragraphs.size() ? doc.paragraphs[p].span.end : doc.sentences[sentence].span.end;
}

void SetSpeaker(const Document& doc, Span s, Quote& q) {
  q.speaker_span = s;
  q.speaker = s.end > s.start ? TrimmedText(doc, s.start, s.end) : "";
}

// A speaker no entity stands for: none when the words do not name one ("a
// student who asked not to be named", "ein Iraner aus Schiras"); the name
// at their end when lower-case words other than an article come first
// ("powiedziała nam Rima Haddad", not "the Journalists Association").
void UnresolvedSpeaker(const SpeechLanguage& cues, const Document& doc,
                       const std::vector<SpeechToken>& tokens, Quote& q) {
  const size_t from = TokenAt(tokens, q.speaker_span.start);
  const size_t to = TokenAt(tokens, q.speaker_span.end);
  // "In einer Erklärung der Feuerwehr", "A statement from the county
  // council": the words of the body named after a speech noun.
  for (size_t k = from; k + 1 < to; ++k) {
    const SpeechPhrase* noun = cues.speech_nouns.Match(tokens, k);
    if (noun == nullptr) continue;
    size_t owner = k + noun->words.size();
    if (const SpeechPhrase* link = owner < to ? cues.noun_links.Match(tokens, owner) : nullptr) {
      owner += link->words.size();
    }
    if (owner < to && tokens[owner].word) {
      q.speaker_span = SpanOf(tokens, owner, to);
      q.speaker = TrimmedText(doc, q.speaker_span.start, q.speaker_span.end);
      return;
    }
    break;
  }
  size_t name = to;
  while (name > from && tokens[name - 1].capital) --name;
  for (size_t k = from; k < to; ++k) {
    // German capitalises its nouns: „Ein Bahnsprecher“ opens with one.
    if (k >= name && k > from) break;
    if (cues.indefinites.Match(tokens, k) != nullptr) {
      q.speaker.clear();
      q.speaker_span = {};
      return;
    }
  }
  const bool article = name > from && cues.IsArticle(tokens[name - 1].folded);
  if (to - name >= 2 && name > from && !tokens[name - 1].capital && tokens[name - 1].word &&
      !article) {
    q.speaker_span = SpanOf(tokens, name, to);
    q.speaker = TrimmedText(doc, q.speaker_span.start, q.speaker_span.end);
  }
  DropLeadingRole(cues, doc, tokens, q);
}

// An entity name that the recogniser read with a role before it
// ("Студентка Вера Лаптева"): the name without the role when two or more
// capitalised words are left, else `name`.
std::string NameWithoutRole(const SpeechLanguage& cues, const std::string& name) {
  const std::vector<SpeechToken> words = TokenizeSpeechText(name);
  const SpeechPhrase* role = words.empty() ? nullptr : cues.roles.Match(words, 0);
  if (role == nullptr) return name;
  const size_t first = role->words.size();
  if (words.size() < first + 2) return name;
  for (size_t k = first; k < words.size(); ++k) {
    if (!words[k].word || !words[k].capital) return name;
  }
  return name.substr(words[first].start);
}

}  // namespace quote_detail

using quote_detail::DashQuotes;
using quote_detail::FindIndirect;
using quote_detail::LastPersonIn;
using quote_detail::NameWithoutRole;
using quote_detail::ParagraphEnd;
using quote_detail::SetSpeaker;
using quote_detail::SpeakerAfter;
using quote_detail::SpeakerBefore;
using quote_detail::SpeakerInside;
using quote_detail::SpeakerOfReported;
using quote_detail::SubjectOpeningSentence;
using quote_detail::TokenAt;
using quote_detail::UnresolvedSpeaker;

void FindQuotes(const SpeechLexicon& lexicon, Document& doc) {
  if (doc.sentences.empty()) {
    doc.quotes.clear();
    return;
  }
  FindQuotes(lexicon, TokenizeSpeech(doc), doc);
}

void FindQuotes(const SpeechLexicon& lexicon, const std::vector<SpeechToken>& tokens,
                Document& doc) {
  doc.quotes.clear();
  if (doc.sentences.empty()) return;
  static const SpeechLanguage kNone;
  std::vector<Quote> found;
  std::vector<Span> direct;
  Span last_para_speaker;  // the speaker whose words closed the paragraph before
  Span prev_para;          // the paragraph before
  for (const Paragraph& para : doc.paragraphs) {
    size_t prev_clause_end = 0;  // token after the last quote's speaker clause
    bool prev_had_speaker = false;
    Span prev_speaker;
    const size_t para_begin = TokenAt(tokens, para.span.start);
    const uint32_t para_first = para_begin < tokens.size() ? tokens[para_begin].start : UINT32_MAX;
    std::vector<QuoteMarks> marks = ScanQuoteMarks(doc.text, para.span.start, para.span.end);
    std::vector<QuoteMarks> dashes = DashQuotes(lexicon, doc, tokens, para.span, marks);
    if (!dashes.empty()) {
      marks.insert(marks.end(), dashes.begin(), dashes.end());
      std::sort(marks.begin(), marks.end(),
                [](const QuoteMarks& a, const QuoteMarks& b) { return a.open < b.open; });
    }
    for (const QuoteMarks& m : marks) {
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
      Span s = SpeakerAfter(*cues, doc, tokens, after, limit, clause_end);
      if (s.end <= s.start) {
        const uint32_t floor = doc.sentences[q.sentence].span.start;
        s = SpeakerBefore(*cues, doc, tokens, open, floor);
      }
      // A speaker set off by dashes inside the quote ("«..., — каже її
      // сусід Рам Тапа, — ...»") is its own, also right after another's quote.
      if (s.end <= s.start) {
        s = SpeakerInside(*cues, tokens, TokenAt(tokens, m.start), TokenAt(tokens, m.end));
      }
      // The second part of a quote split by its speaker: „...“, sagte X, „...“.
      if (s.end <= s.start && prev_had_speaker && prev_clause_end <= open &&
          std::all_of(tokens.begin() + prev_clause_end, tokens.begin() + open,
                      [](const SpeechToken& t) { return !t.word; })) {
        s = prev_speaker;
      }
      if (s.end <= s.start) {
        const Span sent = doc.sentences[q.sentence].span;
        s = SpeakerOfReported(*cues, doc, tokens, TokenAt(tokens, sent.start),
                              TokenAt(tokens, sent.end), open);
        // "The minister called the attack "a crime against humanity"".
        if (s.end <= s.start)
          s = SubjectOpeningSentence(*cues, doc, tokens, TokenAt(tokens, sent.start), open);
      }
      // A paragraph that opens with a quote goes on in the words of the
      // speaker who closed the paragraph before.
      if (s.end <= s.start && m.open == para_first) s = last_para_speaker;
      // Else the person the paragraph before named last ("Ama Owusu, a
      // nurse, described the first night.\n\n"We laid patients ..."").
      if (s.end <= s.start && m.open == para_first) s = LastPersonIn(doc, prev_para);
      // A quote that opens a sentence after one naming a person ("Thomas
      // Weber berichtet von chaotischen Zuständen. „...“"): that person's.
      if (s.end <= s.start && !prev_had_speaker && open > para_begin &&
          tokens[open - 1].sentence != tokens[open].sentence) {
        const uint32_t prev = tokens[open - 1].sentence;
        s = LastPersonIn(doc, {doc.sentences[prev].span.start, tokens[open].start});
      }
      // A quote that opens a sentence after a quoted speaker of the same
      // paragraph goes on in that speaker's words.
      if (s.end <= s.start && prev_had_speaker &&
          (open == 0 || tokens[open - 1].sentence != tokens[open].sentence)) {
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
    last_para_speaker = {};
    prev_para = para.span;
    if (prev_had_speaker && prev_clause_end > 0) {
      // The speaker's sentence is the paragraph's last.
      const uint32_t sentence = tokens[prev_clause_end - 1].sentence;
      size_t k = prev_clause_end;
      while (k < tokens.size() && tokens[k].start < para.span.end &&
             tokens[k].sentence == sentence) {
        ++k;
      }
      if (k >= tokens.size() || tokens[k].start >= para.span.end) last_para_speaker = prev_speaker;
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
  uint32_t last_speaker_at = 0;
  const std::vector<RoleMention> roles =
      found.empty() ? std::vector<RoleMention>() : FindRoleMentions(lexicon, doc, tokens);
  for (Quote& q : found) {
    const SpeechLanguage* cues = lexicon.For(SentenceLanguage(doc, q.sentence));
    if (cues != nullptr && q.speaker_span.end > q.speaker_span.start) {
      ResolveSpeaker(*cues, doc, tokens, roles, last_speaker, last_speaker_at, q);
    }
    if (cues != nullptr && !q.speaker_entity.empty()) {
      q.speaker_entity = NameWithoutRole(*cues, q.speaker_entity);
    }
    if (cues != nullptr && q.speaker_entity.empty()) UnresolvedSpeaker(*cues, doc, tokens, q);
    if (!q.speaker_entity.empty()) {
      last_speaker = q.speaker_entity;
      last_speaker_at = std::max(last_speaker_at, q.speaker_span.end);
    }
  }
  doc.quotes = std::move(found);
}

}  // namespace parallax::annotate
