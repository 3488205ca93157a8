// The public facade of include/parallax/annotate.h: Annotate(Document&)
// (sentence indices, document offsets, paragraph languages, resolution
// against doc.published, date slips across sentences), ParseReferenceTime,
// and the name functions of document.h. Texts are written for this test.
#include <gtest/gtest.h>

#include <iterator>
#include <string>
#include <vector>

#include "doc_builder.h"
#include "parallax/annotate.h"
#include "parallax/data_dir.h"
#include "parallax/document.h"

namespace parallax {
namespace {

const Annotator& TheAnnotator() {
  static const Annotator* annotator = new Annotator(FindDataDir());
  return *annotator;
}

LanguageGuess Guess(const std::string& lang, bool reliable) {
  LanguageGuess g;
  g.lang = lang;
  g.reliable = reliable;
  g.confidence = reliable ? 0.99 : 0.2;
  return g;
}

// A document of paragraphs (test::AppendParagraph).
struct Builder {
  Document doc;
  void Paragraph(const std::vector<std::string>& sentences, const LanguageGuess& lang) {
    test::AppendParagraph(doc, sentences, lang);
  }
};

// The date mention whose span is exactly `piece` in doc.text; null if none.
const DateMention* DateAt(const Document& doc, const std::string& piece) {
  const size_t at = doc.text.find(piece);
  for (const DateMention& d : doc.dates) {
    if (d.span.start == at && d.span.end == at + piece.size()) return &d;
  }
  return nullptr;
}

const Quantity* QuantityAt(const Document& doc, const std::string& piece) {
  const size_t at = doc.text.find(piece);
  for (const Quantity& q : doc.quantities) {
    if (q.span.start == at && q.span.end == at + piece.size()) return &q;
  }
  return nullptr;
}

// English first paragraph, German second; published 2022-01-10.
Document MixedReport() {
  Builder b;
  b.doc.lang = Guess("en", true);
  b.doc.published = "2022-01-10";
  b.Paragraph({"The negotiators met again on 5 January 2022 in a hotel near the lake."},
              Guess("en", true));
  b.Paragraph({"Die letzte Runde endete am 06.01.2021 mit 18 Delegierten.",
               "Am 7. Januar reisten 40 Beobachter ab."},
              Guess("de", true));
  return std::move(b.doc);
}

TEST(AnnotateFacade, SentenceIndicesAndDocumentOffsetsForDates) {
  Document doc = MixedReport();
  TheAnnotator().Annotate(doc);
  const DateMention* first = DateAt(doc, "5 January 2022");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->sentence, 0u);
  EXPECT_EQ(first->value, "2022-01-05");
  EXPECT_EQ(first->basis, DateBasis::kAbsolute);
  const DateMention* slip = DateAt(doc, "06.01.2021");
  ASSERT_NE(slip, nullptr);
  EXPECT_EQ(slip->sentence, 1u);
  for (size_t i = 1; i < doc.dates.size(); ++i) {
    EXPECT_LE(doc.dates[i - 1].span.end, doc.dates[i].span.start) << "text order";
  }
}

TEST(AnnotateFacade, SentenceIndicesAndDocumentOffsetsForQuantities) {
  Document doc = MixedReport();
  TheAnnotator().Annotate(doc);
  const Quantity* delegates = QuantityAt(doc, "18");
  ASSERT_NE(delegates, nullptr);
  EXPECT_EQ(delegates->sentence, 1u);
  EXPECT_EQ(delegates->value, 18);
  const Quantity* observers = QuantityAt(doc, "40");
  ASSERT_NE(observers, nullptr);
  EXPECT_EQ(observers->sentence, 2u);
  EXPECT_EQ(observers->value, 40);
  for (size_t i = 1; i < doc.quantities.size(); ++i) {
    EXPECT_LE(doc.quantities[i - 1].span.end, doc.quantities[i].span.start) << "text order";
  }
}

TEST(AnnotateFacade, UsesParagraphLanguageAndPublicationDate) {
  Document doc = MixedReport();
  TheAnnotator().Annotate(doc);
  // German month name, read only with the German paragraph's lexicon; the
  // year comes from doc.published.
  const DateMention* d = DateAt(doc, "7. Januar");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->sentence, 2u);
  EXPECT_EQ(d->value, "2022-01-07");
  EXPECT_EQ(d->basis, DateBasis::kCompleted);
}

