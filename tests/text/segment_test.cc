// Tests for include/parallax/segment.h. Every test text is written for these
// tests; none is taken from a corpus.
#include "parallax/segment.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "parallax/data_dir.h"
#include "parallax/error.h"

namespace parallax {
namespace {

const Segmenter& Seg() {
  static const Segmenter* segmenter = new Segmenter(FindDataDir());
  return *segmenter;
}

Span All(std::string_view text) { return {0, static_cast<uint32_t>(text.size())}; }

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Sentences of `text` as strings, after checking every span's invariants.
std::vector<std::string> Sent(std::string_view text, std::string_view lang,
                              const Segmenter& segmenter = Seg()) {
  std::vector<std::string> out;
  uint32_t previous_end = 0;
  for (const Span& s : segmenter.Sentences(text, All(text), lang)) {
    EXPECT_LT(s.start, s.end) << "empty span";
    EXPECT_LE(s.end, text.size());
    EXPECT_LE(previous_end, s.start) << "spans overlap or go backwards";
    previous_end = s.end;
    std::string piece(text.substr(s.start, s.end - s.start));
    EXPECT_FALSE(IsSpaceByte(piece.front())) << "untrimmed: [" << piece << "]";
    EXPECT_FALSE(IsSpaceByte(piece.back())) << "untrimmed: [" << piece << "]";
    out.push_back(piece);
  }
  return out;
}

using Lines = std::vector<std::string>;

// ---------------------------------------------------------------- English

TEST(SegmentEn, TitlesInitialsAndDecimals) {
  EXPECT_EQ(Sent("Dr. Okafor told Sen. Whitfield the fund held 1.5 million dollars. "
                 "J. K. Ashdown disagreed.",
                 "en"),
            (Lines{"Dr. Okafor told Sen. Whitfield the fund held 1.5 million dollars.",
                   "J. K. Ashdown disagreed."}));
}

TEST(SegmentEn, BeforeNumberContext) {
  // "No." and "Feb." go on before a digit only.
  EXPECT_EQ(
      Sent("Gen. Ortiz visited No. 12 Harbour Lane on Feb. 3. No. Nobody else came.", "en"),
      (Lines{"Gen. Ortiz visited No. 12 Harbour Lane on Feb. 3.", "No.", "Nobody else came."}));
}

TEST(SegmentEn, QuotesQuestionsExclamationsEllipsis) {
  EXPECT_EQ(Sent("She shouted, \"We have lost the bridge!\" Nobody answered. Was it over? "
                 "Maybe... Then the rain began. It was late... and cold.",
                 "en"),
            (Lines{"She shouted, \"We have lost the bridge!\"", "Nobody answered.", "Was it over?",
                   "Maybe...", "Then the rain began.", "It was late... and cold."}));
}

TEST(SegmentEn, MrAndStAreCaseSensitive) {
  // A capitalised entry ("St.") matches as written only.
  EXPECT_EQ(Sent("Mr. Vance lives on St. Clair Avenue. He walks a lot.", "en"),
            (Lines{"Mr. Vance lives on St. Clair Avenue.", "He walks a lot."}));
}

// ---------------------------------------------------------------- German

TEST(SegmentDe, OrdinalDatesAndAbbreviations) {
  EXPECT_EQ(Sent("Am 7. Januar 2022 kamen ca. 1.000 Menschen auf den Marktplatz. "
                 "Der Umsatz stieg auf 89,8 Mio. Euro. Prof. Dr. Lindqvist sprach am "
                 "24. April in Kiel.",
                 "de"),
            (Lines{"Am 7. Januar 2022 kamen ca. 1.000 Menschen auf den Marktplatz.",
                   "Der Umsatz stieg auf 89,8 Mio. Euro.",
                   "Prof. Dr. Lindqvist sprach am 24. April in Kiel."}));
}

TEST(SegmentDe, OrdinalBeforeNonMonthStillEnds) {
  // The month rule must not swallow a number that ends a sentence.
  EXPECT_EQ(Sent("Die Mannschaft wurde 3. Danach war Schluss.", "de"),
            (Lines{"Die Mannschaft wurde 3.", "Danach war Schluss."}));
}

TEST(SegmentDe, SpacedAbbreviationAndNumberContext) {
  EXPECT_EQ(Sent("Es kamen z. B. Gäste aus Nr. 4 und u.a. Bremer. »Gut«, sagte sie.", "de"),
            (Lines{"Es kamen z. B. Gäste aus Nr. 4 und u.a. Bremer.", "»Gut«, sagte sie."}));
}

// ---------------------------------------------------------------- Polish

TEST(SegmentPl, AbbreviationsBeforeNumbersAndNames) {
  EXPECT_EQ(Sent("Na wiec przyszło ok. 400 Ślązaków i ok. 400 osób z Opola. "
                 "Przemawiał płk. Wrona, a potem gen. Zając. Mieszkam przy ul. Lipowej 3.",
                 "pl"),
            (Lines{"Na wiec przyszło ok. 400 Ślązaków i ok. 400 osób z Opola.",
                   "Przemawiał płk. Wrona, a potem gen. Zając.", "Mieszkam przy ul. Lipowej 3."}));
}

TEST(SegmentPl, TitlesAndDates) {
  EXPECT_EQ(Sent("Prof. dr hab. Nowicka przyjechała 24. kwietnia 2022 r. do Gdańska. Czy to "
                 "prawda? Tak!",
                 "pl"),
            (Lines{"Prof. dr hab. Nowicka przyjechała 24. kwietnia 2022 r. do Gdańska.",
                   "Czy to prawda?", "Tak!"}));
}

// ---------------------------------------------------------------- Russian

TEST(SegmentRu, NumbersCitiesAndInitials) {
  EXPECT_EQ(Sent("На площадь вышли около 10 тыс. человек. В г. Тверь приехал ген. Сомов. "
                 "А. В. Крылов, т.е. глава комиссии, промолчал.",
                 "ru"),
            (Lines{"На площадь вышли около 10 тыс. человек.", "В г. Тверь приехал ген. Сомов.",
                   "А. В. Крылов, т.е. глава комиссии, промолчал."}));
}

TEST(SegmentRu, NotAfterNumberContext) {
  // "млрд." after a number before a capital: the sentence ends.
  EXPECT_EQ(Sent("Убыток составил 5 млрд. В прошлом году он был меньше.", "ru"),
            (Lines{"Убыток составил 5 млрд.", "В прошлом году он был меньше."}));
}

TEST(SegmentRu, GuillemetsEndingSentence) {
  EXPECT_EQ(Sent("Он ответил: «Нет». Все молчали.", "ru"),
            (Lines{"Он ответил: «Нет».", "Все молчали."}));
}

// ---------------------------------------------------------------- Ukrainian

TEST(SegmentUk, CityAndMetres) {
  EXPECT_EQ(
      Sent("У м. Житомир виступив ген. Бойко. Колона пройшла 100 м. Потім зупинилася.", "uk"),
      (Lines{"У м. Житомир виступив ген. Бойко.", "Колона пройшла 100 м.", "Потім зупинилася."}));
}

// ---------------------------------------------------------------- French

TEST(SegmentFr, TitlesAndSpacedGuillemets) {
  EXPECT_EQ(Sent("Mme. Lefèvre et M. Garnier sont arrivés. Elle a dit : « C'est fini. » Puis "
                 "elle est partie ! Vraiment ?",
                 "fr"),
            (Lines{"Mme. Lefèvre et M. Garnier sont arrivés.", "Elle a dit : « C'est fini. »",
                   "Puis elle est partie !", "Vraiment ?"}));
}

// ---------------------------------------------------------------- Spanish

TEST(SegmentEs, InvertedMarksAndTitles) {
  EXPECT_EQ(Sent("El Sr. Ibarra llegó a las 10. ¿Dónde estaba la Sra. Quiroga? ¡Nadie lo sabe! "
                 "La obra costó 2,5 millones.",
                 "es"),
            (Lines{"El Sr. Ibarra llegó a las 10.", "¿Dónde estaba la Sra. Quiroga?",
                   "¡Nadie lo sabe!", "La obra costó 2,5 millones."}));
}

// ---------------------------------------------------------------- Italian

TEST(SegmentIt, GeneraleAndGennaio) {
  EXPECT_EQ(Sent("Il Gen. Ferraro e il Dott. Sala sono arrivati il 7 gen. 2023 a Pavia. "
                 "Poi sono ripartiti.",
                 "it"),
            (Lines{"Il Gen. Ferraro e il Dott. Sala sono arrivati il 7 gen. 2023 a Pavia.",
                   "Poi sono ripartiti."}));
}

// ---------------------------------------------------------------- Kazakh

TEST(SegmentKk, YearsAndTitles) {
  EXPECT_EQ(
      Sent("Проф. Жақыпов 2021 ж. Астанаға көшті. Ол жерде 3 млн. адам тұрады. Солай ма?", "kk"),
      (Lines{"Проф. Жақыпов 2021 ж. Астанаға көшті.", "Ол жерде 3 млн. адам тұрады.",
             "Солай ма?"}));
}

// ------------------------------------------------- Chinese, Japanese, Thai, Arabic

TEST(SegmentZh, FullWidthStops) {
  EXPECT_EQ(Sent("今天早上下了大雨。河水涨得很快！你看见了吗？", "zh"),
            (Lines{"今天早上下了大雨。", "河水涨得很快！", "你看见了吗？"}));
}

TEST(SegmentJa, JapaneseStops) {
  EXPECT_EQ(Sent("駅の前に新しい店ができた。とても混んでいる。", "ja"),
            (Lines{"駅の前に新しい店ができた。", "とても混んでいる。"}));
}

TEST(SegmentTh, SpacesDoNotBreakButParagraphsDo) {
  // Thai has no sentence punctuation; ICU keeps a line together. A blank
  // line is a paragraph break.
  const std::string text = "วันนี้ฝนตกหนัก\n\nพรุ่งนี้อากาศดี";
  EXPECT_EQ(Sent(text, "th"), (Lines{"วันนี้ฝนตกหนัก", "พรุ่งนี้อากาศดี"}));
}

TEST(SegmentAr, ArabicQuestionMark) {
  EXPECT_EQ(Sent("هل وصل الوفد إلى المدينة؟ نعم، وصل صباحا.", "ar"),
            (Lines{"هل وصل الوفد إلى المدينة؟", "نعم، وصل صباحا."}));
}

// ---------------------------------------------------------------- Fallbacks

TEST(SegmentFallback, NoFileMeansPlainIcu) {
  // Dutch has no abbreviations file here: ICU alone breaks after "Dr.".
  EXPECT_EQ(Sent("Dr. Visser kwam. Hij bleef.", "nl"),
            (Lines{"Dr.", "Visser kwam.", "Hij bleef."}));
  EXPECT_EQ(Sent("Dr. Visser kwam. Hij bleef.", "und"),
            (Lines{"Dr.", "Visser kwam.", "Hij bleef."}));
  // Malformed or hostile tags fall back to the root rules.
  EXPECT_EQ(Sent("A b. C d.", "../../etc"), (Lines{"A b.", "C d."}));
  EXPECT_EQ(Sent("A b. C d.", ""), (Lines{"A b.", "C d."}));
}

TEST(SegmentFallback, RegionTagUsesLanguageFile) {
  EXPECT_EQ(Sent("Dr. Okafor kam.", "en-GB"), (Lines{"Dr. Okafor kam."}));
  EXPECT_EQ(Sent("Dr. Okafor kam.", "EN_us"), (Lines{"Dr. Okafor kam."}));
}

TEST(SegmentOptionsTest, AbbreviationsCanBeTurnedOff) {
  Segmenter plain(FindDataDir(), SegmentOptions{.use_abbreviations = false});
  EXPECT_EQ(Sent("Dr. Okafor kam.", "en", plain), (Lines{"Dr.", "Okafor kam."}));
}

// ---------------------------------------------------------------- Paragraphs and spans

TEST(SegmentSpans, ParagraphsAreNeverCrossed) {
  // No full stop before the blank line, and "Dr." before it: still two.
  const std::string text = "The council met at Dr\n\nRivers said no.\nThen it rained.";
  EXPECT_EQ(Sent(text, "en"),
            (Lines{"The council met at Dr", "Rivers said no.", "Then it rained."}));
  const std::string abbreviation_last = "Mr.\n \t\nSmith left.";
  EXPECT_EQ(Sent(abbreviation_last, "en"), (Lines{"Mr.", "Smith left."}));
}

TEST(SegmentSpans, SingleNewlineInsideParagraphIsAHardWrapNotABreak) {
  // Scrapes wrap lines mid-sentence; a single line feed is read as a space.
  EXPECT_EQ(Sent("first line\nsecond line.", "en"), (Lines{"first line\nsecond line."}));
  EXPECT_EQ(
      Sent("Die Polizei hat am Abend\ndie Zufahrten gesperrt. Danach\nwurde es ruhig.", "de"),
      (Lines{"Die Polizei hat am Abend\ndie Zufahrten gesperrt.", "Danach\nwurde es ruhig."}));
  // A line that ends with a full stop still ends its sentence.
  EXPECT_EQ(Sent("Пожар потушили.\nУлицы открыли.", "ru"),
            (Lines{"Пожар потушили.", "Улицы открыли."}));
}

TEST(SegmentSpans, ByteOffsetsAreExact) {
  const std::string text = "  Zoë ate crème brûlée. Ствол упал.\n\n 中文句子。  ";
  const std::vector<Span> spans = Seg().Sentences(text, All(text), "und");
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0], (Span{2, static_cast<uint32_t>(text.find(" Ствол"))}));
  EXPECT_EQ(text.substr(spans[1].start, spans[1].end - spans[1].start), "Ствол упал.");
  EXPECT_EQ(text.substr(spans[2].start, spans[2].end - spans[2].start), "中文句子。");
}

