// parallax story stage: what each source of a story is (SourceSignals):
// reporting or opinion, fundraising, hedged and unsupported claims, the
// sources it cites, and whether it repeats another document.
//
// Genre. A sentence carries an opinion cue when, outside direct quotes (a
// quoted "we will restore order" is the speaker's, not the writer's), it
// holds a first-person word, an evaluative word or a hedge of the writer's
// own (data/<lang>/genre.tsv), or a '?' or '!' (any language). The opinion
// share is the share of sentences with a cue; a text reads as opinion when
// it reaches CompareRules::opinion_threshold (data/story/compare.tsv). The
// cues of the sentence's paragraph language are used when the paragraph's
// language is reliable and has a genre.tsv, else the document's; a language
// without genre.tsv keeps the punctuation cues.
//
// Unsupported: the share of the document's claims that stand in
// single_source comparisons (no other independent source gives the
// figure).
#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "annotate/number_chars.h"
#include "core/utf8.h"
#include "parallax/url.h"
#include "story/compare_detail.h"

namespace parallax::story {
namespace {

bool Matches(const std::vector<std::string>& cues, std::string_view word) {
  for (const std::string& cue : cues) {
    if (!cue.empty() && cue.back() == '*') {
      const std::string_view stem(cue.data(), cue.size() - 1);
      if (word.size() >= stem.size() && word.substr(0, stem.size()) == stem) return true;
    } else if (cue == word) {
      return true;
    }
  }
  return false;
}

// Whether [start, end) lies inside one of the direct quotes.
bool Quoted(const std::vector<Span>& quotes, size_t start, size_t end) {
  return std::any_of(quotes.begin(), quotes.end(),
                     [&](const Span& q) { return start >= q.start && end <= q.end; });
}

const GenreCues* CuesFor(const Document& doc, const Sentence& s, const CompareRules& rules) {
  if (s.paragraph < doc.paragraphs.size()) {
    const LanguageGuess& g = doc.paragraphs[s.paragraph].lang;
    if (g.reliable) {
      auto it = rules.genre.find(g.lang);
      if (it != rules.genre.end()) return &it->second;
    }
  }
  auto it = rules.genre.find(doc.lang.lang);
  return it == rules.genre.end() ? nullptr : &it->second;
}

struct SentenceCues {
  uint32_t first_person = 0;
  uint32_t evaluative = 0;
  uint32_t hedges = 0;
  bool question = false;
  bool exclamation = false;
  bool any() const { return first_person + evaluative + hedges > 0 || question || exclamation; }
};

SentenceCues ReadSentence(std::string_view text, size_t base, const std::vector<Span>& quotes,
                          const GenreCues* cues) {
  SentenceCues out;
  size_t i = 0;
  while (i < text.size()) {
    const Decoded d = DecodeAt(text, i);
    if (!annotate::IsLetter(d.cp)) {
      if (!Quoted(quotes, base + i, base + i + d.len)) {
        out.question = out.question || d.cp == '?' || d.cp == 0xBF;        // ¿
        out.exclamation = out.exclamation || d.cp == '!' || d.cp == 0xA1;  // ¡
      }
      i += d.len;
      continue;
    }
    // A word: letters, with apostrophes and hyphens between them ("j'ai",
    // "п'ять", "peut-être").
    const size_t start = i;
    size_t end = i;
    while (end < text.size()) {
      const Decoded w = DecodeAt(text, end);
      if (annotate::IsLetter(w.cp)) {
        end += w.len;
        continue;
      }
      const bool joiner = w.cp == '\'' || w.cp == 0x2019 || w.cp == 0x2BC || w.cp == '-';
      if (joiner && end + w.len < text.size() &&
          annotate::IsLetter(DecodeAt(text, end + w.len).cp)) {
        end += w.len;
        continue;
      }
      break;
    }
    i = end;
    if (cues == nullptr || Quoted(quotes, base + start, base + end)) continue;
    const std::string word = FoldString(text.substr(start, end - start));
    if (Matches(cues->first_person, word)) ++out.first_person;
    if (Matches(cues->evaluative, word)) ++out.evaluative;
    if (Matches(cues->hedges, word)) ++out.hedges;
  }
  return out;
}

std::vector<std::string> Cites(const Document& doc) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const Citation& c : doc.citations) {
    const Entity* e = FindEntity(doc, c.entity);
    std::string name = e != nullptr && !e->name.empty() ? e->name : c.name;
    if (name.empty()) name = c.url;
    if (name.empty() || !seen.insert(FoldString(name)).second) continue;
    out.push_back(std::move(name));
  }
  return out;
}

