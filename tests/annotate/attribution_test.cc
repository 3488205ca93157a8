// Attribution, hedging, denial and retraction of claims
// (annotate/attribution.h), on hand-built claims (one per figure, see
// speech_test_util.h). Sentences written for this test.
#include "annotate/attribution.h"

#include <gtest/gtest.h>

#include <string>

#include "annotate/speech_test_util.h"

namespace parallax {
namespace {

using testing::Speech;
using testing::SpeechDoc;

Document Attributed(const std::string& text, const std::string& lang) {
  Document doc = SpeechDoc(text, lang);
  annotate::AttributeClaims(Speech(), doc);
  return doc;
}

TEST(Attribution, SourceAsWritten) {
  struct Case {
    const char* lang;
    const char* text;
    const char* source;
  };
  const Case cases[] = {
      {"en", "According to the regional governor, 23 people were injured.",
       "the regional governor"},
      {"en", "Some 900 homes lost power, the utility company said.", "the utility company"},
      {"en", "Police said 41 people were detained overnight.", "Police"},
      {"de", "Laut Polizei wurden 16 Menschen festgenommen.", "Polizei"},
      {"de", "Nach Angaben der Feuerwehr sind 7 Häuser abgebrannt.", "der Feuerwehr"},
      {"de", "Den Behörden zufolge starben 4 Menschen.", "Den Behörden"},
      {"pl", "Według policji zatrzymano 52 osoby.", "policji"},
      {"ru", "По данным Минздрава, госпитализированы 19 человек.", "Минздрава"},
      {"uk", "За словами мера, постраждали 13 людей.", "мера"},
      {"fr", "Selon les pompiers, 5 personnes ont été secourues.", "les pompiers"},
      {"es", "Según fuentes policiales, 33 personas fueron detenidas.", "fuentes policiales"},
      // A verb that gives a count on its subject's word (source_verb rows).
      {"en", "The county coroner counts 14 victims so far.", "The county coroner"},
      {"de", "Die Bergwacht schätzte die Zahl der Vermissten auf 6.", "Die Bergwacht"},
      {"es", "La fiscalía contabilizó 27 denuncias en una semana.", "La fiscalía"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const Document doc = Attributed(c.text, c.lang);
    ASSERT_EQ(doc.claims.size(), 1u);
    EXPECT_EQ(doc.claims[0].attributed_to, c.source);
  }
}

TEST(Attribution, EntityOfTheSource) {
  const Document doc = Attributed("According to Reuters, 70 people were evacuated.", "en");
  ASSERT_EQ(doc.claims.size(), 1u);
  EXPECT_EQ(doc.claims[0].attributed_to, "Reuters");
  EXPECT_EQ(doc.claims[0].attributed_entity, "Reuters");
}

TEST(Attribution, Hedges) {
  const char* hedged[][2] = {
      {"en", "Gunmen allegedly killed 6 villagers."},
      {"de", "Dabei sollen 20 Menschen verletzt worden sein."},
      {"pl", "Rzekomo zatrzymano 100 osób."},
      {"ru", "По неподтверждённым данным, погибли 12 человек."},
      {"uk", "Військові нібито втратили 5 танків."},
      {"fr", "Selon des informations non confirmées, 8 otages ont été libérés."},
      {"es", "Al parecer 14 personas quedaron atrapadas."},
  };
  for (const auto& c : hedged) {
    SCOPED_TRACE(c[1]);
    const Document doc = Attributed(c[1], c[0]);
    ASSERT_EQ(doc.claims.size(), 1u);
    EXPECT_TRUE(doc.claims[0].hedged);
  }
  // "soll" alone is an obligation, not a hedge.
  EXPECT_FALSE(Attributed("Die Stadt soll 300 neue Betten bekommen.", "de").claims[0].hedged);
  // A hedge in the next sentence with no figure of its own.
  const Document next = Attributed(
      "Activists counted 48 dead in the camp. These figures could not be independently verified.",
      "en");
  ASSERT_EQ(next.claims.size(), 1u);
  EXPECT_TRUE(next.claims[0].hedged);
  EXPECT_FALSE(Attributed("Firefighters rescued 11 people.", "en").claims[0].hedged);
}

TEST(Attribution, DenialsAndRetractions) {
  Document doc = Attributed("The ministry denied that 25 soldiers had deserted.", "en");
  EXPECT_TRUE(doc.claims[0].negated);
  doc = Attributed("Das Ministerium bestritt, dass 9 Gefangene geflohen seien.", "de");
  EXPECT_TRUE(doc.claims[0].negated);
  doc = Attributed("МВД опровергло, что задержаны 500 человек.", "ru");
  EXPECT_TRUE(doc.claims[0].negated);
  doc = Attributed(
      "Officials first spoke of 64 victims. They later revised the toll from 64 to 59.", "en");
  ASSERT_EQ(doc.claims.size(), 3u);
  EXPECT_TRUE(doc.claims[0].retracted);
  EXPECT_TRUE(doc.claims[1].retracted);
  EXPECT_FALSE(doc.claims[2].retracted);
  doc = Attributed("Policja podała, że rannych jest 30 osób. Później komenda skorygowała dane.",
                   "pl");
  EXPECT_TRUE(doc.claims[0].retracted);
  EXPECT_FALSE(Attributed("Rescuers found 3 survivors.", "en").claims[0].negated);
}

}  // namespace
}  // namespace parallax
