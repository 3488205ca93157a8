// parallax annotate stage, claim finder: the event word a figure is tied
// to (claim_events.cc): its clause first, then across commas for a figure
// that names whom it counts, never across a sentence nor across a figure
// that is no member of a list; the clause's predicate over the figure's own
// event noun; and the exact figure after a verb of a rise ("rose to 164").
#ifndef PARALLAX_ANNOTATE_CLAIM_EVENTS_H_
#define PARALLAX_ANNOTATE_CLAIM_EVENTS_H_

#include <cstddef>
#include <vector>

#include "annotate/claim_context.h"
#include "annotate/claim_figures.h"
#include "annotate/claim_lexicon.h"

namespace parallax::annotate {

// The nearest event word (cue `type`: kEvent or kWeakEvent) for figs[self]: its
// own clause first, then any clause of the sentence when the figure names
// whom it counts; never across a figure that is not listable; money only
// with damage words, counts never with them.
// `figs` are the figures of `s`, `self` the index of the one asked about.
// nullptr when none is in reach. data/claims-README.md ("Event") tells the
// reach rules.
const CueMatch* FindEvent(const ClaimSentence& s, const std::vector<Figure>& figs, size_t self,
                          CueType type);

// Whether a `rise` verb ends shortly before the figure, in its clause: "rose to 164", "wzrosła w
// niedzielę do 164", "выросло до 133". Up to kRiseReach (4) tokens may lie between, none inside a
// figure
// (`figure_tok`: tokens inside any quantity of the sentence): "had risen
// overnight to 80". For a figure of things (`f.thing`) a `motion` verb
// counts too: "woda wdarła się do 140 budynków" reaches them.
bool AfterRise(const ClaimSentence& s, const Figure& f, const std::vector<bool>& figure_tok);

// The approx a `qualifier` between that `rise` verb and the figure gives
// ("возросло как минимум до 2411", "зросла щонайменше до 57": at_least);
// exact when there is none or no rise verb.
Approx RiseApprox(const ClaimSentence& s, const Figure& f, const std::vector<bool>& figure_tok);

// Whether `f` names no group and a `count` noun and a `rise` verb come
// before it in its clause (the verb at most kRiseReach tokens before, no
// figure between): "la cifra oficial había subido a 233", "the tally
// climbed to 80". With no event word such a figure updates the document's
// last claim: its kind and group.
bool CountRises(const ClaimSentence& s, const Figure& f, const std::vector<bool>& figure_tok);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_CLAIM_EVENTS_H_
