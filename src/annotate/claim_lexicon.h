// parallax annotate stage: what the claim finder knows about each language,
// read from data/: the group vocabulary (data/claims/groups.tsv) and the cue
// words of each language (data/<lang>/claims.tsv): event words, group words,
// count nouns, subset markers, words that end a noun phrase and words that
// rule a figure out. data/claims-README.md documents both formats.
#ifndef PARALLAX_ANNOTATE_CLAIM_LEXICON_H_
#define PARALLAX_ANNOTATE_CLAIM_LEXICON_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parallax/document.h"

namespace parallax::annotate {

// What a cue row of claims.tsv says about the words it matches.
enum class CueType : uint8_t {
  kEvent,       // an event word: its ClaimKind ("killed", "ums Leben", "погибш*")
  kWeakEvent,   // a word of the occasion, used when no event word is found:
                // its ClaimKind ("rally", "Kundgebung", "manifestation")
  kGroup,       // a word naming who is counted: its group ("police", "osób")
  kCount,       // a count noun before a figure: "death toll", "Zahl", "число"
  kRise,        // a verb of a rise right before a figure: "rose to", "stieg auf",
                // "выросло до": its "up to" figure is exact
  kSubset,      // a part of a group counted before: "of them", "из них"
  kStop,        // a word that ends the noun phrase after a figure: "were", "by"
  kNotBefore,   // right before a figure, rules it out: "aged", "w wieku"
  kNotAfter,    // right after a figure, rules it out: "years", "Jahre", "лет"
  kJoin,        // a conjunction joining two group words: "and", "und", "y", "и";
                // two services joined count security forces
  kTransfer,    // a verb carrying the counted somewhere ("taken", "gebracht",
                // "доставлены"): the figure's own event noun keeps its kind
                // ("Трое раненых доставлены в больницу" is injured)
  kPlace,       // a preposition of place or part right before a figure: the
                // figure counts places, no `other` claim ("in drei großen
                // Städten wurden Geschäfte geplündert")
  kBackground,  // a word of background statistics in the figure's clause
                // ("population", "live", "Einwohner", "habitants"): a figure
                // with a group noun and no event word is then no `other`
                // claim ("The island is home to 3,000 people")
  kQualifier,   // a qualifier between a `rise` verb and its "to N" ("как
                // минимум", "at least"): its Approx is the figure's
                // ("выросло как минимум до 2411" is at_least)
  kPartitive,   // right after a figure of one, a word that picks one member
                // of a group ("of", "из", "z"): "one of the dead" points at
                // a person, it counts no one
  kThing,       // a noun of things or places ("homes", "Fahrzeuge",
                // "autokarów", "городах"): a figure counting it takes no
                // event nor occasion of people, and a group word after it is
                // its owner ("dwa okręty marynarki wojennej")
  kAnother,     // a word of one more part of a count ("another", "weitere",
                // "ещё", "kolejnych"): the figure after it carries the
                // event and group of the sentence's claim before it
  kStreet,      // a street word ("улица", "вулиця", "ulica", "calle"): a
                // figure after it and a name of one or two words is a house
                // number
  kMotion,      // a verb of motion into a place ("wdarła się", "увірвалася"):
                // its "do N" is the goal, so a figure of things the numbers
                // annotator read as "up to" right after it is exact
  kOne,         // a pronoun of one that the numbers annotator reads as an
                // article ("einer", "eine", "eines"): right before a
                // `partitive` word it is a figure of one ("Einer der
                // getöteten Polizisten wurde enthauptet")
};

// One word of a cue pattern, lower case; `prefix` for a stem written with a
// trailing '*' (the word matches any token that starts with it);
// `gap_before` when "..." stands before it in the pattern ("straci* ...
// życie"): up to kCueGap tokens of its clause, none of them inside a
// figure, may lie between it and the word before.
struct CueWord {
  std::string text;
  bool prefix = false;
  bool gap_before = false;
};

// The most tokens a "..." of a cue pattern stands for.
inline constexpr uint32_t kCueGap = 4;

// One row of a claims.tsv file.
struct Cue {
  CueType type = CueType::kEvent;
  std::vector<CueWord> words;          // never empty
  ClaimKind kind = ClaimKind::kOther;  // kEvent, kWeakEvent: the kind; kGroup: the default kind
  bool has_kind = false;               // kEvent, kWeakEvent always; kGroup when a kind is given
  // kEvent written `other:killed`: the kind when the figure counts people
  // (a group word, an organisation, or no noun): "уничтожены 29 боевиков",
  // "spłonęło pięć osób"; `other:evacuated`: "uratowano 172".
  std::optional<ClaimKind> armed_kind;
  // kEvent written `other:KEY` or `other:<kind>:KEY`, kThing written
  // `other:KEY`: what an `other` claim counts, a key of
  // data/claims/noun_keys.tsv ("beheaded", "houses"); "" when none.
  std::string noun_key;
  std::string group;  // kGroup: a name of groups.tsv
  // kGroup written `foreign_nationals@<country>`: a demonym's country (the
  // gazetteer's English name); the group is people in that country's own
  // documents ("Afghans" in a report from Afghanistan).
  std::string home;
  Approx approx = Approx::kExact;  // kQualifier: the approx it gives
  std::string where;               // "path:line" for messages
};

// The hash the cue filters use, fed one byte at a time (FNV-1a), so that
// the hashes of every prefix of a token come from one pass over it.
inline constexpr uint64_t kCueHashSeed = 0xCBF29CE484222325ULL;
inline uint64_t CueHashStep(uint64_t h, char byte) {
  return (h ^ static_cast<unsigned char>(byte)) * 0x100000001B3ULL;
}
// The cue hash of a whole string.
uint64_t CueHash(std::string_view s);

// A bit set over cue hashes: a word whose bit is clear starts no cue, so
// most tokens skip the hash map (claim_context.cc). False positives only.
class CueFilter {
 public:
  // Sizes the set for about `n` keys (about 1 bit in 16 set).
  void Reserve(size_t n);
  void Add(uint64_t hash);
  // Whether a key with `hash` may have been added; true before Reserve.
  bool MayHold(uint64_t hash) const {
    if (bits_.empty()) return true;
    const uint64_t bit = (hash ^ (hash >> 32)) & mask_;
    return (bits_[bit >> 6] >> (bit & 63)) & 1;
  }

