// Event words for figures (claim_events.h).
#include "annotate/claim_events.h"

#include <cstdint>
#include <limits>

namespace parallax::annotate {
namespace {

// How many tokens may lie between an event word and a figure that does not
// name whom it counts.
constexpr uint32_t kNearEvent = 8;

// How many tokens may lie between a figure followed by a noun the rules do
// not know and an event word AFTER it: the noun may be the group of a
// German clause with its verb last. Origin: the longest such reach in the
// tests is 12 ("dass 12 Arbeiter aus dem Nachbardorf nach dem Einsturz der
// Halle unter den Trümmern ums Leben kamen", claim_find_test.cc); on the
// dev half of tests/data/claims the longest right one is 7. A value above
// 12 was not needed by any test; the Polish sentence above is handled by
// the count noun before its event word (CountBetween).
constexpr uint32_t kNounEvent = 12;

// Whether only `stop` words (auxiliaries: "kamen", "wurden", "worden")
// follow match `m` to the end of its clause.
bool ClauseEndsAfter(const ClaimSentence& s, const CueMatch& m) {
  const uint32_t clause = s.tokens[m.tok].clause;
  for (uint32_t t = m.tok + m.len; t < s.tokens.size() && s.tokens[t].clause == clause; ++t) {
    if (!Has(s, t, CueType::kStop)) return false;
  }
  return true;
}

// Whether event word `m` lies inside a `subset` marker in the sentence's
// first clause: a frame that names whom the sentence counts ("Серед
// загиблих, за даними ..., щонайменше 28 пацієнтів", "Wśród zabitych, jak
// podaje ..., jest czterech pacjentów").
bool InFrame(const ClaimSentence& s, const CueMatch& m) {
  if (s.tokens[m.tok].clause != s.tokens.front().clause) return false;
  for (const CueMatch& f : s.matches) {
    if (f.cue->type == CueType::kSubset && f.tok <= m.tok && m.tok + m.len <= f.tok + f.len) {
      return true;
    }
  }
  return false;
}

// Whether a `count` noun lies in tokens [lo, hi).
bool CountBetween(const ClaimSentence& s, uint32_t lo, uint32_t hi) {
  for (const CueMatch& m : s.matches) {
    if (m.cue->type == CueType::kCount && m.tok >= lo && m.tok + m.len <= hi) return true;
  }
  return false;
}

// How many tokens may lie between a `rise` verb and the "to N" it raises:
// an adverb, a time phrase or a qualifier ("had risen overnight to 80",
// "stieg bis zum Abend auf 40", "возросло как минимум до 2411"). The
// longest in the tests is 3.
constexpr uint32_t kRiseReach = 4;

// Whether event word `m` after the figure names what the figure counts:
// right after it, after one word when the figure has no group noun
// ("dozens of wounded"), or after two words that are neither `stop` words
// (auxiliaries: "were later"), group nor event words ("Tres de los
// heridos", "three of the injured").
bool OwnNoun(const ClaimSentence& s, const Figure& f, const CueMatch& m) {
  if (m.tok == f.fe) return true;
  if (f.group) return false;
  if (m.tok == f.fe + 1) return true;
  if (m.tok != f.fe + 2) return false;
  for (uint32_t t = f.fe; t < m.tok; ++t) {
    if (Has(s, t, CueType::kStop) || Has(s, t, CueType::kGroup) || Has(s, t, CueType::kEvent) ||
        Has(s, t, CueType::kSubset)) {
      return false;
    }
  }
  return true;
}

// Whether an `event` word starts in tokens [lo, hi).
bool EventIn(const ClaimSentence& s, uint32_t lo, uint32_t hi) {
  for (const CueMatch& m : s.matches) {
    if (m.cue->type == CueType::kEvent && m.tok >= lo && m.tok < hi) return true;
  }
  return false;
}

// Whether a `join` word ("and", "y", "и") lies in tokens [lo, hi).
bool JoinBetween(const ClaimSentence& s, uint32_t lo, uint32_t hi) {
  for (const CueMatch& m : s.matches) {
    if (m.cue->type == CueType::kJoin && m.tok >= lo && m.tok < hi) return true;
  }
  return false;
}

// Whether a figure other than figs[self] starts in tokens [lo, hi) in
// clause `clause` and opens it: only `join` and `stop` words before it in
// the clause ("; 17 of them died", ", and two men were arrested").
bool FigureOfClauseBetween(const ClaimSentence& s, const std::vector<Figure>& figs, size_t self,
                           uint32_t lo, uint32_t hi, uint32_t clause) {
  for (size_t g = 0; g < figs.size(); ++g) {
    if (g == self || figs[g].ft < lo || figs[g].ft >= hi) continue;
    if (s.tokens[figs[g].ft].clause != clause) continue;
    bool opens = true;
    for (uint32_t t = figs[g].ft; t-- > 0 && s.tokens[t].clause == clause && opens;) {
      opens = Has(s, t, CueType::kJoin) || Has(s, t, CueType::kStop);
    }
    if (opens) return true;
  }
  return false;
}

// How many tokens may lie between a predicate before a figure that does
// not name whom it counts and the figure, in its clause ("Ranni zostali 3
// policjanci", "W szpitalach przebywa nadal 15 poszkodowanych"; not "a
// été évacué après une bousculade qui a fait 7 blessés").
constexpr uint32_t kNearPredicate = 4;

// How far after the figure the death may lie that beats a participle after
// its group noun: the participle's own phrase comes between ("Six more
// people injured in Friday's pipeline explosion in the central state of
// Hidalgo have died": 16 tokens, the longest in the claims test set, dev).
constexpr uint32_t kParticipleReach = 16;

// The predicate of the figure's clause beats the figure's own event noun
// right after it (or after one word that is no group noun: "dozens of
// wounded"), unless that noun is a death: "Десятки пострадавших остаются
// в больницах" (the injured are hospitalised), "Two wounded later died"
// (killed). Not when the clause
// has a `transfer` verb: carrying the counted to hospital tells how the
// injured were treated, it does not count them again ("Трое раненых
// доставлены в больницу", "Die 400 Verletzten wurden in Kliniken
// gebracht" stay injured). The predicate may stand before the figure too
// ("W szpitalach przebywa nadal 15 poszkodowanych"); the nearest one, at
// most kNearEvent tokens away, wins. `others` are the event words of the
// figure's clause that no other figure owns.
const CueMatch* PredicateOverNoun(const ClaimSentence& s, const Figure& f, const CueMatch* best,
                                  const std::vector<const CueMatch*>& others) {
  if (!best || best->tok < f.fe || best->cue->type != CueType::kEvent) return best;
  // A participle right after the figure's group noun gives way to a death
  // only: "Six more people injured in the blast have died" (killed); not
  // "Около трёхсот человек эвакуировали из зоны подтопления", nor "Los 26
  // górników uwięzionych pod ziemią pozostaje nieznany" (whose subject is
  // another noun).
  const bool participle =
      f.group && f.group->tok >= f.fe && best->tok == f.group->tok + f.group->len;
  if (!participle && !OwnNoun(s, f, *best)) return best;
  // A death is final: "Five died in hospital", "Пятеро скончались в больнице".
  if (best->cue->kind == ClaimKind::kKilled) return best;
  const uint32_t clause = s.tokens[f.ft].clause;
  for (const CueMatch& m : s.matches) {
    if (m.cue->type == CueType::kTransfer && s.tokens[m.tok].clause == clause) return best;
  }
  const CueMatch* pick = best;
  uint32_t pick_gap = (participle ? kParticipleReach : kNearEvent) + 1;
  for (const CueMatch* m : others) {
    if (m->cue->kind == best->cue->kind) continue;
    if (participle && m->cue->kind != ClaimKind::kKilled) continue;
    const bool after = m->tok >= best->tok + best->len;
    if (!after && m->tok + m->len > f.ft) continue;  // not the noun nor the figure
    const uint32_t gap = after ? m->tok - f.fe : f.ft - (m->tok + m->len);
    // A predicate before the figure stands close to it, with no `join` word
    // between: not "a été évacué après une bousculade qui a fait 7
    // blessés", not "a fait un mort et 18 blessés".
    if (!after && (gap > kNearPredicate || JoinBetween(s, m->tok + m->len, f.ft))) continue;
    if (gap < pick_gap) {
      pick = m;
      pick_gap = gap;
    }
  }
  return pick;
}

// The first token of the figure that ends right before figure `f` or one
// word before it, the "from" end of a change ("z 28 do sześciu", "с 11 до
// шести"; the figure read as "up to" holds its "do"); `f.ft` when none.
uint32_t ChangeFrom(const Figure& f, const std::vector<bool>& figure_tok) {
  if (f.ft < 2) return f.ft;
  uint32_t from = f.ft - 1;
  if (!figure_tok[from]) --from;
  if (!figure_tok[from]) return f.ft;
  while (from > 0 && figure_tok[from - 1]) --from;
  return from;
}

// The `rise` verb that ends shortly before the figure, in its clause, with
// no other figure between (AfterRise); for a figure of things also a
// `motion` verb ("wdarła się do 140 budynków": into, not up to); nullptr
// when none. The "from" end of a change right before the figure may stand
// between, the verb then at most 2 * kRiseReach tokens before it, as a
// count noun often comes between ("zmniejszyła w sobotę liczbę
// zaginionych z 28 do sześciu": dev pl/17).
const CueMatch* RiseBefore(const ClaimSentence& s, const Figure& f,
                           const std::vector<bool>& figure_tok) {
  const uint32_t from = ChangeFrom(f, figure_tok);
  const uint32_t reach = from < f.ft ? 2 * kRiseReach : kRiseReach;
  for (const CueMatch& m : s.matches) {
    const uint32_t end = m.tok + m.len;
    const bool verb = m.cue->type == CueType::kRise || (f.thing && m.cue->type == CueType::kMotion);
    if (!verb || end > from || end + reach < from) continue;
    if (s.tokens[m.tok].clause != s.tokens[f.ft].clause) continue;
    bool between = false;  // another figure: "rose in 3 regions to 45"
    for (uint32_t t = end; t < from; ++t) between = between || figure_tok[t];
    if (!between) return &m;
  }
  return nullptr;
}

// How many tokens an apposition between commas may hold ("trapped since
// Monday", "seit Montag eingeschlossen", "missing since the storm"). The
// longest in the tests is 4; the Spanish "Los seis supervivientes, entre
// ellos el defensa ... y el portero ..., permanecen ingresados" (dev) is
// longer and left out.
constexpr uint32_t kApposition = 6;

// Whether event word `best` lies in an apposition after the figure: the
// figure names whom it counts and ends its clause (at most its noun
// phrase: "Twelve miners, trapped since Monday, were rescued"), and
// `best` lies in the next clause, short, with no figure, that another
// clause follows. The predicate after it, not the apposition, tells what
// happened to them.
bool Apposition(const ClaimSentence& s, const std::vector<Figure>& figs, const Figure& f,
                const CueMatch& best) {
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  const uint32_t clause = s.tokens[f.ft].clause;
  if (best.tok < f.fe || s.tokens[best.tok].clause < clause + 1) return false;
  // The figure's clause ends with its noun phrase: nothing after the group
  // word (or the one noun the rules do not know).
  const uint32_t np_end = f.group ? f.group->tok + f.group->len : f.fe + 1;
  if (np_end < n && s.tokens[np_end].clause == clause) return false;
  uint32_t lo = np_end, hi = np_end;
  while (hi < n && s.tokens[hi].clause == clause + 1) ++hi;
  if (hi - lo > kApposition || hi >= n) return false;
  for (const Figure& g : figs) {
    if (g.ft >= lo && g.ft < hi) return false;
  }
  return true;
}

}  // namespace

const CueMatch* FindEvent(const ClaimSentence& s, const std::vector<Figure>& figs, size_t self,
                          CueType type) {
  const Figure& f = figs[self];
  const bool money = f.q->kind == QuantityKind::kMoney;
  const uint32_t clause = s.tokens[f.ft].clause;
  // A figure that does not name whom it counts, with no count noun before
  // it, reaches only a near event word: not "two rival governments hamper
  // ... the count of victims".
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  bool counted = f.listable() || money;
  for (const CueMatch& m : s.matches) {
    if (m.cue->type == CueType::kCount && m.tok < f.ft && s.tokens[m.tok].clause == clause) {
      counted = true;
    }
  }
  // A noun the rules do not know right after the figure ("12 Arbeiter aus
  // dem Dorf ... kamen ums Leben": German puts the verb last): an event word
  // after it at most kNounEvent tokens away.
  bool noun_only = false;
  if (!counted && f.fe < n && s.tokens[f.fe].clause == clause && !Has(s, f.fe, CueType::kStop) &&
      !Has(s, f.fe, CueType::kSubset) && !Has(s, f.fe, CueType::kEvent)) {
    counted = true;
    noun_only = true;
  }
  // A figure and one noun the rules do not know that end their clause,
  // with nothing before them in it: the subject of a later predicate.
  const bool subject = noun_only && f.fe + 1 < n && s.tokens[f.fe + 1].clause != clause &&
                       (f.ft == 0 || s.tokens[f.ft - 1].clause != clause);
  // A word of background statistics in the figure's clause that is no
  // group word ("home to", "vivent", "commune de"; not "residents", "мирный
  // житель": those are counted).
  bool background = false;
  for (const CueMatch& m : s.matches) {
    if (m.cue->type == CueType::kBackground && s.tokens[m.tok].clause == clause &&
        !Has(s, m.tok, CueType::kGroup)) {
      background = true;
    }
  }
  const CueMatch* best = nullptr;
  uint64_t best_score = std::numeric_limits<uint64_t>::max();
  std::vector<const CueMatch*> others;  // event words of the figure's clause
  const CueMatch* past = nullptr;       // the first one two clauses on
  for (const CueMatch& m : s.matches) {
    if (m.cue->type != type) continue;
    if ((m.cue->kind == ClaimKind::kDamage) != money) continue;
    const bool after = m.tok >= f.fe;
    if (!after && m.tok + m.len > f.ft) continue;  // overlaps the figure
    const uint32_t lo = after ? f.fe : m.tok + m.len;
    const uint32_t hi = after ? m.tok : f.ft;
    const bool same = s.tokens[m.tok].clause == clause;
    // Across clauses only for a figure that names whom it counts: "18
    // people, including 5 children, were killed", not "limited to 80, the
    // driver was detained".
    // ... except the predicate past an apposition for a figure whose noun
    // ends its clause ("Four climbers, missing since the storm, were found
    // dead"): kept aside in `past`, below.
    const bool past_only = !same && !f.listable();
    if (past_only && !(subject && s.tokens[m.tok].clause == clause + 2)) continue;
    // A word of the occasion only in the figure's own clause: not "protests
    // went on, while gatherings of more than five were banned".
    if (!same && type == CueType::kWeakEvent) continue;
    if (!counted && hi - lo > kNearEvent) continue;
    if (noun_only && after && hi - lo > kNounEvent) continue;
    // Beyond kNearEvent only a verb at the end of its clause (German verb
    // last: "... unter den Trümmern ums Leben kamen"); not "30 volunteers
    // handed out food near a school that was destroyed last week", and
    // never an event word that far before the figure.
    if (noun_only && hi - lo > kNearEvent && (!after || !ClauseEndsAfter(s, m))) continue;
    // An event word after, in or right before a count noun belongs to that
    // count, not to a figure before it: "two rival governments hamper the
    // count of victims". A count noun right after the figure (an article at
    // most between) is the one the figure gives: "lowered from 35 to 33 the
    // number of dead".
    if (noun_only && after && m.tok >= f.fe + 2 && CountBetween(s, f.fe + 2, m.tok + m.len + 1)) {
      continue;  // ... "argued over the death toll", "über die Zahl der Toten"
    }
    bool blocked = false;
    for (size_t g = 0; g < figs.size() && !blocked; ++g) {
      if (g == self || figs[g].ft < lo || figs[g].ft >= hi) continue;
      // A figure right next to this one shares its event ("from 80 to 78
      // dead", "von 80 auf 78 Tote"), and so does the next member of a
      // short list ("murieron 19 niños y siete adultos").
      const uint32_t gap = figs[g].ft >= f.fe ? figs[g].ft - f.fe : f.ft - figs[g].fe;
      // Not across this figure's own event noun: "Z 45 rannych 12 trafiło
      // do szpitala", "Из 40 раненых 9 госпитализированы" (the predicate
      // is the second figure's; the first keeps its noun).
      const uint32_t between_lo = figs[g].ft >= f.fe ? f.fe : figs[g].fe;
      const uint32_t between_hi = figs[g].ft >= f.fe ? figs[g].ft : f.ft;
      const bool near = s.tokens[figs[g].ft].clause == clause &&
                        !EventIn(s, between_lo, between_hi) &&
                        (gap <= 1 || (gap <= 3 && (figs[g].listable() || f.listable())));
      // A figure inside this one's noun phrase counts something of its
      // group: "37 иностранцев восьми национальностей ... погибли", "40
      // people from 12 countries were killed".
      if (f.group && !figs[g].listable() && figs[g].ft >= f.group->tok + f.group->len &&
          figs[g].ft <= f.group->tok + f.group->len + 1) {
        continue;
      }
      // Else a list crosses its members only when both name whom they
      // count: "12 police and 3 soldiers were killed", not "signed by 12
      // experts and found that 40 people died".
      // The last member of a list ("и один алжирец") when no event word
      // lies before it: not "Two soldiers were killed and five others
      // injured".
      const bool member =
          figs[g].listable() || (figs[g].after_join && !EventIn(s, f.fe, figs[g].ft));
      if (!near && !(member && f.listable())) blocked = true;
    }
    if (blocked) continue;
    // Across clauses, a figure of the event word's own clause between them
    // is its subject: "52 passengers ...; 17 of them died", "About 5,000
    // people joined the vigil, police said, and two men were arrested".
    // Not a frame: "Среди задержанных 28 активистов ..., а также двое".
    if (!same && !InFrame(s, m) &&
        FigureOfClauseBetween(s, figs, self, lo, hi, s.tokens[m.tok].clause)) {
      continue;
    }
    // A figure of a clause with a word of background statistics reaches no
    // event word of another clause: "residents of the district, home to
    // 84,000 people, have fled".
    if (!same && background) continue;
    // An event word nearer to another figure on its far side belongs to
    // that figure ("5 killed and 20 injured": "killed" is not 20's).
    bool owned = false;
    for (size_t g = 0; g < figs.size() && !owned; ++g) {
      if (g == self || s.tokens[figs[g].ft].clause != s.tokens[m.tok].clause) continue;
      if (!after && figs[g].fe <= m.tok && m.tok - figs[g].fe <= hi - lo) owned = true;
      // "Dos periodistas resultaron heridas y cinco mujeres fueron
      // asesinadas": a conjunction after the event word starts this
      // figure's own part; the word is the earlier figure's.
      if (!after && figs[g].fe <= m.tok && JoinBetween(s, lo, hi)) owned = true;
      // ... unless a conjunction starts that figure's own part: "Four
      // journalists were injured and six students were arrested".
      if (after && figs[g].ft >= m.tok + m.len && figs[g].ft - (m.tok + m.len) <= hi - lo &&
          !JoinBetween(s, m.tok + m.len, figs[g].ft)) {
        owned = true;
      }
    }
    // Not across a clause to an event word another figure owns: "płynęło
    // 325 uczniów, a spośród nich zginęło 250".
    if (owned && !same) continue;
    // A predicate before the figure only when no other figure of the clause
    // comes before it: not "Two soldiers were killed and five others injured".
    bool first = true;
    for (size_t g = 0; g < figs.size() && !after; ++g) {
      if (g != self && figs[g].fe <= m.tok && s.tokens[figs[g].ft].clause == clause) first = false;
    }
    if (!past_only) {
      // A frame before the figure's clause beats the event words of other
      // clauses: "Среди раненых, ..., семь демонстрантов, задержанных
      // утром" is injured.
      const uint64_t score = !same && !after && InFrame(s, m)
                                 ? (1ull << 33) - 1
                                 : (same ? 0 : 1ull << 33) + (owned ? 1ull << 32 : 0) +
                                       (hi - lo) * 2ull + (after ? 0 : 1);
      if (score < best_score) {
        best_score = score;
        best = &m;
      }
    }
    if (same && !owned && first) others.push_back(&m);
    // The first free event word two clauses on: the predicate past an
    // apposition (Apposition).
    if (after && !owned && s.tokens[m.tok].clause == clause + 2 && (!past || m.tok < past->tok)) {
      past = &m;
    }
  }
  if (past && (best ? Apposition(s, figs, f, *best) : subject && Apposition(s, figs, f, *past))) {
    best = past;
  }
  return PredicateOverNoun(s, f, best, others);
}

bool AfterRise(const ClaimSentence& s, const Figure& f, const std::vector<bool>& figure_tok) {
  return RiseBefore(s, f, figure_tok) != nullptr;
}

Approx RiseApprox(const ClaimSentence& s, const Figure& f, const std::vector<bool>& figure_tok) {
  const CueMatch* rise = RiseBefore(s, f, figure_tok);
  if (!rise) return Approx::kExact;
  for (const CueMatch& m : s.matches) {
    if (m.cue->type == CueType::kQualifier && m.tok >= rise->tok + rise->len &&
        m.tok + m.len <= f.ft) {
      return m.cue->approx;
    }
  }
  return Approx::kExact;
}

bool CountRises(const ClaimSentence& s, const Figure& f, const std::vector<bool>& figure_tok) {
  if (f.group || f.subset_cue || f.thing || !AfterRise(s, f, figure_tok)) return false;
  const uint32_t clause = s.tokens[f.ft].clause;
  for (const CueMatch& m : s.matches) {
    if (m.cue->type == CueType::kCount && m.tok < f.ft && s.tokens[m.tok].clause == clause) {
      return true;
    }
  }
  return false;
}

}  // namespace parallax::annotate
