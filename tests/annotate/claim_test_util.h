// Test helpers for the claim finder: a Document from sentences, run through
// the numbers annotator, the entity recogniser and FindClaims, and a short
// text form of its claims ("killed 18 people; injured 40 police").
#ifndef PARALLAX_TESTS_ANNOTATE_CLAIM_TEST_UTIL_H_
#define PARALLAX_TESTS_ANNOTATE_CLAIM_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "annotate/claim_find.h"
#include "annotate/claim_lexicon.h"
#include "doc_builder.h"
#include "parallax/annotate.h"
#include "parallax/data_dir.h"
#include "parallax/document.h"
#include "parallax/entities.h"

namespace parallax::claim_test {

inline const Annotator& TheAnnotator() {
  static const Annotator* a = new Annotator(FindDataDir());
  return *a;
}
inline const EntityRecognizer& TheRecognizer() {
  static const EntityRecognizer* r = new EntityRecognizer(FindDataDir());
  return *r;
}
inline const annotate::ClaimLexicon& TheClaimLexicon() {
  static const annotate::ClaimLexicon* l = new annotate::ClaimLexicon(FindDataDir());
  return *l;
}

// A document in `lang` (reliable) of paragraphs, each a list of sentences
// joined by one space; annotated, entities found, claims found.
inline Document ClaimDoc(const std::vector<std::vector<std::string>>& paragraphs,
                         const std::string& lang, const std::string& published = "2022-01-10") {
  Document doc;
  doc.published = published;
  doc.lang.lang = lang;
  doc.lang.reliable = true;
  doc.lang.confidence = 0.99;
  for (const auto& sentences : paragraphs) test::AppendParagraph(doc, sentences, doc.lang);
  TheAnnotator().Annotate(doc);
  TheRecognizer().Recognize(doc);
  annotate::FindClaims(TheClaimLexicon(), doc);
  return doc;
}

// "kind value group" per claim ("-" for an empty group), joined by "; ";
// "-" when there is none. A value prints without decimals when whole.
inline std::string Brief(const Document& doc) {
  std::string out;
  for (const Claim& c : doc.claims) {
    if (!out.empty()) out += "; ";
    std::string value = std::fabs(c.value - std::round(c.value)) < 1e-9
                            ? std::to_string(static_cast<long long>(std::llround(c.value)))
                            : std::to_string(c.value);
    out +=
        std::string(ClaimKindName(c.kind)) + " " + value + " " + (c.group.empty() ? "-" : c.group);
  }
  return out.empty() ? "-" : out;
}

// "kind value group[ approx]" per claim joined by "; " (the approx when not
// exact, a value without decimals when whole), or "-" when there is none.
inline std::string BriefApprox(const Document& doc) {
  std::string out;
  for (const Claim& c : doc.claims) {
    if (!out.empty()) out += "; ";
    const bool whole = std::fabs(c.value - std::round(c.value)) < 1e-9;
    out += std::string(ClaimKindName(c.kind)) + " " +
           (whole ? std::to_string(static_cast<long long>(std::llround(c.value)))
                  : std::to_string(c.value)) +
           " " + (c.group.empty() ? "-" : c.group);
    if (c.approx != Approx::kExact) out += " " + std::string(ApproxName(c.approx));
  }
  return out.empty() ? "-" : out;
}

// `s` cut at every `sep` (a tab between columns, " || " between sentences).
inline std::vector<std::string> SplitOn(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  size_t from = 0;
  for (size_t at; (at = s.find(sep, from)) != std::string::npos; from = at + sep.size()) {
    out.push_back(s.substr(from, at - from));
  }
  out.push_back(s.substr(from));
  return out;
}

// Every claim's figure lies inside its sentence and holds a digit or a
// letter; its span lies inside the sentence too.
inline void ExpectTraceable(const Document& doc) {
  for (const Claim& c : doc.claims) {
    ASSERT_LT(c.sentence, doc.sentences.size());
    const Span s = doc.sentences[c.sentence].span;
    EXPECT_LE(s.start, c.figure.start);
    EXPECT_LE(c.figure.end, s.end);
    EXPECT_LT(c.figure.start, c.figure.end);
    EXPECT_LE(s.start, c.span.start);
    EXPECT_LE(c.span.end, s.end);
    EXPECT_LE(c.span.start, c.figure.start);
    EXPECT_LE(c.figure.end, c.span.end);
  }
}

// One sentence in `lang` and the Brief() of the claims it must give.
struct Case {
  const char* lang;
  const char* text;
  const char* want;
};
// The same, the language given once for a list.
struct SentenceCase {
  const char* text;
  const char* want;
};

// Each case is a one-sentence document: its claims are `want`, and each
// is traceable to its figure.
inline void Check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const Document doc = ClaimDoc({{c.text}}, c.lang);
    EXPECT_EQ(Brief(doc), c.want) << c.lang << ": " << c.text;
    ExpectTraceable(doc);
  }
}
inline void Check(const char* lang, const std::vector<SentenceCase>& cases) {
  for (const SentenceCase& c : cases) Check({{lang, c.text, c.want}});
}

}  // namespace parallax::claim_test

#endif  // PARALLAX_TESTS_ANNOTATE_CLAIM_TEST_UTIL_H_
