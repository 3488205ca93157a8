// Dialogue set off by dashes instead of quotation marks (quote_detail.h,
// DashQuotes): "— Вода поднялась за час, — рассказала Нина Фролова.",
// "– Nie wiem, co dalej – powiedział.", "—Llegamos tarde —relató Carmen
// Ortiz." Typography, read in every language; a reporting verb of the
// sentence's language right after the closing dash is what tells a line
// of dialogue from a dash that only sets off words or a list.
#include <vector>

#include "annotate/quote_detail.h"

namespace parallax::annotate::quote_detail {
namespace {

// A dash that may open or close a line of dialogue: em dash, en dash or a
// hyphen standing alone.
bool IsDialogueDash(const SpeechToken& t) {
  return !t.word && (t.folded == "\xE2\x80\x94" || t.folded == "\xE2\x80\x93" || t.folded == "-");
}

bool EndsSentence(const SpeechToken& t) {
  return !t.word && (t.folded == "." || t.folded == "!" || t.folded == "?" ||
                     t.folded == "\xE2\x80\xA6" || t.folded == "...");
}

// Whether tokens[k] lies inside one of `marked` (byte spans of quotes).
bool InsideMarked(const std::vector<QuoteMarks>& marked, const SpeechToken& t) {
  for (const QuoteMarks& m : marked) {
    if (t.start >= m.open && t.start < m.close_end) return true;
  }
  return false;
}

}  // namespace

std::vector<QuoteMarks> DashQuotes(const SpeechLexicon& lexicon, const Document& doc,
                                   const std::vector<SpeechToken>& tokens, Span para,
                                   const std::vector<QuoteMarks>& marked) {
  std::vector<QuoteMarks> out;
  const size_t begin = TokenAt(tokens, para.start);
  size_t end = begin;
  while (end < tokens.size() && tokens[end].start < para.end) ++end;
  for (size_t k = begin; k + 2 < end; ++k) {
    // A line opens with a dash at the paragraph's start or after a
    // sentence's end ("Jan Mazur stracił dom. – Nie wiem ...").
    if (!IsDialogueDash(tokens[k]) || !tokens[k + 1].word) continue;
    if (k > begin && !EndsSentence(tokens[k - 1])) continue;
    if (InsideMarked(marked, tokens[k])) continue;
    const SpeechLanguage* cues = lexicon.For(SentenceLanguage(doc, tokens[k].sentence));
    if (cues == nullptr) continue;
    // The first dash after it with a reporting verb right after closes
    // the line ("— ..., — рассказала", "– ... – mówi", "—... —relató");
    // a dash that only sets off words inside the line is passed over.
    for (size_t j = k + 2; j + 1 < end; ++j) {
      if (IsQuoteMark(tokens[j]) || (IsDialogueDash(tokens[j]) && EndsSentence(tokens[j - 1]) &&
                                     j + 1 < end && tokens[j + 1].word && tokens[j + 1].capital)) {
        break;  // a quotation or the next line of dialogue
      }
      if (!IsDialogueDash(tokens[j]) || VerbAt(*cues, tokens, j + 1) == 0) continue;
      size_t last = j;  // the line's end, without the comma before the dash
      while (last > k + 1 && !tokens[last - 1].word && !EndsSentence(tokens[last - 1])) --last;
      if (last <= k + 1) break;
      QuoteMarks m;
      m.open = tokens[k].start;
      m.start = tokens[k + 1].start;
      m.end = tokens[last].start;
      m.close_end = tokens[j].end;
      out.push_back(m);
      k = j;
      break;
    }
  }
  return out;
}

}  // namespace parallax::annotate::quote_detail
