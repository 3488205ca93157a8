// Loading what the entity recogniser knows: per-language cues and case
// endings, surname endings, and the gazetteer (data/entities-README.md).
#include "annotate/entity_lexicon.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <atomic>
#include <deque>
#include <filesystem>
#include <functional>

#include "annotate/tsv_fields.h"
#include "parallax/error.h"

namespace parallax::annotate {
namespace {

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::optional<EndingScope> ScopeFromName(std::string_view s) {
  if (s == "any") return EndingScope::kAny;
  if (s == "name") return EndingScope::kName;
  if (s == "given") return EndingScope::kGiven;
  if (s == "surname") return EndingScope::kSurname;
  if (s == "place") return EndingScope::kPlace;
  return std::nullopt;
}

// Whether a rule of scope `rule` serves a word wanted with scope `want`.
bool ScopeServes(EndingScope rule, EndingScope want) {
  if (want == EndingScope::kAny || rule == EndingScope::kAny) return true;
  if (rule == EndingScope::kName)
    return want == EndingScope::kGiven || want == EndingScope::kSurname;
  return rule == want;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// A number for each lexicon made, so a thread's cache of word views never
// serves a lexicon it was not filled by.
uint64_t NextInstance() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1);
}

}  // namespace

std::string WithoutDots(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), '.'), s.end());
  return s;
}

std::string LowerUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendLowerUtf8(text, out);
  return out;
}

void AppendLowerUtf8(std::string_view text, std::string& out) {
  for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n;) {
    if (const char a = text[i]; (a & 0x80) == 0) {  // ASCII
      out.push_back(a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a);
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) continue;
    c = u_tolower(c);
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, 4, c, error);
    if (!error) out.append(buf, static_cast<size_t>(len));
  }
}

uint32_t WordSet::Hash(std::string_view word) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

size_t WordSet::Find(std::string_view word, uint32_t hash) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.index == 0 || (s.hash == hash && words_[s.index - 1] == word)) return i;
  }
}

size_t WordSet::count(std::string_view word) const {
  if (words_.empty()) return 0;
  return slots_[Find(word, Hash(word))].index != 0 ? 1 : 0;
}

size_t WordSet::IndexOf(std::string_view word) const {
  if (words_.empty()) return npos;
  const uint32_t index = slots_[Find(word, Hash(word))].index;
  return index != 0 ? index - 1 : npos;
}

bool WordSet::insert(std::string word) {
  if ((words_.size() + 1) * 2 > slots_.size()) Grow();
  const uint32_t hash = Hash(word);
  Slot& s = slots_[Find(word, hash)];
  if (s.index != 0) return false;
  words_.push_back(std::move(word));
  s = {static_cast<uint32_t>(words_.size()), hash};
  return true;
}

void WordSet::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max<size_t>(16, old.size() * 2), Slot{});
  for (const Slot& o : old) {
    if (o.index != 0) slots_[Find(words_[o.index - 1], o.hash)] = o;
  }
}

