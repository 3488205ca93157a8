// parallax: the scoring rules of the two public main-text extraction sets,
// written out so that bench/extraction_eval.cc scores parallax and its peers
// exactly as the sets' own evaluation scripts do (header-only; tested by
// tests/cli/extraction_metrics_test.cc).
//
// trafilatura set (adbar/trafilatura tests/eval_common.py, count_item/norm):
//   both the extracted text and every snippet are whitespace-normalised with
//   Python's re.sub(r"\s+", " ", s).strip(); a snippet counts when it is a
//   case-SENSITIVE substring of the normalised text. A `with` snippet found is
//   a true positive, missing a false negative; a `without` snippet found is a
//   false positive, missing a true negative. Scores are pooled over all pages:
//   P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn).
// Scrapinghub set (scrapinghub/article-extraction-benchmark evaluate.py,
// string_shingle_matching/metrics_from_tp_fp_fns):
//   tokens are Python's re.findall(r"\w+") (Unicode \w: letters, numbers and
//   "_", case kept); shingles are word 4-grams, or the whole token list when
//   a text has fewer than 4 tokens; per page tp/fp/fn are multiset overlaps
//   divided by their sum; P is the mean per-page precision over pages with
//   tp+fp > 0, R the mean per-page recall over pages with tp+fn > 0, and
//   F1 = 2PR/(P+R) of those means.
#ifndef PARALLAX_BENCH_EXTRACTION_METRICS_H_
#define PARALLAX_BENCH_EXTRACTION_METRICS_H_

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::bench {

// Python's str.isspace(), which is what `\s` matches in a str pattern:
// Unicode White_Space plus the information separators U+001C..U+001F
// (CPython Objects/unicodetype_db.h, _PyUnicode_IsWhitespace).
inline bool IsPySpace(UChar32 c) {
  if (c >= 0x1C && c <= 0x1F) return true;
  return c >= 0 && u_isUWhiteSpace(c);
}

// Python's `\w` in a str pattern: str.isalnum() or "_" (CPython
// _PyUnicode_IsAlpha = categories L*, plus any character with a numeric
// type); combining marks are NOT word characters, as in Python.
inline bool IsPyWordChar(UChar32 c) {
  if (c == '_') return true;
  if (c < 0) return false;
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return true;
    default:
      return u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
  }
}

// re.sub(r"\s+", " ", text).strip(): every run of whitespace becomes one
// space, none at either end. Invalid UTF-8 bytes are kept as they are.
inline std::string NormalizeWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  bool pending_space = false;
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (IsPySpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(text.substr(start, i - start));
  }
  return out;
}

// Confusion counts over snippets (trafilatura set).
struct SnippetCounts {
  int64_t tp = 0, fp = 0, fn = 0, tn = 0;

  void Add(const SnippetCounts& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
    tn += o.tn;
  }
  // Each is 0 when its denominator is 0 (as in eval_common.py).
  double Precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
  double Recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
  double F1() const { return 2 * tp + fp + fn ? 2.0 * tp / double(2 * tp + fp + fn) : 0.0; }
};

// Scores one page: `extracted` is the system's text ("" when it failed).
inline SnippetCounts CountSnippets(std::string_view extracted, const std::vector<std::string>& with,
                                   const std::vector<std::string>& without) {
  const std::string text = NormalizeWhitespace(extracted);
  SnippetCounts c;
  for (const auto& w : with) {
    if (text.find(NormalizeWhitespace(w)) != std::string::npos) {
      ++c.tp;
    } else {
      ++c.fn;
    }
  }
  for (const auto& w : without) {
    if (text.find(NormalizeWhitespace(w)) != std::string::npos) {
      ++c.fp;
    } else {
      ++c.tn;
    }
  }
  return c;
}

// re.findall(r"\w+", text): maximal runs of word characters, as written.
inline std::vector<std::string> WordTokens(std::string_view text) {
  std::vector<std::string> out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t token_start = -1;
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (IsPyWordChar(c)) {
      if (token_start < 0) token_start = start;
    } else if (token_start >= 0) {
      out.emplace_back(text.substr(token_start, start - token_start));
      token_start = -1;
    }
  }
  if (token_start >= 0) out.emplace_back(text.substr(token_start));
  return out;
}

