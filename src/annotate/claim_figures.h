// parallax annotate stage, claim finder: the figures of a sentence that
// may be claims and the group nouns they count (claim_figures.cc): the noun
// right after a figure ("2,030 CSTO troops"), members of an organisation,
// the group after a count noun before the figure ("the number of police
// killed") and the group of a subset ("nine of them were police officers").
#ifndef PARALLAX_ANNOTATE_CLAIM_FIGURES_H_
#define PARALLAX_ANNOTATE_CLAIM_FIGURES_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "annotate/claim_context.h"
#include "parallax/document.h"

namespace parallax::annotate {

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
  // The noun after the figure names things or places (a `thing` word:
  // "homes", "autokarów", "городах"): no group, no event of people.
  bool thing = false;
  // The noun key of that `thing` word ("houses" for "homes"), or "".
  std::string_view thing_key;
  // Right after a `join` word: the last member of a list ("37 иностранцев
  // ... и один алжирец погибли"); an event may be reached across it by a
  // figure that names whom it counts.
  bool after_join = false;
  // A part of a whole ("19 із 23 насосних станцій", "Five of the 40
  // passengers"): one past the whole's figure, where the counted noun is.
  uint32_t whole_fe = 0;
  // A figure in a list of counted groups ("12 police and 3 soldiers were
  // killed") or a subset: an event may be reached across it.
  bool listable() const { return group != nullptr || org != nullptr || subset_cue; }
};

// The figures of one sentence that may be claims.
struct SentenceFigures {
  std::vector<bool> figure_tok;  // by token: inside any quantity of the sentence
  std::vector<Figure> figs;      // in the order of `qs` given to ReadFigures
};

// The figures among `qs` (quantities of kind number or money of sentence
// `s`) that may be claims: not after a `not_before` word, not before a
// `not_after` word, not a plain year-like number without a group noun;
// each with its group noun, named organisation (from `orgs`, the
// organisation mentions of the sentence) and subset marker. `spans` are
// the spans of all quantities of the sentence; `text` is the document's.
SentenceFigures ReadFigures(const ClaimSentence& s, std::string_view text,
                            const std::vector<const Quantity*>& qs, const std::vector<Span>& spans,
                            const std::vector<std::pair<Span, const Entity*>>& orgs);

// The figures of one that `one` words of `s` give right before a
// `partitive` word ("Einer der getöteten Polizisten", "eine der Geiseln"),
// where no quantity of `spans` (those of the sentence) lies: value 1,
// exact, kind number, sentence `sentence`, in text order. Empty when none.
std::vector<Quantity> OnesBeforePartitive(const ClaimSentence& s, const std::vector<Span>& spans,
                                          uint32_t sentence);

// Whether `f` counts people taking part in the event with no event word in
// reach ("viajaban 218 pasajeros", "787 miners were underground", "476
// people on board"): an exact number with its group noun after it, no
// subset marker, and no `background` word ("population", "live", "habitants") nor
// `count` noun before it in its clause. Such a figure is a claim of kind
// `other` (data/claims-README.md, step 6).
bool TakesPart(const ClaimSentence& s, const Figure& f);

// The group word a figure counts when it is not the noun after the figure:
// after a count noun before the figure ("the number of police killed rose
// to 18"); for a subset, the first group word after it in its clause
// ("nine of them were police officers") or right after a dash or colon
// after it ("из них 19 — сотрудники полиции"), else, with no earlier claim,
// the last one before it (apposition: "The protesters, about 5,000 of
// them"). `text` is the document's; `has_parent`: the figure is a subset
// with an earlier claim; `money`: no group. nullptr when none.
const CueMatch* FindGroup(const ClaimSentence& s, std::string_view text, const Figure& f,
                          bool has_parent, bool money);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_CLAIM_FIGURES_H_
