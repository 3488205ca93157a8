// Parts of the day ("heute Abend", "this morning", "Donnerstagabend", "in
// der Nacht zum Freitag", "w nocy z czwartku na piątek"), the day after a
// clock time ("um 17 Uhr morgen") and the part and range values written
// after resolution. Words are data (date_words.tsv, data/dates-README.md
// "Times of day"); clock times themselves are in date_clock.cc, times from
// now in date_time_now.cc.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>

#include "annotate/date_calendar.h"
#include "annotate/date_clock.h"
#include "annotate/number_chars.h"

namespace parallax::annotate {
namespace {

// A part of the day at `i` ("abends", "am Abend", "du soir"); `noun_ok`:
// the nouns as well ("Abend" after "gestern", "soir" after "ce").
size_t MatchPart(DateCtx& c, size_t i, bool noun_ok, const DateMeaning** m) {
  size_t n = c.Match(i, kDwPart, m);
  if (n == 0 && noun_ok) n = c.Match(i, kDwPartNoun, m);
  return n;
}

bool Wraps(const DateMeaning& m) { return m.part_to < m.part_from; }

bool IsUpper(const DateCtx& c, size_t i) {
  const Decoded d = DecodeAt(c.text, c.t[i].b);
  return FoldCase(d.cp) != d.cp;
}

// A capitalised part of the day between a day and another capitalised word
// the lexicon does not know names a show or a team, not a time: "Saturday
// Night Live", "Friday Night Lights", "Monday Night Football".
bool InName(const DateCtx& c, size_t part, size_t end) {
  return end < c.size() && c.t[part].kind == DateTok::kWord && IsUpper(c, part) &&
         c.t[end].kind == DateTok::kWord && c.t[end].entry == nullptr && IsUpper(c, end);
}

// A day at `k` that a time or a night belongs to: a relative day or
// weekday ("morgen", "Freitag"), or a day date with an optional weekday
// before it ("le 1er novembre", "Sa, 21. Sept").
bool DayAt(DateCtx& c, size_t k, DateFound* day) {
  if (k >= c.size() || c.t[k].kind == DateTok::kPunct) return false;
  size_t j = k;
  size_t wd = c.Match(j, kDwWeekday);
  if (wd == 0) wd = c.Match(j, kDwWeekdayShort);
  if (wd > 0) {
    j += wd;
    if (c.Punct(j, '.') && c.Glued(j)) ++j;
    if (c.Punct(j, ',')) ++j;
  }
  day->Reset();
  if (j < c.size() && c.t[j].kind != DateTok::kPunct && MatchAbsolute(c, j, day) &&
      day->prec == DatePrec::kDay && day->hour < 0 && day->d2 == 0 && day->invalid.empty()) {
    day->first = k;
    return true;
  }
  day->Reset();
  return MatchRelative(c, k, day) && !day->period && day->hour < 0 &&
         (day->rel == RelKind::kDays || day->rel == RelKind::kWeekday);
}

// Links between a time and its day: ",", "am", "on", "le", "w".
size_t SkipDayLinks(DateCtx& c, size_t k) {
  for (int n = 0; n < 2; ++n) {
    size_t w = c.Punct(k, ',') ? 1 : c.Match(k, kDwDayLink);
    if (w == 0) w = c.Match(k, kDwDet);
    if (w == 0) break;
    k += w;
  }
  return k;
}

void SetPart(const DateMeaning& m, DateFound* f) {
  f->part_from = m.part_from;
  f->part_to = m.part_to;
  // "heute Nacht", "cette nuit", "сегодня ночью": the night that ends on
  // the day (news report the past night), not the one after it.
  if (Wraps(m) && f->rel == RelKind::kDays && f->rel_n == 0) f->part_day = -1;
}

// After a part of the day at `k`: the day a night ends on ("zum Freitag",
// "на пятницу"), or the day the part is of, maybe with the next ("de jeudi
// à vendredi", "z czwartku na piątek", "del jueves"). `f` becomes that day
// with the part's window.
bool NightOf(DateCtx& c, size_t k, const DateMeaning& night, DateFound* f) {
  DateFound day;
  if (const size_t to = c.Match(k, kDwNightTo); to > 0) {
    if (!Wraps(night) || !DayAt(c, k + to, &day)) return false;
    const size_t first = f->first;
    *f = day;
    f->first = first;
    f->part_from = night.part_from;
    f->part_to = night.part_to;
    f->part_day = -1;
    return true;
  }
  size_t from = c.Match(k, kDwClockFrom);
  if (from == 0) from = c.Match(k, kDwConnector);
  if (from == 0 || !DayAt(c, k + from, &day)) return false;
  const size_t first = f->first;
  size_t j = day.last;
  size_t link = c.Match(j, kDwNightTo);
  if (link == 0) link = c.Match(j, kDwRange);
  if (link == 0) link = c.Match(j, kDwAnd);
  DateFound next;
  int shift = 0;
  if (link > 0 && DayAt(c, j + link, &next)) {
    day = next;
    shift = -1;
  }
  *f = day;
  f->first = first;
  f->part_from = night.part_from;
  f->part_to = night.part_to;
  f->part_day = shift;
  return true;
}

// A part of the day at `i` with what may go with it: "this morning", "ce
// soir", "am Abend", "am Morgen des 15. Februar", "in der Nacht zum
// Freitag", "heute"-less "abends um 8".
bool PartPhrase(DateCtx& c, size_t i, DateFound* f) {
  const size_t this_word = c.Match(i, kDwThis);
  const DateMeaning* m = nullptr;
  // A noun only with `this` or before the date it belongs to ("matinée du 15 février").
  size_t n = MatchPart(c, i + this_word, true, &m);
  if (n == 0) return false;
  const bool noun = c.Match(i + this_word, kDwPart) == 0;
  const size_t end = i + this_word + n;
  f->first = i;
  f->last = end;
  if (this_word == 0 && NightOf(c, end, *m, f)) return true;
  if (this_word == 0) {
    // "am Morgen des 15. Februar", "the morning of May 5"
    size_t link = c.Match(end, kDwConnector);
    if (link == 0) link = c.Match(end, kDwDayLink);
    DateFound day;
    if (link > 0 && DayAt(c, end + link, &day)) {
      day.first = i;
      SetPart(*m, &day);
      *f = day;
      return true;
    }
    if (noun) return false;
  } else {
    f->rel = RelKind::kDays;
    f->rel_n = 0;
  }
  Clock clock;  // "ce soir à 20h", "abends um 8"
  if (ReadClockPhrase(c, end, After::kPart, &clock) && clock.first == end) {
    f->hour = HourInPart(clock.hour, m->part_from, m->part_to);
    f->minute = clock.minute;
    f->last = clock.end;
    f->zone_set = clock.zone_set;
    f->zone = clock.zone;
    return true;
  }
  if (f->rel == RelKind::kNone) {
    f->hour = m->part_from;  // a bare part of the day: "T18".."T23"
    f->minute = 0;
  }
  SetPart(*m, f);
  return true;
}

// Cheap gate before the readers: a time starts at `i` only with words that
// can open one ("um", "gegen", "von", "ce", "vor", "the past", "il y a")
// and then a number (digits, or one the number layer read from words:
// "drei Uhr", "vor zwei Stunden") or a word that is a time, a half or a
// part of the day ("midi", "halb", "Viertel", "abends"). Type tests and one
// binary search: most words of a text, and frequent openers ("de", "in",
// "в") before an ordinal word, stop at once.
bool MayStartClock(const DateCtx& c, size_t i) {
  constexpr auto kBit = [](DateWordType t) { return uint64_t{1} << t; };
  constexpr uint64_t kCore = kBit(kDwClock) | kBit(kDwPart) | kBit(kDwPartNoun) |
                             kBit(kDwHalfBefore) | kBit(kDwMinuteWord) | kBit(kDwNow) |
                             kBit(kDwClockUnit) | kBit(kDwTimeBound);
  constexpr uint64_t kOpeners = kBit(kDwTimeBefore) | kBit(kDwHourBefore) | kBit(kDwClockFrom) |
                                kBit(kDwThis) | kBit(kDwAgoBefore) | kBit(kDwInBefore) |
                                kBit(kDwLast) | kBit(kDwNext) | kBit(kDwArticle);
  auto number =
      std::lower_bound(c.numbers.begin(), c.numbers.end(), c.t[i].b,
                       [](const NumberToken& a, uint32_t start) { return a.start < start; });
  size_t phrase = 0;  // words an opener phrase may still cover ("il y a", "a eso de las")
  for (size_t j = i; j < c.size() && j < i + 6; ++j) {
    const DateTok& t = c.t[j];
    if (t.kind == DateTok::kNum) return true;
    while (number != c.numbers.end() && number->start < t.b) ++number;
    if (number != c.numbers.end() && number->start == t.b) return true;
    if (t.kind == DateTok::kPunct) {
      if (t.punct == '.' && j > i && c.Glued(j)) continue;  // "ca.", "godz."
      return false;
    }
    if (t.entry != nullptr) {
      uint64_t types = t.entry->single.types;
      size_t longest = 0;
      for (const DatePhrase& p : t.entry->phrases) {
        types |= p.meaning.types;
        if ((p.meaning.types & kOpeners) != 0) longest = std::max(longest, p.rest.size());
      }
      if ((types & kCore) != 0) return true;
      if ((types & kOpeners) != 0) {
        phrase = std::max(phrase > 0 ? phrase - 1 : 0, longest);
        continue;
      }
    }
    if (phrase == 0) return false;
    --phrase;
  }
  return false;
}

}  // namespace

bool MatchClock(DateCtx& c, size_t i, const ReferenceTime& ref, DateFound* f) {
  if (!MayStartClock(c, i)) return false;
  // Which readers can start here, from the word's types: "vor 3 Stunden"
  // (ago, in, last, next, or a count), "ce soir" (this, a part of the
  // day), "um 15 Uhr" (time words, clock words, or a number).
  constexpr auto kBit = [](DateWordType t) { return uint64_t{1} << t; };
  const DateTok& t = c.t[i];
  uint64_t types = 0;
  if (t.entry != nullptr) {
    types = t.entry->single.types;
    for (const DatePhrase& p : t.entry->phrases) types |= p.meaning.types;
  }
  const bool number = t.kind == DateTok::kNum || SpelledNumberAt(c, i);
  constexpr uint64_t kFromNow =
      kBit(kDwAgoBefore) | kBit(kDwInBefore) | kBit(kDwLast) | kBit(kDwNext) | kBit(kDwArticle);
  if ((number || (types & kFromNow) != 0) && MatchFromNow(c, i, ref, f)) return true;
  if ((types & kBit(kDwNow)) != 0 && MatchNow(c, i, ref, f)) return true;
  constexpr uint64_t kParts = kBit(kDwThis) | kBit(kDwPart) | kBit(kDwPartNoun);
  if ((types & kParts) != 0) {
    f->Reset();
    if (PartPhrase(c, i, f)) return true;
  }
  constexpr uint64_t kClock = kBit(kDwClockFrom) | kBit(kDwTimeBefore) | kBit(kDwHourBefore) |
                              kBit(kDwClock) | kBit(kDwHalfBefore) | kBit(kDwMinuteWord) |
                              kBit(kDwTimeBound);
  if (!number && (types & kClock) == 0) return false;
  f->Reset();
  Clock clock;
  DateFound day;
  bool day_read = false;
  if (!ReadClockPhrase(c, i, After::kNothing, &clock)) {
    // A day after it is context enough for "1:30" ("1:30 am Sa, 21. Sept").
    if (!c.Num(i, 1, 1) || !c.Punct(i + 1, ':') || !ReadClockPhrase(c, i, After::kDay, &clock) ||
        clock.hour2 >= 0 || !DayAt(c, SkipDayLinks(c, clock.end), &day)) {
      return false;
    }
    day_read = true;
  }
  f->first = clock.first;
  f->last = clock.end;
  f->hour = clock.hour;
  f->minute = clock.minute;
  f->hour2 = clock.hour2;
  f->minute2 = clock.hour2 >= 0 ? clock.minute2 : -1;
  f->zone_set = clock.zone_set;
  f->zone = clock.zone;
  if (clock.this_part) {  // "8 heures ce soir"
    f->rel = RelKind::kDays;
    f->rel_n = 0;
    return true;
  }
  // "um 17 Uhr morgen", "à 16h le 1er novembre", "1:30 am Sa, 21. Sept"
  if (day_read || DayAt(c, SkipDayLinks(c, clock.end), &day)) {
    day.first = f->first;
    day.hour = f->hour;
    day.minute = f->minute;
    day.hour2 = f->hour2;
    day.minute2 = f->minute2;
    *f = day;
    f->zone_set = clock.zone_set;
    f->zone = clock.zone;
    // "demain après-midi" after the time: the part sets its half of the day.
    const DateMeaning* m = nullptr;
    if (const size_t n = MatchPart(c, f->last, true, &m); n > 0) {
      f->hour = HourInPart(f->hour, m->part_from, m->part_to);
      if (f->hour2 >= 0) f->hour2 = HourInPart(f->hour2, m->part_from, m->part_to);
      f->last += n;
    }
  }
  return true;
}

size_t AttachClock(DateCtx& c, size_t k, DateFound* f) {
  const DateMeaning* m = nullptr;
  size_t j = k;
  bool part = false;
  const size_t p0 = c.Punct(j, ',') ? j + 1 : j;
  if (const size_t n = MatchPart(c, p0, true, &m); n > 0 && !InName(c, p0, p0 + n)) {
    part = true;
    j = p0 + n;
  } else if (MatchPart(c, f->first, true, &m) == f->last - f->first &&
             (m->Has(kDwPart) || !m->Has(kDwRelDay))) {
    // The day's own words name the part: "Donnerstagabend", "tonight",
    // "anoche"; not a word that is a day or a part ("morgen": tomorrow).
    part = true;
  }
  if (part && Wraps(*m)) {
    DateFound night = *f;
    if (NightOf(c, j, *m, &night)) {
      night.first = f->first;
      *f = night;
      return f->last;
    }
  }
  Clock clock;
  const size_t p = c.Punct(j, ',') ? j + 1 : j;
  if (ReadClockPhrase(c, p, part ? After::kPart : After::kDay, &clock)) {
    f->hour = part ? HourInPart(clock.hour, m->part_from, m->part_to) : clock.hour;
    f->minute = clock.minute;
    if (clock.hour2 >= 0) {
      f->hour2 = part ? HourInPart(clock.hour2, m->part_from, m->part_to) : clock.hour2;
      f->minute2 = clock.minute2;
    }
    f->zone_set = clock.zone_set;
    f->zone = clock.zone;
    return clock.end;
  }
  if (part) SetPart(*m, f);
  return j;
}

namespace {

// "+01:00", "-05:00", "+00:00" after a time of `v` (one with "T" and
// minutes), not after a day or a bare hour window.
void AppendZone(int zone, std::string* v) {
  const size_t t = v->find('T');
  if (t == std::string::npos || v->size() < t + 6 || (*v)[t + 3] != ':') return;
  char buf[8];
  const int a = zone < 0 ? -zone : zone;
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", zone < 0 ? '-' : '+', a / 60 % 100, a % 60);
  *v += buf;
}

void FinishClockTimes(const DateFound& f, DateMention* m);

}  // namespace

void FinishClock(const DateFound& f, DateMention* m) {
  FinishClockTimes(f, m);
  if (!f.zone_set || f.zone == kZoneLocal) return;
  AppendZone(f.zone, &m->value);
  AppendZone(f.zone, &m->value_max);
}

namespace {

void FinishClockTimes(const DateFound& f, DateMention* m) {
  // A day whose resolution left the time out ("vendredi 15 à 16h").
  if (f.hour >= 0 && f.part_from < 0 && m->value.size() == 10 && m->value[4] == '-' &&
      m->value[7] == '-') {
    m->value += cal::FormatTime(f.hour, f.minute);
  }
  if (m->value.empty() || (f.part_from < 0 && f.hour2 < 0)) return;
  char buf[16];
  const bool bare = m->value[0] == 'T';
  int64_t day = 0;
  if (!bare) {
    // The day Resolve wrote: "YYYY-MM-DD..." (weeks and months take no time).
    const std::string& v = m->value;
    auto digits = [&](size_t pos, size_t n) {
      int x = 0;
      for (size_t k = pos; k < pos + n; ++k) {
        if (k >= v.size() || v[k] < '0' || v[k] > '9') return -1;
        x = x * 10 + (v[k] - '0');
      }
      return x;
    };
    const int y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2);
    if (y < 0 || mo < 1 || d < 1 || v[4] != '-' || v[7] != '-') return;
    day = cal::DaysFromCivil(y, mo, d);
  }
  if (f.part_from >= 0 && f.hour < 0) {
    std::snprintf(buf, sizeof buf, "T%02d", f.part_from);
    m->value = (bare ? "" : cal::FormatDay(day + f.part_day)) + buf;
    std::snprintf(buf, sizeof buf, "T%02d", f.part_to);
    const int over = f.part_to < f.part_from ? 1 : 0;
    m->value_max = (bare ? "" : cal::FormatDay(day + f.part_day + over)) + buf;
    return;
  }
  if (f.part_from >= 0 && bare) {  // a bare part of the day: hours only
    std::snprintf(buf, sizeof buf, "T%02d", f.part_from);
    m->value = buf;
    std::snprintf(buf, sizeof buf, "T%02d", f.part_to);
    m->value_max = buf;
    return;
  }
  if (f.hour2 >= 0) {
    const int over = f.hour2 * 60 + f.minute2 < f.hour * 60 + f.minute ? 1 : 0;
    m->value_max = (bare ? "" : cal::FormatDay(day + over)) + cal::FormatTime(f.hour2, f.minute2);
  }
}

}  // namespace

}  // namespace parallax::annotate
