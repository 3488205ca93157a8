// Sentence and word segmentation: ICU break iterators over UTF-8 UText, so
// every boundary ICU reports is already a byte offset; sentence boundaries are
// then corrected by the per-language rules in segment_rules.h.
#include "parallax/segment.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <utility>

#include "parallax/error.h"
#include "text/segment_rules.h"

namespace parallax {

namespace {

using segment_internal::LanguageRules;
using segment_internal::SkipSpaceBackward;
using segment_internal::SkipSpaceForward;

bool IsContinuationByte(char c) { return (static_cast<uint8_t>(c) & 0xC0) == 0x80; }

// text[span] clamped to the text and moved off the middle of UTF-8 sequences:
// start forward, end backward, so a bad span gives a smaller, valid one.
Span ClampSpan(std::string_view text, Span span) {
  const auto size =
      static_cast<uint32_t>(std::min<size_t>(text.size(), std::numeric_limits<uint32_t>::max()));
  uint32_t start = std::min(span.start, size);
  uint32_t end = std::min(std::max(span.end, start), size);
  for (int k = 0; k < 3 && start < end && IsContinuationByte(text[start]); ++k) ++start;
  for (int k = 0; k < 3 && end > start && end < size && IsContinuationByte(text[end]); ++k) {
    --end;
  }
  return {start, end};
}

// The language tag a caller gives ("de", "zh-Hant", "pt_BR", "und"), checked
// so it can name a data folder safely: letters, digits, '-' and '_' only.
bool WellFormedTag(std::string_view lang) {
  if (lang.empty() || lang.size() > 35) return false;
  return std::all_of(lang.begin(), lang.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  });
}

// The primary language subtag, lowercased: "zh-Hant" -> "zh". Empty for
// "und" and for malformed tags, which then use ICU's root rules.
std::string PrimaryLanguage(std::string_view lang) {
  if (!WellFormedTag(lang)) return "";
  std::string primary(lang.substr(0, lang.find_first_of("-_")));
  for (char& c : primary) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (primary == "und" || primary == "root") return "";
  return primary;
}

// True when every code point of `word` belongs to Hiragana or Katakana
// (Script_Extensions, so the prolonged sound mark "ー" counts).
bool AllKana(std::string_view word) {
  const auto* p = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(p, i, length, c);
    if (c < 0 ||
        !(uscript_hasScript(c, USCRIPT_HIRAGANA) || uscript_hasScript(c, USCRIPT_KATAKANA))) {
      return false;
    }
  }
  return length > 0;
}

// Break iterators for one locale, owned by one thread.
struct Iterators {
  std::string tag;  // the (well-formed or empty) tag they were made for
  std::unique_ptr<icu::BreakIterator> sentence;
  std::unique_ptr<icu::BreakIterator> word;
};

// Returns this thread's iterators for `lang`, creating them on first use.
// ICU iterators are not thread-safe, so each thread keeps its own; ICU caches
// the rule data, so making them costs little after the first. The cache is
// keyed by locale only (the iterators do not depend on the Segmenter) and is
// bounded: 32 locales (more than the news languages a run meets).
Iterators& ThreadIterators(std::string_view lang) {
  constexpr size_t kMaxLocales = 32;
  thread_local std::deque<Iterators> cache;
  const std::string tag = WellFormedTag(lang) ? std::string(lang) : std::string();
  for (Iterators& it : cache) {
    if (it.tag == tag) return it;
  }
  std::string bcp47 = tag;
  std::replace(bcp47.begin(), bcp47.end(), '_', '-');
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = PrimaryLanguage(tag).empty() ? icu::Locale::getRoot()
                                                    : icu::Locale::forLanguageTag(bcp47, status);
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    locale = icu::Locale::getRoot();
  }
  Iterators made;
  made.tag = tag;
  made.sentence.reset(icu::BreakIterator::createSentenceInstance(locale, status));
  made.word.reset(icu::BreakIterator::createWordInstance(locale, status));
  if (U_FAILURE(status) || !made.sentence || !made.word) {
    throw DataError(std::string("ICU cannot make break iterators: ") + u_errorName(status));
  }
  if (cache.size() >= kMaxLocales) cache.pop_front();
  cache.push_back(std::move(made));
  return cache.back();
}

