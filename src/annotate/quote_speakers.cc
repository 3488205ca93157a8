// A quote's speaker resolved to an entity (quotes.h, ResolveSpeaker): a
// person named in the speaker words, the person named earlier with the
// same role ("correspondent Anna Nauer" ... "the correspondent said"), the
// last speaker for a pronoun ("she said").
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/quote_detail.h"
#include "annotate/quotes.h"

namespace parallax::annotate {
namespace {

// How many tokens may stand between a role word and the name it goes with:
// "correspondent Anna Nauer" (0), "the correspondent, Anna Nauer" (1),
// "Anna Nauer, our correspondent in Kyiv" (2 before the role).
constexpr size_t kRoleReach = 3;
// How far back a role's earlier mention is looked for: 3,000 tokens, about
// 18,000 characters, longer than any article of the sample corpus and the
// claims test set; it keeps a role speaker's lookup bounded in a long text.
constexpr size_t kRoleLookback = 3000;

size_t TokenIndex(const std::vector<SpeechToken>& tokens, uint32_t at) {
  return std::lower_bound(tokens.begin(), tokens.end(), at,
                          [](const SpeechToken& t, uint32_t v) { return t.start < v; }) -
         tokens.begin();
}

// How many words a role's complement may hold before the comma that sets
// off the name: "porte-parole de la préfecture du Nord, Camille Laurent" (5).
constexpr size_t kComplementReach = 6;

// The person whose mention starts at tokens[at], within reach of `limit`;
// null when none.
const Entity* PersonStartingAt(const Document& doc, const std::vector<SpeechToken>& tokens,
                               size_t at, size_t limit) {
  if (at >= limit) return nullptr;
  const size_t last = std::min(at + 4, limit);
  const Entity* e = EntityInside(doc, tokens[at].start, tokens[last - 1].end, EntityType::kPerson);
  if (e == nullptr) return nullptr;
  for (const EntityMention& m : e->mentions) {
    if (m.span.start == tokens[at].start) return e;
  }
  return nullptr;
}

// The person whose mention ends last before byte `before` (that end in
// `at`); null when none.
const Entity* LastPersonBefore(const Document& doc, uint32_t before, uint32_t& at) {
  const Entity* best = nullptr;
  uint32_t best_end = 0;
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPerson) continue;
    for (const EntityMention& m : e.mentions) {
      if (m.span.end <= before && m.span.end >= best_end) {
        best = &e;
        best_end = m.span.end;
      }
    }
  }
  at = best_end;
  return best;
}

// How many words may stand between a sentence's subject and a role that
// describes it ("Laura Benson has been the agency's spokeswoman").
constexpr size_t kPredicateReach = 6;

// The person whose name opens the sentence of the role at tokens[role],
// followed by a few words only up to the role ("Elena Castro es la
// portavoz del hospital", "Magdalena Krawczyk jest rzeczniczką"), or
// set off by a comma before a few words that end with the role ("Hannah
// Moreau, an MSF coordinator"); null when none.
const Entity* SubjectBeforeRole(const Document& doc, const std::vector<SpeechToken>& tokens,
                                size_t role) {
  size_t k = role;
  while (k > 0 && role - k <= kPredicateReach + 3 && tokens[k - 1].word &&
         tokens[k - 1].sentence == tokens[role].sentence) {
    --k;
  }
  if (k > 0 && tokens[k - 1].sentence == tokens[role].sentence) {
    // "Hannah Moreau, an MSF coordinator in ...": a name set off by the
    // comma before the role's words.
    if (k < 2 || tokens[k - 1].folded != "," || role - k > kPredicateReach) return nullptr;
    uint32_t at = 0;
    const Entity* named = LastPersonBefore(doc, tokens[k - 1].start, at);
    return named != nullptr && at == tokens[k - 2].end ? named : nullptr;
  }
  const Entity* e = PersonStartingAt(doc, tokens, k, role);
  if (e == nullptr) return nullptr;
  for (const EntityMention& m : e->mentions) {
    if (m.span.start == tokens[k].start &&
        TokenIndex(tokens, m.span.end) + kPredicateReach >= role) {
      return e;
    }
  }
  return nullptr;
}

