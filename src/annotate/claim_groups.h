// parallax annotate stage, claim finder: groups a claim takes from beyond
// the noun right after its figure (claim_groups.cc): two services joined by
// a conjunction ("police and national guardsmen": security forces) and the
// group named by the previous sentence for a bare count ("Police detained
// protesters overnight. By morning 300 were in custody.").
#ifndef PARALLAX_ANNOTATE_CLAIM_GROUPS_H_
#define PARALLAX_ANNOTATE_CLAIM_GROUPS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "annotate/claim_context.h"
#include "annotate/claim_lexicon.h"
#include "parallax/document.h"

namespace parallax::annotate {

// Whether `group` is a security service: security_forces or a group under it.
bool SecurityGroup(const ClaimLexicon& lexicon, std::string_view group);

// When `group` (a match of `s`, a security service) is followed in its
// clause, within kJoinReach tokens and before any figure token
// (`figure_tok`), by a `join` word and, at most two tokens later, another
// security service's group word: the token one past that second group word
// ("Policía Nacional y la Guardia Civil", "police and national guardsmen",
// "policjantów i żołnierzy"). Else nullopt.
// A list of group words right after `group` (a match of `s`): items
// separated by commas (nothing else between them in `text`) and closed by
// a `join` word, or two items joined when `pair` ("soldiers, police
// officers and border guards", "військових, поліцейських і рятувальників",
// "gendarmes et pompiers"); no figure inside it. Its group is
// security_forces when every item is a service and one at least a
// security service (rescuers and firefighters are services: the claims
// test set counts "військових, поліцейських і рятувальників" so), else the
// item the others fall under, else people (civilians with soldiers); with
// the token one past its last item. nullopt when there is no such list, its items are of one group,
// or it is two security services (JoinedServicesEnd). The finder gives
// `pair` false to a figure that continues a list of figures: in "семь
// военных, три полицейских и мирный житель" the last item is a count of
// one.
struct ListedGroups {
  std::string group;
  uint32_t end = 0;
};
std::optional<ListedGroups> GroupList(const ClaimLexicon& lexicon, const ClaimSentence& s,
                                      std::string_view text, const std::vector<bool>& figure_tok,
                                      const CueMatch& group, bool pair);

std::optional<uint32_t> JoinedServicesEnd(const ClaimLexicon& lexicon, const ClaimSentence& s,
                                          const std::vector<bool>& figure_tok,
                                          const CueMatch& group);

// A group word of the previous sentence that a bare count of `kind` in
// sentence `si` refers to: the previous sentence of the same paragraph
// gave no claim (`claimed` is false) and has an event word of `kind`
// followed in its clause by a group word, right after it or one token
// later (the event's object, an article or "a" between: "Police detained protesters overnight. By
// morning 300 were in custody."). The group word before an event is not taken: in "Police detained
// ..." it is the agent. Returns the group and its text.
struct PreviousGroup {
  std::string group;
  std::string text;
};
std::optional<PreviousGroup> GroupOfPreviousSentence(const ClaimCues& cues, const Document& doc,
                                                     uint32_t si, ClaimKind kind, bool claimed);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_CLAIM_GROUPS_H_