bool Fundraising(const Document& doc) {
  if (!doc.signals.is_object()) return false;
  auto it = doc.signals.find("fundraising");
  if (it == doc.signals.end() || !it->is_object()) return false;
  auto present = it->find("present");
  return present != it->end() && present->is_boolean() && present->get<bool>();
}

}  // namespace

void CountGenreCues(const Document& doc, const CompareRules& rules, SourceSignals& out) {
  std::vector<Span> quotes;
  for (const Quote& q : doc.quotes) {
    if (q.direct) quotes.push_back(q.span);
  }
  out.first_person = out.evaluative = out.questions = out.exclamations = 0;
  size_t sentences = 0;
  size_t with_cue = 0;
  auto read = [&](Span span, const GenreCues* cues) {
    if (span.end <= span.start || span.end > doc.text.size()) return;
    const SentenceCues c =
        ReadSentence(std::string_view(doc.text).substr(span.start, span.end - span.start),
                     span.start, quotes, cues);
    ++sentences;
    out.first_person += c.first_person;
    out.evaluative += c.evaluative;
    out.questions += c.question ? 1 : 0;
    out.exclamations += c.exclamation ? 1 : 0;
    if (c.any()) ++with_cue;
  };
  if (doc.sentences.empty()) {
    // A text not segmented (built by hand) is one sentence.
    auto it = rules.genre.find(doc.lang.lang);
    read(Span{0, static_cast<uint32_t>(doc.text.size())},
         it == rules.genre.end() ? nullptr : &it->second);
  }
  for (const Sentence& s : doc.sentences) read(s.span, CuesFor(doc, s, rules));
  out.opinion = sentences == 0 ? 0 : std::min(1.0, static_cast<double>(with_cue) / sentences);
  out.genre = sentences > 0 && out.opinion >= rules.opinion_threshold ? "opinion" : "reporting";
}

std::vector<SourceSignals> BuildSourceSignals(const std::vector<const Document*>& docs,
                                              const std::vector<StoryAssignment>& links,
                                              const std::vector<Comparison>& comparisons,
                                              const CompareRules& rules) {
  // The claims of each document that stand in single_source comparisons.
  std::map<std::string, std::set<uint32_t>> single;
  for (const Comparison& c : comparisons) {
    if (c.status != ComparisonStatus::kSingleSource) continue;
    for (const ComparedValue& v : c.values) single[v.document].insert(v.claim);
  }
  std::map<std::string, const StoryAssignment*> link_of;
  for (const StoryAssignment& a : links) link_of[a.document] = &a;

  std::vector<SourceSignals> out;
  for (const Document* d : docs) {
    SourceSignals s;
    s.document = d->id;
    s.lang = d->lang.lang;
    s.site = !d->site.empty() ? d->site : SiteOfUrl(d->url);
    CountGenreCues(*d, rules, s);
    s.hedges = static_cast<uint32_t>(
        std::count_if(d->claims.begin(), d->claims.end(), [](const Claim& c) { return c.hedged; }));
    s.fundraising = Fundraising(*d);
    s.claims = d->claims.size();
    if (s.claims > 0) {
      auto it = single.find(d->id);
      const size_t n = it == single.end() ? 0 : it->second.size();
      s.unsupported = static_cast<double>(n) / static_cast<double>(s.claims);
    }
    s.cites = Cites(*d);
    if (auto it = link_of.find(d->id); it != link_of.end() && !it->second->copy_of.empty() &&
                                       it->second->copy != CopyKind::kNone) {
      s.copy_of = it->second->copy_of;
      s.copy = it->second->copy;
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace parallax::story
