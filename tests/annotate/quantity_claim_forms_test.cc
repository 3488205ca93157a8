// Figures as claims write them (issue 6): every row of
// quantity_claim_forms.tsv (beside this file) is one sentence and all the
// quantities the annotator must find in it, as "value unit approx". A row
// whose expectation starts with "gap:" is a known gap: it is reported, not
// failed. Prints the pass count per language.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "quantity_test_util.h"

namespace parallax {
namespace {

// The columns of one tab-separated line.
std::vector<std::string> Columns(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

// The quantities of `text` as "value unit approx; ..." ("-" for none).
std::string Found(const std::string& lang, const std::string& text) {
  std::string out;
  for (const std::string& q : testing::DescribeQuantities(lang, text, false)) {
    const size_t close = q.find("] ");
    if (!out.empty()) out += "; ";
    out += q.substr(close + 2);
  }
  return out.empty() ? "-" : out;
}

TEST(QuantityClaimForms, EveryRowOfTheTable) {
  const std::string path =
      std::string(PARALLAX_SOURCE_DIR) + "/tests/annotate/quantity_claim_forms.tsv";
  std::ifstream in(path);
  ASSERT_TRUE(in.good()) << path;
  std::map<std::string, std::pair<int, int>> tally;  // lang -> passed, rows
  std::string line;
  int n = 0;
  int rows = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = Columns(line);
    ASSERT_EQ(f.size(), 3u) << path << ":" << n;
    ++rows;
    std::string want = f[2];
    const bool gap = want.starts_with("gap:");
    if (gap) want = want.substr(4);
    const std::string got = Found(f[0], f[1]);
    auto& [passed, total] = tally[f[0]];
    ++total;
    if (got == want) {
      ++passed;
    } else if (gap) {
      std::cout << "known gap " << path << ":" << n << ": " << f[1] << "\n  want " << want
                << "\n  got  " << got << "\n";
    } else {
      ADD_FAILURE() << path << ":" << n << ": " << f[1] << "\n  want " << want << "\n  got  "
                    << got;
    }
  }
  EXPECT_GE(rows, 60);
  for (const auto& [lang, counts] : tally) {
    std::cout << "claim forms " << lang << ": " << counts.first << "/" << counts.second << "\n";
  }
}

}  // namespace
}  // namespace parallax
