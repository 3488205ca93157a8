// Format detection from content: magic numbers for containers, a look at the
// first tags for HTML, NUL and control bytes for binary. The file name is a
// hint only: it decides between text and HTML when the content cannot.
#include <array>
#include <nlohmann/json.hpp>
#include <string>

#include "ingest/internal.h"

namespace parallax {

namespace {

using ingest::AsciiLower;
using ingest::EndsWithNoCase;
using ingest::StartsWithNoCase;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

std::string_view SkipBomAndSpace(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  return s;
}

// Tags that open an HTML document or fragment. Markup vocabulary, not
// language knowledge: the same in every language.
constexpr std::array<std::string_view, 24> kStartTags = {
    "!doctype", "html", "head",    "body",   "meta", "div",    "p",     "title",
    "article",  "main", "section", "header", "nav",  "script", "style", "link",
    "table",    "span", "h1",      "h2",     "h3",   "ul",     "base",  "noscript"};

// True if `s` (after BOM and space) starts with a known tag, possibly after
// an XML declaration and comments.
bool LooksLikeHtml(std::string_view s) {
  s = SkipBomAndSpace(s);
  for (int guard = 0; guard < 16 && !s.empty(); ++guard) {
    if (s.substr(0, 4) == "<!--") {
      size_t end = s.find("-->");
      if (end == std::string_view::npos) return false;
      s = SkipBomAndSpace(s.substr(end + 3));
    } else if (s.substr(0, 5) == "<?xml" || s.substr(0, 5) == "<?XML") {
      size_t end = s.find("?>");
      if (end == std::string_view::npos) return false;
      s = SkipBomAndSpace(s.substr(end + 2));
    } else {
      break;
    }
  }
  if (s.size() < 2 || s.front() != '<') return false;
  std::string_view rest = s.substr(1);
  for (std::string_view tag : kStartTags) {
    if (!StartsWithNoCase(rest, tag)) continue;
    if (rest.size() == tag.size()) return true;
    char next = rest[tag.size()];
    if (IsSpace(next) || next == '>' || next == '/') return true;
  }
  // A page with some junk before it: "<html" or a doctype early on.
  std::string lower = AsciiLower(s.substr(0, 1024));
  return lower.find("<!doctype html") != std::string::npos ||
         lower.find("<html") != std::string::npos;
}

bool NameSaysHtml(std::string_view name) {
  return EndsWithNoCase(name, ".html") || EndsWithNoCase(name, ".htm") ||
         EndsWithNoCase(name, ".xhtml") || EndsWithNoCase(name, ".shtml");
}

// A tag anywhere: '<' followed by a letter, '/' or '!'.
bool HasTag(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] != '<') continue;
    char c = s[i + 1];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!') return true;
  }
  return false;
}

// UTF-16 code units of `s` as ASCII (others become '?'); `big_endian` order.
std::string Utf16ToAscii(std::string_view s, bool big_endian) {
  std::string out;
  out.reserve(s.size() / 2);
  for (size_t i = 0; i + 1 < s.size(); i += 2) {
    unsigned hi = static_cast<unsigned char>(s[big_endian ? i : i + 1]);
    unsigned lo = static_cast<unsigned char>(s[big_endian ? i + 1 : i]);
    unsigned unit = (hi << 8) | lo;
    out.push_back(unit < 0x80 ? static_cast<char>(unit) : '?');
  }
  return out;
}

bool IsControlUnit(unsigned unit) {
  return unit < 0x20 && unit != '\t' && unit != '\n' && unit != '\r' && unit != '\f';
}

// UTF-16 without BOM: NUL bytes only at one parity, and no NUL code unit or
// control characters when read that way. Returns 0 (no), 1 (LE), 2 (BE).
int Utf16WithoutBom(std::string_view s) {
  size_t n = s.size() & ~size_t{1};
  if (n < 4) return 0;
  size_t nul_even = 0, nul_odd = 0;
  for (size_t i = 0; i < n; ++i) {
    if (s[i] == '\0') ++(i % 2 == 0 ? nul_even : nul_odd);
  }
  if (nul_even + nul_odd == 0 || (nul_even > 0 && nul_odd > 0)) return 0;
  // ASCII characters (at least the spaces, 10-20% of the characters of any
  // space-separated script) put a NUL in their unit: demand 10%, so that a
  // stray NUL in UTF-8 text does not make it UTF-16.
  if ((nul_even + nul_odd) * 10 < n / 2) return 0;
  bool big_endian = nul_even > 0;  // ASCII in BE: 00 41
  size_t controls = 0;
  for (size_t i = 0; i < n; i += 2) {
    unsigned hi = static_cast<unsigned char>(s[big_endian ? i : i + 1]);
    unsigned lo = static_cast<unsigned char>(s[big_endian ? i + 1 : i]);
    unsigned unit = (hi << 8) | lo;
    if (unit == 0) return 0;
    if (IsControlUnit(unit)) ++controls;
  }
  // Real text has no control characters but tab and newlines; allow 1% for
  // a stray one (same reasoning as kMaxControlShare below).
  if (controls * 100 > n / 2) return 0;
  return big_endian ? 2 : 1;
}

