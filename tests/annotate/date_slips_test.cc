// FlagDateSlips on documents of this test's own writing.
#include <gtest/gtest.h>

#include "annotate/date_scan.h"
#include "date_test_util.h"

namespace parallax::annotate {
namespace {

using testing::Lex;
using testing::Ref;

// Dates of each sentence (sentence index = position), slips flagged.
std::vector<DateMention> Document(const std::string& lang, const std::vector<std::string>& sents,
                                  const char* published, bool with_cues = true) {
  std::vector<DateMention> all;
  std::vector<bool> cues;
  for (size_t i = 0; i < sents.size(); ++i) {
    for (DateMention d : FindDateMentions(sents[i], {}, Lex(lang), Ref(published))) {
      d.sentence = static_cast<uint32_t>(i);
      all.push_back(d);
    }
    cues.push_back(HasAnniversaryCue(sents[i], Lex(lang)));
  }
  if (with_cues) {
    FlagDateSlips(all, Ref(published), cues);
  } else {
    FlagDateSlips(all, Ref(published));
  }
  return all;
}

const DateMention* Find(const std::vector<DateMention>& dates, const std::string& value) {
  for (const DateMention& d : dates) {
    if (d.value == value) return &d;
  }
  return nullptr;
}

TEST(DateSlips, PolishWeekWithWrongYear) {
  const auto dates = Document("pl",
                              {
                                  "Mróz trwał od 5 stycznia 2021 w całym kraju.",
                                  "W czwartek 06.01.2021 zamknięto szkoły.",
                                  "Dnia 6 stycznia 2022 wojewoda ogłosił alarm.",
                                  "Straty liczono w styczniu 2021 roku.",
                              },
                              "2022-01-10");
  ASSERT_EQ(dates.size(), 4u);
  const DateMention* a = Find(dates, "2021-01-05");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(a->suspect);
  EXPECT_NE(a->reason.find("year 2021 contradicts publication on 2022-01-10"), std::string::npos)
      << a->reason;
  EXPECT_NE(a->reason.find("2022-01-05 fits"), std::string::npos) << a->reason;
  const DateMention* b = Find(dates, "2021-01-06");
  ASSERT_NE(b, nullptr);
  EXPECT_TRUE(b->suspect);
  EXPECT_NE(b->reason.find("also dates 2022-01-06"), std::string::npos) << b->reason;
  const DateMention* c = Find(dates, "2022-01-06");
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->suspect);
  EXPECT_EQ(c->reason, "");
  // Month precision: the same month of 2022 holds the publication, and the
  // document's other dates sit in it.
  const DateMention* m = Find(dates, "2021-01");
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->suspect);
}

TEST(DateSlips, AnniversaryAndHistoryAreNotSlips) {
  const auto dates = Document("pl",
                              {
                                  "W rocznicę powodzi z 7 stycznia 2021 złożono kwiaty.",
                                  "Rok temu, 8 stycznia 2021, rzeka wylała.",
                                  "Most otwarto 15 marca 2020 roku.",
                                  "Dnia 7 stycznia 2022 burmistrz przemawiał.",
                              },
                              "2022-01-10");
  for (const DateMention& d : dates) {
    EXPECT_FALSE(d.suspect) << d.value << ": " << d.reason;
  }
}

TEST(DateSlips, RelativeYearAgoCountsWithoutCueList) {
  // The two-argument form: "a year ago" in the sentence is its own cue.
  const auto dates = Document("en", {"A year ago, on January 3, 2021, the dam broke."},
                              "2022-01-05", /*with_cues=*/false);
  for (const DateMention& d : dates) EXPECT_FALSE(d.suspect) << d.value;
  const auto slip = Document("en", {"On January 3, 2021, the dam broke."}, "2022-01-05", false);
  ASSERT_EQ(slip.size(), 1u);
  EXPECT_TRUE(slip[0].suspect);
}

TEST(DateSlips, GermanAndRussianWindows) {
  // Just outside the 7 days after publication: no slip.
  auto d = Document("de", {"Die Messe am 20. Januar 2021 fällt aus."}, "2022-01-10");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_FALSE(d[0].suspect);
  // Within a week after publication, and written a year ahead: slip.
  d = Document("ru", {"Совещание назначено на 14 января 2023 года."}, "2022-01-10");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_TRUE(d[0].suspect);
  // No publication date: nothing flagged.
  std::vector<DateMention> none = Document("de", {"Am 06.01.2021 schneite es."}, "2022-01-10");
  for (DateMention& x : none) x.suspect = false;
  FlagDateSlips(none, ReferenceTime{});
  EXPECT_FALSE(none[0].suspect);
  // Around New Year the slip can point to the year before the publication.
  d = Document("en", {"The storm hit on December 30, 2022 at night."}, "2022-01-03");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_TRUE(d[0].suspect);
  EXPECT_NE(d[0].reason.find("2021-12-30 fits"), std::string::npos) << d[0].reason;
  d = Document("en", {"The storm hit on December 30, 2021 at night."}, "2022-01-03");
  EXPECT_FALSE(d[0].suspect);
  // Three years off is no slip.
  d = Document("de", {"Am 06.01.2019 schneite es."}, "2022-01-10");
  EXPECT_FALSE(d[0].suspect);
}

}  // namespace
}  // namespace parallax::annotate
