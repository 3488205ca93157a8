// When holidays and seasons fall: the computus, nth weekdays, fixed days
// and the date tables, from data/holidays.tsv, data/holiday_dates.tsv and
// data/holiday_dates_hindu.tsv.
#include "annotate/date_holiday_rules.h"

#include <algorithm>

#include "annotate/date_calendar.h"
#include "annotate/tsv_fields.h"
#include "parallax/error.h"

namespace parallax::annotate {
namespace {

constexpr int kFirstYear = 1583;  // the first full year of the Gregorian calendar
constexpr int kLastYear = 9999;

// A whole decimal number with an optional sign; false on anything else.
bool ParseNum(std::string_view s, int lo, int hi, int* out) {
  bool neg = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty() || s.size() > 5) return false;
  int v = 0;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return false;
    v = v * 10 + (ch - '0');
  }
  v = neg ? -v : v;
  if (v < lo || v > hi) return false;
  *out = v;
  return true;
}

// "MM-DD" (a day that exists in a leap year).
bool ParseMonthDay(std::string_view s, int* m, int* d) {
  const size_t dash = s.find('-');
  return dash != std::string_view::npos && ParseNum(s.substr(0, dash), 1, 12, m) &&
         ParseNum(s.substr(dash + 1), 1, cal::DaysInMonth(2000, *m), d);
}

// "YYYY-MM-DD" as days since 1970-01-01.
bool ParseIsoDay(std::string_view s, int64_t* days) {
  int y = 0, m = 0, d = 0;
  if (s.size() != 10 || s[4] != '-' || !ParseNum(s.substr(0, 4), kFirstYear, kLastYear, &y) ||
      !ParseMonthDay(s.substr(5), &m, &d) || !cal::Valid(y, m, d)) {
    return false;
  }
  *days = cal::DaysFromCivil(y, m, d);
  return true;
}

std::vector<std::string_view> SplitColons(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t colon = s.find(':', start);
    out.push_back(s.substr(start, colon == std::string_view::npos ? colon : colon - start));
    if (colon == std::string_view::npos) return out;
    start = colon + 1;
  }
}

// The rule column: "12-25", "easter-2", "orthodox+49", "weekday:11:4:4",
// "before:11-23:3", "table", "season:6".
bool ParseRule(std::string_view s, HolidayRule* r) {
  const auto offset_after = [&](std::string_view name, HolidayRule::Kind kind) {
    if (s.substr(0, name.size()) != name) return false;
    r->kind = kind;
    const std::string_view rest = s.substr(name.size());
    return rest.empty() ||
           ((rest[0] == '+' || rest[0] == '-') && ParseNum(rest, -400, 400, &r->offset));
  };
  if (offset_after("easter", HolidayRule::kEaster)) return true;
  if (offset_after("orthodox", HolidayRule::kOrthodox)) return true;
  if (s == "table") {
    r->kind = HolidayRule::kTable;
    return true;
  }
  const std::vector<std::string_view> parts = SplitColons(s);
  if (parts[0] == "weekday" && parts.size() == 4) {
    r->kind = HolidayRule::kNthWeekday;
    return ParseNum(parts[1], 1, 12, &r->month) && ParseNum(parts[2], -1, 5, &r->nth) &&
           r->nth != 0 && ParseNum(parts[3], 1, 7, &r->weekday);
  }
  if (parts[0] == "before" && parts.size() == 3) {
    r->kind = HolidayRule::kWeekdayBefore;
    return ParseMonthDay(parts[1], &r->month, &r->day) && ParseNum(parts[2], 1, 7, &r->weekday);
  }
  if (parts[0] == "season" && parts.size() == 2) {
    r->kind = HolidayRule::kSeason;
    r->days = 0;
    return ParseNum(parts[1], 1, 12, &r->month);
  }
  r->kind = HolidayRule::kFixed;
  return parts.size() == 1 && ParseMonthDay(s, &r->month, &r->day);
}

