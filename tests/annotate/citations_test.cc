// The sources a text cites (annotate/citations.h): agencies of the
// gazetteer with no cue, other names next to a cue, URLs, one per source.
// Sentences written for this test.
#include "annotate/citations.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/speech_test_util.h"

namespace parallax {
namespace {

using testing::Speech;
using testing::SpeechDoc;

std::vector<Citation> Cited(const std::string& text, const std::string& lang) {
  Document doc = SpeechDoc(text, lang);
  annotate::FindCitations(Speech(), doc);
  return doc.citations;
}

std::vector<std::string> Names(const std::vector<Citation>& cs) {
  std::vector<std::string> out;
  for (const Citation& c : cs) out.push_back(c.name);
  return out;
}

TEST(Citations, AgenciesNeedNoCue) {
  EXPECT_EQ(Names(Cited("Rescuers worked through the night, Reuters reported. AFP saw 3 cranes. "
                        "Reuters later added a photo.",
                        "en")),
            (std::vector<std::string>{"Reuters", "AFP"}));
  EXPECT_EQ(Names(Cited("Как сообщает ТАСС, движение перекрыто.", "ru")),
            std::vector<std::string>{"ТАСС"});
  EXPECT_EQ(Names(Cited("Informację podała Polska Agencja Prasowa.", "pl")),
            std::vector<std::string>{"Polska Agencja Prasowa"});
}

TEST(Citations, OtherNamesNeedACue) {
  EXPECT_EQ(Names(Cited("Z relacji Guardiana wynika, że most runął.", "pl")),
            std::vector<std::string>{"Guardiana"});
  EXPECT_EQ(Names(Cited("The fire spread quickly, as reported by Kyiv Independent.", "en")),
            std::vector<std::string>{"Kyiv Independent"});
  EXPECT_TRUE(Cited("Guardian readers met in Leeds.", "en").empty());
}

TEST(Citations, Urls) {
  const std::vector<Citation> cs = Cited(
      "The full list is at https://www.example.org/list?id=4. See also www.redcross.int.", "en");
  ASSERT_EQ(cs.size(), 2u);
  EXPECT_EQ(cs[0].name, "example.org");
  EXPECT_EQ(cs[0].url, "https://www.example.org/list?id=4");
  EXPECT_EQ(cs[1].name, "redcross.int");
  EXPECT_EQ(cs[1].url, "www.redcross.int");
}

}  // namespace
}  // namespace parallax
