#include "extract/dates_meta.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "extract/scrape_chars.h"
#include "parallax/data_dir.h"
#include "parallax/error.h"

namespace parallax::dates {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
using scrape::IsSpace;
using scrape::Trim;

// Decodes one UTF-8 code point at `i`; -1 (one byte) when malformed.
int DecodeAt(std::string_view s, size_t i, size_t* len) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || i + n > s.size()) {
    *len = 1;
    return -1;
  }
  int cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) {
      *len = 1;
      return -1;
    }
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  *len = n;
  return cp;
}

void AppendUtf8(std::string* out, int cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Lower case of one code point, staying within the same UTF-8 length so byte
// offsets into folded text are offsets into the original.
int LowerCp(int cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x100 && cp <= 0x137) return cp | 1;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
    return (cp % 2 == 1) ? cp + 1 : cp;
  if (cp >= 0x14A && cp <= 0x177) return cp | 1;
  if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 32;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) ||
      (cp >= 0x4D0 && cp <= 0x4FF)) {
    return cp | 1;
  }
  if (cp >= 0x4C1 && cp <= 0x4CE) return (cp % 2 == 1) ? cp + 1 : cp;
  return cp;
}

// Letters for tokenising: ASCII letters and every code point from U+00C0 on,
// except ×, ÷ and the general punctuation block.
bool IsLetterCp(int cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return true;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  return !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F);
}

bool LetterAt(std::string_view s, size_t i) {
  size_t len = 0;
  return IsLetterCp(DecodeAt(s, i, &len));
}

bool LetterBefore(std::string_view s, size_t i) {
  if (i == 0) return false;
  size_t k = i - 1;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return LetterAt(s, k);
}

struct Token {
  enum Kind { kNum, kWord, kPunct } kind;
  size_t begin, end;
  bool space_before;
};

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  bool space = true;
  while (i < s.size()) {
    size_t len = 0;
    int cp = DecodeAt(s, i, &len);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x202F ||
        cp == 0x2009) {
      space = true;
      i += len;
      continue;
    }
    size_t start = i;
    Token::Kind kind;
    if (IsDigit(s[i])) {
      kind = Token::kNum;
      while (i < s.size() && IsDigit(s[i])) ++i;
    } else if (IsLetterCp(cp)) {
      kind = Token::kWord;
      while (i < s.size()) {
        int c = DecodeAt(s, i, &len);
        if (!IsLetterCp(c)) break;
        i += len;
      }
    } else {
      kind = Token::kPunct;
      i += len;
    }
    out.push_back(Token{kind, start, i, space});
    space = false;
  }
  return out;
}

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// Code points in valid UTF-8 (continuation bytes not counted).
size_t CpCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

std::vector<std::string> ReadLines(const std::filesystem::path& path) {
  std::vector<std::string> lines;
  std::ifstream in(path);
  if (!in) return lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// Phrase `p` at `pos` in `s` with word boundaries on its letter ends.
bool BoundedAt(std::string_view s, size_t pos, std::string_view p) {
  if (LetterAt(p, 0) && LetterBefore(s, pos)) return false;
  size_t end = pos + p.size();
  if (LetterBefore(p, p.size()) && end < s.size() && LetterAt(s, end)) return false;
  return true;
}

}  // namespace

std::string FoldCase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t len = 0;
    int cp = DecodeAt(text, i, &len);
    if (cp < 0 || len > 3) {
      out.append(text.substr(i, len));
    } else {
      AppendUtf8(&out, LowerCp(cp));
    }
    i += len;
  }
  return out;
}

std::string MakeIso(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear || month < 1 || month > 12 || day < 1) return "";
  if (day > DaysIn(year, month)) return "";
  char buf[40];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  return buf;
}

bool MonthFirst(std::string_view lang) { return lang == "en"; }

