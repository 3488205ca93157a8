// FlagDateSlips: a date whose written year contradicts the document's own
// timeline ("06.01.2021" in a text published on 2022-01-10 about that
// week). The windows are those of issue 4's brief (judgement, no data set):
// news reports the last weeks (30 days back) and announces the next days
// (7 days ahead); a written date over 300 days from the publication is far
// enough from it that a one-digit year slip explains it better than a
// deliberate reference to last year, unless the sentence says so.
#include <algorithm>
#include <cstdlib>

#include "annotate/date_calendar.h"
#include "annotate/date_parse.h"
#include "annotate/date_scan.h"

namespace parallax::annotate {
namespace {

constexpr int kWindowBefore = 30;  // days before publication the fix may fall
constexpr int kWindowAfter = 7;    // days after publication the fix may fall
constexpr int kFarDays = 300;      // the written date must be this far away
constexpr int kMaxYearSlip = 2;    // years off the publication year

struct Ymd {
  int y = 0, m = 0, d = 0;  // d 0: month precision; m 0: year precision
};

int Field(const std::string& v, size_t pos, size_t n) {
  int out = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (i >= v.size() || v[i] < '0' || v[i] > '9') return -1;
    out = out * 10 + (v[i] - '0');
  }
  return out;
}

// "2022", "2022-01", "2022-01-07[T..]"; false for weeks, times, empty.
bool ParseValue(const std::string& v, Ymd* out) {
  if (v.size() < 4 || v[0] == 'T') return false;
  out->y = Field(v, 0, 4);
  if (out->y < 0) return false;
  if (v.size() == 4) return true;
  if (v[4] != '-' || v.size() < 7 || v[5] == 'W') return false;
  out->m = Field(v, 5, 2);
  if (v.size() == 7) return out->m > 0;
  out->d = Field(v, 8, 2);
  return out->m > 0 && out->d > 0;
}

}  // namespace

void FlagDateSlips(std::vector<DateMention>& dates, const ReferenceTime& published,
                   const std::vector<bool>& anniversary_sentence) {
  if (!published.known()) return;
  const int64_t pub = cal::DaysFromCivil(published.year, published.month, published.day);
  std::vector<bool> cue = anniversary_sentence;
  // Dates that already sit in the publication's weeks.
  std::vector<Ymd> near;
  for (const DateMention& d : dates) {
    Ymd v;
    if (d.value.empty() || !ParseValue(d.value, &v)) continue;
    if (d.basis == DateBasis::kRelative && v.m == 0 && v.y < published.year) {
      if (cue.size() <= d.sentence) cue.resize(d.sentence + 1, false);
      cue[d.sentence] = true;
    }
    if (v.d != 0) {
      const int64_t day = cal::DaysFromCivil(v.y, v.m, v.d) - pub;
      if (day >= -kWindowBefore && day <= kWindowAfter) near.push_back(v);
    }
  }
  const std::string pub_text = cal::FormatDay(published.year, published.month, published.day);
  for (DateMention& d : dates) {
    Ymd v;
    if (d.basis != DateBasis::kAbsolute || d.suspect || d.value.empty() ||
        !ParseValue(d.value, &v) || v.m == 0) {
      continue;
    }
    if (d.sentence < cue.size() && cue[d.sentence]) continue;
    std::string fits;
    if (v.d != 0) {
      // The year before, of or after the publication that puts the day in
      // its weeks ("30 December 2022" in a text of 3 January 2022 meant 2021).
      const int64_t written = cal::DaysFromCivil(v.y, v.m, v.d) - pub;
      if (written >= -kFarDays && written <= kFarDays) continue;
      for (int y = published.year - 1; y <= published.year + 1 && fits.empty(); ++y) {
        if (y == v.y || std::abs(v.y - y) > kMaxYearSlip || !cal::Valid(y, v.m, v.d)) continue;
        const int64_t fixed = cal::DaysFromCivil(y, v.m, v.d) - pub;
        if (fixed >= -kWindowBefore && fixed <= kWindowAfter) fits = cal::FormatDay(y, v.m, v.d);
      }
      if (fits.empty()) continue;
    } else {
      // Month precision: the same month of the publication year holds the
      // publication, and the document's other dates sit there too.
      if (std::abs(v.y - published.year) != 1 || v.m != published.month || near.empty()) {
        continue;
      }
      fits = cal::FormatMonth(published.year, v.m);
    }
    d.suspect = true;
    d.reason = "year " + std::to_string(v.y) + " contradicts publication on " + pub_text + "; " +
               fits + " fits the document's timeline";
    const bool same_day = v.d != 0 && std::any_of(near.begin(), near.end(), [&](const Ymd& n) {
                            return n.m == v.m && n.d == v.d;
                          });
    if (same_day) {
      d.reason += " (the document also dates " + fits + ")";
    } else if (!near.empty()) {
      d.reason += " (" + std::to_string(near.size()) + " other date" +
                  (near.size() > 1 ? "s" : "") +
                  " of the document fall in the weeks of its publication)";
    }
  }
}

void FlagDateSlips(std::vector<DateMention>& dates, const ReferenceTime& published) {
  FlagDateSlips(dates, published, {});
}

bool HasAnniversaryCue(std::string_view text, const DateLexicon& lexicon) {
  std::vector<DateTok> tokens;
  TokenizeForDates(text, lexicon.impl(), &tokens);
  const std::vector<NumberToken> none;
  DateCtx c{text, tokens, lexicon.impl(), none, {}};
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (c.Match(i, kDwAnniversary) > 0) return true;
  }
  return false;
}

}  // namespace parallax::annotate