EntityLexicon::EntityLexicon(const std::string& data_dir,
                             const std::vector<std::string>& gazetteer_files, bool bundled)
    : folder_(data_dir), instance_(NextInstance()) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(data_dir, ec)) {
    if (!entry.is_directory()) continue;
    const std::string lang = entry.path().filename().string();
    if (std::filesystem::exists(entry.path() / "entities.tsv") ||
        std::filesystem::exists(entry.path() / "name_endings.tsv")) {
      LoadCues(data_dir, lang);
    }
  }
  const std::filesystem::path names = std::filesystem::path(data_dir) / "names";
  ForEachDataRow(names / "surname_suffixes.tsv",
                 [&](const std::vector<std::string>& f, const std::string&) {
                   std::vector<std::string> folded;
                   folder_.Fold(folder_.ToAscii(f[0], ""), "", folded);
                   if (!folded.empty()) AddUnique(surname_suffixes_, folded[0]);
                 });
  if (std::filesystem::exists(names / "given_names.tsv")) {
    ForEachDataRow(names / "given_names.tsv",
                   [&](const std::vector<std::string>& f, const std::string& where) {
                     if (f.size() < 3) throw DataError(where + ": want name, gender, languages");
                     std::vector<std::string> folded;
                     const std::string lower = LowerUtf8(f[0]);
                     size_t start = 0;
                     while (start <= f[2].size()) {
                       size_t comma = f[2].find(',', start);
                       if (comma == std::string::npos) comma = f[2].size();
                       std::string_view lang = std::string_view(f[2]).substr(start, comma - start);
                       start = comma + 1;
                       if (lang == "*") lang = "";
                       folder_.Fold(folder_.ToAscii(lower, lang), lang, folded);
                     }
                     for (std::string& v : folded) given_names_.insert(std::move(v));
                   });
  }
  std::vector<std::filesystem::path> files;
  const std::filesystem::path gazetteer = std::filesystem::path(data_dir) / "gazetteer";
  for (const auto& entry : std::filesystem::directory_iterator(gazetteer, ec)) {
    if (bundled && entry.path().extension() == ".tsv") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) LoadGazetteer(f.string());
  for (const std::string& f : gazetteer_files) LoadGazetteer(f);
  for (auto& [lang, cues] : cues_) {
    for (const WordSet* set : {&cues.stops, &cues.commons, &cues.articles, &cues.particles,
                               &cues.place_preps, &cues.months}) {
      for (const std::string& w : set->words()) {
        // Views of a word not shaped like an acronym depend on its lower
        // case only, so these hold for the word in any case.
        if (AcronymShaped(w) || cues.no_gazetteer_start.count(w) != 0) continue;
        if (!StartsGazetteerName(ComputeWordViews(w, lang, EndingScope::kAny))) {
          cues.no_gazetteer_start.insert(w);
        }
      }
    }
  }
}

void EntityLexicon::LoadCues(const std::string& data_dir, const std::string& lang) {
  EntityCues& cues = cues_[lang];
  const std::filesystem::path dir = std::filesystem::path(data_dir) / lang;
  if (std::filesystem::exists(dir / "entities.tsv")) {
    ForEachDataRow(
        dir / "entities.tsv", [&](const std::vector<std::string>& f, const std::string& where) {
          if (f.size() < 2 || f[1].empty())
            throw DataError(fmt::format("{}: need kind <TAB> phrase", where));
          const std::string& kind = f[0];
          std::string phrase = LowerUtf8(f[1]);
          if (kind == "title") {
            cues.title_words = std::max(cues.title_words, SplitWords(phrase).size());
            cues.titles.insert(std::move(phrase));
          } else if (kind == "org_word") {
            cues.org_words.insert(std::move(phrase));
          } else if (kind == "place_word") {
            cues.place_words.insert(std::move(phrase));
          } else if (kind == "place_prep") {
            cues.place_preps.insert(std::move(phrase));
          } else if (kind == "stop") {
            cues.stops.insert(std::move(phrase));
          } else if (kind == "particle") {
            cues.particles.insert(std::move(phrase));
          } else if (kind == "article") {
            cues.articles.insert(std::move(phrase));
          } else if (kind == "common") {
            cues.commons.insert(std::move(phrase));
          } else if (kind == "noun_suffix") {
            cues.noun_suffixes.push_back(std::move(phrase));
          } else if (kind == "elision") {
            // Written with its apostrophe ("l'"); kept without it.
            if (!phrase.empty() && phrase.back() == '\'') phrase.pop_back();
            if (phrase.size() >= 3 && phrase.compare(phrase.size() - 3, 3, "\u2019") == 0)
              phrase.resize(phrase.size() - 3);
            cues.elisions.insert(std::move(phrase));
          } else if (kind == "style") {
            if (phrase != "first-word-capital")
              throw DataError(fmt::format("{}: unknown style", where));
            cues.first_word_capital = true;
          } else {
            throw DataError(fmt::format("{}: unknown kind \"{}\"", where, kind));
          }
        });
  }
  if (std::filesystem::exists(dir / "months.txt")) {
    ForEachDataRow(dir / "months.txt", [&](const std::vector<std::string>& f, const std::string&) {
      if (!f[0].empty()) cues.months.insert(LowerUtf8(f[0]));
    });
  }
  if (std::filesystem::exists(dir / "name_endings.tsv")) {
    std::vector<std::pair<std::string, std::string>> examples;  // where, list
    ForEachDataRow(dir / "name_endings.tsv", [&](const std::vector<std::string>& f,
                                                 const std::string& where) {
      if (f.size() < 3) throw DataError(fmt::format("{}: need ending, replacement, scope", where));
      if (f[2] == "feminine") {
        if (f[0].empty() || f[1] != "-") {
          throw DataError(fmt::format("{}: a feminine row is ending<TAB>-<TAB>feminine", where));
        }
        cues.feminine.push_back(LowerUtf8(f[0]));
        return;
      }
      const std::optional<EndingScope> scope = ScopeFromName(f[2]);
      if (!scope) throw DataError(fmt::format("{}: unknown scope \"{}\"", where, f[2]));
      EndingRule r{LowerUtf8(f[0]), f[1] == "-" ? "" : LowerUtf8(f[1]), *scope};
      if (r.ending.empty()) throw DataError(fmt::format("{}: empty ending", where));
      cues.endings.push_back(std::move(r));
      if (f.size() > 3 && !f[3].empty()) examples.emplace_back(where, f[3]);
    });
    std::stable_sort(
        cues.endings.begin(), cues.endings.end(),
        [](const EndingRule& a, const EndingRule& b) { return a.ending.size() > b.ending.size(); });
    for (const auto& [where, list] : examples) {
      ForEachExample(list, [&, &where = where](const std::string& input,
                                               const std::string& output) {
        const std::vector<std::string> got = Nominatives(LowerUtf8(input), lang, EndingScope::kAny);
        if (std::find(got.begin(), got.end(), LowerUtf8(output)) == got.end()) {
          throw DataError(
              fmt::format("{}: example {}>{} is not undone by the rules", where, input, output));
        }
      });
    }
  }
}

