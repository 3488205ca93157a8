// Clock times: digits ("10:30", "15 Uhr", "3 pm", "15h30", "10.30 Uhr"),
// hours in words ("drei Uhr", "a las tres", "o trzeciej"), minutes in words
// ("halb vier", "Viertel nach drei", "trois heures et quart", "las doce
// menos cuarto"), clock words ("midi", "midnight"), a part of the day after
// the hour ("3 Uhr nachmittags", "8 heures du soir") and time ranges ("von
// 9:30 bis 11:00", "9-11 Uhr", "between 2 and 4 pm"). Words are data
// (date_words.tsv, data/dates-README.md "Times of day").
#include "annotate/date_clock.h"

#include <algorithm>

#include "annotate/number_chars.h"

namespace parallax::annotate {
namespace {

// A number at token `i`: 1-2 ASCII digits, or what the number layer read
// from words there ("drei", "quinze", "trzeciej", "tres y cuarto" 3.25).
struct Num {
  double value = 0;
  size_t end = 0;  // the token after it
  bool digits = false;
  bool ordinal = false;
};

bool ReadNum(const DateCtx& c, size_t i, Num* n) {
  if (i >= c.size()) return false;
  const DateTok& t = c.t[i];
  if (t.kind == DateTok::kNum) {
    if (t.digits() > 2) return false;
    *n = Num{static_cast<double>(t.value), i + 1, true, false};
    return true;
  }
  if (t.kind != DateTok::kWord) return false;
  size_t j = i;
  const NumberToken* it = c.NumberAt(i, &j);
  if (it == nullptr || it->vague || !it->spelled) return false;
  if (c.t[j - 1].e != it->end) return false;  // ends inside a token
  *n = Num{it->value, j, false, it->ordinal};
  return true;
}

bool Whole(double v, int lo, int hi) {
  return v >= lo && v <= hi && v == static_cast<double>(static_cast<int>(v));
}

// Minutes at `j`: a minute word ("quart", "Viertel", "media"), a number
// 0-59 with an optional minute unit ("15 Minuten"), or a fraction of the
// number layer ("trois quarts"). `worded`: a word says they are minutes.
bool ReadMinutes(DateCtx& c, size_t j, int* mi, size_t* end, bool* worded) {
  const DateMeaning* m = nullptr;
  if (const size_t n = c.Match(j, kDwMinuteWord, &m); n > 0) {
    *mi = m->minutes;
    *end = j + n;
    *worded = true;
    return true;
  }
  Num x;
  if (!ReadNum(c, j, &x) || x.ordinal) return false;
  *worded = !x.digits;
  if (x.value > 0 && x.value < 1 && Whole(x.value * 60, 1, 59)) {
    *mi = static_cast<int>(x.value * 60);  // "trois quarts", "a quarter"
  } else if (Whole(x.value, 0, 59)) {
    *mi = static_cast<int>(x.value);
  } else {
    return false;
  }
  size_t k = x.end;
  if (const size_t u = c.Match(k, kDwClockUnit, &m); u > 0 && m->minutes == 1) {
    k += u;
    *worded = true;
  }
  *end = k;
  return true;
}

// The word at byte `b` starts with an upper-case letter (the shared case
// fold of number_chars.h changes it).
bool IsUpperAt(std::string_view text, uint32_t b) {
  const Decoded d = DecodeAt(text, b);
  return FoldCase(d.cp) != d.cp;
}

// The token after a dotted time read with only a time word before it must
// not make it a figure: "at 6.45 percent", "um 3.50 Euro". A word there
// counts only when the date lexicon knows it ("at 6.45 this morning").
bool FollowOk(const DateCtx& c, size_t j) {
  if (j >= c.size()) return true;
  if (c.t[j].kind == DateTok::kPunct) return c.t[j].punct != '%';
  return c.t[j].kind == DateTok::kWord && c.t[j].entry != nullptr;
}

// After an ordinal hour with nothing else to mark it ("o trzeciej"): no
// noun it could count instead ("в первый понедельник", "в третьем
// квартале", "o pierwszej wojnie").
bool OrdinalFollowOk(const DateCtx& c, size_t j) {
  if (j >= c.size() || c.t[j].kind == DateTok::kPunct) return FollowOk(c, j);
  if (c.t[j].entry == nullptr) return false;
  // A word that goes on with a time or its day: "o trzeciej w nocy", "o
  // piętnastej w piątek", "о третій вчора"; not "o pierwszych świętach".
  const DateMeaning& m = c.t[j].entry->single;
  return m.Has(kDwDayLink) || m.Has(kDwYearCue) || m.Has(kDwRelDay) || m.Has(kDwPart) ||
         m.Has(kDwHourPart) || m.Has(kDwAnd) || m.Has(kDwRange);
}

// How a time was written, for deciding whether it is one.
struct Form {
  bool colon = false;      // "10:30"
  bool dotted = false;     // "10.30"
  bool strong = false;     // a marker word or form: "Uhr", "pm", "halb", "Viertel nach"
  bool weak_word = false;  // an hour word that is also a duration unit: "heures", "часов"
  bool ordinal = false;    // an ordinal hour: "o trzeciej"
  bool minutes = false;    // minutes were read
};

// Whether a time word ("um", "a las") or an hour cue ("alle", "godz.") ends
// right before token `i`: each looked up once, and only when needed.
class Cues {
 public:
  Cues(DateCtx& c, size_t i) : c_(c), i_(i) {
    // Both need a lexicon word among the four tokens before `i`.
    bool any = false;
    for (size_t back = 1; back <= 4 && back <= i && !any; ++back) {
      any = c.t[i - back].entry != nullptr;
    }
    if (!any) time_word_ = hour_cue_ = 0;
  }
  bool TimeWord() {
    if (time_word_ < 0) time_word_ = c_.TimeWordBefore(i_) ? 1 : 0;
    return time_word_ == 1;
  }
  bool HourCue() {
    if (hour_cue_ < 0) hour_cue_ = c_.HourCueBefore(i_) ? 1 : 0;
    return hour_cue_ == 1;
  }

