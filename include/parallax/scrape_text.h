// parallax: plain-text scrapes cleaned: hard wraps undone, justification
// spaces collapsed, words split at line ends re-joined, junk lines removed
// with their reasons (issue 3).
#ifndef PARALLAX_SCRAPE_TEXT_H_
#define PARALLAX_SCRAPE_TEXT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/document.h"
#include "parallax/offset_map.h"
#include "parallax/site_lines.h"

namespace parallax {

struct CleanText {
  std::string text;                   // paragraphs joined by "\n\n"
  std::vector<Span> paragraphs;       // into `text`
  OffsetMap to_input;                 // offsets in `text` -> offsets in the input
  std::vector<RemovedBlock> removed;  // junk lines/blocks with reasons, in order
};

// Per-language junk-line lexicons (data/<lang>/junk.tsv) plus
// language-independent structure rules. Thread-safe after construction.
class ScrapeCleaner {
 public:
  // Loads every data/<lang>/junk.tsv under `data_dir`. Throws DataError on a
  // malformed file; a language without a file gets the structure rules only.
  explicit ScrapeCleaner(const std::string& data_dir);
  ~ScrapeCleaner();
  ScrapeCleaner(const ScrapeCleaner&) = delete;
  ScrapeCleaner& operator=(const ScrapeCleaner&) = delete;

  // Cleans `text` (the output of RenderPlainText: paragraphs separated by
  // "\n\n", lines by "\n") written in `lang` (ISO 639-1 or "und"). Lexicons
  // of every language are consulted for junk lines (a German page carries
  // English "Share this"); `lang` decides hyphenation rules. Never throws.
  CleanText Clean(std::string_view text, std::string_view lang) const;

  // As above, and also removes the lines that repeat across the documents of
  // `site` (the document's site key, site_lines.h) in `sites`, which should
  // have learned this document too. A line goes when (a) `sites` counts it in
  // at least 3 documents of the site and in at least 25% of them, and (b) it
  // is not article-like: at most 8 words, or no sentence end (. ! ? …) and at
  // most 24 words; a line that is part of a wrapped paragraph stays. Its
  // reason is the lexicon's when the lexicon knows the line, else
  // "boilerplate". A long sentence that two articles quote stays. `sites`
  // null, `site` empty or a site `sites` never saw: exactly Clean(text,
  // lang). The thresholds and where they come from: data/junk-README.md.
  // Thread-safe when `sites` is no longer being added to. Never throws.
  CleanText Clean(std::string_view text, std::string_view lang, const SiteLines* sites,
                  std::string_view site) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parallax

#endif  // PARALLAX_SCRAPE_TEXT_H_
