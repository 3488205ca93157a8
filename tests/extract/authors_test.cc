#include "extract/authors.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "parallax/error.h"
#include "parallax/html_text.h"

namespace parallax::authors {
namespace {

using Names = std::vector<std::string>;

const AuthorLexicon* Lex() {
  const AuthorLexicon* lexicon = DefaultAuthorLexicon();
  EXPECT_NE(lexicon, nullptr);
  return lexicon;
}

TEST(CleanNames, StripsBylineWordAndSplitsOnJoiners) {
  EXPECT_EQ(CleanNames("By Anna Kowalska", Lex()), Names({"Anna Kowalska"}));
  EXPECT_EQ(CleanNames("Anna Nowak and Jan Kowal", Lex()), Names({"Anna Nowak", "Jan Kowal"}));
  EXPECT_EQ(CleanNames("Anna Nowak, Jan Kowal", Lex()), Names({"Anna Nowak", "Jan Kowal"}));
  EXPECT_EQ(CleanNames("Von Grete Sommer und Ole Brink", Lex()),
            Names({"Grete Sommer", "Ole Brink"}));
  EXPECT_EQ(CleanNames("Par Jeanne Dupont et Luc Martin", Lex()),
            Names({"Jeanne Dupont", "Luc Martin"}));
  EXPECT_EQ(CleanNames("Autor: Jan Nowak", Lex()), Names({"Jan Nowak"}));
  EXPECT_EQ(CleanNames("Por María Pérez y Lucía Gómez", Lex()),
            Names({"María Pérez", "Lucía Gómez"}));
  EXPECT_EQ(CleanNames("Автор: Иван Петров", Lex()), Names({"Иван Петров"}));
  EXPECT_EQ(CleanNames("WRITTEN BY Tom Reed & Sue Hall", Lex()), Names({"Tom Reed", "Sue Hall"}));
}

TEST(CleanNames, DropsRolesMailDatesAndUpdates) {
  EXPECT_EQ(CleanNames("Mara Lind | Staff Writer", Lex()), Names({"Mara Lind"}));
  EXPECT_EQ(CleanNames("Mara Lind, Correspondent", Lex()), Names({"Mara Lind"}));
  EXPECT_EQ(CleanNames("Mara Lind mara.lind@example.org", Lex()), Names({"Mara Lind"}));
  EXPECT_EQ(CleanNames("Piotr Zych, 3 maja 2021", Lex()), Names({"Piotr Zych"}));
  EXPECT_EQ(CleanNames("Von Paul Stein 12.04.2020 aktualisiert", Lex()), Names({"Paul Stein"}));
  EXPECT_EQ(CleanNames("Tim Roth Updated 4 hours ago", Lex()), Names({"Tim Roth"}));
  EXPECT_EQ(CleanNames("https://example.org/people/tim", Lex()), Names());
  EXPECT_EQ(CleanNames("", Lex()), Names());
  // A sentence is no name.
  EXPECT_EQ(CleanNames("This article was put together by many people over many long nights", Lex()),
            Names());
}

TEST(CleanNames, OrganisationOnlyWhenNobodyElseIsNamed) {
  EXPECT_EQ(CleanNames("Redaktion", Lex()), Names({"Redaktion"}));
  EXPECT_EQ(CleanNames("Lena Hartl, Redaktion", Lex()), Names({"Lena Hartl"}));
  EXPECT_EQ(CleanNames("Staff", Lex()), Names({"Staff"}));
  EXPECT_EQ(CleanNames("admin", Lex()), Names({"admin"}));
}

TEST(CleanNames, KeepsUserNamesAndDropsTrailingLowerCaseWords) {
  EXPECT_EQ(CleanNames("kaffeetante77", Lex()), Names({"kaffeetante77"}));
  EXPECT_EQ(CleanNames("Ines Vogt am", Lex()), Names({"Ines Vogt"}));
}

TEST(CleanNames, WorksWithoutLexicon) {
  EXPECT_EQ(CleanNames("Ines Vogt; Bo Lund", nullptr), Names({"Ines Vogt", "Bo Lund"}));
}

TEST(BylineNames, FindsTheBylineAfterTheHeading) {
  const std::string text =
      "Home\n\nBy Editors Choice\n\nRiver levels rise in the valley\n\nBy Hanna Berg and Olaf "
      "Teige\n\nThe water came overnight.";
  EXPECT_EQ(BylineNames(text, "River levels rise in the valley", Lex(), "en"),
            Names({"Hanna Berg", "Olaf Teige"}));
  // No heading, or a heading not in the text: the top of the article is unknown.
  EXPECT_EQ(BylineNames(text, "", Lex(), "en"), Names());
  EXPECT_EQ(BylineNames(text, "Another title", Lex(), "en"), Names());
}

TEST(BylineNames, DatedLinesAndSplitLines) {
  EXPECT_EQ(BylineNames("Titel\n\n14.03.2022 von Karl Maus\n\nText.", "Titel", Lex(), "de"),
            Names({"Karl Maus"}));
  EXPECT_EQ(BylineNames("Titel\n\nVon\n\nKarl Maus\n\nText.", "Titel", Lex(), "de"),
            Names({"Karl Maus"}));
  EXPECT_EQ(BylineNames("Заголовок\n\nАвтор: Ольга Смирнова\n\nТекст.", "Заголовок", Lex(), "ru"),
            Names({"Ольга Смирнова"}));
  // Prose that happens to contain "by" is no byline; a lower-case word after
  // the byline word is no name.
  EXPECT_EQ(BylineNames("Title\n\nThe bridge was built by Romans long ago.", "Title", Lex(), "en"),
            Names());
  EXPECT_EQ(BylineNames("Titel\n\nVon einem Kollegen geschrieben", "Titel", Lex(), "de"), Names());
}

TEST(NameFromAuthorUrl, SpellsTheSlugAsTheTextWritesIt) {
  const std::string text = "Posted in News\nwritten by Zofia Łuczak on Monday\n";
  EXPECT_EQ(NameFromAuthorUrl("https://blog.example/author/zofia-luczak/", text), "Zofia Łuczak");
  EXPECT_EQ(NameFromAuthorUrl("/autorzy/zofia_luczak?ref=top", text), "Zofia Łuczak");
  EXPECT_EQ(NameFromAuthorUrl("https://blog.example/author/maria-luczak/", text), "");
  EXPECT_EQ(NameFromAuthorUrl("https://blog.example/author/zofia/", text), "");  // one word
  EXPECT_EQ(NameFromAuthorUrl("https://blog.example/author/12345/", text), "");
  EXPECT_EQ(NameFromAuthorUrl("", text), "");
}

TEST(AuthorLexicon, MalformedLineThrows) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "parallax_authors_test_data";
  fs::create_directories(dir / "xx");
  std::ofstream(dir / "xx" / "author_words.tsv") << "# header\nund\tsometimes\n";
  EXPECT_THROW(AuthorLexicon(dir.string(), nullptr), DataError);
  fs::remove_all(dir);
}

TEST(AuthorLexicon, ClassWordsAreKeptApart) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "parallax_authors_test_class";
  fs::create_directories(dir / "xx");
  std::ofstream(dir / "xx" / "author_words.tsv") << "# header\nskribent\tclass\nog\tjoiner\n";
  AuthorLexicon lex(dir.string(), nullptr);
  EXPECT_EQ(lex.ClassWords(), std::vector<std::string>{"skribent"});
  // A class word is no joiner, role or cut inside a name.
  EXPECT_EQ(CleanNames("Skribent Ola og Kari", &lex), Names({"Skribent Ola", "Kari"}));
  std::ofstream(dir / "xx" / "author_words.tsv", std::ios::trunc) << "# header\n\tclass\n";
  EXPECT_THROW(AuthorLexicon(dir.string(), nullptr), DataError);
  fs::remove_all(dir);
  // The shipped data has the German and French words.
  const std::vector<std::string>& words = Lex()->ClassWords();
  EXPECT_NE(std::find(words.begin(), words.end(), "autor"), words.end());
  EXPECT_NE(std::find(words.begin(), words.end(), "auteur"), words.end());
}

