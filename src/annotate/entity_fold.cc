// One comparable spelling for a name in any language and script: ICU
// transliteration to Latin, the special letters of data/names/letters.tsv,
// then the staged rewrite rules of data/names/spelling.tsv.
#include "annotate/entity_fold.h"

#include <fmt/format.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <unordered_map>

#include "annotate/tsv_fields.h"
#include "parallax/error.h"

namespace parallax::annotate {
namespace {

constexpr std::string_view kVowels = "aeiouy";

bool IsVowel(char c) { return kVowels.find(c) != std::string_view::npos; }
bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

// One rewrite rule: `from` may hold V (a vowel), C (a consonant) and the
// anchors ^ and $.
struct Rule {
  std::string from;  // without anchors
  std::string to;
  bool at_start = false;
  bool at_end = false;
  // Trailing V/C of `from` echoed at the end of `to`: they are context the
  // rule looks at, not letters it consumes, so the next rule can start on
  // them ("CyC" -> "CiC" rewrites both y's of "volodymyr").
  size_t lookahead = 0;
};

// The rules of one stage and language, longest `from` first, and for each
// pair of a letter a-z and the letter after it (26: no letter after it)
// the rules whose first two letters of `from` can match them, in the same
// order (a position tries only those; a non-letter none).
struct RuleSet {
  static constexpr size_t kNoLetter = 26;
  std::vector<Rule> rules;
  std::array<std::array<std::vector<uint16_t>, 27>, 26> by_pair;

  static bool Can(char p, char c) {
    return p == 'V' ? IsVowel(c) : p == 'C' ? !IsVowel(c) : p == c;
  }

  void Index() {
    for (auto& row : by_pair) {
      for (auto& list : row) list.clear();
    }
    for (size_t r = 0; r < rules.size(); ++r) {
      const std::string& from = rules[r].from;
      for (char c = 'a'; c <= 'z'; ++c) {
        if (!Can(from[0], c)) continue;
        auto& row = by_pair[c - 'a'];
        for (size_t next = 0; next <= kNoLetter; ++next) {
          const bool can =
              from.size() == 1 || (next < kNoLetter && Can(from[1], static_cast<char>('a' + next)));
          if (can) row[next].push_back(static_cast<uint16_t>(r));
        }
      }
    }
  }

  // The rules to try at `pos` of `word`, whose letter there is a-z.
  const std::vector<uint16_t>& At(std::string_view word, size_t pos) const {
    const size_t next =
        pos + 1 < word.size() && IsLetter(word[pos + 1]) ? word[pos + 1] - 'a' : kNoLetter;
    return by_pair[word[pos] - 'a'][next];
  }
};

// Whether `rule` matches `word` at `pos`; fills the letters its V and C
// matched.
bool Matches(const Rule& rule, std::string_view word, size_t pos, std::string& classes) {
  if (rule.at_start && pos != 0) return false;
  if (pos + rule.from.size() > word.size()) return false;
  if (rule.at_end && pos + rule.from.size() != word.size()) return false;
  classes.clear();
  for (size_t i = 0; i < rule.from.size(); ++i) {
    const char p = rule.from[i], c = word[pos + i];
    if (p == 'V') {
      if (!IsVowel(c)) return false;
      classes.push_back(c);
    } else if (p == 'C') {
      if (!IsLetter(c) || IsVowel(c)) return false;
      classes.push_back(c);
    } else if (p != c) {
      return false;
    }
  }
  return true;
}

// `word` rewritten by `rules` into `out` (replaced); `classes` is room for
// Matches, passed in so a word run through many rule sets allocates once.
void ApplyInto(const RuleSet& rules, std::string_view word, std::string& out,
               std::string& classes) {
  out.clear();
  out.reserve(word.size() + 4);
  size_t pos = 0;
  while (pos < word.size()) {
    const Rule* hit = nullptr;
    if (IsLetter(word[pos])) {
      for (const uint16_t r : rules.At(word, pos)) {
        if (Matches(rules.rules[r], word, pos, classes)) {
          hit = &rules.rules[r];
          break;
        }
      }
    }
    if (hit == nullptr) {
      out.push_back(word[pos++]);
      continue;
    }
    size_t next_class = 0;
    const size_t emit = hit->to.size() - hit->lookahead;
    for (size_t i = 0; i < emit; ++i) {
      const char t = hit->to[i];
      out.push_back((t == 'V' || t == 'C') && next_class < classes.size() ? classes[next_class++]
                                                                          : t);
    }
    pos += hit->from.size() - hit->lookahead;
  }
}

std::string Apply(const RuleSet& rules, std::string_view word) {
  std::string out, classes;
  ApplyInto(rules, word, out, classes);
  return out;
}

Rule ParseRule(const std::string& from, const std::string& to, const std::string& where) {
  Rule r;
  std::string_view f = from;
  if (!f.empty() && f.front() == '^') {
    r.at_start = true;
    f.remove_prefix(1);
  }
  if (!f.empty() && f.back() == '$') {
    r.at_end = true;
    f.remove_suffix(1);
  }
  r.from = std::string(f);
  r.to = to == "-" ? "" : to;
  auto valid = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return IsLetter(c) || c == 'V' || c == 'C'; });
  };
  if (r.from.empty() || !valid(r.from) || !valid(r.to)) {
    throw DataError(fmt::format("{}: a rule needs lower-case ASCII letters, V and C", where));
  }
  while (r.lookahead < r.from.size() && r.lookahead < r.to.size()) {
    const char a = r.from[r.from.size() - 1 - r.lookahead];
    const char b = r.to[r.to.size() - 1 - r.lookahead];
    if (a != b || (a != 'V' && a != 'C')) break;
    ++r.lookahead;
  }
  return r;
}

