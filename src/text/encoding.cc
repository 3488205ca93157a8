// Charset decoding: BOM, UTF-8 validity, declared and <meta> charsets, ICU's
// detector with letter statistics for ties, and exact offsets back to the
// input bytes. The evidence order is documented in include/parallax/encoding.h.
#include "parallax/encoding.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "parallax/data_dir.h"
#include "text/encoding_letters.h"

namespace parallax {

namespace {

using encoding_internal::LetterModel;

// How much of the input the detectors look at. 64 KiB holds thousands of
// letters, far more than the letter statistics need to separate charsets.
constexpr size_t kSampleBytes = 64 * 1024;
// How much of it the letter statistics score per candidate: 16 KiB is some
// 10,000 letters, and keeps detection of a long 8-bit page near 10 ms.
constexpr size_t kScoreBytes = 16 * 1024;

// A charset the bytes contradict: more bad characters (U+FFFD, controls)
// than 1 per 50 non-ASCII bytes. A right charset yields none; the margin
// lets one stray byte pass in a long text but not in a 60-byte one.
constexpr size_t kBadPerHighByte = 50;

// ICU's detector is trusted alone when it names a charset outside the
// confusable families below with at least this confidence (ICU documents
// 0..100; its 8-bit recognisers rarely exceed 30 on one sentence).
constexpr int kIcuTrusted = 30;

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// ---------------------------------------------------------------- UTF-8 ---

// Length of the valid UTF-8 sequence at p[0..n) (no overlongs, surrogates or
// code points past U+10FFFF), or 0.
size_t Utf8SeqLen(const uint8_t* p, size_t n) {
  uint8_t b = p[0];
  if (b < 0x80) return 1;
  auto cont = [&](size_t i) { return i < n && (p[i] & 0xC0) == 0x80; };
  if (b < 0xC2) return 0;
  if (b < 0xE0) return cont(1) ? 2 : 0;
  if (b < 0xF0) {
    if (!cont(1) || !cont(2)) return 0;
    if (b == 0xE0 && p[1] < 0xA0) return 0;
    if (b == 0xED && p[1] >= 0xA0) return 0;
    return 3;
  }
  if (b < 0xF5) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (b == 0xF0 && p[1] < 0x90) return 0;
    if (b == 0xF4 && p[1] >= 0x90) return 0;
    return 4;
  }
  return 0;
}

struct Utf8Stats {
  size_t multibyte = 0;  // valid sequences of 2-4 bytes
  size_t invalid = 0;    // bytes in no valid sequence
  size_t high = 0;       // bytes >= 0x80
};

Utf8Stats ScanUtf8(std::string_view bytes) {
  Utf8Stats stats;
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  size_t n = bytes.size();
  for (size_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    size_t len = Utf8SeqLen(p + i, n - i);
    if (len == 0) {
      ++stats.invalid;
      ++stats.high;
      ++i;
    } else {
      ++stats.multibyte;
      stats.high += len;
      i += len;
    }
  }
  return stats;
}

// Appends bytes (which start at input offset `base`) as UTF-8: valid
// sequences copied in identity runs, each invalid byte replaced by U+FFFD
// (one 3-byte run per byte), NUL bytes dropped; both counted as invalid.
void RepairUtf8(std::string_view bytes, size_t base, Decoded* out) {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  size_t n = bytes.size();
  out->utf8.reserve(out->utf8.size() + n);
  size_t i = 0;
  while (i < n) {
    size_t span = i;
    while (span < n) {
      if (p[span] != 0 && p[span] < 0x80) {
        ++span;
        continue;
      }
      size_t len = p[span] == 0 ? 0 : Utf8SeqLen(p + span, n - span);
      if (len == 0) break;
      span += len;
    }
    if (span > i) {
      out->to_input.Add(out->utf8.size(), span - i, base + i, span - i);
      out->utf8.append(bytes.data() + i, span - i);
      i = span;
    }
    if (i < n) {
      ++out->invalid_bytes;
      if (p[i] != 0) {
        out->to_input.Add(out->utf8.size(), 3, base + i, 1);
        out->utf8.append("\xEF\xBF\xBD");
      }
      ++i;
    }
  }
}

// ------------------------------------------------------------------ ICU ---

struct CallbackState {
  uint64_t invalid = 0;
};

// Substitutes U+FFFD for each unmappable or illegal sequence and counts its
// bytes.
void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args,
                        const char* /*code_units*/, int32_t length, UConverterCallbackReason reason,
                        UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;
  auto* state = static_cast<CallbackState*>(const_cast<void*>(context));
  state->invalid += static_cast<uint64_t>(length);
  static const UChar kReplacement = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

struct Utf16Text {
  bool ok = false;               // the converter opened and ran
  std::u16string text;           // the decoded text
  std::vector<int32_t> offsets;  // per UTF-16 unit: its source byte offset
  uint64_t invalid = 0;          // bytes replaced by U+FFFD
  size_t bad = 0;                // U+FFFD and control characters in `text`
};

bool IsBadChar(UChar32 c) {
  if (c == 0xFFFD) return true;
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r' && c != '\f';
  return c >= 0x7F && c < 0xA0;
}

// Decodes `bytes` with the ICU converter `icu_name`.
Utf16Text IcuToUtf16(const char* icu_name, std::string_view bytes, bool want_offsets) {
  Utf16Text result;
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(icu_name, &err), ucnv_close);
  if (U_FAILURE(err)) return result;
  CallbackState state;
  ucnv_setToUCallBack(conv.get(), CountingSubstitute, &state, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return result;
  constexpr size_t kChunk = 16 * 1024;
  std::vector<UChar> buf(kChunk);
  std::vector<int32_t> offs(kChunk);
  const char* src = bytes.data();
  const char* limit = src + bytes.size();
  result.text.reserve(bytes.size());
  if (want_offsets) result.offsets.reserve(bytes.size());
  int32_t last_offset = 0;
  while (true) {
    UChar* target = buf.data();
    const char* chunk_start = src;
    err = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, buf.data() + kChunk, &src, limit,
                   want_offsets ? offs.data() : nullptr, true, &err);
    size_t produced = static_cast<size_t>(target - buf.data());
    result.text.append(buf.data(), produced);
    if (want_offsets) {
      auto chunk_base = static_cast<int32_t>(chunk_start - bytes.data());
      for (size_t i = 0; i < produced; ++i) {
        // -1 (no source byte) and ICU's offsets for output carried over from
        // the previous chunk fall back to the last known offset.
        int32_t o = offs[i] < 0 ? last_offset : offs[i] + chunk_base;
        last_offset = std::max(last_offset, o);
        result.offsets.push_back(last_offset);
      }
    }
    if (err == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(err)) return result;
    break;
  }
  for (size_t i = 0; i < result.text.size();) {
    UChar32 c;
    U16_NEXT(result.text.data(), i, result.text.size(), c);
    if (IsBadChar(c) && c != 0) ++result.bad;
  }
  result.invalid = state.invalid;
  result.ok = true;
  return result;
}

