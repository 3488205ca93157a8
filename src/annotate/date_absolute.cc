// Absolute and partial dates: ISO "2022-01-07", numeric "06.01.2022" /
// "1/6/2022", named months "7. Januar 2022", "January 7th, 2022", "el 7 de
// enero de 2022", "8.-12. August", years with a cue word ("im Jahr 2022",
// "2021 roku"); a clock time after a date comes from date_clock.cc.
#include <algorithm>
#include <string>

#include "annotate/date_calendar.h"
#include "annotate/date_chars.h"
#include "annotate/date_numeric.h"
#include "annotate/date_parse.h"
#include "annotate/number_chars.h"

namespace parallax::annotate {

size_t SkipOrdinalMark(DateCtx& c, size_t j) {
  if (c.Punct(j, '.') && c.Glued(j)) return j + 1;
  if (c.Glued(j) && c.Is(j, kDwOrdSuffix)) return j + 1;
  if (c.Punct(j, '-') && c.Glued(j) && c.Glued(j + 1) && c.Is(j + 1, kDwOrdSuffix)) return j + 2;
  return j;
}

bool ClauseEndsAt(const DateCtx& c, size_t j, ClauseAfter after) {
  if (j >= c.size()) return true;
  const bool date = after == ClauseAfter::kDate;
  if (date && !c.EndOk(j)) return false;
  const DateTok& t = c.t[j];
  if (t.kind == DateTok::kPunct) {
    return t.punct != '%' && t.punct != '-' && (!date || t.punct != '/');
  }
  if (!date || t.kind != DateTok::kWord || t.entry == nullptr) return false;
  for (const DateWordType type :
       {kDwUnit, kDwClockUnit, kDwHourWord, kDwConnector, kDwDet, kDwArticle, kDwRange, kDwAnd,
        kDwTo, kDwPast, kDwMinus, kDwAm, kDwPm, kDwMinuteWord}) {
    if (c.Is(j, type)) return false;
  }
  return true;
}

namespace {

// Word token `j` starts with a lower-case letter (or a letter without case).
bool LowerInitial(const DateCtx& c, size_t j) {
  size_t len = 0;
  const int cp = date_chars::DecodeAt(c.text, c.t[j].b, &len);
  return date_chars::IsLetterCp(cp) && date_chars::LowerCp(cp) == cp;
}

}  // namespace

bool MonthReadsAsWord(const DateCtx& c, size_t i, size_t len, const DateMeaning& m) {
  const size_t j = i + len;
  return len == 1 && m.month_homograph && LowerInitial(c, i) && j < c.size() &&
         c.t[j].kind == DateTok::kWord && c.t[j].entry == nullptr && LowerInitial(c, j);
}

namespace {

// Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999 (the POSIX
// strptime %y pivot; news dates before 1970 are written with four digits).
int FullYear(const DateTok& t) {
  if (t.digits() == 4) return t.value;
  return t.value < 70 ? 2000 + t.value : 1900 + t.value;
}

// Years a date may have when the text writes them with four digits: from
// medieval history to long-range plans; "0001" or "4500" is a code or count.
bool YearInRange(int y) { return y >= 1000 && y <= 2999; }

void CheckValid(DateFound* f) {
  if (f->m < 1 || f->m > 12) {
    f->invalid = "not a valid date: month " + std::to_string(f->m);
  } else if (f->d != 0 && f->y != 0 && !cal::Valid(f->y, f->m, f->d)) {
    f->invalid = "not a valid date: day " + std::to_string(f->d) + " in month " +
                 std::to_string(f->m) + " of " + std::to_string(f->y);
  } else if (f->d != 0 && (f->d > cal::DaysInMonth(2000, f->m))) {
    // Without a year, a leap year is assumed (29 February stays possible).
    f->invalid =
        "not a valid date: day " + std::to_string(f->d) + " in month " + std::to_string(f->m);
  } else if (f->d2 != 0 && f->d2 > cal::DaysInMonth(2000, f->m2 ? f->m2 : f->m)) {
    f->invalid = "not a valid date: day " + std::to_string(f->d2) + " in month " +
                 std::to_string(f->m2 ? f->m2 : f->m);
  }
}

// A time glued by 'T' or after a space right after a full date.
size_t AttachTime(DateCtx& c, size_t j, DateFound* f) {
  DateFound tf;
  if (c.Glued(j) && c.t[j].kind == DateTok::kWord && c.t[j].e - c.t[j].b == 1 &&
      (c.text[c.t[j].b] == 'T' || c.text[c.t[j].b] == 't') && c.Glued(j + 1) &&
      MatchTime(c, j + 1, true, &tf)) {
    f->hour = tf.hour;
    f->minute = tf.minute;
    return tf.last;
  }
  size_t k = j;
  if (c.Punct(k, ',')) ++k;
  const size_t word = c.MatchTimeWord(k);
  if (MatchTime(c, k + word, word > 0, &tf)) {
    f->hour = tf.hour;
    f->minute = tf.minute;
    return tf.last;
  }
  return j;
}

// "2022-01-07", "2022-01-07T10:30", "2022-01-07 10:30".
// Year first with slashes or dots too ("2022/01/07", "2022.01.07"): no
// language writes the year first and the month last.
bool MatchIso(DateCtx& c, size_t i, DateFound* f) {
  const char sep = i + 1 < c.size() ? c.t[i + 1].punct : 0;
  if (sep != '-' && sep != '/' && sep != '.') return false;
  if (!c.Num(i, 4, 4) || !c.Glued(i + 1) || !c.Num(i + 2, 1, 2) || !c.Glued(i + 2) ||
      !c.Punct(i + 3, sep) || !c.Glued(i + 3) || !c.Num(i + 4, 1, 2) || !c.Glued(i + 4) ||
      !YearInRange(c.t[i].value)) {
    return false;
  }
  f->y = c.t[i].value;
  f->m = c.t[i + 2].value;
  f->d = c.t[i + 4].value;
  f->prec = DatePrec::kDay;
  size_t j = i + 5;
  if (!c.EndOk(j) && !(c.t[j].kind == DateTok::kWord)) return false;
  CheckValid(f);
  if (f->invalid.empty()) j = AttachTime(c, j, f);
  if (!c.EndOk(j)) return false;
  f->first = i;
  f->last = j;
  return true;
}

// "06.01.2022", "6.1.22", "06/01/2022", "1/6/2022" (en), "06-01-2022", "6.1.".
bool MatchNumeric(DateCtx& c, size_t i, DateFound* f, bool look_ahead = true);

// "14.10 по 16.10.2021", "20.12 - 02.01.": a day and month with one dot
// start a range when a range word or dash and a numeric date follow.
bool StartsRange(DateCtx& c, size_t j) {
  size_t k = j;
  if (c.Punct(k, '-')) {
    ++k;
  } else if (const size_t w = c.Match(k, kDwRange); w > 0) {
    k += w;
    k += c.Match(k, kDwDet);
  } else {
    return false;
  }
  DateFound next;
  return k < c.size() && c.StartOk(k) && MatchNumeric(c, k, &next, false) &&
         next.prec == DatePrec::kDay && next.invalid.empty();
}

bool MatchNumeric(DateCtx& c, size_t i, DateFound* f, bool look_ahead) {
  if (!c.Num(i, 1, 2) || !c.Glued(i + 1) || i + 1 >= c.size()) return false;
  const char sep = c.t[i + 1].punct;
  if (sep != '.' && sep != '/' && sep != '-') return false;
  if (!c.Num(i + 2, 1, 2) || !c.Glued(i + 2)) return false;
  const int a = c.t[i].value, b = c.t[i + 2].value;
  // "08/12,2015": a comma before the year of a slashed date.
  if ((c.Punct(i + 3, sep) || (sep == '/' && c.Punct(i + 3, ','))) && c.Glued(i + 3) &&
      c.Glued(i + 4) && (c.Num(i + 4, 4, 4) || c.Num(i + 4, 2, 2))) {
    const bool four = c.t[i + 4].digits() == 4;
    f->y = FullYear(c.t[i + 4]);
    if (four && !YearInRange(f->y)) return false;
    // Dots are always day first; slashes and hyphens follow the language,
    // unless the first part (or the second) cannot be a month.
    bool month_first = sep != '.' && c.lex.month_first;
    if (month_first && a > 12 && b <= 12) month_first = false;
    if (!month_first && sep != '.' && b > 12 && a <= 12) month_first = true;
    f->d = month_first ? b : a;
    f->m = month_first ? a : b;
    f->prec = DatePrec::kDay;
    size_t j = i + 5;
    if (!c.EndOk(j)) return false;
    CheckValid(f);
    // A two-digit year only reads as an impossible date when the parts
    // could be a day and a month ("31.02.22"); "3.14.15" is no date at all.
    if (!f->invalid.empty() && !four && (f->m > 12 || f->d > 31)) return false;
    if (f->invalid.empty()) j = AttachTime(c, j, f);
    f->first = i;
    f->last = j;
    return true;
  }
  // "le 22/04", "am 10.10", "el 4/7": day and month after an article, the
  // year from the reference; only where the clause goes on with no word
  // that is not a date word ("the 1.5 million" is a number).
  const size_t after = i + 3;
  if (look_ahead && sep == '.' && !c.Punct(after, sep) && c.EndOk(after) && a >= 1 && a <= 31 &&
      b >= 1 && b <= 12 && StartsRange(c, after)) {
    f->d = a;
    f->m = b;
    f->prec = DatePrec::kDay;
    CheckValid(f);
    if (!f->invalid.empty()) return false;
    f->first = i;
    f->last = after;
    return true;
  }
  // "on 4/22", "on 4-22" (a day word before a slash form, or a hyphen form
  // with a part above 12: "rose on 3-2" is a score), "il 4-22", "Friday
  // 7-6" (a weekday before): the part above 12 is the day.
  // With no such word, a slash or hyphen form is a date only when a part
  // is written with a leading zero ("22/04", "12-05": no fraction or score
  // is), or when it is the whole text and a part above 12 says which is
  // the day ("17/2"; "3/4" alone stays a fraction).
  const bool padded = (c.t[i].digits() == 2 && a < 10) || (c.t[i + 2].digits() == 2 && b < 10);
  const bool alone = i == 0 && after >= c.size() && (a > 12 || b > 12);
  if (((i > 0 && (c.Is(i - 1, kDwDet) ||
                  ((sep == '/' || a > 12 || b > 12) && sep != '.' && c.Is(i - 1, kDwDayLink)) ||
                  (sep != '.' && c.Is(i - 1, kDwWeekday)))) ||
       (sep != '.' && (padded || alone))) &&
      !c.Punct(after, sep) && c.EndOk(after) &&
      !(after < c.size() && c.t[after].kind == DateTok::kNum) &&
      !(after < c.size() && c.t[after].kind == DateTok::kWord && c.t[after].entry == nullptr &&
        !(padded && sep != '.'))) {
    bool month_first = sep != '.' && c.lex.month_first;
    if (sep != '.' && (month_first ? a : b) > 12) month_first = !month_first;
    const int d = month_first ? b : a, m = month_first ? a : b;
    if (d >= 1 && d <= 31 && m >= 1 && m <= 12) {
      f->d = d;
      f->m = m;
      f->prec = DatePrec::kDay;
      CheckValid(f);
      if (!f->invalid.empty()) return false;
      f->first = i;
      f->last = AttachTime(c, after, f);
      return true;
    }
  }
  // "6.1." : day and month with dots, the year from the reference.
  if (sep == '.' && c.Punct(i + 3, '.') && c.Glued(i + 3) && !c.Num(i + 4, 1, 9) && a >= 1 &&
      a <= 31 && b >= 1 && b <= 12 && (i + 4 >= c.size() || c.t[i + 4].space_before)) {
    f->d = a;
    f->m = b;
    f->prec = DatePrec::kDay;
    CheckValid(f);
    if (!f->invalid.empty()) return false;
    f->first = i;
    f->last = AttachTime(c, i + 4, f);
    return true;
  }
  return false;
}

// A year in words at `k` ("two thousand and eighteen", "dos mil veinte",
// "duemiladiciotto") that ends its clause: its value and the token after
// it; 0 when there is none.
int SpelledYear(DateCtx& c, size_t k, size_t* end) {
  size_t e = k;
  const NumberToken* n = c.NumberAt(k, &e);
  // After the year, the clause ends or goes on with a date word that is no
  // unit ("de dos mil dieciocho a su país"); "two thousand people" is a count.
  const bool ends =
      e >= c.size() ||
      (c.EndOk(e) && (c.t[e].kind == DateTok::kPunct ||
                      (c.t[e].entry != nullptr && !c.Is(e, kDwUnit) && !c.Is(e, kDwClockUnit))));
  if (n == nullptr || !n->spelled || n->ordinal || n->vague || n->value < 1000 || n->value > 2999 ||
      n->value != static_cast<int>(n->value) || !ends) {
    return 0;
  }
  *end = e;
  return static_cast<int>(n->value);
}

// After a month name at `j` (already past it): ", 2022", " de 2022",
// "2022 года", "2021 r.", "-2022" and "/95" glued to a "4-Jul" form, a year
// in words that ends the clause. Returns the token after the year, or j.
size_t ReadYearAfterMonth(DateCtx& c, size_t j, DateFound* f) {
  size_t k = j;
  // "31-Dec-1994", "4-Jul-95", "23/Sep/2020": the separator before the
  // month repeats before the year.
  if (j >= 2 && c.Glued(j) && (c.Punct(j, '-') || c.Punct(j, '/')) && c.Glued(j + 1) &&
      c.Punct(j - 2, c.t[j].punct) && (c.Num(j + 1, 4, 4) || c.Num(j + 1, 2, 2)) &&
      c.EndOk(j + 2)) {
    const int y = FullYear(c.t[j + 1]);
    if (!YearInRange(y)) return j;
    f->y = y;
    return j + 2;
  }
  if (c.Punct(k, ',')) ++k;
  k += c.Match(k, kDwConnector);
  if (size_t e = 0; c.t.size() > k && c.t[k].kind == DateTok::kWord) {
    if (const int y = SpelledYear(c, k, &e); y != 0) {
      f->y = y;
      return e;
    }
  }
  if (!c.Num(k, 4, 4) || !YearInRange(c.t[k].value) || c.Punct(k + 1, ':')) return j;
  if (!c.EndOk(k + 1) && c.t[k + 1].kind != DateTok::kWord) return j;
  f->y = c.t[k].value;
  ++k;
  const size_t word = c.Match(k, kDwYearWord);
  if (word > 0) {
    const bool short_word = c.t[k + word - 1].e - c.t[k + word - 1].b <= 2;
    k += word;
    if (short_word && c.Punct(k, '.') && c.Glued(k)) ++k;
  }
  return k;
}

// Month name at `j`: its number, and `j` moved past it (and its dot).
int ReadMonth(DateCtx& c, size_t* j) {
  const DateMeaning* m = nullptr;
  const size_t n = c.Match(*j, kDwMonth, &m);
  if (n == 0) return 0;
  *j += n;
  // The dot of a short form ("Jan.", "févr."), or any dot a number follows
  // ("Sept. 5"); a full name's sentence-final dot is not part of the date.
  if (c.Punct(*j, '.') && c.Glued(*j) && (!m->month_full || c.Num(*j + 1, 1, 4))) ++*j;
  return m->month;
}

// Day (1-31) already read at tokens up to `j`: "[-12.] [of|de] Month [year]".
bool DayMonthTail(DateCtx& c, size_t i, size_t j, int day, DateFound* f) {
  if (day < 1 || day > 31) return false;
  size_t k = j;
  int d2 = 0;
  if ((c.Punct(k, '-') || c.Is(k, kDwRange)) && c.Num(k + 1, 1, 2)) {
    d2 = c.t[k + 1].value;
    if (d2 <= day || d2 > 31) return false;
    k = SkipOrdinalMark(c, k + 2);
  } else if (k == j && c.Glued(k) && (c.Punct(k, '-') || c.Punct(k, '/')) && c.Glued(k + 1) &&
             c.Match(k + 1, kDwMonth) > 0) {
    ++k;  // "2-Oct", "31-dic-1994", "01/agosto/2019"
  }
  k += c.Match(k, kDwConnector);
  const int month = ReadMonth(c, &k);
  if (month == 0) return false;
  f->d = day;
  f->m = month;
  f->d2 = d2;
  f->m2 = d2 ? month : 0;
  f->prec = DatePrec::kDay;
  k = ReadYearAfterMonth(c, k, f);
  // "18. Juli 14", "31 octobre 74": a two-digit year that ends the clause.
  if (size_t e = 0; f->y == 0) {
    if (const int y = ShortYearAfterDayMonth(c, k, &e); y != 0) {
      f->y = y;
      k = e;
    }
  }
  CheckValid(f);
  if (f->invalid.empty() && d2 == 0) k = AttachTime(c, k, f);
  f->first = i;
  f->last = k;
  return true;
}

// "January 7th, 2022", "Jan. 7", "January 5-7", "January 2022", "im Januar".
bool MatchMonthFirst(DateCtx& c, size_t i, DateFound* f) {
  size_t j = i;
  const DateMeaning* meaning = nullptr;
  if (c.Match(i, kDwMonth, &meaning) == 0) return false;
  const int month = ReadMonth(c, &j);
  // "Oct-2", "Nov/2", "Sep-23-2020": a dash or slash glued between month and day.
  // "2019/aug/01", "2020-Sep-23": a year glued before by the same mark.
  size_t first = i;
  int lead_year = 0;
  if (c.Glued(j) && (c.Punct(j, '-') || c.Punct(j, '/')) && c.Glued(j + 1) && c.Num(j + 1, 1, 2) &&
      !c.Punct(j - 1, '.')) {
    if (i >= 2 && c.Glued(i) && c.Punct(i - 1, c.t[j].punct) && c.Glued(i - 1) &&
        c.Num(i - 2, 4, 4) && YearInRange(c.t[i - 2].value) && c.StartOk(i - 2) && c.EndOk(j + 2)) {
      lead_year = c.t[i - 2].value;
      first = i - 2;
    }
    ++j;
  }
  // "May twenty one", "jan twenty two, 2018", "Mai vingt et un", "aout
  // deuxieme": a spelled day after the month, where the clause ends (or a
  // year follows) after it: "in May two people" is a count.
  if (size_t e = j, year_end = 0; j < c.size() && c.t[j].kind == DateTok::kWord) {
    const NumberToken* n = c.NumberAt(j, &e);
    if (n != nullptr && n->spelled && !n->vague && n->value >= 1 && n->value <= 31 &&
        n->value == static_cast<int>(n->value) &&
        (ClauseEndsAt(c, e) || c.Num(e, 4, 4) || SpelledYear(c, e, &year_end) != 0)) {
      f->d = static_cast<int>(n->value);
      f->m = month;
      f->prec = DatePrec::kDay;
      const size_t k = ReadYearAfterMonth(c, e, f);
      CheckValid(f);
      f->first = i;
      f->last = f->invalid.empty() ? AttachTime(c, k, f) : k;
      return true;
    }
  }
  // "October, 1st": a comma before a day with its ordinal suffix.
  if (c.Punct(j, ',') && c.Num(j + 1, 1, 2) && c.Glued(j + 2) && c.Is(j + 2, kDwOrdSuffix)) ++j;
  if (c.Num(j, 1, 2) && c.t[j].value >= 1 && c.t[j].value <= 31 &&
      !(c.Glued(j + 1) && (c.Punct(j + 1, ':') || c.Punct(j + 1, '.')) && c.Num(j + 2, 1, 9))) {
    f->d = c.t[j].value;
    f->m = month;
    size_t k = j + 1;
    if (c.Glued(k) && c.Is(k, kDwOrdSuffix)) ++k;
    if ((c.Punct(k, '-') || c.Is(k, kDwRange)) && c.Num(k + 1, 1, 2) && c.t[k + 1].value > f->d &&
        c.t[k + 1].value <= 31) {
      f->d2 = c.t[k + 1].value;
      f->m2 = month;
      k += 2;
      if (c.Glued(k) && c.Is(k, kDwOrdSuffix)) ++k;
    }
    if (!c.EndOk(k)) return false;
    f->prec = DatePrec::kDay;
    if (lead_year != 0) {
      f->y = lead_year;
    } else {
      k = ReadYearAfterMonth(c, k, f);
    }
    CheckValid(f);
    if (f->invalid.empty() && f->d2 == 0) k = AttachTime(c, k, f);
    f->first = first;
    f->last = k;
    return true;
  }
  f->m = month;
  f->prec = DatePrec::kMonth;
  const size_t k = ReadYearAfterMonth(c, j, f);
  if (k != j) {
    f->first = i;
    f->last = k;
    return true;
  }
  // A full month name alone after a cue word: "in January", "w styczniu".
  if (meaning->month_full && i > 0 && c.Is(i - 1, kDwYearCue)) {
    f->first = i;
    f->last = j;
    return true;
  }
  return false;
}

// "im Jahr 2022", "in 2022", "w 2021 roku", "2021 году", "2021 г.".
bool MatchYear(DateCtx& c, size_t i, DateFound* f) {
  size_t k = i;
  const size_t cue = c.t[i].kind == DateTok::kWord ? c.Match(i, kDwYearCue) : 0;
  k += cue;
  if (!c.Num(k, 4, 4) || !c.EndOk(k + 1) || (cue == 0 && !c.StartOk(k))) return false;
  const int y = c.t[k].value;
  const size_t word = c.Match(k + 1, kDwYearWord);
  if (word == 0 && (cue == 0 || y < 1900 || y > 2099)) return false;
  // "od 2000 do 2500 osób": after a range start, a range of figures that
  // MatchYearRange did not take as years is a count.
  if (word == 0 && c.Match(i, kDwClockFrom) > 0 && FigureRangeAfter(c, k + 1)) return false;
  if (!YearInRange(y)) return false;
  f->y = y;
  f->prec = DatePrec::kYear;
  f->first = k;
  f->last = k + 1 + word;
  if (word > 0 && c.t[k + word].e - c.t[k + word].b <= 2 && c.Punct(f->last, '.') &&
      c.Glued(f->last)) {
    ++f->last;
  }
  return true;
}

// "am 27. 11.", "27. 11. 2016": day and month with their dots and a space
// between, as typewriter German writes them; after a day word or article,
// or with a year, as "Platz 3. 4. Runde" is no date.
bool SpacedDots(DateCtx& c, size_t i, DateFound* f) {
  if (!c.Num(i, 1, 2) || !c.Punct(i + 1, '.') || !c.Glued(i + 1) || !c.Num(i + 2, 1, 2) ||
      c.Glued(i + 2) || !c.Punct(i + 3, '.') || !c.Glued(i + 3) || c.Glued(i + 4)) {
    return false;
  }
  const int a = c.t[i].value, b = c.t[i + 2].value;
  if (a < 1 || a > 31 || b < 1 || b > 12) return false;
  size_t j = i + 4;
  const bool year = c.Num(j, 4, 4) && YearInRange(c.t[j].value) && c.EndOk(j + 1);
  if (!year && !(i > 0 && (c.Is(i - 1, kDwDet) || c.Is(i - 1, kDwDayLink)))) return false;
  // "am 3. 4. Spieltag": ordinals before a noun.
  if (!year && j < c.size() && c.t[j].kind == DateTok::kWord && c.t[j].entry == nullptr &&
      !(c.text[c.t[j].b] >= 'a' && c.text[c.t[j].b] <= 'z')) {
    return false;
  }
  if (year) f->y = c.t[j++].value;
  f->d = a;
  f->m = b;
  f->prec = DatePrec::kDay;
  CheckValid(f);
  f->first = i;
  f->last = j;
  return true;
}

// A day of the month alone after an article or a day word: "on the
// 27th", "am 15.", "le 15", "il 21", "el día 18". The month is the
// nearest one with that day (date_scan.cc). The clause must end after it ("the 21st century",
// "il 21 per cento" are no dates); after a German ordinal dot a
// lower-case word may follow ("am 15. zurück"), a noun ("am 15. Spieltag")
// not.
bool BareDay(DateCtx& c, size_t i, DateFound* f) {
  if (i == 0 || !c.Num(i, 1, 2) || c.t[i].value < 1 || c.t[i].value > 31) return false;
  size_t p = i - 1;
  if (c.Is(p, kDwUnit) && p > 0 && c.Is(p - 1, kDwDet)) {
    const DateMeaning* m = nullptr;
    if (c.Match(p, kDwUnit, &m) != 1 || m->unit != kUnitDay) return false;
    --p;
  } else if (!c.Is(p, kDwDet)) {
    return false;
  }
  // The article is a day word itself ("am", "le", "el"), or a date word
  // stands before it ("on the 27th", "by the 3rd"): "finished the 3rd" is
  // a rank, "one of the 27" a count of members.
  if (!c.Is(p, kDwDayLink) &&
      (p == 0 || c.t[p - 1].entry == nullptr || c.Is(p - 1, kDwConnector))) {
    return false;
  }
  const size_t j = SkipOrdinalMark(c, i + 1);
  const bool dot = j == i + 2 && c.Punct(i + 1, '.');
  // A word that only starts phrases and none of them here ("por" of "por
  // la noche" in "el 4 por ciento") goes on with the number: no day.
  if (j < c.size() && c.t[j].entry != nullptr && c.t[j].entry->single.types == 0 &&
      c.t[j].entry->holiday_phrases.empty()) {
    bool phrase = false;
    for (uint64_t types = c.t[j].entry->phrase_types; types != 0 && !phrase; types &= types - 1) {
      phrase = c.MatchPhrase(j, static_cast<DateWordType>(__builtin_ctzll(types)), nullptr) > 0;
    }
    if (!phrase) return false;
  }
  if (!ClauseEndsAt(c, j)) {
    const DateTok& w = c.t[j];
    size_t e = 0;
    const bool lower = w.kind == DateTok::kWord && w.entry == nullptr && w.space_before &&
                       c.text[w.b] >= 'a' && c.text[w.b] <= 'z' && c.NumberAt(j, &e) == nullptr;
    if (!dot || !lower) return false;
  }
  f->d = c.t[i].value;
  f->prec = DatePrec::kDay;
  f->first = i;
  // A dot that ends the sentence is not the German ordinal's.
  f->last = dot && (j >= c.size()) ? i + 1 : j;
  return true;
}

}  // namespace

// A day before a numeric date: "14.-15.10.", "14 - 15.10.2013",
// "14./15.10.2018": a range over the second date's month.
bool MatchDayRange(DateCtx& c, size_t i, DateFound* f) {
  if (!c.Num(i, 1, 2)) return false;
  const int day = c.t[i].value;
  size_t j = i + 1;
  if (c.Punct(j, '.') && c.Glued(j)) ++j;
  if (c.Punct(j, '-') || c.Punct(j, '/')) {
    ++j;
  } else if (const size_t w = c.Match(j, kDwRange); w > 0) {
    j += w;
  } else {
    return false;
  }
  if (j >= c.size()) return false;
  if (!MatchNumeric(c, j, f)) {
    // "14. - 15.10": the range makes a day and month with one dot a date
    // where the clause ends after it ("14 - 15.10 Prozent" is a number).
    f->Reset();
    if (!c.Num(j, 1, 2) || !c.Punct(j + 1, '.') || !c.Glued(j + 1) || !c.Num(j + 2, 1, 2) ||
        !c.Glued(j + 2) || !ClauseEndsAt(c, j + 3) || c.t[j + 2].value < 1 ||
        c.t[j + 2].value > 12 || c.t[j].value > cal::DaysInMonth(2000, c.t[j + 2].value)) {
      return false;
    }
    f->d = c.t[j].value;
    f->m = c.t[j + 2].value;
    f->prec = DatePrec::kDay;
    f->last = j + 3;
  }
  if (f->prec != DatePrec::kDay || f->hour >= 0 || !f->invalid.empty() || day < 1 || day >= f->d) {
    return false;
  }
  f->d2 = f->d;
  f->m2 = f->m;
  f->y2 = f->y;
  f->d = day;
  f->first = i;
  return true;
}

bool MatchAbsolute(DateCtx& c, size_t i, DateFound* f) {
  const DateTok& t = c.t[i];
  if (t.kind == DateTok::kNum) {
    if (!c.StartOk(i)) return false;
    if (MatchIso(c, i, f)) return true;
    f->Reset();
    if (MatchNumeric(c, i, f)) return true;
    f->Reset();
    if (SpacedDots(c, i, f)) return true;
    f->Reset();
    if (MatchDayRange(c, i, f)) return true;
    f->Reset();
    if (MatchSpacedNumeric(c, i, f) || MatchDayConnectorMonth(c, i, f)) return true;
    f->Reset();
    // "$12 December 27", "€12 ...": an amount, not a day (the date is
    // "December 27").
    const bool money = i > 0 && c.t[i - 1].kind == DateTok::kPunct &&
                       IsCurrencySign(DecodeAt(c.text, c.t[i - 1].b).cp);
    if (c.Num(i, 1, 2) && !money && DayMonthTail(c, i, SkipOrdinalMark(c, i + 1), t.value, f)) {
      return true;
    }
    f->Reset();
    if (MatchYear(c, i, f)) return true;
    f->Reset();
    return BareDay(c, i, f);
  }
  if (t.kind != DateTok::kWord) return false;
  // A spelled day from the number layer: "sixth of January". Romance
  // languages name the day with a cardinal: "el cinco de mayo", "il ventuno
  // maggio", "le vingt et un mars" (DayMonthTail wants a month).
  size_t j = i;
  const NumberToken* n = c.NumberAt(i, &j);
  if (n != nullptr && (n->ordinal || !n->vague) && n->spelled && n->value >= 1 && n->value <= 31 &&
      n->value == static_cast<int>(n->value)) {
    if (DayMonthTail(c, i, j, static_cast<int>(n->value), f)) return true;
    f->Reset();
  }
  if (t.entry == nullptr) return false;
  if (MatchMonthFirst(c, i, f)) return true;
  f->Reset();
  return MatchYear(c, i, f);
}

}  // namespace parallax::annotate