// Share of C0 control bytes (other than tab, CR, LF, FF) above which a
// NUL-free input is binary. Text in any encoding parallax reads has none but
// the ESC of ISO-2022 escape sequences, 3-4 bytes per switch, well under 10%
// of a Japanese ISO-2022-JP page; compressed or image data has ~12% (32 of
// 256 byte values, evenly spread).
constexpr size_t kMaxControlPercent = 10;

// First line of `s` is a JSON object (or cut off by the head's end).
bool FirstLineIsJsonObject(std::string_view s) {
  s = SkipBomAndSpace(s);
  if (s.empty() || s.front() != '{') return false;
  size_t nl = s.find('\n');
  std::string_view line = s.substr(0, nl);
  try {
    nlohmann::json j = nlohmann::json::parse(line);
    return j.is_object();
  } catch (const nlohmann::json::parse_error& e) {
    // A line longer than the head: accept '{' '"' as the start of an object.
    if (nl == std::string_view::npos && e.byte >= line.size()) {
      std::string_view rest = SkipBomAndSpace(line.substr(1));
      return !rest.empty() && rest.front() == '"';
    }
    return false;
  } catch (const std::exception&) {
    return false;
  }
}

// "[" then "{": a JSON array of objects (a .json export).
bool IsJsonArrayOfObjects(std::string_view s) {
  s = SkipBomAndSpace(s);
  if (s.empty() || s.front() != '[') return false;
  s = SkipBomAndSpace(s.substr(1));
  return !s.empty() && s.front() == '{';
}

}  // namespace

const char* FormatName(Format format) {
  switch (format) {
    case Format::kUnknown:
      return "unknown";
    case Format::kText:
      return "text";
    case Format::kHtml:
      return "html";
    case Format::kJsonl:
      return "jsonl";
    case Format::kWarc:
      return "warc";
    case Format::kGzip:
      return "gzip";
    case Format::kArchive:
      return "archive";
    case Format::kBinary:
      return "binary";
  }
  return "unknown";
}

Format DetectFormat(std::string_view head, std::string_view name) {
  try {
    if (head.empty()) return Format::kUnknown;
    auto magic = [&](std::string_view m, size_t at = 0) {
      return head.size() >= at + m.size() && head.substr(at, m.size()) == m;
    };
    if (magic("\x1f\x8b")) return Format::kGzip;
    if (magic("PK\x03\x04") || magic("PK\x05\x06")) return Format::kArchive;  // zip (or empty)
    if (magic("ustar", 257)) return Format::kArchive;                         // tar
    if (magic("BZh") ||
        magic("\xFD"
              "7zXZ") ||
        magic("\x28\xB5\x2F\xFD") || magic("7z\xBC\xAF\x27\x1C")) {
      return Format::kArchive;  // bzip2, xz, zstd, 7z: libarchive decides
    }
    if (magic("WARC/1.")) return Format::kWarc;

    // UTF-16 with BOM.
    if (magic("\xFF\xFE") || magic("\xFE\xFF")) {
      bool big_endian = magic("\xFE\xFF");
      std::string ascii = Utf16ToAscii(head.substr(2), big_endian);
      return LooksLikeHtml(ascii) || (NameSaysHtml(name) && HasTag(ascii)) ? Format::kHtml
                                                                           : Format::kText;
    }
    if (int utf16 = Utf16WithoutBom(head); utf16 != 0) {
      std::string ascii = Utf16ToAscii(head, utf16 == 2);
      return LooksLikeHtml(ascii) || (NameSaysHtml(name) && HasTag(ascii)) ? Format::kHtml
                                                                           : Format::kText;
    }

    size_t controls = 0;
    for (char ch : head) {
      unsigned c = static_cast<unsigned char>(ch);
      if (c == 0) return Format::kBinary;
      if (IsControlUnit(c) || c == 0x7f) ++controls;
    }
    if (controls * 100 > head.size() * kMaxControlPercent) return Format::kBinary;

    if (FirstLineIsJsonObject(head) || IsJsonArrayOfObjects(head)) return Format::kJsonl;
    if (LooksLikeHtml(head)) return Format::kHtml;
    if (NameSaysHtml(name) && HasTag(head)) return Format::kHtml;
    return Format::kText;
  } catch (...) {
    return Format::kUnknown;
  }
}

}  // namespace parallax
