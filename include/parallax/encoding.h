// parallax: every input becomes valid UTF-8.
#ifndef PARALLAX_ENCODING_H_
#define PARALLAX_ENCODING_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "parallax/offset_map.h"

namespace parallax {

struct DecodeOptions {
  // Charset declared outside the bytes (HTTP Content-Type), or empty.
  std::string declared_charset;
  // Look for <meta charset> / <meta http-equiv content-type> in the first
  // 4 KiB (HTML inputs).
  bool sniff_html_meta = false;
  // The bytes are known to be UTF-8 (JSONL strings): only repair.
  bool known_utf8 = false;
};

struct Decoded {
  std::string utf8;  // always valid UTF-8
  // Canonical name of the charset used: "UTF-8", "UTF-16LE", "UTF-16BE",
  // "windows-1251", "ISO-8859-2", "KOI8-R", ...
  std::string charset;
  // Why that charset: "bom", "http" (declared_charset), "meta", "detected"
  // (ICU detector), "utf8" (the bytes are valid UTF-8), "default".
  std::string source;
  // When source == "detected": ICU's detector confidence (0..100) for the
  // charset chosen (0 if ICU did not propose it and letter statistics did);
  // for UTF-16 without a BOM, 100 minus the percentage of invalid bytes.
  // 100 for a BOM; 0 otherwise.
  int confidence = 0;
  uint64_t invalid_bytes = 0;  // input bytes replaced by U+FFFD
  OffsetMap to_input;          // offsets in utf8 -> offsets in the input bytes
};

// Decodes `bytes` to UTF-8. Order of evidence: a BOM; then valid UTF-8 (any
// non-ASCII bytes that form valid UTF-8 sequences are taken as UTF-8, since
// legacy 8-bit text almost never does); then the declared charset; then a
// <meta> charset; then ICU's detector, with ties between 8-bit Cyrillic and
// Central European charsets settled by letter statistics; then windows-1252.
// A declared or meta charset that the bytes contradict (invalid under it) is
// overridden by detection. Invalid bytes are replaced by U+FFFD and counted.
// NUL bytes are dropped (counted as invalid) so the output is always text.
// Never throws.
// Refinements (src/text/encoding.cc):
// - UTF-16 without a BOM is recognised by its byte pattern (high bytes
//   0x00-0x05 in every other position) before the UTF-8 check.
// - Mixed input: bytes with at least twice as many valid multi-byte UTF-8
//   sequences as invalid bytes are UTF-8; the invalid bytes (e.g. a few
//   Windows-1252 bytes pasted into a UTF-8 page) become U+FFFD, counted.
// - "Contradicts": more than 1 bad character (U+FFFD, C0/C1 control) per 50
//   non-ASCII bytes; a declared UTF-8 is contradicted by any invalid
//   sequence beyond the mixed-input allowance.
// - Labels are resolved through ICU's aliases after the WHATWG fixes:
//   x-user-defined, ISO-8859-1 and US-ASCII mean windows-1252; "win-1251"
//   and "x-cp1251" mean windows-1251; a <meta> naming UTF-16 means UTF-8;
//   UTF-7 and unknown names are ignored.
// - Letter statistics (data/langid/charset_letters.tsv) decide whenever ICU
//   names one of the confusable 8-bit charsets (windows-1250/1251/1252/1254/
//   1257, ISO-8859-2/-5, KOI8-R/-U, IBM866) or is below 30% confident.
// - to_input maps the start of every output character to the first byte of
//   its source character (of the replaced byte, for U+FFFD).
Decoded DecodeToUtf8(std::string_view bytes, const DecodeOptions& options = {});

// The charset named by a <meta> tag in the first 4 KiB of HTML, or "".
std::string SniffHtmlMetaCharset(std::string_view bytes);

// The charset parameter of a Content-Type value ("text/html; charset=KOI8-R"),
// or "".
std::string CharsetFromContentType(std::string_view content_type);

}  // namespace parallax

#endif  // PARALLAX_ENCODING_H_