// Points `iterator` at text[begin, end) through a UTF-8 UText; ICU's
// boundaries are then byte offsets from `begin`.
void SetUtf8Text(icu::BreakIterator& iterator, std::string_view text, uint32_t begin,
                 uint32_t end) {
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data() + begin, static_cast<int64_t>(end - begin), &status);
  iterator.setText(&ut, status);  // ICU keeps its own shallow clone of `ut`
  utext_close(&ut);
  if (U_FAILURE(status)) {
    throw DataError(std::string("ICU cannot read the text: ") + u_errorName(status));
  }
}

// text[begin, end) with whitespace trimmed, appended to `out` unless empty.
void AppendTrimmed(std::string_view text, uint32_t begin, uint32_t end, std::vector<Span>& out) {
  const std::string_view piece = text.substr(begin, end - begin);
  const size_t first = SkipSpaceForward(piece, 0);
  const size_t last = SkipSpaceBackward(piece, piece.size());
  if (first < last) {
    out.push_back({begin + static_cast<uint32_t>(first), begin + static_cast<uint32_t>(last)});
  }
}

// Paragraphs of text[span]: runs of lines that are not blank, trimmed.
std::vector<Span> ParagraphsIn(std::string_view text, Span span) {
  std::vector<Span> paragraphs;
  uint32_t para_begin = span.start;
  bool in_paragraph = false;
  uint32_t line_begin = span.start;
  while (line_begin < span.end) {
    const size_t newline = text.substr(0, span.end).find('\n', line_begin);
    const uint32_t line_end =
        newline == std::string_view::npos ? span.end : static_cast<uint32_t>(newline);
    const std::string_view line = text.substr(line_begin, line_end - line_begin);
    const bool blank = SkipSpaceForward(line, 0) == line.size();
    if (blank && in_paragraph) {
      AppendTrimmed(text, para_begin, line_begin, paragraphs);
      in_paragraph = false;
    } else if (!blank && !in_paragraph) {
      para_begin = line_begin;
      in_paragraph = true;
    }
    line_begin = line_end + 1;
  }
  if (in_paragraph) AppendTrimmed(text, para_begin, span.end, paragraphs);
  return paragraphs;
}

}  // namespace

struct Segmenter::Impl {
  SegmentOptions options;
  // Per-language rules, loaded once in the constructor and never changed,
  // so reading them needs no lock.
  std::map<std::string, LanguageRules, std::less<>> rules;

  const LanguageRules* RulesFor(std::string_view lang) const {
    if (!options.use_abbreviations) return nullptr;
    const std::string primary = PrimaryLanguage(lang);
    if (primary.empty()) return nullptr;
    auto it = rules.find(primary);
    if (it == rules.end() || it->second.empty()) return nullptr;
    return &it->second;
  }
};

Segmenter::Segmenter(const std::string& data_dir, SegmentOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  if (options.use_abbreviations) impl_->rules = segment_internal::LoadAllRules(data_dir);
}

Segmenter::~Segmenter() = default;

