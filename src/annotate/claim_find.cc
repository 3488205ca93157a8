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
#include <string_view>
#include <utility>
#include <vector>

#include "annotate/claim_context.h"
#include "annotate/claim_events.h"
#include "annotate/claim_figures.h"
#include "annotate/claim_groups.h"
#include "annotate/entity_lexicon.h"

namespace parallax::annotate {
namespace {

std::string Text(const Document& doc, uint32_t start, uint32_t end) {
  return doc.text.substr(start, end - start);
}

// Whether the one word `lower` (lower case) is a demonym of `cues`
// ("turcy", "rumänen"): a group row with a home country, matched whole or
// by its stem.
bool IsDemonym(const ClaimCues& cues, std::string_view lower) {
  bool demonym = false;
  ForEachCueList(cues, lower, [&](const std::vector<uint32_t>& list) {
    for (uint32_t c : list) {
      const Cue& cue = cues.cues[c];
      demonym = demonym || (cue.type == CueType::kGroup && !cue.home.empty() && cue.home != "*" &&
                            cue.words.size() == 1);
    }
  });
  return demonym;
}

// Whether a mention of a country other than `home` starts at one of the two
// tokens after group word `g` ("граждан Южной Кореи", "citizens of
// Germany"): its citizen words count foreign nationals.
bool ForeignCountryAfter(const Document& doc, const ClaimSentence& s, const CueMatch& g,
                         std::string_view home) {
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  const uint32_t clause = s.tokens[g.tok].clause;
  for (uint32_t t = g.tok + g.len; t < n && t < g.tok + g.len + 2; ++t) {
    if (s.tokens[t].clause != clause) return false;
    for (const Entity& e : doc.entities) {
      if (e.type != EntityType::kPlace || e.kind != "place/country" || e.name == home) continue;
      for (const EntityMention& m : e.mentions) {
        if (m.span.start == s.tokens[t].start) return true;
      }
    }
  }
  return false;
}

// The document's own country: its first place of kind country. A demonym
// of it counts people, not foreign nationals ("Afghans" in a report from
// Afghanistan). A mention that is itself a demonym of `cues` does not
// make a country the document's own: the recogniser reads "Turcy" as
// Turkey, but a report on 16 Turks is not from Turkey.
std::string_view HomeCountry(const Document& doc, const ClaimCues* cues) {
  std::string_view home;
  uint32_t home_at = std::numeric_limits<uint32_t>::max();
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPlace || e.kind != "place/country") continue;
    for (const EntityMention& m : e.mentions) {
      if (m.span.start >= home_at) break;
      const std::string_view text(doc.text.data() + m.span.start, m.span.end - m.span.start);
      if (cues && text.find(' ') == std::string_view::npos && IsDemonym(*cues, LowerUtf8(text))) {
        continue;
      }
      home_at = m.span.start;
      home = e.name;
      break;
    }
  }
  return home;
}

// The claim a figure with an elided predicate carries: the sentence's last
// claim, of an earlier figure, when the figure names no kind, its clause
// holds no event or background word after that claim, and it ends its
// clause with no group noun (only `stop` words after it; the claim in an
// earlier clause) or follows a word of one more part ("в Москве — 1546, в Петербурге — 572", "im
// Süden weitere zwölf", "w Krakowie kolejnych 40", "y otras cuatro en el interior"). nullptr when
// none.
const Claim* ElidedClaim(const ClaimSentence& s, const Figure& f, const Document& doc,
                         uint32_t si) {
  if (f.subset_cue || f.thing || f.q->kind != QuantityKind::kNumber) return nullptr;
  if (doc.claims.empty() || doc.claims.back().sentence != si) return nullptr;
  const Claim& before = doc.claims.back();
  if (before.figure.end > f.q->span.start || before.kind == ClaimKind::kDamage) return nullptr;
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  const uint32_t clause = s.tokens[f.ft].clause;
  // No event word of its own: none in its clause after the claim before it.
  for (const CueMatch& m : s.matches) {
    if ((m.cue->type == CueType::kEvent || m.cue->type == CueType::kWeakEvent ||
         m.cue->type == CueType::kBackground) &&
        s.tokens[m.tok].clause == clause && s.tokens[m.tok].start >= before.figure.end) {
      return nullptr;
    }
  }
  // ... and ends its noun phrase: not "пошуки ще чотирьох тривають".
  const bool another =
      f.ft > 0 && Has(s, f.ft - 1, CueType::kAnother) &&
      (f.fe >= n || s.tokens[f.fe].clause != clause || Has(s, f.fe, CueType::kStop));
  // Nothing but `stop` words after it in its clause: "в Казани — 45".
  bool ends = !f.group;
  for (uint32_t t = f.fe; t < n && s.tokens[t].clause == clause && ends; ++t) {
    ends = Has(s, t, CueType::kStop);
  }
  // The earlier claim lies in an earlier clause, unless a word of one more
  // part links them ("and another 25").
  if (!another && s.tokens[f.ft].start <= before.figure.start) return nullptr;
  if (!another) {
    bool earlier = false;
    for (uint32_t t = 0; t < f.ft; ++t) {
      if (s.tokens[t].clause != clause && s.tokens[t].start >= before.figure.start) earlier = true;
    }
    if (!earlier) return nullptr;
  }
  return another || ends ? &before : nullptr;
}

