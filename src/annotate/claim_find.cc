// The claim finder (claim_find.h): links each counted figure of a sentence
// to the nearest event word (its clause first, then across commas for a
// figure that names whom it counts, never across a sentence; else a word of
// the occasion), to the group noun it counts, and to an earlier claim
// when it counts a part of that claim's group. data/claims-README.md tells
// the rules in prose.
#include "annotate/claim_find.h"

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "annotate/claim_context.h"
#include "annotate/claim_groups.h"

namespace parallax::annotate {
namespace {

// A figure of the sentence that may be a claim.
struct Figure {
  const Quantity* q = nullptr;
  uint32_t ft = 0;                  // first token of q->span
  uint32_t fe = 0;                  // one past its last token
  const CueMatch* group = nullptr;  // the group noun after the figure
  const Entity* org = nullptr;      // a named organisation before that noun
  Span org_span;
  const CueMatch* member_of = nullptr;  // an organisation noun after a member word
  bool subset_cue = false;
  // A figure in a list of counted groups ("12 police and 3 soldiers were
  // killed") or a subset: an event may be reached across it.
  bool listable() const { return group != nullptr || org != nullptr || subset_cue; }
};

bool IsYearLike(const Quantity& q, std::string_view text) {
  const Span f = FigureOf(q);
  if (f.end - f.start != 4 || q.approx != Approx::kExact) return false;
  for (uint32_t i = f.start; i < f.end; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return q.value >= 1800 && q.value <= 2100;
}

bool Has(const ClaimSentence& s, uint32_t tok, CueType type) {
  for (const CueMatch& m : s.matches) {
    if (m.tok == tok && m.cue->type == type) return true;
  }
  return false;
}

const CueMatch* MatchAt(const ClaimSentence& s, uint32_t tok, CueType type) {
  for (const CueMatch& m : s.matches) {
    if (m.tok == tok && m.cue->type == type) return &m;
  }
  return nullptr;
}

// Whether a cue of `type` ends right before token `tok` (a match over
// tokens [.., tok)).
bool EndsBefore(const ClaimSentence& s, uint32_t tok, CueType type) {
  for (const CueMatch& m : s.matches) {
    if (m.tok + m.len == tok && m.cue->type == type) return true;
  }
  return false;
}

// How many tokens after a member word ("members", "Mitglieder", "членов")
// the organisation may lie: "of the", "de la", an adjective ("оппозиционной
// партии") and a two-word name.
constexpr uint32_t kMemberReach = 4;

// For a figure whose group word names members of an organisation
// (`organization` rows: "members", "Mitglieder", "członków"): the
// organisation it belongs to, a named one (an entity: "members of the Red
// Crescent") or an organisation noun (`organization` rows too: "партии",
// "руху") within kMemberReach tokens of its clause. Without one the
// members are only people ("9 членов группировки"): `f.member_of` stays
// null and f.org unset.
void MemberOf(const ClaimSentence& s, const std::vector<const Entity*>& orgs_at,
              const std::vector<Span>& org_spans, Figure& f) {
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
    if (const CueMatch* g = MatchAt(s, t, CueType::kGroup)) {
      f.group = g;
      const uint32_t next = g->tok + g->len;  // "2030 миротворцев ОДКБ"
      if (!f.org && next < n && orgs_at[next] && s.tokens[next].clause == clause) {
        f.org = orgs_at[next];
        f.org_span = org_spans[next];
      }
      if (g->cue->group == "organization" && !f.org) MemberOf(s, orgs_at, org_spans, f);
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

// Whether a `count` noun lies in tokens [lo, hi).
bool CountBetween(const ClaimSentence& s, uint32_t lo, uint32_t hi) {
  for (const CueMatch& m : s.matches) {
    if (m.cue->type == CueType::kCount && m.tok >= lo && m.tok + m.len <= hi) return true;
  }
  return false;
}

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
  if (best->tok > f.fe + (f.group ? 0 : 1)) return best;
  // A death is final: "Five died in hospital", "Пятеро скончались в больнице".
  if (best->cue->kind == ClaimKind::kKilled) return best;
  const uint32_t clause = s.tokens[f.ft].clause;
  for (const CueMatch& m : s.matches) {
    if (m.cue->type == CueType::kTransfer && s.tokens[m.tok].clause == clause) return best;
  }
  const CueMatch* pick = best;
  uint32_t pick_gap = kNearEvent + 1;
  for (const CueMatch* m : others) {
    if (m->cue->kind == best->cue->kind) continue;
    const bool after = m->tok >= best->tok + best->len;
    if (!after && m->tok + m->len > f.ft) continue;  // not the noun nor the figure
    const uint32_t gap = after ? m->tok - f.fe : f.ft - (m->tok + m->len);
    if (gap < pick_gap) {
      pick = m;
      pick_gap = gap;
    }
  }
  return pick;
}

// The nearest event word (cue `type`: kEvent or kWeakEvent) for `f`: its
// own clause first, then any clause of the sentence when the figure names
// whom it counts; never across a figure that is not listable; money only
// with damage words, counts never with them.
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
  const CueMatch* best = nullptr;
  uint64_t best_score = std::numeric_limits<uint64_t>::max();
  std::vector<const CueMatch*> others;  // event words of the figure's clause
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
    if (!same && !f.listable()) continue;
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
      const bool near = s.tokens[figs[g].ft].clause == clause &&
                        (gap <= 1 || (gap <= 3 && (figs[g].listable() || f.listable())));
      // Else a list crosses its members only when both name whom they
      // count: "12 police and 3 soldiers were killed", not "signed by 12
      // experts and found that 40 people died".
      if (!near && !(figs[g].listable() && f.listable())) blocked = true;
    }
    if (blocked) continue;
    // An event word nearer to another figure on its far side belongs to
    // that figure ("5 killed and 20 injured": "killed" is not 20's).
    bool owned = false;
    for (size_t g = 0; g < figs.size() && !owned; ++g) {
      if (g == self || s.tokens[figs[g].ft].clause != s.tokens[m.tok].clause) continue;
      if (!after && figs[g].fe <= m.tok && m.tok - figs[g].fe <= hi - lo) owned = true;
      if (after && figs[g].ft >= m.tok + m.len && figs[g].ft - (m.tok + m.len) <= hi - lo) {
        owned = true;
      }
    }
    const uint64_t score =
        (same ? 0 : 1ull << 33) + (owned ? 1ull << 32 : 0) + (hi - lo) * 2ull + (after ? 0 : 1);
    if (score < best_score) {
      best_score = score;
      best = &m;
    }
    // A predicate before the figure only when no other figure of the clause
    // comes before it: not "Two soldiers were killed and five others injured".
    bool first = true;
    for (size_t g = 0; g < figs.size() && !after; ++g) {
      if (g != self && figs[g].fe <= m.tok && s.tokens[figs[g].ft].clause == clause) first = false;
    }
    if (same && !owned && first) others.push_back(&m);
  }
  return PredicateOverNoun(s, f, best, others);
}

// The group word a figure counts when it is not the noun after the figure:
// after a count noun before the figure ("the number of police killed rose
// to 18"); for a subset, the first group word after it in its clause
// ("nine of them were police officers"), else, with no earlier claim, the
// last one before it (apposition: "The protesters, about 5,000 of them").
const CueMatch* FindGroup(const ClaimSentence& s, const Figure& f, bool has_parent, bool money) {
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
  if (!f.subset_cue) return nullptr;
  for (const CueMatch& m : s.matches) {
    if (!has_parent) break;
    if (m.cue->type == CueType::kGroup && m.tok >= f.fe && m.tok < f.fe + 5 &&
        s.tokens[m.tok].clause == clause) {
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

// Whether a `rise` verb ends at most two tokens before the figure, in its
// clause: "rose to 164", "wzrosła w niedzielę do 164", "выросло до 133".
bool AfterRise(const ClaimSentence& s, const Figure& f) {
  for (const CueMatch& m : s.matches) {
    if (m.cue->type != CueType::kRise || m.tok + m.len > f.ft || m.tok + m.len + 2 < f.ft) continue;
    if (s.tokens[m.tok].clause == s.tokens[f.ft].clause) return true;
  }
  return false;
}

// Whether `group` is armed (militants, security forces and their parts):
// the group an `other:killed` event word kills ("уничтожены 29 боевиков").
bool Armed(const ClaimLexicon& lexicon, std::string_view group) {
  return group == "militants" || group == "security_forces" ||
         lexicon.Parent(group) == "security_forces";
}

std::string Text(const Document& doc, uint32_t start, uint32_t end) {
  return doc.text.substr(start, end - start);
}

}  // namespace

void FindClaims(const ClaimLexicon& lexicon, Document& doc) {
  doc.claims.clear();
  const std::vector<ClaimSetting> settings = ClaimSettings(doc);
  // Organisation mentions by sentence.
  std::vector<std::vector<std::pair<Span, const Entity*>>> orgs(doc.sentences.size());
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kOrganization) continue;
    for (const EntityMention& m : e.mentions) {
      if (m.sentence < orgs.size()) orgs[m.sentence].emplace_back(m.span, &e);
    }
  }
  // The document's own country: its first place of kind country. A demonym
  // of it counts people, not foreign nationals ("Afghans" in a report from
  // Afghanistan).
  std::string_view home;
  uint32_t home_at = std::numeric_limits<uint32_t>::max();
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPlace || e.kind != "place/country" || e.mentions.empty()) continue;
    if (e.mentions.front().span.start < home_at) {
      home_at = e.mentions.front().span.start;
      home = e.name;
    }
  }
  size_t qi = 0;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& sentence = doc.sentences[si];
    std::vector<const Quantity*> qs;
    std::vector<Span> spans;
    for (; qi < doc.quantities.size() && doc.quantities[qi].sentence <= si; ++qi) {
      const Quantity& q = doc.quantities[qi];
      if (q.sentence != si) continue;
      spans.push_back(q.span);
      if (q.kind != QuantityKind::kNumber && q.kind != QuantityKind::kMoney) continue;
      qs.push_back(&q);
    }
    if (qs.empty()) continue;
    const Paragraph* para =
        sentence.paragraph < doc.paragraphs.size() ? &doc.paragraphs[sentence.paragraph] : nullptr;
    // The paragraph's language when it is reliable and has cues, else the
    // document's: a short title line is often given a stray language.
    const ClaimCues* cues = para && para->lang.reliable ? lexicon.Cues(para->lang.lang) : nullptr;
    if (!cues) cues = lexicon.Cues(doc.lang.lang);
    if (!cues) continue;
    const ClaimSentence s = ReadClaimSentence(*cues, doc.text, sentence.span, spans);
    const uint32_t n = static_cast<uint32_t>(s.tokens.size());
    std::vector<bool> figure_tok(n, false);
    std::vector<const Entity*> orgs_at(n, nullptr);
    std::vector<Span> org_spans(n);
    for (uint32_t t = 0; t < n; ++t) {
      for (const auto& [span, e] : orgs[si]) {
        if (span.start == s.tokens[t].start) {
          orgs_at[t] = e;
          org_spans[t] = span;
        }
      }
      for (const Span& q : spans) {
        if (s.tokens[t].start < q.end && s.tokens[t].end > q.start) figure_tok[t] = true;
      }
    }
    std::vector<Figure> figs;
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
      if (EndsBefore(s, f.ft, CueType::kNotBefore)) continue;
      if (f.fe < n && Has(s, f.fe, CueType::kNotAfter)) continue;
      if (q->kind == QuantityKind::kNumber) FindNounGroup(s, orgs_at, org_spans, figure_tok, f);
      if (!f.group && IsYearLike(*q, doc.text)) continue;
      const uint32_t clause = s.tokens[f.ft].clause;
      for (const CueMatch& m : s.matches) {
        if (m.cue->type != CueType::kSubset || s.tokens[m.tok].clause != clause) continue;
        const bool after = m.tok >= f.fe && m.tok <= f.fe + 1;
        const bool before = m.tok + m.len <= f.ft && m.tok + m.len + 2 >= f.ft;
        if (after || before) f.subset_cue = true;
      }
      figs.push_back(f);
    }
    for (size_t k = 0; k < figs.size(); ++k) {
      const Figure& f = figs[k];
      const Quantity& q = *f.q;
      const bool money = q.kind == QuantityKind::kMoney;
      const uint32_t clause = s.tokens[f.ft].clause;
      // The claim this one counts a part of: the last whole claim of the paragraph.
      int32_t parent = -1;
      if (f.subset_cue) {
        for (size_t c = doc.claims.size(); c-- > 0;) {
          if (doc.sentences[doc.claims[c].sentence].paragraph != sentence.paragraph) break;
          if (doc.claims[c].subset_of < 0) {
            parent = static_cast<int32_t>(c);
            break;
          }
        }
      }
      // The group: the noun after the figure; after a count noun ("the
      // number of police killed"); the parent's; an apposition ("The
      // protesters, about 5,000 of them"); a subset's predicate ("nine of
      // them were police officers").
      const CueMatch* group = FindGroup(s, f, parent >= 0, money);
      const CueMatch* event = FindEvent(s, figs, k, CueType::kEvent);
      // "The rally drew 5,000 people": the occasion when no event word.
      if (!event && !(group && group->cue->has_kind) && parent < 0) {
        event = FindEvent(s, figs, k, CueType::kWeakEvent);
      }
      Claim claim;
      const CueMatch* named = nullptr;  // the cue that gave the kind
      if (event) {
        claim.kind = event->cue->kind;
        named = event;
      } else if (parent >= 0) {
        claim.kind = doc.claims[static_cast<size_t>(parent)].kind;
      } else if (group && group->cue->has_kind) {
        claim.kind = group->cue->kind;
        named = group;
      } else {
        continue;
      }
      if (f.org) {
        claim.group = "organization";
        claim.group_text = Text(doc, f.org_span.start, f.org_span.end);
        claim.group_entity = f.org->name;
      } else if (group) {
        claim.group = group->cue->home.empty() || group->cue->home != home ? group->cue->group
                                                                           : std::string("people");
        uint32_t end_tok = group->tok + group->len;
        if (group->cue->group == "organization" && group == f.group) {
          // "28 членів руху": members of an organisation; without one, people.
          if (f.member_of) {
            end_tok = f.member_of->tok + f.member_of->len;
          } else {
            claim.group = "people";
          }
        } else if (const auto joined = JoinedServicesEnd(lexicon, s, figure_tok, *group)) {
          claim.group = "security_forces";  // "police and national guardsmen"
          end_tok = *joined;
        }
        claim.group_text = Text(doc, s.tokens[group->tok].start, s.tokens[end_tok - 1].end);
      } else if (parent >= 0) {
        const Claim& p = doc.claims[static_cast<size_t>(parent)];
        claim.group = p.group;
        claim.group_text = p.group_text;
        claim.group_entity = p.group_entity;
      } else if (claim.kind == ClaimKind::kOther && f.fe < n && !figure_tok[f.fe] &&
                 s.tokens[f.fe].clause == clause && !Has(s, f.fe, CueType::kStop) &&
                 !Has(s, f.fe, CueType::kEvent) && !Has(s, f.fe, CueType::kSubset)) {
        // "40 cars were burned": the noun the figure counts.
        claim.noun = Text(doc, s.tokens[f.fe].start, s.tokens[f.fe].end);
      } else if (!money) {
        claim.group = "people";  // no group said: "164 dead", "the toll rose to 164"
        // "Police detained protesters overnight. By morning 300 were in
        // custody.": a bare count takes the object of the same event in the
        // previous sentence.
        const bool bare = f.fe >= n || s.tokens[f.fe].clause != clause ||
                          Has(s, f.fe, CueType::kStop) || figure_tok[f.fe];
        bool claimed = false;
        for (size_t c = doc.claims.size(); c-- > 0 && doc.claims[c].sentence + 1 >= si;) {
          if (doc.claims[c].sentence + 1 == si) claimed = true;
        }
        if (bare && event) {
          if (const auto prev = GroupOfPreviousSentence(*cues, doc, si, claim.kind, claimed)) {
            claim.group = prev->group;
            claim.group_text = prev->text;
          }
        }
      }
      // "Уничтожены 29 боевиков", "zlikwidowano 12 bojowników": a word
      // that destroys things kills an armed group.
      if (named == event && event && event->cue->armed_kind && group &&
          Armed(lexicon, claim.group)) {
        claim.kind = *event->cue->armed_kind;
      }
      // "In drei großen Städten wurden Geschäfte geplündert": the figure
      // counts places, not things affected.
      if (claim.kind == ClaimKind::kOther && EndsBefore(s, f.ft, CueType::kPlace)) continue;
      if (claim.noun.empty() && named) {
        claim.noun =
            Text(doc, s.tokens[named->tok].start, s.tokens[named->tok + named->len - 1].end);
      }
      claim.sentence = si;
      claim.figure = q.span;
      claim.value = q.value;
      claim.value_max = q.value_max;
      claim.unit = q.unit;
      claim.approx = q.approx;
      // "rose to 164", "выросло до 133": "to"/"до" reads as "up to" to the
      // numbers annotator but gives the new figure itself.
      if (q.approx == Approx::kUpTo && AfterRise(s, f)) claim.approx = Approx::kExact;
      claim.subset_of = parent;
      uint32_t lo = q.span.start, hi = q.span.end;
      for (const CueMatch* m : {event, group}) {
        if (!m) continue;
        lo = std::min(lo, s.tokens[m->tok].start);
        hi = std::max(hi, s.tokens[m->tok + m->len - 1].end);
      }
      claim.span = {lo, hi};
      const ClaimSetting& setting = settings[si];
      claim.place = setting.place;
      claim.place_entity = setting.place_entity;
      claim.date = setting.date;
      doc.claims.push_back(std::move(claim));
    }
  }
}

}  // namespace parallax::annotate
