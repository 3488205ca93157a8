// parallax: script and letter evidence (see language_evidence.h).
#include "text/language_evidence.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <tuple>

#include "parallax/error.h"

namespace parallax::langid_internal {

namespace {

// A letter of the script that a language does not write costs as much as a
// letter written by that language alone earns. A convention, not tuned: the
// penalty only ranks languages once language.cc has found CLD2 contradicted.
constexpr double kForeignPenalty = 1.0;

// A script absorbs others (kana absorb Han) only when it holds at least this
// share of their letters together: every Japanese sentence in the lingua set
// has 22% kana or more, no Chinese sentence has any, so 10% leaves room both
// ways and a Chinese text quoting one katakana brand name stays Chinese.
constexpr double kAbsorbMinShare = 0.10;

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::string::size_type start = 0;
  while (true) {
    auto tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

std::vector<std::string> SplitCommas(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ',')) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

std::vector<char32_t> DecodeLetters(const std::string& s, const std::string& where) {
  std::vector<char32_t> out;
  int32_t i = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !u_isalpha(c)) throw DataError(where + ": not a letter in '" + s + "'");
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

}  // namespace

std::vector<std::vector<std::string>> ReadTsv(const std::string& path, const std::string& header,
                                              size_t columns) {
  std::ifstream in(path);
  if (!in) throw DataError("cannot read " + path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  bool seen_header = false;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (!seen_header) {
      if (line != header) {
        throw DataError(path + ":" + std::to_string(number) + ": expected header '" + header + "'");
      }
      seen_header = true;
      continue;
    }
    auto fields = SplitTabs(line);
    if (fields.size() != columns) {
      throw DataError(path + ":" + std::to_string(number) + ": expected " +
                      std::to_string(columns) + " tab-separated fields");
    }
    rows.push_back(std::move(fields));
  }
  if (!seen_header) throw DataError(path + ": no header line");
  return rows;
}

EvidenceData EvidenceData::Load(const std::string& langid_dir) {
  EvidenceData data;
  const std::string scripts_path = langid_dir + "/script_evidence.tsv";
  for (auto& f : ReadTsv(scripts_path, "script\tdecides\tlanguages\tabsorbs\toverride", 5)) {
    ScriptRow row;
    row.script = f[0];
    if (row.script.size() != 4) {
      throw DataError(scripts_path + ": bad script code " + row.script);
    }
    row.decides = f[1] == "-" ? "" : f[1];
    row.any_language = f[2] == "*";
    if (!row.any_language) row.languages = SplitCommas(f[2]);
    if (f[3] != "-") row.absorbs = SplitCommas(f[3]);
    if (f[4] != "yes" && f[4] != "no") {
      throw DataError(scripts_path + ": override must be yes or no for " + row.script);
    }
    row.letters_override = f[4] == "yes";
    if (!row.any_language && row.languages.empty()) {
      throw DataError(scripts_path + ": no languages for " + row.script);
    }
    data.scripts_[row.script] = std::move(row);
  }
  const std::string alpha_path = langid_dir + "/alphabets.tsv";
  std::map<std::string, std::vector<char32_t>> base;
  for (auto& f : ReadTsv(alpha_path, "lang\tscript\tletters", 3)) {
    if (data.scripts_.count(f[1]) == 0) {
      throw DataError(alpha_path + ": script " + f[1] + " has no row in script_evidence.tsv");
    }
    auto letters = DecodeLetters(f[2], alpha_path);
    if (f[0] == "*") {
      base[f[1]] = letters;
      continue;
    }
    auto& set = data.alphabets_[f[1]][f[0]];
    if (!set.empty()) throw DataError(alpha_path + ": duplicate row " + f[0] + " " + f[1]);
    set.insert(letters.begin(), letters.end());
    const auto& b = base[f[1]];
    set.insert(b.begin(), b.end());
    data.alphabet_order_[f[1]].push_back(f[0]);
  }
  for (const auto& [script, langs] : data.alphabets_) {
    auto& writers = data.writers_[script];
    for (const auto& [lang, set] : langs) {
      for (char32_t c : set) ++writers[c];
    }
  }
  return data;
}

const ScriptRow* EvidenceData::Script(const std::string& script) const {
  auto it = scripts_.find(script);
  return it == scripts_.end() ? nullptr : &it->second;
}

bool EvidenceData::HasAlphabet(const std::string& script, const std::string& lang) const {
  auto it = alphabets_.find(script);
  return it != alphabets_.end() && it->second.count(lang) > 0;
}

const std::vector<std::string>& EvidenceData::AlphabetLanguages(const std::string& script) const {
  static const std::vector<std::string> kNone;
  auto it = alphabet_order_.find(script);
  return it == alphabet_order_.end() ? kNone : it->second;
}

const std::unordered_set<char32_t>* EvidenceData::Alphabet(const std::string& script,
                                                           const std::string& lang) const {
  auto it = alphabets_.find(script);
  if (it == alphabets_.end()) return nullptr;
  auto jt = it->second.find(lang);
  return jt == it->second.end() ? nullptr : &jt->second;
}

bool EvidenceData::Writes(const std::string& script, const std::string& lang, char32_t c) const {
  const std::unordered_set<char32_t>* alphabet = Alphabet(script, lang);
  return alphabet != nullptr && alphabet->count(c) > 0;
}

int EvidenceData::WritersOf(const std::string& script, char32_t c) const {
  auto it = writers_.find(script);
  if (it == writers_.end()) return 0;
  auto jt = it->second.find(c);
  return jt == it->second.end() ? 0 : jt->second;
}

TextProfile Profile(std::string_view utf8, const EvidenceData& data) {
  TextProfile p;
  // Counted by script code while scanning (no allocation per letter); named
  // by ISO 15924 code once at the end. ASCII letters, the bulk of Latin text,
  // take a table instead of ICU property look-ups.
  static const int kScripts = u_getIntPropertyMaxValue(UCHAR_SCRIPT) + 1;
  std::vector<int> script_count(static_cast<size_t>(kScripts), 0);
  std::vector<std::unordered_map<char32_t, int>> script_chars(static_cast<size_t>(kScripts));
  std::array<int, 128> ascii{};
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto n = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      uint8_t b = s[i++];
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ++ascii[b | 0x20];
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript(c, &status);
    if (U_FAILURE(status) || code == USCRIPT_COMMON || code == USCRIPT_INHERITED) continue;
    if (code < 0 || code >= kScripts) continue;
    ++script_count[static_cast<size_t>(code)];
    ++script_chars[static_cast<size_t>(code)][static_cast<char32_t>(u_tolower(c))];
  }
  for (int c = 'a'; c <= 'z'; ++c) {
    if (ascii[static_cast<size_t>(c)] == 0) continue;
    script_count[USCRIPT_LATIN] += ascii[static_cast<size_t>(c)];
    script_chars[USCRIPT_LATIN][static_cast<char32_t>(c)] += ascii[static_cast<size_t>(c)];
  }
  for (int code = 0; code < kScripts; ++code) {
    int count = script_count[static_cast<size_t>(code)];
    if (count == 0) continue;
    std::string script = uscript_getShortName(static_cast<UScriptCode>(code));
    p.letters += count;
    p.script_letters[script] = count;
    p.script_chars[script] = std::move(script_chars[static_cast<size_t>(code)]);
  }
  for (const auto& [script, count] : p.script_letters) {
    int absorbed = 0;
    if (const ScriptRow* row = data.Script(script)) {
      for (const auto& other : row->absorbs) {
        auto it = p.script_letters.find(other);
        if (it != p.script_letters.end()) absorbed += it->second;
      }
    }
    int total = count;
    if (count >= kAbsorbMinShare * (count + absorbed)) total += absorbed;
    // Ties go to the script without absorbs, so a text of equal Han and kana
    // letters is still Japanese: absorbing scripts add, never lose, letters.
    if (total > p.dominant_letters) {
      p.dominant = script;
      p.dominant_letters = total;
    }
  }
  return p;
}