Lexicon::Lexicon(const std::string& data_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (data_dir.empty() || !fs::is_directory(data_dir, ec)) return;
  std::vector<fs::path> langs;
  for (const auto& entry : fs::directory_iterator(data_dir, ec)) {
    if (entry.is_directory(ec)) langs.push_back(entry.path());
  }
  std::sort(langs.begin(), langs.end());
  for (const fs::path& dir : langs) {
    const std::string lang = dir.filename().string();
    int month = 0;
    int number = 0;
    for (const std::string& raw : ReadLines(dir / "months.txt")) {
      ++number;
      std::string_view line = Trim(raw);
      if (line.empty()) continue;
      constexpr std::string_view kMarker = "# month:";
      if (line.substr(0, kMarker.size()) == kMarker) {
        std::string_view n = Trim(line.substr(kMarker.size()));
        month = (n.size() <= 2 && !n.empty() && IsDigit(n[0]) && IsDigit(n.back())) ? ToInt(n) : 0;
        if (month < 1 || month > 12) {
          throw DataError((dir / "months.txt").string() + ":" + std::to_string(number) +
                          ": month marker needs a number 1-12");
        }
        continue;
      }
      if (line[0] == '#' || month == 0) continue;
      std::string folded = FoldCase(line);
      months_[lang].emplace(folded, month);
      any_month_.emplace(folded, month);
    }
    number = 0;
    for (const std::string& raw : ReadLines(dir / "dateline.tsv")) {
      ++number;
      std::string_view line = Trim(raw);
      if (line.empty() || line[0] == '#') continue;
      size_t tab = line.find('\t');
      std::string_view kind = tab == std::string_view::npos ? "" : Trim(line.substr(tab + 1));
      if (tab == 0 ||
          (kind != "published" && kind != "modified" && kind != "other" && kind != "class")) {
        throw DataError((dir / "dateline.tsv").string() + ":" + std::to_string(number) +
                        ": expected '<phrase>\\t<published|modified|other|class>'");
      }
      if (kind == "class") {
        class_words_.push_back(FoldCase(Trim(line.substr(0, tab))));
        continue;
      }
      datelines_.emplace_back(FoldCase(Trim(line.substr(0, tab))),
                              kind == "published"  ? DateKind::kPublished
                              : kind == "modified" ? DateKind::kModified
                                                   : DateKind::kOther);
    }
    for (const std::string& raw : ReadLines(dir / "byline.txt")) {
      std::string_view line = Trim(raw);
      if (line.empty() || line[0] == '#') continue;
      byline_.push_back(FoldCase(line));
    }
  }
}

int Lexicon::Month(std::string_view folded_word, std::string_view lang) const {
  while (!folded_word.empty() && folded_word.back() == '.') folded_word.remove_suffix(1);
  if (!lang.empty()) {
    auto l = months_.find(lang);
    if (l != months_.end()) {
      auto m = l->second.find(folded_word);
      if (m != l->second.end()) return m->second;
    }
  }
  auto m = any_month_.find(folded_word);
  return m == any_month_.end() ? 0 : m->second;
}

DateKind Lexicon::KindBefore(std::string_view folded_line, size_t pos) const {
  size_t best = 0;
  DateKind kind = DateKind::kNone;
  for (const auto& [phrase, k] : datelines_) {
    for (size_t at = folded_line.find(phrase); at != std::string_view::npos && at < pos;
         at = folded_line.find(phrase, at + 1)) {
      if (!BoundedAt(folded_line, at, phrase)) continue;
      if (kind == DateKind::kNone || at + phrase.size() > best) {
        best = at + phrase.size();
        kind = k;
      }
    }
  }
  return kind;
}

const Lexicon* DefaultLexicon() {
  static const std::unique_ptr<Lexicon> lexicon = []() -> std::unique_ptr<Lexicon> {
    try {
      return std::make_unique<Lexicon>(FindDataDir());
    } catch (const Error&) {
      return nullptr;
    }
  }();
  return lexicon.get();
}