// The first day of rule `r` in year `y` (before any clash), or false.
bool FirstDay(const HolidayRule& r, int y, int64_t* day) {
  switch (r.kind) {
    case HolidayRule::kFixed:
      if (!cal::Valid(y, r.month, r.day)) return false;  // 29 February
      *day = cal::DaysFromCivil(y, r.month, r.day);
      break;
    case HolidayRule::kEaster:
      *day = EasterSunday(y);
      break;
    case HolidayRule::kOrthodox:
      *day = OrthodoxEasterSunday(y);
      break;
    case HolidayRule::kNthWeekday: {
      const int days = cal::DaysInMonth(y, r.month);
      if (r.nth > 0) {
        const int first = cal::Weekday(cal::DaysFromCivil(y, r.month, 1));
        const int d = 1 + (r.weekday - first + 7) % 7 + 7 * (r.nth - 1);
        if (d > days) return false;
        *day = cal::DaysFromCivil(y, r.month, d);
      } else {
        const int64_t last = cal::DaysFromCivil(y, r.month, days);
        *day = last - (cal::Weekday(last) - r.weekday + 7) % 7;
      }
      break;
    }
    case HolidayRule::kWeekdayBefore: {
      const int64_t before = cal::DaysFromCivil(y, r.month, r.day) - 1;
      *day = before - (cal::Weekday(before) - r.weekday + 7) % 7;
      break;
    }
    case HolidayRule::kSeason:
    case HolidayRule::kTable:
      return false;
  }
  *day += r.offset;
  return true;
}

void Push(HolidayOccurrences* out, DaySpan s) {
  if (out->size < kMaxOccurrences) out->at[out->size++] = s;
}

}  // namespace

int64_t EasterSunday(int year) {
  // Anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8).
  const int a = year % 19, b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return cal::DaysFromCivil(year, month, day);
}

int64_t OrthodoxEasterSunday(int year) {
  // Julian computus (Meeus, ch. 8); the Julian date in March or April is
  // Gregorian + (century - century / 4 - 2) days.
  const int a = year % 4, b = year % 7, c = year % 19;
  const int d = (19 * c + 15) % 30;
  const int e = (2 * a + 4 * b - d + 34) % 7;
  const int month = (d + e + 114) / 31;
  const int day = (d + e + 114) % 31 + 1;
  const int shift = year / 100 - year / 400 - 2;
  return cal::DaysFromCivil(year, month, day) + shift;
}

std::shared_ptr<const HolidayCalendar> HolidayCalendar::Load(
    const std::filesystem::path& data_dir) {
  auto calendar = std::make_shared<HolidayCalendar>();
  std::vector<Holiday>& list = calendar->holidays_;
  const std::filesystem::path rules = data_dir / "holidays.tsv";
  if (!std::filesystem::exists(rules)) return calendar;
  struct PendingClash {
    int holiday;
    size_t rule;
    std::string id;
    std::string where;
  };
  std::vector<PendingClash> clashes;
  ForEachDataRow(rules, [&](const std::vector<std::string>& cols, const std::string& where) {
    HolidayRule r;
    if (cols.size() < 2 || cols[0].empty() || !ParseRule(cols[1], &r)) {
      throw DataError(where + ": expected '<id><TAB><rule>[<TAB>option]...' with a rule " +
                      "MM-DD, easter[+-N], orthodox[+-N], weekday:M:N:W, before:MM-DD:W, " +
                      "table or season:M");
    }
    int index = calendar->Find(cols[0]);
    if (index < 0) {
      index = static_cast<int>(list.size());
      list.push_back(Holiday{cols[0], r.kind == HolidayRule::kSeason, {}, {}});
    }
    for (size_t k = 2; k < cols.size(); ++k) {
      const std::string_view opt = cols[k];
      const size_t eq = opt.find('=');
      const std::string_view key = opt.substr(0, eq);
      const std::string_view value = eq == std::string_view::npos ? "" : opt.substr(eq + 1);
      bool ok = eq != std::string_view::npos;
      if (key == "days") {
        ok = ok && r.kind != HolidayRule::kSeason && ParseNum(value, 1, 366, &r.days);
      } else if (key == "shift") {
        int shift = 0;
        ok = ok && ParseNum(value, -400, 400, &shift);
        r.offset += shift;
      } else if (key == "from") {
        ok = ok && ParseNum(value, kFirstYear, kLastYear, &r.from_year);
      } else if (key == "until") {
        ok = ok && ParseNum(value, kFirstYear, kLastYear, &r.until_year);
      } else if (key == "clash") {
        const size_t sign = value.find_first_of("+-");
        ok = ok && sign != std::string_view::npos && sign > 0 &&
             ParseNum(value.substr(sign), -400, 400, &r.clash_shift);
        if (ok) {
          clashes.push_back(PendingClash{index, list[index].rules.size(),
                                         std::string(value.substr(0, sign)), where});
        }
      } else {
        ok = false;
      }
      if (!ok) {
        throw DataError(where + ": bad option '" + cols[k] +
                        "' (days=N, shift=N, from=YYYY, until=YYYY, clash=<id>+N)");
      }
    }
    if ((r.kind == HolidayRule::kSeason) != list[index].season) {
      throw DataError(where + ": '" + cols[0] + "' mixes season and holiday rules");
    }
    list[index].rules.push_back(r);
  });
  for (const PendingClash& p : clashes) {
    const int other = calendar->Find(p.id);
    if (other < 0 || other == p.holiday) {
      throw DataError(p.where + ": clash names no other holiday: '" + p.id + "'");
    }
    list[p.holiday].rules[p.rule].clash = other;
  }
  // The generated table and the hand-written one of the Hindu festivals.
  for (const char* file : {"holiday_dates.tsv", "holiday_dates_hindu.tsv"}) {
    const std::filesystem::path dates = data_dir / file;
    if (!std::filesystem::exists(dates)) continue;
    ForEachDataRow(dates, [&](const std::vector<std::string>& cols, const std::string& where) {
      DaySpan s;
      if (cols.size() < 2 || cols.size() > 3 || !ParseIsoDay(cols[1], &s.first)) {
        throw DataError(where + ": expected '<id><TAB>YYYY-MM-DD[<TAB>YYYY-MM-DD]'");
      }
      s.last = s.first;
      if (cols.size() == 3 && (!ParseIsoDay(cols[2], &s.last) || s.last < s.first)) {
        throw DataError(where + ": the last day must be a date on or after the first");
      }
      const int index = calendar->Find(cols[0]);
      if (index < 0) throw DataError(where + ": '" + cols[0] + "' has no rule in holidays.tsv");
      list[index].dates.push_back(s);
    });
  }
  for (Holiday& h : list) {
    std::sort(h.dates.begin(), h.dates.end(),
              [](const DaySpan& a, const DaySpan& b) { return a.first < b.first; });
  }
  return calendar;
}