// Lower-cases and spells one code point of Latin script (or a mark, digit,
// hyphen) in ASCII, appending to `out`.
void AppendLatin(UChar32 c, const std::unordered_map<UChar32, std::string>& letters,
                 const icu::Normalizer2* nfd, bool bare, std::string& out) {
  c = u_tolower(c);
  if (c < 0x80) {
    if (c >= 'a' && c <= 'z')
      out.push_back(static_cast<char>(c));
    else if (c == '-' || c == ' ')
      out.push_back('-');
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  if (bare) {
    const icu::UnicodeString d = nfd->normalize(icu::UnicodeString(c), status);
    if (U_SUCCESS(status) && d.length() > 1 && d.charAt(0) >= 'a' && d.charAt(0) <= 'z') {
      out.push_back(static_cast<char>(d.charAt(0)));
      return;
    }
    status = U_ZERO_ERROR;
  }
  if (auto it = letters.find(c); it != letters.end()) {
    out += it->second;
    return;
  }
  if (c == 0x2010 || c == 0x2011) {  // hyphens
    out.push_back('-');
    return;
  }
  icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString(c), status);
  if (U_FAILURE(status)) return;
  for (int32_t i = 0; i < decomposed.length(); ++i) {
    const char16_t d = decomposed.charAt(i);
    if (d >= 'a' && d <= 'z') out.push_back(static_cast<char>(d));
  }
}

bool NeedsTransliteration(UChar32 c) {
  if (c < 0x250) return false;  // Latin blocks, ASCII
  if (!u_isalpha(c)) return false;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_COMMON &&
         script != USCRIPT_INHERITED;
}

// The transliterator with ICU id `id`, one per thread and id (ICU
// transliterators are not to be shared between threads); null if ICU has
// no such transform.
icu::Transliterator* TransliteratorFor(const std::string& id) {
  thread_local std::map<std::string, std::unique_ptr<icu::Transliterator>, std::less<>> cache;
  auto it = cache.find(id);
  if (it != cache.end()) return it->second.get();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
  if (U_FAILURE(status)) t.reset();
  return cache.emplace(id, std::move(t)).first->second.get();
}

}  // namespace

struct NameFolder::Impl {
  std::unordered_map<UChar32, std::string> letters;
  // data/names/transliteration.tsv: (lang, script) -> transform and the
  // language read as well; lang and script "*" for the defaults.
  struct Reading {
    std::string transform;
    std::string also_as;
  };
  // Script "Cyrl" and script "*", each by lang.
  std::map<std::string, Reading, std::less<>> cyrillic_readings, other_readings;

  const Reading* ReadingFor(std::string_view lang, bool cyrillic) const {
    const auto& readings = cyrillic ? cyrillic_readings : other_readings;
    for (const std::string_view l : {lang, std::string_view("*")}) {
      auto it = readings.find(l);
      if (it != readings.end()) return &it->second;
    }
    return nullptr;
  }
  // stage -> lang ("*" or ISO 639-1) -> rules.
  std::map<int, std::map<std::string, RuleSet, std::less<>>> stages;
  // The "*" rules of the stages after the first, in order (into `stages`).
  std::vector<const RuleSet*> later;
  const icu::Normalizer2* nfd = nullptr;
  // What AppendLatin makes of each code point below U+0250, plain and bare,
  // worked out once.
  std::array<std::string, 0x250> latin, latin_bare;

