// Normalisation for matching: NFKC (+ case fold, + diacritics removed), done
// one normalisation segment at a time so that each output run maps back to
// whole input characters.
#include "parallax/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <string>

#include "parallax/encoding.h"

namespace parallax {

namespace {

struct Normalizers {
  const icu::Normalizer2* main = nullptr;  // nfkc_cf or nfkc
  const icu::Normalizer2* nfd = nullptr;
  const icu::Normalizer2* nfc = nullptr;
};

// ICU's normalizer instances are immutable singletons, safe to share.
const Normalizers& GetNormalizers(bool case_fold) {
  static const Normalizers folded = [] {
    UErrorCode err = U_ZERO_ERROR;
    Normalizers n;
    n.main = icu::Normalizer2::getNFKCCasefoldInstance(err);
    n.nfd = icu::Normalizer2::getNFDInstance(err);
    n.nfc = icu::Normalizer2::getNFCInstance(err);
    return n;
  }();
  static const Normalizers plain = [] {
    UErrorCode err = U_ZERO_ERROR;
    Normalizers n;
    n.main = icu::Normalizer2::getNFKCInstance(err);
    n.nfd = icu::Normalizer2::getNFDInstance(err);
    n.nfc = icu::Normalizer2::getNFCInstance(err);
    return n;
  }();
  return case_fold ? folded : plain;
}

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

// Normalises one segment (whole characters, closed under normalisation).
std::string NormalizeSegment(std::string_view segment, const Normalizers& n,
                             const NormalizeOptions& options) {
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(segment.data(), static_cast<int32_t>(segment.size())));
  if (options.case_fold) {
    // Turkish capital dotted I folds to "i" + U+0307 by the default (non-
    // Turkish) folding; for matching, "İstanbul" should meet "istanbul".
    s.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x130)), icu::UnicodeString('I'));
  }
  icu::UnicodeString out = n.main->normalize(s, err);
  if (options.strip_diacritics) {
    icu::UnicodeString decomposed = n.nfd->normalize(out, err);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < decomposed.length();) {
      UChar32 c = decomposed.char32At(i);
      if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
      i += U16_LENGTH(c);
    }
    out = n.nfc->normalize(kept, err);
  }
  if (U_FAILURE(err)) return std::string(segment);
  std::string result;
  out.toUTF8String(result);
  return result;
}

// Whether `c` passes through unchanged and stands alone: inert under the
// main normaliser, and with diacritics stripped, also without a canonical
// decomposition and not itself a mark.
bool PassesThrough(UChar32 c, const Normalizers& n, const NormalizeOptions& options) {
  if (c == 0x130 && options.case_fold) return false;
  if (!n.main->isInert(c)) return false;
  if (options.strip_diacritics) {
    return n.nfd->isInert(c) && u_charType(c) != U_NON_SPACING_MARK;
  }
  return true;
}

Normalized NormalizeValid(std::string_view text, const NormalizeOptions& options) {
  const Normalizers& n = GetNormalizers(options.case_fold);
  Normalized result;
  result.text.reserve(text.size());
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const size_t size = text.size();
  // Whether a segment may begin at byte `i` (a character start).
  auto boundary_at = [&](size_t i) {
    if (i >= size || p[i] < 0x80) return true;
    int32_t j = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(p, j, static_cast<int32_t>(size), c);
    return n.main->hasBoundaryBefore(c) &&
           (!options.strip_diacritics || u_charType(c) != U_NON_SPACING_MARK);
  };
  size_t i = 0;
  while (i < size) {
    if (p[i] < 0x80) {
      // ASCII fast path: normalisation-inert; case folding is A-Z -> a-z,
      // one byte for one byte. The last ASCII character before a combining
      // character goes to the general path with it.
      size_t j = i;
      while (j < size && p[j] < 0x80) ++j;
      if (j < size && !boundary_at(j)) --j;
      if (j > i) {
        size_t out_start = result.text.size();
        result.text.append(text.data() + i, j - i);
        if (options.case_fold) {
          for (size_t k = out_start; k < result.text.size(); ++k) {
            char& ch = result.text[k];
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
          }
        }
        result.to_input.Add(out_start, j - i, i, j - i);
        i = j;
        continue;
      }
    }
    // One segment: this character and the following ones up to the next
    // boundary.
    int32_t k = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(p, k, static_cast<int32_t>(size), c);
    size_t end = static_cast<size_t>(k);
    if (PassesThrough(c, n, options) && boundary_at(end)) {
      result.to_input.Add(result.text.size(), end - i, i, end - i);
      result.text.append(text.data() + i, end - i);
      i = end;
      continue;
    }
    while (!boundary_at(end)) {
      k = static_cast<int32_t>(end);
      U8_NEXT(p, k, static_cast<int32_t>(size), c);
      end = static_cast<size_t>(k);
    }
    std::string seg = NormalizeSegment(text.substr(i, end - i), n, options);
    result.to_input.Add(result.text.size(), seg.size(), i, end - i);
    result.text += seg;
    i = end;
  }
  return result;
}

}  // namespace

Normalized Normalize(std::string_view utf8, const NormalizeOptions& options) {
  if (IsValidUtf8(utf8)) return NormalizeValid(utf8, options);
  DecodeOptions repair;
  repair.known_utf8 = true;
  Decoded fixed = DecodeToUtf8(utf8, repair);
  Normalized result = NormalizeValid(fixed.utf8, options);
  result.to_input = result.to_input.Then(fixed.to_input);
  return result;
}

}  // namespace parallax
