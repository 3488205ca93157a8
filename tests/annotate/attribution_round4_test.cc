// Attribution, fourth round (issue 6, item 2): sources the sample corpus
// got wrong, in sentences worded apart from it. An according-to marker
// with a lower-case source that runs into its verb and an adverb before
// the figure ("Według prokuratury aresztowano już 40 osób"): the
// source ends before the verb, not one word before the figure. A German
// object fronted before the verb ("Den Schaden beziffert das Ministerium"):
// the subject follows the verb. Measured before the rules: 0/6; after: 6/6.
#include <gtest/gtest.h>

#include "annotate/attribution_test_util.h"

namespace parallax {
namespace {

using testing::AttributionCase;

const AttributionCase kCases[] = {
    {"pl", "Według prokuratury aresztowano już 40 osób.", 0, "prokuratury", false, false, false,
     nullptr},
    {"pl", "Według lokalnych władz ewakuowano już 900 mieszkańców.", 0, "lokalnych władz", false,
     false, false, nullptr},
    {"ru", "По данным полиции задержаны уже 120 человек.", 0, "полиции", false, false, false,
     nullptr},
    {"uk", "За даними поліції затримано вже 35 осіб.", 0, "поліції", false, false, false, nullptr},
    // A German object fronted before the verb: the subject follows it.
    {"de", "Den Schaden an der Brücke beziffert das Verkehrsministerium auf 4 Millionen Euro.", 0,
     "das Verkehrsministerium", false, false, false, nullptr},
    {"de", "Einen Teil der Opfer zählte die Polizei erst am Abend: 7 Tote.", 0, "die Polizei", false,
     false, false, nullptr},
};

TEST(AttributionRound4, AllPass) { testing::RunAttributionCases(kCases, "round 4"); }

}  // namespace
}  // namespace parallax
