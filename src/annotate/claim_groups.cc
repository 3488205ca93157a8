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

std::optional<ListedGroups> GroupList(const ClaimLexicon& lexicon, const ClaimSentence& s,
                                      std::string_view text, const std::vector<bool>& figure_tok,
                                      const CueMatch& group, bool pair) {
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  std::vector<const CueMatch*> items = {&group};
  uint32_t end = group.tok + group.len;
  bool closed = false;
  while (end < n && !figure_tok[end] && !closed) {
    bool comma = false, other = false;
    for (uint32_t i = s.tokens[end - 1].end; i < s.tokens[end].start; ++i) {
      if (text[i] == ',') {
        comma = true;
      } else if (text[i] != ' ') {
        other = true;
      }
    }
    if (other) break;
    uint32_t at = end;
    if (!comma) {
      if (!Has(s, end, CueType::kJoin) || s.tokens[end].clause != s.tokens[end - 1].clause) break;
      at = end + 1;
      closed = true;
    }
    const CueMatch* item = at < n && !figure_tok[at] ? MatchAt(s, at, CueType::kGroup) : nullptr;
    if (!item || (at > end && s.tokens[at].clause != s.tokens[end].clause)) return std::nullopt;
    items.push_back(item);
    end = item->tok + item->len;
  }
  if (!closed || items.size() < 2) return std::nullopt;
  // Services: security services, and rescuers and firefighters (groups
  // whose count alone is `deployed`).
  bool security = true, service = true, armed = false, same = true;
  for (const CueMatch* m : items) {
    const bool sec = SecurityGroup(lexicon, m->cue->group);
    security = security && sec;
    armed = armed || sec;
    service = service && (sec || (m->cue->has_kind && m->cue->kind == ClaimKind::kDeployed));
    same = same && m->cue->group == group.cue->group;
  }
  if (same || (items.size() == 2 && (!pair || security))) return std::nullopt;
  if (service && armed) return ListedGroups{"security_forces", end};
  // "children and other civilians": the item the others fall under.
  for (const CueMatch* top : items) {
    bool covers = true;
    for (const CueMatch* m : items) {
      covers = covers && (m->cue->group == top->cue->group ||
                          lexicon.Parent(m->cue->group) == top->cue->group);
    }
    if (covers) return ListedGroups{top->cue->group, end};
  }
  return ListedGroups{"people", end};
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