// Whether figs[k] continues a list of figures: another figure ends in its
// clause or the clause before it ("семь военных, три полицейских").
bool AfterFigureList(const ClaimSentence& s, const std::vector<Figure>& figs, size_t k) {
  const uint32_t clause = s.tokens[figs[k].ft].clause;
  for (size_t g = 0; g < figs.size(); ++g) {
    if (g != k && figs[g].fe <= figs[k].ft && s.tokens[figs[g].ft].clause + 1 >= clause) {
      return true;
    }
  }
  return false;
}

// The predicate of "one of the dead": the first event word of another kind
// after `noun` (the part's event noun) in its clause, at most
// kPartPredicateReach tokens on, with no figure between. nullptr when none.
const CueMatch* PredicateAfterPart(const ClaimSentence& s, const std::vector<bool>& figure_tok,
                                   const CueMatch& noun) {
  // Reach: "Jedno z ciał miało zostać znalezione z odciętą głową" puts the
  // predicate 7 tokens after the noun; 8 is the reach of a predicate over
  // a figure's own event noun (claim_events.cc, step 4 of
  // data/claims-README.md).
  constexpr uint32_t kPartPredicateReach = 8;
  const uint32_t from = noun.tok + noun.len;
  const uint32_t clause = s.tokens[noun.tok].clause;
  for (const CueMatch& m : s.matches) {
    if (m.cue->type != CueType::kEvent || m.tok < from) continue;
    if (m.tok > noun.tok + kPartPredicateReach || s.tokens[m.tok].clause != clause) break;
    bool clear = true;
    for (uint32_t t = from; t < m.tok && clear; ++t) clear = !figure_tok[t];
    if (!clear) return nullptr;
    if (m.cue->kind != noun.cue->kind) return &m;
  }
  return nullptr;
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
  const std::string_view home = HomeCountry(doc, lexicon.Cues(doc.lang.lang));
  size_t qi = 0;
  // The figures of one this step read ("Einer der ...") that carry a
  // claim: they join the document's quantities at the end, so that every
  // claim's figure is a quantity.
  std::vector<Quantity> claimed_ones;
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
    const Paragraph* para =
        sentence.paragraph < doc.paragraphs.size() ? &doc.paragraphs[sentence.paragraph] : nullptr;
    // The paragraph's language when it is reliable and has cues, else the
    // document's: a short title line is often given a stray language.
    const ClaimCues* cues = para && para->lang.reliable ? lexicon.Cues(para->lang.lang) : nullptr;
    if (!cues) cues = lexicon.Cues(doc.lang.lang);
    if (!cues || (qs.empty() && !cues->has_one)) continue;
    const ClaimSentence s = ReadClaimSentence(*cues, doc.text, sentence.span, spans);
    // "Einer der getöteten Polizisten": a pronoun of one the numbers
    // annotator left as an article is a figure here.
    const std::vector<Quantity> ones = OnesBeforePartitive(s, spans, si);
    for (const Quantity& one : ones) {
      qs.push_back(&one);
      spans.push_back(one.span);
    }
    if (qs.empty()) continue;
    if (!ones.empty()) {
      std::sort(qs.begin(), qs.end(),
                [](const Quantity* a, const Quantity* b) { return a->span.start < b->span.start; });
      std::sort(spans.begin(), spans.end(),
                [](const Span& a, const Span& b) { return a.start < b.start; });
    }
    const uint32_t n = static_cast<uint32_t>(s.tokens.size());
    const SentenceFigures read = ReadFigures(s, doc.text, qs, spans, orgs[si]);
    const std::vector<bool>& figure_tok = read.figure_tok;
    const std::vector<Figure>& figs = read.figs;
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
      const CueMatch* group = FindGroup(s, doc.text, f, parent >= 0, money);
      const CueMatch* event = FindEvent(s, figs, k, CueType::kEvent);
      // "The rally drew 5,000 people": the occasion when no event word.
      if (!event && !(group && group->cue->has_kind) && parent < 0 && !f.thing) {
        event = FindEvent(s, figs, k, CueType::kWeakEvent);
      }
      // "arrested after a crowd of 300 gathered", "a rally of 5,000": an
      // occasion noun right before the figure, a partitive word between,
      // names what the figure counts; an event word before it is another's.
      if (event && event->tok < f.ft && f.ft >= 2 && Has(s, f.ft - 1, CueType::kPartitive) &&
          s.tokens[f.ft - 2].clause == clause) {
        const CueMatch* occasion = MatchEndingAt(s, f.ft - 1, CueType::kWeakEvent);
        if (occasion && occasion->tok > event->tok) event = occasion;
      }
      // A count with no event word that rose: the document's last whole claim.
      int32_t updated = -1;
      if (!event && parent < 0 && !group && !money && CountRises(s, f, figure_tok)) {
        for (size_t c = doc.claims.size(); c-- > 0 && updated < 0;) {
          if (doc.claims[c].subset_of < 0) updated = static_cast<int32_t>(c);
        }
      }
      // "One of the dead was a teacher", "Одного из погибших опознали": a
      // one before a partitive word whose noun gives the kind points at a
      // person; it counts no one.
      // "Einer der getöteten Polizisten wurde enthauptet", "Jedno z ciał
      // znaleziono z odciętą głową": a predicate of another kind after it
      // says what befell that one; then it is a claim of that kind.
      // A group word after the partitive word is the whole's ("der
      // getöteten Polizisten"), not the one's own noun.
      const bool own_group = f.group && f.group->tok <= f.fe;
      if (q.value == 1 && q.approx == Approx::kExact && !own_group && !f.org && !f.subset_cue &&
          event && f.fe < n && Has(s, f.fe, CueType::kPartitive) && event->tok > f.fe &&
          event->tok <= f.fe + 2) {
        const CueMatch* said = PredicateAfterPart(s, figure_tok, *event);
        if (!said) continue;
        event = said;
      }
      // "one of 3 people hurt", "l'un des 4 suspects": a one before a
      // partitive word and another figure is a member of that figure's count.
      if (q.value == 1 && q.approx == Approx::kExact && !f.group && !f.org && !f.subset_cue &&
          f.fe < n && Has(s, f.fe, CueType::kPartitive)) {
        const CueMatch* part = MatchAt(s, f.fe, CueType::kPartitive);
        const uint32_t next = f.fe + part->len;
        if ((next < n && figure_tok[next]) || (next + 1 < n && figure_tok[next + 1])) continue;
      }
      // "в Москве — 1546, в Петербурге — 572", "im Süden weitere zwölf":
      // a figure whose predicate is elided carries the claim before it.
      const Claim* elided = event || parent >= 0 || (group && group->cue->has_kind)
                                ? nullptr
                                : ElidedClaim(s, f, doc, si);
      Claim claim;
      const CueMatch* named = nullptr;  // the cue that gave the kind
      if (elided) {
        claim.kind = elided->kind;
      } else if (event) {
        claim.kind = event->cue->kind;
        named = event;
      } else if (parent >= 0) {
        claim.kind = doc.claims[static_cast<size_t>(parent)].kind;
      } else if (group && group->cue->has_kind) {
        claim.kind = group->cue->kind;
        named = group;
      } else if (updated >= 0) {
        // "la cifra oficial había subido a 233": the last claim's count rose.
        claim.kind = doc.claims[static_cast<size_t>(updated)].kind;
      } else if (group == f.group && TakesPart(s, f)) {
        // "viajaban 218 pasajeros": people taking part, no event word.
        claim.kind = ClaimKind::kOther;
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
        if (group->cue->home == "*" && !ForeignCountryAfter(doc, s, *group, home)) {
          claim.group = "people";  // citizens of no foreign country named
        }
        uint32_t end_tok = group->tok + group->len;
        if (group == f.group && f.member_of) {
          // "28 членів руху", "ten firefighters from the Beirut fire
          // brigade": members of an organisation.
          claim.group = "organization";
          end_tok = f.member_of->tok + f.member_of->len;
        } else if (group->cue->group == "organization" && group == f.group) {
          claim.group = "people";  // members of no organisation named
        } else if (const auto list = GroupList(lexicon, s, doc.text, figure_tok, *group,
                                               !AfterFigureList(s, figs, k))) {
          claim.group = list->group;  // "soldiers, police officers and border guards"
          end_tok = list->end;
        } else if (const auto joined = JoinedServicesEnd(lexicon, s, figure_tok, *group)) {
          claim.group = "security_forces";  // "police and national guardsmen"
          end_tok = *joined;
        }
        claim.group_text = Text(doc, s.tokens[group->tok].start, s.tokens[end_tok - 1].end);
      } else if (parent >= 0 || updated >= 0 || elided) {
        const Claim& p =
            elided ? *elided : doc.claims[static_cast<size_t>(parent >= 0 ? parent : updated)];
        claim.group = p.group;
        claim.group_text = p.group_text;
        claim.group_entity = p.group_entity;
      } else if (const uint32_t nt = f.whole_fe ? f.whole_fe : f.fe;
                 claim.kind == ClaimKind::kOther && nt < n && !figure_tok[nt] &&
                 s.tokens[nt].clause == clause && !Has(s, nt, CueType::kStop) &&
                 !Has(s, nt, CueType::kEvent) && !Has(s, nt, CueType::kSubset)) {
        // "40 cars were burned": the noun the figure counts; for a part,
        // the whole's ("19 із 23 насосних станцій зупинилися").
        claim.noun = Text(doc, s.tokens[nt].start, s.tokens[nt].end);
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
        // "Onze soldats ont été blessés, deux gravement", "Уничтожены 29
        // боевиков, троих удалось захватить": a figure that opens a later
        // clause without a noun counts the group of the sentence's claim
        // before it.
        // "ще семеро дістали поранення": a word of one more part may open
        // it; "Zginęło pięciu żołnierzy, a 60 zostało rannych": so may a
        // conjunction. "Six police officers had been killed and 150
        // injured", "Zwölf Soldaten wurden getötet und 35 verletzt": so may
        // a `join` word inside the clause (the noun elided after "and").
        // Not a noun of its own after it ("80 Beamte und 12 Hundeführer"),
        // nor "others" ("Two soldiers were killed and five others injured").
        const bool elided_noun = f.fe >= n || s.tokens[f.fe].clause != clause ||
                                 Has(s, f.fe, CueType::kStop) || Has(s, f.fe, CueType::kEvent);
        const bool joined = f.ft > 0 && Has(s, f.ft - 1, CueType::kJoin) && elided_noun;
        uint32_t lead = f.ft;
        if (lead > 0 && Has(s, lead - 1, CueType::kAnother)) --lead;
        while (lead > 0 && s.tokens[lead - 1].clause == clause &&
               (Has(s, lead - 1, CueType::kJoin) || Has(s, lead - 1, CueType::kStop))) {
          --lead;
        }
        const bool opens = (lead > 0 && s.tokens[lead - 1].clause != clause) || joined;
        if (opens && !doc.claims.empty() && doc.claims.back().sentence == si &&
            !doc.claims.back().group.empty() && doc.claims.back().group != "people") {
          const Claim& before = doc.claims.back();
          claim.group = before.group;
          claim.group_text = before.group_text;
          claim.group_entity = before.group_entity;
        } else if (bare && event) {
          if (const auto prev = GroupOfPreviousSentence(*cues, doc, si, claim.kind, claimed)) {
            claim.group = prev->group;
            claim.group_text = prev->text;
          }
        }
      }
      // "Уничтожены 29 боевиков", "spłonęło pięć osób", "uratowano 172": a
      // word that destroys, burns or saves things kills or rescues people
      // (a figure with a group, or with no noun: never "6 танков").
      if (named == event && event && event->cue->armed_kind && !claim.group.empty()) {
        claim.kind = *event->cue->armed_kind;
      }
      // "25 Wohnungen durchsucht und neun Männer festgenommen", "The protest
      // spread to 14 cities": things take no event of people.
      if (f.thing && claim.kind != ClaimKind::kOther) continue;
      // "In drei großen Städten wurden Geschäfte geplündert": the figure
      // counts places, not things affected.
      if (claim.kind == ClaimKind::kOther && EndsBefore(s, f.ft, CueType::kPlace)) continue;
      // What an `other` claim counts, across languages: the thing's key
      // ("40 cars were burned": vehicles), else the event's ("two
      // beheaded": beheaded), else the claim's it carries or is part of.
      if (claim.kind == ClaimKind::kOther) {
        if (!f.thing_key.empty()) {
          claim.noun_key = f.thing_key;
        } else if (named) {
          claim.noun_key = named->cue->noun_key;
        } else if (elided || parent >= 0) {
          claim.noun_key =
              elided ? elided->noun_key : doc.claims[static_cast<size_t>(parent)].noun_key;
        }
      }
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
      // "выросло как минимум до 2411", "stieg mindestens auf 40": a
      // qualifier between the rise verb and the figure is the figure's.
      if ((q.approx == Approx::kUpTo || q.approx == Approx::kExact) &&
          AfterRise(s, f, figure_tok)) {
        claim.approx = RiseApprox(s, f, figure_tok);
      }
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
      if (!ones.empty() && &q >= ones.data() && &q < ones.data() + ones.size()) {
        claimed_ones.push_back(q);
      }
    }
  }
  if (claimed_ones.empty()) return;
  doc.quantities.insert(doc.quantities.end(), claimed_ones.begin(), claimed_ones.end());
  std::stable_sort(
      doc.quantities.begin(), doc.quantities.end(), [](const Quantity& a, const Quantity& b) {
        return a.sentence != b.sentence ? a.sentence < b.sentence : a.span.start < b.span.start;
      });
}

}  // namespace parallax::annotate