// The person named after a role's complement and a comma, from
// tokens[after] ("of the fire service, Priya Nair"); null when none.
const Entity* PersonAfterComplement(const Document& doc, const std::vector<SpeechToken>& tokens,
                                    size_t after, size_t limit) {
  size_t k = after;
  while (k < limit && k - after < kComplementReach && tokens[k].word) ++k;
  if (k == after || k + 1 >= limit || tokens[k].folded != ",") return nullptr;
  return PersonStartingAt(doc, tokens, k + 1, limit);
}

// The person named next to the latest earlier use of a role of `group`,
// before byte `before`; null when none. Walks back over the role words
// only (`roles`), so a long text with many quotes stays linear.
const Entity* PersonWithRole(const Document& doc, const std::vector<SpeechToken>& tokens,
                             const std::vector<RoleMention>& roles,
                             const std::vector<std::string>& group, uint32_t before) {
  const size_t limit = TokenIndex(tokens, before);
  const size_t floor = limit > kRoleLookback ? limit - kRoleLookback : 0;
  auto it = std::lower_bound(roles.begin(), roles.end(), limit,
                             [](const RoleMention& r, size_t v) { return r.token < v; });
  while (it != roles.begin()) {
    --it;
    const size_t k = it->token;
    if (k < floor) break;
    const SpeechPhrase* role = it->role;
    if (role->needs != group) continue;
    const size_t after = k + role->words.size();
    // "Ratowniczka Marta Lis": a name the recogniser read with its role.
    if (const Entity* e = PersonStartingAt(doc, tokens, k, limit)) return e;
    const size_t last = std::min(after + kRoleReach + 2, limit);
    if (after < last) {
      const Entity* e = nullptr;
      // The first person mention after the role word, within reach.
      for (size_t j = after; j < last && e == nullptr; ++j) {
        e = EntityInside(doc, tokens[j].start, tokens[last - 1].end, EntityType::kPerson);
        if (e != nullptr) {
          bool starts_here = false;
          for (const EntityMention& m : e->mentions) {
            starts_here = starts_here || (m.span.start == tokens[j].start);
          }
          if (!starts_here) e = nullptr;
        }
      }
      if (e != nullptr) return e;
    }
    // "the spokeswoman of the prefecture, Camille Laurent": the role's
    // complement, a comma, then the name.
    if (const Entity* e = PersonAfterComplement(doc, tokens, after, limit)) return e;
    // "Anna Nauer, the correspondent": the name ends just before the role.
    const size_t first = k > kRoleReach ? k - kRoleReach : 0;
    if (first < k) {
      if (const Entity* e =
              EntityInside(doc, tokens[first].start, tokens[k - 1].end, EntityType::kPerson)) {
        return e;
      }
    }
    if (const Entity* e = SubjectBeforeRole(doc, tokens, k)) return e;
  }
  return nullptr;
}

// The person named in full before byte `before` whose name ends or starts
// with the word `surname` ("Tim Becker" for "..., ergänzte Becker."): the
// latest such; null when none.
const Entity* PersonBySurname(const Document& doc, std::string_view surname, uint32_t before) {
  const Entity* best = nullptr;
  uint32_t best_at = 0;
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPerson || e.name.size() <= surname.size() + 1) continue;
    // The last word of the name, or its first where the family name comes
    // first ("Kim" for "Kim Dong-su").
    const std::string_view name = e.name;
    const bool last = name.ends_with(surname) && name[name.size() - surname.size() - 1] == ' ';
    const bool first = name.starts_with(surname) && name[surname.size()] == ' ';
    if (!last && !first) continue;
    for (const EntityMention& m : e.mentions) {
      if (m.span.end <= before && m.span.end >= best_at) {
        best = &e;
        best_at = m.span.end;
      }
    }
  }
  return best;
}