// Appends decoded UTF-16 as UTF-8 with one run per character (merged by
// OffsetMap::Add when widths repeat). NULs are dropped and counted.
void AppendUtf16(const Utf16Text& dec, size_t base, size_t source_len, Decoded* out) {
  const std::u16string& t = dec.text;
  out->utf8.reserve(out->utf8.size() + t.size() * 2);
  for (size_t i = 0; i < t.size();) {
    size_t start = i;
    UChar32 c;
    U16_NEXT(t.data(), i, t.size(), c);
    size_t in_start = static_cast<size_t>(dec.offsets[start]);
    size_t in_next = i < t.size() ? static_cast<size_t>(dec.offsets[i]) : source_len;
    size_t in_len = in_next > in_start ? in_next - in_start : 0;
    if (c == 0) {
      ++out->invalid_bytes;
      continue;
    }
    char buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, c);
    out->to_input.Add(out->utf8.size(), static_cast<size_t>(len), base + in_start, in_len);
    out->utf8.append(buf, static_cast<size_t>(len));
  }
  out->invalid_bytes += dec.invalid;
}

// ------------------------------------------------------------- charsets ---

struct Charset {
  std::string icu;      // name to open with ucnv_open
  std::string display;  // MIME or IANA name, else ICU's
  bool single_byte = true;
};