// One page's shingle overlap, normalised so that tp + fp + fn = 1 (all 0
// when both texts have no tokens).
struct ShingleScore {
  double tp = 0, fp = 0, fn = 0;
};

// evaluate.py string_shingle_matching(true=gold, pred=extracted, ngram_n=n).
inline ShingleScore ShingleMatch(std::string_view gold, std::string_view extracted, size_t n = 4) {
  auto shingles = [n](std::string_view text) {
    const std::vector<std::string> tokens = WordTokens(text);
    std::map<std::vector<std::string>, int64_t> counts;
    const size_t count = tokens.size() >= n ? tokens.size() - n + 1 : 1;
    for (size_t i = 0; i < count && i < tokens.size(); ++i) {
      const size_t end = std::min(tokens.size(), i + n);
      ++counts[std::vector<std::string>(tokens.begin() + i, tokens.begin() + end)];
    }
    return counts;
  };
  const auto truth = shingles(gold);
  const auto pred = shingles(extracted);
  double tp = 0, fp = 0, fn = 0;
  for (const auto& [key, t] : truth) {
    auto it = pred.find(key);
    const int64_t p = it == pred.end() ? 0 : it->second;
    tp += double(std::min(t, p));
    fp += double(std::max<int64_t>(0, p - t));
    fn += double(std::max<int64_t>(0, t - p));
  }
  for (const auto& [key, p] : pred) {
    if (!truth.count(key)) fp += double(p);
  }
  const double sum = tp + fp + fn;
  if (sum > 0) return {tp / sum, fp / sum, fn / sum};
  return {};
}

struct ShingleSummary {
  double precision = 0, recall = 0, f1 = 0;
  int precision_pages = 0;  // pages with tp + fp > 0 (the system said something)
  int recall_pages = 0;     // pages with tp + fn > 0 (the gold body has text)
};

// evaluate.py metrics_from_tp_fp_fns (without the bootstrap intervals).
inline ShingleSummary SummarizeShingles(const std::vector<ShingleScore>& pages) {
  ShingleSummary s;
  double p_sum = 0, r_sum = 0;
  for (const auto& p : pages) {
    const bool exact = p.fp == 0 && p.fn == 0;
    if (p.tp + p.fp > 0) {
      ++s.precision_pages;
      p_sum += exact ? 1.0 : p.tp / (p.tp + p.fp);
    }
    if (p.tp + p.fn > 0) {
      ++s.recall_pages;
      r_sum += exact ? 1.0 : p.tp / (p.tp + p.fn);
    }
  }
  if (s.precision_pages) s.precision = p_sum / s.precision_pages;
  if (s.recall_pages) s.recall = r_sum / s.recall_pages;
  if (s.precision + s.recall > 0) s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall);
  return s;
}

// A date written as year, month and day digit groups with any separators
// ("2022-11-1", "2022-01.26", "2022-01-26T10:00") -> "YYYY-MM-DD"; nullopt
// when the text does not start with such a date. (Two gold dates in
// evaldata.json are written "2022-01.26" and "2022-11-1".)
inline std::optional<std::string> NormalizeDate(std::string_view text) {
  int parts[3] = {0, 0, 0};
  int digits[3] = {0, 0, 0};
  size_t i = 0;
  for (int k = 0; k < 3; ++k) {
    if (k > 0) {
      if (i >= text.size() || (text[i] != '-' && text[i] != '.' && text[i] != '/')) {
        return std::nullopt;
      }
      ++i;
    }
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && digits[k] < 4) {
      parts[k] = parts[k] * 10 + (text[i] - '0');
      ++digits[k];
      ++i;
    }
    if (digits[k] == 0) return std::nullopt;
  }
  if (i < text.size() && text[i] >= '0' && text[i] <= '9') return std::nullopt;
  if (digits[0] != 4 || digits[1] > 2 || digits[2] > 2) return std::nullopt;
  if (parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > 31) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", parts[0], parts[1], parts[2]);
  return std::string(buf);
}

// True when the extracted date is the gold date (both normalised as above);
// false when either is missing or not a date.
inline bool SameDate(const std::optional<std::string>& extracted, std::string_view gold) {
  if (!extracted) return false;
  auto a = NormalizeDate(*extracted);
  auto b = NormalizeDate(gold);
  return a && b && *a == *b;
}

}  // namespace parallax::bench

#endif  // PARALLAX_BENCH_EXTRACTION_METRICS_H_
