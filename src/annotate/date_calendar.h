// parallax annotate stage (private): proleptic Gregorian day arithmetic and
// ISO 8601 formatting for the date annotator. Header-only, no allocation
// except the returned strings.
#ifndef PARALLAX_ANNOTATE_DATE_CALENDAR_H_
#define PARALLAX_ANNOTATE_DATE_CALENDAR_H_

#include <cstdint>
#include <cstdio>
#include <string>

namespace parallax::annotate::cal {

inline bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Days in `m` (1-12) of year `y`; 0 for a month outside 1-12.
inline int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

inline bool Valid(int y, int m, int d) { return d >= 1 && d <= DaysInMonth(y, m); }

// Days since 1970-01-01 (H. Hinnant's days_from_civil).
inline int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

inline void CivilFromDays(int64_t z, int* y, int* m, int* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2));
}

// ISO weekday of a day number: 1 Monday .. 7 Sunday (1970-01-01 was a Thursday).
inline int Weekday(int64_t days) {
  int64_t w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

// ISO 8601 week-numbering year and week of a day number.
inline void IsoWeek(int64_t days, int* week_year, int* week) {
  const int64_t thursday = days - Weekday(days) + 4;
  int y = 0, m = 0, d = 0;
  CivilFromDays(thursday, &y, &m, &d);
  *week_year = y;
  *week = static_cast<int>((thursday - DaysFromCivil(y, 1, 1)) / 7 + 1);
}

inline std::string FormatYear(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}
// The month `months` months after (before, when negative) month m of
// year y.
inline void AddMonths(int y, int m, int64_t months, int* out_y, int* out_m) {
  const int64_t total = y * int64_t{12} + (m - 1) + months;
  const int64_t year = total >= 0 ? total / 12 : -((-total + 11) / 12);
  *out_y = static_cast<int>(year);
  *out_m = static_cast<int>(total - year * 12) + 1;
}

// Day d of the month `months` months after month m of year y, as days since
// 1970-01-01; a day past that month's end becomes its last day (31 January
// + 1 month = 28 or 29 February).
inline int64_t SameDayMonthsOn(int y, int m, int d, int64_t months) {
  int ny = 0, nm = 0;
  AddMonths(y, m, months, &ny, &nm);
  return DaysFromCivil(ny, nm, d < DaysInMonth(ny, nm) ? d : DaysInMonth(ny, nm));
}

// The year that puts month m closest to month ref_month of ref_year:
// months 6 before to 5 after it (a tie goes to the past). How a month
// without a year is completed.
inline int NearestYearOfMonth(int ref_year, int ref_month, int m) {
  const int diff = m - ref_month;
  if (diff > 5) return ref_year - 1;
  if (diff < -6) return ref_year + 1;
  return ref_year;
}

inline std::string FormatMonth(int y, int m) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}
inline std::string FormatDay(int y, int m, int d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}
inline std::string FormatDay(int64_t days) {
  int y = 0, m = 0, d = 0;
  CivilFromDays(days, &y, &m, &d);
  return FormatDay(y, m, d);
}
inline std::string FormatWeek(int64_t days) {
  int wy = 0, w = 0;
  IsoWeek(days, &wy, &w);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", wy, w);
  return buf;
}
inline std::string FormatTime(int h, int mi) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", h, mi);
  return buf;
}

}  // namespace parallax::annotate::cal

#endif  // PARALLAX_ANNOTATE_DATE_CALENDAR_H_
