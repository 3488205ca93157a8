// Finding the names in a sentence: words, gazetteer names, acronyms, runs
// of capitalised words, and their types from the cues around them.
#include "annotate/entity_mentions.h"

#include <algorithm>

namespace parallax::annotate {
namespace {

// The most words a run of capitalised words takes as one name: the longest
// names of the gazetteer and the test tables have 7 ("Organisation des
// Vertrags über kollektive Sicherheit" is matched by the gazetteer, not by
// runs); a longer run is a title line or a list, not one name.
constexpr size_t kMaxNameWords = 8;

// Roman numerals ("II", "XIV") are not acronyms.
bool RomanNumeral(std::string_view w) {
  return std::all_of(w.begin(), w.end(), [](char c) {
    return std::string_view("IVXLCDM").find(c) != std::string_view::npos;
  });
}

std::string_view WordText(std::string_view text, const NameWord& w) {
  return text.substr(w.start, w.end - w.start);
}

// The words of a sentence in lower case, each made once, in one buffer
// where each word is followed by one space, so the words [from, to)
// joined by spaces are a view of it ("prime minister").
class LowerWords {
 public:
  LowerWords(std::string_view text, const std::vector<NameWord>& words) {
    buffer_.reserve(text.size() + words.size());
    starts_.reserve(words.size() + 1);
    for (const NameWord& w : words) {
      starts_.push_back(static_cast<uint32_t>(buffer_.size()));
      AppendLowerUtf8(WordText(text, w), buffer_);
      buffer_.push_back(' ');
    }
    starts_.push_back(static_cast<uint32_t>(buffer_.size()));
  }
  // Word k in lower case.
  std::string_view operator[](size_t k) const { return Phrase(k, k + 1); }
  // Words [from, to) (from < to) in lower case, joined by one space.
  std::string_view Phrase(size_t from, size_t to) const {
    return std::string_view(buffer_).substr(starts_[from], starts_[to] - starts_[from] - 1);
  }

