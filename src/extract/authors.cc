#include "extract/authors.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>

#include "extract/scrape_chars.h"
#include "parallax/data_dir.h"
#include "parallax/error.h"

namespace parallax::authors {

namespace {

// A name longer than this is a sentence or a list of credits, not a name:
// the longest personal names in the trafilatura set's gold authors have 4
// words and 30 bytes; 6 words and 80 bytes leave room for particles and
// double surnames.
constexpr size_t kMaxNameWords = 6;
constexpr size_t kMaxNameBytes = 80;

using scrape::IsSpace;
using scrape::Trim;

// Words of `s` split on whitespace.
std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsSpace(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// A folded word for matching: lower case, a trailing ':' or ',' removed (so
// "Autor:" matches "autor:" and "autor", "Von" matches "von").
std::string MatchKey(std::string_view word) {
  while (!word.empty() && (word.back() == ':' || word.back() == ',')) word.remove_suffix(1);
  return dates::FoldCase(word);
}

// Length of the UTF-8 sequence starting with byte `c`.
size_t CharLen(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

// True when the word starts with an upper-case letter (its first character
// changes under FoldCase).
bool Capitalised(std::string_view word) {
  while (!word.empty() && (word.front() == '"' || word.front() == '(' || word.front() == '\'')) {
    word.remove_prefix(1);
  }
  if (word.empty()) return false;
  std::string_view first = word.substr(0, std::min(word.size(), CharLen(word[0])));
  return dates::FoldCase(first) != first;
}

bool HasUpper(std::string_view s) {
  for (std::string_view w : SplitWords(s)) {
    if (Capitalised(w)) return true;
  }
  return false;
}

bool LooksLikeUrl(std::string_view s) {
  return s.find("://") != std::string_view::npos || s.substr(0, 4) == "www." ||
         s.substr(0, 1) == "/";
}

// Punctuation that separates names in one value.
bool IsSeparator(std::string_view s, size_t i, size_t* len) {
  static constexpr std::string_view kSeps[] = {",", ";", "|", "&", "\u2022", "\u00b7"};
  for (std::string_view sep : kSeps) {
    if (s.substr(i, sep.size()) == sep) {
      *len = sep.size();
      return true;
    }
  }
  return false;
}

// Trims quotes, brackets left open and trailing punctuation from a name.
std::string_view TrimName(std::string_view s) {
  static constexpr std::string_view kEnds = " \t:;,-\"'\u2013\u2014";
  bool again = true;
  while (again && !s.empty()) {
    again = false;
    if (kEnds.find(s.front()) != std::string_view::npos) {
      s.remove_prefix(1);
      again = true;
    }
    if (!s.empty() && kEnds.find(s.back()) != std::string_view::npos) {
      s.remove_suffix(1);
      again = true;
    }
  }
  // A dangling "(" or ")" on one end.
  if (!s.empty() && s.back() == '(') s.remove_suffix(1);
  if (!s.empty() && s.front() == ')') s.remove_prefix(1);
  return Trim(s);
}

// Length in words of the byline phrase (data/<lang>/byline.txt) at word `i`
// of `keys`, 0 when none.
size_t BylineAt(const std::vector<std::string>& keys, size_t i, const dates::Lexicon* dates) {
  if (dates == nullptr) return 0;
  size_t best = 0;
  for (const std::string& phrase : dates->BylineWords()) {
    std::vector<std::string_view> parts = SplitWords(phrase);
    if (parts.empty() || i + parts.size() > keys.size() || parts.size() <= best) continue;
    bool match = true;
    for (size_t k = 0; k < parts.size() && match; ++k) {
      match = keys[i + k] == MatchKey(parts[k]);
    }
    if (match) best = parts.size();
  }
  return best;
}

struct Name {
  std::string text;
  bool organisation = false;
};

}  // namespace

AuthorLexicon::AuthorLexicon(const std::string& data_dir, const dates::Lexicon* dates)
    : dates_(dates) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (data_dir.empty() || !fs::is_directory(data_dir, ec)) return;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(data_dir, ec)) {
    fs::path f = entry.path() / "author_words.tsv";
    if (entry.is_directory(ec) && fs::is_regular_file(f, ec)) files.push_back(f);
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::ifstream in(f);
    std::string raw;
    size_t number = 0;
    while (std::getline(in, raw)) {
      ++number;
      std::string_view line = Trim(raw);
      if (line.empty() || line[0] == '#') continue;
      size_t tab = line.find('\t');
      std::string_view kind = tab == std::string_view::npos ? "" : Trim(line.substr(tab + 1));
      if (tab != 0 && tab != std::string_view::npos && kind == "class") {
        class_words_.push_back(dates::FoldCase(Trim(line.substr(0, tab))));
        continue;
      }
      WordKind k = kind == "joiner"         ? WordKind::kJoiner
                   : kind == "role"         ? WordKind::kRole
                   : kind == "organisation" ? WordKind::kOrganisation
                   : kind == "cut"          ? WordKind::kCut
                                            : WordKind::kNone;
      if (tab == 0 || k == WordKind::kNone) {
        throw DataError(f.string() + ":" + std::to_string(number) +
                        ": expected '<phrase>\\t<joiner|role|organisation|cut|class>'");
      }
      std::vector<std::string> words;
      for (std::string_view w : SplitWords(line.substr(0, tab))) words.push_back(MatchKey(w));
      if (!words.empty()) phrases_.emplace_back(std::move(words), k);
    }
  }
  std::stable_sort(phrases_.begin(), phrases_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

WordKind AuthorLexicon::KindAt(const std::vector<std::string>& words, size_t i,
                               size_t* length) const {
  for (const auto& [phrase, kind] : phrases_) {
    if (i + phrase.size() > words.size()) continue;
    if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<ptrdiff_t>(i))) {
      *length = phrase.size();
      return kind;
    }
  }
  *length = 0;
  return WordKind::kNone;
}

const AuthorLexicon* DefaultAuthorLexicon() {
  static const std::unique_ptr<AuthorLexicon> lexicon = []() -> std::unique_ptr<AuthorLexicon> {
    try {
      return std::make_unique<AuthorLexicon>(FindDataDir(), dates::DefaultLexicon());
    } catch (const Error&) {
      return nullptr;
    }
  }();
  return lexicon.get();
}

std::vector<std::string> CleanNames(std::string_view value, const AuthorLexicon* lexicon) {
  value = Trim(value);
  std::vector<std::string> out;
  if (value.empty() || LooksLikeUrl(value)) return out;
  const dates::Lexicon* dates = lexicon == nullptr ? nullptr : lexicon->dates();
  // Everything from the first date on is a dateline, not a name.
  std::vector<dates::FoundDate> found = dates::FindDates(value, dates, "", false);
  if (!found.empty()) value = value.substr(0, found.front().begin);

  std::vector<Name> names;
  Name current;
  bool cut = false;
  auto flush = [&]() {
    std::string_view t = TrimName(current.text);
    // A name does not end in a lower-case word ("Anna Nowak am"), unless it
    // is all lower case (a user name).
    std::vector<std::string_view> words = SplitWords(t);
    const size_t all_words = words.size();  // a sentence is no name, trimmed or not
    if (HasUpper(t)) {
      while (!words.empty() && !Capitalised(words.back())) words.pop_back();
    }
    if (!words.empty()) {
      t = t.substr(0, static_cast<size_t>(words.back().data() + words.back().size() - t.data()));
      t = TrimName(t);
    } else {
      t = {};
    }
    if (!t.empty() && all_words <= kMaxNameWords && t.size() <= kMaxNameBytes) {
      names.push_back(Name{std::string(t), current.organisation});
    }
    current = Name{};
  };
  // Segments between separators, then words within each.
  size_t start = 0;
  bool first_segment = true;
  for (size_t i = 0; i <= value.size() && !cut; ++i) {
    size_t len = 0;
    if (i < value.size() && !IsSeparator(value, i, &len)) continue;
    std::string_view segment = value.substr(start, i - start);
    start = i + len;
    i += len > 0 ? len - 1 : 0;
    std::vector<std::string_view> words = SplitWords(segment);
    std::vector<std::string> keys;
    for (std::string_view w : words) keys.push_back(MatchKey(w));
    size_t w = 0;
    if (first_segment) {
      // A leading byline word or two ("By", "Written by", "Von", "Autor:").
      for (size_t n = BylineAt(keys, w, dates); n > 0; n = BylineAt(keys, w, dates)) w += n;
    }
    first_segment = false;
    for (; w < words.size(); ++w) {
      size_t n = 0;
      WordKind kind = lexicon == nullptr ? WordKind::kNone : lexicon->KindAt(keys, w, &n);
      if (kind == WordKind::kCut) {
        cut = true;
        break;
      }
      if (kind == WordKind::kJoiner) {
        flush();
        w += n - 1;
        continue;
      }
      if (kind == WordKind::kRole) {
        // A job title ends the name before it and is dropped.
        flush();
        w += n - 1;
        continue;
      }
      if (words[w].find('@') != std::string_view::npos || LooksLikeUrl(words[w])) {
        flush();  // an e-mail address or a profile link
        continue;
      }
      if (kind == WordKind::kOrganisation && current.text.empty() && w + n == words.size()) {
        current.organisation = true;
      }
      if (!current.text.empty()) current.text.push_back(' ');
      current.text.append(words[w]);
    }
    flush();
  }
  bool person =
      std::any_of(names.begin(), names.end(), [](const Name& n) { return !n.organisation; });
  for (Name& n : names) {
    if (person && n.organisation) continue;
    if (std::find(out.begin(), out.end(), n.text) == out.end()) out.push_back(std::move(n.text));
  }
  return out;
}

std::vector<std::string> BylineNames(std::string_view text, std::string_view heading,
                                     const AuthorLexicon* lexicon, std::string_view lang,
                                     const BylineOptions& options) {
  std::vector<std::string> out;
  heading = Trim(heading);
  if (heading.empty() || lexicon == nullptr || lexicon->dates() == nullptr) return out;
  const dates::Lexicon* dates = lexicon->dates();
  bool after_heading = false;
  bool pending = false;  // the previous line was a byline word alone ("Von")
  size_t seen = 0;
  size_t at = 0;
  while (at < text.size() && seen < options.max_lines) {
    size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = Trim(text.substr(at, nl - at));
    at = nl + 1;
    if (line.empty()) continue;
    if (!after_heading) {
      after_heading = line == heading;
      continue;
    }
    ++seen;
    if (line.size() > options.max_line_bytes) {
      pending = false;
      continue;
    }
    std::vector<std::string_view> words = SplitWords(line);
    std::vector<std::string> keys;
    for (std::string_view w : words) keys.push_back(MatchKey(w));
    size_t name_at = words.size();
    if (pending && !words.empty() && Capitalised(words[0])) {
      name_at = 0;
    } else if (size_t n = BylineAt(keys, 0, dates); n > 0) {
      if (n == words.size()) {
        pending = true;
        continue;
      }
      name_at = n;
    } else if (!dates::FindDates(line, dates, lang, dates::MonthFirst(lang)).empty()) {
      for (size_t i = 1; i < words.size(); ++i) {
        size_t m = BylineAt(keys, i, dates);
        if (m > 0 && i + m < words.size() && Capitalised(words[i + m])) {
          name_at = i + m;
          break;
        }
      }
    }
    pending = false;
    if (name_at >= words.size() || !Capitalised(words[name_at])) continue;
    // The capitalised words from there, with joiners and commas between
    // them; a lower-case word or a number ends the names.
    std::string names;
    for (size_t i = name_at; i < words.size(); ++i) {
      size_t n = 0;
      bool joiner = lexicon->KindAt(keys, i, &n) == WordKind::kJoiner;
      if (!joiner && !Capitalised(words[i]) && words[i] != "&") break;
      if (!names.empty()) names.push_back(' ');
      names.append(words[i]);
    }
    for (std::string& name : CleanNames(names, lexicon)) {
      if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
    }
    if (!out.empty()) break;  // the first byline is the article's
  }
  return out;
}

std::string NameFromAuthorUrl(std::string_view url, std::string_view text) {
  size_t cut = url.find_first_of("?#");
  if (cut != std::string_view::npos) url = url.substr(0, cut);
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  size_t slash = url.rfind('/');
  std::string_view slug = slash == std::string_view::npos ? url : url.substr(slash + 1);
  std::vector<std::string> parts;
  std::string part;
  for (char c : slug) {
    if (c == '-' || c == '_' || c == '+') {
      if (!part.empty()) parts.push_back(std::move(part));
      part.clear();
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      part.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    } else {
      return "";  // digits, %-escapes, dots: an id or a file, not a name
    }
  }
  if (!part.empty()) parts.push_back(std::move(part));
  if (parts.size() < 2 || parts.size() > 5) return "";
  // A text word spells a slug part when their folded forms are equal, or,
  // for a word with letters outside ASCII ("Łukasz", "Müller"), when its
  // ASCII letters appear in the part in order and the part is no longer
  // than the word (a transliteration keeps or shortens the bytes).
  auto spells = [](std::string_view word, const std::string& p) {
    std::string folded = dates::FoldCase(word);
    if (folded == p) return true;
    std::string ascii;
    bool other = false;
    for (char c : folded) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        other = true;
      } else {
        ascii.push_back(c);
      }
    }
    if (!other || p.size() > folded.size() || ascii.empty()) return false;
    size_t k = 0;
    for (char c : p) {
      if (k < ascii.size() && ascii[k] == c) ++k;
    }
    return k == ascii.size() &&
           (static_cast<unsigned char>(folded[0]) >= 0x80 || folded[0] == p[0]);
  };
  std::vector<std::string_view> words = SplitWords(text);
  for (std::string_view& w : words) w = TrimName(w);
  for (size_t i = 0; i + parts.size() <= words.size(); ++i) {
    bool match = true;
    for (size_t k = 0; k < parts.size() && match; ++k) match = spells(words[i + k], parts[k]);
    if (!match) continue;
    std::string name;
    for (size_t k = 0; k < parts.size(); ++k) {
      if (k > 0) name.push_back(' ');
      name.append(words[i + k]);
    }
    return name;
  }
  return "";
}

}  // namespace parallax::authors
