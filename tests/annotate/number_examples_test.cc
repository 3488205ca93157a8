// Runs the "# example:" lines of every data/<lang>/numbers.tsv through
// ScanNumbers with that language's lexicon. An example reads
// "# example: TEXT => V1; V2": the values of all number tokens in TEXT, in
// order; an ordinal is written "ord:3", a vague amount "vague:24", a text
// with no number "=> -" (data/numbers-README.md).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "annotate/number_ratio.h"
#include "annotate/number_scan.h"
#include "parallax/data_dir.h"

namespace parallax::annotate {
namespace {

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

// One token as the example syntax writes it: "12", "ord:3", "vague:24",
// with the value in the shortest form that reads back exactly.
std::string Describe(const NumberToken& t) {
  std::string prefix = t.ordinal ? "ord:" : t.vague ? "vague:" : "";
  char buf[64];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, t.value);
    if (std::strtod(buf, nullptr) == t.value) break;
  }
  std::string v = buf;
  // "2.5e+09" is written 2500000000 in the data files.
  if (v.find('e') != std::string::npos && std::fabs(t.value) < 1e18) {
    std::snprintf(buf, sizeof buf, "%.6f", t.value);
    v = buf;
    while (v.back() == '0') v.pop_back();
    if (v.back() == '.') v.pop_back();
  }
  return prefix + v;
}

// The expected list "V1; V2" normalised the same way as Describe.
std::vector<std::string> ParseExpected(const std::string& list) {
  std::vector<std::string> out;
  if (Trim(list) == "-") return out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t semi = list.find(';', start);
    if (semi == std::string::npos) semi = list.size();
    std::string item = Trim(list.substr(start, semi - start));
    if (!item.empty()) {
      std::string prefix;
      for (const char* p : {"ord:", "vague:"}) {
        if (item.rfind(p, 0) == 0) {
          prefix = p;
          item = item.substr(prefix.size());
        }
      }
      NumberToken t;
      t.value = std::strtod(item.c_str(), nullptr);
      t.ordinal = prefix == "ord:";
      t.vague = prefix == "vague:";
      out.push_back(Describe(t));
    }
    start = semi + 1;
  }
  return out;
}

TEST(NumberExamples, EveryLanguageFileRunsItsExamples) {
  const std::filesystem::path data = FindDataDir();
  size_t run = 0;
  size_t languages = 0;
  for (const auto& entry : std::filesystem::directory_iterator(data)) {
    const std::filesystem::path file = entry.path() / "numbers.tsv";
    if (!std::filesystem::exists(file)) continue;
    ++languages;
    const std::string lang = entry.path().filename().string();
    const auto lexicon = NumberLexicon::Load(data.string(), lang);
    std::ifstream in(file);
    std::string line;
    size_t in_file = 0;
    size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      constexpr std::string_view kPrefix = "# example:";
      if (line.compare(0, kPrefix.size(), kPrefix) != 0) continue;
      const std::string body = line.substr(kPrefix.size());
      const size_t arrow = body.rfind("=>");
      ASSERT_NE(arrow, std::string::npos) << file << ":" << line_no << ": no \"=>\"";
      const std::string text = Trim(body.substr(0, arrow));
      const std::vector<std::string> expected = ParseExpected(body.substr(arrow + 2));
      std::vector<std::string> got;
      // As the Annotator runs them (number_ratio.h), without dates.
      std::vector<NumberToken> tokens = ScanNumbers(text, *lexicon);
      JoinRatios(text, lexicon->impl(), tokens);
      for (const NumberToken& t : tokens) got.push_back(Describe(t));
      EXPECT_EQ(got, expected) << file.string() << ":" << line_no << ": " << text;
      ++in_file;
    }
    EXPECT_GE(in_file, 8u) << file << " has fewer than 8 examples";
    run += in_file;
  }
  EXPECT_GE(languages, 8u);
  EXPECT_GE(run, 64u);
}

}  // namespace
}  // namespace parallax::annotate
