// Finding names (src/annotate/entity_mentions.h): SplitNameWords and its
// flags, then the recogniser (include/parallax/entities.h) on sentences
// written for this test in en de pl ru: titled names, acronyms with their
// expansions in either order, German capitalised nouns, headlines in
// capitals, scripts without case, and bad input (empty, punctuation only,
// invalid UTF-8, a megabyte in one sentence).
#include "annotate/entity_mentions.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parallax/data_dir.h"
#include "parallax/entities.h"

namespace parallax::annotate {
namespace {

std::string_view Text(std::string_view s, const NameWord& w) {
  return s.substr(w.start, w.end - w.start);
}

std::vector<std::string> Texts(std::string_view s, const std::vector<NameWord>& words) {
  std::vector<std::string> out;
  for (const NameWord& w : words) out.emplace_back(Text(s, w));
  return out;
}

TEST(SplitNameWords, HyphensApostrophesDigits) {
  const std::string s = "Kassym-Jomart Tokayev met O'Brien at the G7, Kazakh- and 2022.";
  const std::vector<NameWord> w = SplitNameWords(s);
  EXPECT_EQ(Texts(s, w), (std::vector<std::string>{"Kassym-Jomart", "Tokayev", "met", "O'Brien",
                                                   "at", "the", "G7", "Kazakh", "and", "2022"}));
  EXPECT_TRUE(w[0].upper_initial);
  EXPECT_EQ(w[0].letters, 12u);
  EXPECT_TRUE(w[6].upper_initial);
  EXPECT_FALSE(w[6].all_caps);  // one letter only
  EXPECT_EQ(w[9].letters, 0u);
  EXPECT_FALSE(w[9].upper_initial);
}

TEST(SplitNameWords, CurlyApostropheAndUnicodeHyphen) {
  const std::string s = "D\u2019Alema and Alma\u2010Ata";
  EXPECT_EQ(Texts(s, SplitNameWords(s)),
            (std::vector<std::string>{"D\u2019Alema", "and", "Alma\u2010Ata"}));
}

TEST(SplitNameWords, CapitalsAndCase) {
  const std::string s = "ОДКБ и CSTO, AfD, Токаев, توكاييف";
  const std::vector<NameWord> w = SplitNameWords(s);
  ASSERT_EQ(w.size(), 6u);
  EXPECT_TRUE(w[0].all_caps);
  EXPECT_FALSE(w[1].upper_initial);
  EXPECT_TRUE(w[2].all_caps);
  EXPECT_FALSE(w[3].all_caps);
  EXPECT_TRUE(w[3].upper_initial);
  EXPECT_TRUE(w[4].upper_initial);
  EXPECT_FALSE(w[4].all_caps);
  EXPECT_TRUE(w[5].caseless);
  EXPECT_FALSE(w[5].upper_initial);
}

TEST(SplitNameWords, ParenthesesFlags) {
  const std::string s = "CSTO (Collective Security Treaty Organization) troops";
  const std::vector<NameWord> w = SplitNameWords(s);
  ASSERT_EQ(w.size(), 6u);
  EXPECT_FALSE(w[0].after_open_paren);
  EXPECT_TRUE(w[1].after_open_paren);
  EXPECT_FALSE(w[1].joined);
  EXPECT_FALSE(w[3].before_close_paren);
  EXPECT_TRUE(w[4].before_close_paren);
  EXPECT_FALSE(w[5].after_open_paren);
  EXPECT_FALSE(w[5].joined);
  EXPECT_TRUE(w[2].joined);
}

TEST(SplitNameWords, InitialFlag) {
  const std::string s =
      "Officials said: \u201cTokayev left\u201d and \u00abPutin\u00bb, then Macron";
  const std::vector<NameWord> w = SplitNameWords(s);
  ASSERT_EQ(Texts(s, w), (std::vector<std::string>{"Officials", "said", "Tokayev", "left", "and",
                                                   "Putin", "then", "Macron"}));
  EXPECT_TRUE(w[0].initial);  // the first word
  EXPECT_FALSE(w[1].initial);
  EXPECT_TRUE(w[2].initial);  // after a colon and an opening quote
  EXPECT_FALSE(w[3].initial);
  EXPECT_TRUE(w[5].initial);  // after a guillemet
  EXPECT_FALSE(w[7].initial);
  EXPECT_TRUE(w[1].joined);
  EXPECT_FALSE(w[6].joined);  // a comma stands before it
}

TEST(SplitNameWords, BadInput) {
  EXPECT_TRUE(SplitNameWords("").empty());
  EXPECT_TRUE(SplitNameWords("...,;:!?()[]\u00ab\u00bb\u2014").empty());
  const std::string bad = "\xff\xfe Tokayev \xc3 met\xe2\x82 Putin";
  const std::vector<NameWord> w = SplitNameWords(bad);
  for (const NameWord& x : w) {
    EXPECT_LT(x.start, x.end);
    EXPECT_LE(x.end, bad.size());
  }
  EXPECT_GE(w.size(), 3u);
}

// ---- The recogniser on sentences ----------------------------------------

const EntityRecognizer& Recognizer() {
  static const EntityRecognizer* r = new EntityRecognizer(FindDataDir());
  return *r;
}

// Without the bundled gazetteer: what capitalisation and cues find alone.
const EntityRecognizer& BareRecognizer() {
  static const EntityRecognizer* r = [] {
    EntityOptions o;
    o.bundled_gazetteer = false;
    return new EntityRecognizer(FindDataDir(), o);
  }();
  return *r;
}

// Every mention as "surface|type".
std::vector<std::string> Found(const EntityRecognizer& r, std::string_view text,
                               std::string_view lang) {
  std::vector<std::string> out;
  for (const Entity& e : r.RecognizeText(text, lang)) {
    for (const EntityMention& m : e.mentions) {
      EXPECT_LE(m.span.start, m.span.end);
      EXPECT_LE(m.span.end, text.size());
      if (m.span.end > text.size()) continue;
      out.push_back(std::string(text.substr(m.span.start, m.span.end - m.span.start)) + "|" +
                    std::string(EntityTypeName(e.type)));
    }
  }
  return out;
}

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += " [" + x + "]";
  return s;
}

bool Has(const std::vector<std::string>& found, const std::string& item) {
  return std::find(found.begin(), found.end(), item) != found.end();
}

bool HasSurface(const std::vector<std::string>& found, const std::string& surface) {
  for (const std::string& f : found) {
    if (f.substr(0, f.rfind('|')) == surface) return true;
  }
  return false;
}

struct Case {
  std::string lang, text;
  std::vector<std::string> want;  // "surface|type"
  std::vector<std::string> not_found;
};

TEST(Recognizer, TitledNames) {
  const std::vector<Case> cases = {
      {"en",
       "Prime Minister Alikhan Smailov resigned on Wednesday, and President Kassym-Jomart "
       "Tokayev accepted his resignation.",
       {"Alikhan Smailov|person", "Kassym-Jomart Tokayev|person"},
       {"Wednesday", "Prime Minister", "President"}},
      {"de",
       "Bundeskanzler Olaf Scholz traf am Montag in Berlin den polnischen Regierungschef "
       "Donald Tusk.",
       {"Olaf Scholz|person", "Berlin|place", "Donald Tusk|person"},
       {"Montag", "Bundeskanzler"}},
      {"pl",
       "Prezydent Andrzej Duda spotkał się w Warszawie z sekretarzem generalnym NATO.",
       {"Andrzej Duda|person", "Warszawie|place", "NATO|organization"},
       {"Prezydent"}},
      {"ru",
       "Министр иностранных дел России Сергей Лавров прилетел в Астану.",
       {"России|place", "Сергей Лавров|person", "Астану|place"},
       {"Министр"}},
  };
  for (const Case& c : cases) {
    const std::vector<std::string> found = Found(Recognizer(), c.text, c.lang);
    for (const std::string& w : c.want)
      EXPECT_TRUE(Has(found, w)) << c.text << "\n  want " << w << "\n  got" << Join(found);
    for (const std::string& n : c.not_found)
      EXPECT_FALSE(HasSurface(found, n)) << c.text << "\n  not " << n << "\n  got" << Join(found);
  }
}

// Whether `text` has one entity named twice, an acronym and its expansion,
// an organisation.
void ExpectAcronymWithExpansion(const EntityRecognizer& r, const std::string& lang,
                                const std::string& text) {
  const std::vector<Entity> entities = r.RecognizeText(text, lang);
  const Entity* org = nullptr;
  for (const Entity& e : entities) {
    if (e.mentions.size() == 2) org = &e;
  }
  ASSERT_NE(org, nullptr) << text << " got" << Join(Found(r, text, lang));
  EXPECT_EQ(org->type, EntityType::kOrganization) << text;
  EXPECT_FALSE(org->partial) << text;
  EXPECT_EQ(org->variants.size(), 2u) << text;
}

// An acronym and its expansion in brackets are one organisation, in either
// order, from the text alone (no gazetteer).
// A sentence-initial noun before a name is no part of it: before a name
// in an oblique case, or before a given name and a surname.
TEST(Recognizer, SentenceInitialNounBeforeAName) {
  const std::vector<Case> cases = {
      {"pl",
       "Sojusznicy Łukaszenki milczeli przez cały tydzień.",
       {"Łukaszenki"},
       {"Sojusznicy Łukaszenki"}},
      {"ru", "Критики Назарбаева собрались у здания суда.", {"Назарбаева"}, {"Критики Назарбаева"}},
      {"uk",
       "Рятувальниця Олена Гнатюк розповіла про ніч під завалами.",
       {"Олена Гнатюк"},
       {"Рятувальниця Олена Гнатюк"}},
      {"pl",
       "Ratownik Tomasz Wójcik opisał akcję w kopalni.",
       {"Tomasz Wójcik"},
       {"Ratownik Tomasz Wójcik"}},
      // Given names stay: a full name in the genitive, a full name alone.
      {"pl", "Władimira Putina nie było na szczycie.", {"Władimira Putina"}, {"Putina"}},
      {"en", "Kassym-Jomart Tokayev spoke on Friday.", {"Kassym-Jomart Tokayev"}, {}},
  };
  for (const Case& c : cases) {
    const std::vector<std::string> found = Found(Recognizer(), c.text, c.lang);
    for (const std::string& w : c.want) EXPECT_TRUE(HasSurface(found, w)) << c.text << Join(found);
    for (const std::string& n : c.not_found) {
      EXPECT_FALSE(HasSurface(found, n)) << c.text << Join(found);
    }
  }
}

TEST(Recognizer, DottedAcronymsAreOneWord) {
  const std::vector<std::string> found =
      Found(Recognizer(), "The U.S. and the U.N. sent envoys; the E.U. said little.", "en");
  EXPECT_TRUE(Has(found, "U.S.|place")) << Join(found);
  EXPECT_TRUE(Has(found, "U.N.|organization")) << Join(found);
  EXPECT_TRUE(Has(found, "E.U.|organization")) << Join(found);
}

TEST(Recognizer, AcronymAndExpansionEitherOrder) {
  ExpectAcronymWithExpansion(BareRecognizer(), "en",
                             "The Collective Security Treaty Organization (CSTO) sent troops.");
  ExpectAcronymWithExpansion(BareRecognizer(), "en",
                             "The CSTO (Collective Security Treaty Organization) sent troops.");
  ExpectAcronymWithExpansion(BareRecognizer(), "pl",
                             "ODKB (Organizacja Układu o Bezpieczeństwie Zbiorowym) wysłała "
                             "żołnierzy.");
  // Without the gazetteer a German expansion with lower-case words inside
  // ("des Vertrags über kollektive") is not found as a name (measured
  // 2026-11-22): the gazetteer knows this one.
  ExpectAcronymWithExpansion(Recognizer(), "de",
                             "Die Organisation des Vertrags über kollektive Sicherheit (OVKS) "
                             "schickte Soldaten.");
  ExpectAcronymWithExpansion(Recognizer(), "de",
                             "Die OVKS (Organisation des Vertrags über kollektive Sicherheit) "
                             "schickte Soldaten.");
}

TEST(Recognizer, GermanCapitalisedNounsAreNotNames) {
  for (const std::string text :
       {"Die Regierung erhöhte die Gaspreise, und die Demonstranten forderten den Rücktritt der "
        "Minister.",
        "Nach Angaben der Polizei wurden in der Nacht viele Menschen festgenommen.",
        "Am Flughafen warteten Reisende stundenlang auf Informationen."}) {
    const std::vector<std::string> found = Found(Recognizer(), text, "de");
    EXPECT_TRUE(found.empty()) << text << "\n  got" << Join(found);
  }
}

TEST(Recognizer, HeadlineInCapitalsGivesNoAcronyms) {
  const std::vector<Case> cases = {
      {"en",
       "PROTESTERS STORM CITY HALL IN ALMATY OVER FUEL PRICES",
       {"ALMATY|place"},
       {"PROTESTERS", "STORM", "CITY", "HALL", "FUEL", "PRICES", "OVER"}},
      {"de",
       "PROTESTE IN KASACHSTAN: REGIERUNG TRITT ZURÜCK",
       {"KASACHSTAN|place"},
       {"PROTESTE", "REGIERUNG", "TRITT", "ZURÜCK"}},
      {"ru",
       "ПРОТЕСТЫ В КАЗАХСТАНЕ: ПРАВИТЕЛЬСТВО УШЛО В ОТСТАВКУ",
       {"КАЗАХСТАНЕ|place"},
       {"ПРОТЕСТЫ", "ПРАВИТЕЛЬСТВО", "УШЛО", "ОТСТАВКУ"}},
  };
  for (const Case& c : cases) {
    const std::vector<std::string> found = Found(Recognizer(), c.text, c.lang);
    for (const std::string& w : c.want)
      EXPECT_TRUE(Has(found, w)) << c.text << "\n  got" << Join(found);
    for (const std::string& n : c.not_found)
      EXPECT_FALSE(HasSurface(found, n)) << c.text << "\n  not " << n << "\n  got" << Join(found);
  }
}

// Defects reported to the lead: in a headline in capitals the English
// word "AS" is taken as the African Union (its fr/es/it/pl "UA"?, or a
// Cyrillic row), and the Russian preposition "В" as the Visegrád Group
// ("V4"). Enable when fixed.
TEST(Recognizer, HeadlineShortWordsAreNotGazetteerAbbreviations) {
  EXPECT_FALSE(HasSurface(
      Found(Recognizer(), "PROTESTERS STORM CITY HALL AS FUEL PRICES SOAR", "en"), "AS"));
  EXPECT_FALSE(HasSurface(
      Found(Recognizer(), "ПРОТЕСТЫ В КАЗАХСТАНЕ: ПРАВИТЕЛЬСТВО УШЛО В ОТСТАВКУ", "ru"), "В"));
}

// Scripts without capitals: gazetteer names only, and no crash.
TEST(Recognizer, CaselessScriptsGiveGazetteerNamesOnly) {
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"ar", "أعلن الرئيس قاسم جومارت توكاييف حالة الطوارئ في ألماتي"},
      {"zh", "托卡耶夫总统在阿拉木图会见了普京。哈萨克斯坦局势稳定。"},
  };
  for (const auto& [lang, text] : texts) {
    for (const Entity& e : Recognizer().RecognizeText(text, lang)) {
      ASSERT_FALSE(e.keys.empty()) << text;
      for (const std::string& k : e.keys) EXPECT_EQ(k.substr(0, 2), "g:") << text << " " << e.name;
    }
  }
  const std::vector<std::string> ar = Found(Recognizer(), texts[0].second, "ar");
  EXPECT_TRUE(Has(ar, "ألماتي|place")) << Join(ar);
}

