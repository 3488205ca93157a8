// Time zones after a clock time (date_clock.cc TrailingZone, FinishClock;
// data/time_zones.tsv and the `zone` rows of data/<lang>/date_words.tsv):
// the span takes the zone, the value the time as written with the zone's
// ISO offset, never converted. Reference 2022-03-17T09:40, a Thursday.
#include <gtest/gtest.h>

#include <string>

#include "date_test_util.h"

namespace parallax {
namespace {

using annotate::testing::Case;
using annotate::testing::TheAnnotator;

void CheckAll(std::initializer_list<Case> cases) {
  annotate::testing::CheckAll(cases, "2022-03-17T09:40");
}

TEST(DateClockZone, AbbreviationsInEveryLanguage) {
  CheckAll({
      {"en", "Polls close at 8 p.m. EST on Tuesday.", "at 8 p.m. EST on Tuesday",
       "2022-03-15T20:00-05:00"},
      {"en", "The launch is set for 14:30 UTC.", "14:30 UTC", "T14:30+00:00"},
      {"de", "Die Sitzung beginnt um 14 Uhr MEZ.", "um 14 Uhr MEZ", "T14:00+01:00"},
      {"fr", "Le vote s'ouvre à 9h30 GMT.", "à 9h30 GMT", "T09:30+00:00"},
      {"es", "El partido empieza a las 21:00 CET.", "a las 21:00 CET", "T21:00+01:00"},
      {"it", "La conferenza inizia alle 18 CEST.", "alle 18 CEST", "T18:00+02:00"},
      {"pl", "Głosowanie zakończy się o 21:00 CET.", "o 21:00 CET", "T21:00+01:00"},
  });
}

TEST(DateClockZone, NamedZonesAndLocalTime) {
  CheckAll({
      {"ru", "Заседание начнётся в 15:00 по московскому времени.", "в 15:00 по московскому времени",
       "T15:00+03:00"},
      {"ru", "Переговоры начались в 11:30 мск в пятницу.", "в 11:30 мск в пятницу",
       "2022-03-11T11:30+03:00"},
      // Summer time changes these: the span takes them, the value no offset.
      {"uk", "Засідання почнеться о 10:00 за київським часом.", "о 10:00 за київським часом",
       "T10:00"},
      {"de", "Der Start ist um 6 Uhr Ortszeit geplant.", "um 6 Uhr Ortszeit", "T06:00"},
  });
}

TEST(DateClockZone, RangesCarryTheZoneOnBothEnds) {
  CheckAll({
      {"en", "Voting runs from 9:00 to 17:00 GMT.", "from 9:00 to 17:00 GMT", "T09:00+00:00",
       "T17:00+00:00"},
  });
}

// A zone word makes nothing a time: "GMT" after a count, a zone alone.
TEST(DateClockZone, NoTimeWithoutAClock) {
  for (const char* text : {"The index fell 3 GMT points.", "GMT is the reference zone.",
                           "Shares rose 14 EST analysts said."}) {
    SCOPED_TRACE(text);
    const Annotations a = TheAnnotator().AnnotateText(text, "en", ParseReferenceTime("2022-03-17"));
    EXPECT_TRUE(a.dates.empty());
  }
}

}  // namespace
}  // namespace parallax