std::optional<Charset> OpenCharset(const std::string& label) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(label.c_str(), &err);
  if (U_FAILURE(err) || conv == nullptr) return std::nullopt;
  Charset cs;
  const char* name = ucnv_getName(conv, &err);
  cs.icu = name;
  cs.single_byte = ucnv_getMaxCharSize(conv) == 1;
  ucnv_close(conv);
  UErrorCode e2 = U_ZERO_ERROR;
  const char* std_name = ucnv_getStandardName(name, "MIME", &e2);
  if (std_name == nullptr) std_name = ucnv_getStandardName(name, "IANA", &e2);
  cs.display = std_name != nullptr ? std_name : name;
  // Charsets no web content should be decoded with (WHATWG Encoding lists
  // UTF-7 and its kin as security hazards).
  std::string lower = AsciiLower(cs.icu);
  if (lower.find("utf-7") != std::string::npos || lower.find("imap") != std::string::npos ||
      lower.find("scsu") != std::string::npos || lower.find("bocu") != std::string::npos) {
    return std::nullopt;
  }
  return cs;
}

// Resolves a charset label as found in HTTP headers or <meta> tags through
// ICU's alias table, after the label fixes of the WHATWG Encoding Standard
// that matter for news pages: x-user-defined, ISO-8859-1 and US-ASCII mean
// windows-1252; "win-1251" and "x-cp1251" are common misspellings; a <meta>
// naming UTF-16 means UTF-8 (the page could be read as ASCII to find it).
std::optional<Charset> ResolveCharset(std::string_view label, bool from_meta) {
  std::string l = AsciiLower(label);
  while (!l.empty() && (std::isspace(static_cast<unsigned char>(l.back())) || l.back() == '"' ||
                        l.back() == '\'')) {
    l.pop_back();
  }
  size_t first = 0;
  while (first < l.size() && (std::isspace(static_cast<unsigned char>(l[first])) ||
                              l[first] == '"' || l[first] == '\'')) {
    ++first;
  }
  l.erase(0, first);
  if (l.empty() || l.size() > 40) return std::nullopt;
  for (char c : l) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.' &&
        c != ':') {
      return std::nullopt;
    }
  }
  if (l == "x-user-defined" || l == "iso-8859-1" || l == "iso8859-1" || l == "iso_8859-1" ||
      l == "latin1" || l == "l1" || l == "us-ascii" || l == "ascii" || l == "iso-ir-100") {
    l = "windows-1252";
  }
  for (const char* prefix : {"win-", "win", "x-cp", "x-cp-", "cp-", "ms-"}) {
    std::string p(prefix);
    if (l.rfind(p, 0) == 0 && l.size() == p.size() + 4 && l.compare(p.size(), 3, "125") == 0) {
      l = "windows-" + l.substr(p.size());
      break;
    }
  }
  if (from_meta && l.rfind("utf-16", 0) == 0) l = "utf-8";
  return OpenCharset(l);
}

// ------------------------------------------------------------ detection ---

const LetterModel* Letters() {
  static const std::unique_ptr<LetterModel> model = []() -> std::unique_ptr<LetterModel> {
    try {
      return LetterModel::Load(FindDataDir() + "/langid/charset_letters.tsv");
    } catch (const Error&) {
      return nullptr;  // without the data, ICU's detector decides alone
    }
  }();
  return model.get();
}

// The 8-bit charsets that ICU's detector confuses on news text, in order of
// preference when two decodings are identical (German is the same in
// windows-1252 and windows-1250; most Czech is the same in windows-1250 and
// ISO-8859-2).
constexpr const char* kConfusable[] = {
    "windows-1252", "windows-1250", "ISO-8859-2", "windows-1251", "KOI8-R",
    "KOI8-U",       "ISO-8859-5",   "IBM866",     "windows-1254", "windows-1257",
};

bool IsConfusable(const std::string& icu_name) {
  for (const char* name : kConfusable) {
    if (ucnv_compareNames(name, icu_name.c_str()) == 0) return true;
    auto cs = OpenCharset(name);
    if (cs && cs->icu == icu_name) return true;
  }
  return false;
}

struct Detection {
  std::string label;  // a name ucnv_open accepts
  int confidence = 0;
};