// Defect reported to the lead: the Arabic preposition "في" ("in") folds to
// "fi", as Fiji does, and is taken as the country. Enable when fixed.
TEST(Recognizer, ArabicPrepositionIsNotFiji) {
  const std::vector<std::string> ar =
      Found(Recognizer(), "أعلن الرئيس حالة الطوارئ في ألماتي", "ar");
  EXPECT_FALSE(HasSurface(ar, "في")) << Join(ar);
}

TEST(Recognizer, BadInput) {
  for (const std::string lang : {"en", "de", "ru", "zz", ""}) {
    EXPECT_TRUE(Recognizer().RecognizeText("", lang).empty());
    EXPECT_TRUE(Recognizer().RecognizeText("...,;:!?()[]\u00ab\u00bb\u2014", lang).empty());
    EXPECT_TRUE(Recognizer().RecognizeText(std::string("\0\0\0", 3), lang).empty());
    const std::string bad =
        "\xff\xfe Tokayev \xc3 met \xe2\x82 Putin in Alm\xc3"
        "aty \xd0";
    const std::vector<std::string> found = Found(Recognizer(), bad, lang);
    EXPECT_LE(found.size(), 4u) << Join(found);
    Found(Recognizer(), "((((CSTO))))", lang);
    Found(Recognizer(), "CSTO (CSTO (CSTO (CSTO)))", lang);
    Found(Recognizer(), "A. B. C. D. E. F.", lang);
  }
  EXPECT_EQ(Recognizer().EntityOfName("", "en").keys.size(), 0u);
  EXPECT_EQ(Recognizer().EntityOfName("...", "en").keys.size(), 0u);
  EXPECT_EQ(Recognizer().EntityOfName("\xff\xfe", "en").keys.size(), 0u);
}