TEST(SegmentSpans, SubSpanOffsetsAreIntoWholeText) {
  const std::string text = "Ignore this. Take this one. And this.\n\nNot this.";
  const uint32_t start = static_cast<uint32_t>(text.find("Take"));
  const uint32_t end = static_cast<uint32_t>(text.find("\n\n"));
  const std::vector<Span> spans = Seg().Sentences(text, {start, end}, "en");
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].start, start);
  EXPECT_EQ(text.substr(spans[1].start, spans[1].end - spans[1].start), "And this.");
}

TEST(SegmentSpans, EmptyAndWhitespaceOnly) {
  EXPECT_TRUE(Seg().Sentences("", {0, 0}, "en").empty());
  EXPECT_TRUE(Seg().Sentences(" \n\n\t \n ", {0, 8}, "en").empty());
  const std::string nbsp = "\xC2\xA0 \xE3\x80\x80";  // NBSP, space, ideographic space
  EXPECT_TRUE(Seg().Sentences(nbsp, All(nbsp), "zh").empty());
  EXPECT_TRUE(Seg().Words("", {0, 0}, "en").empty());
  EXPECT_TRUE(Seg().Words(" ,.; ", {0, 5}, "en").empty());
  EXPECT_TRUE(SplitParagraphs("").empty());
  EXPECT_TRUE(SplitParagraphs(" \n \n\t").empty());
}

