// parallax annotate stage: finding the names in a sentence (entities.h):
// words and their capitalisation, then gazetteer names, acronyms, and runs
// of capitalised words typed by the cues of data/<lang>/entities.tsv.
#ifndef PARALLAX_ANNOTATE_ENTITY_MENTIONS_H_
#define PARALLAX_ANNOTATE_ENTITY_MENTIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/entity_lexicon.h"
#include "parallax/document.h"

namespace parallax::annotate {

// One word of a sentence, as the name finder sees it.
struct NameWord {
  uint32_t start = 0;  // byte offsets in the sentence's text
  uint32_t end = 0;
  bool upper_initial = false;  // first letter upper or title case
  bool all_caps = false;       // two or more letters, none lower case
  bool caseless = false;       // letters of a script without case (Arabic, Han ...)
  bool initial = false;        // the first word of the sentence, or after an opening quote or colon
  bool after_open_paren = false;    // "(" stands right before it
  bool before_close_paren = false;  // ")" stands right after it
  bool joined = false;              // only spaces stand between it and the word before
  uint32_t letters = 0;
};

// The words of `text` (letters and digits, with inner hyphens and
// apostrophes: "Kassym-Jomart", "O'Brien", "G7"). Linear; never throws.
std::vector<NameWord> SplitNameWords(std::string_view text);

// Evidence gathered over a whole document before names are chosen.
struct NameEvidence {
  // Lower-case words seen capitalised inside sentences (not first), where
  // the language does not capitalise its nouns.
  WordSet capitalised_inside;
  // Lower-case words seen lower case inside sentences.
  WordSet seen_lower;
};

// A name found in a sentence.
struct FoundName {
  Span span;  // in the document's text
  uint32_t sentence = 0;
  std::string lang;                // the language it was read in
  std::vector<std::string> words;  // its words, as written (particles included)
  EntityType type = EntityType::kOther;
  int32_t gazetteer = -1;  // entry index, or -1
  bool acronym = false;
  bool titled = false;  // a title or role stands before it ("President")
  int32_t linked = -1;  // index of the name it expands or abbreviates ("CSTO (...)")
};

// Adds what `words` of one sentence `text` say to `evidence`.
void GatherEvidence(const EntityLexicon& lexicon, std::string_view text,
                    const std::vector<NameWord>& words, std::string_view lang,
                    NameEvidence& evidence);

// Appends the names of one sentence to `out`. `text` is the sentence,
// `offset` its start in the document, `words` SplitNameWords(text).
void FindNames(const EntityLexicon& lexicon, std::string_view text, uint32_t offset,
               uint32_t sentence, const std::vector<NameWord>& words, std::string_view lang,
               const NameEvidence& evidence, std::vector<FoundName>& out);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_ENTITY_MENTIONS_H_
