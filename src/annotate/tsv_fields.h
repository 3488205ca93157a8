// parallax annotate stage: one line of a data TSV file into its fields,
// shared by the number and quantity lexicon loaders.
#ifndef PARALLAX_ANNOTATE_TSV_FIELDS_H_
#define PARALLAX_ANNOTATE_TSV_FIELDS_H_

#include <string>
#include <vector>

namespace parallax::annotate {

// The tab-separated fields of `line`, empty ones included ("a\t\tb" gives
// three fields); never empty.
inline std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_TSV_FIELDS_H_