void EntityLexicon::LoadGazetteer(const std::string& path) {
  ForEachDataRow(path, [&](const std::vector<std::string>& f, const std::string& where) {
    if (f.size() < 4) throw DataError(fmt::format("{}: need id, type, lang, name", where));
    const std::string& id = f[0];
    const std::string& kind = f[1];
    const std::string type_name = kind.substr(0, kind.find('/'));
    const std::optional<EntityType> type = type_name == "organization" ? EntityType::kOrganization
                                           : type_name == "place"      ? EntityType::kPlace
                                           : type_name == "person"     ? EntityType::kPerson
                                                                   : std::optional<EntityType>();
    if (!type || id.empty()) throw DataError(fmt::format("{}: bad id or type \"{}\"", where, kind));
    auto [it, added] = entry_index_.emplace(id, static_cast<uint32_t>(entries_.size()));
    if (added) entries_.push_back({id, kind, *type, f[3]});
    const std::string lang = f[2] == "*" ? "" : f[2];
    GazName name;
    name.entry = it->second;
    name.abbr = f.size() > 4 && f[4] == "abbr";
    if (f.size() > 4 && f[4] == "short" && !lang.empty()) name.short_lang = lang;
    for (const std::string& word : SplitWords(f[3])) {
      std::vector<std::string> views;
      if (name.abbr && AcronymShaped(word)) {
        // As written in capitals; a long one also as a word ("Nato").
        const std::string ascii = WithoutDots(folder_.ToAscii(word, lang));
        views.push_back("=" + ascii);
        if (ascii.size() >= 4) views.push_back(ascii);
      } else {
        folder_.Fold(folder_.ToAscii(word, lang), lang, views);
      }
      if (views.empty()) {
        name.words.clear();
        break;
      }
      name.words.push_back(std::move(views));
    }
    if (name.words.empty()) return;
    gazetteer_max_words_ = std::max(gazetteer_max_words_, name.words.size());
    const uint32_t index = static_cast<uint32_t>(names_.size());
    for (const std::string& v : name.words[0]) {
      if (first_views_.insert(v)) by_first_view_.emplace_back();
      std::vector<uint32_t>& list = by_first_view_[first_views_.IndexOf(v)];
      if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
    }
    names_.push_back(std::move(name));
  });
}

const EntityCues& EntityLexicon::Cues(std::string_view lang) const {
  auto it = cues_.find(lang);
  return it == cues_.end() ? none_ : it->second;
}

