// The `# example:` lines of every data/<lang>/speech.tsv, run through
// FindQuotes, AttributeClaims and FindCitations (syntax of the expected
// items: data/speech-README.md).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/attribution.h"
#include "annotate/citations.h"
#include "annotate/quotes.h"
#include "annotate/speech_test_util.h"

namespace parallax {
namespace {

using testing::Speech;
using testing::SpeechDoc;
using testing::Who;

void Check(const annotate::SpeechExample& ex, const std::string& lang) {
  SCOPED_TRACE(ex.where + ": " + ex.text);
  Document doc = SpeechDoc(ex.text, lang);
  annotate::FindQuotes(Speech(), doc);
  annotate::AttributeClaims(Speech(), doc);
  annotate::FindCitations(Speech(), doc);
  size_t start = 0;
  while (start < ex.expect.size()) {
    size_t semi = ex.expect.find("; ", start);
    if (semi == std::string::npos) semi = ex.expect.size();
    const std::string item = ex.expect.substr(start, semi - start);
    start = semi + 2;
    const size_t eq = item.find('=');
    const std::string key = item.substr(0, eq);
    const std::string value = eq == std::string::npos ? "" : item.substr(eq + 1);
    if (key == "speaker" || key == "indirect") {
      bool ok = false;
      for (const Quote& q : doc.quotes) {
        ok = ok || (q.direct == (key == "speaker") && (Who(q) == value || q.speaker == value));
      }
      std::string got;
      for (const Quote& q : doc.quotes)
        got += (q.direct ? "direct:" : "indirect:") + Who(q) + " | ";
      EXPECT_TRUE(ok) << key << "=" << value << " got " << got;
    } else if (key == "direct") {
      size_t n = 0;
      for (const Quote& q : doc.quotes) n += q.direct;
      EXPECT_EQ(std::to_string(n), value);
    } else if (key == "source") {
      ASSERT_FALSE(doc.claims.empty());
      EXPECT_EQ(doc.claims[0].attributed_to, value);
    } else if (key == "hedged" || key == "negated" || key == "retracted") {
      ASSERT_FALSE(doc.claims.empty());
      const Claim& c = doc.claims[0];
      EXPECT_TRUE(key == "hedged" ? c.hedged : key == "negated" ? c.negated : c.retracted) << key;
    } else if (key == "cite") {
      bool ok = false;
      std::string got;
      for (const Citation& c : doc.citations) {
        ok = ok || c.name == value;
        got += c.name + " | ";
      }
      EXPECT_TRUE(ok) << "cite=" << value << " got " << got;
    } else {
      ADD_FAILURE() << "unknown expectation " << item;
    }
  }
}

TEST(SpeechExamples, EveryLanguageFileRuns) {
  const std::vector<std::string> langs = Speech().Languages();
  ASSERT_GE(langs.size(), 4u);
  for (const std::string& lang : langs) {
    const annotate::SpeechLanguage* cues = Speech().For(lang);
    ASSERT_NE(cues, nullptr);
    EXPECT_GE(cues->examples.size(), 3u) << lang;
    for (const annotate::SpeechExample& ex : cues->examples) Check(ex, lang);
  }
}

}  // namespace
}  // namespace parallax