// The person named inside `s`: the last with a name of two or more words
// when there is one ("wspomina Agnieszka Kamińska z Kłodzka": not a place
// word the recogniser took for a name), else the last; null when none.
const Entity* FullNameInside(const Document& doc, const std::vector<SpeechToken>& tokens, Span s) {
  const Entity* best = nullptr;
  uint32_t best_start = 0;
  bool best_full = false;
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPerson) continue;
    for (const EntityMention& m : e.mentions) {
      if (m.span.start < s.start || m.span.end > s.end) continue;
      const bool full = TokenIndex(tokens, m.span.end) > TokenIndex(tokens, m.span.start) + 1;
      if (best == nullptr || (full && !best_full) ||
          (full == best_full && m.span.start >= best_start)) {
        best = &e;
        best_start = m.span.start;
        best_full = full;
      }
    }
  }
  return best;
}

// Whether a role of `group` stands among `roles` before tokens[before].
bool RoleUsedBefore(const std::vector<RoleMention>& roles, const std::vector<std::string>& group,
                    size_t before) {
  for (const RoleMention& r : roles) {
    if (r.token >= before) break;
    if (r.role->needs == group) return true;
  }
  return false;
}

// Whether an indefinite word ("a", "ein", "один из") stands in
// tokens[from, to).
bool IndefiniteIn(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t from,
                  size_t to) {
  for (size_t k = from; k < to; ++k) {
    if (cues.indefinites.Match(tokens, k) != nullptr) return true;
  }
  return false;
}

// How many words of manner or time may follow a pronoun speaker ("sagte
// sie leise", "said he quietly").
constexpr size_t kPronounTail = 3;

// Whether tokens[from, to) are a pronoun and a few lower-case words of
// manner or time after it ("sie leise", "она тихо"): no role, description,
// or name among them ("её мать" is the mother, not the pronoun).
bool PronounLed(const SpeechLanguage& cues, const Document& doc,
                const std::vector<SpeechToken>& tokens, size_t from, size_t to) {
  if (to <= from + 1 || to - from > kPronounTail + 1) return false;
  if (cues.pronouns.Match(tokens, from) == nullptr) return false;
  for (size_t k = from + 1; k < to; ++k) {
    if (!tokens[k].word || tokens[k].capital || cues.roles.Match(tokens, k) != nullptr ||
        cues.anaphors.Match(tokens, k) != nullptr) {
      return false;
    }
  }
  return !quote_detail::NamesSomeone(doc, quote_detail::SpanOf(tokens, from + 1, to));
}

// How many letters two forms of one noun share at least from their start
// ("geolożka", "geolożki"); the shared start is also two thirds of the
// shorter form.
constexpr size_t kStemLetters = 5;

