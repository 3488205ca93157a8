// Figures as claims write them (issue 6): every row of
// quantity_claim_forms.tsv (beside this file) is one sentence and all the
// quantities the annotator must find in it, as "value unit approx". A row
// whose expectation starts with "gap:" is a known gap: it is reported, not
// failed. Prints the pass count per language.
#include <gtest/gtest.h>

#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "annotate/table_test_util.h"
#include "quantity_test_util.h"

namespace parallax {
namespace {

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
  const std::string path = "quantity_claim_forms.tsv";
  std::map<std::string, std::pair<int, int>> tally;  // lang -> passed, rows
  int rows = 0;
  for (const testing::TableRow& t : testing::ReadTable(path, 3)) {
    const std::vector<std::string>& f = t.cells;
    const int n = t.line;
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
