// Direct quotes and indirect speech (annotate/quotes.h): every mark style,
// nesting, mismatched and unclosed marks, apostrophes, speakers before,
// after and inside, roles and pronouns. Sentences written for this test.
#include "annotate/quotes.h"

#include <gtest/gtest.h>

#include <iostream>
#include <string>
#include <vector>

#include "annotate/attribution.h"
#include "annotate/citations.h"
#include "annotate/speech_test_util.h"

namespace parallax {
namespace {

using testing::Speech;
using testing::SpeechDoc;

std::vector<Quote> Quotes(const std::string& text, const std::string& lang) {
  Document doc = SpeechDoc(text, lang);
  annotate::FindQuotes(Speech(), doc);
  return doc.quotes;
}

std::string Inside(const std::string& text, const Quote& q) {
  return text.substr(q.span.start, q.span.end - q.span.start);
}

std::vector<std::string> Marked(const std::string& text) {
  std::vector<std::string> out;
  for (const annotate::QuoteMarks& m :
       annotate::ScanQuoteMarks(text, 0, static_cast<uint32_t>(text.size()))) {
    out.push_back(text.substr(m.start, m.end - m.start));
  }
  return out;
}

TEST(QuoteMarks, EveryStyle) {
  EXPECT_EQ(Marked("He said “we stay” and left."), std::vector<std::string>{"we stay"});
  EXPECT_EQ(Marked("Sie rief „Hilfe“ zweimal."), std::vector<std::string>{"Hilfe"});
  EXPECT_EQ(Marked("Il a dit « non » hier."), std::vector<std::string>{" non "});
  EXPECT_EQ(Marked("Er schrieb »genug« an die Wand."), std::vector<std::string>{"genug"});
  EXPECT_EQ(Marked("Sie sagte ‚bald‘ dazu."), std::vector<std::string>{"bald"});
  EXPECT_EQ(Marked("She wrote 'soon' twice."), std::vector<std::string>{"soon"});
  EXPECT_EQ(Marked("Он сказал «хватит» и ушёл."), std::vector<std::string>{"хватит"});
  EXPECT_EQ(Marked("Powiedział „dość” i wyszedł."), std::vector<std::string>{"dość"});
}

TEST(QuoteMarks, NestedMismatchedAndApostrophes) {
  EXPECT_EQ(Marked("„Er rief «Halt» und rannte“, sagte sie."),
            std::vector<std::string>{"Er rief «Halt» und rannte"});
  EXPECT_EQ(Marked("\"The sign said ‘closed’ all week,\" he said."),
            std::vector<std::string>{"The sign said ‘closed’ all week,"});
  EXPECT_EQ(Marked("„Wir bleiben hier\", sagte er."), std::vector<std::string>{"Wir bleiben hier"});
  EXPECT_EQ(Marked("\"We will rebuild“ he wrote."), std::vector<std::string>{"We will rebuild"});
  EXPECT_EQ(Marked("«Мы вернёмся\" — сказал он."), std::vector<std::string>{"Мы вернёмся"});
  EXPECT_TRUE(Marked("They don't know where l'ONU and O'Neill's team went.").empty());
  EXPECT_TRUE(Marked("The protesters' demands and the '90s are no quotes.").empty());
  // An unclosed double mark runs to the paragraph's end.
  EXPECT_EQ(Marked("She said: “The water came at night. Nobody warned us"),
            std::vector<std::string>{"The water came at night. Nobody warned us"});
}

TEST(Quotes, SpeakerAfterInEachLanguage) {
  struct Case {
    const char* lang;
    const char* text;
    const char* speaker;
  };
  const Case cases[] = {
      {"en", "\"The bridge is gone and the road is closed,\" said Mark Ellison.", "Mark Ellison"},
      {"en", "\"Nobody told us to leave the building,\" Laura Finch said.", "Laura Finch"},
      {"de", "„Das Wasser stand bis zum Dach“, sagte Klaus Berger.", "Klaus Berger"},
      {"pl", "„Straż przyjechała po dwóch godzinach” – powiedział Marek Nowicki.", "Marek Nowicki"},
      {"ru", "«Связи нет уже третий день», — сказал Олег Смирнов.", "Олег Смирнов"},
      {"uk", "«Ми чекали на допомогу всю ніч», — розповіла Оксана Мельник.", "Оксана Мельник"},
      {"fr", "« Le quartier entier est sous l'eau », a déclaré Julien Moreau.", "Julien Moreau"},
      {"es", "«Perdimos la cosecha de todo el año», dijo Carlos Ruiz.", "Carlos Ruiz"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const std::vector<Quote> q = Quotes(c.text, c.lang);
    ASSERT_EQ(q.size(), 1u);
    EXPECT_TRUE(q[0].direct);
    EXPECT_EQ(q[0].speaker, c.speaker);
  }
}

TEST(Quotes, SpeakerBeforeAndInside) {
  const std::string before =
      "Rescue chief Paul Dorn told reporters: \"We found four more survivors.\"";
  std::vector<Quote> q = Quotes(before, "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_entity, "Paul Dorn");
  const std::string de = "Dazu sagte Ute Krämer: „Die Schulen bleiben geschlossen.“";
  q = Quotes(de, "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ute Krämer");
  const std::string inside = "„Wir haben nichts mehr“, sagte Heinz Vogel, „nicht einmal ein Bett.“";
  q = Quotes(inside, "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Heinz Vogel");
  EXPECT_EQ(q[1].speaker, "Heinz Vogel");
  EXPECT_EQ(Inside(inside, q[1]), "nicht einmal ein Bett.");
}

TEST(Quotes, SpanningSentencesAndNoSpeaker) {
  const std::string text =
      "The statement ended with a warning. \"Stay indoors. Do not drive unless it is urgent.\"";
  const std::vector<Quote> q = Quotes(text, "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_LT(q[0].sentence, q[0].sentence_end);
  // A scare quote of one word is no speech.
  EXPECT_TRUE(Quotes("The ministry called them „Randalierer“ in its report.", "de").empty());
}

TEST(Quotes, RoleAndPronounResolveToTheNamedPerson) {
  const std::string text =
      "Our correspondent Anna Nauer reached Kherson on Monday.\n\n"
      "\"The shelling has not stopped since dawn,\" the correspondent said. "
      "\"People are sleeping in basements,\" she said.";
  const std::vector<Quote> q = Quotes(text, "en");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "the correspondent");
  EXPECT_EQ(q[0].speaker_entity, "Anna Nauer");
  EXPECT_EQ(q[1].speaker_entity, "Anna Nauer");
  const std::string de =
      "Der Sprecher der Feuerwehr, Tobias Hein, war vor Ort. "
      "„Wir brauchen mehr Pumpen“, sagte der Sprecher.";
  const std::vector<Quote> g = Quotes(de, "de");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].speaker_entity, "Tobias Hein");
}

TEST(Quotes, IndirectSpeech) {
  struct Case {
    const char* lang;
    const char* text;
    const char* speaker;
  };
  const Case cases[] = {
      {"en", "The governor said that the dam would hold.", "The governor"},
      {"de", "Die Polizei erklärte, dass die Straße gesperrt bleibt.", "Die Polizei"},
      {"pl", "Wojewoda poinformował, że szkoły będą zamknięte.", "Wojewoda"},
      {"ru", "Мэр города заявил, что транспорт не работает.", "Мэр города"},
      {"uk", "Речник заявив, що вокзал зачинено.", "Речник"},
      {"fr", "La préfète a annoncé que les écoles resteraient fermées.", "La préfète"},
      {"es", "El ministro afirmó que la carretera seguirá cortada.", "El ministro"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const std::vector<Quote> q = Quotes(c.text, c.lang);
    ASSERT_EQ(q.size(), 1u);
    EXPECT_FALSE(q[0].direct);
    EXPECT_EQ(q[0].speaker, c.speaker);
  }
}

TEST(Quotes, IndirectSpeechWithoutAThatWord) {
  struct Case {
    const char* lang;
    const char* text;
    const char* clause;   // a part of the reported clause
    const char* speaker;  // the speaker as written
  };
  const Case cases[] = {
      // German: a comma and the subjunctive, the speaker set off by commas.
      {"de", "Eine Ärztin der Klinik, Jana Vogel, sagte, die Vorräte reichten noch zwei Tage.",
       "die Vorräte reichten", "Jana Vogel"},
      // German: the speaker after the verb, then the comma.
      {"de", "Dazu erklärte der Sprecher des Landkreises, die Brücke bleibe gesperrt.",
       "die Brücke bleibe", "der Sprecher des Landkreises"},
      // French: an elided that-word.
      {"fr", "Un pompier, Luc Garnier, a expliqué qu'aucun bâtiment n'était habitable.",
       "aucun bâtiment", "Luc Garnier"},
      // The clause first, its speaker after a final comma.
      {"en", "The pumps will run through the night, the city engineer said.", "The pumps will run",
       "the city engineer"},
      {"fr", "Plusieurs routes restent fermées au nord du département, a précisé la préfecture.",
       "Plusieurs routes restent", "la préfecture"},
      {"es", "Las clases seguirán suspendidas toda la semana, informó el ayuntamiento.",
       "Las clases seguirán", "el ayuntamiento"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const std::vector<Quote> q = Quotes(c.text, c.lang);
    ASSERT_EQ(q.size(), 1u);
    EXPECT_FALSE(q[0].direct);
    EXPECT_NE(Inside(c.text, q[0]).find(c.clause), std::string::npos) << Inside(c.text, q[0]);
    EXPECT_EQ(q[0].speaker, c.speaker);
  }
  // A comma after a quoted speaker opens an appositive, not reported speech.
  const std::string appositive = "„Wir warten seit Stunden“, sagte Tim Roth, ein Lehrer aus Ulm.";
  const std::vector<Quote> q = Quotes(appositive, "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].direct);
}

TEST(Quotes, SpeakersInsideAndAcrossSentences) {
  // A speaker between two parts of one quotation ("incise").
  const std::string fr =
      "« Nous restons prudents, dit Paul Morel, car la digue a déjà cédé une fois. »";
  std::vector<Quote> q = Quotes(fr, "fr");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Paul Morel");
  // The verb and its pronoun joined by hyphens.
  const std::string inverted =
      "Le maire, Henri Blanc, a visité le quartier. « L'eau monte encore », a-t-il déclaré.";
  q = Quotes(inverted, "fr");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a-t-il");
  // A quote that opens the next sentence goes on in the same speaker's words.
  const std::string en =
      "\"The road is gone,\" said Nora Quinn, a farmer. \"We drove the cattle up the hill.\"";
  q = Quotes(en, "en");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Nora Quinn");
  // "a participant, student Anna Nowak": the short appositive with the name.
  const std::string ru =
      "«Мы ждали автобус три часа», — сказала одна из пассажирок, студентка Ольга Белова.";
  q = Quotes(ru, "ru");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker.find("Ольга Белова"), std::string::npos) << q[0].speaker;
}

TEST(Quotes, APronounAfterANewlyNamedPerson) {
  const std::string text =
      "\"The water came in minutes,\" said Tom Hale.\n\nMaria Lopez lost her bakery on the "
      "river bank. \"I have nothing left to sell,\" she said.";
  Document doc = SpeechDoc(text, "en");
  annotate::FindQuotes(Speech(), doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.quotes[0].speaker_entity, "Tom Hale");
  EXPECT_EQ(doc.quotes[1].speaker_entity, "Maria Lopez");
}

TEST(Quotes, UnnamedSpeakersGetNone) {
  struct Case {
    const char* lang;
    const char* text;
  };
  const Case cases[] = {
      {"en", "\"We lost the whole harvest,\" said a farmer who declined to give his name."},
      {"de", "„Niemand hat uns gewarnt“, sagte eine Anwohnerin, die anonym bleiben wollte."},
      {"es", "«No sabemos dónde dormir esta noche», contó un vecino del barrio."},
      {"ru", "«Света нет уже третьи сутки», — рассказал один из жителей поселка."},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const std::vector<Quote> q = Quotes(c.text, c.lang);
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "");
    EXPECT_EQ(q[0].speaker_entity, "");
  }
}

// Regression: a role speaker ("the spokesman") in every sentence made each
// quote look back over thousands of tokens (67 s for 4 MB); role words are
// now indexed once. Speed is measured by bench/claims_bench.cc; this checks
// that a long dense text gets every quote and its speaker.
TEST(Quotes, ALongTextWithARoleSpeakerInEverySentence) {
  const std::string piece =
      "\"The road is closed and 12 cars are stuck,\" said the spokesman. According to the "
      "police, 40 people were reportedly detained, Reuters reported. Das Ministerium "
      "dementierte, dass 7 Soldaten starben. See https://example.org/a for more. ";
  Document doc;
  doc.lang.lang = "en";
  doc.lang.reliable = true;
  size_t pieces = 0;
  while (doc.text.size() < (256u << 10)) {
    const auto start = static_cast<uint32_t>(doc.text.size());
    doc.text += piece;
    ++pieces;
    doc.sentences.push_back({{start, static_cast<uint32_t>(doc.text.size())}, 0});
  }
  doc.paragraphs.push_back({{0, static_cast<uint32_t>(doc.text.size())}, doc.lang});
  annotate::FindQuotes(Speech(), doc);
  size_t direct = 0;
  for (const Quote& q : doc.quotes) {
    if (!q.direct) continue;
    ++direct;
    EXPECT_EQ(q.speaker, "the spokesman");
  }
  EXPECT_EQ(direct, pieces);
}

}  // namespace
}  // namespace parallax
