// parallax annotate stage: what the entity recogniser knows about names,
// read from data/: the cue words of each language (data/<lang>/entities.tsv),
// case endings of names (data/<lang>/name_endings.tsv), surname endings
// that mark a person (data/names/surname_suffixes.tsv) and the gazetteer
// (data/gazetteer/*.tsv plus files the user gives). data/entities-README.md
// documents every format.
#ifndef PARALLAX_ANNOTATE_ENTITY_LEXICON_H_
#define PARALLAX_ANNOTATE_ENTITY_LEXICON_H_

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annotate/entity_fold.h"
#include "parallax/document.h"

namespace parallax::annotate {

// Appends `s` to `v` unless `v` holds it already (lists of a few views or
// keys: a linear scan beats a set).
inline void AddUnique(std::vector<std::string>& v, std::string s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
}

// Lower-cases UTF-8 text code point by code point (ICU simple case
// mapping); invalid bytes are dropped.
std::string LowerUtf8(std::string_view text);

// LowerUtf8(text) appended to `out`.
void AppendLowerUtf8(std::string_view text, std::string& out);

// An acronym without the dots between its letters: "U.S." is "US".
std::string WithoutDots(std::string s);

// Whether `word` is written like an acronym: two or more letters, none
// lower case ("CSTO", "ОДКБ"), or at most five letters with a capital
// right after a lower-case letter ("AfD", "PiS", "IStGH").
bool AcronymShaped(std::string_view word);

// A set of lower-case words or phrases, looked up by std::string_view
// without making a string: open addressing over a power-of-two table (a
// lookup is a hash, a mask and most often one comparison).
class WordSet {
 public:
  // Adds `word`; false if it was there already.
  bool insert(std::string word);
  // 1 if `word` is in the set, else 0.
  size_t count(std::string_view word) const;
  // The position of `word` in words(), or npos when it is not in the set.
  size_t IndexOf(std::string_view word) const;
  static constexpr size_t npos = static_cast<size_t>(-1);
  bool empty() const { return words_.empty(); }
  size_t size() const { return words_.size(); }
  // The words, in the order they were added.
  const std::vector<std::string>& words() const { return words_; }

 private:
  struct Slot {
    uint32_t index = 0;  // into words_, plus one; 0: empty
    uint32_t hash = 0;
  };
  static uint32_t Hash(std::string_view word);
  // The slot that holds `word`, or the empty slot where it would go.
  size_t Find(std::string_view word, uint32_t hash) const;
  void Grow();

  std::vector<std::string> words_;
  std::vector<Slot> slots_;  // size 0 or a power of two, at most half full
};

// Where a case-ending rule applies.
enum class EndingScope : uint8_t { kAny, kName, kGiven, kSurname, kPlace };

struct EndingRule {
  std::string ending;       // lower case, the language's script
  std::string replacement;  // "" for none
  EndingScope scope = EndingScope::kAny;
};

// The cue words of one language (all lower case).
struct EntityCues {
  WordSet titles;          // "president", "prime minister"
  size_t title_words = 1;  // words in the longest title
  WordSet org_words;
  WordSet place_words;
  WordSet place_preps;
  WordSet stops;
  WordSet particles;
  WordSet articles;
  WordSet commons;
  std::vector<std::string> noun_suffixes;
  WordSet elisions;  // "l", "dell": l'ONU is ONU
  WordSet months;    // data/<lang>/months.txt
  // The cue words above (stops, commons, articles, particles, place
  // prepositions, months) whose word views (WordViews, scope kAny) start
  // no gazetteer name: capitalised at a sentence's start, such a word needs
  // no views to know that (worked out once the gazetteer is read).
  WordSet no_gazetteer_start;
  // Organisation and place names capitalise their first word only
  // ("Evropská komise", "Организация Договора ..."): kind `style`,
  // `first-word-capital`.
  bool first_word_capital = false;
  std::vector<EndingRule> endings;  // longest ending first
  // Endings of a woman's nominative given name and surname, which agree in
  // them (name_endings.tsv rows of scope `feminine`: ru "а", "я"; pl "a").
  std::vector<std::string> feminine;
};

// One entity of the gazetteer.
struct GazetteerEntry {
  std::string id;    // "org:csto"
  std::string kind;  // "organization/alliance"
  EntityType type = EntityType::kOther;
  std::string name;  // the display name (the first row)
};

class EntityLexicon {
 public:
  // Reads every language folder of `data_dir` that has entity files, the
  // names folder and data/gazetteer/*.tsv, then each of `gazetteer_files`
  // (same format) in order; `bundled` false skips data/gazetteer/. Throws
  // DataError naming the file and line of a malformed row, or a case-ending
  // rule whose example does not hold.
  EntityLexicon(const std::string& data_dir, const std::vector<std::string>& gazetteer_files,
                bool bundled = true);

