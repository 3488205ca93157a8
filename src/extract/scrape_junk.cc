#include "extract/scrape_junk.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/fundraising_codes.h"
#include "extract/scrape_chars.h"
#include "parallax/error.h"

namespace parallax::scrape {

namespace {

constexpr std::array<std::string_view, 9> kReasons = {"navigation",  "comments", "share",
                                                      "fundraising", "credit",   "related",
                                                      "advert",      "legal",    "boilerplate"};

bool ParseMatch(std::string_view s, Match* m) {
  if (s == "line") {
    *m = Match::kLine;
  } else if (s == "prefix") {
    *m = Match::kPrefix;
  } else if (s == "contains") {
    *m = Match::kContains;
  } else if (s == "payment-context") {
    *m = Match::kPaymentContext;
  } else {
    return false;
  }
  return true;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// True when the byte after a prefix match does not continue a word (always,
// when the pattern itself ends in punctuation: "gefällt mir (").
bool EndsAtWordBoundary(const std::string& s, size_t at) {
  if (at >= s.size()) return true;
  size_t before = at - 1;
  while (before > 0 && (static_cast<unsigned char>(s[before]) & 0xC0) == 0x80) --before;
  const uint32_t last = DecodeAt(s, &before);
  if (!IsLetterCp(last) && last != '#') return true;
  size_t k = at;
  uint32_t cp = DecodeAt(s, &k);
  return !IsLetterCp(cp) && cp != '#';
}

bool AllBase58MixedCase(std::string_view t) {
  bool upper = false, lower = false;
  for (char c : t) {
    if (!fundraising_internal::IsBase58Char(c)) return false;
    upper |= (c >= 'A' && c <= 'Z');
    lower |= (c >= 'a' && c <= 'z');
  }
  return upper && lower;
}

bool IsBech32Char(char c) {
  return (c >= '0' && c <= '9' && c != '1') ||
         (c >= 'a' && c <= 'z' && c != 'b' && c != 'i' && c != 'o');
}

bool IsCryptoToken(std::string_view t) {
  if (t.size() >= 28 && t.size() <= 90 && t.substr(0, 3) == "bc1") {
    for (char c : t.substr(3)) {
      if (!IsBech32Char(c)) return false;
    }
    return true;
  }
  if (t.size() == 42 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) {
    for (char c : t.substr(2)) {
      if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    }
    return true;
  }
  if (t.size() >= 26 && t.size() <= 35 && (t[0] == '1' || t[0] == '3')) {
    return AllBase58MixedCase(t);
  }
  if (t.size() == 34 && t[0] == 'T') return AllBase58MixedCase(t);
  if (t.size() == 95 && (t[0] == '4' || t[0] == '8')) return AllBase58MixedCase(t);
  return false;
}

bool IsTokenBreak(char c) {
  switch (c) {
    case ' ':
    case '\t':
    case '(':
    case ')':
    case ',':
    case ';':
    case ':':
    case '"':
    case '\'':
    case '<':
    case '>':
    case '[':
    case ']':
      return true;
    default:
      return false;
  }
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigitAscii(char c) { return c >= '0' && c <= '9'; }

bool HasIban(std::string_view line) {
  bool says_iban = false;
  for (size_t i = 0; i + 4 <= line.size(); ++i) {
    if ((line[i] == 'I' || line[i] == 'i') && (line[i + 1] == 'B' || line[i + 1] == 'b') &&
        (line[i + 2] == 'A' || line[i + 2] == 'a') && (line[i + 3] == 'N' || line[i + 3] == 'n')) {
      says_iban = true;
      break;
    }
  }
  for (size_t p = 0; p + 4 < line.size(); ++p) {
    if (p > 0 && (std::isalnum(static_cast<unsigned char>(line[p - 1])) != 0)) continue;
    if (!IsUpperAscii(line[p]) || !IsUpperAscii(line[p + 1]) || !IsDigitAscii(line[p + 2]) ||
        !IsDigitAscii(line[p + 3])) {
      continue;
    }
    std::string compact(line.substr(p, 4));
    size_t i = p + 4;
    while (i < line.size() && compact.size() < 4 + 30) {
      const char c = line[i];
      if (IsUpperAscii(c) || IsDigitAscii(c)) {
        compact.push_back(c);
        ++i;
      } else if (c == ' ' && i + 1 < line.size() &&
                 (IsUpperAscii(line[i + 1]) || IsDigitAscii(line[i + 1]))) {
        ++i;
      } else {
        break;
      }
    }
    // The longest prefix of 11..30 BBAN characters that passes the check.
    for (size_t n = compact.size(); n >= 4 + 11; --n) {
      if (says_iban || fundraising_internal::IbanMod97Valid(std::string_view(compact).substr(0, n)))
        return true;
    }
  }
  return false;
}

}  // namespace

bool IsKnownReason(std::string_view reason) {
  for (std::string_view r : kReasons) {
    if (r == reason) return true;
  }
  return false;
}

void JunkLexicon::Load(const std::string& data_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(data_dir, ec)) return;
  std::vector<fs::path> files;
  for (const fs::directory_entry& e : fs::directory_iterator(data_dir, ec)) {
    fs::path file = e.path() / "junk.tsv";
    if (e.is_directory(ec) && fs::is_regular_file(file, ec)) files.push_back(file);
  }
  std::sort(files.begin(), files.end());  // a stable order of preference
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw DataError("cannot read " + file.string());
    std::ostringstream contents;
    contents << in.rdbuf();
    AddFile(contents.str(), file.parent_path().filename().string(), file.string());
  }
}

void JunkLexicon::AddFile(std::string_view contents, const std::string& lang,
                          const std::string& name) {
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < contents.size()) {
    size_t eol = contents.find('\n', pos);
    if (eol == std::string_view::npos) eol = contents.size();
    std::string_view line = contents.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const std::string where = name + ":" + std::to_string(line_no);
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() != 3) {
      throw DataError(where + ": expected pattern<TAB>match<TAB>reason, got " +
                      std::to_string(f.size()) + " fields");
    }
    JunkEntry e;
    e.reason = std::string(f[2]);
    e.lang = lang;
    if (!ParseMatch(f[1], &e.match)) {
      throw DataError(where + ": unknown match '" + std::string(f[1]) +
                      "' (line, prefix, contains, payment-context)");
    }
    // A whole-line pattern is normalised like the lines it is compared with;
    // the others keep their last character ("photo:", "fot.").
    std::string written(f[0]);
    for (size_t at = written.find("<N>"); at != std::string::npos; at = written.find("<N>")) {
      written.replace(at, 3, "0");  // a digit: normalised to '#' like numbers in lines
    }
    e.pattern = NormalizeForMatch(written, e.match == Match::kLine);
    if (e.pattern.empty()) throw DataError(where + ": empty pattern");
    if (!IsKnownReason(e.reason)) throw DataError(where + ": unknown reason '" + e.reason + "'");
    switch (e.match) {
      case Match::kLine:
        line_.emplace(e.pattern, e);  // the first file's entry wins
        break;
      case Match::kPrefix:
        prefix_.push_back(std::move(e));
        break;
      case Match::kContains:
        contains_.push_back(std::move(e));
        break;
      case Match::kPaymentContext:
        payment_.push_back(std::move(e));
        break;
    }
  }
}