std::vector<std::string> EntityLexicon::Nominatives(std::string_view lower, std::string_view lang,
                                                    EndingScope scope) const {
  std::vector<std::string> out{std::string(lower)};
  const EntityCues& cues = Cues(lang);
  for (const EndingRule& r : cues.endings) {
    if (!ScopeServes(r.scope, scope)) continue;
    if (lower.size() <= r.ending.size() ||
        lower.substr(lower.size() - r.ending.size()) != r.ending) {
      continue;
    }
    std::string stem(lower.substr(0, lower.size() - r.ending.size()));
    if (CodePoints(stem) < 2 || CodePoints(stem) + CodePoints(r.replacement) < 3) continue;
    AddUnique(out, stem + r.replacement);
  }
  return out;
}

bool AcronymShaped(std::string_view word) {
  size_t letters = 0;
  bool lower = false, inner_capital = false, after_lower = false;
  for (int32_t i = 0, n = static_cast<int32_t>(word.size()); i < n;) {
    UChar32 c = 0;
    U8_NEXT(word.data(), i, n, c);
    if (c < 0 || !u_isalpha(c)) {
      after_lower = false;
      continue;
    }
    ++letters;
    if (after_lower && u_isupper(c)) inner_capital = true;
    after_lower = u_islower(c);
    lower = lower || after_lower;
  }
  // A capital right after a lower-case letter makes a short word an
  // acronym (AfD, PiS, IStGH); McDonald and Kasym-Żomart are words.
  return letters >= 2 && (!lower || (inner_capital && letters <= 5));
}

bool EntityLexicon::SurnameShaped(std::string_view folded) const {
  for (const std::string& s : surname_suffixes_) {
    if (folded.size() > s.size() + 2 && folded.substr(folded.size() - s.size()) == s) return true;
  }
  return false;
}

bool EntityLexicon::FeminineForm(std::string_view lower, std::string_view lang) const {
  for (const std::string& e : Cues(lang).feminine) {
    if (lower.size() > e.size() && lower.substr(lower.size() - e.size()) == e) return true;
  }
  return false;
}

bool EntityLexicon::GivenName(const std::vector<std::string>& views) const {
  for (const std::string& v : views) {
    if (given_names_.count(v) != 0) return true;
  }
  return false;
}

bool EntityLexicon::StartsGazetteerName(const std::vector<std::string>& first_views) const {
  for (const std::string& v : first_views) {
    if (first_views_.count(v) != 0) return true;
  }
  return false;
}

namespace {

// Whether the lists of views `a` and `b` have one in common.
bool SharesView(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& x : a) {
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  }
  return false;
}

}  // namespace

size_t EntityLexicon::MatchableWords(const std::vector<std::vector<std::string>>& views,
                                     std::string_view lang) const {
  size_t most = 0;
  if (views.empty()) return most;
  for (const std::string& v : views[0]) {
    const size_t at = first_views_.IndexOf(v);
    if (at == WordSet::npos) continue;
    for (uint32_t index : by_first_view_[at]) {
      const GazName& name = names_[index];
      if (name.words.size() <= most) continue;
      if (!name.short_lang.empty() && name.short_lang != lang) continue;
      bool all = true;
      const size_t known = std::min(name.words.size(), views.size());
      for (size_t w = 1; w < known && all; ++w) all = SharesView(name.words[w], views[w]);
      if (all) most = name.words.size();
    }
  }
  return most;
}

std::vector<std::pair<uint32_t, uint32_t>> EntityLexicon::MatchGazetteer(
    const std::vector<std::vector<std::string>>& views, std::string_view lang) const {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  if (views.empty()) return out;
  auto shares = SharesView;
  for (const std::string& v : views[0]) {
    const size_t at = first_views_.IndexOf(v);
    if (at == WordSet::npos) continue;
    for (uint32_t index : by_first_view_[at]) {
      const GazName& name = names_[index];
      if (name.words.size() > views.size()) continue;
      if (!name.short_lang.empty() && name.short_lang != lang) continue;
      bool all = true;
      for (size_t w = 1; w < name.words.size() && all; ++w) all = shares(name.words[w], views[w]);
      if (!all) continue;
      const std::pair<uint32_t, uint32_t> hit{name.entry, static_cast<uint32_t>(name.words.size())};
      if (std::find(out.begin(), out.end(), hit) == out.end()) out.push_back(hit);
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

}  // namespace parallax::annotate
