// The figure of a quantity (Quantity::figure): its span without the
// qualifier words before or after it, per language, through the public
// Annotator and through Annotate on a document (offsets into the whole
// text). The sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "parallax/annotate.h"
#include "parallax/document.h"
#include "quantity_test_util.h"

namespace parallax {
namespace {

using testing::TheAnnotator;
using Want = std::vector<std::string>;

// Every quantity of `text` as "[span] [figure] approx".
std::vector<std::string> Figures(std::string_view lang, std::string_view text) {
  std::vector<std::string> out;
  const Annotations a = TheAnnotator().AnnotateText(text, lang, ParseReferenceTime("2023-03-14"));
  for (const Quantity& q : a.quantities) {
    const Span f = FigureOf(q);
    EXPECT_LE(q.span.start, f.start);
    EXPECT_LE(f.end, q.span.end);
    out.push_back("[" + std::string(text.substr(q.span.start, q.span.end - q.span.start)) + "] [" +
                  std::string(text.substr(f.start, f.end - f.start)) + "] " +
                  std::string(ApproxName(q.approx)));
  }
  return out;
}

TEST(QuantityFigure, QualifierBeforeIsLeftOut) {
  EXPECT_EQ(Figures("en", "The bridge will cost about $ 14 million to repair."),
            Want{"[about $ 14 million] [$ 14 million] about"});
  EXPECT_EQ(Figures("en", "Officials counted more than 2,000 tents."),
            Want{"[more than 2,000] [2,000] more_than"});
  EXPECT_EQ(Figures("de", "Der Umbau kostet rund 91 Millionen US-Dollar."),
            Want{"[rund 91 Millionen US-Dollar] [91 Millionen US-Dollar] about"});
  EXPECT_EQ(Figures("fr", "La mairie a versé environ 300 euros par foyer."),
            Want{"[environ 300 euros] [300 euros] about"});
  EXPECT_EQ(Figures("es", "El club pagó casi 40 millones de euros por el delantero."),
            Want{"[casi 40 millones de euros] [40 millones de euros] about"});
  EXPECT_EQ(Figures("it", "Il comune ha speso circa 5 milioni di euro."),
            Want{"[circa 5 milioni di euro] [5 milioni di euro] about"});
  EXPECT_EQ(Figures("pl", "Remont pochłonął ponad 3 mln zł."),
            Want{"[ponad 3 mln zł] [3 mln zł] more_than"});
  EXPECT_EQ(Figures("ru", "На ремонт ушло примерно 12 млн рублей."),
            Want{"[примерно 12 млн рублей] [12 млн рублей] about"});
  EXPECT_EQ(Figures("uk", "Ремонт коштував понад 7 млн гривень."),
            Want{"[понад 7 млн гривень] [7 млн гривень] more_than"});
  EXPECT_EQ(Figures("kk", "Жөндеуге шамамен 40 млн теңге жұмсалды."),
            Want{"[шамамен 40 млн теңге] [40 млн теңге] about"});
}

TEST(QuantityFigure, QualifierAfterIsLeftOut) {
  EXPECT_EQ(Figures("en", "Fares of $50 or more will be refunded."),
            Want{"[$50 or more] [$50] at_least"});
  EXPECT_EQ(Figures("de", "Betroffen sind Firmen mit 50 oder mehr Beschäftigten."),
            Want{"[50 oder mehr] [50] at_least"});
  EXPECT_EQ(Figures("ru", "Льгота положена семьям с 3 и более детьми."),
            Want{"[3 и более] [3] at_least"});
}

TEST(QuantityFigure, WithoutQualifierTheFigureIsTheSpan) {
  EXPECT_EQ(Figures("en", "Tickets cost $25, and 40% sold out."),
            (Want{"[$25] [$25] exact", "[40%] [40%] exact"}));
  // A range's words belong to its figure.
  EXPECT_EQ(Figures("en", "Between 10 and 15 boats sank."),
            Want{"[Between 10 and 15] [Between 10 and 15] range"});
  EXPECT_EQ(Figures("de", "Es kamen mehr als 10 und weniger als 20 Gäste."),
            Want{"[mehr als 10 und weniger als 20] [mehr als 10 und weniger als 20] range"});
}

// In a document the figure, like the span, is an offset into the whole
// text, not into its sentence.
TEST(QuantityFigure, DocumentOffsetsCountFromTheTextStart) {
  Document doc;
  doc.text = "Rain fell. The fund lost about $ 3 billion.";
  doc.lang.lang = "en";
  Paragraph p;
  p.span = {0, static_cast<uint32_t>(doc.text.size())};
  doc.paragraphs.push_back(p);
  doc.sentences.push_back({{0, 10}, 0});
  doc.sentences.push_back({{11, static_cast<uint32_t>(doc.text.size())}, 0});
  TheAnnotator().Annotate(doc);
  ASSERT_EQ(doc.quantities.size(), 1u);
  const Quantity& q = doc.quantities[0];
  EXPECT_EQ(doc.text.substr(q.span.start, q.span.end - q.span.start), "about $ 3 billion");
  EXPECT_EQ(doc.text.substr(q.figure.start, q.figure.end - q.figure.start), "$ 3 billion");
}

}  // namespace
}  // namespace parallax