// The letters (UTF-8 code points) of `s`.
size_t Letters(std::string_view s) {
  return static_cast<size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Whether `a` and `b` are forms of one noun: a shared start of at least
// kStemLetters letters and two thirds of the shorter word.
bool SameStem(std::string_view a, std::string_view b) {
  size_t p = 0;
  while (p < a.size() && p < b.size() && a[p] == b[p]) ++p;
  auto inside = [](std::string_view w, size_t at) {
    return at < w.size() && (static_cast<unsigned char>(w[at]) & 0xC0) == 0x80;
  };
  while (p > 0 && (inside(a, p) || inside(b, p))) --p;
  const size_t shared = Letters(a.substr(0, p));
  return shared >= kStemLetters && shared * 3 >= std::min(Letters(a), Letters(b)) * 2;
}

// How many lower-case words may stand between the comma after a name and
// a noun in apposition ("Ruth Okafor, a hydrologist").
constexpr size_t kAppositionWords = 2;

// The person a noun at tokens[k] stands next to, before tokens[limit]: a
// name read with it ("Geologist Tomas Reyes"), right after it or after a
// comma, after its complement and a comma ("geologo della Regione, Marco
// Ferri"), or before it and a comma with at most kAppositionWords
// lower-case words between ("Ruth Okafor, a hydrologist"); null when none.
const Entity* PersonNextToNoun(const Document& doc, const std::vector<SpeechToken>& tokens,
                               size_t k, size_t limit) {
  if (const Entity* e = PersonStartingAt(doc, tokens, k, limit)) return e;
  if (const Entity* e = PersonStartingAt(doc, tokens, k + 1, limit)) return e;
  if (k + 1 < limit && tokens[k + 1].folded == ",") {
    if (const Entity* e = PersonStartingAt(doc, tokens, k + 2, limit)) return e;
  }
  if (const Entity* e = PersonAfterComplement(doc, tokens, k + 1, limit)) return e;
  size_t j = k;
  while (j > 0 && k - j < kAppositionWords && tokens[j - 1].word && !tokens[j - 1].capital) --j;
  if (j < 2 || tokens[j - 1].folded != ",") return nullptr;
  uint32_t at = 0;
  const Entity* named = LastPersonBefore(doc, tokens[j - 1].start, at);
  return named != nullptr && at == tokens[j - 2].end ? named : nullptr;
}

// The one person a form of `noun` stood next to before tokens[before]
// (PersonNextToNoun; the same word only when `exact`); null when none or
// when it stood next to two people.
const Entity* PersonWithNoun(const SpeechLanguage& cues, const Document& doc,
                             const std::vector<SpeechToken>& tokens, std::string_view noun,
                             bool exact, size_t before) {
  const size_t floor = before > kRoleLookback ? before - kRoleLookback : 0;
  const Entity* found = nullptr;
  for (size_t k = floor; k < before; ++k) {
    if (!tokens[k].word) continue;
    const std::string_view w = cues.WithoutElidedArticle(tokens[k].folded);
    if (exact ? w != noun : !SameStem(w, noun)) continue;
    const Entity* e = PersonNextToNoun(doc, tokens, k, before);
    if (e == nullptr) continue;
    if (found != nullptr && found != e) return nullptr;
    found = e;
  }
  return found;
}

// Whether an according-to marker ends right before tokens[at] ("За
// словами", "Selon").
bool AfterAccording(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t at) {
  for (size_t j = at > 4 ? at - 4 : 0; j < at; ++j) {
    const SpeechPhrase* m = cues.according.Match(tokens, j);
    if (m != nullptr && j + m->words.size() == at) return true;
  }
  return false;
}

// The noun of a speaker written as a description in tokens[from, to):
// articles (or one elided and joined to it, "l'hydrologue"), then one
// word, lower case, or capitalised after an article or opening its
// sentence ("der Hydrologe", "Гідролог каже"); no pronoun, verb,
// auxiliary, speech noun, anaphor or group (`vague_sources`), no name.
// Empty when none.
std::string_view DescriptionNoun(const SpeechLanguage& cues, const Document& doc,
                                 const std::vector<SpeechToken>& tokens, size_t from, size_t to) {
  size_t k = from;
  while (k < to && cues.IsArticle(tokens[k].folded)) ++k;
  if (k + 1 != to || !tokens[k].word || tokens[k].digit) return {};
  const std::string_view noun = cues.WithoutElidedArticle(tokens[k].folded);
  const bool opens = k == 0 || tokens[k - 1].sentence != tokens[k].sentence;
  if (tokens[k].capital && k == from && !opens) return {};
  if (cues.pronouns.Match(tokens, k) != nullptr || cues.verbs.Match(tokens, k) != nullptr ||
      cues.auxiliaries.Match(tokens, k) != nullptr ||
      cues.speech_nouns.Match(tokens, k) != nullptr || cues.anaphors.Match(tokens, k) != nullptr ||
      cues.vague_sources.Match(tokens, k) != nullptr ||
      cues.indefinites.Match(tokens, k) != nullptr || Letters(noun) < kStemLetters) {
    return {};
  }
  if (quote_detail::NamesSomeone(doc, quote_detail::SpanOf(tokens, from, to))) return {};
  return noun;
}

}  // namespace

bool DescribesPerson(const SpeechLanguage& cues, const Document& doc,
                     const std::vector<SpeechToken>& tokens, size_t from, size_t to) {
  if (from >= to || IndefiniteIn(cues, tokens, from, to)) return false;
  if (quote_detail::NamesSomeone(doc, quote_detail::SpanOf(tokens, from, to))) return false;
  // The role opens the words, after articles ("le porte-parole de la
  // préfecture"), not further on ("wolontariuszki najtrudniej ...").
  size_t k = from;
  while (k < to && cues.IsArticle(tokens[k].folded)) ++k;
  if (k < to && cues.roles.Match(tokens, k) != nullptr) return true;
  if (quote_detail::Anaphoric(cues, tokens, from, to)) return true;
  const std::string_view noun = DescriptionNoun(cues, doc, tokens, from, to);
  return !noun.empty() && PersonWithNoun(cues, doc, tokens, noun, false, from) != nullptr;
}

