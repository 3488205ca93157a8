// parallax annotate stage: reading the data TSV files of the number and
// quantity lexicons: the rows of a file, each split into its fields.
#ifndef PARALLAX_ANNOTATE_TSV_FIELDS_H_
#define PARALLAX_ANNOTATE_TSV_FIELDS_H_

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "parallax/error.h"

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

// Calls `row(fields, where)` for every line of `path` that is not blank or
// a `#` comment, in order; `where` is "path:line" for error messages. A
// trailing CR is dropped. Throws DataError when the file cannot be read.
template <typename Row>
void ForEachDataRow(const std::filesystem::path& path, Row row) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError(fmt::format("{}: cannot be read", path.string()));
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    row(SplitTabs(line), fmt::format("{}:{}", path.string(), line_no));
  }
}

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_TSV_FIELDS_H_