 private:
  std::vector<uint64_t> bits_;
  uint64_t mask_ = 0;
};

// Hash and equality over string views, so lookups by a token's prefix do
// not copy it.
struct CueKeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using CueIndex =
    std::unordered_map<std::string, std::vector<uint32_t>, CueKeyHash, std::equal_to<>>;

// The cues of one language with lookup tables keyed by a cue's first word.
struct ClaimCues {
  std::vector<Cue> cues;
  CueIndex exact;              // first word -> cues
  CueIndex prefix;             // first stem -> cues
  CueFilter exact_filter;      // CueHash of every key of `exact`
  CueFilter prefix_filter;     // CueHash of every key of `prefix`
  size_t min_stem = SIZE_MAX;  // bytes of the shortest first stem
  size_t max_stem = 0;         // bytes of the longest first stem
  bool has_one = false;        // a `one` row is given
};

// A "# example: sentence => kind value group; ..." line of a claims.tsv
// header: what FindClaims must find in the sentence (tests run them).
struct ClaimExample {
  std::string lang;
  std::string sentence;
  std::string expected;  // "killed 18 people; injured 40 police" (or "-" for none)
  std::string where;     // "path:line"
};

// Every language's claim cues and the group vocabulary, loaded once.
// Thread safety: all methods are const and thread-safe.
class ClaimLexicon {
 public:
  // Reads data_dir/claims/groups.tsv and data_dir/<lang>/claims.tsv for each
  // folder that has one. Throws DataError naming the file and line of a
  // malformed row, an unknown kind or group, or a missing groups.tsv.
  explicit ClaimLexicon(const std::string& data_dir);

  // The cues of `lang` (ISO 639-1); nullptr when the language has none.
  const ClaimCues* Cues(std::string_view lang) const;

  // Whether `key` is a key of data/claims/noun_keys.tsv.
  bool KnownNounKey(std::string_view key) const { return noun_keys_.count(key) != 0; }

  // Whether `group` is a name of groups.tsv.
  bool KnownGroup(std::string_view group) const;

  // The parent of `group` in groups.tsv ("security_forces" for "police");
  // empty for a top-level or unknown group.
  std::string_view Parent(std::string_view group) const;

  // The example lines of every claims.tsv, in file order.
  const std::vector<ClaimExample>& Examples() const { return examples_; }

  // Languages that have a claims.tsv, sorted.
  std::vector<std::string> Languages() const;

 private:
  std::map<std::string, ClaimCues, std::less<>> langs_;
  std::map<std::string, std::string, std::less<>> groups_;  // name -> parent
  std::set<std::string, std::less<>> noun_keys_;            // noun_keys.tsv
  std::vector<ClaimExample> examples_;
};

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_CLAIM_LEXICON_H_