void DropLeadingRole(const SpeechLanguage& cues, const Document& doc,
                     const std::vector<SpeechToken>& tokens, Quote& q) {
  const size_t from = TokenIndex(tokens, q.speaker_span.start);
  const size_t to = TokenIndex(tokens, q.speaker_span.end);
  const SpeechPhrase* role = from < to ? cues.roles.Match(tokens, from) : nullptr;
  if (role == nullptr || !tokens[from].capital) return;
  const size_t name = from + role->words.size();
  if (to < name + 2) return;
  for (size_t k = name; k < to; ++k) {
    if (!tokens[k].capital) return;
  }
  q.speaker_span = {tokens[name].start, tokens[to - 1].end};
  q.speaker = doc.text.substr(q.speaker_span.start, q.speaker_span.end - q.speaker_span.start);
}

std::vector<RoleMention> FindRoleMentions(const SpeechLexicon& lexicon, const Document& doc,
                                          const std::vector<SpeechToken>& tokens) {
  std::vector<RoleMention> out;
  const SpeechLanguage* cues = nullptr;
  uint32_t cues_sentence = UINT32_MAX;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (!tokens[k].word) continue;
    if (tokens[k].sentence != cues_sentence) {
      cues_sentence = tokens[k].sentence;
      cues = lexicon.For(SentenceLanguage(doc, cues_sentence));
    }
    if (cues == nullptr) continue;
    if (const SpeechPhrase* role = cues->roles.Match(tokens, k)) out.push_back({k, role});
  }
  return out;
}

