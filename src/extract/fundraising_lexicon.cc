#include "extract/fundraising_lexicon.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <utility>

#include "parallax/error.h"

namespace parallax::fundraising_internal {

namespace {

struct CodePoint {
  int32_t cp = -1;  // -1: invalid byte (counts as one byte)
  size_t len = 1;
};

CodePoint DecodeAt(std::string_view s, size_t pos) {
  const auto b0 = static_cast<uint8_t>(s[pos]);
  if (b0 < 0x80) return {b0, 1};
  size_t len = 0;
  int32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0 && b0 >= 0xC2) {
    len = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0 && b0 <= 0xF4) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    return {};
  }
  if (pos + len > s.size()) return {};
  for (size_t i = 1; i < len; ++i) {
    const auto b = static_cast<uint8_t>(s[pos + i]);
    if ((b & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (b & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return {};
  }
  return {cp, len};
}

// Letters, digits and combining marks. Outside ASCII this is a block-level
// approximation (no ICU in this stage): everything from U+00C0 on except the
// two Latin-1 signs and the punctuation and symbol blocks.
bool IsWordCp(int32_t c) {
  if (c < 0) return false;
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows, shapes
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE00 && c <= 0xFE6F) return false;  // variation selectors, small forms
  if (c >= 0xFF00 && c <= 0xFF20) return false;  // full-width punctuation
  return true;
}

bool IsSpaceAt(std::string_view s, size_t pos, size_t* len) {
  const char c = s[pos];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *len = 1;
    return true;
  }
  if (pos + 1 < s.size() && c == '\xC2' && s[pos + 1] == '\xA0') {  // no-break space
    *len = 2;
    return true;
  }
  return false;
}

// Length-preserving lower case (see FoldForMatch); c itself when none.
int32_t LowerSameLength(int32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0xC0) return c;
  if (c <= 0xDE) return c == 0xD7 ? c : c + 0x20;  // Latin-1 letters
  if (c >= 0x100 && c <= 0x17F) {                  // Latin Extended-A
    if (c == 0x130 || c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
    if (c == 0x178) return 0xFF;
    const bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (odd_upper) return (c % 2 == 1) ? c + 1 : c;
    return (c % 2 == 0) ? c + 1 : c;
  }
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 0x20;  // Greek
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;                // Cyrillic А..Я
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;                // Ѐ..Џ
  if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F)) {
    return (c % 2 == 0) ? c + 1 : c;
  }
  if (c == 0x4C0) return 0x4CF;
  if (c >= 0x4C1 && c <= 0x4CE) return (c % 2 == 1) ? c + 1 : c;
  return c;
}

void AppendUtf8(std::string& out, int32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool ValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const CodePoint c = DecodeAt(s, i);
    if (c.cp < 0) return false;
    i += c.len;
  }
  return true;
}

// The bytes of the first two code points of `s` when both are word
// characters, else "".
std::string KeyAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return "";
  const CodePoint a = DecodeAt(s, pos);
  if (!IsWordCp(a.cp) || pos + a.len >= s.size()) return "";
  const CodePoint b = DecodeAt(s, pos + a.len);
  if (!IsWordCp(b.cp)) return "";
  return std::string(s.substr(pos, a.len + b.len));
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.push_back(
        line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

// Reads `path` line by line: calls on_line(number, line) for every line that
// is neither blank nor a plain '#' comment, and on_example(number, rest) for
// '# example:' lines.
template <typename OnLine, typename OnExample>
void ReadFile(const std::string& path, OnLine on_line, OnExample on_example) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError("cannot read " + path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (!ValidUtf8(line)) {
      throw DataError(path + ":" + std::to_string(number) + ": not valid UTF-8");
    }
    constexpr std::string_view kExample = "# example:";
    if (line.rfind(kExample, 0) == 0) {
      std::string rest = line.substr(kExample.size());
      while (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
      on_example(number, rest);
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string::npos || line[0] == '#') continue;
    on_line(number, line);
  }
  if (in.bad()) throw DataError("error reading " + path);
}

PhraseKind ParseKind(const std::string& field, std::string* currency, const std::string& where) {
  if (field == "wording") return PhraseKind::kWording;
  if (field == "bank") return PhraseKind::kBank;
  if (field == "service") return PhraseKind::kService;
  if (field == "link") return PhraseKind::kLink;
  constexpr std::string_view kCurrency = "currency:";
  if (field.rfind(kCurrency, 0) == 0 && field.size() > kCurrency.size()) {
    *currency = field.substr(kCurrency.size());
    for (char c : *currency) {
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
        throw DataError(where + "currency label must be A-Z 0-9 '-': " + field);
      }
    }
    return PhraseKind::kCurrency;
  }
  throw DataError(where + "unknown kind '" + field +
                  "' (wording, bank, service, link, currency:LABEL)");
}