TEST(SegmentSpans, InvalidSpansAreClamped) {
  const std::string text = "Één zin. Nog één.";
  // Past the end.
  EXPECT_EQ(Seg().Sentences(text, {0, 9999}, "nl").size(), 2u);
  EXPECT_TRUE(Seg().Sentences(text, {5000, 9999}, "nl").empty());
  // Reversed.
  EXPECT_TRUE(Seg().Sentences(text, {10, 3}, "nl").empty());
  // Starting inside "É" (2 bytes): the span moves to the next character.
  const std::vector<Span> spans = Seg().Sentences(text, {1, 9999}, "nl");
  ASSERT_FALSE(spans.empty());
  EXPECT_EQ(spans[0].start, 2u);
  // Ending inside "é" of the last "één": moved back, never splitting a character.
  const uint32_t inside = static_cast<uint32_t>(text.rfind("\xC3\xA9") + 1);
  for (const Span& s : Seg().Sentences(text, {0, inside}, "nl")) {
    EXPECT_LE(s.end, inside - 1);
  }
  for (const Word& w : Seg().Words(text, {1, 9999}, "nl")) EXPECT_GE(w.span.start, 2u);
}

TEST(SegmentSpans, InvalidUtf8DoesNotCrash) {
  const std::string text = "Bad \xFF\xFE bytes. Dr. \xC3 Next one.\x80";
  std::vector<Span> spans = Seg().Sentences(text, All(text), "en");
  EXPECT_FALSE(spans.empty());
  for (const Span& s : spans) EXPECT_LE(s.end, text.size());
  EXPECT_FALSE(Seg().Words(text, All(text), "en").empty());
}

