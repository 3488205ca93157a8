// parallax: lines that repeat across the documents of one site (issue 3).
//
// A plain-text scrape carries the site's furniture as ordinary lines ("Menü",
// "Startseite", a slogan, a newsletter line). One at a time they look like
// text; what gives them away is that the SAME line stands in many documents
// of the SAME site. SiteLines learns, per site key, in how many documents each
// distinct line occurs; ScrapeCleaner (scrape_text.h) then removes the lines
// that are frequent on their site and not article-like.
//
// The site key is Document::site when the input names one (JSONL "site",
// WARC), else the host of the URL (SiteOfUrl, url.h). A document with
// neither is not learned from and not judged: a folder of bare .txt files has
// no site key. See data/junk-README.md ("Lines repeated across a site").
#ifndef PARALLAX_SITE_LINES_H_
#define PARALLAX_SITE_LINES_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace parallax {

struct SiteLinesOptions {
  // Distinct lines counted per document; lines after the first this many are
  // not counted. Page furniture sits at the top and the bottom of a page and
  // a news article has well under 300 lines (the longest text in
  // examples/corpus has under 100), so 1,000 keeps a whole article and bounds
  // what one huge document (a forum dump) can add.
  size_t max_lines_per_document = 1000;
  // Distinct (site, line) entries kept in all; when full, lines not yet in the
  // table are no longer added (lines already in it are still counted).
  // 4,194,304 entries of a 64-bit hash and a count take about 200 MB with the
  // hash-table overhead; furniture lines appear in a site's first documents,
  // so they are in the table before it fills.
  size_t max_entries = size_t{1} << 22;
  // Lines longer than this many bytes are not counted (nothing that long is
  // furniture, see kMaxRepeatedWords in src/extract/scrape_text.cc: 24 words
  // of at most ~20 bytes each).
  size_t max_line_bytes = 480;
};

// Per-site document counts of normalised lines. Lines are compared after
// trimming, collapsing runs of spaces, simple case folding, every run of
// ASCII digits read as one number, and leading/trailing decoration and
// punctuation cut (the NormalizeForMatch form of the junk lexicons,
// data/junk-README.md): "Menü", "  MENÜ:" and "» menü" are one line, and so
// are "© 2021 Example" and "© 2022 Example". Only a 64-bit hash of each line
// is stored, never its text, so two different lines collide with probability
// about n^2 / 2^65 (n lines of a site): negligible.
//
// Thread safety: Add must not run at the same time as any other call; after
// the last Add, the const members may be called from many threads at once.
class SiteLines {
 public:
  explicit SiteLines(SiteLinesOptions options = {});
  ~SiteLines();
  SiteLines(SiteLines&&) noexcept;
  SiteLines& operator=(SiteLines&&) noexcept;
  SiteLines(const SiteLines&) = delete;
  SiteLines& operator=(const SiteLines&) = delete;

  // Learns one document of `site`: `text` is split at '\n', each distinct
  // non-empty normalised line is counted once (however often the document
  // repeats it), and the site's document count goes up by one. An empty
  // `site` is ignored (nothing is learned); an empty `text` still counts as a
  // document of the site. Never throws except std::bad_alloc.
  void Add(std::string_view site, std::string_view text);

  // Documents learned for `site` (0 for an unknown or empty site).
  uint64_t Documents(std::string_view site) const;

  // Documents of `site` that hold `line` (normalised as above); 0 for an
  // unknown site, an empty line or a line never seen.
  uint64_t Count(std::string_view site, std::string_view line) const;

  // Number of sites learned, and of (site, line) entries held.
  size_t sites() const;
  size_t entries() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parallax

#endif  // PARALLAX_SITE_LINES_H_
