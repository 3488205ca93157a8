// parallax: sentence and word segmentation with ICU, for every script,
// working directly on UTF-8 byte offsets.
#ifndef PARALLAX_SEGMENT_H_
#define PARALLAX_SEGMENT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/document.h"

namespace parallax {

struct SegmentOptions {
  // Load data/<lang>/abbreviations.txt so that "ok. 400", "z.B.", "т.е."
  // and "Dr." do not end a sentence.
  bool use_abbreviations = true;
};

// Word kinds from ICU's word-break rule status.
enum class WordKind { kNumber, kLetter, kKana, kIdeo };

struct Word {
  Span span;
  WordKind kind = WordKind::kLetter;
};

// Holds per-language ICU break iterators and abbreviation lists.
// Thread safety: all methods are const and thread-safe (iterators are cloned
// per call or per thread).
class Segmenter {
 public:
  // Throws DataError if an abbreviation file is malformed; a language with no
  // file just gets ICU's rules.
  explicit Segmenter(const std::string& data_dir, SegmentOptions options = {});
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // Sentences of text[span] for language `lang` (ISO 639-1 or "und"), as
  // spans into `text`, trimmed of surrounding whitespace, never empty.
  // Sentences never cross a paragraph break ("\n\n").
  std::vector<Span> Sentences(std::string_view text, Span span, std::string_view lang) const;

  // Words (letters, numbers, kana, ideographs; not spaces or punctuation) of
  // text[span].
  std::vector<Word> Words(std::string_view text, Span span, std::string_view lang) const;

  // Fills doc.sentences from doc.text, doc.paragraphs and their languages.
  void Annotate(Document& doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Splits clean text into paragraphs at blank lines (one or more lines holding
// only whitespace), trimmed, never empty.
std::vector<Span> SplitParagraphs(std::string_view text);

}  // namespace parallax

#endif  // PARALLAX_SEGMENT_H_
