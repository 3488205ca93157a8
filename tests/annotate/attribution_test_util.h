// Test support for the attribution and citation case tables
// (attribution_fresh_test.cc, attribution_round2_test.cc,
// attribution_round3_test.cc): one case is a
// sentence or two in one language, the source and flags expected on one of
// its claims, and the citations expected of the whole text.
#ifndef PARALLAX_TESTS_ANNOTATE_ATTRIBUTION_TEST_UTIL_H_
#define PARALLAX_TESTS_ANNOTATE_ATTRIBUTION_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <sstream>
#include <string>
#include <string_view>

#include "annotate/attribution.h"
#include "annotate/citations.h"
#include "annotate/speech_test_util.h"

namespace parallax::testing {

// One case: `claim` is the index of the claim checked (text order; every
// word starting with a digit is a claim, speech_test_util.h).
struct AttributionCase {
  const char* lang;
  const char* text;
  size_t claim;
  const char* source;  // its attributed_to; nullptr: not checked
  bool hedged;
  bool negated;
  bool retracted;
  // Every citation name, '|'-separated, or "+NAME": NAME is among them;
  // nullptr: not checked.
  const char* cites;
};

// What is wrong with case `c` after attribution and citations, or "" when
// it passes.
inline std::string CheckAttribution(const AttributionCase& c) {
  Document doc = SpeechDoc(c.text, c.lang);
  annotate::AttributeClaims(Speech(), doc);
  annotate::FindCitations(Speech(), doc);
  std::ostringstream out;
  const bool claim_checked = c.source != nullptr || c.hedged || c.negated || c.retracted;
  if (c.claim < doc.claims.size()) {
    const Claim& k = doc.claims[c.claim];
    if (c.source != nullptr && k.attributed_to != c.source) {
      out << " source=\"" << k.attributed_to << "\" want \"" << c.source << "\"";
    }
    if (k.hedged != c.hedged) out << " hedged=" << k.hedged;
    if (k.negated != c.negated) out << " negated=" << k.negated;
    if (k.retracted != c.retracted) out << " retracted=" << k.retracted;
  } else if (claim_checked) {
    return "no claim " + std::to_string(c.claim);
  }
  if (c.cites != nullptr) {
    std::string got;
    for (const Citation& ci : doc.citations) got += (got.empty() ? "" : "|") + ci.name;
    // "+NAME": NAME among the citations (an official body a claim is
    // attributed to may be cited too, tests/data/claims/README.md).
    const std::string_view want = c.cites;
    const bool ok =
        want.starts_with("+")
            ? ("|" + got + "|").find("|" + std::string(want.substr(1)) + "|") != std::string::npos
            : got == want;
    if (!ok) out << " cites=\"" << got << "\" want \"" << c.cites << "\"";
  }
  return out.str();
}

// Runs `cases`: each passes unless its text contains one of `known_gaps`
// (then it is printed, not failed). Prints the pass counts per language
// and overall, prefixed with `name` (CaseTally).
template <size_t N>
void RunAttributionCases(const AttributionCase (&cases)[N], std::string_view name,
                         std::initializer_list<std::string_view> known_gaps = {}) {
  CaseTally tally{std::string(name)};
  for (const AttributionCase& c : cases) {
    const std::string wrong = CheckAttribution(c);
    const bool gap = std::any_of(known_gaps.begin(), known_gaps.end(), [&](std::string_view g) {
      return std::string_view(c.text).find(g) != std::string_view::npos;
    });
    tally.Record(c.lang, wrong.empty(), gap, c.text, "as the case says", wrong);
  }
  tally.Print();
}

}  // namespace parallax::testing

#endif  // PARALLAX_TESTS_ANNOTATE_ATTRIBUTION_TEST_UTIL_H_
