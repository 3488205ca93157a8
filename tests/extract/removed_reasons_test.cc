// JunkReasons and the reasons ExtractMainText gives removed blocks whose
// markup says nothing (MainTextOptions::reason_of). Pages and lines are
// written for these tests; they share no wording with examples/corpus.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "parallax/data_dir.h"
#include "parallax/junk_reasons.h"
#include "parallax/main_text.h"

namespace parallax {
namespace {

const JunkReasons& Reasons() {
  static const JunkReasons reasons(FindDataDir());
  return reasons;
}

MainTextOptions WithReasons() {
  MainTextOptions o;
  o.reason_of = [](std::string_view block) { return Reasons().ReasonOf(block); };
  return o;
}

std::string RemovedReason(const MainText& m, std::string_view needle) {
  for (const RemovedBlock& r : m.removed) {
    if (r.text.find(needle) != std::string::npos) return r.reason;
  }
  return "<not removed>";
}

TEST(JunkReasons, NamesLabelsInSeveralLanguages) {
  EXPECT_EQ(Reasons().ReasonOf("17 Comments"), "comments");
  EXPECT_EQ(Reasons().ReasonOf("Kommentare (4)"), "comments");
  EXPECT_EQ(Reasons().ReasonOf("Комментарии (12)"), "comments");
  EXPECT_EQ(Reasons().ReasonOf("You may also like"), "related");
  EXPECT_EQ(Reasons().ReasonOf("Читайте также"), "related");
  EXPECT_EQ(Reasons().ReasonOf("Wesprzyj niezależne media lokalne"), "fundraising");
  EXPECT_EQ(Reasons().ReasonOf("Unterstützen Sie unsere Arbeit mit einem Beitrag"), "fundraising");
}

TEST(JunkReasons, PaymentCodesAreFundraising) {
  EXPECT_EQ(Reasons().ReasonOf("ETH: 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), "fundraising");
  EXPECT_EQ(Reasons().ReasonOf("Konto: DE89 3704 0044 0532 0130 00"), "fundraising");
}

TEST(JunkReasons, LongConsentNoticeIsLegalByItsOpening) {
  EXPECT_EQ(Reasons().ReasonOf("We use cookies to measure traffic and to remember your choices. "
                               "You can change them at any time in the settings."),
            "legal");
}

TEST(JunkReasons, ProseIsNeverNamed) {
  // Contains entries ("share", "comment") do not fire on sentences.
  EXPECT_EQ(Reasons().ReasonOf("The minister declined to comment on the share of the budget that "
                               "went to the regional police forces last year."),
            "");
  EXPECT_EQ(Reasons().ReasonOf("Die Stadtwerke wollen ihre Preise im Herbst erneut anheben."), "");
  EXPECT_EQ(Reasons().ReasonOf(""), "");
}

// An article, then furniture without telling classes: a donation box, a
// comment thread and a list of teasers, each under its own heading.
constexpr std::string_view kPage = R"(<html><head><title>Bridge reopens after repairs</title></head>
<body><div id="x1">
<h1>Bridge reopens after repairs</h1>
<p>The old river bridge in the town centre reopened on Monday after eleven months of repairs, the
city council said in a statement published in the morning.</p>
<p>Engineers replaced the corroded steel bearings and part of the deck, at a cost the council put
at about 4.2 million euros, slightly below the budget approved last spring.</p>
<p>Buses return to their old route on Wednesday, and the temporary ferry stops running at the end
of the week, according to the transport office.</p>
</div>
<div id="x2">
<h3>Support our work</h3>
<p>Local reporting costs money. A small monthly gift keeps this site free for everyone.</p>
<p>BTC: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq</p>
<h3>3 Comments</h3>
<p>riverside_anna</p>
<p>Finally! The detour added twenty minutes to my commute every single day.</p>
<p>tom_k</p>
<p>Shame it took this long.</p>
<h3>You may also like</h3>
<p>Council approves new cycle lanes for the north bank</p>
<p>Ferry service to end as bridge work finishes</p>
<div class="share-tools"><p>Tweet it to your followers now</p></div>
</div></body></html>)";

TEST(ExplainRemoved, SectionLabelsNameTheBlocksUnderThem) {
  MainText m = ExtractMainText(kPage, WithReasons());
  ASSERT_TRUE(m.found);
  EXPECT_NE(m.text.find("steel bearings"), std::string::npos);
  EXPECT_EQ(RemovedReason(m, "Support our work"), "fundraising");
  EXPECT_EQ(RemovedReason(m, "A small monthly gift"), "fundraising");
  EXPECT_EQ(RemovedReason(m, "bc1qar0"), "fundraising");
  EXPECT_EQ(RemovedReason(m, "3 Comments"), "comments");
  EXPECT_EQ(RemovedReason(m, "riverside_anna"), "comments");
  EXPECT_EQ(RemovedReason(m, "twenty minutes"), "comments");
  EXPECT_EQ(RemovedReason(m, "You may also like"), "related");
  EXPECT_EQ(RemovedReason(m, "cycle lanes"), "related");
  // A reason the markup states is kept: the class says share.
  EXPECT_EQ(RemovedReason(m, "Tweet it"), "share");
}

TEST(ExplainRemoved, WithoutTheHookOnlyMarkupNames) {
  // Nothing in the markup tells the comments from the article: without the
  // lexicons they stay in the text.
  MainText m = ExtractMainText(kPage);
  EXPECT_NE(m.text.find("twenty minutes"), std::string::npos);
  EXPECT_EQ(RemovedReason(m, "Tweet it"), "share");
}

TEST(ExplainRemoved, AnUnnamedHeadingClosesTheSection) {
  // "Weather" says nothing: the comment section ends there, and the block
  // under it stays unexplained rather than being called a comment.
  constexpr std::string_view page = R"(<html><body><div>
<h1>Harbour strike ends</h1>
<p>Dock workers in the port returned to work on Friday after a nine-day strike over pay, the union
said, once the operator agreed to a raise of six percent over two years.</p>
<p>About 300 ships had waited outside the port, and the backlog should clear within a week, the
harbour master told reporters on the quay.</p>
</div><div>
<h4>Kommentare (2)</h4>
<p>Endlich wieder Betrieb im Hafen.</p>
<h4>Weather</h4>
<p>Sunny, 21 degrees, light wind from the west.</p>
</div></body></html>)";
  MainText m = ExtractMainText(page, WithReasons());
  ASSERT_TRUE(m.found);
  EXPECT_EQ(RemovedReason(m, "Endlich wieder"), "comments");
  EXPECT_EQ(RemovedReason(m, "Sunny, 21 degrees"), "boilerplate");
}

}  // namespace
}  // namespace parallax
