// Groups from beyond the figure's own noun (claim_groups.h).
#include "annotate/claim_groups.h"

namespace parallax::annotate {
namespace {

// How far after a service's group word the `join` word may lie: "agentes
// de la Policía Nacional y la Guardia Civil" puts three tokens (de, la and
// the two-word name) between them; more would reach past the noun phrase
// into the rest of the clause.
constexpr uint32_t kJoinReach = 6;

}  // namespace

bool SecurityGroup(const ClaimLexicon& lexicon, std::string_view group) {
  return group == "security_forces" || lexicon.Parent(group) == "security_forces";
}

std::optional<uint32_t> JoinedServicesEnd(const ClaimLexicon& lexicon, const ClaimSentence& s,
                                          const std::vector<bool>& figure_tok,
                                          const CueMatch& group) {
  if (!SecurityGroup(lexicon, group.cue->group)) return std::nullopt;
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  const uint32_t clause = s.tokens[group.tok].clause;
  const uint32_t from = group.tok + group.len;
  for (uint32_t t = from; t < n && t < from + kJoinReach; ++t) {
    if (figure_tok[t] || s.tokens[t].clause != clause) return std::nullopt;
    if (!MatchAt(s, t, CueType::kJoin)) continue;
    for (uint32_t u = t + 1; u < n && u <= t + 2 && !figure_tok[u]; ++u) {
      if (s.tokens[u].clause != clause) break;
      const CueMatch* other = MatchAt(s, u, CueType::kGroup);
      if (other && other->cue != group.cue && SecurityGroup(lexicon, other->cue->group)) {
        return other->tok + other->len;
      }
    }
    return std::nullopt;  // the first conjunction decides
  }
  return std::nullopt;
}

std::optional<PreviousGroup> GroupOfPreviousSentence(const ClaimCues& cues, const Document& doc,
                                                     uint32_t si, ClaimKind kind, bool claimed) {
  if (si == 0 || claimed) return std::nullopt;
  const Sentence& prev = doc.sentences[si - 1];
  if (prev.paragraph != doc.sentences[si].paragraph) return std::nullopt;
  const ClaimSentence s = ReadClaimSentence(cues, doc.text, prev.span, {});
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  for (const CueMatch& m : s.matches) {
    if (m.cue->type != CueType::kEvent || m.cue->kind != kind) continue;
    const uint32_t after = m.tok + m.len;
    for (uint32_t u = after; u < n && u <= after + 1; ++u) {
      if (s.tokens[u].clause != s.tokens[m.tok].clause) break;
      if (const CueMatch* g = MatchAt(s, u, CueType::kGroup)) {
        return PreviousGroup{
            g->cue->group,
            doc.text.substr(s.tokens[u].start, s.tokens[u + g->len - 1].end - s.tokens[u].start)};
      }
    }
  }
  return std::nullopt;
}

}  // namespace parallax::annotate