std::vector<FoundDate> FindDates(std::string_view line, const Lexicon* lexicon,
                                 std::string_view lang, bool month_first) {
  std::vector<FoundDate> out;
  // Every date has its day or year in digits: most lines stop here.
  if (line.find_first_of("0123456789") == std::string_view::npos) return out;
  const std::vector<Token> t = Tokenize(line);
  const std::string folded = FoldCase(line);
  auto text = [&](size_t k) { return line.substr(t[k].begin, t[k].end - t[k].begin); };
  auto num = [&](size_t k, size_t min_len, size_t max_len) {
    if (k >= t.size() || t[k].kind != Token::kNum) return false;
    size_t n = t[k].end - t[k].begin;
    return n >= min_len && n <= max_len;
  };
  auto punct = [&](size_t k, std::string_view set) {
    return k < t.size() && t[k].kind == Token::kPunct && t[k].end - t[k].begin == 1 &&
           set.find(line[t[k].begin]) != std::string_view::npos;
  };
  auto month = [&](size_t k) {
    if (lexicon == nullptr || k >= t.size() || t[k].kind != Token::kWord) return 0;
    return lexicon->Month(std::string_view(folded).substr(t[k].begin, t[k].end - t[k].begin), lang);
  };
  // A short joining word between day, month and year ("7 de enero de 2022"):
  // at most 3 letters, not a month itself.
  auto glue = [&](size_t k) {
    return k < t.size() && t[k].kind == Token::kWord && t[k].end - t[k].begin <= 3 && month(k) == 0;
  };
  // The year of token k: four digits, or four digits glued to the hour of a
  // time ("3 de mayo de 202221:25": the renderer joins inline elements).
  // 0 when neither.
  auto year = [&](size_t k) {
    if (num(k, 4, 4)) return ToInt(text(k));
    if (num(k, 6, 6) && punct(k + 1, ":") && num(k + 2, 2, 2) && !t[k + 1].space_before &&
        ToInt(text(k).substr(4)) <= 23) {
      return ToInt(text(k).substr(0, 4));
    }
    return 0;
  };
  auto add = [&](const std::string& iso, size_t first, size_t last) {
    if (iso.empty()) return false;
    out.push_back(FoundDate{iso, t[first].begin, t[last].end});
    return true;
  };
  // A word of at least this many letters glued to a date is a rendered label
  // ("Erstellt am09.02.2022", "Tanja Karrasch3.11.2023": inline elements
  // joined without a space); a single letter is a version ("v10.12.2021").
  constexpr size_t kMinGluedWord = 2;
  for (size_t i = 0; i < t.size(); ++i) {
    // Not inside a longer run of numbers ("1.2.2022.5", "v10.12.2021").
    const bool glued = i > 0 && !t[i].space_before && t[i - 1].kind != Token::kPunct;
    if (glued && (t[i - 1].kind == Token::kNum || CpCount(text(i - 1)) < kMinGluedWord)) {
      continue;
    }
    // 2022-01-07, 2022/01/07, 2022.01.07
    if (num(i, 4, 4) && punct(i + 1, "-/.") && num(i + 2, 1, 2) &&
        punct(i + 3, std::string_view(&line[t[i + 1].begin], 1)) && num(i + 4, 1, 2)) {
      if (add(MakeIso(ToInt(text(i)), ToInt(text(i + 2)), ToInt(text(i + 4))), i, i + 4)) {
        i += 4;
        continue;
      }
    }
    // 07.01.2022, 07/01/2022, 07-01-2022
    if (num(i, 1, 2) && punct(i + 1, "./-") && num(i + 2, 1, 2) &&
        punct(i + 3, std::string_view(&line[t[i + 1].begin], 1)) && year(i + 4) != 0) {
      int a = ToInt(text(i)), b = ToInt(text(i + 2)), y = year(i + 4);
      bool mdy = line[t[i + 1].begin] != '.' && month_first;
      if (a > 12) mdy = false;
      if (b > 12) mdy = true;
      if (add(mdy ? MakeIso(y, a, b) : MakeIso(y, b, a), i, i + 4)) {
        i += 4;
        continue;
      }
    }
    // 07.01.22: a two-digit year, only with dots and a two-digit month and
    // year, standing alone (not "v1.10.22", "1.10.22.3", "10.10.10:5").
    if (!glued && num(i, 1, 2) && punct(i + 1, ".") && num(i + 2, 2, 2) && punct(i + 3, ".") &&
        num(i + 4, 2, 2) && !(i > 0 && !t[i].space_before && punct(i - 1, ".:,")) &&
        !(i + 5 < t.size() && !t[i + 5].space_before &&
          (t[i + 5].kind != Token::kPunct ||
           (punct(i + 5, ".:,-/") && i + 6 < t.size() && !t[i + 6].space_before &&
            t[i + 6].kind != Token::kPunct)))) {
      // 00-35 is 2000-2035, 90-99 is 1990-1999 (kMinYear, kMaxYear).
      int yy = ToInt(text(i + 4));
      int y = yy <= kMaxYear % 100 ? 2000 + yy : 1900 + yy;
      if (add(MakeIso(y, ToInt(text(i + 2)), ToInt(text(i))), i, i + 4)) {
        i += 4;
        continue;
      }
    }
    // Year first: 2022 жылғы 5 қаңтар, 2022 ж. 5 қаңтар (a word of up to 6
    // letters after the year: Kazakh "жылғы", "ж.").
    if (num(i, 4, 4)) {
      size_t k = i + 1;
      if (k < t.size() && t[k].kind == Token::kWord && CpCount(text(k)) <= 6 && month(k) == 0) {
        ++k;
        if (punct(k, ".")) ++k;
      }
      if (num(k, 1, 2) && t[k].space_before) {
        if (int m = month(k + 1); m != 0 && t[k + 1].space_before &&
                                  add(MakeIso(ToInt(text(i)), m, ToInt(text(k))), i, k + 1)) {
          i = k + 1;
          continue;
        }
      }
    }
    // 7. Januar 2022, 7 stycznia 2022, 7 de enero de 2022, 07 Jan 2022
    if (num(i, 1, 2)) {
      size_t k = i + 1;
      if (punct(k, ".")) ++k;
      if (glue(k) && month(k + 1) != 0) ++k;
      int m = month(k);
      if (m != 0) {
        size_t y = k + 1;
        if (punct(y, ".")) ++y;
        if (punct(y, ",")) ++y;
        if (glue(y)) ++y;
        if (year(y) != 0 && add(MakeIso(year(y), m, ToInt(text(i))), i, y)) {
          i = y;
          continue;
        }
        // 14 Gennaio 20: a two-digit year, only where nothing that could
        // continue a number follows: the end of the line or a closing ")",
        // "]" or "|" ("5. März 20 Gäste", "14 mai 20:30", "3 May 20, 21"
        // are no dates). Years as for DD.MM.YY; dev +1 page, held-out 0
        // (data/dates-README.md).
        y = k + 1;
        if (punct(y, ".")) ++y;
        if (!glued && num(y, 2, 2) && t[y].space_before &&
            (y + 1 == t.size() || punct(y + 1, ")]|"))) {
          const int yy = ToInt(text(y));
          if (add(MakeIso(yy <= kMaxYear % 100 ? 2000 + yy : 1900 + yy, m, ToInt(text(i))), i, y)) {
            i = y;
            continue;
          }
        }
      }
    }
    // January 7, 2022; Jan. 7th 2022
    if (int m = month(i); m != 0) {
      size_t k = i + 1;
      if (punct(k, ".")) ++k;
      if (num(k, 1, 2)) {
        size_t y = k + 1;
        if (y < t.size() && t[y].kind == Token::kWord && !t[y].space_before &&
            t[y].end - t[y].begin <= 2)
          ++y;
        if (punct(y, ",")) ++y;
        if (year(y) != 0 && add(MakeIso(year(y), m, ToInt(text(k))), i, y)) {
          i = y;
          continue;
        }
      }
    }
  }
  return out;
}