 private:
  std::string buffer_;
  std::vector<uint32_t> starts_;
};

// Whether the lower-case `word` is a common word, not a name, in `cues`.
bool CommonWord(const EntityCues& cues, std::string_view lower) {
  if (cues.stops.count(lower) != 0 || cues.commons.count(lower) != 0) return true;
  for (const std::string& s : cues.noun_suffixes) {
    if (lower.size() > s.size() + 2 && lower.substr(lower.size() - s.size()) == s) return true;
  }
  return false;
}

// A language that capitalises its nouns (German) says so by listing noun
// suffixes: there a capital letter alone is no evidence of a name.
bool CapitalisesNouns(const EntityCues& cues) { return !cues.noun_suffixes.empty(); }

// Whether the words before `name_start` end with a title of `cues`, the
// title joined to the name by spaces only. The title may stand before
// `title_end` instead of right before the name, to skip a place named in
// between ("президент Казахстана Токаев").
bool TitledAt(const EntityCues& cues, const LowerWords& lower, const std::vector<NameWord>& words,
              size_t name_start, size_t title_end) {
  if (cues.titles.empty() || title_end == 0 || title_end > name_start) return false;
  if (name_start < words.size() && !words[name_start].joined) return false;
  if (title_end < name_start && !words[title_end].joined) return false;
  for (size_t n = 1; n <= cues.title_words && n <= title_end; ++n) {
    const size_t k = title_end - n;
    if (n > 1 && !words[k + 1].joined) break;
    if (cues.titles.count(lower.Phrase(k, title_end)) != 0) return true;
  }
  return false;
}

}  // namespace

void GatherEvidence(const EntityLexicon& lexicon, std::string_view text,
                    const std::vector<NameWord>& words, std::string_view lang,
                    NameEvidence& evidence) {
  const EntityCues& cues = lexicon.Cues(lang);
  const bool nouns = CapitalisesNouns(cues);
  std::string lower;
  for (const NameWord& w : words) {
    if (w.initial || w.letters == 0 || w.caseless) continue;
    if (w.upper_initial && !w.all_caps) {
      if (nouns) continue;
      lower.clear();
      AppendLowerUtf8(WordText(text, w), lower);
      if (evidence.capitalised_inside.count(lower) == 0) evidence.capitalised_inside.insert(lower);
    } else if (!w.upper_initial) {
      const std::string_view t = WordText(text, w);
      if (evidence.seen_lower.count(t) == 0) evidence.seen_lower.insert(std::string(t));
    }
  }
}

namespace {

// The words of a sentence with elided articles cut off ("l'ONU" is "ONU"
// when "l" is an elision of the language): `words` itself when none is,
// else `cut` filled with them.
const std::vector<NameWord>& CutElisions(const EntityCues& cues, std::string_view text,
                                         const std::vector<NameWord>& words,
                                         std::vector<NameWord>& cut_words) {
  if (cues.elisions.empty()) return words;
  bool copied = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const NameWord& w = words[i];
    const std::string_view t = WordText(text, w);
    size_t cut = t.find('\'');
    size_t width = 1;
    if (const size_t curly = t.find("\u2019"); curly < cut) {
      cut = curly;
      width = 3;
    }
    if (cut == std::string_view::npos || cut == 0 || cut + width >= t.size()) continue;
    if (cues.elisions.count(LowerUtf8(t.substr(0, cut))) == 0) continue;
    const std::vector<NameWord> rest = SplitNameWords(t.substr(cut + width));
    if (rest.size() != 1) continue;
    const uint32_t base = w.start + static_cast<uint32_t>(cut + width);
    NameWord n = rest[0];
    n.start += base;
    n.end += base;
    n.initial = w.initial;
    n.joined = w.joined;
    n.after_open_paren = w.after_open_paren;
    n.before_close_paren = w.before_close_paren;
    if (!copied) {
      cut_words = words;
      copied = true;
    }
    cut_words[i] = n;
  }
  return copied ? cut_words : words;
}

// The end of the last title inside words [start, end) that leaves at least
// one word after it ("Russian Foreign Minister | Sergei Lavrov"), or start.
size_t AfterTitles(const EntityCues& cues, const LowerWords& lower, size_t start, size_t end) {
  size_t after = start;
  for (size_t p = start; p + 1 < end; ++p) {
    for (size_t n = 1; n <= cues.title_words && p + n < end; ++n) {
      if (cues.titles.count(lower.Phrase(p, p + n)) != 0) after = p + n;
    }
  }
  return after;
}

// Whether words[first] and words[first + 1] read as a noun and a name in
// an oblique case: the second word has a case ending of `lang` (its
// nominative candidates are more than itself), the first is no given name,
// no organisation or place word and no surname.
bool InflectedBeforeNoun(const EntityLexicon& lexicon, const EntityCues& cues,
                         std::string_view text, const LowerWords& lower,
                         const std::vector<NameWord>& words, size_t first, std::string_view lang) {
  const std::string_view noun = lower[first];
  if (cues.org_words.count(noun) != 0 || cues.place_words.count(noun) != 0) return false;
  if (lexicon.Nominatives(lower[first + 1], lang, EndingScope::kSurname).size() < 2) return false;
  const std::vector<std::string>& views =
      lexicon.WordViews(WordText(text, words[first]), lang, EndingScope::kGiven);
  if (lexicon.GivenName(views)) return false;
  for (const std::string& v : views) {
    if (lexicon.SurnameShaped(v)) return false;
  }
  return true;
}

// Whether words[first] is a noun before a full name that starts with a
// given name ("Волонтер Ахмед Бараасі", "Volunteer Ahmed Barasi"): the
// next word is a given name, and this one is no given name, no surname and
// no organisation or place word.
bool NounBeforeGivenName(const EntityLexicon& lexicon, const EntityCues& cues,
                         std::string_view text, const LowerWords& lower,
                         const std::vector<NameWord>& words, size_t first, std::string_view lang) {
  const std::string_view noun = lower[first];
  if (cues.org_words.count(noun) != 0 || cues.place_words.count(noun) != 0) return false;
  {
    // WordViews' result lives until its next call: used up in this block.
    const std::vector<std::string>& views =
        lexicon.WordViews(WordText(text, words[first]), lang, EndingScope::kGiven);
    if (lexicon.GivenName(views)) return false;
    for (const std::string& v : views) {
      if (lexicon.SurnameShaped(v)) return false;
    }
  }
  return lexicon.GivenName(
      lexicon.WordViews(WordText(text, words[first + 1]), lang, EndingScope::kGiven));
}

// Whether words[k] is a given name followed by a capitalised word of the
// same name (joined by a space only), a surname by its place.
bool GivenNameBeforeName(const EntityLexicon& lexicon, std::string_view text,
                         const std::vector<NameWord>& words, size_t k, std::string_view lang) {
  if (k + 1 >= words.size() || !words[k + 1].joined || !words[k + 1].upper_initial ||
      words[k + 1].all_caps || words[k].all_caps) {
    return false;
  }
  return lexicon.GivenName(lexicon.WordViews(WordText(text, words[k]), lang, EndingScope::kGiven));
}

// The gazetteer names that start at each word of a sentence, worked out
// once per word.
class GazetteerStarts {
 public:
  using Hits = std::vector<std::pair<uint32_t, uint32_t>>;
  GazetteerStarts(const EntityLexicon& lexicon, std::string_view text,
                  const std::vector<NameWord>& words, const LowerWords& lowered,
                  std::string_view lang)
      : lexicon_(lexicon),
        cues_(lexicon.Cues(lang)),
        text_(text),
        words_(words),
        lowered_(lowered),
        lang_(lang),
        known_(words.size(), 0) {}

