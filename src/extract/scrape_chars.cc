#include "extract/scrape_chars.h"

namespace parallax::scrape {

uint32_t DecodeAt(std::string_view s, size_t* i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(*i);
  size_t len = 0;
  uint32_t cp = 0;
  if (c < 0x80) {
    ++*i;
    return c;
  } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
    len = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
  } else {
    ++*i;
    return 0xFFFD;
  }
  if (*i + len > s.size()) {
    ++*i;
    return 0xFFFD;
  }
  for (size_t k = 1; k < len; ++k) {
    const unsigned char b = byte(*i + k);
    if ((b & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  *i += len;
  return cp;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

uint32_t ToLowerCp(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  // Latin Extended-A: capital/small pairs, even/odd except two odd/even runs.
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) {
    return (cp % 2 == 0) ? cp + 1 : cp;
  }
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) {
    return (cp % 2 == 1) ? cp + 1 : cp;
  }
  if (cp == 0x178) return 0xFF;
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
  if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) ||
      (cp >= 0x4D0 && cp <= 0x52F)) {
    return (cp % 2 == 0) ? cp + 1 : cp;
  }
  if (cp == 0x4C0) return 0x4CF;
  if (cp >= 0x4C1 && cp <= 0x4CE) return (cp % 2 == 1) ? cp + 1 : cp;
  if (cp == 0x1E9E) return 0xDF;
  return cp;
}

bool IsLetterCp(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  if (cp >= 0x370 && cp <= 0x52F) return cp != 0x37E && cp != 0x387;
  if (cp < 0x530) return false;  // IPA, modifier letters, combining marks
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE30 && cp <= 0xFFEF) return false;
  return cp != 0xFFFD;
}

namespace {

// Decoration around a line that says nothing about its wording.
bool IsLeadingDecoration(uint32_t cp) {
  switch (cp) {
    case '*':
    case '-':
    case '|':
    case '>':
    case '+':
    case '~':
    case '=':
    case 0x2022:  // •
    case 0x00B7:  // ·
    case 0x00BB:  // »
    case 0x203A:  // ›
    case 0x2013:  // –
    case 0x2014:  // —
    case 0x2192:  // →
    case 0x25BA:  // ►
    case 0x25B6:  // ▶
    case 0x2605:  // ★
      return true;
    default:
      return false;
  }
}

bool IsTrailingDecoration(uint32_t cp) {
  switch (cp) {
    case ':':
    case '.':
    case '!':
    case '|':
    case '>':
    case '-':
    case ';':
    case ',':
    case 0x2026:  // …
    case 0x00BB:  // »
    case 0x203A:  // ›
    case 0x2192:  // →
    case 0x2013:  // –
    case 0x2014:  // —
    case 0xFF1A:  // ：
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string NormalizeForMatch(std::string_view line, bool cut_trailing) {
  std::string out;
  out.reserve(line.size());
  bool pending_space = false;
  bool in_digits = false;
  for (size_t i = 0; i < line.size();) {
    uint32_t cp = DecodeAt(line, &i);
    if (cp == ' ' || cp == '\t' || cp == 0xA0 || cp == '\n' || cp == 0x202F) {
      pending_space = !out.empty();
      in_digits = false;
      continue;
    }
    if (out.empty() && IsLeadingDecoration(cp)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (IsAsciiDigit(cp)) {
      if (!in_digits) out.push_back('#');
      in_digits = true;
      continue;
    }
    in_digits = false;
    AppendUtf8(ToLowerCp(cp), &out);
  }
  // Cut trailing decoration and spaces (code point by code point from the end).
  while (!out.empty()) {
    size_t start = out.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(out[start]) & 0xC0) == 0x80) --start;
    size_t k = start;
    uint32_t cp = DecodeAt(out, &k);
    if (cp == ' ' || (cut_trailing && IsTrailingDecoration(cp))) {
      out.resize(start);
    } else {
      break;
    }
  }
  return out;
}

size_t CountWords(std::string_view line) {
  size_t n = 0;
  bool in_word = false;
  for (char c : line) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

bool EndsSentence(std::string_view line) {
  size_t end = line.size();
  while (end > 0) {
    size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(line[start]) & 0xC0) == 0x80) --start;
    size_t k = start;
    const uint32_t cp = DecodeAt(line, &k);
    switch (cp) {
      case ' ':
      case '"':
      case '\'':
      case ')':
      case ']':
      case 0x00BB:
      case 0x201C:
      case 0x201D:
      case 0x2019:
      case 0x201A:
      case 0x201E:
        end = start;  // closing quotes and brackets: look before them
        continue;
      case '.':
      case '!':
      case '?':
      case 0x2026:
      case 0x3002:
      case 0xFF01:
      case 0xFF1F:
        return true;
      default:
        return false;
    }
  }
  return false;
}

}  // namespace parallax::scrape
