// Platforms and links a text cites (citation_links.h).
#include "annotate/citation_links.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/number_chars.h"

namespace parallax::annotate {

uint32_t SentenceAt(const Document& doc, uint32_t at) {
  const auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), at,
                                   [](uint32_t v, const Sentence& s) { return v < s.span.start; });
  return it == doc.sentences.begin() ? 0 : static_cast<uint32_t>(it - doc.sentences.begin() - 1);
}

// Social platforms a message on which is reported ("wrote on X", "auf
// Telegram", "в своём Telegram-канале"): a capitalised word, or its part
// before a hyphen, that is a platform of the language, after a lower-case
// word, in a sentence with a reporting verb or citation cue.
void FindPlatformCitations(const SpeechLexicon& lexicon, const Document& doc,
                           const std::vector<SpeechToken>& tokens, std::vector<Citation>& out) {
  std::vector<char> reported(doc.sentences.size(), 0);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const SpeechLanguage* cues = lexicon.For(SentenceLanguage(doc, tokens[i].sentence));
    if (cues != nullptr && tokens[i].sentence < reported.size() &&
        (cues->verbs.Match(tokens, i) != nullptr || cues->cites.Match(tokens, i) != nullptr ||
         cues->source_verbs.Match(tokens, i) != nullptr)) {
      reported[tokens[i].sentence] = 1;
    }
  }
  for (size_t i = 1; i < tokens.size(); ++i) {
    const SpeechToken& t = tokens[i];
    if (!t.capital || !tokens[i - 1].word || tokens[i - 1].capital ||
        tokens[i - 1].sentence != t.sentence || t.sentence >= reported.size() ||
        !reported[t.sentence]) {
      continue;
    }
    const SpeechLanguage* cues = lexicon.For(SentenceLanguage(doc, t.sentence));
    if (cues == nullptr || cues->platforms.empty()) continue;
    const size_t hyphen = t.folded.find('-');
    const std::string head = t.folded.substr(0, hyphen);
    if (std::find(cues->platforms.begin(), cues->platforms.end(), head) == cues->platforms.end()) {
      continue;
    }
    const uint32_t end =
        hyphen == std::string::npos ? t.end : static_cast<uint32_t>(doc.text.find('-', t.start));
    Citation c;
    c.span = {t.start, end};
    c.name = doc.text.substr(t.start, end - t.start);
    c.sentence = t.sentence;
    out.push_back(std::move(c));
  }
}

// URLs: "http://", "https://" or "www." up to a space, trailing
// punctuation dropped; the name is the host without "www.".
void FindUrlCitations(const Document& doc, std::vector<Citation>& out) {
  const std::string& text = doc.text;
  // The next place of each start, searched again only once passed: linear.
  constexpr std::string_view kStarts[] = {"http://", "https://", "www."};
  size_t found[3] = {0, 0, 0};
  bool stale[3] = {true, true, true};
  for (size_t at = 0; at < text.size();) {
    size_t next = std::string::npos;
    for (size_t k = 0; k < 3; ++k) {
      if (stale[k] || (found[k] != std::string::npos && found[k] < at)) {
        found[k] = text.find(kStarts[k], at);
        stale[k] = false;
      }
      next = std::min(next, found[k]);
    }
    if (next == std::string::npos) break;
    if (next > 0 && IsLetter(DecodeBefore(text, next))) {
      at = next + 4;
      continue;
    }
    size_t end = next;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) &&
           static_cast<unsigned char>(text[end]) >= 0x21) {
      // Quotation marks and guillemets end a link too.
      const Decoded d = DecodeAt(text, end);
      if (d.cp == 0xAB || d.cp == 0xBB || (d.cp >= 0x2018 && d.cp <= 0x201F) || d.cp == '"') break;
      end += d.len;
    }
    while (end > next && std::string_view(".,;:!?)]'").find(text[end - 1]) != std::string::npos) {
      --end;
    }
    Citation c;
    c.url = text.substr(next, end - next);
    size_t host = c.url.find("://");
    host = host == std::string::npos ? 0 : host + 3;
    size_t host_end = c.url.find_first_of("/?#:", host);
    c.name =
        c.url.substr(host, host_end == std::string::npos ? std::string::npos : host_end - host);
    if (c.name.starts_with("www.")) c.name.erase(0, 4);
    c.span = {static_cast<uint32_t>(next), static_cast<uint32_t>(end)};
    c.sentence = SentenceAt(doc, c.span.start);
    if (!c.name.empty() && c.name.find('.') != std::string::npos) out.push_back(std::move(c));
    at = std::max(end, next + 4);
  }
}

}  // namespace parallax::annotate
