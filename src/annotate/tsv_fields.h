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

// Calls `example(input, output)` for each "input>output" item of a
// comma-separated examples field ("Tokajewa>Tokajew, Dudy>Duda"), spaces
// before an item dropped; an item without '>' is skipped.
template <typename Example>
void ForEachExample(const std::string& list, Example example) {
  size_t start = 0;
  while (start < list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    size_t from = start;
    while (from < comma && list[from] == ' ') ++from;
    start = comma + 1;
    const size_t gt = list.find('>', from);
    if (gt == std::string::npos || gt >= comma) continue;
    example(list.substr(from, gt - from), list.substr(gt + 1, comma - gt - 1));
  }
}

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_TSV_FIELDS_H_
