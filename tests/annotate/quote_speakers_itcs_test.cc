// Quote speakers and claim sources in Italian and Czech (issue 6, items 2
// and 3), table-driven from quote_speakers_itcs.tsv beside this file:
// direct quotes in « », “ ”, „ “, » « and straight marks with the speaker
// before, after or inside, roles named earlier ("la corrispondente",
// "zpravodajka"), indirect speech after reporting verbs, and the source,
// hedge and denial of a figure ("secondo", "stando a", "podle", "uvedla
// policie", "sarebbero", "prý", "popřelo").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/attribution.h"
#include "annotate/quotes.h"
#include "annotate/speech_test_util.h"

namespace parallax {
namespace {

using testing::Speech;
using testing::SpeechDoc;
using testing::Who;

// Whether the first claim gets the row's source and flags; `got` tells what
// it got.
bool SourcePasses(const testing::SpeakerRow& r, std::string* got) {
  Document doc = SpeechDoc(r.text, r.lang);
  annotate::AttributeClaims(Speech(), doc);
  if (doc.claims.empty()) {
    *got = "no claim";
    return false;
  }
  const Claim& c = doc.claims.front();
  *got = "source '" + c.attributed_to + "'" + (c.hedged ? " hedged" : "") +
         (c.negated ? " negated" : "") + (c.retracted ? " retracted" : "");
  const std::string want_source = r.want == "-" ? "" : r.want;
  return c.attributed_to == want_source && c.hedged == (r.part == "hedged") &&
         c.negated == (r.part == "negated") && c.retracted == (r.part == "retracted");
}

TEST(QuoteSpeakersItCs, EveryPassageGetsItsSpeakerAndSource) {
  const std::vector<testing::SpeakerRow> rows = testing::ReadSpeakerRows("quote_speakers_itcs.tsv");
  EXPECT_GE(rows.size(), 30u);
  testing::CaseTally tally("itcs speakers and sources");
  for (const testing::SpeakerRow& r : rows) {
    std::string got;
    bool ok = false;
    if (r.type == 's') {
      ok = SourcePasses(r, &got);
    } else {
      Document doc = SpeechDoc(r.text, r.lang);
      annotate::FindQuotes(Speech(), doc);
      const Quote* hit = testing::QuoteHolding(doc, r.text, r.part, r.type == 'd', &got);
      ok = testing::SpeakerMatches(r.want, hit);
    }
    tally.Record(r.lang, ok, r.known_gap, "line " + std::to_string(r.line) + ": " + r.text, r.want,
                 got);
  }
  tally.Print();
}

}  // namespace
}  // namespace parallax
