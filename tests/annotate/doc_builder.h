// Test helper: builds a Document by hand from paragraphs of sentences, with
// the sentence and paragraph spans the pipeline would give them, so annotate
// tests can start from known sentence boundaries.
#ifndef PARALLAX_TESTS_ANNOTATE_DOC_BUILDER_H_
#define PARALLAX_TESTS_ANNOTATE_DOC_BUILDER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "parallax/document.h"

namespace parallax::test {

// Appends a paragraph in `lang` to `doc`: `sentences` joined by one space,
// after "\n\n" when the text is not empty; each gets a Sentence and the
// whole a Paragraph.
inline void AppendParagraph(Document& doc, const std::vector<std::string>& sentences,
                            const LanguageGuess& lang) {
  if (!doc.text.empty()) doc.text += "\n\n";
  Paragraph p;
  p.span.start = static_cast<uint32_t>(doc.text.size());
  p.lang = lang;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (i) doc.text += " ";
    Sentence s;
    s.span.start = static_cast<uint32_t>(doc.text.size());
    doc.text += sentences[i];
    s.span.end = static_cast<uint32_t>(doc.text.size());
    s.paragraph = static_cast<uint32_t>(doc.paragraphs.size());
    doc.sentences.push_back(s);
  }
  p.span.end = static_cast<uint32_t>(doc.text.size());
  doc.paragraphs.push_back(p);
}

}  // namespace parallax::test

#endif  // PARALLAX_TESTS_ANNOTATE_DOC_BUILDER_H_
