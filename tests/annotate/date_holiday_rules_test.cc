// The holiday calendar (date_holiday_rules.cc): the computus, nth
// weekdays, clashes, seasons, the date table, and malformed rule files.
// Expected dates are public-record facts (church and state calendars).
#include "annotate/date_holiday_rules.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "annotate/date_calendar.h"
#include "annotate/date_holidays.h"
#include "parallax/data_dir.h"
#include "parallax/error.h"

namespace parallax::annotate {
namespace {

std::string Day(int64_t days) { return cal::FormatDay(days); }

const HolidayCalendar& Calendar() {
  static const std::shared_ptr<const HolidayCalendar> calendar =
      HolidayCalendar::Load(FindDataDir());
  return *calendar;
}

// The first occurrence of `id` in `year`, "first..last" when longer.
std::string In(const char* id, int year) {
  const int index = Calendar().Find(id);
  EXPECT_GE(index, 0) << id;
  HolidayOccurrences occ;
  Calendar().Occurrences(index, year, year, &occ);
  if (occ.size == 0) return "";
  const DaySpan& s = occ.at[0];
  return s.last == s.first ? Day(s.first) : Day(s.first) + ".." + Day(s.last);
}

TEST(HolidayRules, GregorianComputus) {
  EXPECT_EQ(Day(EasterSunday(1818)), "1818-03-22");  // the earliest possible date
  EXPECT_EQ(Day(EasterSunday(1943)), "1943-04-25");  // the latest possible date
  EXPECT_EQ(Day(EasterSunday(2000)), "2000-04-23");
  EXPECT_EQ(Day(EasterSunday(2008)), "2008-03-23");
  EXPECT_EQ(Day(EasterSunday(2019)), "2019-04-21");
  EXPECT_EQ(Day(EasterSunday(2024)), "2024-03-31");
  EXPECT_EQ(Day(EasterSunday(2038)), "2038-04-25");
}

TEST(HolidayRules, JulianComputusAsGregorianDays) {
  EXPECT_EQ(Day(OrthodoxEasterSunday(2008)), "2008-04-27");
  EXPECT_EQ(Day(OrthodoxEasterSunday(2010)), "2010-04-04");  // same day as the western
  EXPECT_EQ(Day(OrthodoxEasterSunday(2021)), "2021-05-02");
  EXPECT_EQ(Day(OrthodoxEasterSunday(2022)), "2022-04-24");
  EXPECT_EQ(Day(OrthodoxEasterSunday(2024)), "2024-05-05");
  EXPECT_EQ(Day(OrthodoxEasterSunday(2025)), "2025-04-20");
}

TEST(HolidayRules, FixedEasterAndWeekdayRules) {
  EXPECT_EQ(In("christmas", 2021), "2021-12-25");
  EXPECT_EQ(In("good_friday", 2022), "2022-04-15");
  EXPECT_EQ(In("pentecost", 2022), "2022-06-05");
  EXPECT_EQ(In("ash_wednesday", 2023), "2023-02-22");
  EXPECT_EQ(In("lent", 2022), "2022-03-02..2022-04-16");
  EXPECT_EQ(In("orthodox_pentecost", 2022), "2022-06-12");
  EXPECT_EQ(In("thanksgiving_us", 2021), "2021-11-25");
  EXPECT_EQ(In("thanksgiving_us", 2022), "2022-11-24");
  EXPECT_EQ(In("black_friday", 2019), "2019-11-29");  // the fifth Friday that year
  EXPECT_EQ(In("memorial_day_us", 2022), "2022-05-30");
  EXPECT_EQ(In("labor_day_us", 2022), "2022-09-05");
  EXPECT_EQ(In("buss_und_bettag_de", 2022), "2022-11-16");
  EXPECT_EQ(In("first_advent", 2023), "2023-12-03");
  EXPECT_EQ(In("nauryz_kz", 2022), "2022-03-21..2022-03-23");
  EXPECT_EQ(In("mlk_day_us", 1985), "");  // from 1986 only
}

TEST(HolidayRules, ClashMovesFrenchMothersDay) {
  EXPECT_EQ(In("mothers_day_fr", 2020), "2020-06-07");  // the last Sunday of May was Pentecost
  EXPECT_EQ(In("mothers_day_fr", 2022), "2022-05-29");
}

TEST(HolidayRules, RulesByYear) {
  EXPECT_EQ(In("victory_day_ua", 2022), "2022-05-09");
  EXPECT_EQ(In("victory_day_ua", 2023), "2023-05-08");
  EXPECT_EQ(In("defenders_day_ua", 2024), "2024-10-01");
}

TEST(HolidayRules, SeasonsBelongToTheYearHoldingMostOfThem) {
  EXPECT_EQ(In("winter", 2021), "2020-12-01..2021-02-28");
  EXPECT_EQ(In("winter", 2024), "2023-12-01..2024-02-29");
  EXPECT_EQ(In("summer", 2013), "2013-06-01..2013-08-31");
}

TEST(HolidayRules, LunarTable) {
  EXPECT_EQ(In("ramadan", 2022), "2022-04-02..2022-05-01");
  EXPECT_EQ(In("eid_al_fitr", 2022), "2022-05-02");
  EXPECT_EQ(In("yom_kippur", 2019), "2019-10-09");
  EXPECT_EQ(In("hanukkah", 2021), "2021-11-29..2021-12-06");
  EXPECT_EQ(In("chinese_new_year", 2023), "2023-01-22");
  EXPECT_EQ(In("eid_al_fitr", 1950), "");  // before the table's Islamic years
  // Eid al-Fitr fell twice in 2000 (Umm al-Qura: 8 January, 27 December).
  HolidayOccurrences occ;
  Calendar().Occurrences(Calendar().Find("eid_al_fitr"), 2000, 2000, &occ);
  ASSERT_EQ(occ.size, 2);
  EXPECT_EQ(Day(occ.at[0].first), "2000-01-08");
  EXPECT_EQ(Day(occ.at[1].first), "2000-12-27");
}

TEST(HolidayRules, OccurrencesStayBounded) {
  HolidayOccurrences occ;
  Calendar().Occurrences(Calendar().Find("christmas"), 1, 100000, &occ);
  EXPECT_EQ(occ.size, kMaxOccurrences);
  Calendar().Occurrences(Calendar().Find("christmas"), 2022, 2021, &occ);
  EXPECT_EQ(occ.size, 0);
  Calendar().Occurrences(-1, 2021, 2022, &occ);
  EXPECT_EQ(occ.size, 0);
}

// A data folder in the temporary directory with the given files; one per
// test, as ctest runs the tests of this file in parallel processes.
std::filesystem::path WriteData(const std::string& rules, const std::string& dates,
                                const std::string& names) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() /
      (std::string("parallax_holiday_rules_test_") +
       ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "xx");
  std::ofstream(dir / "holidays.tsv") << "# test\n" << rules;
  if (!dates.empty()) std::ofstream(dir / "holiday_dates.tsv") << "# test\n" << dates;
  std::ofstream(dir / "xx" / "holidays.tsv") << "# test\n" << names;
  return dir;
}

void ExpectError(const std::string& rules, const std::string& dates, const std::string& names,
                 const std::string& where) {
  const std::filesystem::path dir = WriteData(rules, dates, names);
  try {
    LoadHolidayNames(dir, "xx", [](std::string_view, const DateMeaning&) {});
    FAIL() << "no DataError for " << where;
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find(where), std::string::npos) << e.what();
  }
}

