// Test support for the speech tests (quotes, attribution, citations): a
// Document built from plain text in one language, with paragraphs, naive
// sentences, entities, and a hand-built claim for every figure.
#ifndef PARALLAX_TESTS_ANNOTATE_SPEECH_TEST_UTIL_H_
#define PARALLAX_TESTS_ANNOTATE_SPEECH_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "annotate/speech_lexicon.h"
#include "annotate/table_test_util.h"
#include "parallax/data_dir.h"
#include "parallax/document.h"
#include "parallax/entities.h"

namespace parallax::testing {

inline const annotate::SpeechLexicon& Speech() {
  static const auto* lex =
      new annotate::SpeechLexicon(annotate::SpeechLexicon::Load(FindDataDir()));
  return *lex;
}

inline const EntityRecognizer& SpeechEntities() {
  static const EntityRecognizer* r = new EntityRecognizer(FindDataDir());
  return *r;
}

// `text` in language `lang`: paragraphs at "\n\n", sentences after . ! ?
// and a space (a naive split, enough for test sentences), entities found,
// and one claim (kind killed) at every word that starts with a digit.
inline Document SpeechDoc(const std::string& text, const std::string& lang) {
  Document doc;
  doc.text = text;
  doc.lang.lang = lang;
  doc.lang.reliable = true;
  size_t p_start = 0;
  while (p_start <= text.size()) {
    size_t p_end = text.find("\n\n", p_start);
    if (p_end == std::string::npos) p_end = text.size();
    Paragraph para;
    para.span = {static_cast<uint32_t>(p_start), static_cast<uint32_t>(p_end)};
    para.lang = doc.lang;
    size_t s_start = p_start;
    for (size_t i = p_start; i < p_end; ++i) {
      const char c = text[i];
      if ((c == '.' || c == '!' || c == '?') && i + 1 < p_end && text[i + 1] == ' ' &&
          i + 2 < p_end && text[i + 2] != ' ') {
        doc.sentences.push_back({{static_cast<uint32_t>(s_start), static_cast<uint32_t>(i + 1)},
                                 static_cast<uint32_t>(doc.paragraphs.size())});
        s_start = i + 2;
      }
    }
    doc.sentences.push_back({{static_cast<uint32_t>(s_start), static_cast<uint32_t>(p_end)},
                             static_cast<uint32_t>(doc.paragraphs.size())});
    doc.paragraphs.push_back(para);
    p_start = p_end + 2;
  }
  SpeechEntities().Recognize(doc);
  for (const annotate::SpeechToken& t : annotate::TokenizeSpeech(doc)) {
    if (!t.digit) continue;
    Claim c;
    c.sentence = t.sentence;
    c.figure = {t.start, t.end};
    c.span = c.figure;
    c.kind = ClaimKind::kKilled;
    c.value = std::stod(doc.text.substr(t.start, t.end - t.start));
    doc.claims.push_back(c);
  }
  return doc;
}

// The speaker a quote resolves to: its entity's name, else the words the
// text gives.
inline std::string Who(const Quote& q) {
  return q.speaker_entity.empty() ? q.speaker : q.speaker_entity;
}

// The last quote of `doc` (built from `text`) that is `direct` (or
// indirect) and holds `part`, or null. `*seen` gets every quote with its
// speaker and every entity, for a failure message.
inline const Quote* QuoteHolding(const Document& doc, const std::string& text,
                                 std::string_view part, bool direct, std::string* seen) {
  const Quote* hit = nullptr;
  for (const Quote& q : doc.quotes) {
    const std::string inside = text.substr(q.span.start, q.span.end - q.span.start);
    *seen += std::string(q.direct ? "direct" : "indirect") + "[" + inside + "]=" + Who(q) + " | ";
    if (q.direct == direct && inside.find(part) != std::string::npos) hit = &q;
  }
  for (const Entity& e : doc.entities) *seen += "entity:" + e.name + " | ";
  return hit;
}

// Whether `hit` has the speaker `want` of a speaker test table: "-" no
// quote or no speaker; "~X" a speaker containing X; else the speaker as
// written or resolved, or an entity name containing it.
inline bool SpeakerMatches(const std::string& want, const Quote* hit) {
  if (want == "-") return hit == nullptr || Who(*hit).empty();
  if (hit == nullptr) return false;
  if (want.starts_with("!")) {
    // "!A|B": the quote is found, and its speaker is none of the names.
    for (size_t at = 1; at <= want.size();) {
      const size_t bar = std::min(want.find('|', at), want.size());
      const std::string name = want.substr(at, bar - at);
      if (Who(*hit).find(name) != std::string::npos || hit->speaker == name) return false;
      at = bar + 1;
    }
    return true;
  }
  if (want.starts_with("~")) {
    const std::string part = want.substr(1);
    return Who(*hit).find(part) != std::string::npos ||
           hit->speaker.find(part) != std::string::npos;
  }
  return Who(*hit) == want || hit->speaker == want ||
         (!hit->speaker_entity.empty() && hit->speaker_entity.find(want) != std::string::npos);
}

// Pass counts of a table of cases per language. Record fails a case that
// does not pass, unless it is a known gap (then it is printed); Print
// writes "<name> <lang> passed/total" per language and the total.
class CaseTally {
 public:
  explicit CaseTally(std::string name) : name_(std::move(name)) {}

