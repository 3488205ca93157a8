#include "parallax/scrape_text.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/scrape_junk.h"
#include "parallax/data_dir.h"
#include "parallax/error.h"
#include "parallax/plain_text.h"

namespace parallax {
namespace {

const ScrapeCleaner& Cleaner() {
  static const ScrapeCleaner* cleaner = new ScrapeCleaner(FindDataDir());
  return *cleaner;
}

std::string Para(const CleanText& t, size_t i) {
  const Span& s = t.paragraphs.at(i);
  return t.text.substr(s.start, s.end - s.start);
}

// Letters and digits only: what must survive unwrapping, space collapsing and
// de-hyphenation unchanged.
std::string Squash(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\n' && c != '\t' && c != '-') out.push_back(c);
  }
  return out;
}

// Every output byte that is not a space or a line break is the input byte it
// maps to, and every paragraph's input span holds the same words.
void ExpectMapsBack(const CleanText& t, std::string_view in) {
  for (size_t i = 0; i < t.text.size(); ++i) {
    if (t.text[i] == ' ' || t.text[i] == '\n') continue;
    const size_t at = t.to_input.ToInput(i);
    ASSERT_LT(at, in.size());
    ASSERT_EQ(t.text[i], in[at]) << "text offset " << i;
  }
  for (size_t p = 0; p < t.paragraphs.size(); ++p) {
    const Span& s = t.paragraphs[p];
    auto [a, b] = t.to_input.SpanToInput(s.start, s.end);
    ASSERT_LE(a, b);
    ASSERT_LE(b, in.size());
    EXPECT_EQ(Squash(Para(t, p)), Squash(in.substr(a, b - a))) << "paragraph " << p;
  }
}

std::string ReasonOf(const CleanText& t, std::string_view needle) {
  for (const RemovedBlock& b : t.removed) {
    if (b.text.find(needle) != std::string::npos) return b.reason;
  }
  return "";
}

bool Kept(const CleanText& t, std::string_view needle) {
  return t.text.find(needle) != std::string::npos;
}

size_t Columns(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// Greedy fixed-width wrap of `paragraph` at `width` characters; with
// `justify`, spaces are padded so every line but the last reaches the width.
std::string Wrap(std::string_view paragraph, size_t width, bool justify) {
  std::vector<std::string> words;
  std::istringstream in{std::string(paragraph)};
  for (std::string w; in >> w;) words.push_back(w);
  std::vector<std::vector<std::string>> lines(1);
  size_t len = 0;
  for (const std::string& w : words) {
    if (!lines.back().empty() && len + 1 + Columns(w) > width) {
      lines.emplace_back();
      len = 0;
    }
    len += (lines.back().empty() ? 0 : 1) + Columns(w);
    lines.back().push_back(w);
  }
  std::string out;
  for (size_t l = 0; l < lines.size(); ++l) {
    const auto& ws = lines[l];
    size_t chars = 0;
    for (const auto& w : ws) chars += Columns(w);
    size_t gaps = ws.size() - 1;
    size_t spaces = gaps;
    if (justify && l + 1 < lines.size() && gaps > 0) spaces = width - chars;
    for (size_t i = 0; i < ws.size(); ++i) {
      out += ws[i];
      if (i < gaps) out += std::string(spaces / gaps + (i < spaces % gaps ? 1 : 0), ' ');
    }
    if (l + 1 < lines.size()) out += '\n';
  }
  return out;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// --- The forum sample ------------------------------------------------------

TEST(ScrapeText, ForumSample) {
  const std::string raw =
      ReadFile(std::string(PARALLAX_SOURCE_DIR) + "/examples/corpus/de_forum_steppenfuchs.txt");
  ASSERT_FALSE(raw.empty());
  const PlainText plain = RenderPlainText(raw);
  const CleanText t = Cleaner().Clean(plain.text, "de");
  ExpectMapsBack(t, plain.text);

  EXPECT_EQ(ReasonOf(t, "Share this:"), "share");
  EXPECT_EQ(ReasonOf(t, "Facebook   Twitter"), "share");
  EXPECT_EQ(ReasonOf(t, "0 Comments"), "comments");
  EXPECT_EQ(ReasonOf(t, "Notify of"), "comments");
  EXPECT_EQ(ReasonOf(t, "View all comments"), "comments");
  EXPECT_EQ(ReasonOf(t, "bc1qx0gh90egexa5z6687g9gfpgmgp9902rs8d85tn"), "fundraising");
  EXPECT_EQ(ReasonOf(t, "IBAN DE28"), "fundraising");
  EXPECT_EQ(ReasonOf(t, "Dieses Forum ist werbefrei"), "fundraising");
  EXPECT_EQ(ReasonOf(t, "Last Updated on 24. April 2022"), "boilerplate");
  EXPECT_EQ(ReasonOf(t, "Eurasien-Forum"), "navigation");
  EXPECT_FALSE(Kept(t, "Spende"));
  EXPECT_FALSE(Kept(t, "Comments"));

  // The article stays, unwrapped.
  EXPECT_TRUE(Kept(t,
                   "Seit einer Woche schaue ich fast nur noch nach Kasachstan, und je mehr ich "
                   "lese, desto weniger glaube ich die offizielle Geschichte."));
  EXPECT_TRUE(Kept(t, "zum Jahreswechsel von 60 auf 120 Tenge"));
  EXPECT_TRUE(Kept(t, "während die Sicherheitskräfte stundenlang"));
  EXPECT_TRUE(Kept(t, "eine Firma in Nur-Sultan arbeitet"));
  EXPECT_TRUE(Kept(t, "Die letzten OVKS-Truppen haben"));
  EXPECT_TRUE(Kept(t, "liegen angeblich 400- glaubt das hier"));
  EXPECT_TRUE(Kept(t, "Der Rest meines Beitrags gilt aus meiner Sicht weiterhin."));
  EXPECT_TRUE(Kept(t, "Thema: Kasachstan brennt"));
  EXPECT_EQ(t.text.find("  "), std::string::npos);
  EXPECT_EQ(t.text.find("Jahres-"), std::string::npos);
  // Seven paragraphs of the post, the title line and the byline.
  EXPECT_EQ(t.paragraphs.size(), 8u);
  for (size_t p = 0; p < t.paragraphs.size(); ++p) {
    EXPECT_EQ(Para(t, p).find('\n'), std::string::npos) << Para(t, p);
  }
}

// --- Rule files' own examples ----------------------------------------------

TEST(ScrapeText, LexiconExamples) {
  const std::string prose =
      "The council met on Tuesday evening to discuss the new bus routes, and after a long "
      "debate the members agreed to test two of them in the spring before deciding anything "
      "for the whole city.";
  size_t count = 0;
  for (const auto& dir : std::filesystem::directory_iterator(FindDataDir())) {
    const std::string path = (dir.path() / "junk.tsv").string();
    if (!std::filesystem::exists(path)) continue;
    std::istringstream in(ReadFile(path));
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("# example: ", 0) != 0) continue;
      const size_t tab = line.find('\t');
      ASSERT_NE(tab, std::string::npos) << path << ": " << line;
      const std::string example = line.substr(11, tab - 11);
      const std::string expect = line.substr(tab + 1);
      const std::string doc = prose + "\n\n" + example + "\n";
      const CleanText t = Cleaner().Clean(doc, dir.path().filename().string());
      ExpectMapsBack(t, doc);
      if (expect == "keep") {
        EXPECT_TRUE(Kept(t, example)) << path << ": " << example;
        EXPECT_EQ(ReasonOf(t, example), "") << path << ": " << example;
      } else {
        EXPECT_EQ(ReasonOf(t, example), expect) << path << ": " << example;
        EXPECT_FALSE(Kept(t, example)) << path << ": " << example;
      }
      EXPECT_TRUE(Kept(t, "The council met on Tuesday evening")) << example;
      ++count;
    }
  }
  EXPECT_GE(count, 60u);
}

// --- Texts written for this test, in five languages --------------------------

TEST(ScrapeText, GermanNewsPortalWrappedAt60) {
  const std::string body1 =
      "Der Stadtrat von Lindenau hat am Donnerstag nach einer langen Sitzung beschlossen, die "
      "alte Brücke über die Mulde bis zum Herbst zu sperren. Gutachter hatten Risse in zwei "
      "Pfeilern gefunden, die nach ihren Angaben schneller wachsen als erwartet.";
  const std::string body2 =
      "Pendler müssen nun einen Umweg von zwölf Kilometern fahren. Die Verkehrsbetriebe "
      "wollen deshalb ab Montag zusätzliche Busse einsetzen, die im Zehn-Minuten-Takt "
      "zwischen Bahnhof und Gewerbegebiet pendeln sollen.";
  const std::string doc = "Startseite | Region | Verkehr\n\nBrücke in Lindenau gesperrt\n\n" +
                          Wrap(body1, 60, true) + "\n\nFoto: Lindenauer Bote / P. Sommer\n\n" +
                          Wrap(body2, 60, true) +
                          "\n\nArtikel teilen\nFacebook\nWhatsApp\nE-Mail\n\nDas könnte Sie "
                          "auch interessieren\n\nAnzeige\n\nKommentare (2)\n\nKlaus M. schrieb: "
                          "Endlich tut sich was, das war überfällig.\n\nAntworten\n";
  const CleanText t = Cleaner().Clean(doc, "de");
  ExpectMapsBack(t, doc);
  ASSERT_EQ(t.paragraphs.size(), 3u) << t.text;
  EXPECT_EQ(Para(t, 0), "Brücke in Lindenau gesperrt");
  EXPECT_EQ(Para(t, 1), body1);
  EXPECT_EQ(Para(t, 2), body2);
  EXPECT_EQ(ReasonOf(t, "Startseite | Region"), "navigation");
  EXPECT_EQ(ReasonOf(t, "Foto: Lindenauer Bote"), "credit");
  EXPECT_EQ(ReasonOf(t, "Artikel teilen"), "share");
  EXPECT_EQ(ReasonOf(t, "WhatsApp"), "share");
  EXPECT_EQ(ReasonOf(t, "Das könnte Sie"), "related");
  EXPECT_EQ(ReasonOf(t, "Anzeige"), "advert");
  EXPECT_EQ(ReasonOf(t, "Kommentare (2)"), "comments");
  EXPECT_EQ(ReasonOf(t, "Endlich tut sich was"), "comments");
}

TEST(ScrapeText, GermanHyphensAtLineEnds) {
  // Wrapped at about 45 columns, by hand, with hyphens at line ends.
  const std::string doc =
      "In der Nacht zum Sonntag haben die Einsatz-\n"
      "kräfte der Feuerwehr das Hochwasser an der\n"
      "Elbe-Brücke gestoppt. Die Stadtverwaltung\n"
      "von Dresden spricht von etwa 300-\n"
      "400 betroffenen Häusern in Sachsen-\n"
      "Anhalt und Sachsen, die Landes-\n"
      "regierung will am Montag beraten.";
  const CleanText t = Cleaner().Clean(doc, "de");
  ExpectMapsBack(t, doc);
  ASSERT_EQ(t.paragraphs.size(), 1u) << t.text;
  EXPECT_EQ(t.text,
            "In der Nacht zum Sonntag haben die Einsatzkräfte der Feuerwehr das Hochwasser an "
            "der Elbe-Brücke gestoppt. Die Stadtverwaltung von Dresden spricht von etwa 300- 400 "
            "betroffenen Häusern in Sachsen-Anhalt und Sachsen, die Landesregierung will am "
            "Montag beraten.");
}

TEST(ScrapeText, EnglishHyphenEvidenceAndRaggedWrap) {
  // "long-term" is written with its hyphen elsewhere in the text, so the
  // split at the line end keeps it; "govern-ment" is a split word.
  const std::string doc =
      "The long-term plan was announced on Monday, and\n"
      "under the new rules all of the province's long-\n"
      "term contracts signed by the previous govern-\n"
      "ment will be reviewed by an independent panel,\n"
      "officials said.\n"
      "\n"
      "Filed under: Politics, Provinces\n"
      "\n"
      "Support our journalism\n"
      "\n"
      "Tags: budget, contracts";
  const CleanText t = Cleaner().Clean(doc, "en");
  ExpectMapsBack(t, doc);
  ASSERT_EQ(t.paragraphs.size(), 1u) << t.text;
  EXPECT_EQ(Para(t, 0),
            "The long-term plan was announced on Monday, and under the new rules all of the "
            "province's long-term contracts signed by the previous government will be reviewed "
            "by an independent panel, officials said.");
  EXPECT_EQ(ReasonOf(t, "Filed under"), "navigation");
  EXPECT_EQ(ReasonOf(t, "Support our journalism"), "fundraising");
  EXPECT_EQ(ReasonOf(t, "Tags: budget"), "navigation");
}

TEST(ScrapeText, EnglishShortLinesKeepTheirBreaks) {
  const std::string body =
      "Rescue teams reached the last of the flooded villages on Saturday, three days after the "
      "river broke its banks. Most residents had already left for higher ground, but a few "
      "stayed behind to look after their animals.";
  const std::string doc =
      "By Mere Tauiliili\nNuku'alofa, 14 January\n\n" + Wrap(body, 50, false) +
      "\n\nWhat you need to know:\n- roads to the airport are closed\n- schools "
      "reopen on Thursday\n\nRelated\n\nFloods cut power to the capital\n\nWhy "
      "the river rose so fast\n";
  const CleanText t = Cleaner().Clean(doc, "en");
  ExpectMapsBack(t, doc);
  ASSERT_GE(t.paragraphs.size(), 3u) << t.text;
  EXPECT_EQ(Para(t, 0), "By Mere Tauiliili\nNuku'alofa, 14 January");
  EXPECT_EQ(Para(t, 1), body);
  EXPECT_EQ(Para(t, 2),
            "What you need to know:\n- roads to the airport are closed\n- schools reopen on "
            "Thursday");
  EXPECT_EQ(ReasonOf(t, "Related"), "related");
  EXPECT_EQ(ReasonOf(t, "Floods cut power"), "related");
  EXPECT_EQ(ReasonOf(t, "Why the river rose"), "related");
}

TEST(ScrapeText, MastheadSeparatorsAndMenus) {
  // A block of short lines of similar length is no wrap when the body text
  // is wrapped wider; separator lines and link rows go.
  const std::string body =
      "Radni Gdańska spierali się w poniedziałek do późnej nocy o to, ile pieniędzy miasto "
      "powinno wydać na remonty szkół, a ile na nowe ścieżki rowerowe. Ostatecznie przyjęli "
      "kompromis zaproponowany przez prezydenta miasta i jego zastępców.";
  const std::string doc =
      "KURIER ZATOKI - wydanie poranne\nNumer 14/2023, Gdańsk, 3 marca 2023\nTemat: budżet "
      "miasta na nowy rok\n\n" +
      Wrap(body, 72, false) +
      "\n\n* * *\n\n----------------------------------------\nRedakcja: Jan Kowal, Ewa Nowak\n"
      "Strona główna  |  Kraj  |  Archiwum wydań\n";
  const CleanText t = Cleaner().Clean(doc, "pl");
  ExpectMapsBack(t, doc);
  ASSERT_EQ(t.paragraphs.size(), 3u) << t.text;
  EXPECT_EQ(Para(t, 0),
            "KURIER ZATOKI - wydanie poranne\nNumer 14/2023, Gdańsk, 3 marca 2023\nTemat: "
            "budżet miasta na nowy rok");
  EXPECT_EQ(Para(t, 1), body);
  EXPECT_EQ(Para(t, 2), "Redakcja: Jan Kowal, Ewa Nowak");
  EXPECT_EQ(ReasonOf(t, "* * *"), "boilerplate");
  EXPECT_EQ(ReasonOf(t, "-----"), "boilerplate");
  EXPECT_EQ(ReasonOf(t, "Strona główna"), "navigation");
}

TEST(ScrapeText, PolishAppealAndShare) {
  const std::string body =
      "Rada Miasta Gdańska przyjęła w czwartek nowy plan transportowy. Radni zdecydowali, że "
      "do końca przyszłego roku na ulice wyjedzie czterdzieści nowych tramwajów, a część "
      "linii autobusowych zostanie skrócona. Pierwsze pojazdy mają trafić do zajezdni "
      "jeszcze przed wakacjami.";
  const std::string doc =
      Wrap(body, 64, true) +
      "\n\nUdostępnij\nFacebook\nX\n\nWesprzyj nas!\nNasza redakcja utrzymuje się z wpłat "
      "czytelników.\nNumer konta: PL61 1090 1014 0000 0712 1981 2874\nDziękujemy!\n\n"
      "Czytaj także: Nowe tramwaje dla Gdyni\n\n3 komentarze\n\nAnia: Wreszcie!\n";
  const CleanText t = Cleaner().Clean(doc, "pl");
  ExpectMapsBack(t, doc);
  ASSERT_EQ(t.paragraphs.size(), 1u) << t.text;
  EXPECT_EQ(Para(t, 0), body);
  EXPECT_EQ(ReasonOf(t, "Udostępnij"), "share");
  EXPECT_EQ(ReasonOf(t, "Facebook"), "share");
  EXPECT_EQ(ReasonOf(t, "Wesprzyj nas!"), "fundraising");
  EXPECT_EQ(ReasonOf(t, "PL61 1090"), "fundraising");
  EXPECT_EQ(ReasonOf(t, "Nasza redakcja utrzymuje"), "fundraising");
  EXPECT_EQ(ReasonOf(t, "Czytaj także"), "related");
  EXPECT_EQ(ReasonOf(t, "3 komentarze"), "comments");
  EXPECT_EQ(ReasonOf(t, "Ania: Wreszcie!"), "comments");
}

TEST(ScrapeText, RussianShareCommentsAndWallet) {
  const std::string body1 =
      "В Караганде в пятницу открыли новый корпус областной больницы. По словам главного врача, "
      "в нём разместятся хирургическое и детское отделения, а также современная лаборатория.";
  const std::string body2 =
      "Строительство заняло почти три года и обошлось бюджету дороже, чем планировалось. "
      "Подрядчик объясняет это ростом цен на металл и задержками поставок оборудования.";
  const std::string doc = "Обновлено 3 февраля 2023, 09:15\n\n" + Wrap(body1, 70, true) + "\n\n" +
                          Wrap(body2, 70, true) +
                          "\n\nПоделиться\nВКонтакте\nТелеграм\n\nПоддержите редакцию\nUSDT "
                          "(TRC20): TXk9Lp3QwErTyUaKpAsDfGhJkLzXcVbNm2\n\nКомментарии (0)\n\nЧтобы "
                          "оставить комментарий, войдите на сайт.\n";
  const CleanText t = Cleaner().Clean(doc, "ru");
  ExpectMapsBack(t, doc);
  ASSERT_EQ(t.paragraphs.size(), 2u) << t.text;
  EXPECT_EQ(Para(t, 0), body1);
  EXPECT_EQ(Para(t, 1), body2);
  EXPECT_EQ(ReasonOf(t, "Обновлено"), "boilerplate");
  EXPECT_EQ(ReasonOf(t, "Поделиться"), "share");
  EXPECT_EQ(ReasonOf(t, "Телеграм"), "share");
  EXPECT_EQ(ReasonOf(t, "TXk9Lp3Q"), "fundraising");
  EXPECT_EQ(ReasonOf(t, "Поддержите редакцию"), "fundraising");
  EXPECT_EQ(ReasonOf(t, "Комментарии (0)"), "comments");
  EXPECT_EQ(ReasonOf(t, "Чтобы оставить"), "comments");
}

TEST(ScrapeText, FrenchCreditsAndLegal) {
  const std::string body =
      "La mairie de Nantes a présenté mardi son projet de piétonnisation du centre historique. "
      "Les commerçants, consultés depuis l'automne, restent partagés sur le calendrier des "
      "travaux et sur la place laissée aux livraisons.";
  const std::string doc = "Accueil > Actualités > Nantes\n\n" + Wrap(body, 55, false) +
                          "\n\nPhoto : Ouest Matin / C. Le Gall\n\nÀ lire aussi : Le tramway "
                          "prolongé jusqu'à Rezé\n\nPublicité\n\n© 2023 Ouest Matin. Tous droits "
                          "réservés.\n";
  const CleanText t = Cleaner().Clean(doc, "fr");
  ExpectMapsBack(t, doc);
  ASSERT_EQ(t.paragraphs.size(), 1u) << t.text;
  EXPECT_EQ(Para(t, 0), body);
  EXPECT_EQ(ReasonOf(t, "Accueil > Actualités"), "navigation");
  EXPECT_EQ(ReasonOf(t, "Photo : Ouest Matin"), "credit");
  EXPECT_EQ(ReasonOf(t, "À lire aussi"), "related");
  EXPECT_EQ(ReasonOf(t, "Publicité"), "advert");
  EXPECT_EQ(ReasonOf(t, "Tous droits"), "legal");
}

// --- What must stay ----------------------------------------------------------

TEST(ScrapeText, RunningTextThatMentionsJunkWordsStays) {
  const std::string doc =
      "Share this with anyone who was at the market on Sunday: the police want to hear from "
      "witnesses.\n\n"
      "Residents were asked to donate warm clothes, and the comments section of the town's "
      "website filled with offers of help within an hour.\n\n"
      "Comments from the mayor came later.\n\n"
      "Leave a reply, the teacher told them, and explain your answer in two sentences.\n\n"
      "Die Spendenbereitschaft war groß.";
  const CleanText t = Cleaner().Clean(doc, "en");
  ExpectMapsBack(t, doc);
  EXPECT_TRUE(t.removed.empty()) << t.removed.front().text;
  EXPECT_EQ(t.paragraphs.size(), 5u);
}

TEST(ScrapeText, HeadlineAboveAShareLineStays) {
  const std::string doc =
      "Storm closes the harbour\nShare this article\nFacebook\n\nThe harbour master closed the "
      "port on Friday morning after waves broke over the northern pier twice in an hour.";
  const CleanText t = Cleaner().Clean(doc, "en");
  ExpectMapsBack(t, doc);
  ASSERT_EQ(t.paragraphs.size(), 2u) << t.text;
  EXPECT_EQ(Para(t, 0), "Storm closes the harbour");
  ASSERT_EQ(t.removed.size(), 1u);
  EXPECT_EQ(t.removed[0].text, "Share this article\nFacebook");
  EXPECT_EQ(t.removed[0].reason, "share");
}

TEST(ScrapeText, ArticleQuotingAnAddressKeepsItsProse) {
  // A long paragraph about a scam: only the address line goes.
  std::string prose;
  for (int i = 0; i < 12; ++i) {
    prose +=
        "Investigators traced the payments through several exchanges before the trail "
        "went cold in the autumn. ";
  }
  const std::string doc = prose + "\n0x52908400098527886E0F7030069857D2E4169EE7\n" + prose;
  const CleanText t = Cleaner().Clean(doc, "en");
  ExpectMapsBack(t, doc);
  ASSERT_EQ(t.removed.size(), 1u);
  EXPECT_EQ(t.removed[0].reason, "fundraising");
  EXPECT_EQ(t.removed[0].text, "0x52908400098527886E0F7030069857D2E4169EE7");
  EXPECT_EQ(t.paragraphs.size(), 2u);
}

TEST(ScrapeText, PaymentCodes) {
  using scrape::HasPaymentCode;
  EXPECT_TRUE(HasPaymentCode("BTC: bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
  EXPECT_TRUE(HasPaymentCode("1BoatSLRHtKNngkdXEeobR76b53LETtpyT"));
  EXPECT_TRUE(HasPaymentCode("ETH 0x52908400098527886E0F7030069857D2E4169EE7."));
  EXPECT_TRUE(HasPaymentCode("TRON: TXk9Lp3QwErTyUaKpAsDfGhJkLzXcVbNm2"));
  EXPECT_TRUE(
      HasPaymentCode("XMR "
                     "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBB"
                     "Et7f2wfn3RVGQBEP3A"));
  EXPECT_TRUE(HasPaymentCode("Konto: GB82 WEST 1234 5698 7654 32"));  // mod-97 holds
  EXPECT_TRUE(HasPaymentCode("IBAN: XX00 1234 5678 9012 34"));        // says IBAN
  EXPECT_FALSE(HasPaymentCode("GB83 WEST 1234 5698 7654 32"));        // check fails
  EXPECT_FALSE(HasPaymentCode("12345678901234567890123456789"));      // only digits
  EXPECT_FALSE(HasPaymentCode("Sicherheitskräfte und Demonstranten"));
  EXPECT_FALSE(HasPaymentCode("0x1234 is a short hex number"));
  EXPECT_FALSE(HasPaymentCode(""));
}

TEST(ScrapeText, MenuRows) {
  EXPECT_TRUE(scrape::IsMenuRow("Home  >  News  >  World"));
  EXPECT_TRUE(scrape::IsMenuRow("Facebook   X   Telegram"));
  EXPECT_TRUE(scrape::IsMenuRow("Strona główna | Kraj | Polityka"));
  EXPECT_FALSE(scrape::IsMenuRow("Prices rose > 5% in March | analysts said."));
  EXPECT_FALSE(scrape::IsMenuRow("Facebook   Twitter"));
  EXPECT_FALSE(scrape::IsMenuRow("A long item with many words here | b | c"));
}

// --- Edges ---------------------------------------------------------------------

TEST(ScrapeText, EmptyAndOneLine) {
  CleanText t = Cleaner().Clean("", "und");
  EXPECT_TRUE(t.text.empty());
  EXPECT_TRUE(t.paragraphs.empty());
  EXPECT_TRUE(t.removed.empty());

  t = Cleaner().Clean("\n\n  \n", "en");
  EXPECT_TRUE(t.text.empty());

  const std::string one = "Eine einzige Zeile   mit   Blocksatz.";
  t = Cleaner().Clean(one, "de");
  ExpectMapsBack(t, one);
  EXPECT_EQ(t.text, "Eine einzige Zeile mit Blocksatz.");
  ASSERT_EQ(t.paragraphs.size(), 1u);

  t = Cleaner().Clean("Share this", "en");
  EXPECT_TRUE(t.text.empty());
  ASSERT_EQ(t.removed.size(), 1u);
  EXPECT_EQ(t.removed[0].reason, "share");
}

TEST(ScrapeText, JustificationSpacesMapToTheirFirstByte) {
  const std::string doc = "Zwei  Wörter";
  const CleanText t = Cleaner().Clean(doc, "de");
  EXPECT_EQ(t.text, "Zwei Wörter");
  EXPECT_EQ(t.to_input.ToInput(4), 4u);
  EXPECT_EQ(t.to_input.ToInput(5), 6u);
}

TEST(ScrapeText, OneMegabyteCompletes) {
  const std::string body =
      "Die Gemeinde hat beschlossen, das alte Schwimmbad zu sanieren, obwohl die Kosten in den "
      "letzten zwei Jahren deutlich gestiegen sind und der Zuschuss des Landes noch aussteht.";
  const std::string block = Wrap(body, 64, true) + "\n\nTeilen\nFacebook\n\n";
  std::string doc;
  while (doc.size() < (1u << 20)) doc += block;
  const CleanText t = Cleaner().Clean(doc, "de");
  EXPECT_GT(t.paragraphs.size(), 1000u);
  EXPECT_EQ(Para(t, 0), body);
  EXPECT_EQ(t.removed.size(), t.paragraphs.size());
  ExpectMapsBack(t, doc);
}

TEST(ScrapeText, MalformedLexiconThrows) {
  const auto dir = std::filesystem::temp_directory_path() / "parallax_scrape_test_data";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "xx");
  { std::ofstream(dir / "xx" / "junk.tsv") << "# header\nshare this\tline\n"; }
  EXPECT_THROW(ScrapeCleaner{dir.string()}, DataError);
  { std::ofstream(dir / "xx" / "junk.tsv") << "share this\twhole\tshare\n"; }
  EXPECT_THROW(ScrapeCleaner{dir.string()}, DataError);
  { std::ofstream(dir / "xx" / "junk.tsv") << "share this\tline\tspam\n"; }
  EXPECT_THROW(ScrapeCleaner{dir.string()}, DataError);
  { std::ofstream(dir / "xx" / "junk.tsv") << "<N> Kommentare\tline\tcomments\n"; }
  const ScrapeCleaner ok(dir.string());
  const CleanText t = ok.Clean("Ein Satz.\n\n17 Kommentare", "de");
  EXPECT_EQ(ReasonOf(t, "17 Kommentare"), "comments");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace parallax
