// Figures and the groups they count (claim_figures.h).
#include "annotate/claim_figures.h"

namespace parallax::annotate {
namespace {

bool IsYearLike(const Quantity& q, std::string_view text) {
  const Span f = FigureOf(q);
  if (f.end - f.start != 4 || q.approx != Approx::kExact) return false;
  for (uint32_t i = f.start; i < f.end; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return q.value >= 1800 && q.value <= 2100;
}

// How many tokens after a member word ("members", "Mitglieder", "членов")
// the organisation may lie: "of the", "de la", an adjective ("оппозиционной
// партии") and a two-word name.
constexpr uint32_t kMemberReach = 4;

// How many tokens a copula and its particles may put between a group word
// and the figure after it ("Demonstranten waren es 5000").
constexpr uint32_t kCopulaReach = 3;

// The organisation a figure's group word belongs to: a named one (an
// entity: f.org, f.org_span) or an organisation noun (`organization` rows:
// "fire brigade", "Red Cross", "партии": f.member_of) within kMemberReach
// tokens after that word, in its clause. For members (`organization` group
// words: "members", "Mitglieder", "członków") any word may lie between
// ("members of the Red Crescent"); a group word there instead is what they
// count ("members of the security forces"); without either they are only
// people ("9 членов группировки"). For plain people ("firefighters", "workers",
// `figure_tok` given) the search stops at an event, group, `place` or
// `join` word or a figure ("of the", "from the", "des" may lie between;
// not "in Red Cross shelters", not "120 passengers and 6 crew members").
// Else both stay unset.
void OrgAfterGroup(const ClaimSentence& s, const std::vector<const Entity*>& orgs_at,
                   const std::vector<Span>& org_spans, const std::vector<bool>* figure_tok,
                   Figure& f) {
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  const uint32_t from = f.group->tok + f.group->len;
  const uint32_t clause = s.tokens[f.group->tok].clause;
  for (uint32_t t = from; t < n && t < from + kMemberReach && s.tokens[t].clause == clause; ++t) {
    if (orgs_at[t]) {
      f.org = orgs_at[t];
      f.org_span = org_spans[t];
      return;
    }
    const CueMatch* g = MatchAt(s, t, CueType::kGroup);
    if (g && g->cue->group == "organization") {
      f.member_of = g;
      return;
    }
    // A member word of a group: "eight members of the security forces",
    // "czterech członków Gwardii Narodowej" count that group.
    if (g && !figure_tok) {
      f.group = g;
      return;
    }
    if (figure_tok && (g || (*figure_tok)[t] || Has(s, t, CueType::kEvent) ||
                       Has(s, t, CueType::kPlace) || Has(s, t, CueType::kJoin))) {
      return;
    }
  }
}

// The group noun the figure counts: the first group word in the four
// tokens after it, passing event words and unknown words (adjectives),
// stopping at a stop word, another figure or the clause end. A named
// organisation on the way is kept too ("2,030 CSTO troops").
void FindNounGroup(const ClaimSentence& s, const std::vector<const Entity*>& orgs_at,
                   const std::vector<Span>& org_spans, const std::vector<bool>& figure_tok,
                   Figure& f) {
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  const uint32_t clause = s.tokens[f.fe - 1].clause;
  uint32_t t = f.fe;
  for (int steps = 0; t < n && steps < 4 && s.tokens[t].clause == clause; ++steps) {
    if (figure_tok[t]) return;
    // "14 autokarów z kibicami", "dwa okręty marynarki wojennej": the
    // figure counts things; a group word after them is their owner.
    if (const CueMatch* th = MatchAt(s, t, CueType::kThing)) {
      f.thing = true;
      f.thing_key = th->cue->noun_key;
      return;
    }
    if (const CueMatch* g = MatchAt(s, t, CueType::kGroup)) {
      f.group = g;
      const uint32_t next = g->tok + g->len;  // "2030 миротворцев ОДКБ"
      if (!f.org && next < n && orgs_at[next] && s.tokens[next].clause == clause) {
        f.org = orgs_at[next];
        f.org_span = org_spans[next];
      }
      if (g->cue->group == "organization" && !f.org)
        OrgAfterGroup(s, orgs_at, org_spans, nullptr, f);
      // "ten firefighters from the Beirut fire brigade", "Twelve volunteers
      // of the Red Cross": people of a named organisation are its members.
      if (g->cue->group == "people" && !f.org) OrgAfterGroup(s, orgs_at, org_spans, &figure_tok, f);
      return;
    }
    if (orgs_at[t] && !f.org) {
      f.org = orgs_at[t];
      f.org_span = org_spans[t];
      while (t < n && s.tokens[t].end <= f.org_span.end) ++t;
      continue;
    }
    if (Has(s, t, CueType::kStop) || Has(s, t, CueType::kSubset)) return;
    const CueMatch* e = MatchAt(s, t, CueType::kEvent);
    t += e ? e->len : 1;
  }
}

// Whether `g` is a group word of a force sent (a group whose kind is
// deployed: "żołnierzy", "военнослужащих", "troops").
bool ForceGroup(const CueMatch* g) {
  return g && g->cue->has_kind && g->cue->kind == ClaimKind::kDeployed;
}

// Whether a `not_before` word ends right before token `ft` ("aged 40"),
// unless a `weak` word of the occasion or a group word of a force sent
// comes right before that word, or the figure (ending before token `fe`)
// counts such a force, at most one word (an adjective) between: "tłum
// liczący 2 tys. osób" counts a crowd, "kontyngent liczy 2,5 tys.
// żołnierzy" and "группировка насчитывает порядка 3 тысяч
// военнослужащих" a force; "miasto liczące 300 tys." and "посёлок
// насчитывает 2,5 тысячи человек" a town.
bool RuledOutBefore(const ClaimSentence& s, uint32_t ft, uint32_t fe) {
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  bool force_after = false;
  for (uint32_t t = fe; t < n && t < fe + 2 && s.tokens[t].clause == s.tokens[fe - 1].clause;
       ++t) {
    if (const CueMatch* g = MatchAt(s, t, CueType::kGroup)) {
      force_after = ForceGroup(g);
      break;
    }
  }
  for (const CueMatch& m : s.matches) {
    if (m.cue->type != CueType::kNotBefore || m.tok + m.len != ft) continue;
    if (EndsBefore(s, m.tok, CueType::kWeakEvent)) continue;
    if (force_after || ForceGroup(MatchEndingAt(s, m.tok, CueType::kGroup))) continue;
    return true;
  }
  return false;
}

// "Demonstrantów było około 20 tysięcy", "Митингующих было около двух
// тысяч": a bare figure (nothing, a stop word or the clause end after it)
// whose group word stands at most kCopulaReach tokens before it in its
// clause with only stop words (a copula) between. nullptr when none.
const CueMatch* GroupBeforeCopula(const ClaimSentence& s, const Figure& f) {
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  const uint32_t clause = s.tokens[f.ft].clause;
  const bool bare = f.fe >= n || s.tokens[f.fe].clause != clause || Has(s, f.fe, CueType::kStop);
  if (!bare) return nullptr;
  for (const CueMatch& m : s.matches) {
    const uint32_t end = m.tok + m.len;
    if (m.cue->type != CueType::kGroup || end > f.ft || end + kCopulaReach < f.ft) continue;
    if (s.tokens[m.tok].clause != clause) continue;
    bool copula = end < f.ft;  // a stop word between, not "police 300"
    for (uint32_t t = end; t < f.ft && copula; ++t) copula = Has(s, t, CueType::kStop);
    if (copula) return &m;
  }
  return nullptr;
}

// Whether text[lo, hi) is a dash or a colon with spaces around it: the
// copula of "из них 19 — сотрудники полиции" (not a comma: "of them 12,
// police said, were children").
bool CopulaDash(std::string_view text, uint32_t lo, uint32_t hi) {
  const std::string_view gap = text.substr(lo, hi - lo);
  const size_t first = gap.find_first_not_of(' ');
  const size_t last = gap.find_last_not_of(' ');
  if (first == std::string_view::npos) return false;
  const std::string_view mark = gap.substr(first, last - first + 1);
  return mark == ":" || mark == "-" || mark == "\u2013" || mark == "\u2014";
}

// Whether `text` between tokens a and b (a before b) holds nothing but
// spaces and one comma: "19, 22".
bool CommaBetween(const ClaimSentence& s, std::string_view text, uint32_t a, uint32_t b) {
  bool comma = false;
  for (uint32_t i = s.tokens[a].end; i < s.tokens[b].start; ++i) {
    if (text[i] == ',' && !comma) {
      comma = true;
    } else if (text[i] != ' ') {
      return false;
    }
  }
  return comma;
}

// Whether a `street` word and a name of one or two capitalised words stand
// right before token `ft`, a comma at most between ("на вулиці Шевченка,
// 14", "calle Mayor, 5"): the figure is a house number.
bool HouseNumber(const ClaimSentence& s, std::string_view text, uint32_t ft) {
  for (uint32_t len = 1; len <= 2 && len < ft; ++len) {
    const uint32_t street = ft - len - 1;
    bool name = true;
    for (uint32_t t = street + 1; t < ft && name; ++t) {
      const ClaimToken& tok = s.tokens[t];
      name = text.substr(tok.start, tok.end - tok.start) != tok.lower;
    }
    if (name && Has(s, street, CueType::kStreet)) return true;
  }
  return false;
}

// The figures of the sentence ruled out as ages or house numbers: after a
// `not_before` word, before a `not_after` word, a house number; and the
// other members of a list of such figures joined by commas or a `join`
// word ("de 19 y 23 años", "aged 31 and 45", "24 und 31 Jahre alt").
// `first`/`end` are the first and one-past-last tokens of the quantities
// of the sentence in text order; `unit` marks those that are no count
// (a duration, a measure: "31 Jahre", "30 lat"); `age` those that can be
// an age (a list member above it is a count: "the number of dead reached
// 1,127, three weeks after the collapse").
std::vector<bool> RuledOut(const ClaimSentence& s, std::string_view text,
                           const std::vector<uint32_t>& first, const std::vector<uint32_t>& end,
                           const std::vector<bool>& unit, const std::vector<bool>& age) {
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  const size_t m = first.size();
  std::vector<bool> out(m, false), before(m, false), after(m, false);
  for (size_t i = 0; i < m; ++i) {
    if (first[i] >= n) continue;
    before[i] = RuledOutBefore(s, first[i], end[i]) || HouseNumber(s, text, first[i]);
    after[i] = unit[i] || (end[i] < n && Has(s, end[i], CueType::kNotAfter));
    out[i] = before[i] || after[i];
  }
  // Figure i and i + 1 are listed: a comma or a `join` word between them.
  auto listed = [&](size_t i) {
    if (first[i] >= n || first[i + 1] >= n || end[i] > first[i + 1]) return false;
    if (end[i] == first[i + 1]) return CommaBetween(s, text, end[i] - 1, first[i + 1]);
    return end[i] + 1 == first[i + 1] && Has(s, end[i], CueType::kJoin) &&
           s.tokens[end[i]].clause == s.tokens[first[i + 1]].clause;
  };
  for (size_t i = m; i-- > 1;) {  // "19, 22 y 24 años": back from the unit
    if (after[i] && age[i - 1] && listed(i - 1)) after[i - 1] = out[i - 1] = true;
  }
  for (size_t i = 0; i + 1 < m; ++i) {  // "aged 31 and 45": on from the word
    if (before[i] && age[i + 1] && !HouseNumber(s, text, first[i]) && listed(i)) {
      before[i + 1] = out[i + 1] = true;
    }
  }
  return out;
}

}  // namespace

bool TakesPart(const ClaimSentence& s, const Figure& f) {
  if (!f.group || f.subset_cue || f.q->kind != QuantityKind::kNumber) return false;
  // A roster is exact ("218 pasajeros", "787 шахтарів") or bounded ("fino
  // a 750 passeggeri", "as many as 800 people", "more than 90 climbers").
  // A vague figure, a range or an estimate ("about 300 people") with no
  // event word is a statistic ("a country of about 6 million people",
  // "тисячі людей"); so is a bound of 100,000 or more, a bound below 10 (a
  // limit: "a ban on gatherings of more than five people") and a bound
  // right after a `place` or `partitive` word ("a town of more than 5,000
  // people").
  if (f.q->approx != Approx::kExact) {
    const Approx a = f.q->approx;
    if (a != Approx::kUpTo && a != Approx::kAtLeast && a != Approx::kMoreThan) return false;
    if (f.q->value < 10 || f.q->value >= 100000) return false;
    if (f.ft > 0 && (Has(s, f.ft - 1, CueType::kPlace) || Has(s, f.ft - 1, CueType::kPartitive))) {
      return false;
    }
  }
  // Members of a body with no organisation named are its size: "Le conseil
  // municipal de 45 membres", "La convención tendrá 155 miembros".
  if (f.group->cue->group == "organization" && !f.org && !f.member_of) return false;
  const uint32_t clause = s.tokens[f.ft].clause;
  for (const CueMatch& m : s.matches) {
    if (s.tokens[m.tok].clause != clause) continue;
    if (m.cue->type == CueType::kBackground) return false;
    // "the number of passengers stood at 300": a count noun before the
    // figure names what it counts; without an event word it is no claim.
    if (m.cue->type == CueType::kCount && m.tok < f.ft) return false;
  }
  return true;
}

SentenceFigures ReadFigures(const ClaimSentence& s, std::string_view text,
                            const std::vector<const Quantity*>& qs, const std::vector<Span>& spans,
                            const std::vector<std::pair<Span, const Entity*>>& orgs) {
  SentenceFigures out;
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  std::vector<bool>& figure_tok = out.figure_tok;
  figure_tok.assign(n, false);
  std::vector<const Entity*> orgs_at(n, nullptr);
  std::vector<Span> org_spans(n);
  for (uint32_t t = 0; t < n; ++t) {
    for (const auto& [span, e] : orgs) {
      if (span.start == s.tokens[t].start) {
        orgs_at[t] = e;
        org_spans[t] = span;
      }
    }
    for (const Span& q : spans) {
      if (s.tokens[t].start < q.end && s.tokens[t].end > q.start) figure_tok[t] = true;
    }
  }
  // The tokens of every quantity of the sentence (`spans`), for the lists
  // of ages and house numbers.
  std::vector<uint32_t> span_first(spans.size(), n), span_end(spans.size(), 0);
  for (size_t i = 0; i < spans.size(); ++i) {
    for (uint32_t t = 0; t < n; ++t) {
      if (s.tokens[t].start < spans[i].end && s.tokens[t].end > spans[i].start) {
        if (span_first[i] == n) span_first[i] = t;
        span_end[i] = t + 1;
      }
    }
  }
  // An age is at most kMaxAge: the oldest recorded human lived to 122.
  constexpr double kMaxAge = 130;
  std::vector<bool> unit(spans.size(), true), age(spans.size(), true);
  for (size_t i = 0; i < spans.size(); ++i) {
    for (const Quantity* q : qs) {
      if (q->span.start == spans[i].start && q->span.end == spans[i].end) {
        unit[i] = false;
        age[i] = q->value <= kMaxAge;
      }
    }
  }
  const std::vector<bool> ruled_out = RuledOut(s, text, span_first, span_end, unit, age);
  std::vector<Figure>& figs = out.figs;
  for (const Quantity* q : qs) {
    Figure f;
    f.q = q;
    f.ft = n;
    for (uint32_t t = 0; t < n; ++t) {
      if (s.tokens[t].start < q->span.end && s.tokens[t].end > q->span.start) {
        if (f.ft == n) f.ft = t;
        f.fe = t + 1;
      }
    }
    if (f.ft == n) continue;
    bool out_of_list = false;
    for (size_t i = 0; i < spans.size(); ++i) {
      if (spans[i].start == q->span.start && spans[i].end == q->span.end) {
        out_of_list = ruled_out[i];
      }
    }
    if (out_of_list) continue;
    // A figure glued to letters after it is no count ("in their 30s", "the
    // 1990s"): its last token runs past it.
    if (q->kind == QuantityKind::kNumber && s.tokens[f.fe - 1].end > q->span.end &&
        s.tokens[f.fe - 1].start < q->span.end) {
      continue;
    }
    if (q->kind == QuantityKind::kNumber) FindNounGroup(s, orgs_at, org_spans, figure_tok, f);
    // "Dix-sept autobus de la STM": an organisation after a noun the rules
    // do not know owns the things counted, it is not their group.
    if (!f.group && f.org && f.fe < n && s.tokens[f.fe].start != f.org_span.start) f.org = nullptr;
    if (!f.group && IsYearLike(*q, text)) continue;
    // "37 иностранцев ... и один алжирец погибли": the next member of a list.
    // Not a conjunction that opens its clause: "..., et plus de 170
    // seraient portés disparus" starts a new predicate, not a list.
    for (const CueMatch& m : s.matches) {
      if (m.cue->type != CueType::kJoin || m.tok + m.len != f.ft) continue;
      if (m.tok > 0 && s.tokens[m.tok - 1].clause == s.tokens[m.tok].clause) f.after_join = true;
    }
    const uint32_t clause = s.tokens[f.ft].clause;
    for (const CueMatch& m : s.matches) {
      if (m.cue->type != CueType::kSubset || s.tokens[m.tok].clause != clause) continue;
      const bool after = m.tok >= f.fe && m.tok <= f.fe + 1;
      const bool before = m.tok + m.len <= f.ft && m.tok + m.len + 2 >= f.ft;
      if (after || before) f.subset_cue = true;
    }
    figs.push_back(f);
  }
  // "Nine foreigners from 4 countries", "37 иностранцев восьми
  // национальностей": a figure right after another figure's group noun,
  // naming no group of its own, counts something of that group.
  std::vector<Figure> kept;
  for (const Figure& f : figs) {
    bool attribute = false;
    for (const Figure& g : figs) {
      if (!g.group || f.listable() || f.after_join) continue;
      const uint32_t end = g.group->tok + g.group->len;
      if (f.ft >= end && f.ft <= end + 1 && s.tokens[f.ft].clause == s.tokens[end - 1].clause) {
        attribute = true;
      }
    }
    if (!attribute) kept.push_back(f);
  }
  figs.swap(kept);
  // "Sechs der neun Insassen starben", "Sześciu z dziewięciu pasażerów
  // zginęło", "Five of the 40 passengers": the part counts the whole's
  // group and takes the event; the whole is no claim. A part of one is left
  // to the finder ("one of 3 people hurt").
  std::vector<bool> whole(figs.size(), false);
  for (size_t a = 0; a + 1 < figs.size(); ++a) {
    Figure& f = figs[a];
    const Figure& g = figs[a + 1];
    if (f.listable() || f.fe >= n || !Has(s, f.fe, CueType::kPartitive)) continue;
    if (f.q->value == 1 && f.q->approx == Approx::kExact) continue;
    const CueMatch* part = MatchAt(s, f.fe, CueType::kPartitive);
    const uint32_t next = f.fe + part->len;
    if (g.ft < next || g.ft > next + 1 || s.tokens[g.ft].clause != s.tokens[f.ft].clause) continue;
    f.group = g.group;
    f.org = g.org;
    f.org_span = g.org_span;
    f.member_of = g.member_of;
    f.thing = f.thing || g.thing;
    if (f.thing_key.empty()) f.thing_key = g.thing_key;
    f.whole_fe = g.fe;
    whole[a + 1] = true;
  }
  kept.clear();
  for (size_t a = 0; a < figs.size(); ++a) {
    if (!whole[a]) kept.push_back(figs[a]);
  }
  figs.swap(kept);
  return out;
}

std::vector<Quantity> OnesBeforePartitive(const ClaimSentence& s, const std::vector<Span>& spans,
                                          uint32_t sentence) {
  std::vector<Quantity> out;
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  for (const CueMatch& m : s.matches) {
    if (m.cue->type != CueType::kOne || m.tok + m.len >= n) continue;
    if (!Has(s, m.tok + m.len, CueType::kPartitive)) continue;
    const Span span{s.tokens[m.tok].start, s.tokens[m.tok + m.len - 1].end};
    bool free = true;
    for (const Span& q : spans) free = free && (q.end <= span.start || q.start >= span.end);
    if (!free) continue;
    Quantity q;
    q.span = span;
    q.figure = span;
    q.sentence = sentence;
    q.kind = QuantityKind::kNumber;
    q.value = 1;
    out.push_back(q);
  }
  return out;
}

const CueMatch* FindGroup(const ClaimSentence& s, std::string_view text, const Figure& f,
                          bool has_parent, bool money) {
  if (f.group || money) return f.group;
  const uint32_t clause = s.tokens[f.ft].clause;
  const CueMatch* count = nullptr;
  for (const CueMatch& m : s.matches) {
    if (m.cue->type == CueType::kCount && m.tok + m.len <= f.ft &&
        s.tokens[m.tok].clause == clause) {
      count = &m;
    }
  }
  for (const CueMatch& m : s.matches) {
    if (!count || m.cue->type != CueType::kGroup) continue;
    if (m.tok >= count->tok + count->len && m.tok + m.len <= f.ft) return &m;
  }
  if (const CueMatch* before = GroupBeforeCopula(s, f)) return before;
  if (!f.subset_cue) return nullptr;
  for (const CueMatch& m : s.matches) {
    if (!has_parent) break;
    if (m.cue->type == CueType::kGroup && m.tok >= f.fe && m.tok < f.fe + 5 &&
        s.tokens[m.tok].clause == clause) {
      return &m;
    }
    // "Из них 19 — сотрудники полиции", "З них шестеро — поліцейські": a
    // dash (or a colon) for the copula; the predicate opens the next clause.
    if (m.cue->type == CueType::kGroup && m.tok == f.fe && s.tokens[m.tok].clause == clause + 1 &&
        CopulaDash(text, s.tokens[f.fe - 1].end, s.tokens[m.tok].start)) {
      return &m;
    }
  }
  const CueMatch* before = nullptr;
  if (!has_parent) {
    for (const CueMatch& m : s.matches) {
      if (m.cue->type == CueType::kGroup && m.tok + m.len <= f.ft) before = &m;
    }
  }
  return before;
}

}  // namespace parallax::annotate
