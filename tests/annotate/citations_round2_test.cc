// Citations, second batch (issue 6, item 4), table-driven from
// citations_round2.tsv beside this file (format in its header): outlets,
// agencies, bodies a figure is attributed to, links, and vague sources
// and places that are no citation, in nine languages.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "annotate/attribution.h"
#include "annotate/citations.h"
#include "annotate/quotes.h"
#include "annotate/speech_test_util.h"
#include "claims_match.h"

namespace parallax {
namespace {

using testing::Speech;
using testing::SpeechDoc;

struct CiteRow {
  int line = 0;
  std::string lang;
  std::vector<std::string> want;  // empty: no citation
  bool known_gap = false;
  std::string text;
};

std::vector<CiteRow> ReadRows(const std::string& table) {
  std::vector<CiteRow> rows;
  for (const testing::TableRow& t : testing::ReadTable(table, 3)) {
    const std::vector<std::string>& f = t.cells;
    CiteRow r;
    r.line = t.line;
    r.lang = f[0];
    std::string want = f[1];
    if (want.starts_with("gap:")) {
      r.known_gap = true;
      want = want.substr(4);
    }
    for (size_t at = 0; want != "-" && at <= want.size();) {
      size_t bar = want.find(" | ", at);
      if (bar == std::string::npos) bar = want.size();
      r.want.push_back(want.substr(at, bar - at));
      at = bar + 3;
    }
    r.text = testing::Unescape(f[2]);
    rows.push_back(r);
  }
  return rows;
}

// `name` as claims_eval matches citations (CitationKey), with the
// articles of `lang`.
std::string Key(const std::string& name, const std::string& lang) {
  const annotate::SpeechLanguage* cues = Speech().For(lang);
  return bench::CitationKey(name, cues == nullptr ? std::vector<std::string>() : cues->articles);
}

TEST(CitationsRound2, EveryPassageCitesItsSources) {
  const std::vector<CiteRow> rows = ReadRows("citations_round2.tsv");
  EXPECT_GE(rows.size(), 54u);
  testing::CaseTally tally("citations round2");
  for (const CiteRow& r : rows) {
    Document doc = SpeechDoc(r.text, r.lang);
    annotate::FindQuotes(Speech(), doc);
    annotate::AttributeClaims(Speech(), doc);
    annotate::FindCitations(Speech(), doc);
    std::vector<std::string> want, got;
    std::string shown;
    for (const std::string& w : r.want) want.push_back(Key(w, r.lang));
    for (const Citation& c : doc.citations) {
      got.push_back(Key(c.name, r.lang));
      shown += "[" + c.name + "] ";
    }
    for (const Claim& c : doc.claims)
      shown += "source:" + c.attributed_to + "=" + c.attributed_entity + " ";
    for (const Entity& e : doc.entities) shown += "entity:" + e.name + " ";
    std::sort(want.begin(), want.end());
    std::sort(got.begin(), got.end());
    std::string wanted;
    for (const std::string& w : r.want) wanted += "[" + w + "] ";
    tally.Record(r.lang, want == got, r.known_gap,
                 "citations_round2.tsv:" + std::to_string(r.line) + ": " + r.text, wanted, shown);
  }
  tally.Print();
}

}  // namespace
}  // namespace parallax