std::optional<Detection> Detect(std::string_view sample) {
  struct Match {
    std::string name;
    int confidence;
  };
  std::vector<Match> matches;
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&err), ucsdet_close);
  if (U_SUCCESS(err)) {
    ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()), &err);
    int32_t n = 0;
    const UCharsetMatch** found = U_SUCCESS(err) ? ucsdet_detectAll(det.get(), &n, &err) : nullptr;
    for (int32_t i = 0; U_SUCCESS(err) && found != nullptr && i < n; ++i) {
      const char* name = ucsdet_getName(found[i], &err);
      int conf = ucsdet_getConfidence(found[i], &err);
      if (U_SUCCESS(err) && name != nullptr) matches.push_back({name, conf});
    }
  }
  auto icu_confidence = [&](const std::string& icu) {
    for (const Match& m : matches) {
      auto cs = OpenCharset(m.name);
      if (cs && cs->icu == icu) return m.confidence;
    }
    return 0;
  };
  const LetterModel* letters = Letters();
  if (!matches.empty()) {
    auto top = OpenCharset(matches[0].name);
    bool trust_icu = top && (!top->single_byte || !IsConfusable(top->icu)) &&
                     matches[0].confidence >= kIcuTrusted;
    if (trust_icu || letters == nullptr) {
      return Detection{matches[0].name, matches[0].confidence};
    }
  }
  if (letters == nullptr) return std::nullopt;
  // Letter statistics over the confusable charsets plus ICU's own 8-bit
  // proposals.
  std::vector<std::string> candidates(std::begin(kConfusable), std::end(kConfusable));
  for (const Match& m : matches) {
    auto cs = OpenCharset(m.name);
    if (cs && cs->single_byte && !IsConfusable(cs->icu)) candidates.push_back(m.name);
  }
  std::optional<Detection> best;
  double best_score = 0;
  for (const std::string& name : candidates) {
    auto cs = OpenCharset(name);
    if (!cs) continue;
    Utf16Text dec = IcuToUtf16(cs->icu.c_str(), sample.substr(0, kScoreBytes), false);
    if (!dec.ok) continue;
    double score = letters->Score(dec.text);
    if (!best || score > best_score) {
      best = Detection{name, icu_confidence(cs->icu)};
      best_score = score;
    }
  }
  return best;
}

// UTF-16 without a BOM, found by its byte pattern: in UTF-16 of alphabetic
// scripts every other byte is a high byte of 0x00-0x05 (C0 controls as
// 8-bit text), which text in any 8-bit charset or UTF-8 essentially never
// has. Requires C0 controls (other than TAB/LF/CR) in >= 10% of the bytes
// (Cyrillic UTF-16 has ~50%, German ~50%), then takes the byte order whose
// high-byte position has the most repetitive values, and accepts it when the
// decoding is clean (controls, U+FFFD, unassigned and private-use characters
// under 1 in kBadPerHighByte).
std::optional<std::string> SniffUtf16(std::string_view bytes, const std::string& declared_icu) {
  std::string_view s = bytes.substr(0, kSampleBytes);
  if (s.size() < 4) return std::nullopt;
  size_t c0 = 0;
  size_t hist[2][256] = {};
  for (size_t i = 0; i < s.size(); ++i) {
    auto b = static_cast<uint8_t>(s[i]);
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') ++c0;
    ++hist[i % 2][b];
  }
  if (c0 * 10 < s.size()) return std::nullopt;
  size_t top_even = *std::max_element(hist[0], hist[0] + 256);
  size_t top_odd = *std::max_element(hist[1], hist[1] + 256);
  std::vector<std::string> order = top_odd >= top_even
                                       ? std::vector<std::string>{"UTF-16LE", "UTF-16BE"}
                                       : std::vector<std::string>{"UTF-16BE", "UTF-16LE"};
  if (declared_icu == "UTF-16BE") order = {"UTF-16BE", "UTF-16LE"};
  if (declared_icu == "UTF-16LE") order = {"UTF-16LE", "UTF-16BE"};
  // The high byte repeats: one value (0x00 for Latin, 0x04 for Cyrillic)
  // fills at least 40% of its positions in any alphabetic text (spaces and
  // ASCII punctuation alone are ~20%).
  size_t half = s.size() / 2;
  if (std::max(top_even, top_odd) * 10 < half * 4) return std::nullopt;
  for (const std::string& name : order) {
    Utf16Text dec = IcuToUtf16(name.c_str(), s.substr(0, s.size() & ~size_t{1}), false);
    if (!dec.ok) continue;
    size_t bad = dec.bad + dec.invalid;
    for (size_t i = 0; i < dec.text.size();) {
      UChar32 c;
      U16_NEXT(dec.text.data(), i, dec.text.size(), c);
      int8_t type = u_charType(c);
      if (type == U_UNASSIGNED || type == U_PRIVATE_USE_CHAR) ++bad;
    }
    if (bad * kBadPerHighByte <= dec.text.size()) return name;
  }
  return std::nullopt;
}

