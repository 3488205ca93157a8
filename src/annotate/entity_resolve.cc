// From the names found in a document to its entities.
#include "annotate/entity_resolve.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "annotate/entity_nominative.h"

namespace parallax::annotate {
namespace {

// At most this many keys of one kind per name: a name of several words
// each with several views would otherwise multiply them (the longest
// names in the sample corpus and the pair tables need fewer than 8).
constexpr size_t kMaxCombinations = 8;

bool StartsLower(const std::string& w) {
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(w.data(), i, static_cast<int32_t>(w.size()), c);
  return c >= 0 && u_islower(c);
}

size_t Letters(const std::string& w) {
  size_t n = 0;
  for (int32_t i = 0, len = static_cast<int32_t>(w.size()); i < len;) {
    UChar32 c = 0;
    U8_NEXT(w.data(), i, len, c);
    n += c >= 0 && u_isalpha(c);
  }
  return n;
}

// Every combination of one view per word, joined by `sep`.
std::vector<std::string> Combine(const std::vector<std::vector<std::string>>& parts,
                                 std::string_view sep) {
  std::vector<std::string> out{""};
  for (size_t p = 0; p < parts.size(); ++p) {
    std::vector<std::string> next;
    for (const std::string& head : out) {
      for (const std::string& v : parts[p]) {
        if (next.size() >= kMaxCombinations) break;
        next.push_back(p == 0 ? v : head + std::string(sep) + v);
      }
    }
    out = std::move(next);
    if (out.empty()) break;
  }
  return out;
}

// "latn", "cyrl", or another ICU script code of the first letter of
// `word`: which alphabet a name was written in.
std::string ScriptOf(std::string_view word) {
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c < 0 ? 0 : c, &status);
  if (script == USCRIPT_LATIN) return "latn";
  if (script == USCRIPT_CYRILLIC) return "cyrl";
  return U_SUCCESS(status) ? uscript_getShortName(script) : "zyyy";
}

struct UnionFind {
  std::vector<size_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  size_t Find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Join(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

}  // namespace

NameKeys KeysOf(const EntityLexicon& lexicon, const FoundName& name) {
  NameKeys k;
  if (name.gazetteer >= 0) {
    k.keys.push_back("g:" + lexicon.Entry(static_cast<uint32_t>(name.gazetteer)).id);
    return k;
  }
  // The capitalised words; a particle joined by a hyphen is dropped
  // ("al-Gaddafi" is Gaddafi), loose particles too ("von der Leyen" is
  // Leyen). A name that starts with a particle is a surname alone.
  std::vector<std::string> words;
  for (const std::string& w : name.words) {
    if (!StartsLower(w)) {
      words.push_back(w);
      continue;
    }
    const size_t hyphen = w.rfind('-');
    if (hyphen != std::string::npos && hyphen + 1 < w.size() &&
        !StartsLower(w.substr(hyphen + 1))) {
      words.push_back(w.substr(hyphen + 1));
    }
  }
  if (words.empty()) return k;
  const bool particle_first = StartsLower(name.words.front());
  if (particle_first && !name.acronym) words.erase(words.begin(), words.end() - 1);
  if (name.acronym) {
    for (const std::string& v : lexicon.WordViews(words[0], name.lang, EndingScope::kAny)) {
      k.keys.push_back("a:" + v);
    }
    k.partial = true;
    return k;
  }
  if (words.size() == 1) {
    for (const std::string& v : lexicon.WordViews(words[0], name.lang, EndingScope::kAny)) {
      k.keys.push_back("s:" + v);
      if (name.type == EntityType::kPerson || name.type == EntityType::kOther) {
        const std::string skeleton = SurnameSkeleton(v);
        if (skeleton.size() >= 4) AddUnique(k.keys, "r:" + ScriptOf(words[0]) + "|" + skeleton);
      }
    }
    k.partial = true;
    return k;
  }
  if (name.type != EntityType::kPerson) {
    std::vector<std::vector<std::string>> parts;
    for (const std::string& w : words)
      parts.push_back(lexicon.WordViews(w, name.lang, EndingScope::kAny));
    for (const std::string& c : Combine(parts, " ")) k.keys.push_back("n:" + c);
    return k;
  }
  const std::vector<std::string> surnames =
      lexicon.WordViews(words.back(), name.lang, EndingScope::kSurname);
  bool initials_only = true;
  std::vector<std::vector<std::string>> given;
  std::vector<std::string> initials;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    initials_only = initials_only && Letters(words[i]) == 1;
    std::vector<std::string> outlines;
    for (const std::string& v : lexicon.WordViews(words[i], name.lang, EndingScope::kGiven)) {
      AddUnique(outlines, GivenNameOutline(v));
      if (i == 0) AddUnique(initials, v.substr(0, 1));
    }
    given.push_back(std::move(outlines));
  }
  for (const std::string& s : surnames) {
    for (const std::string& i : initials) {
      (initials_only ? k.keys : k.attach_keys).push_back("i:" + i + "|" + s);
    }
  }
  if (initials_only) {
    k.partial = true;
    return k;
  }
  std::vector<std::string> outlines;
  for (const std::string& s : surnames) AddUnique(outlines, SurnameOutline(s));
  for (const std::string& g : Combine(given, "-")) {
    for (const std::string& s : surnames) k.keys.push_back("p:" + g + "|" + s);
    for (const std::string& o : outlines) {
      if (o.size() >= 2) AddUnique(k.keys, "q:" + g + "|" + o);
    }
  }
  for (const std::string& s : surnames) k.attach_keys.push_back("s:" + s);
  // A surname alone written in another script, spelled by ear (Трампа for
  // Donald Trump, Байден for Joe Biden): attach by its skeleton, from the
  // other scripts only, where a spelling of the same script would match
  // by the surname itself.
  const std::string script = ScriptOf(words.back());
  for (const std::string& s : surnames) {
    const std::string skeleton = SurnameSkeleton(s);
    if (skeleton.size() < 4) continue;
    for (std::string_view other : {"latn", "cyrl"}) {
      if (other != script) AddUnique(k.attach_keys, "r:" + std::string(other) + "|" + skeleton);
    }
  }
  return k;
}

std::vector<Entity> ResolveNames(const EntityLexicon& lexicon,
                                 const std::vector<FoundName>& names) {
  const size_t n = names.size();
  std::vector<NameKeys> keys;
  keys.reserve(n);
  for (const FoundName& f : names) keys.push_back(KeysOf(lexicon, f));
  UnionFind uf(n);
  // Complete names sharing a key, partial ones sharing a key, and acronyms
  // with their expansions (by hash: time linear in the names). The maps
  // hold views of the keys in `keys`, which stays as it is from here on.
  std::unordered_map<std::string_view, size_t> first_with_key[2];  // complete, partial
  first_with_key[0].reserve(2 * n);
  first_with_key[1].reserve(2 * n);
  for (size_t a = 0; a < n; ++a) {
    if (names[a].linked >= 0) uf.Join(a, static_cast<size_t>(names[a].linked));
    for (const std::string& k : keys[a].keys) {
      auto [it, added] = first_with_key[keys[a].partial ? 1 : 0].emplace(k, a);
      if (!added) uf.Join(a, it->second);
    }
  }
  // The groups of complete names under each attach key (an acronym's
  // expansion lends its acronym as one).
  std::unordered_map<std::string_view, std::vector<size_t>> attached;
  attached.reserve(2 * n);
  for (size_t a = 0; a < n; ++a) {
    const size_t root = uf.Find(a);
    auto add = [&](std::string_view k) {
      std::vector<size_t>& roots = attached[k];
      if (std::find(roots.begin(), roots.end(), root) == roots.end()) roots.push_back(root);
    };
    if (!keys[a].partial) {
      for (const std::string& k : keys[a].attach_keys) add(k);
    }
    if (names[a].acronym && names[a].linked >= 0) {
      for (const std::string& k : keys[a].keys) add(k);
    }
  }
  // A partial name joins the one group whose attach keys it meets.
  for (size_t a = 0; a < n; ++a) {
    if (!keys[a].partial || names[a].linked >= 0) continue;
    const size_t self = uf.Find(a);
    size_t found = n;
    bool ambiguous = false;
    for (const std::string& k : keys[a].keys) {
      auto it = attached.find(k);
      if (it == attached.end()) continue;
      for (size_t r : it->second) {
        r = uf.Find(r);
        if (r == self || r == found) continue;
        if (found != n) ambiguous = true;
        found = r;
      }
    }
    if (found != n && !ambiguous) uf.Join(a, found);
  }
  // One entity per group, in the order of first mention.
  std::vector<Entity> out;
  out.reserve(n);
  std::vector<size_t> entity_of(n, SIZE_MAX);
  std::vector<bool> has_complete;
  std::vector<size_t> named_by;  // per entity: the name its `name` was taken from, or n
  for (size_t a = 0; a < n; ++a) {
    const size_t root = uf.Find(a);
    if (entity_of[root] == SIZE_MAX) {
      entity_of[root] = out.size();
      out.emplace_back();
      out.back().partial = true;
      has_complete.push_back(false);
      named_by.push_back(n);
    }
    const size_t e = entity_of[root];
    Entity& entity = out[e];
    const FoundName& f = names[a];
    std::string surface;
    for (size_t w = 0; w < f.words.size(); ++w) {
      if (w > 0) surface.push_back(' ');
      surface += f.words[w];
    }
    entity.mentions.push_back({f.span, f.sentence});
    AddUnique(entity.variants, surface);
    const bool complete = !keys[a].partial || (f.acronym && f.linked >= 0);
    if (complete && !has_complete[e]) {
      // The first complete name replaces the keys of partial ones.
      has_complete[e] = true;
      entity.partial = false;
      entity.keys.clear();
    }
    if (complete || !has_complete[e]) {
      for (const std::string& k : keys[a].keys) AddUnique(entity.keys, k);
    }
    if (complete) {
      for (const std::string& k : keys[a].attach_keys) AddUnique(entity.attach_keys, k);
      if (f.acronym) {
        for (const std::string& k : keys[a].keys) AddUnique(entity.attach_keys, k);
      }
    }
    // Name and type: the gazetteer's, else the most complete name seen.
    if (f.gazetteer >= 0) {
      const GazetteerEntry& g = lexicon.Entry(static_cast<uint32_t>(f.gazetteer));
      entity.name = g.name;
      entity.type = g.type;
      entity.kind = g.kind;
      named_by[e] = n;
    } else if (entity.name.empty() ||
               (complete && !f.acronym && f.words.size() > 1 &&
                entity.name.find(' ') == std::string::npos &&
                std::none_of(entity.keys.begin(), entity.keys.end(),
                             [](const std::string& k) { return k.rfind("g:", 0) == 0; }))) {
      entity.name = surface;
      named_by[e] = a;
    }
    if (f.acronym && f.linked >= 0 && f.gazetteer < 0 && entity.type != EntityType::kPlace) {
      // An acronym spelled out in the text names an organisation.
      entity.type = EntityType::kOrganization;
    } else if (entity.type == EntityType::kOther ||
               (f.titled && entity.type != EntityType::kPerson && f.gazetteer < 0 && !f.acronym)) {
      if (f.type != EntityType::kOther && !(f.acronym && entity.type != EntityType::kOther)) {
        entity.type = f.titled ? EntityType::kPerson : f.type;
      }
    }
  }
  // A person's name to show is in the nominative ("По словам Елены
  // Смирновой": Елена Смирнова).
  for (size_t e = 0; e < out.size(); ++e) {
    if (out[e].type != EntityType::kPerson || named_by[e] == n) continue;
    out[e].name = NominativeName(lexicon, names[named_by[e]].words, names[named_by[e]].lang);
  }
  for (Entity& e : out) {
    std::sort(e.keys.begin(), e.keys.end());
    std::sort(e.attach_keys.begin(), e.attach_keys.end());
    std::sort(
        e.mentions.begin(), e.mentions.end(),
        [](const EntityMention& x, const EntityMention& y) { return x.span.start < y.span.start; });
  }
  return out;
}

}  // namespace parallax::annotate