std::string NormalizeDateValue(std::string_view value, const Lexicon* lexicon) {
  value = Trim(value);
  if (value.size() >= 8 && IsDigit(value[0]) && IsDigit(value[1]) && IsDigit(value[2]) &&
      IsDigit(value[3])) {
    // ISO basic form 20220107 (optionally followed by T or a non-digit).
    size_t n = 0;
    while (n < value.size() && IsDigit(value[n])) ++n;
    if (n == 8)
      return MakeIso(ToInt(value.substr(0, 4)), ToInt(value.substr(4, 2)),
                     ToInt(value.substr(6, 2)));
    if (n == 4 && value.size() >= 8 && (value[4] == '-' || value[4] == '/' || value[4] == '.')) {
      size_t i = 5, m0 = i;
      while (i < value.size() && IsDigit(value[i])) ++i;
      if (i - m0 < 1 || i - m0 > 2 || i >= value.size() || value[i] != value[4]) return "";
      size_t d0 = ++i;
      while (i < value.size() && IsDigit(value[i])) ++i;
      if (i - d0 < 1 || i - d0 > 2) return "";
      return MakeIso(ToInt(value.substr(0, 4)), ToInt(value.substr(m0, d0 - 1 - m0)),
                     ToInt(value.substr(d0, i - d0)));
    }
    if (n > 4) return "";  // a Unix time or a counter, not a date
  }
  std::vector<FoundDate> found = FindDates(value.substr(0, 200), lexicon, "", false);
  return found.empty() ? "" : found.front().iso;
}