TEST(AnnotateFacade, UnreliableParagraphFallsBackToDocumentLanguage) {
  Builder b;
  b.doc.lang = Guess("de", true);
  b.doc.published = "2021-06-20";
  b.Paragraph({"Am 3. Juni schloss das Museum."}, Guess("en", false));
  TheAnnotator().Annotate(b.doc);
  const DateMention* d = DateAt(b.doc, "3. Juni");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->value, "2021-06-03");
}

TEST(AnnotateFacade, NoPublicationDateLeavesPartialDatesUnresolved) {
  Document doc = MixedReport();
  doc.published.reset();
  TheAnnotator().Annotate(doc);
  const DateMention* d = DateAt(doc, "7. Januar");
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(d->value.empty()) << d->value;
  EXPECT_FALSE(d->reason.empty());
  for (const DateMention& m : doc.dates) EXPECT_FALSE(m.suspect) << "no slips without a date";
}

TEST(AnnotateFacade, FlagsDateSlipAcrossSentences) {
  Document doc = MixedReport();
  TheAnnotator().Annotate(doc);
  const DateMention* slip = DateAt(doc, "06.01.2021");
  ASSERT_NE(slip, nullptr);
  EXPECT_TRUE(slip->suspect);
  EXPECT_FALSE(slip->reason.empty());
  const DateMention* right = DateAt(doc, "5 January 2022");
  ASSERT_NE(right, nullptr);
  EXPECT_FALSE(right->suspect);
}

TEST(AnnotateFacade, AnnotateReplacesEarlierResults) {
  Document doc = MixedReport();
  TheAnnotator().Annotate(doc);
  const std::vector<Quantity> quantities = doc.quantities;
  const std::vector<DateMention> dates = doc.dates;
  TheAnnotator().Annotate(doc);
  EXPECT_EQ(doc.quantities, quantities);
  EXPECT_EQ(doc.dates, dates);
}

TEST(AnnotateFacade, SentencesOutsideTheTextAreSkipped) {
  Document doc = MixedReport();
  Sentence broken;
  broken.span = {static_cast<uint32_t>(doc.text.size() + 5),
                 static_cast<uint32_t>(doc.text.size() + 20)};
  broken.paragraph = 99;
  doc.sentences.push_back(broken);
  TheAnnotator().Annotate(doc);
  for (const DateMention& d : doc.dates) EXPECT_LE(d.span.end, doc.text.size());
  for (const Quantity& q : doc.quantities) EXPECT_LE(q.span.end, doc.text.size());
}

TEST(AnnotateFacade, ParseReferenceTimeAccepts) {
  ReferenceTime t = ParseReferenceTime("2022-01-10");
  EXPECT_TRUE(t.known());
  EXPECT_EQ(t.year, 2022);
  EXPECT_EQ(t.month, 1);
  EXPECT_EQ(t.day, 10);
  EXPECT_EQ(t.hour, -1);
  EXPECT_EQ(t.minute, -1);

  t = ParseReferenceTime("2013-02-12T04:30:00-02:00");
  EXPECT_TRUE(t.known());
  EXPECT_EQ(t.hour, 4);
  EXPECT_EQ(t.minute, 30);

  t = ParseReferenceTime("2019-12-31 23:59");
  EXPECT_EQ(t.day, 31);
  EXPECT_EQ(t.hour, 23);
  EXPECT_EQ(t.minute, 59);

  EXPECT_TRUE(ParseReferenceTime("2024-02-29").known()) << "leap year";
  EXPECT_TRUE(ParseReferenceTime("2000-02-29").known()) << "leap year (400)";
}

TEST(AnnotateFacade, ParseReferenceTimeRejects) {
  for (const char* bad : {"", "2022", "2022-01", "2022-1-10", "22-01-10", "2022/01/10",
                          "2022-00-10", "2022-13-01", "2022-01-00", "2022-01-32", "2022-02-29",
                          "1900-02-29", "2022-04-31", "abcd-ef-gh", "0000-01-01", "20220110"}) {
    EXPECT_FALSE(ParseReferenceTime(bad).known()) << bad;
  }
  // A malformed clock time keeps the date and drops the time.
  const ReferenceTime t = ParseReferenceTime("2022-01-10T25:61");
  EXPECT_TRUE(t.known());
  EXPECT_EQ(t.hour, -1);
  EXPECT_EQ(t.minute, -1);
}

