// The date lexicon's loader (date_lexicon.cc): the `homograph` month flag,
// the "letters=" option of @fold_accents and their errors. Sentences are
// this test's own writing.
#include "annotate/date_lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "date_test_util.h"
#include "parallax/error.h"

namespace parallax::annotate {
namespace {

using testing::Dates;
using testing::Text;

// Writes `words` as date_words.tsv of language `lang` under a fresh
// folder of the test's temporary directory; returns the folder.
std::string WriteLang(const std::string& name, const std::string& lang, const std::string& words) {
  const std::string dir = ::testing::TempDir() + "/" + name;
  std::filesystem::create_directories(dir + "/" + lang);
  std::ofstream out(dir + "/" + lang + "/date_words.tsv");
  out << "# header\n" << words;
  return dir;
}

// The error message of loading `lang` from `dir`, or "" when it loads.
std::string LoadError(const std::string& dir, const std::string& lang) {
  try {
    DateLexicon::Load(dir, lang);
  } catch (const DataError& e) {
    return e.what();
  }
  return "";
}

TEST(DateLexicon, HomographMonthIsTheVerbBeforeAnUnknownWord) {
  // "may" is the row `may month 5 homograph` of data/en/date_words.tsv.
  EXPECT_TRUE(Dates("en", "Whether the truce holds this may depend on the vote.").empty());
  EXPECT_TRUE(Dates("en", "Talks that began last may resume after the election.").empty());
  const std::string text = "The regional fair opens this May in Leeds.";
  const auto d = Dates("en", text);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(Text(text, d[0]), "this May");
  EXPECT_EQ(d[0].value, "2022-05");
}

TEST(DateLexicon, HomographFlagOnlyOnMonthRows) {
  EXPECT_EQ(
      LoadError(WriteLang("date_lex_homograph_ok", "xx", "mars\tmonth\t3\thomograph\n"), "xx"), "");
  const std::string bad =
      LoadError(WriteLang("date_lex_homograph_bad", "xx", "friday\tweekday\t5\thomograph\n"), "xx");
  EXPECT_NE(bad.find("date_words.tsv:2"), std::string::npos) << bad;
}

TEST(DateLexicon, FoldAccentsLettersOption) {
  // Polish lists "letters=ł:l": "zeszłym" typed without its diacritic.
  const std::string pl = "Umowę z przewoźnikiem podpisano w zeszlym tygodniu w Gdańsku.";
  const auto d = Dates("pl", pl);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(Text(pl, d[0]), "zeszlym tygodniu");
  EXPECT_EQ(d[0].value, "2022-W01");
  // Any language may list such letters; without the option "ø" stays.
  const std::string with =
      WriteLang("date_lex_letters", "xx", "@fold_accents\tyes\tletters=ø:o\nsøndag\tweekday\t7\n");
  const std::string without =
      WriteLang("date_lex_no_letters", "xx", "@fold_accents\tyes\nsøndag\tweekday\t7\n");
  const std::string text = "Færgen sejlede igen sondag efter stormen.";
  const ReferenceTime ref = testing::Ref("2022-01-10");
  EXPECT_EQ(FindDateMentions(text, {}, *DateLexicon::Load(with, "xx"), ref).size(), 1u);
  EXPECT_TRUE(FindDateMentions(text, {}, *DateLexicon::Load(without, "xx"), ref).empty());
}

TEST(DateLexicon, FoldAccentsMalformedOptions) {
  for (const char* option : {"letters=ł", "letters=łl:l", "letters=ł:", "spelling=ł:l"}) {
    SCOPED_TRACE(option);
    const std::string error = LoadError(
        WriteLang("date_lex_fold_bad", "xx", std::string("@fold_accents\tyes\t") + option + "\n"),
        "xx");
    EXPECT_NE(error.find("date_words.tsv:2"), std::string::npos) << error;
  }
}

}  // namespace
}  // namespace parallax::annotate