std::string DateFromUrl(std::string_view url) {
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return "";
  url = url.substr(path, url.find_first_of("?#", path) - path);
  for (size_t i = 0; i + 5 <= url.size(); ++i) {
    if (url[i] != '/' && url[i] != '-' && url[i] != '_') continue;
    size_t y = i + 1;
    if (y + 4 > url.size() || !IsDigit(url[y]) || !IsDigit(url[y + 1]) || !IsDigit(url[y + 2]) ||
        !IsDigit(url[y + 3])) {
      continue;
    }
    if (y + 4 < url.size() && IsDigit(url[y + 4])) {
      // /20220107/ or /20220107-title
      if (y + 8 <= url.size()) {
        size_t e = y + 8;
        bool digits = true;
        for (size_t k = y; k < e; ++k) digits = digits && IsDigit(url[k]);
        if (digits && (e == url.size() || !IsDigit(url[e]))) {
          std::string iso = MakeIso(ToInt(url.substr(y, 4)), ToInt(url.substr(y + 4, 2)),
                                    ToInt(url.substr(y + 6, 2)));
          if (!iso.empty()) return iso;
        }
      }
      continue;
    }
    // /2022/01/07/, /2022-01-07, /2022/1/7/
    size_t k = y + 4;
    if (k >= url.size() || (url[k] != '/' && url[k] != '-' && url[k] != '_' && url[k] != '.'))
      continue;
    char sep = url[k];
    size_t m0 = ++k;
    while (k < url.size() && IsDigit(url[k])) ++k;
    if (k - m0 < 1 || k - m0 > 2 || k >= url.size() || url[k] != sep) continue;
    size_t d0 = ++k;
    while (k < url.size() && IsDigit(url[k])) ++k;
    if (k - d0 < 1 || k - d0 > 2) continue;
    if (k < url.size() && url[k] != '/' && url[k] != '-' && url[k] != '_' && url[k] != '.')
      continue;
    std::string iso = MakeIso(ToInt(url.substr(y, 4)), ToInt(url.substr(m0, d0 - 1 - m0)),
                              ToInt(url.substr(d0, k - d0)));
    if (!iso.empty()) return iso;
  }
  return "";
}