const JunkEntry* JunkLexicon::Find(const std::string& normalized, bool allow_prefix,
                                   bool allow_contains) const {
  if (normalized.empty()) return nullptr;
  if (auto it = line_.find(normalized); it != line_.end()) return &it->second;
  if (allow_prefix) {
    const JunkEntry* best = nullptr;  // the longest matching prefix
    for (const JunkEntry& e : prefix_) {
      if (normalized.size() >= e.pattern.size() &&
          normalized.compare(0, e.pattern.size(), e.pattern) == 0 &&
          EndsAtWordBoundary(normalized, e.pattern.size()) &&
          (best == nullptr || e.pattern.size() > best->pattern.size())) {
        best = &e;
      }
    }
    if (best != nullptr) return best;
  }
  if (allow_contains) {
    for (const JunkEntry& e : contains_) {
      if (normalized.find(e.pattern) != std::string::npos) return &e;
    }
  }
  return nullptr;
}

bool JunkLexicon::HasPaymentContext(const std::string& normalized) const {
  for (const JunkEntry& e : payment_) {
    if (normalized.find(e.pattern) != std::string::npos) return true;
  }
  for (const std::vector<JunkEntry>* list : {&prefix_, &contains_}) {
    for (const JunkEntry& e : *list) {
      if (e.reason == "fundraising" && normalized.find(e.pattern) != std::string::npos) {
        return true;
      }
    }
  }
  return false;
}

bool HasPaymentCode(std::string_view line) {
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && IsTokenBreak(line[i])) ++i;
    size_t start = i;
    while (i < line.size() && !IsTokenBreak(line[i])) ++i;
    std::string_view token = line.substr(start, i - start);
    while (!token.empty() && (token.back() == '.' || token.back() == '!')) token.remove_suffix(1);
    if (token.size() >= 26 && IsCryptoToken(token)) return true;
  }
  return HasIban(line);
}

bool IsMenuRow(std::string_view line, bool space_gaps) {
  if (EndsSentence(line)) return false;
  size_t items = 0;
  size_t words_in_item = 0;
  size_t total_words = 0;
  bool separator_pending = true;  // the first word opens the first item
  size_t i = 0;
  while (i < line.size()) {
    size_t gap = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
      ++gap;
      ++i;
    }
    if (i >= line.size()) break;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    std::string_view word = line.substr(start, i - start);
    if (word == ">" || word == "|" || word == "/" || word == "\xC2\xBB" /* » */ ||
        word == "\xE2\x80\xBA" /* › */ || word == "\xC2\xB7" /* · */ ||
        word == "\xE2\x80\xA2" /* • */) {
      separator_pending = true;
      continue;
    }
    if (space_gaps && gap >= 3 && total_words > 0) separator_pending = true;
    if (separator_pending) {
      if (items > 0 && (words_in_item == 0 || words_in_item > 4)) return false;
      ++items;
      words_in_item = 0;
      separator_pending = false;
    }
    ++words_in_item;
    ++total_words;
  }
  if (words_in_item == 0 || words_in_item > 4) return false;
  return items >= 3;
}

}  // namespace parallax::scrape