std::vector<Span> Segmenter::Sentences(std::string_view text, Span span,
                                       std::string_view lang) const {
  std::vector<Span> sentences;
  span = ClampSpan(text, span);
  if (span.start == span.end) return sentences;
  const LanguageRules* rules = impl_->RulesFor(lang);
  icu::BreakIterator& iterator = *ThreadIterators(lang).sentence;
  std::string flat;
  for (const Span& para : ParagraphsIn(text, span)) {
    std::string_view para_text = text.substr(para.start, para.end - para.start);
    // A single line feed inside a paragraph is a hard wrap (scrapes wrap
    // mid-sentence), not a sentence break, which ICU would make of it: ICU
    // reads a copy with spaces there. Same length, so offsets are unchanged.
    if (para_text.find('\n') != std::string_view::npos) {
      flat.assign(para_text);
      std::replace(flat.begin(), flat.end(), '\n', ' ');
      para_text = flat;
    }
    SetUtf8Text(iterator, para_text, 0, static_cast<uint32_t>(para_text.size()));
    const auto length = static_cast<int32_t>(para_text.size());
    int32_t begin = 0;
    for (int32_t b = iterator.next(); b != icu::BreakIterator::DONE; b = iterator.next()) {
      if (b <= begin) continue;  // inside closers already moved past (below)
      if (b < length && rules != nullptr &&
          segment_internal::SuppressBoundary(*rules, para_text, static_cast<size_t>(b))) {
        continue;
      }
      const auto end = static_cast<int32_t>(
          segment_internal::SkipDetachedClosers(para_text, static_cast<size_t>(b)));
      AppendTrimmed(text, para.start + static_cast<uint32_t>(begin),
                    para.start + static_cast<uint32_t>(end), sentences);
      begin = end;
    }
    if (begin < length) {
      AppendTrimmed(text, para.start + static_cast<uint32_t>(begin), para.end, sentences);
    }
  }
  return sentences;
}

std::vector<Word> Segmenter::Words(std::string_view text, Span span, std::string_view lang) const {
  std::vector<Word> words;
  span = ClampSpan(text, span);
  if (span.start == span.end) return words;
  icu::BreakIterator& iterator = *ThreadIterators(lang).word;
  SetUtf8Text(iterator, text, span.start, span.end);
  int32_t begin = iterator.first();
  for (int32_t b = iterator.next(); b != icu::BreakIterator::DONE; b = iterator.next()) {
    const int32_t status = iterator.getRuleStatus();
    const Span word_span{span.start + static_cast<uint32_t>(begin),
                         span.start + static_cast<uint32_t>(b)};
    begin = b;
    // ICU's rule status ranges (ubrk.h): [0,100) none, [100,200) number,
    // [200,300) letter, [300,400) kana, [400,500) ideographic.
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) {
      words.push_back({word_span, WordKind::kNumber});
    } else if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_LETTER_LIMIT) {
      words.push_back({word_span, WordKind::kLetter});
    } else if (status >= UBRK_WORD_KANA && status < UBRK_WORD_KANA_LIMIT) {
      words.push_back({word_span, WordKind::kKana});
    } else if (status >= UBRK_WORD_IDEO && status < UBRK_WORD_IDEO_LIMIT) {
      // ICU's dictionary marks every Chinese/Japanese word ideographic, kana
      // ones included (ICU 72); a word all in kana is reported as kana.
      const bool kana = AllKana(text.substr(word_span.start, word_span.end - word_span.start));
      words.push_back({word_span, kana ? WordKind::kKana : WordKind::kIdeo});
    }
  }
  return words;
}

void Segmenter::Annotate(Document& doc) const {
  doc.sentences.clear();
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const Paragraph& paragraph = doc.paragraphs[i];
    const std::string& lang = paragraph.lang.lang.empty() || paragraph.lang.lang == "und"
                                  ? doc.lang.lang
                                  : paragraph.lang.lang;
    for (const Span& span : Sentences(doc.text, paragraph.span, lang)) {
      doc.sentences.push_back({span, static_cast<uint32_t>(i)});
    }
  }
}

std::vector<Span> SplitParagraphs(std::string_view text) {
  const auto size =
      static_cast<uint32_t>(std::min<size_t>(text.size(), std::numeric_limits<uint32_t>::max()));
  return ParagraphsIn(text, {0, size});
}

}  // namespace parallax
