// parallax: the tag/class/id hints of data/html/hints.tsv, and what they say
// about one element (private to extract/, used by main_text.cc).
#ifndef PARALLAX_EXTRACT_MAIN_TEXT_HINTS_H_
#define PARALLAX_EXTRACT_MAIN_TEXT_HINTS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parallax::html {

// What the hints say about one element: the sum of the matching weights and,
// when some matching row is negative, the reason of the most negative one.
struct Hint {
  float weight = 0;
  std::string_view reason;  // empty when no negative row matched; points into the table
};

class HintTable {
 public:
  // Parses the TSV text of hints.tsv (see its header). Throws DataError on a
  // malformed row.
  static HintTable Parse(std::string_view tsv);

  // The table of <data dir>/html/hints.tsv, loaded once per process. A missing
  // or malformed file gives an empty table (main text then relies on text and
  // link density alone), never an exception.
  static const HintTable& Default();

  // The hint for an element named `tag` whose class/id/role/itemprop values
  // are `values` (lower-case, space-separated).
  Hint Match(std::string_view tag, std::string_view values) const;

  size_t size() const { return rows_.size(); }

 private:
  struct Row {
    float weight;
    std::string reason;
  };
  enum Kind { kTag, kToken, kWord, kPrefix, kNumKinds };
  std::vector<Row> rows_;
  std::unordered_map<std::string, size_t> index_[kNumKinds];  // token -> row
  size_t max_prefix_ = 0;
  // "state" rows: a value starting with one of these says what an element
  // has or is set to ("has-sidebar", "is-sticky") and is no hint at all.
  std::vector<std::string> state_prefixes_;
};

}  // namespace parallax::html

#endif  // PARALLAX_EXTRACT_MAIN_TEXT_HINTS_H_
