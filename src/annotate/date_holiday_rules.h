// parallax annotate stage (private): when holidays and seasons fall. The
// rules are data: data/holidays.tsv (fixed days, Easter offsets, nth
// weekdays, seasons), data/holiday_dates.tsv (the lunar and lunisolar
// holidays, one line an occurrence) and data/holiday_dates_hindu.tsv (the
// same for the Hindu festivals, written by hand). Format: data/dates-README.md,
// "Holidays and seasons".
#ifndef PARALLAX_ANNOTATE_DATE_HOLIDAY_RULES_H_
#define PARALLAX_ANNOTATE_DATE_HOLIDAY_RULES_H_

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::annotate {

// Days since 1970-01-01, first and last included.
struct DaySpan {
  int64_t first = 0, last = 0;
};

// One row of data/holidays.tsv: how a holiday's days are found in a year.
struct HolidayRule {
  enum Kind : uint8_t {
    kFixed,          // month-day
    kEaster,         // Easter Sunday (Gregorian computus) + offset
    kOrthodox,       // Orthodox Easter (Julian computus, as a Gregorian day) + offset
    kNthWeekday,     // the nth (1-5, -1 last) weekday of a month
    kWeekdayBefore,  // the last weekday strictly before month-day
    kTable,          // the occurrences of data/holiday_dates.tsv
    kSeason,         // three months from `month`
  };
  Kind kind = kFixed;
  int month = 0, day = 0;
  int offset = 0;                        // days added (Easter offsets, "shift=")
  int nth = 0;                           // kNthWeekday
  int weekday = 0;                       // 1 Monday .. 7 Sunday
  int days = 1;                          // length in days
  int from_year = 0, until_year = 9999;  // the years the rule holds in
  int clash = -1;       // index of a holiday that, falling on the same day, moves this one
  int clash_shift = 0;  // ... by this many days
};

// A holiday or season: its id and the rules that give its days.
struct Holiday {
  std::string id;
  bool season = false;
  std::vector<HolidayRule> rules;
  std::vector<DaySpan> dates;  // kTable: every occurrence, in order
};

// At most this many occurrences are listed at once (a few years' worth).
constexpr int kMaxOccurrences = 16;

// Occurrences of one holiday in a run of years, in order; no allocation.
struct HolidayOccurrences {
  DaySpan at[kMaxOccurrences];
  int size = 0;
};

// Every holiday and season the rules know, language-independent. Immutable
// after Load; safe to share between threads.
class HolidayCalendar {
 public:
  // Reads `data_dir`/holidays.tsv, `data_dir`/holiday_dates.tsv and
  // `data_dir`/holiday_dates_hindu.tsv (either table may be absent). A
  // folder without holidays.tsv gives an empty calendar. Throws DataError
  // naming file and line on a malformed row, an unknown id in the date
  // table or a clash with an unknown holiday.
  static std::shared_ptr<const HolidayCalendar> Load(const std::filesystem::path& data_dir);

  // Index of the holiday `id`, or -1.
  int Find(std::string_view id) const;
  const Holiday& at(int index) const { return holidays_[index]; }
  size_t size() const { return holidays_.size(); }

  // The occurrences of holiday `index` that belong to the years y1..y2
  // (at most kMaxOccurrences), in order. A season's year is the one that
  // holds most of it: winter 2021 is December 2020 to February 2021. A
  // table holiday belongs to the year its first day is in (Eid al-Fitr
  // falls twice in some years). Years outside 1583-9999 give none.
  void Occurrences(int index, int y1, int y2, HolidayOccurrences* out) const;

 private:
  std::vector<Holiday> holidays_;
};

// Easter Sunday of `year` (1583 and later) by the Gregorian computus, in
// days since 1970-01-01.
int64_t EasterSunday(int year);

// Orthodox Easter Sunday of `year` (1583 and later): the Julian computus,
// converted to the Gregorian calendar, in days since 1970-01-01.
int64_t OrthodoxEasterSunday(int year);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_DATE_HOLIDAY_RULES_H_