void ResolveSpeaker(const SpeechLanguage& cues, const Document& doc,
                    const std::vector<SpeechToken>& tokens, const std::vector<RoleMention>& roles,
                    const std::string& last_speaker, uint32_t last_speaker_at, Quote& q) {
  // "a man who gave his name as Karim": the name given is the speaker.
  if (const Span given = quote_detail::NameGivenIn(cues, tokens, q.speaker_span);
      given.end > given.start) {
    quote_detail::SetSpeaker(doc, given, q);
    // One name in another case ("назвавшийся Мурадом"): its nominative.
    if (TokenIndex(tokens, given.end) == TokenIndex(tokens, given.start) + 1) {
      if (const Entity* e = EntityInside(doc, given.start, given.end, EntityType::kPerson)) {
        q.speaker_entity = e->name;
      }
      q.speaker = GivenNameNominative(cues, q.speaker);
      return;
    }
  }
  const Span s = q.speaker_span;
  if (const Entity* e = FullNameInside(doc, tokens, s)) {
    q.speaker_entity = e->name;
    // The speaker as written is the name, without the words around it
    // ("powiedziała nam Rima Haddad", "resident Tom Hale").
    for (const EntityMention& m : e->mentions) {
      if (m.span.start >= s.start && m.span.end <= s.end) {
        q.speaker = doc.text.substr(m.span.start, m.span.end - m.span.start);
        q.speaker_span = m.span;
      }
    }
    DropLeadingRole(cues, doc, tokens, q);
    return;
  }
  const size_t from = TokenIndex(tokens, s.start);
  const size_t to = TokenIndex(tokens, s.end);
  if (to == from + 1 && tokens[from].capital) {
    if (const Entity* e = PersonBySurname(doc, q.speaker, s.start)) {
      q.speaker_entity = e->name;
      return;
    }
  }
  const SpeechPhrase* role_here = nullptr;
  for (size_t k = from; k < to; ++k) {
    const SpeechPhrase* role = cues.roles.Match(tokens, k);
    if (role == nullptr) continue;
    if (const Entity* e = PersonWithRole(doc, tokens, roles, role->needs, s.start)) {
      q.speaker_entity = e->name;
      return;
    }
    if (role_here == nullptr) role_here = role;
  }
  // A role the text uses here first, with no indefinite word ("Jennifer
  // Boyd floh ... „...“, sagt die Krankenschwester"): a description of the
  // person the paragraph named last before it.
  if (role_here != nullptr && !RoleUsedBefore(roles, role_here->needs, from) &&
      !IndefiniteIn(cues, tokens, from, to)) {
    uint32_t named_at = 0;
    const Entity* e = LastPersonBefore(doc, s.start, named_at);
    const uint32_t p = doc.sentences[q.sentence].paragraph;
    const uint32_t para_start = p < doc.paragraphs.size() ? doc.paragraphs[p].span.start
                                                          : doc.sentences[q.sentence].span.start;
    if (e != nullptr && named_at > para_start) {
      q.speaker_entity = e->name;
      return;
    }
  }
  // "the 46-year-old", "der Familienvater", "пенсионерка": a description
  // of the person named last before.
  if (quote_detail::Anaphoric(cues, tokens, from, to)) {
    uint32_t named_at = 0;
    if (const Entity* e = LastPersonBefore(doc, s.start, named_at)) {
      q.speaker_entity = e->name;
      return;
    }
  }
  // "Ruth Okafor, a hydrologist, ..." ... "the hydrologist said": a noun
  // no role row lists, for the one person it stood next to before; another
  // form of it ("За словами геологині") only after an according-to marker,
  // where it stands in another case (a plural is a group).
  if (role_here == nullptr && !IndefiniteIn(cues, tokens, from, to)) {
    const std::string_view noun = DescriptionNoun(cues, doc, tokens, from, to);
    if (!noun.empty()) {
      const bool exact = !AfterAccording(cues, tokens, from);
      if (const Entity* e = PersonWithNoun(cues, doc, tokens, noun, exact, from)) {
        q.speaker_entity = e->name;
        return;
      }
    }
  }
  // A reporting verb with no subject after a quote ("– przyznała.",
  // "—contó."): as a pronoun would.
  const SpeechPhrase* verb = cues.verbs.Match(tokens, from);
  const bool verb_only = verb != nullptr && from + verb->words.size() == to;
  // A speech noun for a speaker ("Her message was simple: "...""), as a
  // pronoun.
  const SpeechPhrase* noun = cues.speech_nouns.Match(tokens, from);
  const bool noun_only = noun != nullptr && from + noun->words.size() == to;
  const bool led = PronounLed(cues, doc, tokens, from, to);
  if (led) quote_detail::SetSpeaker(doc, quote_detail::SpanOf(tokens, from, from + 1), q);
  if ((to == from + 1 && cues.pronouns.Match(tokens, from) != nullptr) || led || verb_only ||
      noun_only) {
    // The last speaker, unless a person was named after them ("Anna Nowak
    // lost her shop. “...,” she said."), not inside the quote itself.
    uint32_t named_at = 0;
    const Entity* named = LastPersonBefore(doc, std::min(s.start, q.span.start), named_at);
    if (!last_speaker.empty() && (named == nullptr || named_at <= last_speaker_at)) {
      q.speaker_entity = last_speaker;
    } else if (named != nullptr) {
      q.speaker_entity = named->name;
    } else if (verb_only || noun_only) {
      q.speaker.clear();
      q.speaker_span = {};
    }
    return;
  }
  // An organisation or other name that is the speaker, after lower-case
  // words only ("the Interior Ministry", not "Rzecznik policji").
  for (EntityType type : {EntityType::kOrganization, EntityType::kOther}) {
    const Entity* e = EntityInside(doc, s.start, s.end, type);
    if (e == nullptr) continue;
    for (const EntityMention& m : e->mentions) {
      if (m.span.end != s.end || m.span.start < s.start) continue;
      bool lower_before = true;
      for (size_t k = from; k < to && tokens[k].start < m.span.start; ++k) {
        lower_before = lower_before && !tokens[k].capital;
      }
      if (lower_before) {
        q.speaker_entity = e->name;
        return;
      }
    }
  }
}

}  // namespace parallax::annotate
