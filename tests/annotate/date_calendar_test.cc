// The month arithmetic the date readers share (date_calendar.h).
#include "annotate/date_calendar.h"

#include <gtest/gtest.h>

namespace parallax::annotate {
namespace {

TEST(DateCalendar, AddMonthsCrossesYearsBothWays) {
  int y = 0, m = 0;
  cal::AddMonths(2022, 11, 3, &y, &m);
  EXPECT_EQ(y, 2023);
  EXPECT_EQ(m, 2);
  cal::AddMonths(2022, 1, -1, &y, &m);
  EXPECT_EQ(y, 2021);
  EXPECT_EQ(m, 12);
  cal::AddMonths(2022, 3, -27, &y, &m);
  EXPECT_EQ(y, 2019);
  EXPECT_EQ(m, 12);
  cal::AddMonths(2022, 6, 0, &y, &m);
  EXPECT_EQ(y, 2022);
  EXPECT_EQ(m, 6);
}

TEST(DateCalendar, SameDayMonthsOnKeepsToTheMonthsEnd) {
  EXPECT_EQ(cal::FormatDay(cal::SameDayMonthsOn(2022, 1, 31, 1)), "2022-02-28");
  EXPECT_EQ(cal::FormatDay(cal::SameDayMonthsOn(2024, 3, 31, -1)), "2024-02-29");
  EXPECT_EQ(cal::FormatDay(cal::SameDayMonthsOn(2021, 10, 15, 14)), "2022-12-15");
}

TEST(DateCalendar, NearestYearOfAMonthAlone) {
  EXPECT_EQ(cal::NearestYearOfMonth(2022, 1, 12), 2021);  // December: last year
  EXPECT_EQ(cal::NearestYearOfMonth(2022, 1, 6), 2022);   // five months ahead
  EXPECT_EQ(cal::NearestYearOfMonth(2022, 1, 7), 2021);   // six ahead: the past wins
  EXPECT_EQ(cal::NearestYearOfMonth(2022, 11, 2), 2023);
}

}  // namespace
}  // namespace parallax::annotate
