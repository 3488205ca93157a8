// The sources a text cites (annotate/citations.h): agencies of the
// gazetteer with no cue, other names next to a cue, URLs, one per source.
// Sentences written for this test.
#include "annotate/citations.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/attribution.h"
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

TEST(Citations, NamesAsWritten) {
  // The quotation marks around an outlet's name are part of it as written.
  EXPECT_EQ(Names(Cited("Как передаёт «Интерфакс», движение перекрыто.", "ru")),
            std::vector<std::string>{"«Интерфакс»"});
  // An article right before the name too, elided or not.
  EXPECT_EQ(Names(Cited("Selon l'AFP, la digue a cédé dans la nuit.", "fr")),
            std::vector<std::string>{"l'AFP"});
  EXPECT_EQ(Names(Cited("Así lo informó la Agencia EFE al mediodía.", "es")),
            std::vector<std::string>{"la Agencia EFE"});
}

TEST(Citations, TheSourceOfAClaimIsCited) {
  // A person who gives a figure, with no citation cue.
  Document doc = SpeechDoc("Fire chief Dana Brooks estimated that 60 homes had burned.", "en");
  annotate::AttributeClaims(Speech(), doc);
  annotate::FindCitations(Speech(), doc);
  EXPECT_EQ(Names(doc.citations), std::vector<std::string>{"Dana Brooks"});
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