  // The stages after the first, then a letter written twice written once
  // (Kassym = Kasym).
  std::string RunLater(std::string word) const {
    // Room for the rewrites, kept per thread: no allocation per rule set.
    thread_local std::string other, classes;
    for (const RuleSet* rules : later) {
      ApplyInto(*rules, word, other, classes);
      word.swap(other);
    }
    word.erase(
        std::unique(word.begin(), word.end(), [](char a, char b) { return a == b && IsLetter(a); }),
        word.end());
    return word;
  }

  // The ASCII spelling of `word` as NameFolder::ToAscii, plain into
  // `plain` and, when `bare` is not null, with the marks of Latin letters
  // dropped into `*bare`; one transliteration serves both.
  void Spell(std::string_view word, std::string_view lang, std::string& plain,
             std::string* bare) const;
  void AppendSpelled(UChar32 c, bool bare_marks, std::string& out) const {
    if (c >= 0 && c < 0x250) {
      out += (bare_marks ? latin_bare : latin)[c];
    } else if (c >= 0) {
      AppendLatin(c, letters, nfd, bare_marks, out);
    }
  }
};

NameFolder::NameFolder(const std::string& data_dir) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw DataError("ICU: no NFD normaliser");
  const std::filesystem::path dir = std::filesystem::path(data_dir) / "names";
  ForEachDataRow(dir / "letters.tsv",
                 [&](const std::vector<std::string>& f, const std::string& where) {
                   if (f.size() < 2)
                     throw DataError(fmt::format("{}: need letter <TAB> ascii", where));
                   UChar32 c = 0;
                   int32_t i = 0;
                   U8_NEXT(f[0].data(), i, static_cast<int32_t>(f[0].size()), c);
                   if (c < 0 || static_cast<size_t>(i) != f[0].size()) {
                     throw DataError(fmt::format("{}: the first field must be one letter", where));
                   }
                   impl_->letters[c] = f[1];
                 });
  ForEachDataRow(dir / "transliteration.tsv", [&](const std::vector<std::string>& f,
                                                  const std::string& where) {
    if (f.size() < 3 || (f[1] != "Cyrl" && f[1] != "*")) {
      throw DataError(fmt::format("{}: need lang, script (Cyrl or *), transform", where));
    }
    if (TransliteratorFor(f[2]) == nullptr) {
      throw DataError(fmt::format("{}: ICU has no transform \"{}\"", where, f[2]));
    }
    (f[1] == "Cyrl" ? impl_->cyrillic_readings : impl_->other_readings)[f[0]] = {
        f[2], f.size() > 3 && f[3] != "-" ? f[3] : ""};
  });
  struct Examples {
    std::string where;
    int stage;
    std::string lang, list;
  };
  std::vector<Examples> examples;  // checked once every rule is read
  ForEachDataRow(
      dir / "spelling.tsv", [&](const std::vector<std::string>& f, const std::string& where) {
        if (f.size() < 4) throw DataError(fmt::format("{}: need stage, lang, from, to", where));
        int stage = 0;
        try {
          stage = std::stoi(f[0]);
        } catch (const std::exception&) {
          throw DataError(fmt::format("{}: the stage must be a number", where));
        }
        if (stage < 1 || (stage > 1 && f[1] != "*") || (stage == 1 && f[1] == "*")) {
          throw DataError(
              fmt::format("{}: stage 1 is per language, later stages are for \"*\"", where));
        }
        impl_->stages[stage][f[1]].rules.push_back(ParseRule(f[2], f[3], where));
        if (f.size() > 4 && !f[4].empty()) examples.push_back({where, stage, f[1], f[4]});
      });
  for (auto& [stage, by_lang] : impl_->stages) {
    for (auto& [lang, rules] : by_lang) {
      std::stable_sort(rules.rules.begin(), rules.rules.end(), [](const Rule& a, const Rule& b) {
        return a.from.size() + a.at_start + a.at_end > b.from.size() + b.at_start + b.at_end;
      });
      rules.Index();
      if (stage != 1 && lang == "*") impl_->later.push_back(&rules);
    }
  }
  for (UChar32 c = 0; c < 0x250; ++c) {
    AppendLatin(c, impl_->letters, impl_->nfd, false, impl_->latin[c]);
    AppendLatin(c, impl_->letters, impl_->nfd, true, impl_->latin_bare[c]);
  }
  for (const Examples& e : examples) {
    ForEachExample(e.list, [&](const std::string& input, const std::string& output) {
      const std::string got = ApplyStage(e.stage, e.lang, ToAscii(input, e.lang));
      if (got != output) {
        throw DataError(fmt::format("{}: example {}>{} gives {}", e.where, input, output, got));
      }
    });
  }
}

