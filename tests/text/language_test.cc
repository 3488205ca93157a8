// Tests for parallax::LanguageIdentifier (src/text/language.cc).
// Every sentence here was written for this test.
#include "parallax/language.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "parallax/data_dir.h"
#include "parallax/error.h"
#include "text/language_cld2.h"

namespace parallax {
namespace {

const LanguageIdentifier& Id() {
  static const LanguageIdentifier id(FindDataDir());
  return id;
}

struct Case {
  std::string lang;
  std::string kind;
  std::string text;
};

// Every tests/data/<lang>/langid.tsv (kind<TAB>text; the folder names the
// expected language): see the header of those files for the kinds.
std::vector<Case> Cases(const std::string& kind) {
  namespace fs = std::filesystem;
  std::vector<Case> cases;
  std::vector<fs::path> files;
  for (const auto& dir : fs::directory_iterator(fs::path(PARALLAX_SOURCE_DIR) / "tests" / "data")) {
    if (fs::exists(dir.path() / "langid.tsv")) files.push_back(dir.path() / "langid.tsv");
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::ifstream in(file);
    std::string line;
    bool header = false;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      if (!header) {
        header = true;  // "kind\ttext"
        continue;
      }
      const size_t tab = line.find('\t');
      if (tab == std::string::npos) {
        ADD_FAILURE() << file << ": no tab in: " << line;
        continue;
      }
      if (line.substr(0, tab) != kind) continue;
      cases.push_back(
          {file.parent_path().filename().string(), line.substr(0, tab), line.substr(tab + 1)});
    }
  }
  return cases;
}

// tests/data/<lang>/langid.tsv, kind "news".
TEST(LanguageTest, NewsSentencePerLanguage) {
  const std::vector<Case> cases = Cases("news");
  EXPECT_GE(cases.size(), 16u);
  for (const auto& c : cases) {
    LanguageGuess g = Id().Identify(c.text);
    EXPECT_EQ(g.lang, c.lang) << c.text << " (method " << g.method << ")";
    EXPECT_TRUE(g.reliable) << c.text;
    EXPECT_GT(g.confidence, 0.5) << c.text;
    ASSERT_FALSE(g.shares.empty()) << c.text;
    EXPECT_EQ(g.shares[0].lang, c.lang) << c.text;
  }
}

// Kind "short": short, name-heavy sentences that must not break.
TEST(LanguageTest, ShortNameHeavySentences) {
  const std::vector<Case> cases = Cases("short");
  EXPECT_GE(cases.size(), 8u);
  for (const auto& c : cases) {
    LanguageGuess g = Id().Identify(c.text);
    EXPECT_EQ(g.lang, c.lang) << c.text << " (method " << g.method << ")";
    EXPECT_NE(g.method, "none") << c.text;
  }
}

// Kind "cld2-wrong": raw CLD2 is wrong or unsure, the evidence puts it right.
TEST(LanguageTest, CasesRawCld2GetsWrong) {
  const std::string dir = FindDataDir() + "/langid";
  const auto codes = langid_internal::Cld2Codes::Load(dir);
  const std::vector<Case> cases = Cases("cld2-wrong");
  EXPECT_GE(cases.size(), 4u);
  for (const auto& c : cases) {
    // The case still exercises the evidence: raw CLD2 is wrong or unsure.
    auto raw = langid_internal::RunCld2(c.text, "", codes, false);
    EXPECT_TRUE(raw.lang != c.lang || !raw.reliable) << "raw CLD2 now right: " << c.text;
    LanguageGuess g = Id().Identify(c.text);
    EXPECT_EQ(g.lang, c.lang) << c.text << " (method " << g.method << ")";
    EXPECT_NE(g.method, "cld2") << c.text;
  }
}

// Known limits: every letter here is also written by Tajik / Serbian, and
// CLD2's unsure guess is that language, so parallax follows it. The guess
// must at least not be called reliable.
TEST(LanguageTest, AmbiguousCyrillicIsNotReliable) {
  for (const char* text : {"Путин принял Токаева.", "Вучич и Орбан в Будапеште."}) {
    LanguageGuess g = Id().Identify(text);
    if (g.lang != "ru") {
      EXPECT_FALSE(g.reliable) << text << " -> " << g.lang;
    }
    // With a declared language the text allows, the hint decides.
    EXPECT_EQ(Id().Identify(text, "ru").lang, "ru") << text;
  }
}

// Kazakh letters overturn CLD2 when it reads Kazakh as Russian; a single
// Kazakh name in a long Russian sentence does not.
TEST(LanguageTest, KazakhNameInRussianStaysRussian) {
  LanguageGuess g = Id().Identify(
      "В четверг в Астане прошли переговоры, на которых глава МИД Ермек Көшербаев обсудил с "
      "коллегами поставки зерна, строительство новых дорог и работу пограничных переходов.");
  EXPECT_EQ(g.lang, "ru") << g.method;
}

TEST(LanguageTest, ScriptAloneDecidesShortText) {
  LanguageGuess g = Id().Identify("Θεσσαλονίκη");
  EXPECT_EQ(g.lang, "el");
  EXPECT_TRUE(g.reliable);
  EXPECT_NE(g.method, "none");
  g = Id().Identify("ひらがな");
  EXPECT_EQ(g.lang, "ja");
}

TEST(LanguageTest, EmptyAndLetterlessText) {
  for (const char* text : {"", "   \n\t", "12 345,67 — 89%", "!!! ??? ...", "2024-05-01"}) {
    LanguageGuess g = Id().Identify(text);
    EXPECT_EQ(g.lang, "und") << '"' << text << '"';
    EXPECT_FALSE(g.reliable);
    EXPECT_EQ(g.method, "none");
    EXPECT_EQ(g.confidence, 0);
    EXPECT_TRUE(g.shares.empty());
  }
}

TEST(LanguageTest, InvalidUtf8DoesNotThrow) {
  const std::string bad = "Pr\xC3\xA4sident \xFF\xFE sagte am Montag, dass";
  LanguageGuess g;
  EXPECT_NO_THROW(g = Id().Identify(bad));
  EXPECT_FALSE(g.lang.empty());
}

// A hint decides short Cyrillic text the letters cannot split (every letter
// here is written by Russian and Bulgarian alike), and is ignored when the
// text's script does not allow it.
TEST(LanguageTest, HintDecidesOnlyWhenConsistent) {
  const char* ambiguous = "Там е и Петров.";
  LanguageGuess bg = Id().Identify(ambiguous, "bg");
  EXPECT_EQ(bg.lang, "bg") << bg.method;
  LanguageGuess ru = Id().Identify(ambiguous, "ru");
  EXPECT_EQ(ru.lang, "ru") << ru.method;

  LanguageGuess de_on_cyrillic = Id().Identify("Мы никого не ждали.", "de");
  EXPECT_EQ(de_on_cyrillic.lang, "ru");
  EXPECT_NE(de_on_cyrillic.method, "hint");

  // A hint whose alphabet lacks the text's letters is refused: ы is not
  // Ukrainian.
  LanguageGuess uk_on_russian = Id().Identify("Мы были там.", "uk");
  EXPECT_NE(uk_on_russian.lang, "uk");

  // Hints may come as BCP-47 tags.
  LanguageGuess tagged = Id().Identify(ambiguous, "bg-BG");
  EXPECT_EQ(tagged.lang, "bg");
}

TEST(LanguageTest, HintDoesNotOverrideClearText) {
  LanguageGuess g = Id().Identify(
      "Правительство объявило, что со следующего года налог на недвижимость вырастет на "
      "несколько процентов.",
      "uk");  // a Russian sentence with a Ukrainian hint
  EXPECT_EQ(g.lang, "ru");
  EXPECT_EQ(g.method, "cld2");
}

Document MakeDoc(const std::vector<std::string>& paragraphs) {
  Document doc;
  for (const auto& p : paragraphs) {
    if (!doc.text.empty()) doc.text += "\n\n";
    Paragraph para;
    para.span.start = static_cast<uint32_t>(doc.text.size());
    doc.text += p;
    para.span.end = static_cast<uint32_t>(doc.text.size());
    doc.paragraphs.push_back(para);
  }
  return doc;
}

TEST(LanguageTest, AnnotateMixedDocument) {
  Document doc = MakeDoc({
      "Wahlen in Kasachstan",  // short German heading: inherits
      "Die Wahlbeteiligung lag nach Angaben der Kommission bei knapp sechzig Prozent, "
      "deutlich niedriger als bei der letzten Abstimmung vor vier Jahren.",
      "Beobachter aus mehreren Ländern kritisierten, dass unabhängige Kandidaten kaum Zugang "
      "zu den Fernsehsendern bekommen hätten.",
      "Выборы в мажилис",  // short Cyrillic heading inside a German document
      "Явка избирателей, по данным комиссии, составила почти шестьдесят процентов, что "
      "заметно ниже, чем на прошлых выборах четыре года назад.",
      "Наблюдатели из нескольких стран отметили, что независимые кандидаты почти не "
      "получали эфирного времени на телевидении.",
  });
  Id().Annotate(doc);
  EXPECT_TRUE(doc.lang.lang == "de" || doc.lang.lang == "ru") << doc.lang.lang;
  ASSERT_EQ(doc.paragraphs.size(), 6u);
  EXPECT_EQ(doc.paragraphs[0].lang.lang, "de");
  EXPECT_EQ(doc.paragraphs[1].lang.lang, "de");
  EXPECT_EQ(doc.paragraphs[2].lang.lang, "de");
  EXPECT_EQ(doc.paragraphs[3].lang.lang, "ru");  // not German: Cyrillic
  EXPECT_EQ(doc.paragraphs[4].lang.lang, "ru");
  EXPECT_EQ(doc.paragraphs[5].lang.lang, "ru");
  EXPECT_TRUE(doc.mixed_language);
  ASSERT_GE(doc.lang.shares.size(), 2u);
}

TEST(LanguageTest, AnnotateSingleLanguageDocument) {
  Document doc = MakeDoc({
      "Nowy most",
      "Budowa nowego mostu na Wiśle ma się zakończyć przed końcem przyszłego roku, "
      "poinformował w poniedziałek prezydent miasta.",
      "Koszt inwestycji wzrósł jednak o jedną piątą w porównaniu z pierwotnym kosztorysem.",
      "Fot. PAP",
  });
  Id().Annotate(doc);
  EXPECT_EQ(doc.lang.lang, "pl");
  EXPECT_TRUE(doc.lang.reliable);
  for (const auto& p : doc.paragraphs) EXPECT_EQ(p.lang.lang, "pl");
  EXPECT_FALSE(doc.mixed_language);
}

TEST(LanguageTest, AnnotateEmptyDocument) {
  Document doc;
  Id().Annotate(doc);
  EXPECT_EQ(doc.lang.lang, "und");
  EXPECT_FALSE(doc.mixed_language);
}

TEST(LanguageTest, ThreadSafety) {
  std::vector<Case> cases = Cases("news");
  for (const char* kind : {"short", "cld2-wrong"}) {
    for (Case& c : Cases(kind)) cases.push_back(std::move(c));
  }
  std::vector<LanguageGuess> expected;
  for (const auto& c : cases) expected.push_back(Id().Identify(c.text));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        for (size_t i = 0; i < cases.size(); ++i) {
          mismatches[t] += !(Id().Identify(cases[i].text) == expected[i]);
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

// The "# example:" lines of the data files are tests too.
TEST(LanguageTest, DataFileExamples) {
  const std::regex example(R"re(^# example: "(.*)" -> (\S+)$)re");
  int count = 0;
  for (const char* file : {"script_evidence.tsv", "alphabets.tsv"}) {
    std::ifstream in(FindDataDir() + "/langid/" + file);
    ASSERT_TRUE(in) << file;
    std::string line;
    std::smatch m;
    while (std::getline(in, line)) {
      if (!std::regex_match(line, m, example)) continue;
      ++count;
      LanguageGuess g = Id().Identify(m[1].str());
      EXPECT_EQ(g.lang, m[2].str()) << file << ": " << m[1].str() << " (method " << g.method << ")";
    }
  }
  EXPECT_GE(count, 8);
}

// close_languages.tsv's examples: a short line in a document of another,
// close language.
TEST(LanguageTest, CloseLanguageExamples) {
  const std::regex example(R"re(^# example: "(.*)" before "(.*)" -> (\S+)$)re");
  std::ifstream in(FindDataDir() + "/langid/close_languages.tsv");
  ASSERT_TRUE(in);
  std::string line;
  std::smatch m;
  int count = 0;
  while (std::getline(in, line)) {
    if (!std::regex_match(line, m, example)) continue;
    ++count;
    Document doc = MakeDoc({m[1].str(), m[2].str()});
    Id().Annotate(doc);
    EXPECT_EQ(doc.paragraphs[0].lang.lang, m[3].str()) << m[1].str();
  }
  EXPECT_GE(count, 1);
}

TEST(LanguageTest, MissingDataThrows) {
  EXPECT_THROW(LanguageIdentifier("/nonexistent/parallax-data"), DataError);
}

}  // namespace
}  // namespace parallax
