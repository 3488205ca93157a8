// Positions inside a month or a year: "the first Tuesday of October",
// "letzter Sonntag im März 2014", "ostatnia niedziela marca", "the last day
// of October", "the third quarter of 2021", "im dritten Quartal", "Q3 2021".
// Words are data (date_words.tsv: weekday, unit, last, connector, det,
// year_cue); the ordinals come from the number layer. Resolution against
// the reference is in date_scan.cc.

#include "annotate/date_parse.h"

namespace parallax::annotate {

bool ReadOrdinal(DateCtx& c, size_t i, int max, int* n, size_t* end) {
  if (i >= c.size()) return false;
  if (c.t[i].kind == DateTok::kNum) {
    if (!c.Num(i, 1, 2) || c.t[i].value < 1 || c.t[i].value > max || !c.StartOk(i)) return false;
    const size_t j = SkipOrdinalMark(c, i + 1);
    if (j == i + 1) return false;  // a bare digit is a count, not a position
    *n = c.t[i].value;
    *end = j;
    return true;
  }
  if (c.t[i].kind != DateTok::kWord) return false;
  size_t j = i;
  const NumberToken* it = c.NumberAt(i, &j);
  if (it == nullptr || !it->ordinal || it->value < 1 || it->value > max ||
      it->value != static_cast<int>(it->value)) {
    return false;
  }
  *n = static_cast<int>(it->value);
  *end = j;
  return true;
}

int ReadYear(DateCtx& c, size_t k, size_t* end) {
  if (c.Punct(k, ',') || c.Punct(k, '/')) ++k;
  k = c.SkipLinks(k);
  if (!c.Num(k, 4, 4) || c.t[k].value < 1000 || c.t[k].value > 2999 || !c.EndOk(k + 1)) return 0;
  *end = k + 1;
  const size_t word = c.Match(k + 1, kDwYearWord);
  if (word > 0) {
    // The dot of a short year word ("r.", "г."), not a sentence's end.
    const bool short_word = c.t[*end + word - 1].e - c.t[*end + word - 1].b <= 2;
    *end += word;
    if (short_word && c.Punct(*end, '.') && c.Glued(*end)) ++*end;
  }
  return c.t[k].value;
}

namespace {

void SetQuarter(int q, DateFound* f) {
  f->prec = DatePrec::kQuarter;
  f->m = 3 * q - 2;
  f->m2 = 3 * q;
}

// "Q3", "Q3 2021", "Q3/2021": the business notation, the same in every
// language.
bool MatchQNotation(DateCtx& c, size_t i, DateFound* f) {
  const DateTok& t = c.t[i];
  if (t.kind != DateTok::kWord || t.e - t.b != 1 || (c.text[t.b] != 'Q' && c.text[t.b] != 'q') ||
      !c.StartOk(i) || !c.Glued(i + 1) || !c.Num(i + 1, 1, 1) || c.t[i + 1].value < 1 ||
      c.t[i + 1].value > 4 || !c.EndOk(i + 2)) {
    return false;
  }
  // A lone "q3" is a product name or a question number more often than a
  // quarter: upper case, or a year, says it is a quarter.
  size_t end = i + 2;
  f->y = ReadYear(c, i + 2, &end);
  if (f->y == 0 && c.text[t.b] == 'q') return false;
  SetQuarter(c.t[i + 1].value, f);
  f->first = i;
  f->last = end;
  return true;
}

}  // namespace

size_t MonthLinks(DateCtx& c, size_t k) {
  const size_t links = c.SkipLinks(k);
  return links > k ? links : k + c.Match(k, kDwDayLink);
}

bool MonthFromReference(DateCtx& c, size_t k, int* offset, size_t* end) {
  int dir = 0;
  const DateMeaning* m = nullptr;
  if (size_t w = c.Match(k, kDwLast, &m); w > 0) {
    dir = -m->step;
    k += w;
  } else if (w = c.Match(k, kDwNext, &m); w > 0) {
    dir = m->step;
    k += w;
  } else if (w = c.Match(k, kDwThis); w > 0) {
    k += w;
  } else {
    // fr, es, it name the direction after the unit: "du mois prochain".
    const size_t u = c.Match(k, kDwUnit, &m);
    if (u == 0 || m->unit != kUnitMonth) return false;
    if (size_t w2 = c.Match(k + u, kDwNext, &m); w2 > 0) {
      *offset = m->step;
      *end = k + u + w2;
      return true;
    }
    if (size_t w2 = c.Match(k + u, kDwLast, &m); w2 > 0) {
      *offset = -m->step;
      *end = k + u + w2;
      return true;
    }
    return false;
  }
  const size_t u = c.Match(k, kDwUnit, &m);
  if (u == 0 || m->unit != kUnitMonth) return false;
  *offset = dir;
  *end = k + u;
  return true;
}

namespace {

// "il 20 del prossimo mese", "the 15th of next month", "el 31 de este
// mes": a day number (ordinal mark optional) in a month named from the
// reference's.
bool DayOfRelativeMonth(DateCtx& c, size_t i, DateFound* f) {
  if (!c.Num(i, 1, 2) || c.t[i].value < 1 || c.t[i].value > 31 || !c.StartOk(i)) return false;
  size_t k = SkipOrdinalMark(c, i + 1);
  if (k >= c.size() || c.t[k].entry == nullptr) return false;  // most numbers stop here
  if (const DateMeaning* m = nullptr; c.Match(k, kDwUnit, &m) == 1 && m->unit == kUnitDay) ++k;
  const size_t links = MonthLinks(c, k);
  int offset = 0;
  size_t end = 0;
  if (links == k || !MonthFromReference(c, links, &offset, &end)) return false;
  f->nth = c.t[i].value;
  f->month_from_ref = true;
  f->month_rel = offset;
  f->prec = DatePrec::kDay;
  f->first = i;
  f->last = end;
  return true;
}

}  // namespace

bool MatchPosition(DateCtx& c, size_t i, DateFound* f) {
  if (MatchQNotation(c, i, f)) return true;
  f->Reset();
  if (DayOfRelativeMonth(c, i, f)) return true;
  f->Reset();
  int n = 0;
  size_t k = 0;
  if (ReadOrdinal(c, i, 31, &n, &k)) {
    // counted from the start
  } else if (const size_t w = c.Match(i, kDwLast); w > 0) {
    n = -1;
    k = i + w;
  } else {
    return false;
  }
  const DateMeaning* m = nullptr;
  int weekday = 0;
  if (const size_t d = c.Match(k, kDwWeekday, &m); d > 0 && n <= 5) {
    weekday = m->weekday;
    k += d;
  } else if (const size_t u = c.Match(k, kDwUnit, &m); u > 0) {
    if (m->unit == kUnitQuarter && n >= 1 && n <= 4) {
      // "the third quarter of 2021", "im dritten Quartal", "3. Quartal 2021"
      SetQuarter(n, f);
      size_t end = k + u;
      f->y = ReadYear(c, k + u, &end);
      f->first = i;
      f->last = end;
      return true;
    }
    if (m->unit != kUnitDay) return false;
    k += u;
  } else {
    return false;
  }
  f->nth = n;
  f->nth_weekday = weekday;
  f->prec = DatePrec::kDay;
  f->first = i;
  // The month: "of October", "im März", "de octubre", "marca" (genitive),
  // or one named from the reference's ("of next month", "de este mes").
  int offset = 0;
  size_t end = 0;
  if (const size_t links = MonthLinks(c, k);
      links > k && MonthFromReference(c, links, &offset, &end)) {
    f->month_from_ref = true;
    f->month_rel = offset;
    f->last = end;
    return true;
  }
  const size_t links = c.SkipLinks(k);
  if (c.Match(links, kDwMonth, &m) == 0 || !m->month_full) {
    // "the first Sunday", "la seconda domenica": a weekday's position in
    // the reference's month, where the clause ends after it (punctuation
    // or the end: "the first Sunday in Advent", "first Monday after the
    // vote" name other months).
    if (weekday == 0 || n < 1 || (k < c.size() && c.t[k].kind != DateTok::kPunct) || !c.EndOk(k)) {
      return false;
    }
    f->month_from_ref = true;
    f->last = k;
    return true;
  }
  k = links;
  f->m = m->month;
  k += c.Match(k, kDwMonth);
  end = k;
  f->y = ReadYear(c, k, &end);
  f->last = end;
  return true;
}

}  // namespace parallax::annotate
