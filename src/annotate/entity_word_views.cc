// The entity lexicon's word views: the folded spellings a word can stand
// for (case endings undone, transliterated, acronym dots dropped), cached
// per thread for the lexicon that used the thread last.
#include <algorithm>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/entity_lexicon.h"

namespace parallax::annotate {

namespace {

// The per-thread caches of the lexicon that used them last on this thread
// (`owner`, its instance number): a word's views (WordViews) and the folded
// spellings of each nominative candidate, which the same words in other
// scopes and other case forms of a name share (Tokajewa and Tokajew in
// kAny and kSurname both spell "tokajew"). Both go when another lexicon
// takes the thread's caches over, so a new lexicon sees no word before.
// A string-keyed table of folded views, open addressing over indices into
// a deque, so a value stays where it is until clear (callers hold one view
// list while they ask for the next word's).
class ViewTable {
 public:
  // The value of `key` (hash `h`), or null.
  const std::vector<std::string>* Find(std::string_view key, uint64_t h) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const uint32_t e = slots_[i];
      if (e == 0) return nullptr;
      const Entry& entry = entries_[e - 1];
      if (entry.hash == h && entry.key == key) return &entry.value;
    }
  }
  // Adds `key` (not in the table) with `value`; returns the stored value.
  const std::vector<std::string>& Insert(std::string_view key, uint64_t h,
                                         std::vector<std::string> value) {
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    entries_.push_back({h, std::string(key), std::move(value)});
    size_t i = h & (slots_.size() - 1);
    while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = static_cast<uint32_t>(entries_.size());
    return entries_.back().value;
  }
  size_t size() const { return entries_.size(); }
  void clear() {
    entries_.clear();
    std::fill(slots_.begin(), slots_.end(), 0);
  }

 private:
  struct Entry {
    uint64_t hash = 0;
    std::string key;
    std::vector<std::string> value;
  };
  void Grow() {
    slots_.assign(std::max<size_t>(1024, slots_.size() * 2), 0);
    for (size_t e = 0; e < entries_.size(); ++e) {
      size_t i = entries_[e].hash & (slots_.size() - 1);
      while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = static_cast<uint32_t>(e + 1);
    }
  }
  std::deque<Entry> entries_;
  std::vector<uint32_t> slots_;  // entry index + 1; 0 is free; a power of two
};

uint64_t KeyHash(std::string_view key) { return std::hash<std::string_view>{}(key); }

struct WordCache {
  uint64_t owner = 0;
  ViewTable views;      // lang, scope, word
  ViewTable spellings;  // lang, nominative
};

// Past this many entries a cache is emptied (a few MB).
constexpr size_t kMaxCachedWords = 100000;

WordCache& ThreadWordCache() {
  thread_local WordCache cache;
  return cache;
}

}  // namespace

const std::vector<std::string>& EntityLexicon::WordViews(std::string_view word,
                                                         std::string_view lang,
                                                         EndingScope scope) const {
  // The same words come back all through a document and a corpus: a cache
  // per thread, for this lexicon only.
  WordCache& cache = ThreadWordCache();
  if (cache.owner != instance_) {
    cache.views.clear();
    cache.spellings.clear();
    cache.owner = instance_;
  }
  // One key string per thread, refilled: no allocation for a word seen.
  thread_local std::string key;
  key.clear();
  key.append(lang).push_back(static_cast<char>('0' + static_cast<int>(scope)));
  key.append(word);
  const uint64_t h = KeyHash(key);
  if (const std::vector<std::string>* found = cache.views.Find(key, h)) return *found;
  std::vector<std::string> views = ComputeWordViews(word, lang, scope);
  if (cache.views.size() >= kMaxCachedWords) cache.views.clear();
  return cache.views.Insert(key, h, std::move(views));
}

std::vector<std::string> EntityLexicon::ComputeWordViews(std::string_view word,
                                                         std::string_view lang,
                                                         EndingScope scope) const {
  std::vector<std::string> out;
  if (AcronymShaped(word)) {
    // An acronym as written (EEUU is not EU), then as a word in capitals.
    std::string ascii = WithoutDots(folder_.ToAscii(word, lang));
    if (!ascii.empty()) out.push_back("=" + ascii);
  }
  // The spellings cache serves this lexicon only (taken over in WordViews;
  // the constructor's calls go without it).
  WordCache& cache = ThreadWordCache();
  const bool cached = cache.owner == instance_;
  thread_local std::string key;
  for (const std::string& nominative : Nominatives(LowerUtf8(word), lang, scope)) {
    if (cached) {
      key.assign(lang).push_back('\0');
      key.append(nominative);
      const uint64_t h = KeyHash(key);
      const std::vector<std::string>* spelt = cache.spellings.Find(key, h);
      if (spelt == nullptr) {
        std::vector<std::string> forms = SpellNominative(nominative, lang);
        if (cache.spellings.size() >= kMaxCachedWords) cache.spellings.clear();
        spelt = &cache.spellings.Insert(key, h, std::move(forms));
      }
      for (const std::string& f : *spelt) AddUnique(out, f);
    } else {
      for (std::string& f : SpellNominative(nominative, lang)) AddUnique(out, std::move(f));
    }
  }
  return out;
}

std::vector<std::string> EntityLexicon::SpellNominative(const std::string& nominative,
                                                        std::string_view lang) const {
  std::vector<std::string> folded;
  std::string ascii, bare;
  folder_.ToAsciiForms(nominative, lang, ascii, bare);
  folder_.Fold(ascii, lang, folded);
  // Names are often written without their diacritics (Vucic for Vučić):
  // the form with the marks dropped is a view too.
  if (bare != ascii) folder_.Fold(bare, "", folded);
  // A second reading where data/names/transliteration.tsv names one
  // (Ukrainian г read as Russian g: Шойгу, Гутерреш).
  if (const std::string_view also = folder_.AlsoReadAs(lang); !also.empty()) {
    const std::string other = folder_.ToAscii(nominative, also);
    if (other != ascii) folder_.Fold(other, "", folded);
  }
  return folded;
}

}  // namespace parallax::annotate
