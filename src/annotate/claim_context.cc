// Claim finder internals (claim_context.h): tokens, cue matches, settings.
#include "annotate/claim_context.h"

#include <algorithm>
#include <optional>

#include "annotate/entity_lexicon.h"

namespace parallax::annotate {
namespace {

// The code point at text[i] and its length in bytes (a bad byte is one
// byte, code point 0xFFFD).
char32_t Decode(std::string_view text, size_t i, size_t& len) {
  const auto b = static_cast<unsigned char>(text[i]);
  len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (b >= 0x80 && b < 0xC0) len = 1;
  if (i + len > text.size()) {
    len = 1;
    return 0xFFFD;
  }
  if (len == 1) return b < 0x80 ? b : 0xFFFD;
  char32_t cp = b & (0x3F >> (len - 1));
  for (size_t k = 1; k < len; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  return cp;
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp <= 0xBF) return false;  // Latin-1 punctuation, no-break space
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return false;  // general punctuation
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  return cp != 0xFFFD;
}

bool EndsClause(char32_t cp) {
  return cp == ',' || cp == ';' || cp == ':' || cp == '(' || cp == ')' || cp == '[' || cp == ']' ||
         cp == 0x2013 || cp == 0x2014;
}

bool WordMatches(const CueWord& w, const std::string& token) {
  return w.prefix ? token.size() >= w.text.size() && token.compare(0, w.text.size(), w.text) == 0
                  : token == w.text;
}

// One past the last token of the cue when its words after the first match
// the tokens after `i`, in the same clause, else 0. A word after a "..."
// (`gap_before`) is the first match among the next kCueGap + 1 tokens; the
// tokens skipped may not lie inside a figure (`in_figure`).
size_t RestMatches(const Cue& cue, const std::vector<ClaimToken>& tokens,
                   const std::vector<bool>& in_figure, size_t i) {
  size_t at = i + 1;  // the next token to match
  for (size_t k = 1; k < cue.words.size(); ++k) {
    const CueWord& w = cue.words[k];
    const size_t last = w.gap_before ? at + kCueGap : at;
    for (;; ++at) {
      if (at > last || at >= tokens.size() || tokens[at].clause != tokens[i].clause) return 0;
      if (WordMatches(w, tokens[at].lower)) break;
      if (in_figure[at]) return 0;
    }
    ++at;
  }
  return at;
}

}  // namespace

ClaimSentence ReadClaimSentence(const ClaimCues& cues, std::string_view text, Span sentence,
                                const std::vector<Span>& figures) {
  ClaimSentence out;
  std::vector<bool> in_figure;  // by token: it starts inside a figure
  uint32_t clause = 0;
  size_t fig = 0;
  size_t i = sentence.start;
  const size_t end = std::min<size_t>(sentence.end, text.size());
  while (i < end) {
    size_t len = 1;
    const char32_t cp = Decode(text, i, len);
    if (!IsWordChar(cp)) {
      while (fig < figures.size() && figures[fig].end <= i) ++fig;
      const bool inside = fig < figures.size() && figures[fig].start <= i;
      if (EndsClause(cp) && !inside) ++clause;
      i += len;
      continue;
    }
    const size_t start = i;
    while (i < end) {
      const char32_t c = Decode(text, i, len);
      if (!IsWordChar(c)) break;
      i += len;
    }
    while (fig < figures.size() && figures[fig].end <= start) ++fig;
    in_figure.push_back(fig < figures.size() && figures[fig].start <= start);
    ClaimToken t;
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(i);
    t.clause = clause;
    t.lower = LowerUtf8(text.substr(start, i - start));
    out.tokens.push_back(std::move(t));
  }
  for (size_t k = 0; k < out.tokens.size(); ++k) {
    const std::string& lower = out.tokens[k].lower;
    const size_t first = out.matches.size();
    auto add = [&](const std::vector<uint32_t>& list) {
      for (uint32_t c : list) {
        const Cue& cue = cues.cues[c];
        if (const size_t past = RestMatches(cue, out.tokens, in_figure, k); past != 0) {
          out.matches.push_back({static_cast<uint32_t>(k), static_cast<uint32_t>(past - k), &cue});
        }
      }
    };
    ForEachCueList(cues, lower, add);
    std::stable_sort(out.matches.begin() + static_cast<std::ptrdiff_t>(first), out.matches.end(),
                     [](const CueMatch& a, const CueMatch& b) { return a.len > b.len; });
  }
  return out;
}

bool Has(const ClaimSentence& s, uint32_t tok, CueType type) {
  for (const CueMatch& m : s.matches) {
    if (m.tok == tok && m.cue->type == type) return true;
  }
  return false;
}

const CueMatch* MatchAt(const ClaimSentence& s, uint32_t tok, CueType type) {
  for (const CueMatch& m : s.matches) {
    if (m.tok == tok && m.cue->type == type) return &m;
  }
  return nullptr;
}

bool EndsBefore(const ClaimSentence& s, uint32_t tok, CueType type) {
  for (const CueMatch& m : s.matches) {
    if (m.tok + m.len == tok && m.cue->type == type) return true;
  }
  return false;
}

const CueMatch* MatchEndingAt(const ClaimSentence& s, uint32_t tok, CueType type) {
  for (const CueMatch& m : s.matches) {
    if (m.tok + m.len == tok && m.cue->type == type) return &m;
  }
  return nullptr;
}

std::vector<ClaimSetting> ClaimSettings(const Document& doc) {
  const size_t n = doc.sentences.size();
  std::vector<std::optional<EntityMention>> s_place(n);
  std::vector<const Entity*> s_entity(n, nullptr);
  std::optional<EntityMention> doc_place;
  const Entity* doc_entity = nullptr;
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPlace) continue;
    for (const EntityMention& m : e.mentions) {
      if (m.sentence >= n) continue;
      if (!s_place[m.sentence] || m.span.start < s_place[m.sentence]->span.start) {
        s_place[m.sentence] = m;
        s_entity[m.sentence] = &e;
      }
      if (!doc_place || m.span.start < doc_place->span.start) {
        doc_place = m;
        doc_entity = &e;
      }
    }
  }
  std::vector<const DateMention*> s_date(n, nullptr);
  for (const DateMention& d : doc.dates) {
    if (d.sentence >= n || d.value.empty() || d.value[0] == 'T' || s_date[d.sentence]) continue;
    s_date[d.sentence] = &d;
  }
  const size_t np = doc.paragraphs.size();
  std::vector<int64_t> p_place(np, -1), p_date(np, -1);
  for (size_t s = 0; s < n; ++s) {
    const uint32_t p = doc.sentences[s].paragraph;
    if (p >= np) continue;
    if (p_place[p] < 0 && s_place[s]) p_place[p] = static_cast<int64_t>(s);
    if (p_date[p] < 0 && s_date[s]) p_date[p] = static_cast<int64_t>(s);
  }
  std::vector<ClaimSetting> out(n);
  for (size_t s = 0; s < n; ++s) {
    const uint32_t p = doc.sentences[s].paragraph;
    int64_t ps = s_place[s] ? static_cast<int64_t>(s) : (p < np ? p_place[p] : -1);
    if (ps >= 0) {
      const Span span = s_place[static_cast<size_t>(ps)]->span;
      out[s].place = doc.text.substr(span.start, span.end - span.start);
      out[s].place_entity = s_entity[static_cast<size_t>(ps)]->name;
    } else if (doc_place) {
      out[s].place =
          doc.text.substr(doc_place->span.start, doc_place->span.end - doc_place->span.start);
      out[s].place_entity = doc_entity->name;
    }
    const int64_t ds = s_date[s] ? static_cast<int64_t>(s) : (p < np ? p_date[p] : -1);
    if (ds >= 0) {
      out[s].date = s_date[static_cast<size_t>(ds)]->value;
    } else if (doc.published) {
      out[s].date = *doc.published;
    }
  }
  return out;
}

}  // namespace parallax::annotate