TEST(SegmentSpans, OneMegabyteSingleLine) {
  const std::string unit = "Prof. Dr. Lindqvist zählte ca. 1.000 Gäste am 7. Mai. ";
  std::string text;
  size_t repetitions = 0;
  for (; text.size() < (1u << 20); ++repetitions) text += unit;
  const std::vector<Span> spans = Seg().Sentences(text, All(text), "de");
  EXPECT_EQ(spans.size(), repetitions);  // one sentence per repetition
  EXPECT_GT(Seg().Words(text, All(text), "de").size(), spans.size() * 8);
}

TEST(SegmentSpans, OneMegabyteWithoutAnyBreak) {
  const std::string text(1u << 20, 'a');
  const std::vector<Span> spans = Seg().Sentences(text, All(text), "en");
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0], All(text));
}

// ---------------------------------------------------------------- Paragraphs

TEST(SplitParagraphsTest, BlankLinesSplit) {
  const std::string text = "\n  One line.\nSame paragraph.  \n\n\n Two. \r\n \t \r\nThree";
  const std::vector<Span> paragraphs = SplitParagraphs(text);
  ASSERT_EQ(paragraphs.size(), 3u);
  auto at = [&](size_t i) {
    return text.substr(paragraphs[i].start, paragraphs[i].end - paragraphs[i].start);
  };
  EXPECT_EQ(at(0), "One line.\nSame paragraph.");
  EXPECT_EQ(at(1), "Two.");
  EXPECT_EQ(at(2), "Three");
}