  // `what` names the case in messages; `want` and `got` tell the miss.
  void Record(const std::string& lang, bool ok, bool known_gap, const std::string& what,
              const std::string& want, const std::string& got) {
    auto& t = by_lang_[lang];
    t.first += ok;
    ++t.second;
    passed_ += ok;
    ++total_;
    if (known_gap) {
      std::cout << name_ << " known gap" << (ok ? " (now passes)" : "") << ": " << what << "\n";
    } else {
      EXPECT_TRUE(ok) << lang << ": " << what << "\n  want '" << want << "'\n  got " << got;
    }
  }

  void Print() const {
    for (const auto& [lang, t] : by_lang_) {
      std::cout << name_ << " " << lang << " " << t.first << "/" << t.second << "\n";
    }
    std::cout << name_ << " all " << passed_ << "/" << total_ << "\n";
  }

 private:
  std::string name_;
  std::map<std::string, std::pair<int, int>> by_lang_;  // lang -> (passed, total)
  int passed_ = 0;
  int total_ = 0;
};

// A table cell with each backslash-n (the two characters) made a line break.
inline std::string Unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

// One row of a speaker table (tests/annotate/quote_speakers_*.tsv):
// lang<TAB>type<TAB>part<TAB>want<TAB>text. `type` is 'd' (a direct quote
// holding `part`), 'i' (indirect) or 's' (the first claim's source, `part`
// its flag); `want` the speaker or source, "gap:" in front for a known gap;
// "\n" in the text is a newline.
struct SpeakerRow {
  int line = 0;
  std::string lang;
  char type = 'd';
  std::string part;
  std::string want;
  std::string text;
  bool known_gap = false;
};

// The rows of tests/annotate/`table`; a malformed row fails the test and
// is skipped.
inline std::vector<SpeakerRow> ReadSpeakerRows(const std::string& table) {
  std::vector<SpeakerRow> rows;
  for (const TableRow& t : ReadTable(table, 5)) {
    const std::vector<std::string>& f = t.cells;
    if (f[1].size() != 1) {
      ADD_FAILURE() << table << ":" << t.line << ": the type is one letter";
      continue;
    }
    SpeakerRow r;
    r.line = t.line;
    r.lang = f[0];
    r.type = f[1][0];
    r.part = f[2];
    r.want = f[3];
    if (r.want.starts_with("gap:")) {
      r.known_gap = true;
      r.want = r.want.substr(4);
    }
    r.text = Unescape(f[4]);
    rows.push_back(r);
  }
  return rows;
}

}  // namespace parallax::testing

#endif  // PARALLAX_TESTS_ANNOTATE_SPEECH_TEST_UTIL_H_
