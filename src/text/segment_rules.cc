#include "text/segment_rules.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>
#include <utility>
#include <vector>

#include "parallax/error.h"

namespace parallax::segment_internal {

namespace {

// A decoded code point and its length in bytes; cp < 0 for an invalid byte
// (which then counts as one byte).
struct CodePoint {
  UChar32 cp = -1;
  size_t len = 1;
};

CodePoint DecodeAt(std::string_view s, size_t pos) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data() + pos);
  const int32_t length = static_cast<int32_t>(std::min<size_t>(4, s.size() - pos));
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(p, i, length, c);
  return {c, static_cast<size_t>(i)};
}

// The code point that ends at `pos` (pos > 0).
CodePoint DecodeBefore(std::string_view s, size_t pos) {
  size_t q = pos - 1;
  // Step back over at most three continuation bytes to a lead byte.
  for (int k = 0; k < 3 && q > 0 && (static_cast<uint8_t>(s[q]) & 0xC0) == 0x80; ++k) --q;
  CodePoint c = DecodeAt(s, q);
  if (c.cp >= 0 && q + c.len == pos) return c;
  return {-1, 1};
}

bool IsSpace(UChar32 c) { return c >= 0 && u_isUWhiteSpace(c); }
bool IsUpper(UChar32 c) { return c >= 0 && (u_isupper(c) || u_istitle(c)); }

// "J." or "J.R.R.": capital letters, each followed by a full stop.
bool IsInitials(std::string_view tok) {
  size_t i = 0;
  int letters = 0;
  while (i < tok.size()) {
    CodePoint c = DecodeAt(tok, i);
    if (!IsUpper(c.cp)) return false;
    i += c.len;
    if (i >= tok.size() || tok[i] != '.') return false;
    ++i;
    ++letters;
  }
  return letters > 0;
}

// "7." or "24.": the way German, Polish, Czech... write ordinal numbers.
bool IsOrdinal(std::string_view tok) {
  if (tok.size() < 2 || tok.size() > 3 || tok.back() != '.') return false;
  return std::all_of(tok.begin(), tok.end() - 1, [](char ch) { return ch >= '0' && ch <= '9'; });
}

bool NextWordIsMonth(const LanguageRules& rules, std::string_view para, size_t pos) {
  size_t i = SkipSpaceForward(para, pos);
  const size_t begin = i;
  while (i < para.size()) {
    CodePoint c = DecodeAt(para, i);
    if (c.cp < 0 || !u_isalpha(c.cp)) break;
    i += c.len;
  }
  if (i == begin) return false;
  return rules.months.count(FoldCase(para.substr(begin, i - begin))) > 0;
}

bool ContextHolds(AbbrevContext context, std::string_view para, size_t token_begin,
                  size_t boundary) {
  switch (context) {
    case AbbrevContext::kAny:
      return true;
    case AbbrevContext::kBeforeNumber: {
      size_t next = SkipSpaceForward(para, boundary);
      if (next >= para.size()) return false;
      CodePoint c = DecodeAt(para, next);
      return c.cp >= 0 && u_isdigit(c.cp);
    }
    case AbbrevContext::kNotAfterNumber: {
      size_t prev = SkipSpaceBackward(para, token_begin);
      if (prev == 0) return true;
      CodePoint c = DecodeBefore(para, prev);
      return !(c.cp >= 0 && u_isdigit(c.cp));
    }
  }
  return true;
}

bool HasUpper(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    CodePoint c = DecodeAt(s, i);
    if (IsUpper(c.cp)) return true;
    i += c.len;
  }
  return false;
}

bool ValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    CodePoint c = DecodeAt(s, i);
    if (c.cp < 0) return false;
    i += c.len;
  }
  return true;
}

// Lines of a rule file, without '#' comment lines and blank lines, each with
// its 1-based line number and its whitespace-separated fields.
struct RuleLine {
  int number = 0;
  std::vector<std::string> fields;
};

std::vector<RuleLine> ReadRuleLines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError("cannot read " + path);
  std::vector<RuleLine> lines;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // BOM
    if (!ValidUtf8(line)) {
      throw DataError(path + ":" + std::to_string(number) + ": not valid UTF-8");
    }
    std::istringstream fields(line);
    RuleLine rule{number, {}};
    for (std::string field; fields >> field;) rule.fields.push_back(field);
    if (rule.fields.empty() || rule.fields[0][0] == '#') continue;
    lines.push_back(std::move(rule));
  }
  if (in.bad()) throw DataError("error reading " + path);
  return lines;
}

}  // namespace

size_t SkipSpaceForward(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    CodePoint c = DecodeAt(s, pos);
    if (!IsSpace(c.cp)) break;
    pos += c.len;
  }
  return pos;
}

size_t SkipSpaceBackward(std::string_view s, size_t pos) {
  while (pos > 0) {
    CodePoint c = DecodeBefore(s, pos);
    if (!IsSpace(c.cp)) break;
    pos -= c.len;
  }
  return pos;
}

std::string FoldCase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    CodePoint c = DecodeAt(s, i);
    if (c.cp < 0) {
      out.push_back(s[i]);
    } else {
      UChar32 lower = u_tolower(c.cp);
      char buf[4];
      int32_t n = 0;
      U8_APPEND_UNSAFE(buf, n, lower);
      out.append(buf, static_cast<size_t>(n));
    }
    i += c.len;
  }
  return out;
}