std::vector<LetterScore> ScoreLetters(const EvidenceData& data, const TextProfile& profile,
                                      const std::string& script) {
  std::vector<LetterScore> out;
  const auto& langs = data.AlphabetLanguages(script);
  // The profile's letters with k = how many languages write each; letters no
  // language of the file writes carry no evidence and are dropped.
  std::vector<std::tuple<char32_t, int, int>> letters;  // (letter, count, k)
  if (auto chars = profile.script_chars.find(script); chars != profile.script_chars.end()) {
    for (const auto& [c, count] : chars->second) {
      if (int k = data.WritersOf(script, c); k > 0) letters.emplace_back(c, count, k);
    }
  }
  for (const auto& lang : langs) {
    LetterScore s;
    s.lang = lang;
    const std::unordered_set<char32_t>* alphabet = data.Alphabet(script, lang);
    for (const auto& [c, count, k] : letters) {
      if (alphabet != nullptr && alphabet->count(c) > 0) {
        s.score += static_cast<double>(count) / k;
      } else {
        s.foreign += count;
      }
    }
    s.score -= kForeignPenalty * s.foreign;
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const LetterScore& a, const LetterScore& b) { return a.score > b.score; });
  return out;
}

int ForeignLetters(const EvidenceData& data, const TextProfile& profile, const std::string& script,
                   const std::string& lang) {
  if (!data.HasAlphabet(script, lang)) return -1;
  int foreign = 0;
  auto chars = profile.script_chars.find(script);
  if (chars == profile.script_chars.end()) return 0;
  const std::unordered_set<char32_t>* alphabet = data.Alphabet(script, lang);
  for (const auto& [c, count] : chars->second) {
    if (data.WritersOf(script, c) > 0 && (alphabet == nullptr || alphabet->count(c) == 0)) {
      foreign += count;
    }
  }
  return foreign;
}

}  // namespace parallax::langid_internal