void LoadPhraseFile(const std::string& path, const std::string& name, Lexicon& lexicon) {
  ReadFile(
      path,
      [&](int number, const std::string& line) {
        const std::string where = path + ":" + std::to_string(number) + ": ";
        const std::vector<std::string> fields = SplitTabs(line);
        if (fields.size() != 2) {
          throw DataError(where + "expected 'phrase<TAB>kind', got " +
                          std::to_string(fields.size()) + " fields");
        }
        Phrase phrase;
        phrase.kind = ParseKind(fields[1], &phrase.currency, where);
        phrase.source = name + ":" + std::to_string(number);
        std::string text = fields[0];
        if (!text.empty() && text.back() == '*') {
          phrase.prefix = true;
          text.pop_back();
        }
        if (text.find('*') != std::string::npos) {
          throw DataError(where + "'*' is allowed only at the end of a phrase");
        }
        // Collapse white space to single spaces.
        std::string collapsed;
        for (char c : text) {
          if (c == ' ' || c == '\t') {
            if (!collapsed.empty() && collapsed.back() != ' ') collapsed.push_back(' ');
          } else {
            collapsed.push_back(c);
          }
        }
        while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
        phrase.folded = FoldForMatch(collapsed);
        const std::string key = KeyAt(phrase.folded, 0);
        if (key.empty()) {
          throw DataError(where + "a phrase must start with a word of two or more letters: '" +
                          fields[0] + "'");
        }
        lexicon.by_key[key].push_back(static_cast<uint32_t>(lexicon.phrases.size()));
        lexicon.phrases.push_back(std::move(phrase));
      },
      [&](int number, const std::string& rest) {
        const std::string where = path + ":" + std::to_string(number) + ": ";
        const size_t tab = rest.find('\t');
        const std::string verdict = rest.substr(0, tab);
        if (tab == std::string::npos || (verdict != "present" && verdict != "absent")) {
          throw DataError(where + "expected '# example: present|absent<TAB>text'");
        }
        lexicon.examples.push_back(
            {name + ":" + std::to_string(number), verdict == "present", rest.substr(tab + 1)});
      });
}

void LoadIbanLengths(const std::string& path, Lexicon& lexicon) {
  ReadFile(
      path,
      [&](int number, const std::string& line) {
        const std::string where = path + ":" + std::to_string(number) + ": ";
        const std::vector<std::string> fields = SplitTabs(line);
        if (fields.size() != 2 || fields[0].size() != 2 || fields[0][0] < 'A' ||
            fields[0][0] > 'Z' || fields[0][1] < 'A' || fields[0][1] > 'Z') {
          throw DataError(where + "expected 'CC<TAB>length'");
        }
        int length = 0;
        for (char c : fields[1]) {
          if (c < '0' || c > '9' || length > 100) throw DataError(where + "bad length");
          length = length * 10 + (c - '0');
        }
        if (length < 12 || length > 34) {
          throw DataError(where + "IBAN length must be 12..34");
        }
        lexicon.iban_lengths[fields[0]] = length;
      },
      [](int, const std::string&) {});
}

}  // namespace

std::string FoldForMatch(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const CodePoint c = DecodeAt(text, i);
    if (c.cp < 0x80) {
      const char ch = text[i];
      out.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch);
    } else {
      const int32_t lower = LowerSameLength(c.cp);
      if (lower == c.cp) {
        out.append(text.substr(i, c.len));
      } else {
        AppendUtf8(out, lower);
      }
    }
    i += c.len;
  }
  return out;
}