TEST(AnnotateFacade, QuantityKindNamesRoundTrip) {
  const QuantityKind kinds[] = {QuantityKind::kNumber,  QuantityKind::kOrdinal,
                                QuantityKind::kPercent, QuantityKind::kMoney,
                                QuantityKind::kMeasure, QuantityKind::kDuration};
  const char* names[] = {"number", "ordinal", "percent", "money", "measure", "duration"};
  for (size_t i = 0; i < std::size(kinds); ++i) {
    EXPECT_EQ(QuantityKindName(kinds[i]), names[i]);
    EXPECT_EQ(QuantityKindFromName(names[i]), kinds[i]);
  }
  EXPECT_FALSE(QuantityKindFromName("").has_value());
  EXPECT_FALSE(QuantityKindFromName("Number").has_value());
  EXPECT_FALSE(QuantityKindFromName("currency").has_value());
}

TEST(AnnotateFacade, ApproxNamesRoundTrip) {
  const Approx values[] = {Approx::kExact,    Approx::kAbout, Approx::kAtLeast, Approx::kMoreThan,
                           Approx::kLessThan, Approx::kUpTo,  Approx::kRange,   Approx::kVague};
  const char* names[] = {"exact",     "about", "at_least", "more_than",
                         "less_than", "up_to", "range",    "vague"};
  for (size_t i = 0; i < std::size(values); ++i) {
    EXPECT_EQ(ApproxName(values[i]), names[i]);
    EXPECT_EQ(ApproxFromName(names[i]), values[i]);
  }
  EXPECT_FALSE(ApproxFromName("approximately").has_value());
  EXPECT_FALSE(ApproxFromName("").has_value());
}

TEST(AnnotateFacade, DateBasisNamesRoundTrip) {
  const DateBasis values[] = {DateBasis::kAbsolute, DateBasis::kCompleted, DateBasis::kRelative,
                              DateBasis::kTime};
  const char* names[] = {"absolute", "completed", "relative", "time"};
  for (size_t i = 0; i < std::size(values); ++i) {
    EXPECT_EQ(DateBasisName(values[i]), names[i]);
    EXPECT_EQ(DateBasisFromName(names[i]), values[i]);
  }
  EXPECT_FALSE(DateBasisFromName("relative ").has_value());
  EXPECT_FALSE(DateBasisFromName("").has_value());
}

// Ratios are joined after the dates have taken their numbers: a count
// before "in 10 days" stays a count, and "in 30 minutes" stays a time.
TEST(AnnotateFacade, RatiosYieldToDates) {
  const ReferenceTime ref = ParseReferenceTime("2022-01-10");
  const Annotator& a = TheAnnotator();
  const std::string lost = "The brigade lost 3 in 10 days of shelling.";
  const Annotations x = a.AnnotateText(lost, "en", ref);
  ASSERT_EQ(x.quantities.size(), 1U);
  EXPECT_EQ(x.quantities[0].value, 3);
  ASSERT_EQ(x.dates.size(), 1U);
  EXPECT_EQ(lost.substr(x.dates[0].span.start, x.dates[0].span.end - x.dates[0].span.start),
            "in 10 days");
  const std::string held = "Guards held 12 in 45 minutes at the gate.";
  const Annotations y = a.AnnotateText(held, "en", ref);
  ASSERT_FALSE(y.quantities.empty());
  EXPECT_EQ(y.quantities[0].value, 12);
  EXPECT_EQ(y.quantities[0].unit, "");
  // Still a ratio where no date takes the second number.
  const Annotations z = a.AnnotateText("About one in four homes lost power.", "en", ref);
  ASSERT_EQ(z.quantities.size(), 1U);
  EXPECT_DOUBLE_EQ(z.quantities[0].value, 0.25);
}

}  // namespace
}  // namespace parallax