NameFolder::~NameFolder() = default;
NameFolder::NameFolder(NameFolder&&) noexcept = default;
NameFolder& NameFolder::operator=(NameFolder&&) noexcept = default;

void NameFolder::Impl::Spell(std::string_view word, std::string_view lang, std::string& plain,
                             std::string* bare) const {
  plain.clear();
  plain.reserve(word.size());
  if (bare != nullptr) {
    bare->clear();
    bare->reserve(word.size());
  }
  // Plain ASCII: no marks, nothing to transliterate.
  if (std::all_of(word.begin(), word.end(), [](char c) { return (c & 0x80) == 0; })) {
    for (const char c : word) {
      if (c >= 'a' && c <= 'z')
        plain.push_back(c);
      else if (c >= 'A' && c <= 'Z')
        plain.push_back(static_cast<char>(c - 'A' + 'a'));
      else if (c == '-' || c == ' ')
        plain.push_back('-');
    }
    if (bare != nullptr) *bare = plain;
    return;
  }
  bool foreign = false, cyrillic = false;
  for (int32_t i = 0, n = static_cast<int32_t>(word.size()); i < n;) {
    UChar32 c = 0;
    U8_NEXT(word.data(), i, n, c);
    if (c >= 0 && NeedsTransliteration(c)) {
      foreign = true;
      UErrorCode status = U_ZERO_ERROR;
      cyrillic = cyrillic || uscript_getScript(c, &status) == USCRIPT_CYRILLIC;
    }
  }
  if (!foreign) {
    for (int32_t i = 0, n = static_cast<int32_t>(word.size()); i < n;) {
      UChar32 c = 0;
      U8_NEXT(word.data(), i, n, c);
      AppendSpelled(c, false, plain);
      if (bare != nullptr) AppendSpelled(c, true, *bare);
    }
    return;
  }
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  s.toLower(icu::Locale::getRoot());
  if (const Reading* r = ReadingFor(lang, cyrillic)) {
    if (icu::Transliterator* t = TransliteratorFor(r->transform)) t->transliterate(s);
  }
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (NeedsTransliteration(c)) continue;
    AppendSpelled(c, false, plain);
    if (bare != nullptr) AppendSpelled(c, true, *bare);
  }
}

std::string NameFolder::ToAscii(std::string_view word, std::string_view lang, bool bare) const {
  std::string out, marks_dropped;
  if (bare) {
    impl_->Spell(word, lang, out, &marks_dropped);
    return marks_dropped;
  }
  impl_->Spell(word, lang, out, nullptr);
  return out;
}

void NameFolder::ToAsciiForms(std::string_view word, std::string_view lang, std::string& plain,
                              std::string& bare) const {
  impl_->Spell(word, lang, plain, &bare);
}

void NameFolder::Fold(std::string_view ascii, std::string_view lang,
                      std::vector<std::string>& out) const {
  if (std::none_of(ascii.begin(), ascii.end(), IsLetter)) return;
  out.push_back(impl_->RunLater(std::string(ascii)));
  // The rules of `lang` first (stage 1): when they change nothing, the
  // form made with them is the one above.
  auto first = impl_->stages.find(1);
  if (first == impl_->stages.end()) return;
  auto own_rules = first->second.find(lang);
  if (own_rules == first->second.end()) return;
  std::string staged = Apply(own_rules->second, ascii);
  if (staged == ascii) return;
  std::string own = impl_->RunLater(std::move(staged));
  if (own != out.back()) out.push_back(std::move(own));
}

std::string_view NameFolder::AlsoReadAs(std::string_view lang) const {
  const Impl::Reading* r = impl_->ReadingFor(lang, true);
  return r != nullptr ? std::string_view(r->also_as) : std::string_view();
}

std::string NameFolder::ApplyStage(int stage, std::string_view lang, std::string_view input) const {
  auto s = impl_->stages.find(stage);
  if (s == impl_->stages.end()) return std::string(input);
  auto it = s->second.find(lang);
  return it == s->second.end() ? std::string(input) : Apply(it->second, input);
}

}  // namespace parallax::annotate
