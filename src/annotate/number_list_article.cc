// An article counted as one inside a list of figures (number_list_article.h).
#include "annotate/number_list_article.h"

#include <cmath>

#include "annotate/number_chars.h"

namespace parallax::annotate {

namespace {

// Words between a figure and a list mark, and after the article: a noun
// with an adjective or two ("policiers", "menores de edad" is three).
constexpr int kMaxListWords = 3;

// The end of the word of letters (inner apostrophes and hyphens kept) at
// `pos`, or `pos` when no letter is there.
size_t WordEnd(std::string_view text, size_t pos) {
  size_t i = pos;
  while (i < text.size()) {
    const Decoded d = DecodeAt(text, i);
    if (IsLetter(d.cp)) {
      i += d.len;
      continue;
    }
    const bool inner = (d.cp == '\'' || d.cp == 0x2019 || d.cp == '-') && i > pos &&
                       i + d.len < text.size() && IsLetter(DecodeAt(text, i + d.len).cp);
    if (!inner) break;
    i += d.len;
  }
  return i;
}

// One space (or a no-break space) at `pos`: the position after it, else npos.
size_t OneSpace(std::string_view text, size_t pos) {
  if (pos >= text.size()) return std::string_view::npos;
  const Decoded d = DecodeAt(text, pos);
  return IsNumberSpace(d.cp) ? pos + d.len : std::string_view::npos;
}

bool IsJoinerWord(std::string_view text, size_t start, size_t end, const NumberLexicon::Impl& lex) {
  const WordSpan w = ReadWord(text, start, lex);
  return w.end == end && HasType(w.entries, NumberWordType::kJoiner);
}

// A joiner word, a space and an article or number word within the next
// kMaxListWords + 1 words from `pos` (the start of a word): the list goes on.
bool ListGoesOn(std::string_view text, size_t pos, const NumberLexicon::Impl& lex) {
  for (int n = 0; n <= kMaxListWords && pos < text.size(); ++n) {
    const size_t end = WordEnd(text, pos);
    if (end == pos) return false;
    if (n > 0 && IsJoinerWord(text, pos, end, lex)) {
      const size_t next = OneSpace(text, end);
      if (next == std::string_view::npos || next >= text.size()) return false;
      const WordSpan w = ReadWord(text, next, lex);
      return w.entries != nullptr && !HasType(w.entries, NumberWordType::kJoiner);
    }
    pos = OneSpace(text, end);
    if (pos == std::string_view::npos) return false;
  }
  return false;
}

// The article at `article` read as the count 1 ("un mort et onze blessés").
NumberToken ArticleAsOne(const WordSpan& article) {
  NumberToken tok;
  tok.start = static_cast<uint32_t>(article.start);
  tok.end = static_cast<uint32_t>(article.end);
  tok.value = 1;
  tok.spelled = true;
  return tok;
}

}  // namespace

std::optional<NumberToken> ListArticle(std::string_view text, const WordSpan& article,
                                       const std::vector<NumberToken>& before,
                                       const NumberLexicon::Impl& lex) {
  if (!lex.list_article || before.empty() || !HasType(article.entries, NumberWordType::kArticle)) {
    return std::nullopt;
  }
  const NumberToken& prev = before.back();
  if (prev.ordinal || prev.vague || prev.ratio || prev.glued_code || prev.value < 1 ||
      prev.value != std::floor(prev.value) || (prev.plain_digits && prev.digits == 4) ||
      prev.end >= article.start) {
    return std::nullopt;
  }
  // The figure, a space, one to three words, then "<space>joiner<space>" or
  // ",<space>" right before the article.
  size_t pos = OneSpace(text, prev.end);
  bool comma = false, marked = false;
  int words = 0;
  while (pos != std::string_view::npos && pos < article.start) {
    const size_t end = WordEnd(text, pos);
    if (end == pos) return std::nullopt;
    if (words > 0 && IsJoinerWord(text, pos, end, lex)) {
      if (OneSpace(text, end) != article.start) return std::nullopt;
      marked = true;
      break;
    }
    if (++words > kMaxListWords) return std::nullopt;
    if (end < text.size() && text[end] == ',') {
      if (OneSpace(text, end + 1) != article.start) return std::nullopt;
      comma = marked = true;
      break;
    }
    pos = OneSpace(text, end);
  }
  if (!marked) return std::nullopt;
  const size_t noun = OneSpace(text, article.end);
  if (noun == std::string_view::npos || WordEnd(text, noun) == noun) return std::nullopt;
  if (comma && !ListGoesOn(text, noun, lex)) return std::nullopt;
  return ArticleAsOne(article);
}

std::optional<NumberToken> LeadingListArticle(std::string_view text, const WordSpan& article,
                                              const NumberLexicon::Impl& lex) {
  if (!lex.list_article || !HasType(article.entries, NumberWordType::kArticle)) {
    return std::nullopt;
  }
  // The article, a space, one to three words, "<space>joiner<space>", then
  // a figure: digits (no year-like run of four) or a count word.
  size_t pos = OneSpace(text, article.end);
  for (int words = 0; pos != std::string_view::npos && pos < text.size(); ++words) {
    const size_t end = WordEnd(text, pos);
    if (end == pos) return std::nullopt;
    if (words > 0 && IsJoinerWord(text, pos, end, lex)) {
      const size_t next = OneSpace(text, end);
      if (next == std::string_view::npos || next >= text.size()) return std::nullopt;
      if (IsAsciiDigit(static_cast<unsigned char>(text[next]))) {
        size_t d = next;
        while (d < text.size() && IsAsciiDigit(static_cast<unsigned char>(text[d]))) ++d;
        if (d - next >= 4) return std::nullopt;
      } else {
        const WordSpan w = ReadWord(text, next, lex);
        if (!HasType(w.entries, NumberWordType::kCardinal) &&
            !HasType(w.entries, NumberWordType::kVague)) {
          return std::nullopt;
        }
      }
      return ArticleAsOne(article);
    }
    if (words >= kMaxListWords) return std::nullopt;
    pos = OneSpace(text, end);
  }
  return std::nullopt;
}

}  // namespace parallax::annotate