int HolidayCalendar::Find(std::string_view id) const {
  for (size_t k = 0; k < holidays_.size(); ++k) {
    if (holidays_[k].id == id) return static_cast<int>(k);
  }
  return -1;
}

void HolidayCalendar::Occurrences(int index, int y1, int y2, HolidayOccurrences* out) const {
  out->size = 0;
  y1 = std::max(y1, kFirstYear);
  y2 = std::min(y2, kLastYear);
  if (index < 0 || static_cast<size_t>(index) >= holidays_.size() || y1 > y2) return;
  const Holiday& h = holidays_[index];
  for (const HolidayRule& r : h.rules) {
    if (r.kind != HolidayRule::kTable) continue;
    const int64_t lo = cal::DaysFromCivil(y1, 1, 1), hi = cal::DaysFromCivil(y2, 12, 31);
    auto it = std::lower_bound(h.dates.begin(), h.dates.end(), lo,
                               [](const DaySpan& s, int64_t day) { return s.first < day; });
    for (; it != h.dates.end() && it->first <= hi; ++it) Push(out, *it);
    return;  // one table a holiday
  }
  for (int y = y1; y <= y2; ++y) {
    for (const HolidayRule& r : h.rules) {
      if (y < r.from_year || y > r.until_year) continue;
      DaySpan s;
      if (r.kind == HolidayRule::kSeason) {
        const int start_year = r.month + 2 > 12 ? y - 1 : y;
        int end_y = 0, end_m = 0;
        cal::AddMonths(start_year, r.month, 2, &end_y, &end_m);
        s.first = cal::DaysFromCivil(start_year, r.month, 1);
        s.last = cal::DaysFromCivil(end_y, end_m, cal::DaysInMonth(end_y, end_m));
        Push(out, s);
        continue;
      }
      if (!FirstDay(r, y, &s.first)) continue;
      if (r.clash >= 0) {
        for (const HolidayRule& o : holidays_[r.clash].rules) {
          int64_t other = 0;
          if (y >= o.from_year && y <= o.until_year && FirstDay(o, y, &other) && other == s.first) {
            s.first += r.clash_shift;
          }
        }
      }
      s.last = s.first + r.days - 1;
      Push(out, s);
    }
  }
  std::sort(out->at, out->at + out->size,
            [](const DaySpan& a, const DaySpan& b) { return a.first < b.first; });
}

}  // namespace parallax::annotate
