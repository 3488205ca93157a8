// Relative dates: "yesterday", "vorgestern", "on Thursday", "jeudi dernier",
// "last week", "в прошлом году", "two days ago", "vor zwei Tagen",
// "il y a deux jours", "in two days", "через два дня". Words are data
// (date_words.tsv); resolution against the reference is in date_scan.cc.
#include <algorithm>
#include <cstdlib>

#include "annotate/date_parse.h"

namespace parallax::annotate {
namespace {

RelKind KindOfUnit(uint8_t unit) {
  switch (unit) {
    case kUnitDay:
      return RelKind::kDays;
    case kUnitWeek:
      return RelKind::kWeeks;
    case kUnitMonth:
      return RelKind::kMonths;
    case kUnitQuarter:
      return RelKind::kQuarters;
    case kUnitYear:
      return RelKind::kYears;
    default:
      return RelKind::kNone;
  }
}

// "<count> <unit>" at `i`; sets kind, count and the token after the unit.
bool CountUnit(DateCtx& c, size_t i, RelKind* kind, int* n, size_t* end) {
  size_t k = 0;
  if (!c.ReadCount(i, n, &k)) return false;
  const DateMeaning* m = nullptr;
  const size_t u = c.Match(k, kDwUnit, &m);
  if (u == 0) return false;
  *kind = KindOfUnit(m->unit);
  *end = k + u;
  return true;
}

int Sign(int v) { return (v > 0) - (v < 0); }

// "next week", "la semaine dernière", "w przyszłym tygodniu" at `k`: the
// week offset and the token after it.
bool WeekOffset(DateCtx& c, size_t k, int* offset, size_t* end) {
  int dir = 0;
  const DateMeaning* m = nullptr;
  if (const size_t w = DirectionAt(c, k, &dir); w > 0) {
    if (const size_t u = c.Match(k + w, kDwUnit, &m); u > 0 && m->unit == kUnitWeek) {
      *offset = dir;
      *end = k + w + u;
      return true;
    }
  }
  if (const size_t u = c.Match(k, kDwUnit, &m); u > 0 && m->unit == kUnitWeek) {
    if (const size_t w = DirectionAt(c, k + u, &dir); w > 0) {
      *offset = dir;
      *end = k + u + w;
      return true;
    }
  }
  return false;
}

// Whole weeks from the reference's week at `k`: "in zwei Wochen", "za
// tydzień", "через неделю", "vor zwei Wochen", "two weeks ago", "il y a
// deux semaines" (a week unit after an in/ago word needs no count: "za
// tydzień" is one). For a weekday before it: "Mittwoch in zwei Wochen",
// "wtorek za tydzień" (that weekday of that week).
bool WeeksFromNow(DateCtx& c, size_t k, int* offset, size_t* end) {
  int sign = 1;
  size_t w = c.Match(k, kDwInBefore);
  if (w == 0) {
    w = c.Match(k, kDwAgoBefore);
    sign = -1;
  }
  RelKind kind = RelKind::kNone;
  int n = 0;
  size_t e = 0;
  const DateMeaning* m = nullptr;
  if (w > 0) {
    if (CountUnit(c, k + w, &kind, &n, &e)) {
      if (kind != RelKind::kWeeks) return false;
    } else if (const size_t u = c.Match(k + w, kDwUnit, &m); u > 0 && m->unit == kUnitWeek) {
      n = 1;
      e = k + w + u;
    } else {
      return false;
    }
  } else {
    if (!CountUnit(c, k, &kind, &n, &e) || kind != RelKind::kWeeks) return false;
    // "two weeks ago"; "two weeks from now", "zwei Wochen später"
    const size_t a = c.Match(e, kDwAgo);
    const size_t l = a == 0 ? c.Match(e, kDwLater) : 0;
    if (a == 0 && l == 0) return false;
    sign = a > 0 ? -1 : 1;
    e += a + l;
  }
  if (n < 1 || n > 52) return false;
  *offset = sign * n;
  *end = e;
  return true;
}

// Month `month` counted from the reference's by a last / this / next word
// of step `dir` ("next March", "mars prochain"), tokens first .. last-1.
void MonthOfYear(int month, int dir, size_t first, size_t last, DateFound* f) {
  f->rel = RelKind::kMonthOfYear;
  f->m = month;
  f->weekday_mode = Sign(dir);
  f->rel_n = dir;
  f->prec = DatePrec::kMonth;
  f->first = first;
  f->last = last;
}

// A weekday at `i` (already matched, `d` tokens, weekday `wd`) followed by
// its week: "Mittwoch nächste Woche", "dimanche de la semaine dernière",
// "wtorek w przyszłym tygodniu", "Tuesday of last week".
bool WeekdayInWeek(DateCtx& c, size_t i, size_t d, int wd, DateFound* f) {
  int offset = 0;
  size_t end = 0;
  if (!WeekOffset(c, c.SkipLinks(i + d), &offset, &end) && !WeeksFromNow(c, i + d, &offset, &end)) {
    return false;
  }
  f->rel = RelKind::kWeekdayInWeek;
  f->weekday = wd;
  f->rel_n = offset;
  f->first = i;
  f->last = end;
  return true;
}

// A period reaching from the reference: "the last 3 days", "die nächsten
// zwei Wochen", "ostatnie dwa lata", "les 3 prochains jours", "за последние
// три дня". `dir` is the sign of the last / next word.
bool Period(DateCtx& c, size_t i, DateFound* f) {
  int dir = 0;
  RelKind kind = RelKind::kNone;
  int n = 0;
  size_t end = 0;
  // last / next, then the count and unit
  if (const size_t w = DirectionAt(c, i, &dir); w > 0 && dir != 0) {
    if (CountUnit(c, i + w, &kind, &n, &end)) {
      f->rel = kind;
      f->rel_n = Sign(dir) * n;
      f->period = true;
      f->first = i;
      f->last = end;
      return true;
    }
    return false;
  }
  // the count, then last / next, then the unit (fr: "3 prochains jours"),
  // or the count and unit, then last / next ("tres meses que vienen", "3
  // mois suivants", "i 2 anni precedenti"); not where the language puts
  // its count only after the direction word ("@period_count_first no").
  size_t k = 0;
  if (!c.lex.count_first_periods) return false;
  if (!c.ReadCount(i, &n, &k) || c.Is(i, kDwArticle)) return false;
  const DateMeaning* m = nullptr;
  if (const size_t w = DirectionAt(c, k, &dir); w > 0 && dir != 0) {
    const size_t u = c.Match(k + w, kDwUnit, &m);
    if (u == 0) return false;
    f->last = k + w + u;
  } else if (const size_t u = c.Match(k, kDwUnit, &m); u > 0) {
    const size_t w2 = DirectionAt(c, k + u, &dir);
    if (w2 == 0 || dir == 0) return false;
    // Not when the direction word goes with what follows: "3 days next
    // week", "2 Tage letzten Monat".
    const size_t after = k + u + w2;
    if (c.Match(after, kDwUnit) > 0 || c.Match(after, kDwWeekday) > 0 ||
        c.Match(after, kDwMonth) > 0) {
      return false;
    }
    f->last = after;
  } else {
    return false;
  }
  f->rel = KindOfUnit(m->unit);
  f->rel_n = Sign(dir) * n;
  f->period = true;
  f->first = i;
  return true;
}

// Units counted from a relday word: "two days after today", "three weeks
// from tomorrow", "dos días antes de ayer", "4 months from tomorrow", "3
// lata od dziś" (months and years: to the day when the relday is not
// today, else as "in 3 years"). `end` is the token after the unit.
bool FromDay(DateCtx& c, size_t i, RelKind kind, int n, size_t end, DateFound* f) {
  int sign = 1;
  size_t w = c.Match(end, kDwFromDay);
  if (w == 0) {
    w = c.Match(end, kDwBeforeDay);
    sign = -1;
  }
  const DateMeaning* m = nullptr;
  const size_t r = w == 0 ? 0 : c.Match(end + w, kDwRelDay, &m);
  if (r == 0) return false;
  if ((kind == RelKind::kMonths || kind == RelKind::kQuarters || kind == RelKind::kYears) &&
      m->relday == 0) {  // "3 years from today": as "in 3 years"
    f->rel = kind;
    f->rel_n = sign * n;
  } else if (kind == RelKind::kMonths || kind == RelKind::kQuarters || kind == RelKind::kYears) {
    const int per = kind == RelKind::kYears ? 12 : kind == RelKind::kQuarters ? 3 : 1;
    f->rel = RelKind::kMonths;
    f->rel_n = sign * n * per;
    f->rel_days = m->relday;
  } else {
    f->rel = RelKind::kDays;
    f->rel_n = m->relday + sign * n * (kind == RelKind::kWeeks ? 7 : 1);
  }
  f->first = i;
  f->last = end + w + r;
  return true;
}

// A unit without a count, then a later word: "tydzień później", "неделю
// спустя" (one unit on), or an ago word: "неделю назад", "rok temu" (one
// unit back). Not a day: "il giorno dopo", "el día después" are the
// story's next day, not the reference's.
bool UnitLater(DateCtx& c, size_t i, DateFound* f) {
  const DateMeaning* m = nullptr;
  const size_t u = c.Match(i, kDwUnit, &m);
  if (u == 0 || m->unit == kUnitDay) return false;
  int sign = 1;
  size_t w = c.Match(i + u, kDwLater);
  if (w == 0) {
    w = c.Match(i + u, kDwAgo);
    sign = -1;
  }
  if (w == 0) return false;
  f->rel = KindOfUnit(m->unit);
  f->rel_n = sign;
  f->first = i;
  f->last = i + u + w;
  return true;
}

// Units from coarse to fine: years 4, quarters 3, months 2, weeks 1, days 0.
int Rank(RelKind kind) {
  switch (kind) {
    case RelKind::kYears:
      return 4;
    case RelKind::kQuarters:
      return 3;
    case RelKind::kMonths:
      return 2;
    case RelKind::kWeeks:
      return 1;
    default:
      return 0;
  }
}

// Two or three counts with finer units each, then an `ago` word: "1 month
// 21 days ago", "1 month, 21 days ago", "1 mese e 21 giorni fa", "2 years
// and 3 months ago". Months and years become months plus days; weeks and
// days become days. `end` is the token after the first unit.
bool CompoundAgo(DateCtx& c, size_t i, RelKind kind, int n, size_t end, DateFound* f) {
  int months = 0, days = 0;
  auto add = [&](RelKind k, int count) {
    if (k == RelKind::kYears) months += 12 * count;
    if (k == RelKind::kQuarters) months += 3 * count;
    if (k == RelKind::kMonths) months += count;
    if (k == RelKind::kWeeks) days += 7 * count;
    if (k == RelKind::kDays) days += count;
  };
  add(kind, n);
  int parts = 1;
  size_t k = end;
  while (parts < 3) {
    size_t next = k;
    if (c.Punct(next, ',')) ++next;
    next += c.Match(next, kDwAnd);
    RelKind k2 = RelKind::kNone;
    int n2 = 0;
    size_t e2 = 0;
    if (!CountUnit(c, next, &k2, &n2, &e2) || Rank(k2) >= Rank(kind)) break;
    add(k2, n2);
    kind = k2;
    k = e2;
    ++parts;
  }
  // "... ago" counts back; "... later", "... później" on (LaterWord).
  int sign = -1;
  size_t w = parts > 1 ? c.Match(k, kDwAgo) : 0;
  if (w == 0 && parts > 1 && (w = c.Match(k, kDwLater)) > 0) sign = 1;
  if (w == 0) return false;
  f->rel = months != 0 ? RelKind::kMonths : RelKind::kDays;
  f->rel_n = sign * (months != 0 ? months : days);
  f->rel_days = sign * (months != 0 ? days : 0);
  f->first = i;
  f->last = k + w;
  return true;
}

}  // namespace

bool CancelledByWordBefore(const DateCtx& c, size_t i, const DateMeaning& m) {
  if (m.not_after_ids.empty() || i == 0 || c.t[i - 1].kind != DateTok::kWord) return false;
  const uint32_t prev = c.t[i - 1].word_id;  // the folded word's id, as phrases compare
  return std::find(m.not_after_ids.begin(), m.not_after_ids.end(), prev) != m.not_after_ids.end();
}

size_t DirectionAt(DateCtx& c, size_t i, int* dir, bool cancellable) {
  const DateMeaning* m = nullptr;
  if (const size_t n = c.Match(i, kDwLast, &m);
      n > 0 && !(cancellable && CancelledByWordBefore(c, i, *m))) {
    *dir = -m->step;
    return n;
  }
  if (const size_t n = c.Match(i, kDwNext, &m);
      n > 0 && !(cancellable && CancelledByWordBefore(c, i, *m))) {
    *dir = m->step;
    return n;
  }
  *dir = 0;
  return c.Match(i, kDwThis);
}

bool MatchRelative(DateCtx& c, size_t i, DateFound* f) {
  RelKind kind = RelKind::kNone;
  int n = 0;
  size_t end = 0;
  // "vor zwei Tagen", "hace dos días", "il y a deux jours"
  if (size_t w = c.Match(i, kDwAgoBefore); w > 0 && CountUnit(c, i + w, &kind, &n, &end)) {
    f->rel = kind;
    f->rel_n = -n;
    f->first = i;
    f->last = end;
    return true;
  }
  // "in two days", "za dwa dni", "через два дня"; not with an article:
  // "in a year" is mostly a duration ("300 cases in a year").
  if (size_t w = c.Match(i, kDwInBefore); w > 0 &&
                                          (!c.Is(i + w, kDwArticle) || c.Is(i + w + 1, kDwFew)) &&
                                          CountUnit(c, i + w, &kind, &n, &end)) {
    f->rel = kind;
    f->rel_n = n;
    f->first = i;
    f->last = end;
    return true;
  }
  // "two days ago", "dwa dni temu", "два дня назад", "due giorni fa"
  if (CountUnit(c, i, &kind, &n, &end)) {
    if (FromDay(c, i, kind, n, end, f)) return true;
    if (CompoundAgo(c, i, kind, n, end, f)) return true;
    if (const size_t w = c.Match(end, kDwAgo); w > 0) {
      f->rel = kind;
      f->rel_n = -n;
      f->first = i;
      f->last = end + w;
      return true;
    }
    // "three days later", "drei Tage später", "7 dni potem", "2 días a
    // partir de ahora": as "in three days" (news tell the story's later
    // days from the date they report: resolved from the reference).
    if (const size_t w = c.Match(end, kDwLater); w > 0) {
      f->rel = kind;
      f->rel_n = n;
      f->first = i;
      f->last = end + w;
      return true;
    }
    // "tres meses que vienen": a period (below); else a count of units.
    return Period(c, i, f);
  }
  if (Period(c, i, f)) return true;
  f->Reset();
  if (c.t[i].kind != DateTok::kWord || c.t[i].entry == nullptr) return false;
  if (UnitLater(c, i, f)) return true;
  // "last week", "nächsten Monat", "в прошлом году", "next Thursday",
  // "nächsten März", "übernächste Woche"
  int dir = 0;
  const DateMeaning* m = nullptr;
  if (int offset = 0; WeekOffset(c, i, &offset, &end)) {
    // "nächste Woche am Freitag", "la semaine prochaine, jeudi"
    size_t k = end;
    if (c.Punct(k, ',')) ++k;
    k = c.SkipLinks(k);
    k += c.Match(k, kDwDayLink);  // "next week on Tuesday"
    size_t d = c.Match(k, kDwWeekday, &m);
    if (d == 0) d = c.Match(k, kDwWeekdayShort, &m);  // "next week Mon"
    if (d > 0) {
      f->rel = RelKind::kWeekdayInWeek;
      f->weekday = m->weekday;
      f->rel_n = offset;
      f->first = i;
      f->last = k + d;
      return true;
    }
  }
  if (const size_t w = DirectionAt(c, i, &dir); w > 0) {
    // "el próximo 6 de abril", "il prossimo 15 marzo", "el pasado 3 de
    // mayo": the next or last such day, as Romance news name them.
    if (DateFound g; dir != 0 && i + w < c.size() && c.t[i + w].kind != DateTok::kPunct &&
                     MatchAbsolute(c, i + w, &g) && g.prec == DatePrec::kDay && g.y == 0 &&
                     g.m != 0 && g.d2 == 0 && g.invalid.empty()) {
      *f = std::move(g);
      f->first = i;
      f->year_dir = Sign(dir);
      return true;
    }
    if (const size_t u = c.Match(i + w, kDwUnit, &m); u > 0 && m->unit != kUnitDay) {
      f->rel = KindOfUnit(m->unit);
      f->rel_n = dir;
      f->first = i;
      f->last = i + w + u;
      return true;
    }
    if (const size_t d = c.Match(i + w, kDwWeekday, &m); d > 0) {
      // "this Friday, June 15", "este viernes 15 de junio": the date
      // names the day.
      size_t k = i + w + d;
      if (c.Punct(k, ',')) ++k;
      if (DateFound g; k < c.size() && c.t[k].kind != DateTok::kPunct && MatchAbsolute(c, k, &g) &&
                       g.prec == DatePrec::kDay && g.m != 0 && g.d2 == 0) {
        *f = std::move(g);
        f->first = i;
        return true;
      }
      // "this Friday", "questo venerdì", "diesen Freitag": that day of the
      // reference's week (said on a Monday, the coming Friday).
      f->rel = dir == 0 ? RelKind::kWeekdayInWeek : RelKind::kWeekday;
      f->weekday = m->weekday;
      f->weekday_mode = Sign(dir);
      f->rel_n = dir == 0 ? 0 : Sign(dir) * (std::abs(dir) - 1);  // extra weeks
      f->first = i;
      f->last = i + w + d;
      return true;
    }
    if (const size_t mo = c.Match(i + w, kDwMonth, &m);
        mo > 0 && m->month_full && !MonthReadsAsWord(c, i + w, mo, *m)) {
      MonthOfYear(m->month, dir, i, i + w + mo, f);
      return true;
    }
  }
  // "la semaine dernière", "el año pasado", "jeudi dernier", "giovedì scorso",
  // "mars prochain"
  if (const size_t u = c.Match(i, kDwUnit, &m); u > 0 && m->unit != kUnitDay) {
    if (const size_t w = DirectionAt(c, i + u, &dir); w > 0) {
      f->rel = KindOfUnit(m->unit);
      f->rel_n = dir;
      f->first = i;
      f->last = i + u + w;
      return true;
    }
  }
  if (const size_t mo = c.Match(i, kDwMonth, &m); mo > 0 && m->month_full) {
    if (const size_t w = DirectionAt(c, i + mo, &dir); w > 0 && dir != 0) {
      MonthOfYear(m->month, dir, i, i + mo + w, f);
      return true;
    }
  }
  if (const size_t d = c.Match(i, kDwWeekday, &m); d > 0) {
    const int wd = m->weekday;
    if (WeekdayInWeek(c, i, d, wd, f)) return true;
    f->Reset();
    f->rel = RelKind::kWeekday;
    f->weekday = wd;
    f->first = i;
    f->last = i + d;
    // "jeudi dernier", "giovedì prossimo"; not "Mittwoch nächste Woche"
    // (above) and not "Monday last year"
    if (const size_t w = DirectionAt(c, i + d, &dir);
        w > 0 && dir != 0 && c.Match(i + d + w, kDwUnit) == 0) {
      f->weekday_mode = Sign(dir);
      f->rel_n = Sign(dir) * (std::abs(dir) - 1);
      f->last += w;
    }
    return true;
  }
  if (const size_t r = c.Match(i, kDwRelDay, &m); r > 0 && !CancelledByWordBefore(c, i, *m)) {
    f->rel = RelKind::kDays;
    f->rel_n = m->relday;
    f->first = i;
    f->last = i + r;
    return true;
  }
  return false;
}

}  // namespace parallax::annotate