// Decodes the whole input (from `base`) with `charset` into `out`.
bool DecodeWith(const Charset& charset, std::string_view bytes, size_t base, Decoded* out) {
  if (charset.icu == "UTF-8") {
    RepairUtf8(bytes.substr(base), base, out);
    return true;
  }
  Utf16Text dec = IcuToUtf16(charset.icu.c_str(), bytes.substr(base), true);
  if (!dec.ok) return false;
  AppendUtf16(dec, base, bytes.size() - base, out);
  return true;
}

// Whether the bytes contradict `charset` (see kBadPerHighByte).
bool Contradicts(const Charset& charset, std::string_view bytes, size_t high_bytes) {
  if (charset.icu == "UTF-8") return true;  // only reached when not valid UTF-8
  std::string lower = AsciiLower(charset.icu);
  if (lower.rfind("utf-16", 0) == 0 || lower.rfind("utf-32", 0) == 0) {
    return true;  // UTF-16 without its byte pattern (SniffUtf16 said no)
  }
  Utf16Text dec = IcuToUtf16(charset.icu.c_str(), bytes.substr(0, kSampleBytes), false);
  if (!dec.ok) return true;
  size_t bad = dec.bad + dec.invalid;
  return bad > 0 && bad * kBadPerHighByte >= std::max<size_t>(high_bytes, 1);
}

Decoded Finish(Decoded d, const Charset& cs, const char* source, int confidence) {
  d.charset = cs.display;
  d.source = source;
  d.confidence = confidence;
  return d;
}

}  // namespace

