// parallax: publication date, modification date and authors of a plain text
// (a forum post, a scrape, a mail), read from its first lines.
//
// Text files have no <meta>: their dates are written in datelines such as
// "Last Updated on 24. April 2022 by Steppenfuchs", "edited (12.01.2022
// 22:19)", "Beitrag von X » Sa 8. Jan 2022, 23:14" or "Opublikowano: 12
// stycznia 2022". The wording is data: data/<lang>/months.txt, dateline.tsv
// and byline.txt (data/dates-README.md).
#ifndef PARALLAX_TEXT_META_H_
#define PARALLAX_TEXT_META_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

struct TextMeta {
  std::string published;             // "YYYY-MM-DD", "" when none
  std::string modified;              // "YYYY-MM-DD", "" when none
  std::vector<std::string> authors;  // in order of appearance, no duplicates
};

// Loads the month names and dateline wording of every language in a data
// folder once; Read may then be called from several threads at once.
class TextMetaReader {
 public:
  // Reads data_dir/<lang>/{months.txt,dateline.tsv,byline.txt}. A missing
  // folder or file leaves that language out (numeric dates are still read);
  // a malformed line throws DataError naming the file and line.
  explicit TextMetaReader(const std::string& data_dir);
  ~TextMetaReader();
  TextMetaReader(const TextMetaReader&) = delete;
  TextMetaReader& operator=(const TextMetaReader&) = delete;

  // Reads the first 15 non-empty lines of `text` (lines over 200 bytes are
  // prose and skipped). A date belongs to the nearest dateline phrase before
  // it in its line (published or modified); a date in a short line (at most
  // 8 words) without one is a publication date. The first date of each kind
  // wins. `lang` (ISO 639-1, may be empty) decides numeric day/month order
  // ("en": 01/07/2022 is January 7) and which month names are tried first;
  // month names of all languages are known. Dates outside 1990-2035 and
  // impossible dates (31.02.) are ignored. Empty text gives an empty result.
  TextMeta Read(std::string_view text, std::string_view lang = {}) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One-off convenience: builds a TextMetaReader for `data_dir` and reads
// `text` with no language. Prefer a long-lived TextMetaReader for many texts.
TextMeta ReadTextMeta(std::string_view text, const std::string& data_dir);

}  // namespace parallax

#endif  // PARALLAX_TEXT_META_H_