TEST(HolidayRules, MalformedFilesNameFileAndLine) {
  const std::string ok = "feast\t12-25\n";
  ExpectError("feast\tsomeday\n", "", "Feast\tfeast\n", "holidays.tsv:2");
  ExpectError("feast\t13-01\n", "", "Feast\tfeast\n", "holidays.tsv:2");
  ExpectError("feast\tweekday:11:0:4\n", "", "Feast\tfeast\n", "holidays.tsv:2");
  ExpectError("feast\t12-25\tdays=0\n", "", "Feast\tfeast\n", "holidays.tsv:2");
  ExpectError("feast\t12-25\tclash=nothing+7\n", "", "Feast\tfeast\n", "holidays.tsv:2");
  ExpectError("feast\tseason:6\nfeast\t12-25\n", "", "Feast\tfeast\n", "holidays.tsv:3");
  ExpectError(ok + "moon\ttable\n", "moon\t2022-13-01\n", "Feast\tfeast\n", "holiday_dates.tsv:2");
  ExpectError(ok, "other\t2022-01-01\n", "Feast\tfeast\n", "holiday_dates.tsv:2");
  ExpectError(ok, "", "Feast\tunknown\n", "xx/holidays.tsv:2");
  ExpectError(ok, "", "Feast\tfeast\tloud\n", "xx/holidays.tsv:2");
  ExpectError(ok, "", "Feast\tfeast\nfeast\tfeast\n", "xx/holidays.tsv:3");
  ExpectError(ok, "", "Feast\tfeast\talone\n", "xx/holidays.tsv:2");  // not a season
}

TEST(HolidayRules, GoodFilesLoad) {
  const std::filesystem::path dir =
      WriteData("feast\t12-25\nmoon\ttable\n", "moon\t2022-01-03\t2022-01-05\n",
                "Feast day\tfeast\nMoon\tmoon\tcap\n");
  std::vector<std::string> phrases;
  const auto lex = LoadHolidayNames(dir, "xx", [&](std::string_view p, const DateMeaning& m) {
    phrases.emplace_back(p);
    EXPECT_GE(m.holiday, 1);
  });
  ASSERT_NE(lex, nullptr);
  EXPECT_EQ(phrases.size(), 2u);
  EXPECT_TRUE(lex->names[1].cap);
  EXPECT_EQ(LoadHolidayNames(dir, "yy", [](std::string_view, const DateMeaning&) {}), nullptr);
}

}  // namespace
}  // namespace parallax::annotate
