// Holidays and seasons named in text: the reader that finds a name with
// its offset, direction and year, and its resolution against the
// reference (the names: date_holiday_names.cc; the rules:
// date_holiday_rules.cc).
#include "annotate/date_holidays.h"

#include <algorithm>
#include <cstdlib>

#include "annotate/date_calendar.h"
#include "annotate/number_chars.h"

namespace parallax::annotate {
namespace {

constexpr int kFirstWrittenYear = 1800;  // a holiday's year as news writes it
constexpr int kLastWrittenYear = 2099;

// A "-" phrase that began before `k` and covers it: "guerra de Yom Kipur".
bool Blocked(const DateCtx& c, size_t k) {
  for (size_t back = 1; back <= 3 && back <= k; ++back) {
    const HolidayName* name = nullptr;
    if (HolidayNameAt(c, k - back, &name) > back && name->holiday < 0) return true;
  }
  return false;
}

// A last / next / this word of date_words.tsv at `i`: -1, +1 or 0 in
// `dir`, how many steps away in `step` ("vorletzte" 2).
size_t DirectionAndStep(DateCtx& c, size_t i, int* dir, int* step) {
  int signed_step = 0;
  if (const size_t n = DirectionAt(c, i, &signed_step); n > 0) {
    *dir = (signed_step > 0) - (signed_step < 0);
    *step = std::max(1, std::abs(signed_step));
    return n;
  }
  *step = 1;
  return 0;
}

// A year cue or cue phrase ends right before `i` ("in", "im", "до").
bool CueEndsAt(DateCtx& c, size_t i) {
  for (size_t back = 1; back <= 3 && back <= i; ++back) {
    if (c.Match(i - back, kDwYearCue) == back) return true;
  }
  const HolidayPhrase* hit = nullptr;
  return HolidayPhraseEndsAt(c, c.lex.holidays->cues, i, &hit) > 0;
}

// A preposition, maybe with an article after it, before `i`: "in the
// summer", "im Sommer", "en el verano", "до лета".
bool CueBefore(DateCtx& c, size_t i) {
  if (CueEndsAt(c, i)) return true;
  return i > 0 && c.Is(i - 1, kDwDet) && CueEndsAt(c, i - 1);
}

// A written year at `j`, maybe after a connector or year cue ("2014", "of
// 2021", "de 2021", "2021 года", "2021/22"): the year, the next year when
// written after a slash (0 otherwise), and the token after it.
bool YearAfter(DateCtx& c, size_t j, int* year, int* year2, size_t* end) {
  size_t k = j;
  if (const size_t w = c.Match(k, kDwConnector); w > 0) {
    k += w;
  } else if (const size_t cue = c.Match(k, kDwYearCue); cue > 0) {
    k += cue;
  }
  if (!c.Num(k, 4, 4) || !c.StartOk(k)) return false;
  const int y = c.t[k].value;
  if (y < kFirstWrittenYear || y > kLastWrittenYear) return false;
  size_t e = k + 1;
  *year2 = 0;
  if (c.Punct(e, '/') && c.Glued(e) && c.Glued(e + 1) &&
      (c.Num(e + 1, 2, 2) || c.Num(e + 1, 4, 4))) {
    const int v = c.t[e + 1].value;
    if (v == (y + 1) % 100 || v == y + 1) {
      *year2 = y + 1;
      e += 2;
    }
  }
  if (!c.EndOk(e)) return false;
  if (const size_t w = c.Match(e, kDwYearWord); w > 0) {
    const bool short_word = c.t[e + w - 1].e - c.t[e + w - 1].b <= 2;
    e += w;
    if (short_word && c.Punct(e, '.') && c.Glued(e)) ++e;
  }
  *year = y;
  *end = e;
  return true;
}

// A relative year at `j` (MatchRelative's years), maybe after a connector:
// "last year", "of this year", "vor 2 Jahren", "прошлого года", "del año
// pasado".
bool RelativeYearAfter(DateCtx& c, size_t j, int* n, size_t* end) {
  size_t k = j;
  if (const size_t w = c.Match(k, kDwConnector); w > 0) k += w;
  if (k >= c.size() || c.t[k].kind == DateTok::kPunct) return false;
  DateFound rel;
  if (!MatchRelative(c, k, &rel) || rel.rel != RelKind::kYears || rel.period || rel.first != k) {
    return false;
  }
  *n = rel.rel_n;
  *end = rel.last;
  return true;
}

// A last / next word after the name that ends the phrase (fr es it:
// "l'été dernier", "la Navidad pasada"); not before a unit, weekday or
// month ("Easter next week").
size_t DirectionAfter(DateCtx& c, size_t j, int* dir, int* step) {
  size_t w = 0;
  const DateMeaning* m = nullptr;
  if ((w = c.Match(j, kDwLast, &m)) > 0) {
    *dir = -1;
  } else if ((w = c.Match(j, kDwNext, &m)) > 0) {
    *dir = 1;
  } else {
    return 0;
  }
  *step = std::max<int>(1, m->step);
  const size_t k = j + w;
  if (c.Match(k, kDwUnit) > 0 || c.Match(k, kDwWeekday) > 0 || c.Match(k, kDwMonth) > 0 ||
      c.Num(k, 1, 4)) {
    return 0;
  }
  return w;
}

bool UpperFirst(const DateCtx& c, size_t i) {
  const Decoded d = DecodeAt(c.text, c.t[i].b);
  return FoldCase(d.cp) != d.cp;
}

// A one-word name that is also a given name, from `start` to `end`, read
// as the person: a capitalised word without a date meaning follows it
// ("Silvester Stallone") and no lower-case word precedes it ("an Silvester
// Böller" stays the holiday).
bool AsPersonName(const DateCtx& c, size_t start, size_t end) {
  if (end >= c.size() || c.t[end].kind != DateTok::kWord || c.t[end].entry != nullptr ||
      !UpperFirst(c, end) || c.Glued(end)) {
    return false;
  }
  return start == 0 || c.t[start - 1].kind != DateTok::kWord || UpperFirst(c, start - 1);
}

int64_t Distance(const DaySpan& s, int64_t r) {
  if (r < s.first) return s.first - r;
  if (r > s.last) return r - s.last;
  return 0;
}

// The occurrence for a direction (-1 / +1, `step` away) or the closest
// one (dir 0), among `occ`; false when none fits.
bool Choose(const HolidayOccurrences& occ, int64_t r, int dir, int step, DaySpan* out) {
  if (dir < 0) {
    int seen = 0;
    for (int k = occ.size - 1; k >= 0; --k) {
      if (occ.at[k].last < r && ++seen == step) {
        *out = occ.at[k];
        return true;
      }
    }
    return false;
  }
  if (dir > 0) {
    int seen = 0;
    for (int k = 0; k < occ.size; ++k) {
      if (occ.at[k].first > r && ++seen == step) {
        *out = occ.at[k];
        return true;
      }
    }
    return false;
  }
  bool found = false;
  for (int k = 0; k < occ.size; ++k) {
    const int64_t d = Distance(occ.at[k], r), best = found ? Distance(*out, r) : 0;
    if (!found || d < best || (d == best && occ.at[k].first < r && out->first >= r)) {
      *out = occ.at[k];
      found = true;
    }
  }
  return found;
}

void Format(const DaySpan& s, bool months, DateMention* out) {
  int y = 0, m = 0, d = 0, y2 = 0, m2 = 0, d2 = 0;
  cal::CivilFromDays(s.first, &y, &m, &d);
  cal::CivilFromDays(s.last, &y2, &m2, &d2);
  if (months) {
    out->value = cal::FormatMonth(y, m);
    out->value_max = cal::FormatMonth(y2, m2);
    return;
  }
  out->value = cal::FormatDay(y, m, d);
  if (s.last != s.first) out->value_max = cal::FormatDay(y2, m2, d2);
}

// A holiday or season named at `i`, with its direction and year, resolved.
struct Named {
  int holiday = -1;
  size_t start = 0;  // the first token (a direction word before `i` included)
  size_t end = 0;    // the token after it
  DaySpan days;
  bool found = false;  // days holds its occurrence
  DateBasis basis = DateBasis::kCompleted;
  std::string reason;  // why it has no value
};

// `look_back`: a direction word of holidays.tsv right before `i` belongs to
// the name ("этим летом", "the following Easter"); those words are not in
// the lexicon, so the token loop passed them.
bool ReadNamed(DateCtx& c, size_t i, bool look_back, const ReferenceTime& reference, Named* out) {
  int dir = 0, step = 1;
  size_t before = 0;
  const HolidayName* name = nullptr;
  size_t len = HolidayNameAt(c, i, &name);
  if (len == 0) {
    before = DirectionAndStep(c, i, &dir, &step);
    len = before > 0 ? HolidayNameAt(c, i + before, &name) : 0;
    if (len == 0) return false;
  }
  const size_t k = i + before;
  if (name->holiday < 0 || (name->cap && !UpperFirst(c, k)) || Blocked(c, k)) return false;
  bool has_dir = before > 0;
  size_t start = i;
  const HolidayPhrase* extra = nullptr;
  if (name->has_dir) {
    if (has_dir) return false;
    has_dir = true;
    dir = name->dir;
  } else if (!has_dir && look_back) {
    const size_t n = HolidayPhraseEndsAt(c, c.lex.holidays->directions, i, &extra);
    if (n > 0 && c.StartOk(i - n)) {
      has_dir = true;
      dir = extra->dir;
      start = i - n;
    }
  }
  size_t end = k + len;
  int year = 0, year2 = 0, rel_years = 0;
  bool rel_year = false;
  if (!has_dir) {
    size_t e = 0;
    if (YearAfter(c, end, &year, &year2, &e) || RelativeYearAfter(c, end, &rel_years, &e)) {
      rel_year = year == 0;
      end = e;
    } else if (const size_t w = DirectionAfter(c, end, &dir, &step); w > 0) {
      has_dir = true;
      end += w;
    }
  }
  const HolidayCalendar& calendar = *c.lex.holidays->calendar;
  const Holiday& h = calendar.at(name->holiday);
  const bool dated = has_dir || year != 0 || rel_year;
  const bool direction_before = before > 0 || start < i;
  if (name->dated && !dated) return false;
  if (name->cued && !direction_before && !CueBefore(c, start)) return false;
  if (h.season && !dated && !name->alone && !CueBefore(c, start)) return false;
  if (!c.EndOk(end)) return false;
  if (name->given && !dated && AsPersonName(c, start, k + len)) return false;

  out->holiday = name->holiday;
  out->start = start;
  out->end = end;
  out->basis = year != 0               ? DateBasis::kAbsolute
               : (has_dir || rel_year) ? DateBasis::kRelative
                                       : DateBasis::kCompleted;
  HolidayOccurrences occ;
  int y = 0;
  if (year != 0) {
    // "winter 2021/22" is the winter that ends in 2022.
    y = year2 != 0 && h.season && h.rules[0].month + 2 > 12 ? year2 : year;
  } else if (!reference.known()) {
    out->reason = "no reference date to resolve it against";
    return true;
  } else if (rel_year) {
    y = reference.year + rel_years;
  }
  if (y != 0) {
    calendar.Occurrences(name->holiday, y, y, &occ);
    out->found = occ.size > 0;
    if (out->found) out->days = occ.at[0];
    if (!out->found) out->reason = "no date of " + h.id + " known for " + std::to_string(y);
    return true;
  }
  const int64_t r = cal::DaysFromCivil(reference.year, reference.month, reference.day);
  const int reach = 1 + step;
  calendar.Occurrences(name->holiday, reference.year - reach, reference.year + reach, &occ);
  out->found = Choose(occ, r, has_dir ? dir : 0, step, &out->days);
  if (!out->found) out->reason = "no date of " + h.id + " known near the reference";
  return true;
}

// "<count> <unit> before / after" opening a holiday: "two weeks before
// Christmas", "drei Tage nach Ostern", "за неделю до Рождества".
struct Offset {
  int n = 0;
  uint8_t unit = kUnitNone;
  int sign = 0;    // -1 before, +1 after
  size_t end = 0;  // the token where the holiday starts
};

inline bool IsUnit(const DateCtx& c, size_t k) {
  return k < c.size() && c.t[k].entry != nullptr && c.t[k].entry->single.Has(kDwUnit);
}

// The cheap test before reading an offset at `i`: a unit right after it
// ("a week", "21 days", "за неделю"), or a lead word, a count and a unit
// ("за две недели"). A count spelled in two words ("twenty one days") is
// not read.
inline bool UnitAhead(const DateCtx& c, size_t i) {
  if (IsUnit(c, i + 1)) return true;
  const HolidayPhrase* lead = nullptr;
  return !c.lex.holidays->leads.empty() && IsUnit(c, i + 2) &&
         HolidayPhraseAt(c, c.lex.holidays->leads, i, &lead) == 1;
}

// Whether a name or a direction word of date_words.tsv may start at this
// word: most words of a text have no entry, most entries neither.
bool MayStartName(const DateEntry& e) {
  const auto relevant = [](const DateMeaning& m) {
    return m.Has(kDwHoliday) || m.Has(kDwLast) || m.Has(kDwNext) || m.Has(kDwThis);
  };
  if (relevant(e.single) || !e.holiday_phrases.empty()) return true;
  for (const DatePhrase& p : e.phrases) {
    if (relevant(p.meaning)) return true;
  }
  return false;
}

bool OffsetAt(DateCtx& c, size_t i, Offset* out) {
  if (!UnitAhead(c, i)) return false;
  const HolidayLexicon& lex = *c.lex.holidays;
  const HolidayPhrase* hit = nullptr;
  const size_t lead = HolidayPhraseAt(c, lex.leads, i, &hit);
  size_t k = i + lead;
  int n = 1;
  size_t unit_at = k;
  bool one_day = false;  // "the day before": a unit of one, days only
  if (!c.ReadCount(k, &n, &unit_at)) {
    n = 1;
    unit_at = k;
    if (lead == 0) {
      if (!c.Is(k, kDwDet)) return false;
      unit_at = k + 1;
      one_day = true;
    }
  }
  const DateMeaning* m = nullptr;
  const size_t u = c.Match(unit_at, kDwUnit, &m);
  if (u == 0 || m->unit == kUnitQuarter || (one_day && m->unit != kUnitDay)) return false;
  size_t j = unit_at + u;
  const size_t w = HolidayPhraseAt(c, lex.cues, j, &hit);
  if (w == 0 || hit->dir == 0) return false;
  j += w;
  if (c.Is(j, kDwDet)) ++j;
  if (j >= c.size()) return false;
  *out = Offset{n, m->unit, hit->dir, j};
  return true;
}

// The day `o` before the first or after the last day of `s`.
int64_t Shift(const DaySpan& s, const Offset& o) {
  const int64_t anchor = o.sign < 0 ? s.first : s.last;
  const int64_t n = static_cast<int64_t>(o.sign) * o.n;
  if (o.unit == kUnitDay) return anchor + n;
  if (o.unit == kUnitWeek) return anchor + 7 * n;
  int y = 0, m = 0, d = 0;
  cal::CivilFromDays(anchor, &y, &m, &d);
  return cal::SameDayMonthsOn(y, m, d, int64_t{n} * (o.unit == kUnitYear ? 12 : 1));
}

// MatchHoliday past its cheap tests: `named` when a name or direction may
// start at `i`. Kept out of line: its frame is large and it runs rarely.
[[gnu::noinline]] bool ReadHoliday(DateCtx& c, size_t i, bool named_at_i,
                                   const ReferenceTime& reference, DateFound* f) {
  if (!c.StartOk(i)) return false;
  Offset offset;
  const bool offset_form = OffsetAt(c, i, &offset);
  if (!offset_form && !named_at_i) return false;
  const size_t at = offset_form ? offset.end : i;
  if (c.t[at].kind != DateTok::kWord || c.t[at].entry == nullptr || !MayStartName(*c.t[at].entry)) {
    return false;
  }
  Named named;
  if (!ReadNamed(c, at, !offset_form, reference, &named)) return false;
  const Holiday& h = c.lex.holidays->calendar->at(named.holiday);
  if (offset_form && h.season) return false;
  const size_t first = offset_form ? i : named.start;
  auto out = std::make_shared<DateMention>();
  out->span = Span{c.t[first].b, c.t[named.end - 1].e};
  out->basis = named.basis;
  out->reason = std::move(named.reason);
  if (named.found && offset_form) {
    out->value = cal::FormatDay(Shift(named.days, offset));
  } else if (named.found) {
    Format(named.days, h.season, out.get());
  }
  f->Reset();  // the caller does not clear it for this reader
  f->first = first;
  f->last = named.end;
  f->preset = std::move(out);
  return true;
}

}  // namespace

bool MatchHoliday(DateCtx& c, size_t i, const ReferenceTime& reference, DateFound* f) {
  // Called at nearly every token: the common answer must be cheap.
  if (c.lex.holidays == nullptr || i >= c.size() || c.t[i].kind == DateTok::kPunct) return false;
  const DateEntry* e = c.t[i].entry;  // words only
  const bool named = e != nullptr && MayStartName(*e);
  if (!named && !UnitAhead(c, i)) return false;
  return ReadHoliday(c, i, named, reference, f);
}

}  // namespace parallax::annotate