  // The gazetteer names that start at word k, longest first.
  const Hits& At(size_t k) {
    if (known_[k] == kNone) return none_;
    if (known_[k] >= kFirstHits) return hits_[known_[k] - kFirstHits];
    // A cue word ("The", "Die", "W") known to start no name: no views.
    if (cues_.no_gazetteer_start.count(lowered_[k]) != 0 && !AcronymShaped(Word(k))) {
      known_[k] = kNone;
      return none_;
    }
    const std::vector<std::string>& first = lexicon_.WordViews(Word(k), lang_, EndingScope::kAny);
    if (!lexicon_.StartsGazetteerName(first)) {
      known_[k] = kNone;
      return none_;
    }
    views_.assign(1, first);
    // The views of the words after it, only as far as a name that starts
    // with those read so far reaches (a word's views cost a
    // transliteration and the spelling rules on first sight).
    for (size_t n = k + 1; n < words_.size() && views_.size() < lexicon_.GazetteerMaxWords(); ++n) {
      if (!words_[n].joined || lexicon_.MatchableWords(views_, lang_) <= views_.size()) break;
      views_.push_back(lexicon_.WordViews(Word(n), lang_, EndingScope::kAny));
    }
    Hits hits = lexicon_.MatchGazetteer(views_, lang_);
    if (hits.empty()) {
      known_[k] = kNone;
      return none_;
    }
    known_[k] = static_cast<uint32_t>(kFirstHits + hits_.size());
    hits_.push_back(std::move(hits));
    return hits_.back();
  }

 private:
  // Per word: not looked up yet, starts no name, or kFirstHits + the index
  // of its hits in hits_ (a lookup in constant time: a sentence may hold
  // thousands of names).
  enum : uint32_t { kUnknown = 0, kNone = 1, kFirstHits = 2 };
  std::string_view Word(size_t k) const { return WordText(text_, words_[k]); }

