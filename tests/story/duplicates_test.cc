// Tests for near-duplicates and translations (src/story/duplicates.cc):
// MinHash signatures of word shingles and their band keys, the translation
// fingerprint of a document, and MatchCopy on profiles built here by hand
// (a harbour fire and a rail strike, unlike the sample corpus). The
// pipeline's view of real texts: tests/pipeline/story_translation_test.cc.
#include "story/duplicates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "parallax/story.h"

namespace parallax::story {
namespace {

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

const std::string kFire =
    "fire crews in the port of gdansk fought a blaze in a grain warehouse for eleven hours on "
    "tuesday night the harbour master said that three ships had been moved to the outer "
    "anchorage and that no one had been hurt the warehouse held about 4000 tonnes of wheat "
    "bound for egypt and the owner put the loss at 12 million zloty the smoke drifted over "
    "the old town and the city asked residents of two districts to keep their windows shut "
    "until the morning while a chemist from the university measured the air every hour and "
    "found nothing harmful investigators from the "
    "regional police will examine a conveyor belt where witnesses saw the first flames ";
const std::string kOtherFire =
    "a grain store in gdansk harbour burned through the night and firefighters needed until "
    "morning to put out the flames nobody was injured according to the port authority which "
    "towed several vessels away from the quay the company that runs the site estimates its "
    "damage in the millions and blames a faulty belt ";

TEST(ShingleMinHash, IsTheSameForTheSameWordsAndEmptyForTooFew) {
  const auto a = ShingleMinHash(Words(kFire), 3);
  ASSERT_EQ(a.size(), kMinHashSize);
  EXPECT_EQ(ShingleMinHash(Words(kFire), 3), a);
  EXPECT_TRUE(ShingleMinHash(Words("only two"), 3).empty());
  EXPECT_TRUE(ShingleMinHash(Words(kFire), 0).empty());
  EXPECT_DOUBLE_EQ(MinHashJaccard(a, a), 1.0);
  EXPECT_DOUBLE_EQ(MinHashJaccard(a, {}), 0.0);
}

TEST(ShingleMinHash, ACopyWithANewHeadlineAndEndingKeepsMostShingles) {
  const std::string copy = "gdansk warehouse fire under control " +
                           kFire.substr(0, kFire.rfind(" investigators")) +
                           " the port reopened the quay on wednesday morning ";
  const double copied =
      MinHashJaccard(ShingleMinHash(Words(kFire), 3), ShingleMinHash(Words(copy), 3));
  const double apart =
      MinHashJaccard(ShingleMinHash(Words(kFire), 3), ShingleMinHash(Words(kOtherFire), 3));
  EXPECT_GT(copied, 0.6);
  EXPECT_LT(apart, 0.2);
}

TEST(MinHashBandKeys, OneKeyPerBandEqualForEqualSignatures) {
  const auto a = ShingleMinHash(Words(kFire), 3);
  const auto keys = MinHashBandKeys(a, 16);
  EXPECT_EQ(keys.size(), 16u);
  EXPECT_EQ(MinHashBandKeys(a, 16), keys);
  EXPECT_TRUE(MinHashBandKeys({}, 16).empty());
  const auto b = ShingleMinHash(Words(kOtherFire), 3);
  size_t shared = 0;
  for (uint64_t k : MinHashBandKeys(b, 16)) shared += std::count(keys.begin(), keys.end(), k);
  EXPECT_LE(shared, 1u);
}

// "The strike of 3,000 drivers began on 3 March; Nowak said 40 to 45 trains ..."
TEST(TranslationFingerprint, FiguresDatesAndMentionsInTextOrder) {
  Document doc;
  Quantity drivers;
  drivers.span = {15, 20};
  drivers.value = 3000;
  Quantity trains;
  trains.span = {60, 68};
  trains.value = 40;
  trains.value_max = 45;
  doc.quantities = {trains, drivers};  // the order of the lists does not matter
  DateMention day;
  day.span = {40, 47};
  day.value = "2024-03-03T06:00";
  DateMention hour;  // a time alone says no day
  hour.span = {90, 95};
  hour.value = "T14:00";
  doc.dates = {day, hour};
  Entity nowak;
  nowak.id = "E7";
  nowak.mentions = {{{50, 55}, 0}, {{100, 105}, 1}};
  Entity union_;  // no store id: its key the profile weighs
  union_.keys = {"n:pkp", "q:pkp"};
  union_.mentions = {{{0, 3}, 0}};
  doc.entities = {nowak, union_};
  DocumentProfile profile;
  profile.entities = {{"E7", 2}, {"q:pkp", 1}};

  const std::vector<std::string> want = {"e|q:pkp", "f|3000", "f|2024-03-03", "e|E7",
                                         "f|40",    "f|45",   "e|E7"};
  EXPECT_EQ(TranslationFingerprint(doc, profile), want);
  EXPECT_TRUE(TranslationFingerprint(Document{}, DocumentProfile{}).empty());
}

SimilarityRules Rules() {
  SimilarityRules r;
  r.copy_jaccard = 0.6;
  r.translation_figures = 0.6;
  r.translation_entities = 0.4;
  r.translation_order = 0.8;
  r.translation_length_ratio = 1.5;
  r.translation_min_items = 4;
  return r;
}

// A profile with a fingerprint of `figures` ("f|" each) and `entities`
// ("e|" each), figures first.
DocumentProfile Profile(const std::string& lang, uint32_t sentences,
                        const std::vector<std::string>& figures,
                        const std::vector<std::string>& entities) {
  DocumentProfile p;
  p.document = lang + std::to_string(sentences);
  p.lang = lang;
  p.sentences = sentences;
  for (const std::string& f : figures) p.fingerprint.push_back("f|" + f);
  for (const std::string& e : entities) p.fingerprint.push_back("e|" + e);
  return p;
}

const std::vector<std::string> kFigures = {"2024-03-03", "3000",       "40", "45",
                                           "12",         "2024-03-05", "7",  "250"};
const std::vector<std::string> kNames = {"E1", "E2", "E1", "E3", "E4", "E2", "E5"};

std::string Kind(const DocumentProfile& a, const DocumentProfile& b) {
  const CopyMatch m = MatchCopy(a, b, Rules());
  const CopyMatch back = MatchCopy(b, a, Rules());
  EXPECT_EQ(m.kind, back.kind);
  EXPECT_DOUBLE_EQ(m.score, back.score);
  return std::string(CopyKindName(m.kind));
}

TEST(MatchCopy, ATranslationKeepsEveryFigureAndName) {
  const DocumentProfile en = Profile("en", 10, kFigures, kNames);
  const DocumentProfile de = Profile("de", 11, kFigures, kNames);
  EXPECT_EQ(Kind(en, de), "translation");
  EXPECT_DOUBLE_EQ(MatchCopy(en, de, Rules()).score, 1.0);
  EXPECT_EQ(Kind(en, Profile("en", 10, kFigures, kNames)), "none");  // one language
  EXPECT_EQ(Kind(Profile("und", 10, kFigures, kNames), de), "none");
}

// A translator may drop a figure, write one as a word the other language's
// reader misses, and name someone once more or less.
TEST(MatchCopy, ATranslationWithSmallLossesIsStillOne) {
  std::vector<std::string> figures = kFigures;
  figures.erase(figures.begin() + 6);  // "7" not read
  std::vector<std::string> names = kNames;
  names.pop_back();
  names.push_back("E9");  // a name the other recogniser keys apart
  EXPECT_EQ(Kind(Profile("en", 10, kFigures, kNames), Profile("ru", 9, figures, names)),
            "translation");
}

// Regression (sample corpus: the Polish digest "a translation" of the
// Russian WARC record): a short report whose every figure and name is in a
// longer one on the same event is not its translation.
TEST(MatchCopy, AReportWrittenApartSharingTheHeadlineFiguresIsNot) {
  const DocumentProfile longer = Profile("ru", 12, kFigures, kNames);
  const DocumentProfile brief = Profile("pl", 9, {"3000", "40", "12", "250"}, {"E1", "E2"});
  EXPECT_EQ(Kind(longer, brief), "none");
  const TranslationParts t = CompareFingerprints(longer, brief);
  EXPECT_NEAR(t.figures, 4.0 / 8.0, 1e-9);  // all of the smaller: the old rule said 1.0
  EXPECT_LT(t.entities, Rules().translation_entities);
}

TEST(MatchCopy, EveryPartCanRefuse) {
  const DocumentProfile en = Profile("en", 10, kFigures, kNames);
  // Twice as long.
  EXPECT_EQ(Kind(en, Profile("de", 20, kFigures, kNames)), "none");
  // The sentence count unknown (a profile stored before it was kept).
  EXPECT_EQ(Kind(en, Profile("de", 0, kFigures, kNames)), "none");
  // The same figures in the opposite order.
  const std::vector<std::string> reversed(kFigures.rbegin(), kFigures.rend());
  EXPECT_EQ(Kind(en, Profile("de", 10, reversed, kNames)), "none");
  EXPECT_LT(CompareFingerprints(en, Profile("de", 10, reversed, kNames)).order, 0.8);
  // Other names.
  EXPECT_EQ(Kind(en, Profile("de", 10, kFigures, {"E1", "E6", "E7", "E8"})), "none");
  // Too few figures to tell.
  EXPECT_EQ(Kind(Profile("en", 10, {"3000", "40", "12"}, kNames),
                 Profile("de", 10, {"3000", "40", "12"}, kNames)),
            "none");
}

// Repeats count: a figure named three times in one text and once in the
// other shares one of three.
TEST(CompareFingerprints, WeightedJaccardOverBothSidesAndOrder) {
  const DocumentProfile a = Profile("en", 4, {"1", "2", "3", "3", "3"}, {"E1", "E1"});
  const DocumentProfile b = Profile("fr", 4, {"1", "3", "2", "4"}, {"E1"});
  const TranslationParts t = CompareFingerprints(a, b);
  EXPECT_EQ(t.figures_a, 5u);
  EXPECT_EQ(t.figures_b, 4u);
  EXPECT_NEAR(t.figures, 3.0 / 6.0, 1e-9);  // shared 1 2 3; all 1 2 3 3 3 4
  EXPECT_NEAR(t.entities, 1.0 / 2.0, 1e-9);
  EXPECT_NEAR(t.order, 2.0 / 3.0, 1e-9);  // 1 2 or 1 3 in order, of three shared
  EXPECT_DOUBLE_EQ(t.length_ratio, 1.0);
  EXPECT_EQ(CompareFingerprints(a, DocumentProfile{}).figures, 0);
}

TEST(MatchCopy, NearDuplicateTextIsACopyInAnyLanguagePair) {
  DocumentProfile a = Profile("en", 10, {}, {});
  DocumentProfile b = Profile("en", 30, {}, {});
  a.minhash = ShingleMinHash(Words(kFire), 3);
  b.minhash = a.minhash;
  b.minhash[0] ^= 1;
  const CopyMatch m = MatchCopy(a, b, Rules());
  EXPECT_EQ(CopyKindName(m.kind), "copy");
  EXPECT_NEAR(m.score, 63.0 / 64.0, 1e-9);
  b.minhash = ShingleMinHash(Words(kOtherFire), 3);
  EXPECT_EQ(CopyKindName(MatchCopy(a, b, Rules()).kind), "none");
}

}  // namespace
}  // namespace parallax::story