// ---------------------------------------------------------------- Words

std::vector<std::pair<std::string, WordKind>> WordsOf(std::string_view text,
                                                      std::string_view lang) {
  std::vector<std::pair<std::string, WordKind>> out;
  for (const Word& w : Seg().Words(text, All(text), lang)) {
    out.emplace_back(std::string(text.substr(w.span.start, w.span.end - w.span.start)), w.kind);
  }
  return out;
}

TEST(SegmentWords, KindsAndPunctuationSkipped) {
  const auto words = WordsOf("Die Stadt zählt 89,8 Mio. Einwohner!", "de");
  const std::vector<std::pair<std::string, WordKind>> expected = {
      {"Die", WordKind::kLetter},  {"Stadt", WordKind::kLetter}, {"zählt", WordKind::kLetter},
      {"89,8", WordKind::kNumber}, {"Mio", WordKind::kLetter},   {"Einwohner", WordKind::kLetter}};
  EXPECT_EQ(words, expected);
}

TEST(SegmentWords, ChineseUsesDictionary) {
  const auto words = WordsOf("我们明天去北京。", "zh");
  ASSERT_GE(words.size(), 3u);
  ASSERT_LE(words.size(), 6u);  // not one word per character
  std::string joined;
  for (const auto& [w, kind] : words) {
    EXPECT_EQ(kind, WordKind::kIdeo) << w;
    joined += w;
  }
  EXPECT_EQ(joined, "我们明天去北京");
}