namespace {

// The capitalised words after position `pos` ("Steppenfuchs", "Anna Nowak",
// "Jean-Luc Picard"): up to 4, stopping at anything else. "" when none.
std::string NameAfter(std::string_view line, size_t pos) {
  std::string_view rest = line.substr(pos);
  std::vector<Token> t = Tokenize(rest.substr(0, std::min<size_t>(rest.size(), 120)));
  size_t i = 0;
  while (i < t.size() && t[i].kind == Token::kPunct &&
         (rest[t[i].begin] == ':' || rest[t[i].begin] == '-'))
    ++i;
  size_t words = 0;
  size_t end = 0;
  for (; i < t.size() && words < 4; ++i) {
    std::string_view w = rest.substr(t[i].begin, t[i].end - t[i].begin);
    if (t[i].kind == Token::kWord) {
      if (words > 0 && t[i - 1].kind == Token::kWord && !t[i].space_before) break;
      size_t len = 0;
      DecodeAt(w, 0, &len);
      if (FoldCase(w.substr(0, len)) == w.substr(0, len)) break;  // lower case: not a name
      ++words;
      end = t[i].end;
    } else if (t[i].kind == Token::kPunct && w == "-" && !t[i].space_before && words > 0) {
      continue;
    } else {
      break;
    }
  }
  if (words == 0) return "";
  std::string_view raw = rest.substr(0, end);
  size_t first = 0;
  while (first < raw.size() && !LetterAt(raw, first)) ++first;
  return std::string(Trim(raw.substr(first)));
}

// True when a dash (-, en dash, em dash) and a space follow byte `end` of
// `line` after optional spaces: "27.1.2022 - Der Rat ...".
bool DashAfter(std::string_view line, size_t end) {
  std::string_view rest = line.substr(end);
  size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  rest.remove_prefix(i);
  for (std::string_view dash : {"-", "\u2013", "\u2014"}) {
    if (rest.substr(0, dash.size()) == dash && i > 0 && rest.size() > dash.size() &&
        rest[dash.size()] == ' ')
      return true;
  }
  return false;
}

// Removes both ends of date ranges ("28.01.2022 – 29.01.2022",
// "01.02.2021/15.02.2021"): an event's or a week's dates, not the page's.
void DropRanges(std::string_view line, std::vector<FoundDate>* found) {
  std::vector<bool> drop(found->size(), false);
  for (size_t k = 0; k + 1 < found->size(); ++k) {
    std::string_view between =
        Trim(line.substr((*found)[k].end, (*found)[k + 1].begin - (*found)[k].end));
    if (between == "-" || between == "\u2013" || between == "\u2014" || between == "/") {
      drop[k] = drop[k + 1] = true;
    }
  }
  size_t w = 0;
  for (size_t k = 0; k < found->size(); ++k) {
    if (!drop[k]) (*found)[w++] = (*found)[k];
  }
  found->resize(w);
}

// The longest prefix of `s` of at most `n` bytes that ends on a code point.
std::string_view Utf8Prefix(std::string_view s, size_t n) {
  if (s.size() <= n) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

}  // namespace

// The bytes of a line's start that can hold a byline word ("veröffentlicht
// von", "опубликовано" are under 40 bytes).
constexpr size_t kBylineHead = 64;

Datelines ReadDatelines(std::string_view text, const Lexicon* lexicon, std::string_view lang,
                        const DatelineOptions& options) {
  Datelines out;
  // The first publication date without dateline wording; one announced by a
  // phrase ("Veröffentlicht am", "Posted on") beats it.
  std::string plain_published;
  const bool month_first = MonthFirst(lang);
  size_t seen = 0;
  size_t at = 0;
  while (at <= text.size() && seen < options.max_lines) {
    size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = Trim(text.substr(at, nl - at));
    at = nl + 1;
    if (line.empty()) continue;
    ++seen;
    if (line.size() > options.max_line_bytes) {
      // Prose; only a dateline opening it counts ("27.1.2022 - Der Rat ...").
      std::string_view head = Utf8Prefix(line, options.max_line_bytes);
      std::vector<FoundDate> first = FindDates(head, lexicon, lang, month_first);
      if (!first.empty() && first.front().begin == 0 && DashAfter(head, first.front().end) &&
          plain_published.empty()) {
        plain_published = first.front().iso;
      }
      continue;
    }
    // Without a digit a line holds no date; only a byline opening it counts
    // then, so only its start is folded (most lines of a page end here).
    const bool has_digit = line.find_first_of("0123456789") != std::string_view::npos;
    const std::string folded = FoldCase(has_digit ? line : Utf8Prefix(line, kBylineHead));
    if (!has_digit) {
      if (lexicon == nullptr) continue;
      for (const std::string& word : lexicon->BylineWords()) {
        if (folded.compare(0, word.size(), word) != 0 || !BoundedAt(folded, 0, word)) continue;
        std::string name = NameAfter(line, word.size());
        if (!name.empty() &&
            std::find(out.authors.begin(), out.authors.end(), name) == out.authors.end()) {
          out.authors.push_back(name);
        }
      }
      continue;
    }
    std::vector<FoundDate> found = FindDates(line, lexicon, lang, month_first);
    DropRanges(line, &found);
    size_t words = 0;
    for (const Token& tok : Tokenize(line)) words += tok.kind == Token::kWord;
    for (const FoundDate& d : found) {
      DateKind kind = lexicon == nullptr ? DateKind::kNone : lexicon->KindBefore(folded, d.begin);
      if (kind == DateKind::kOther) continue;
      if (kind == DateKind::kNone) {
        if (words > options.max_plain_words && !(d.begin == 0 && DashAfter(line, d.end))) continue;
        if (plain_published.empty()) plain_published = d.iso;
        continue;
      }
      std::string& slot = kind == DateKind::kModified ? out.modified : out.published;
      if (slot.empty()) slot = d.iso;
    }
    if (lexicon == nullptr) continue;
    for (const std::string& word : lexicon->BylineWords()) {
      for (size_t p = folded.find(word); p != std::string::npos; p = folded.find(word, p + 1)) {
        if (!BoundedAt(folded, p, word)) continue;
        if (found.empty() && p != 0) continue;
        std::string name = NameAfter(line, p + word.size());
        if (!name.empty() &&
            std::find(out.authors.begin(), out.authors.end(), name) == out.authors.end()) {
          out.authors.push_back(name);
        }
      }
    }
  }
  if (out.published.empty()) out.published = std::move(plain_published);
  return out;
}

}  // namespace parallax::dates