void LoadAbbreviations(const std::string& path, LanguageRules& rules) {
  for (const RuleLine& line : ReadRuleLines(path)) {
    const std::string where = path + ":" + std::to_string(line.number) + ": ";
    if (line.fields.size() > 2) {
      throw DataError(where + "expected 'abbreviation [context]', got " +
                      std::to_string(line.fields.size()) + " fields");
    }
    const std::string& entry = line.fields[0];
    if (entry.size() < 2 || entry.back() != '.') {
      throw DataError(where + "abbreviation '" + entry + "' must end with '.'");
    }
    AbbrevContext context = AbbrevContext::kAny;
    if (line.fields.size() == 2) {
      const std::string& name = line.fields[1];
      if (name == "any") {
        context = AbbrevContext::kAny;
      } else if (name == "before-number") {
        context = AbbrevContext::kBeforeNumber;
      } else if (name == "not-after-number") {
        context = AbbrevContext::kNotAfterNumber;
      } else {
        throw DataError(where + "unknown context '" + name +
                        "' (any, before-number, not-after-number)");
      }
    }
    if (HasUpper(entry)) {
      rules.exact[entry] = context;
    } else {
      rules.folded[entry] = context;
    }
  }
}

void LoadMonths(const std::string& path, LanguageRules& rules) {
  for (const RuleLine& line : ReadRuleLines(path)) {
    const std::string where = path + ":" + std::to_string(line.number) + ": ";
    if (line.fields.size() != 1) throw DataError(where + "expected one month name a line");
    const std::string& name = line.fields[0];
    for (size_t i = 0; i < name.size();) {
      CodePoint c = DecodeAt(name, i);
      if (c.cp < 0 || !u_isalpha(c.cp)) {
        throw DataError(where + "month name '" + name + "' must be letters only");
      }
      i += c.len;
    }
    rules.months.insert(FoldCase(name));
  }
}

std::map<std::string, LanguageRules, std::less<>> LoadAllRules(const std::string& data_dir) {
  namespace fs = std::filesystem;
  std::map<std::string, LanguageRules, std::less<>> all;
  std::error_code ec;
  if (data_dir.empty() || !fs::is_directory(data_dir, ec)) return all;
  std::error_code list_error;  // kept apart from the per-file checks' codes
  for (const fs::directory_entry& entry : fs::directory_iterator(data_dir, list_error)) {
    if (!entry.is_directory(ec)) continue;
    const fs::path abbreviations = entry.path() / "abbreviations.txt";
    const fs::path months = entry.path() / "months.txt";
    const bool has_abbreviations = fs::is_regular_file(abbreviations, ec);
    const bool has_months = fs::is_regular_file(months, ec);
    if (!has_abbreviations && !has_months) continue;
    LanguageRules rules;
    if (has_abbreviations) LoadAbbreviations(abbreviations.string(), rules);
    if (has_months) LoadMonths(months.string(), rules);
    all.emplace(entry.path().filename().string(), std::move(rules));
  }
  if (list_error) throw DataError("cannot list " + data_dir + ": " + list_error.message());
  return all;
}

size_t SkipDetachedClosers(std::string_view para, size_t boundary) {
  size_t i = boundary;
  while (i < para.size()) {
    CodePoint c = DecodeAt(para, i);
    if (c.cp < 0) break;
    const int8_t type = u_charType(c.cp);
    if (type != U_FINAL_PUNCTUATION && type != U_END_PUNCTUATION) break;
    i += c.len;
  }
  if (i == boundary) return boundary;
  if (i < para.size() && !IsSpace(DecodeAt(para, i).cp)) return boundary;
  return SkipSpaceForward(para, i);
}

bool SuppressBoundary(const LanguageRules& rules, std::string_view para, size_t boundary) {
  if (boundary == 0 || boundary >= para.size()) return false;
  const size_t end = SkipSpaceBackward(para, boundary);
  if (end == 0 || para[end - 1] != '.') return false;
  // The token before the boundary: back to the previous whitespace.
  size_t token_begin = end;
  while (token_begin > 0) {
    CodePoint c = DecodeBefore(para, token_begin);
    if (IsSpace(c.cp)) break;
    token_begin -= c.len;
  }
  // Drop opening brackets and quotes: "(ok." is "ok.".
  size_t begin = token_begin;
  while (begin < end) {
    CodePoint c = DecodeAt(para, begin);
    if (c.cp >= 0 && u_isalnum(c.cp)) break;
    begin += c.len;
  }
  if (begin + 1 >= end) return false;
  const std::string_view token = para.substr(begin, end - begin);

  if (IsInitials(token)) return true;
  if (!rules.months.empty() && IsOrdinal(token) && NextWordIsMonth(rules, para, boundary)) {
    return true;
  }
  const std::string key(token);
  if (auto it = rules.exact.find(key); it != rules.exact.end()) {
    return ContextHolds(it->second, para, token_begin, boundary);
  }
  if (auto it = rules.folded.find(FoldCase(key)); it != rules.folded.end()) {
    return ContextHolds(it->second, para, token_begin, boundary);
  }
  return false;
}

}  // namespace parallax::segment_internal