TEST(SegmentWords, JapaneseKanaAndKanji) {
  const auto words = WordsOf("カタカナと漢字", "ja");
  ASSERT_FALSE(words.empty());
  EXPECT_EQ(words.front().first, "カタカナ");
  EXPECT_EQ(words.front().second, WordKind::kKana);
  bool has_ideo = false;
  for (const auto& [w, kind] : words) has_ideo |= kind == WordKind::kIdeo;
  EXPECT_TRUE(has_ideo);
}

TEST(SegmentWords, ThaiUsesDictionary) {
  const auto words = WordsOf("วันนี้ฝนตกหนัก", "th");
  EXPECT_GE(words.size(), 3u);  // วันนี้ / ฝน / ตก / หนัก
  std::string joined;
  for (const auto& [w, kind] : words) joined += w;
  EXPECT_EQ(joined, "วันนี้ฝนตกหนัก");
}

TEST(SegmentWords, ArabicAndCyrillic) {
  const auto ar = WordsOf("وصل ٣ وزراء.", "ar");
  ASSERT_EQ(ar.size(), 3u);
  EXPECT_EQ(ar[1].second, WordKind::kNumber);
  const auto ru = WordsOf("Около 10 тыс. человек", "ru");
  ASSERT_EQ(ru.size(), 4u);
  EXPECT_EQ(ru[1], (std::pair<std::string, WordKind>{"10", WordKind::kNumber}));
}

// ---------------------------------------------------------------- Annotate

TEST(SegmentAnnotate, SentencesCarryParagraphIndexAndLanguage) {
  Document doc;
  doc.text = "Dr. Okafor spoke. Then left.\n\nAm 7. Januar kam er.\n\nPan gen. Zając.";
  doc.lang.lang = "en";
  const std::vector<Span> paragraphs = SplitParagraphs(doc.text);
  ASSERT_EQ(paragraphs.size(), 3u);
  doc.paragraphs = {{paragraphs[0], {}}, {paragraphs[1], {}}, {paragraphs[2], {}}};
  doc.paragraphs[1].lang.lang = "de";
  doc.paragraphs[2].lang.lang = "pl";
  doc.sentences = {{{0, 1}, 7}};  // stale content is replaced
  Seg().Annotate(doc);
  ASSERT_EQ(doc.sentences.size(), 4u);
  auto text = [&](size_t i) {
    const Span& s = doc.sentences[i].span;
    return doc.text.substr(s.start, s.end - s.start);
  };
  EXPECT_EQ(text(0), "Dr. Okafor spoke.");  // "und" paragraph falls back to doc "en"
  EXPECT_EQ(text(1), "Then left.");
  EXPECT_EQ(text(2), "Am 7. Januar kam er.");
  EXPECT_EQ(text(3), "Pan gen. Zając.");
  EXPECT_EQ(doc.sentences[0].paragraph, 0u);
  EXPECT_EQ(doc.sentences[1].paragraph, 0u);
  EXPECT_EQ(doc.sentences[2].paragraph, 1u);
  EXPECT_EQ(doc.sentences[3].paragraph, 2u);
}

// ---------------------------------------------------------------- Threads