// Through the renderer: the order of sources and the site-name rule.
TEST(HtmlAuthors, StructuredMetadataFirst) {
  HtmlText out = RenderHtml(
      "<html><head><meta name=author content='Nina Falk | Senior Reporter'></head><body>"
      "<h1>Storm</h1><p>By Rolf Brand</p><p>Text of the story here.</p></body></html>");
  EXPECT_EQ(out.meta.authors, Names({"Nina Falk"}));
}

TEST(HtmlAuthors, ItempropAndRelAuthor) {
  HtmlText a = RenderHtml(
      "<html><body><h1>Storm</h1><div itemprop=author itemscope><meta itemprop=name "
      "content='Vera Holm'></div><p>Text.</p></body></html>");
  EXPECT_EQ(a.meta.authors, Names({"Vera Holm"}));
  HtmlText b = RenderHtml(
      "<html><body><h1>Storm</h1><p><a rel=author href='/author/vera-holm/'>Vera Holm</a></p>"
      "<p>Text.</p></body></html>");
  EXPECT_EQ(b.meta.authors, Names({"Vera Holm"}));
}

TEST(HtmlAuthors, VisibleBylineWhenNothingElse) {
  HtmlText out = RenderHtml(
      "<html lang=pl><body><nav>Menu</nav><h1>Burza nad miastem</h1><div>Autor: Jan Nowak</div>"
      "<p>Tekst artykułu.</p></body></html>");
  EXPECT_EQ(out.meta.authors, Names({"Jan Nowak"}));
}

TEST(HtmlAuthors, SiteNameIsNoAuthorWhenSomeoneElseIsNamed) {
  HtmlText a = RenderHtml(
      "<html><head><meta property='og:site_name' content='Valley Post'>"
      "<meta name=author content='Valley Post'></head><body><h1>Storm</h1>"
      "<p>By Edda Rune</p><p>Text.</p></body></html>");
  EXPECT_EQ(a.meta.authors, Names({"Edda Rune"}));
  HtmlText b = RenderHtml(
      "<html><head><meta property='og:site_name' content='Valley Post'>"
      "<meta name=author content='Valley Post'></head><body><h1>Storm</h1><p>Text.</p></body>"
      "</html>");
  EXPECT_EQ(b.meta.authors, Names({"Valley Post"}));
}

}  // namespace
}  // namespace parallax::authors
