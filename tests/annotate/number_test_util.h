// Shared helpers of the number scanner tests: per-language lexicons loaded
// once, the tokens and values of a text, and "exactly one token" checks.
#ifndef PARALLAX_TESTS_ANNOTATE_NUMBER_TEST_UTIL_H_
#define PARALLAX_TESTS_ANNOTATE_NUMBER_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/number_scan.h"
#include "parallax/data_dir.h"

namespace parallax::annotate::testing {

// The lexicon of `lang` from the repository's data/, loaded once per test
// binary.
inline const NumberLexicon& Lexicon(const std::string& lang) {
  static std::map<std::string, std::shared_ptr<const NumberLexicon>> cache;
  auto it = cache.find(lang);
  if (it == cache.end()) it = cache.emplace(lang, NumberLexicon::Load(FindDataDir(), lang)).first;
  return *it->second;
}

inline std::vector<NumberToken> Scan(const std::string& lang, std::string_view text) {
  return ScanNumbers(text, Lexicon(lang));
}

// The values of every token of `text`, in order.
inline std::vector<double> Values(const std::string& lang, std::string_view text) {
  std::vector<double> out;
  for (const NumberToken& t : Scan(lang, text)) out.push_back(t.value);
  return out;
}

// The text a token covers.
inline std::string_view Cover(std::string_view text, const NumberToken& t) {
  return text.substr(t.start, t.end - t.start);
}

// Expects exactly one token in `text`, with `value`, and returns it.
inline NumberToken One(const std::string& lang, std::string_view text, double value) {
  const std::vector<NumberToken> tokens = Scan(lang, text);
  EXPECT_EQ(tokens.size(), 1u) << text;
  if (tokens.size() != 1) return {};
  EXPECT_DOUBLE_EQ(tokens[0].value, value) << text;
  return tokens[0];
}

}  // namespace parallax::annotate::testing

#endif  // PARALLAX_TESTS_ANNOTATE_NUMBER_TEST_UTIL_H_
