// Shared helpers of the date annotator tests.
#ifndef PARALLAX_TESTS_ANNOTATE_DATE_TEST_UTIL_H_
#define PARALLAX_TESTS_ANNOTATE_DATE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/date_scan.h"
#include "parallax/annotate.h"
#include "parallax/data_dir.h"

namespace parallax::annotate::testing {

inline const DateLexicon& Lex(const std::string& lang) {
  static std::map<std::string, std::shared_ptr<const DateLexicon>> cache;
  auto& slot = cache[lang];
  if (!slot) slot = DateLexicon::Load(FindDataDir(), lang);
  return *slot;
}

inline ReferenceTime Ref(std::string_view iso) { return ParseReferenceTime(iso); }

// Dates of `text` with no number tokens (digits are read by the date
// readers themselves).
inline std::vector<DateMention> Dates(const std::string& lang, std::string_view text,
                                      std::string_view ref = "2022-01-10",
                                      const std::vector<NumberToken>& numbers = {}) {
  return FindDateMentions(text, numbers, Lex(lang), Ref(ref));
}

inline std::string Text(std::string_view text, const DateMention& d) {
  return std::string(text.substr(d.span.start, d.span.end - d.span.start));
}

// A spelled number token covering `word` in `text` (the number layer's output).
inline NumberToken Spelled(std::string_view text, std::string_view word, double value,
                           bool ordinal = false) {
  NumberToken n;
  n.start = static_cast<uint32_t>(text.find(word));
  n.end = n.start + static_cast<uint32_t>(word.size());
  n.value = value;
  n.spelled = true;
  n.ordinal = ordinal;
  return n;
}

// One "# example: sentence | the date's text | its value" line of a data
// file; `well_formed` is false when the line lacks its two '|'.
struct ExampleLine {
  std::string sentence, mention, value, line;
  bool well_formed = false;
};

// The example lines of data/<lang>/`file_name`, per language that has the
// file (the key is the language code).
inline std::map<std::string, std::vector<ExampleLine>> ReadExampleLines(
    const std::string& file_name) {
  auto trim = [](std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(0, 1);
    return s;
  };
  std::map<std::string, std::vector<ExampleLine>> out;
  for (const auto& entry : std::filesystem::directory_iterator(FindDataDir())) {
    const std::filesystem::path file = entry.path() / file_name;
    if (!std::filesystem::exists(file)) continue;
    std::vector<ExampleLine>& lines = out[entry.path().filename().string()];
    std::ifstream in(file);
    std::string line;
    constexpr std::string_view kPrefix = "# example:";
    while (std::getline(in, line)) {
      if (line.compare(0, kPrefix.size(), kPrefix) != 0) continue;
      ExampleLine e;
      e.line = line;
      const std::string body = line.substr(kPrefix.size());
      const size_t a = body.find('|'), b = body.rfind('|');
      e.well_formed = a != std::string::npos && a != b;
      if (e.well_formed) {
        e.sentence = trim(body.substr(0, a));
        e.mention = trim(body.substr(a + 1, b - a - 1));
        e.value = trim(body.substr(b + 1));
      }
      lines.push_back(std::move(e));
    }
  }
  return out;
}

// The annotator over the project's data (FindDataDir()), built on first use
// and never destroyed; shared by every test of the binary. Read-only after
// construction, so safe to use from any test.
inline const Annotator& TheAnnotator() {
  static const Annotator* annotator = new Annotator(FindDataDir());
  return *annotator;
}

// A sentence with exactly one date mention: its text `mention` and its
// `value`; `value_max` is checked only when set ("" for a mention without an
// upper end).
struct Case {
  const char* lang;
  const char* text;
  const char* mention;
  const char* value;
  const char* value_max = nullptr;
};

// Annotates each case against the reference time `ref` (ISO, as
// ParseReferenceTime takes it) and expects one date mention with the case's
// span text and values; a failure names the case's language and sentence.
inline void CheckAll(const Case* begin, const Case* end, std::string_view ref) {
  for (const Case* c = begin; c != end; ++c) {
    SCOPED_TRACE(std::string(c->lang) + ": " + c->text);
    const std::string text = c->text;
    const Annotations a = TheAnnotator().AnnotateText(text, c->lang, ParseReferenceTime(ref));
    ASSERT_EQ(a.dates.size(), 1u);
    const DateMention& d = a.dates[0];
    EXPECT_EQ(Text(text, d), c->mention);
    EXPECT_EQ(d.value, c->value);
    if (c->value_max != nullptr) {
      EXPECT_EQ(d.value_max, c->value_max);
    }
  }
}

inline void CheckAll(std::initializer_list<Case> cases, std::string_view ref) {
  CheckAll(cases.begin(), cases.end(), ref);
}

// A sentence where a form must not be read: no date mention may cover the
// first occurrence of `word` in `text` (which must contain it).
struct Negative {
  const char* lang;
  const char* text;
  const char* word;
};

// Annotates each negative against `ref` and expects no date mention over its
// word; a failure names the sentence and the offending mention.
inline void CheckNone(const Negative* begin, const Negative* end, std::string_view ref) {
  for (const Negative* n = begin; n != end; ++n) {
    SCOPED_TRACE(std::string(n->lang) + ": " + n->text);
    const std::string text = n->text;
    const size_t at = text.find(n->word);
    ASSERT_NE(at, std::string::npos);
    for (const DateMention& d :
         TheAnnotator().AnnotateText(text, n->lang, ParseReferenceTime(ref)).dates) {
      EXPECT_FALSE(d.span.start <= at && at < d.span.end) << "date '" << Text(text, d) << "'";
    }
  }
}

}  // namespace parallax::annotate::testing

#endif  // PARALLAX_TESTS_ANNOTATE_DATE_TEST_UTIL_H_
