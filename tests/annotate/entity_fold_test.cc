// NameFolder (src/annotate/entity_fold.h) over the project's data/names/:
// ToAscii across scripts (Cyrillic ru/uk/kk, Greek, Georgian, Latin with
// diacritics, bare mode), Fold of name families that must meet and of
// names that must not, and GivenNameOutline. Names are from the public
// record; the expected spellings are what the data files promise.
#include "annotate/entity_fold.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "parallax/data_dir.h"

namespace parallax::annotate {
namespace {

const NameFolder& Folder() {
  static const NameFolder* folder = new NameFolder(FindDataDir());
  return *folder;
}

// A name written in a language.
struct Written {
  std::string name;
  std::string lang;
};

// The folded forms of one written name.
std::vector<std::string> Folds(const Written& w) {
  std::vector<std::string> out;
  Folder().Fold(Folder().ToAscii(w.name, w.lang), w.lang, out);
  return out;
}

std::string Describe(const Written& w) {
  std::string s = w.name + " (" + w.lang + "):";
  for (const std::string& f : Folds(w)) s += " " + f;
  return s;
}

// The folds every name of `family` has.
std::vector<std::string> CommonFolds(const std::vector<Written>& family) {
  std::vector<std::string> common = Folds(family.front());
  for (size_t i = 1; i < family.size(); ++i) {
    const std::vector<std::string> f = Folds(family[i]);
    std::erase_if(
        common, [&](const std::string& c) { return std::find(f.begin(), f.end(), c) == f.end(); });
  }
  return common;
}

bool Meet(const Written& a, const Written& b) { return !CommonFolds({a, b}).empty(); }

TEST(ToAscii, RussianCyrillic) {
  EXPECT_EQ(Folder().ToAscii("Токаев", "ru"), "tokayev");
  EXPECT_EQ(Folder().ToAscii("Хрущёв", "ru"), "khrushchev");
  EXPECT_EQ(Folder().ToAscii("Ельцин", "ru"), "yeltsin");
  EXPECT_EQ(Folder().ToAscii("Сергей", "ru"), "sergey");
  EXPECT_EQ(Folder().ToAscii("Щукин", "ru"), "shchukin");
}

TEST(ToAscii, UkrainianRulesForUkrainian) {
  EXPECT_EQ(Folder().ToAscii("Володимир", "uk"), "volodymyr");
  EXPECT_EQ(Folder().ToAscii("Харків", "uk"), "kharkiv");
  EXPECT_EQ(Folder().ToAscii("Сергій", "uk"), "serhiy");
  // The same letters read by the Russian rules give a different spelling.
  EXPECT_NE(Folder().ToAscii("Сергій", "uk"), Folder().ToAscii("Сергій", "ru"));
}

TEST(ToAscii, KazakhCyrillic) {
  // Kazakh-Latin/BGN writes қ as q (the spelling rules fold q to k).
  EXPECT_EQ(Folder().ToAscii("Тоқаев", "kk"), "toqaev");
  EXPECT_EQ(Folder().ToAscii("Қасым-Жомарт", "kk"), "qasym-zhomart");
  EXPECT_EQ(Folder().ToAscii("Алматы", "kk"), "almaty");
  EXPECT_EQ(Folder().ToAscii("Шымкент", "kk"), "shymkent");
  EXPECT_EQ(Folder().ToAscii("Әлихан", "kk"), "alikhan");
}

// Defect reported to the lead: the Kazakh letters Ө, Ү, Ұ (and Ң, Һ) are
// dropped, so Ақтөбе gives "aktbe", Өскемен "skemen", Ұлытау "lytau" and
// they never meet Aktobe, Oskemen, Ulytau. Enable when fixed.
TEST(ToAscii, KazakhLettersOutsideRussian) {
  const std::string aktobe = Folder().ToAscii("Ақтөбе", "kk");
  EXPECT_EQ(aktobe.size(), 6u) << aktobe;
  EXPECT_EQ(aktobe.substr(0, 3), "aqt") << aktobe;  // Kazakh-Latin/BGN: қ = q
  EXPECT_EQ(Folder().ToAscii("Өскемен", "kk").size(), 7u);
  EXPECT_EQ(Folder().ToAscii("Ұлытау", "kk").size(), 6u);
  EXPECT_TRUE(Meet({"Ақтөбе", "kk"}, {"Aktobe", "en"}));
}

TEST(ToAscii, GreekAndGeorgian) {
  const std::string athens = Folder().ToAscii("Αθήνα", "el");
  EXPECT_FALSE(athens.empty());
  EXPECT_EQ(athens.substr(0, 2), "at") << athens;
  EXPECT_EQ(Folder().ToAscii("თბილისი", "ka"), "tbilisi");
}

TEST(ToAscii, OutputIsLowerCaseAsciiLettersAndHyphens) {
  for (const Written& w : std::vector<Written>{{"Αθήνα", "el"},
                                               {"თბილისი", "ka"},
                                               {"Қасым-Жомарт", "kk"},
                                               {"Łukaszenka", "pl"},
                                               {"O'Brien", "en"},
                                               {"Зеленський", "uk"},
                                               {"普京", "zh"},
                                               {"بوتين", "ar"}}) {
    const std::string a = Folder().ToAscii(w.name, w.lang);
    EXPECT_FALSE(a.empty()) << w.name;
    for (char c : a) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '-') << w.name << " -> " << a;
  }
}

TEST(ToAscii, LatinDiacriticsTakeTheirSpelling) {
  EXPECT_EQ(Folder().ToAscii("Dvořák", "cs"), "dvorzhak");
  EXPECT_EQ(Folder().ToAscii("Babiš", "cs"), "babish");
  EXPECT_EQ(Folder().ToAscii("Żółć", "pl"), "zholch");
  EXPECT_EQ(Folder().ToAscii("Wałęsa", "pl"), "walesa");
  EXPECT_EQ(Folder().ToAscii("Müller", "de"), "muller");
  EXPECT_EQ(Folder().ToAscii("Straße", "de"), "strasse");
  EXPECT_EQ(Folder().ToAscii("Tokaïev", "fr"), "tokaiev");
}

TEST(ToAscii, BareDropsDiacriticsButKeepsLettersWithoutDecomposition) {
  EXPECT_EQ(Folder().ToAscii("Dvořák", "cs", true), "dvorak");
  EXPECT_EQ(Folder().ToAscii("Babiš", "cs", true), "babis");
  EXPECT_EQ(Folder().ToAscii("Čapek", "cs", true), "capek");
  EXPECT_EQ(Folder().ToAscii("Żółć", "pl", true), "zolc");
  // ł and ß have no decomposition: they keep their letters.tsv spelling.
  EXPECT_EQ(Folder().ToAscii("Wałęsa", "pl", true), "walesa");
  EXPECT_EQ(Folder().ToAscii("Straße", "de", true), "strasse");
}

TEST(ToAscii, ApostrophesAndNonLetters) {
  EXPECT_EQ(Folder().ToAscii("O'Brien", "en"), "obrien");
  EXPECT_EQ(Folder().ToAscii("Kassym-Jomart", "en"), "kassym-jomart");
  EXPECT_EQ(Folder().ToAscii("", "en"), "");
  EXPECT_EQ(Folder().ToAscii("123", "en"), "");
  EXPECT_EQ(Folder().ToAscii("\xff\xfe", "en"), "");
}

TEST(Fold, NoLettersGivesNoForm) {
  std::vector<std::string> out;
  Folder().Fold("", "en", out);
  Folder().Fold("---", "en", out);
  EXPECT_TRUE(out.empty());
}

TEST(Fold, NeverMoreThanTwoForms) {
  for (const Written& w : std::vector<Written>{{"Chruszczow", "pl"},
                                               {"Chruschtschow", "de"},
                                               {"Kaczyński", "pl"},
                                               {"Jelzin", "de"},
                                               {"Kassym-Jomart", "en"}}) {
    const std::vector<std::string> f = Folds(w);
    EXPECT_GE(f.size(), 1u) << w.name;
    EXPECT_LE(f.size(), 2u) << Describe(w);
  }
}

// Each family: one person or place in several languages; all its names
// share a fold.
TEST(Fold, FamiliesMeet) {
  const std::vector<std::vector<Written>> families = {
      {{"Tokayev", "en"},
       {"Tokajew", "de"},
       {"Tokajew", "pl"},
       {"Tokajev", "cs"},
       {"Tokaïev", "fr"},
       {"Токаев", "ru"},
       {"Тоқаев", "kk"}},
      {{"Zelensky", "en"},
       {"Selenskyj", "de"},
       {"Zełenski", "pl"},
       {"Зеленский", "ru"},
       {"Зеленський", "uk"}},
      {{"Khrushchev", "en"}, {"Chruschtschow", "de"}, {"Chruszczow", "pl"}, {"Хрущёв", "ru"}},
      {{"Yeltsin", "en"}, {"Jelzin", "de"}, {"Jelcyn", "pl"}, {"Ельцин", "ru"}},
  };
  for (const auto& family : families) {
    std::string all;
    for (const Written& w : family) all += "\n  " + Describe(w);
    EXPECT_FALSE(CommonFolds(family).empty()) << "no common fold:" << all;
  }
}

TEST(Fold, DifferentNamesStayApart) {
  const std::vector<std::pair<Written, Written>> apart = {
      {{"Putin", "en"}, {"Patten", "en"}},          {{"Putin", "de"}, {"Patten", "en"}},
      {{"Aliyev", "en"}, {"Alimov", "en"}},         {{"Алиев", "ru"}, {"Алимов", "ru"}},
      {{"Kazakhstan", "en"}, {"Kyrgyzstan", "en"}}, {{"Kasachstan", "de"}, {"Kirgisistan", "de"}},
      {{"Казахстан", "ru"}, {"Киргизия", "ru"}},
  };
  for (const auto& [a, b] : apart) {
    EXPECT_FALSE(Meet(a, b)) << Describe(a) << " | " << Describe(b);
  }
}

TEST(GivenNameOutline, SameGivenNameAcrossLanguages) {
  auto outline = [](const Written& w) { return GivenNameOutline(Folds(w).front()); };
  EXPECT_EQ(outline({"Vladimir", "en"}), outline({"Volodymyr", "en"}));
  EXPECT_EQ(outline({"Władimir", "pl"}), outline({"Володимир", "uk"}));
  EXPECT_EQ(outline({"Wladimir", "de"}), outline({"Владимир", "ru"}));
  EXPECT_EQ(outline({"Sergei", "en"}), outline({"Serhiy", "en"}));
  EXPECT_EQ(outline({"Yulia", "en"}), outline({"Julija", "de"}));
  EXPECT_EQ(outline({"Yulia", "en"}), outline({"Юлия", "ru"}));
}

TEST(GivenNameOutline, DifferentGivenNamesStayApart) {
  EXPECT_NE(GivenNameOutline("ivan"), GivenNameOutline("ivana"));
  EXPECT_NE(GivenNameOutline("yulia"), GivenNameOutline("lilia"));
  EXPECT_NE(GivenNameOutline("heidar"), GivenNameOutline("ilham"));
}

TEST(GivenNameOutline, Rules) {
  EXPECT_EQ(GivenNameOutline("vladimir"), "vldmr");
  EXPECT_EQ(GivenNameOutline("volodimir"), "vldmr");
  EXPECT_EQ(GivenNameOutline("ivana"), "vna");                // a final "a" is kept
  EXPECT_EQ(GivenNameOutline("yulia"), "yla");                // a first "y" is kept
  EXPECT_EQ(GivenNameOutline("serhi"), "srg");                // h is written g
  EXPECT_EQ(GivenNameOutline("kasim-shomart"), "ksm-sgmrt");  // parts keep their hyphen
  EXPECT_EQ(GivenNameOutline(""), "");
}

}  // namespace
}  // namespace parallax::annotate