 private:
  DateCtx& c_;
  size_t i_;
  int time_word_ = -1, hour_cue_ = -1;
};

// The hour and minutes of the forms that start with minutes or a half:
// "halb vier", "Viertel nach drei", "zwanzig vor 12", "kwadrans po 3",
// "half past three", "w pół do szesnastej".
bool MinutesFirst(DateCtx& c, size_t i, Cues& cues, Clock* out, Form* form) {
  Num hour;
  if (const size_t n = c.Match(i, kDwHalfBefore); n > 0) {
    if (!ReadNum(c, i + n, &hour) || !Whole(hour.value, 1, 24)) return false;
    out->hour = (static_cast<int>(hour.value) + 23) % 24;
    out->minute = 30;
    out->end = hour.end;
    form->strong = form->minutes = true;
    return true;
  }
  int mi = 0;
  size_t k = 0;
  bool worded = false;
  if (!ReadMinutes(c, i, &mi, &k, &worded) || mi == 0 || mi > 30) return false;
  const bool minute_word = c.Match(i, kDwMinuteWord) > 0 || c.Match(k - 1, kDwClockUnit) > 0;
  const size_t past = c.Match(k, kDwPast);
  const size_t to = past > 0 ? 0 : c.Match(k, kDwTo);
  if (past + to == 0 || !ReadNum(c, k + past + to, &hour) || !Whole(hour.value, 0, 24)) {
    return false;
  }
  // "10 to 15", "two to four" and "od 2 do 5" are counts: without a
  // minute word ("Viertel", "quarter") minutes in words are a multiple of
  // five and nothing follows that they could count ("zwanzig nach 3"),
  // minutes in digits need a time word too ("um 20 nach 3").
  if (!minute_word) {
    const bool digits = c.t[i].kind == DateTok::kNum;
    if (hour.value > 12 || !FollowOk(c, hour.end) ||
        ((mi % 5 != 0 || digits) && !cues.TimeWord())) {
      return false;
    }
  }
  const int h = static_cast<int>(hour.value);
  out->hour = past > 0 ? h % 24 : (h + 23) % 24;
  out->minute = past > 0 ? mi : 60 - mi;
  out->end = hour.end;
  form->strong = form->minutes = true;
  form->ordinal = hour.ordinal;
  return true;
}

// Minutes after an hour: "trente", "et quart", "y cuarto", "e mezza",
// "piętnaście"; or before it: "moins le quart", "menos cinco". They need a
// time word before or an hour word ("à quinze heures trente", "trois
// heures et quart"; not "deux trois", "deux et demi", "diez menos cinco").
// Moves out->end past them.
void MinutesAfter(DateCtx& c, Cues& cues, Clock* out, Form* form) {
  const size_t k = out->end;
  if (k >= c.size() ||
      (c.t[k].kind != DateTok::kNum && c.t[k].entry == nullptr && !SpelledNumberAt(c, k))) {
    return;  // nothing there can be minutes
  }
  int mi = 0;
  size_t end = 0;
  bool worded = false;
  // A time word right before, not a from-word or a day ("between two and
  // three"); or an hour word.
  if (!form->strong && !form->weak_word && !cues.TimeWord() && !cues.HourCue()) return;
  if (const size_t minus = c.Match(k, kDwMinus); minus > 0) {
    if (ReadMinutes(c, k + minus, &mi, &end, &worded) && mi > 0 && mi <= 30) {
      out->hour = (out->hour + 23) % 24;
      out->minute = 60 - mi;
      out->end = end;
      form->minutes = true;
    }
    return;
  }
  const size_t conj = c.Match(k, kDwAnd);
  if (!ReadMinutes(c, k + conj, &mi, &end, &worded)) return;
  if (conj > 0 && c.t[k + conj].kind == DateTok::kNum) return;                 // "20 and 30"
  if (c.Is(end, kDwHourWord) || c.Is(end, kDwAm) || c.Is(end, kDwPm)) return;  // "9h et 11h"
  // No word after them that makes them a count: "um 15 Uhr 30 Demonstranten".
  if (c.t[k + conj].kind == DateTok::kNum && c.t[k + conj].digits() != 2) return;
  if (c.Match(k + conj, kDwMinuteWord) == 0 && !FollowOk(c, end)) return;
  out->minute = mi;
  out->end = end;
  form->minutes = true;
}

// "a.m.", "p.m." (one-letter words with dots): 1 am, 2 pm, 0 none; `end`
// is the token after the last dot.
int DottedAmPm(const DateCtx& c, size_t j, size_t* end) {
  if (j + 2 >= c.size() || c.t[j].kind != DateTok::kWord || c.t[j].e - c.t[j].b != 1 ||
      !c.Punct(j + 1, '.') || !c.Glued(j + 1) || !c.Glued(j + 2) ||
      c.t[j + 2].kind != DateTok::kWord || c.t[j + 2].e - c.t[j + 2].b != 1) {
    return 0;
  }
  std::string pair{c.text[c.t[j].b], c.text[c.t[j + 2].b]};
  std::transform(pair.begin(), pair.end(), pair.begin(),
                 [](char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch; });
  const auto it = c.lex.words.find(pair);
  if (it == c.lex.words.end()) return 0;
  const int kind = it->second.single.Has(kDwAm) ? 1 : it->second.single.Has(kDwPm) ? 2 : 0;
  *end = j + 3 + (c.Punct(j + 3, '.') && c.Glued(j + 3) ? 1 : 0);
  return kind;
}

// After the time: an hour word, am/pm, or a part of the day ("abends", "du
// soir", "de la tarde", "вечера", "ce soir"). Adjusts the hour.
void TimeTail(DateCtx& c, Clock* out, Form* form) {
  size_t j = out->end;
  const DateMeaning* m = nullptr;
  size_t ampm_end = 0;
  const int dotted = DottedAmPm(c, j, &ampm_end);
  if (dotted > 0 || c.Is(j, kDwAm) || c.Is(j, kDwPm)) {
    if (out->hour < 1 || out->hour > 12) {
      out->hour = -1;  // "15 pm": no time
      return;
    }
    const bool pm = dotted == 2 || (dotted == 0 && c.Is(j, kDwPm));
    out->hour = pm ? out->hour % 12 + 12 : out->hour % 12;
    out->end = dotted > 0 ? ampm_end : j + 1;
    form->strong = true;
    return;
  }
  const size_t this_word = c.Match(j, kDwThis);
  size_t n = c.Match(j + this_word, kDwPart, &m);
  if (n == 0 && this_word > 0) n = c.Match(j + this_word, kDwPartNoun, &m);
  if (n == 0 && this_word == 0) n = c.Match(j, kDwHourPart, &m);
  if (n == 0) return;
  out->hour = HourInPart(out->hour, m->part_from, m->part_to);
  out->end = j + this_word + n;
  out->this_part = this_word > 0;
  form->strong = true;
}

// The hour first: digits or words, then minutes, an hour word, am/pm, a
// part of the day.
bool HourFirst(DateCtx& c, size_t i, Cues& cues, Clock* out, Form* form) {
  const DateMeaning* m = nullptr;
  if (const size_t n = c.Match(i, kDwClock, &m); n > 0) {  // "midi", "midnight"
    out->hour = m->hour;
    out->minute = m->minute;
    out->end = i + n;
    form->strong = true;
    MinutesAfter(c, cues, out, form);
    return true;
  }
  Num x;
  if (!ReadNum(c, i, &x)) return false;
  size_t j = x.end;
  if (x.digits) {
    out->hour = c.t[i].value;
    if (c.Punct(j, ':') && c.Glued(j) && c.Num(j + 1, 2, 2) && c.Glued(j + 1)) {
      out->minute = c.t[j + 1].value;
      j += 2;
      if (c.Punct(j, ':') && c.Glued(j) && c.Num(j + 1, 2, 2) && c.Glued(j + 1)) {
        if (c.t[j + 1].value > 59) return false;
        j += 2;
      }
      form->colon = form->minutes = true;
    } else if (c.Punct(j, '.') && c.Glued(j) && c.Num(j + 1, 2, 2) && c.Glued(j + 1)) {
      out->minute = c.t[j + 1].value;
      j += 2;
      form->dotted = form->minutes = true;
    }
  } else if (Whole(x.value, 0, 24)) {
    out->hour = static_cast<int>(x.value);
    form->ordinal = x.ordinal;
  } else if (!x.ordinal && x.value > 1 && x.value < 13 && Whole(x.value * 4, 5, 52)) {
    // "a las tres y cuarto" (3.25), "alle tre e mezza" (3.5): the number
    // layer's fraction; a time only after a time word ("one and a half").
    out->hour = static_cast<int>(x.value);
    out->minute = static_cast<int>((x.value - out->hour) * 60);
    form->minutes = true;
  } else {
    return false;
  }
  if (const size_t w = c.Match(j, kDwHourWord); w > 0) {
    // "Uhr", "h", "o'clock"; "heures", "часов" are durations too.
    const bool unit = c.Match(j, kDwClockUnit) > 0;
    form->strong = form->strong || !unit;
    form->weak_word = unit;
    j += w;
    // "15h30", "17ч10"
    if (!form->minutes && c.Glued(j) && c.Num(j, 2, 2) && c.Glued(j - 1)) {
      out->minute = c.t[j].value;
      ++j;
      form->minutes = true;
    }
  }
  out->end = j;
  if (!form->minutes) MinutesAfter(c, cues, out, form);
  return true;
}

// Token `i` can open a clock time: digits, a number the number layer read
// from words, or a clock, half or minute word ("midi", "halb", "Viertel").
bool MayBeClock(const DateCtx& c, size_t i) {
  if (i >= c.size()) return false;
  const DateTok& t = c.t[i];
  if (t.kind == DateTok::kNum) return true;
  if (t.kind != DateTok::kWord) return false;
  if (t.entry != nullptr) {
    constexpr uint64_t kOpen =
        uint64_t{1} << kDwClock | uint64_t{1} << kDwHalfBefore | uint64_t{1} << kDwMinuteWord;
    uint64_t types = t.entry->single.types;
    for (const DatePhrase& p : t.entry->phrases) types |= p.meaning.types;
    if ((types & kOpen) != 0) return true;
  }
  return SpelledNumberAt(c, i);
}

// A clock time at `i` without the words before it (MatchTime's reading).
bool ReadClock(DateCtx& c, size_t i, bool context, Clock* out) {
  if (!MayBeClock(c, i)) return false;
  Cues cues(c, i);
  Clock clock;
  Form form;
  clock.first = i;
  if (!MinutesFirst(c, i, cues, &clock, &form)) {
    clock = Clock();
    form = Form();
    clock.first = i;
    if (!HourFirst(c, i, cues, &clock, &form)) return false;
  }
  // Ordinals are hours only where hours are said so: "o trzeciej", not "a
  // la primera", "las primeras horas".
  if (form.ordinal && !c.lex.ordinal_hours) return false;
  if (!form.colon) clock.end += c.Match(clock.end, kDwHourWord);  // "halb vier Uhr"
  TimeTail(c, &clock, &form);
  if (clock.hour < 0 || clock.hour > 23 || clock.minute > 59) return false;
  // A dash or slash glued to more digits ends a time only as a range's
  // first end ("11:30-13:30"): the range reader checks that one follows.
  if (!c.EndOk(clock.end)) {
    if (!c.Punct(clock.end, '-') && !c.Punct(clock.end, '/')) return false;
    clock.joined = true;
  }
  bool ok = false;
  if (form.strong || cues.HourCue() ||
      (form.minutes && !form.colon && !form.dotted && cues.TimeWord())) {
    ok = true;  // "las doce menos cuarto", "à onze heures trente"
  } else if (form.colon) {
    // "3:1" and "2:45" (scores, ratios, verse numbers) need a time word.
    ok = c.t[i].digits() == 2 || context || form.weak_word;
  } else if (form.dotted) {
    // "um 18.30", not "с 14.10 по 16.10.2021" (dates) or "at 6.45 percent".
    ok = cues.TimeWord() && FollowOk(c, clock.end);
  } else if (form.weak_word) {
    // "à 15 heures" (not "15 heures de travail", "trois heures et demie de
    // route"), "piętnasta godzina".
    ok = context || (form.ordinal && c.lex.ordinal_hours);
  } else if (form.ordinal) {
    // "o trzeciej" where hours are ordinals (pl, uk), not "в первый
    // понедельник", "o pierwszej wojnie" or "at first".
    ok = context && OrdinalFollowOk(c, clock.end);
  }
  if (!ok) return false;
  clock.marked = form.strong || form.weak_word || form.ordinal || form.minutes || cues.HourCue();
  clock.unit_only = form.weak_word && !form.strong && !form.minutes && !form.ordinal;
  *out = clock;
  return true;
}

// Where the number at `k` would end as a time read loosely: "9", "9:30",
// "9.30", "9 Uhr", "9h30", "neun Uhr" (k when no number is there).
size_t RawEnd(const DateCtx& c, size_t k) {
  Num n;
  if (!ReadNum(c, k, &n)) return k;
  size_t j = n.end;
  if (n.digits && (c.Punct(j, ':') || c.Punct(j, '.')) && c.Glued(j) && c.Num(j + 1, 2, 2) &&
      c.Glued(j + 1)) {
    j += 2;
  }
  if (j < c.size() && c.t[j].entry != nullptr && c.t[j].entry->single.Has(kDwHourWord)) {
    ++j;
    if (c.Glued(j) && c.Num(j, 2, 2)) ++j;  // "15h30"
  }
  return j;
}

// A word or sign between the two times of a range: "-", "/", "bis", "à",
// "до"; `and`-words ("und", "et") only after a from-word ("zwischen").
size_t RangeJoiner(DateCtx& c, size_t j, bool from) {
  if (c.Punct(j, '-') || c.Punct(j, '/')) return 1;
  if (size_t n = c.Match(j, kDwRange); n > 0) return n;
  if (from) {
    if (size_t n = c.Match(j, kDwAnd); n > 0) return n;
    if (size_t n = c.Match(j, kDwTimeBefore); n > 0) return n;
  }
  return 0;
}

// A bound or qualifier after a time that ends the clause: "11 Uhr
// spätestens", "15 Uhr in etwa", "à 16h au plus tard" (`bound_after` rows:
// not "ab", "vor", which end German clauses as verb prefixes: "fuhr um 8
// Uhr ab."). The tokens it covers.
size_t TrailingBound(DateCtx& c, size_t j) {
  const size_t n = c.Match(j, kDwBoundAfter);
  return n > 0 && ClauseEndsAt(c, j + n, ClauseAfter::kTime) ? n : 0;
}

// A time zone after a time ("8:00 GMT", "14 Uhr MEZ", "16h CET", "в 15:00
// по московскому времени", "10 a.m. EST"): the span takes it and the clock
// its offset. Only after a time that is one by itself (`out` was read).
void TrailingZone(DateCtx& c, Clock* out) {
  const DateMeaning* m = nullptr;
  const size_t n = c.Match(out->end, kDwZone, &m);
  if (n == 0 || !c.EndOk(out->end + n)) return;
  out->end += n;
  out->zone_set = true;
  out->zone = m->zone;
}

}  // namespace

bool SpelledNumberAt(const DateCtx& c, size_t i) {
  size_t end = 0;
  return c.NumberAt(i, &end) != nullptr;
}

int HourInPart(int hour, int from, int to) {
  if (hour < 0 || hour > 12 || from < 0) return hour;
  auto distance = [&](int h) {  // hours from h to the part (0: inside)
    const bool inside = from <= to ? h >= from && h <= to : h >= from || h <= to;
    if (inside) return 0;
    const int a = (from - h + 24) % 24, b = (h - to + 24) % 24;
    return std::min(a, b);
  };
  const int am = hour % 12, pm = hour % 12 + 12;
  const int da = distance(am), dp = distance(pm);
  if (da != dp) return da < dp ? am : pm;
  return from >= 12 ? pm : am;
}

bool MatchTime(DateCtx& c, size_t i, bool context, DateFound* f) {
  Clock clock;
  if (!ReadClock(c, i, context, &clock) || clock.joined) return false;
  f->hour = clock.hour;
  f->minute = clock.minute;
  f->first = i;
  f->last = clock.end;
  return true;
}

bool ReadClockPhrase(DateCtx& c, size_t i, After after, Clock* out) {
  const bool after_day = after != After::kNothing;
  size_t k = i;
  const size_t from = c.Match(k, kDwClockFrom);
  // A bound before the time ("avant 16h", "bis 11 Uhr", "до 2 часов дня",
  // "przed 11 rano"): the span covers it, the value is the time. It is no
  // time word: the time must be one by its form or by a time word after it
  // ("bis gegen 15 Uhr"; not "после 2 часов переговоров", "po drugie").
  const size_t bound = from == 0 ? c.Match(k, kDwTimeBound) : 0;
  k += from + bound;
  size_t words = c.MatchTimeWord(k);
  if (k + words >= c.size()) return false;
  // A from-word is context for a range only ("de deux heures lundi" is a
  // duration): the first end is read with it below, the time alone without.
  const bool context = words > 0 || after_day;
  Clock a;
  bool ok = ReadClock(c, k + words, context, &a);
  if (!ok && words > 0 && ReadClock(c, k, context, &a)) {
    ok = true;  // "o północy", "в половине четвертого": the time word is part of the time
    words = 0;
  }
  // After a bound, an hour with a word that is also a unit is a time where
  // the clause ends after it: "jusqu'à 20 heures.", "після 2 годин."; not
  // "après 2 heures de négociations", "после 2 часов переговоров".
  if (!ok && bound > 0 && words == 0 && ReadClock(c, k, true, &a)) {
    ok = a.unit_only && !a.joined && ClauseEndsAt(c, a.end, ClauseAfter::kTime);
  }
  k += words;
  if (c.t[k].kind == DateTok::kNum && !c.StartOk(k)) return false;
  // Not a time alone: only a range's first end or a bare hour after a day
  // can still follow, and only a range joiner after the number tells the
  // first ("9-11 Uhr", "9:30 - 11:00").
  if (!ok && !(after_day && words > 0) && RangeJoiner(c, RawEnd(c, k), from > 0) == 0) {
    return false;
  }
  // A bare hour: the first end of a range that the second end shows to be
  // a time ("9-11 Uhr", "von 9 bis 11 Uhr", "between 2 and 4 pm"), or after
  // a day with a time word ("abends um 8", "Donnerstag um 3"; not "am
  // Freitag um 3 Prozent").
  auto bare = [&](size_t at, Clock* clock) {
    Num n;
    if (!ReadNum(c, at, &n) || !Whole(n.value, 0, 23) || n.ordinal) return false;
    // After a part of the day a verb may follow ("früh um 7 schließt"), not
    // a noun the number could count ("am Freitag um 3 Prozent", "abends ab
    // 2 Quoten"): a capitalised or unknown word elsewhere.
    const bool verb_ok = after == After::kPart && n.end < c.size() &&
                         c.t[n.end].kind == DateTok::kWord && !IsUpperAt(c.text, c.t[n.end].b);
    if (c.Punct(n.end, '%') || (!verb_ok && !FollowOk(c, n.end))) return false;
    *clock = Clock();
    clock->first = at;
    clock->hour = static_cast<int>(n.value);
    clock->end = n.end;
    if (!c.EndOk(n.end)) {
      if (!c.Punct(n.end, '-') && !c.Punct(n.end, '/')) return false;
      clock->joined = true;  // "9-11 Uhr"
    }
    return true;
  };
  // The first end may also be a time only with a context ("9:30 - 11:00").
  const bool first_end = ok || ReadClock(c, k, true, &a) || bare(k, &a);
  if (!first_end) return false;
  const size_t j = a.end;
  const size_t joiner = RangeJoiner(c, j, from > 0);
  if (joiner > 0 && !(c.Punct(j, '/') && !ok)) {
    const size_t k2 = j + joiner + c.MatchTimeWord(j + joiner);
    Clock b;
    bool second = k2 < c.size() && ReadClock(c, k2, true, &b) && (ok || b.marked || from > 0);
    // Two bare hours only after a from-word and a day: "Donnerstag von 9 bis 11".
    if (!second && !ok && from > 0 && after_day) second = bare(k2, &b);
    if (second && !b.joined && (b.hour != a.hour || b.minute != a.minute)) {
      // "2 and 4 pm": the first end takes the second's afternoon; "de
      // 11h30 à 1h30" ends in the afternoon, "22 bis 6 Uhr" in the morning.
      if (!ok && a.hour < 12 && b.hour >= 12 && a.hour + 12 <= b.hour) a.hour += 12;
      if (b.hour < a.hour && b.hour < 12 && b.hour + 12 > a.hour) b.hour += 12;
      a.hour2 = b.hour;
      a.minute2 = b.minute;
      a.end = b.end;
      a.this_part = b.this_part;
      a.first = from + bound > 0 ? i : k - words;
      TrailingZone(c, &a);
      *out = a;
      return true;
    }
  }
  if (!ok && !(after_day && words > 0 && bare(k, &a))) return false;
  if (a.joined) return false;
  a.first = k - words - bound;  // the time words, not a from-word without a range
  if (a.marked) TrailingZone(c, &a);
  if (a.marked) a.end += TrailingBound(c, a.end);
  *out = a;
  return true;
}

}  // namespace parallax::annotate