bool IsWordAt(std::string_view text, size_t pos) {
  return pos < text.size() && IsWordCp(DecodeAt(text, pos).cp);
}

bool IsWordBefore(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return false;
  size_t q = pos - 1;
  for (int k = 0; k < 3 && q > 0 && (static_cast<uint8_t>(text[q]) & 0xC0) == 0x80; ++k) --q;
  const CodePoint c = DecodeAt(text, q);
  return q + c.len == pos && IsWordCp(c.cp);
}

Lexicon LoadLexicon(const std::string& data_dir) {
  namespace fs = std::filesystem;
  Lexicon lexicon;
  std::error_code ec;
  std::vector<fs::path> langs;
  for (fs::directory_iterator it(data_dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory(ec) && fs::exists(it->path() / "fundraising.tsv", ec)) {
      langs.push_back(it->path());
    }
  }
  std::sort(langs.begin(), langs.end());
  for (const fs::path& dir : langs) {
    LoadPhraseFile((dir / "fundraising.tsv").string(), dir.filename().string() + "/fundraising.tsv",
                   lexicon);
  }
  const fs::path common = fs::path(data_dir) / "fundraising_common.tsv";
  if (fs::exists(common, ec)) LoadPhraseFile(common.string(), "fundraising_common.tsv", lexicon);
  LoadIbanLengths((fs::path(data_dir) / "iban_lengths.tsv").string(), lexicon);
  return lexicon;
}

std::vector<PhraseMatch> FindPhrases(const Lexicon& lexicon, std::string_view folded) {
  std::vector<PhraseMatch> out;
  for (size_t pos = 0; pos < folded.size();) {
    const CodePoint here = DecodeAt(folded, pos);
    if (!IsWordCp(here.cp) || IsWordBefore(folded, pos)) {
      pos += here.len;
      continue;
    }
    const auto found = lexicon.by_key.find(KeyAt(folded, pos));
    PhraseMatch best;
    bool have = false;
    if (found != lexicon.by_key.end()) {
      for (uint32_t index : found->second) {
        const Phrase& phrase = lexicon.phrases[index];
        size_t j = pos;
        bool ok = true;
        for (size_t i = 0; ok && i < phrase.folded.size(); ++i) {
          size_t space = 0;
          if (phrase.folded[i] == ' ') {
            if (j >= folded.size() || !IsSpaceAt(folded, j, &space)) {
              ok = false;
              break;
            }
            // Within one paragraph: a run with at most one line break.
            int breaks = 0;
            while (j < folded.size() && IsSpaceAt(folded, j, &space)) {
              if (folded[j] == '\n' && ++breaks > 1) break;
              j += space;
            }
            if (breaks > 1) ok = false;
          } else if (j < folded.size() && folded[j] == phrase.folded[i]) {
            ++j;
          } else {
            ok = false;
          }
        }
        if (!ok) continue;
        if (phrase.kind == PhraseKind::kLink) {
          size_t space = 0;
          // At most kMaxLinkBytes: judgement, payment links in donation
          // boxes are far shorter; the cap keeps a page of one endless
          // "paypal.me/paypal.me/..." token linear.
          constexpr size_t kMaxLinkBytes = 256;
          const size_t limit = std::min(folded.size(), pos + kMaxLinkBytes);
          while (j < limit && !IsSpaceAt(folded, j, &space)) ++j;
          // Trailing punctuation belongs to the sentence, not the link.
          while (j > pos &&
                 std::string_view(".,;:!?)\"'").find(folded[j - 1]) != std::string_view::npos) {
            --j;
          }
        } else if (phrase.prefix) {
          while (j < folded.size() && IsWordAt(folded, j)) j += DecodeAt(folded, j).len;
        } else if (IsWordAt(folded, j)) {
          continue;  // not a whole word
        }
        if (!have || j > best.end) {
          best = {index, static_cast<uint32_t>(pos), static_cast<uint32_t>(j)};
          have = true;
        }
      }
    }
    // A match inside the previous one ("Überweisung" in "per Überweisung")
    // adds nothing.
    if (have && (out.empty() || best.end > out.back().end)) out.push_back(best);
    pos += here.len;
  }
  return out;
}

}  // namespace parallax::fundraising_internal