  // The cues of `lang`; a language without files gets empty cues.
  const EntityCues& Cues(std::string_view lang) const;

  // The nominative candidates of a lower-case word of `lang`: the word
  // itself first, then what each case-ending rule of `scope` (kAny: every
  // rule) makes of it, without repeats. A rule needs two letters of stem
  // before its ending and makes no name shorter than three (Dudzie -> Duda).
  std::vector<std::string> Nominatives(std::string_view lower, std::string_view lang,
                                       EndingScope scope) const;

  // The folded views of one word of `lang` (any case, any script): the
  // folds of each nominative candidate (scope as above), without repeats;
  // a word shaped like an acronym (AcronymShaped) first gets "=" and its
  // letters as written, lower case ("=csto", "=afd", "=odkb"). Cached per
  // thread; the reference stays valid until the next WordViews call on the
  // same thread (a call may empty the cache): copy what must outlive it.
  const std::vector<std::string>& WordViews(std::string_view word, std::string_view lang,
                                            EndingScope scope) const;

  // Whether a lower-case nominative name word of `lang` has a feminine
  // ending of that language (EntityCues::feminine); false in a language
  // that lists none.
  bool FeminineForm(std::string_view lower, std::string_view lang) const;

  // Whether a lower-case last word of a name ends like a surname
  // ("-ov", "-enko", "-ski", "-shvili" ...).
  bool SurnameShaped(std::string_view folded) const;

  // Whether one of the folded views of a word (WordViews, scope kGiven) is a
  // given name of data/names/given_names.tsv (Władimira, Владимир,
  // Wolodymyr). Evidence, not a whitelist: a name not in the list is still
  // a name.
  bool GivenName(const std::vector<std::string>& views) const;

  // The gazetteer entries whose name, word by word, could be the words of
  // `views` (views[i] holds the views of the i-th word of the text from
  // where the name would start): pairs of (entry index, number of words
  // matched), longest first. An abbreviation of the gazetteer ("US", "UN",
  // "AfD") has one view, itself after "=", which only a word written the
  // same way in capitals has (WordViews), so "Un" and "us" are never the UN
  // or the US, and "EU" is not "EEUU". A `short` name matches only in its
  // own language (`lang`), where it is the usual short form ("Rada" in
  // English news; in Polish "rada" is any council).
  std::vector<std::pair<uint32_t, uint32_t>> MatchGazetteer(
      const std::vector<std::vector<std::string>>& views, std::string_view lang) const;
  // The longest name (in words) in the gazetteer.
  size_t GazetteerMaxWords() const { return gazetteer_max_words_; }
  // The first word views of gazetteer names, for a quick test before
  // building the views of the words after it.
  bool StartsGazetteerName(const std::vector<std::string>& first_views) const;
  // The most words of a gazetteer name that MatchGazetteer could still
  // match, given the views of its first views.size() words (at least one):
  // the longest name of `lang` whose first views.size() words (as many as
  // it has) share a view with those. A caller builds the views of the next
  // word only while this is larger than views.size(): views of words no
  // candidate reaches change nothing of what MatchGazetteer returns.
  size_t MatchableWords(const std::vector<std::vector<std::string>>& views,
                        std::string_view lang) const;

  const GazetteerEntry& Entry(uint32_t index) const { return entries_[index]; }
  size_t GazetteerSize() const { return entries_.size(); }
  const NameFolder& folder() const { return folder_; }

 private:
  void LoadCues(const std::string& data_dir, const std::string& lang);
  std::vector<std::string> ComputeWordViews(std::string_view word, std::string_view lang,
                                            EndingScope scope) const;
  // The folds of one nominative candidate of a word of `lang` (its ASCII
  // spelling, the one without diacritics, the second reading), in order,
  // repeats kept as Fold makes them.
  std::vector<std::string> SpellNominative(const std::string& nominative,
                                           std::string_view lang) const;
  void LoadGazetteer(const std::string& path);

  NameFolder folder_;
  uint64_t instance_ = 0;  // keys the per-thread cache of WordViews
  std::map<std::string, EntityCues, std::less<>> cues_;
  EntityCues none_;
  std::vector<std::string> surname_suffixes_;  // folded
  WordSet given_names_;                        // folded, every reading of each row
  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, uint32_t> entry_index_;
  // A gazetteer name: its entry and the views of each of its words.
  struct GazName {
    uint32_t entry = 0;
    bool abbr = false;
    std::string short_lang;  // a `short` row: its language; else ""
    std::vector<std::vector<std::string>> words;
  };
  std::vector<GazName> names_;
  // The first-word views of the gazetteer names, and for each (same index
  // as first_views_.words()) the names_ that start with it.
  WordSet first_views_;
  std::vector<std::vector<uint32_t>> by_first_view_;
  size_t gazetteer_max_words_ = 0;
};

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_ENTITY_LEXICON_H_