Decoded DecodeToUtf8(std::string_view bytes, const DecodeOptions& options) {
  Decoded out;
  const Charset kUtf8{"UTF-8", "UTF-8", false};
  if (options.known_utf8) {
    RepairUtf8(bytes, 0, &out);
    return Finish(std::move(out), kUtf8, "utf8", 0);
  }
  // 1. A byte-order mark.
  struct Bom {
    std::string_view bytes;
    const char* charset;
  };
  static constexpr Bom kBoms[] = {
      {"\xEF\xBB\xBF", "UTF-8"},
      {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
      {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
      {"\xFF\xFE", "UTF-16LE"},
      {"\xFE\xFF", "UTF-16BE"},
  };
  for (const Bom& bom : kBoms) {
    if (bytes.substr(0, bom.bytes.size()) != bom.bytes) continue;
    auto cs = OpenCharset(bom.charset);
    if (cs && DecodeWith(*cs, bytes, bom.bytes.size(), &out)) {
      return Finish(std::move(out), *cs, "bom", 100);
    }
    out = Decoded{};
  }

  std::optional<Charset> declared;
  if (!options.declared_charset.empty()) {
    declared = ResolveCharset(options.declared_charset, false);
  }
  // 2. UTF-16 without a BOM (before UTF-8: its ASCII is valid UTF-8).
  if (auto utf16 = SniffUtf16(bytes, declared ? declared->icu : "")) {
    auto cs = OpenCharset(*utf16);
    if (cs && DecodeWith(*cs, bytes, 0, &out)) {
      int confidence = out.utf8.empty() ? 0
                                        : 100 - static_cast<int>(std::min<uint64_t>(
                                                    100, out.invalid_bytes * 100 / bytes.size()));
      bool was_declared = declared && declared->icu == cs->icu;
      return Finish(std::move(out), *cs, was_declared ? "http" : "detected", confidence);
    }
    out = Decoded{};
  }
  // 3. Valid UTF-8, or UTF-8 with a few stray bytes: at least twice as many
  // valid multi-byte sequences as invalid bytes. Legacy 8-bit text almost
  // never forms valid sequences (none in the Russian, Ukrainian, Polish,
  // Czech and German texts of tests/text/encoding_test.cc), so a handful of
  // Windows-1252 bytes in a UTF-8 page is repaired, not re-read.
  Utf8Stats stats = ScanUtf8(bytes);
  if (stats.invalid == 0 || stats.multibyte >= 2 * stats.invalid) {
    RepairUtf8(bytes, 0, &out);
    return Finish(std::move(out), kUtf8, "utf8", 0);
  }
  // 4. The declared charset, 5. the <meta> charset, unless contradicted.
  if (declared && !Contradicts(*declared, bytes, stats.high) &&
      DecodeWith(*declared, bytes, 0, &out)) {
    return Finish(std::move(out), *declared, "http", 0);
  }
  out = Decoded{};
  if (options.sniff_html_meta) {
    std::string meta = SniffHtmlMetaCharset(bytes);
    auto cs = meta.empty() ? std::nullopt : ResolveCharset(meta, true);
    if (cs && !Contradicts(*cs, bytes, stats.high) && DecodeWith(*cs, bytes, 0, &out)) {
      return Finish(std::move(out), *cs, "meta", 0);
    }
    out = Decoded{};
  }
  // 6. Detection; 7. windows-1252.
  if (auto det = Detect(bytes.substr(0, kSampleBytes))) {
    auto cs = OpenCharset(det->label);
    if (cs && DecodeWith(*cs, bytes, 0, &out)) {
      return Finish(std::move(out), *cs, "detected", det->confidence);
    }
    out = Decoded{};
  }
  auto fallback = OpenCharset("windows-1252");
  if (fallback && DecodeWith(*fallback, bytes, 0, &out)) {
    return Finish(std::move(out), *fallback, "default", 0);
  }
  out = Decoded{};
  RepairUtf8(bytes, 0, &out);
  return Finish(std::move(out), kUtf8, "default", 0);
}

// ------------------------------------------------------ charset labels ---

namespace {

// The value after `name` "=" at `at` in `text` (quoted or up to a delimiter),
// or "".
std::string_view ValueAfter(std::string_view text, size_t at) {
  size_t i = at;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i >= text.size() || text[i] != '=') return {};
  ++i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  char quote = 0;
  if (i < text.size() && (text[i] == '"' || text[i] == '\'')) quote = text[i++];
  size_t start = i;
  while (i < text.size()) {
    char c = text[i];
    if (quote != 0 ? c == quote
                   : (c == ' ' || c == ';' || c == '>' || c == '"' || c == '\'' || c == '/' ||
                      c == ',' || c == '\t' || c == '\n' || c == '\r')) {
      break;
    }
    ++i;
  }
  return text.substr(start, i - start);
}

}  // namespace

std::string SniffHtmlMetaCharset(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  std::string lower = AsciiLower(head);
  // An XML declaration (XHTML, feeds): <?xml ... encoding="...">.
  size_t xml = lower.find("<?xml");
  if (xml != std::string::npos && xml < 8) {
    size_t end = lower.find("?>", xml);
    size_t enc = lower.find("encoding", xml);
    if (enc != std::string::npos && (end == std::string::npos || enc < end)) {
      std::string_view v = ValueAfter(head, enc + 8);
      if (!v.empty()) return std::string(v);
    }
  }
  for (size_t pos = lower.find("<meta"); pos != std::string::npos;
       pos = lower.find("<meta", pos + 5)) {
    size_t end = lower.find('>', pos);
    if (end == std::string::npos) end = lower.size();
    for (size_t cs = lower.find("charset", pos); cs != std::string::npos && cs < end;
         cs = lower.find("charset", cs + 7)) {
      std::string_view v = ValueAfter(std::string_view(head).substr(0, end), cs + 7);
      if (!v.empty()) return std::string(v);
    }
  }
  return "";
}

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = AsciiLower(content_type);
  for (size_t cs = lower.find("charset"); cs != std::string::npos;
       cs = lower.find("charset", cs + 7)) {
    bool param_start =
        cs == 0 || lower[cs - 1] == ';' || lower[cs - 1] == ' ' || lower[cs - 1] == '\t';
    if (!param_start) continue;
    std::string_view v = ValueAfter(content_type, cs + 7);
    if (!v.empty()) return std::string(v);
  }
  return "";
}

}  // namespace parallax