  const EntityLexicon& lexicon_;
  const EntityCues& cues_;
  std::string_view text_;
  const std::vector<NameWord>& words_;
  const LowerWords& lowered_;
  std::string_view lang_;
  std::vector<uint32_t> known_;
  std::vector<Hits> hits_;  // of the words known to start names
  std::vector<std::vector<std::string>> views_;
  const Hits none_;
};

}  // namespace

void FindNames(const EntityLexicon& lexicon, std::string_view text, uint32_t offset,
               uint32_t sentence, const std::vector<NameWord>& all_words, std::string_view lang,
               const NameEvidence& evidence, std::vector<FoundName>& out) {
  const EntityCues& cues = lexicon.Cues(lang);
  std::vector<NameWord> cut_words;
  const std::vector<NameWord>& words = CutElisions(cues, text, all_words, cut_words);
  const bool nouns = CapitalisesNouns(cues);
  size_t cased = 0, capitals = 0;
  for (const NameWord& w : words) {
    if (w.letters == 0 || w.caseless) continue;
    ++cased;
    capitals += w.all_caps;
  }
  // A headline or a shout in capitals: every word looks like an acronym.
  const bool shouting = cased >= 3 && capitals * 10 >= cased * 6;
  const size_t first_found = out.size();
  size_t last_end = 0;  // the word after the last name found (for titles)
  auto emit = [&](size_t from, size_t to, EntityType type) -> FoundName& {
    FoundName f;
    f.span = {offset + words[from].start, offset + words[to - 1].end};
    f.sentence = sentence;
    f.lang = std::string(lang);
    f.words.reserve(to - from);
    for (size_t k = from; k < to; ++k) f.words.emplace_back(WordText(text, words[k]));
    f.type = type;
    out.push_back(std::move(f));
    last_end = to;
    return out.back();
  };
  const LowerWords lowered(text, words);
  GazetteerStarts gazetteer(lexicon, text, words, lowered, lang);
  auto gazetteer_at = [&](size_t k) -> const GazetteerStarts::Hits& { return gazetteer.At(k); };
  size_t i = 0;
  while (i < words.size()) {
    const NameWord& w = words[i];
    if (w.letters == 0 || !(w.upper_initial || w.caseless)) {
      ++i;
      continue;
    }
    const std::string_view surface = WordText(text, w);
    // 1. The gazetteer, longest name first. One word alone must be more
    // than a letter, more than three letters in a script without capitals
    // (Arabic "في" is not Fiji) and in a sentence in capitals ("AS" is not
    // the African Union), and not a stop word at the sentence's start.
    if (const GazetteerStarts::Hits& hits = gazetteer_at(i); !hits.empty()) {
      const std::string_view lower = lowered[i];
      // A copy: looking up the next word below may move `hits`.
      const std::pair<uint32_t, uint32_t> top = hits[0];
      const bool single = top.second == 1;
      const bool weak =
          single &&
          (w.letters < 2 || ((w.caseless || shouting) && w.letters < 4) ||
           (w.initial && (cues.stops.count(lower) != 0 || cues.months.count(lower) != 0)));
      // A given name before a capitalised word starts a person's name, not
      // a place named alike ("За словами Тараса Кравця" is no Taraz).
      const bool given_first = single && lexicon.Entry(top.first).type == EntityType::kPlace &&
                               GivenNameBeforeName(lexicon, text, words, i, lang) &&
                               gazetteer_at(i + 1).empty();
      if (!weak && !given_first) {
        const GazetteerEntry& e = lexicon.Entry(top.first);
        FoundName& f = emit(i, i + top.second, e.type);
        f.gazetteer = static_cast<int32_t>(top.first);
        f.titled = e.type == EntityType::kPerson && TitledAt(cues, lowered, words, i, i);
        i += top.second;
        continue;
      }
    }
    if (w.caseless) {
      ++i;
      continue;
    }
    const std::string_view lower = lowered[i];
    // 2. An acronym: "CSTO", "ОДКБ", "AfD".
    if ((w.all_caps || AcronymShaped(surface)) && !shouting) {
      if (w.letters <= 10 && !RomanNumeral(surface) && cues.stops.count(lower) == 0) {
        FoundName& f = emit(i, i + 1, EntityType::kOrganization);
        f.acronym = true;
      }
      ++i;
      continue;
    }
    // 3. A run of capitalised words, with particles inside ("von der"); a
    // word that starts a gazetteer name starts a name of its own.
    size_t end = i + 1;
    while (end < words.size() && words[end].joined && end - i < kMaxNameWords) {
      const NameWord& n = words[end];
      if (n.letters > 0 && n.upper_initial && !n.all_caps) {
        // A place word after a place preposition or a place noun, before a
        // given name and its surname, is a name of its own: the place the
        // person is from ("strażak z Bairnsdale Liam Doherty", "жительница
        // деревни Кудамы Галина Хямяляйнен"); not when it is itself a given
        // name ("z Anną Marią Nowak"). Other words before a person stay
        // with the title they complete ("ministro degli Esteri Antonio
        // Tajani").
        if (end == i + 1 && i > 0 && words[i].joined &&
            (cues.place_preps.count(lowered[i - 1]) != 0 ||
             cues.place_words.count(lowered[i - 1]) != 0) &&
            GivenNameBeforeName(lexicon, text, words, end, lang) &&
            !lexicon.GivenName(lexicon.WordViews(surface, lang, EndingScope::kGiven))) {
          break;
        }
        // A place named alike a surname right after a given name is the
        // surname ("Ольги Шевченко" is no town Shevchenko).
        if (const GazetteerStarts::Hits& at = gazetteer_at(end);
            !at.empty() &&
            !(at[0].second == 1 && lexicon.Entry(at[0].first).type == EntityType::kPlace &&
              GivenNameBeforeName(lexicon, text, words, end - 1, lang))) {
          break;
        }
        ++end;
        continue;
      }
      size_t p = end;
      while (p < words.size() && words[p].joined && !words[p].upper_initial &&
             cues.particles.count(lowered[p]) != 0) {
        ++p;
      }
      if (p > end && p < words.size() && words[p].joined && words[p].upper_initial &&
          !words[p].all_caps && gazetteer_at(p).empty()) {
        end = p + 1;
        continue;
      }
      break;
    }
    size_t start = i;
    i = end;
    if (shouting) continue;
    bool titled = TitledAt(cues, lowered, words, start, start);
    if (!titled && last_end == start && first_found < out.size() &&
        out.back().type == EntityType::kPlace && out.back().words.size() <= start) {
      titled = TitledAt(cues, lowered, words, start, start - out.back().words.size());
    }
    // Titles written with a capital inside the run ("German Chancellor
    // Friedrich Merz", "Präsident Tokajew").
    if (const size_t after = AfterTitles(cues, lowered, start, end); after > start) {
      start = after;
      titled = true;
    }
    while (start < end) {
      const std::string_view l = lowered[start];
      const bool after_article =
          start > 0 && words[start].joined && cues.articles.count(lowered[start - 1]) != 0;
      if (CommonWord(cues, l) || (nouns && after_article && !titled)) {
        ++start;
        continue;
      }
      break;
    }
    while (end > start && CommonWord(cues, lowered[end - 1])) --end;
    if (start >= end) continue;
    // Where names capitalise their first word only, an organisation or
    // place word in lower case continues the name ("Evropská komise"),
    // unless the capitalised word is a sentence's first and is seen in
    // lower case elsewhere ("Вывод войск").
    // Not after a person's given name and surname ("z Piotrem Zielińskim o
    // odbudowie mostu").
    if (cues.first_word_capital &&
        !(words[start].initial && end - start == 1 &&
          evidence.seen_lower.count(lowered[start]) != 0) &&
        !(end - start >= 2 && GivenNameBeforeName(lexicon, text, words, end - 2, lang))) {
      for (size_t k = end;
           k < words.size() && k < end + 3 && words[k].joined && !words[k].upper_initial; ++k) {
        const std::string_view l = lowered[k];
        if (cues.stops.count(l) != 0) break;
        if (cues.org_words.count(l) != 0 || cues.place_words.count(l) != 0) {
          end = k + 1;
          break;
        }
      }
    }
    // A noun that starts a sentence before a name in a case other than the
    // nominative is no part of the name ("Krytycy Tokajewa", "Позиция
    // Токаева", "Kritiker Tokajews"): a first word that is not a given
    // name (data/names/given_names.tsv), before a last word that a case
    // ending of the language makes a name of.
    if (words[start].initial && end - start == 2 && !titled && words[start + 1].upper_initial &&
        InflectedBeforeNoun(lexicon, cues, text, lowered, words, start, lang)) {
      ++start;
    } else if (words[start].initial && end - start >= 3 && !titled &&
               NounBeforeGivenName(lexicon, cues, text, lowered, words, start, lang)) {
      // The same for a noun before a given name and a surname.
      ++start;
    }
    const size_t count = end - start;
    if (count == 1 && words[start].letters < 2) continue;  // "M." (Monsieur), an initial alone
    const std::vector<std::string>& last_views =
        lexicon.WordViews(WordText(text, words[end - 1]), lang, EndingScope::kSurname);
    bool surname_shaped = false;
    for (const std::string& v : last_views)
      surname_shaped = surname_shaped || lexicon.SurnameShaped(v);
    bool org = false, place = false;
    for (size_t k = start; k < end; ++k) {
      const std::string_view l = lowered[k];
      org = org || cues.org_words.count(l) != 0;
      place = place || cues.place_words.count(l) != 0;
    }
    const bool after_place_prep =
        start > 0 && words[start].joined && cues.place_preps.count(lowered[start - 1]) != 0;
    const std::string_view first_lower = lowered[start];
    if (count == 1) {
      if (cues.months.count(first_lower) != 0 && !titled) continue;
      if (cues.titles.count(first_lower) != 0) continue;  // "Szefowa" alone is a title
      const bool initial = words[start].initial;
      const bool known = evidence.capitalised_inside.count(first_lower) != 0;
      bool keep = titled || surname_shaped || org || place;
      if (!keep && nouns)
        keep = after_place_prep && !initial;
      else if (!keep)
        keep = !initial || known;
      if (!keep) continue;
    } else if (words[start].initial && !nouns && count == 2 &&
               evidence.capitalised_inside.count(first_lower) == 0 &&
               evidence.seen_lower.count(first_lower) != 0) {
      // "Yesterday Tokayev ...": a sentence-initial word seen lower case
      // elsewhere is no part of the name.
      ++start;
    }
    EntityType type = EntityType::kOther;
    if (titled)
      type = EntityType::kPerson;
    else if (org)
      type = EntityType::kOrganization;
    else if (place)
      type = EntityType::kPlace;
    else if (surname_shaped)
      type = EntityType::kPerson;
    else if (end - start == 1 && after_place_prep)
      type = EntityType::kPlace;
    else if (end - start >= 2 && end - start <= 3)
      type = EntityType::kPerson;
    FoundName& f = emit(start, end, type);
    f.titled = titled;
  }
  // Acronyms and their expansions: "CSTO (Organizacja ...)", "Organisation
  // des Vertrags ... (OVKS)".
  for (size_t a = first_found; a + 1 < out.size(); ++a) {
    FoundName& x = out[a];
    FoundName& y = out[a + 1];
    const std::string_view between = text.substr(x.span.end - offset, y.span.start - x.span.end);
    if (between.find('(') == std::string_view::npos || between.size() > 4) continue;
    if (x.acronym == y.acronym) continue;
    if (x.linked >= 0 || y.linked >= 0) continue;
    x.linked = static_cast<int32_t>(a + 1);
    y.linked = static_cast<int32_t>(a);
  }
}

}  // namespace parallax::annotate