TEST(SegmentThreads, ConcurrentCallsAgree) {
  const std::string text =
      "Am 7. Januar kamen ca. 1.000 Menschen. Der Rat tagte.\n\nGen. Ortiz left. "
      "我们明天去北京。今天下雨。 В г. Тверь приехал ген. Сомов. Все ушли.";
  const char* langs[] = {"de", "en", "zh", "ru"};
  std::vector<std::vector<Span>> expected;
  for (const char* lang : langs) expected.push_back(Seg().Sentences(text, All(text), lang));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(6, 0);
  for (int t = 0; t < 6; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        const int k = (t + round) % 4;
        if (Seg().Sentences(text, All(text), langs[k]) != expected[k]) ++mismatches[t];
        if (Seg().Words(text, All(text), langs[k]).empty()) ++mismatches[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

// ---------------------------------------------------------------- Data files

// Every "# example: A. || B." line in data/<lang>/abbreviations.txt and
// months.txt: the sentences joined by spaces must split back into them.
TEST(SegmentDataExamples, EveryFileExampleHolds) {
  namespace fs = std::filesystem;
  const std::string marker = "# example: ";
  int files = 0;
  for (const fs::directory_entry& dir : fs::directory_iterator(FindDataDir())) {
    for (const char* name : {"abbreviations.txt", "months.txt"}) {
      const fs::path path = dir.path() / name;
      if (!fs::is_regular_file(path)) continue;
      ++files;
      const std::string lang = dir.path().filename().string();
      std::ifstream in(path);
      int examples = 0;
      for (std::string line; std::getline(in, line);) {
        if (line.rfind(marker, 0) != 0) continue;
        ++examples;
        Lines expected;
        std::string rest = line.substr(marker.size());
        for (size_t bar; (bar = rest.find(" || ")) != std::string::npos;) {
          expected.push_back(rest.substr(0, bar));
          rest = rest.substr(bar + 4);
        }
        expected.push_back(rest);
        std::string joined;
        for (const std::string& sentence : expected)
          joined += (joined.empty() ? "" : " ") + sentence;
        EXPECT_EQ(Sent(joined, lang), expected) << path << ": " << line;
      }
      EXPECT_GE(examples, 1) << path << " has no '# example:' line";
    }
  }
  EXPECT_GE(files, 11);  // 9 abbreviation files, 2 month files
}

class SegmentDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("parallax_segment_test_" +
            std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_ / "xx");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / "xx" / name, std::ios::binary) << content;
  }
  std::filesystem::path dir_;
};

TEST_F(SegmentDataTest, MalformedAbbreviationThrows) {
  Write("abbreviations.txt", "# test\nabc\n");  // no trailing '.'
  EXPECT_THROW(Segmenter(dir_.string()), DataError);
}

TEST_F(SegmentDataTest, UnknownContextThrows) {
  Write("abbreviations.txt", "# test\nabc.\tsometimes\n");
  EXPECT_THROW(Segmenter(dir_.string()), DataError);
}

TEST_F(SegmentDataTest, InvalidUtf8Throws) {
  Write("abbreviations.txt", "# test\nab\xFF.\n");
  EXPECT_THROW(Segmenter(dir_.string()), DataError);
}

TEST_F(SegmentDataTest, BadMonthThrows) {
  Write("months.txt", "# test\nJan.\n");
  EXPECT_THROW(Segmenter(dir_.string()), DataError);
}

TEST_F(SegmentDataTest, OwnFileIsUsed) {
  Write("abbreviations.txt", "# test\r\n\r\nqq.\r\nZz.\tbefore-number\r\n");
  Write("months.txt", "# test\nQuintilis\n");
  const Segmenter segmenter(dir_.string());
  EXPECT_EQ(Sent("Ab qq. Cd. Ef Zz. 5 gh. Zz. Ij. Kl 7. Quintilis mn.", "xx", segmenter),
            (Lines{"Ab qq. Cd.", "Ef Zz. 5 gh.", "Zz.", "Ij.", "Kl 7. Quintilis mn."}));
  // The same file is not used for other languages; a missing folder is no error.
  EXPECT_EQ(Sent("Ab qq. Cd.", "en", segmenter), (Lines{"Ab qq.", "Cd."}));
  EXPECT_NO_THROW(Segmenter((dir_ / "missing").string()));
}

}  // namespace
}  // namespace parallax