// The mentions RecognizeText finds in `text`, each inside the text.
size_t MentionsIn(const std::string& text, std::string_view lang) {
  size_t mentions = 0;
  for (const Entity& e : Recognizer().RecognizeText(text, lang)) {
    for (const EntityMention& m : e.mentions) {
      EXPECT_LE(m.span.end, text.size());
      ++mentions;
    }
  }
  return mentions;
}

std::string Repeat(std::string_view unit, size_t bytes) {
  std::string s;
  while (s.size() < bytes) s += unit;
  return s;
}

// A megabyte of capitalised words without a full stop (one sentence), and
// a megabyte of known names, every word a mention: both come out whole. How
// the time grows with the text is measured by BM_RecognizeNameRun in
// bench/annotate_bench.cc; a hang runs into ctest's per-test timeout.
TEST(Recognizer, MegabyteSentenceOfCapitalisedWords) {
  EXPECT_GT(MentionsIn(Repeat("Alpha Bravo Charlie Delta ", 1 << 20), "en"), 10000u);
}

TEST(Recognizer, MegabyteOfNames) {
  EXPECT_GT(MentionsIn(Repeat("Tokayev Almaty CSTO Nazarbayev ", 1 << 20), "en"), 100000u);
}

}  // namespace
}  // namespace parallax::annotate
