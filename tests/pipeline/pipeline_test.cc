#include "parallax/pipeline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "parallax/error.h"
#include "parallax/hash.h"
#include "parallax/url.h"
#include "pipeline/pipeline_impl.h"
#include "support/bytes.h"

namespace parallax {
namespace {

std::string Encode(const std::string& utf8, const char* charset) {
  return parallax::testing::EncodeAs(utf8, charset);
}

const Pipeline& SharedPipeline() {
  static Pipeline* p = new Pipeline(PipelineOptions{});
  return *p;
}

std::string SpanText(const Document& d, Span s) { return d.text.substr(s.start, s.end - s.start); }

TEST(Pipeline, Windows1251HtmlComesOutRightWithOffsetsIntoTheRawBytes) {
  std::string page =
      "<html><head><meta charset=\"windows-1251\"><title>Беспорядки в Алматы</title>"
      "<meta property=\"article:published_time\" content=\"2022-01-06T09:30:00+06:00\"></head>"
      "<body><nav><a href=\"/\">Главная</a> <a href=\"/news\">Новости</a></nav>"
      "<article><h1>Беспорядки в Алматы</h1><p>Утром шестого января на площади собрались сотни "
      "людей. Полиция перекрыла соседние улицы.</p><p>Власти обещали снизить цену на газ.</p>"
      "<p>К вечеру к площади подошли новые группы, и движение в центре города остановилось "
      "до утра.</p></article></body></html>";
  RawDocument raw;
  raw.source = "t.html";
  raw.format = Format::kHtml;
  raw.bytes = Encode(page, "windows-1251");
  std::string raw_copy = raw.bytes;
  Document d = SharedPipeline().Process(raw);
  EXPECT_EQ(d.id, DocumentId(raw_copy));
  EXPECT_EQ(d.charset, "windows-1251");
  EXPECT_EQ(d.title, "Беспорядки в Алматы");
  ASSERT_TRUE(d.published.has_value());
  EXPECT_EQ(*d.published, "2022-01-06");
  EXPECT_EQ(d.lang.lang, "ru");
  // The navigation is removed, with its reason.
  ASSERT_FALSE(d.removed.empty());
  EXPECT_NE(d.removed[0].text.find("Главная"), std::string::npos);
  EXPECT_EQ(d.removed[0].reason, "navigation");
  ASSERT_EQ(d.paragraphs.size(), 4u);
  EXPECT_EQ(SpanText(d, d.paragraphs[2].span), "Власти обещали снизить цену на газ.");
  // The third paragraph maps back to exactly its windows-1251 bytes.
  auto [a, b] = d.text_to_raw.SpanToInput(d.paragraphs[2].span.start, d.paragraphs[2].span.end);
  EXPECT_EQ(raw_copy.substr(a, b - a),
            Encode("Власти обещали снизить цену на газ.", "windows-1251"));
  // Two sentences in the second paragraph.
  int in_second = 0;
  for (const Sentence& s : d.sentences) in_second += s.paragraph == 1;
  EXPECT_EQ(in_second, 2);
}

TEST(Pipeline, PlainTextTakesItsFirstShortLineAsTitle) {
  RawDocument raw;
  raw.source = "note.txt";
  raw.bytes =
      "Zamieszki w Kazachstanie\n\nW środę demonstranci zajęli budynek administracji. "
      "Rząd podał się do dymisji.\n";
  Document d = SharedPipeline().Process(raw);
  EXPECT_EQ(d.title, "Zamieszki w Kazachstanie");
  EXPECT_EQ(d.lang.lang, "pl");
  EXPECT_EQ(d.format, "text");
  EXPECT_EQ(d.sentences.size(), 3u);
  EXPECT_FALSE(d.published.has_value());
}

TEST(Pipeline, ContainerMetadataWins) {
  RawDocument raw;
  raw.source = "feed.jsonl:3";
  raw.container = "jsonl";
  raw.utf8 = true;
  raw.url = "https://www.example.kz/news/1";
  raw.title = "Given title";
  raw.published = "2022-01-08";
  raw.lang_hint = "en";
  raw.bytes = "Troops from the alliance began to arrive at the airport on Thursday night.";
  Document d = SharedPipeline().Process(raw);
  EXPECT_EQ(d.title, "Given title");
  EXPECT_EQ(d.site, "example.kz");
  EXPECT_EQ(d.url, "https://www.example.kz/news/1");
  EXPECT_EQ(d.published.value_or(""), "2022-01-08");
  EXPECT_EQ(d.container, "jsonl");
}

TEST(Pipeline, NoTextIsAnInputError) {
  RawDocument html;
  html.source = "blank.html";
  html.format = Format::kHtml;
  html.bytes = "<html><head><script>var a = 1;</script></head><body>   </body></html>";
  EXPECT_THROW(SharedPipeline().Process(html), InputError);
  RawDocument text;
  text.source = "blank.txt";
  text.bytes = " \n\n\t \r\n";
  EXPECT_THROW(SharedPipeline().Process(text), InputError);
}

TEST(Pipeline, PageWithoutAnArticleIsSkippedAsNoMainText) {
  RawDocument home;
  home.source = "index.html";
  home.format = Format::kHtml;
  home.bytes =
      "<html><head><title>Nachrichten</title></head><body><ul>"
      "<li><a href=\"/a\">Proteste in Almaty</a></li><li><a href=\"/b\">Gaspreis "
      "verdoppelt</a></li>"
      "<li><a href=\"/c\">Regierung tritt zurück</a></li><li><a href=\"/d\">Wetter</a></li>"
      "</ul><footer>Impressum</footer></body></html>";
  try {
    SharedPipeline().Process(home);
    ADD_FAILURE() << "a page of links became a document";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "no main text");
  }
}

// Paragraph kinds reach the Document: the HTML headline is kTitle, an h2
// inside the article kHeading, the rest kText; sentences still index the
// paragraphs they lie in.
TEST(Pipeline, HtmlParagraphsCarryTheirKinds) {
  RawDocument raw;
  raw.source = "kinds.html";
  raw.format = Format::kHtml;
  raw.bytes =
      "<html><head><title>Fähre legt wieder in Sassnitz an | Küstenbote</title></head><body>"
      "<nav><a href=\"/\">Start</a> <a href=\"/meer\">Meer</a></nav><article>"
      "<h1>Fähre legt wieder in Sassnitz an</h1>"
      "<p>Nach drei Wochen in der Werft fährt die Fähre seit Montag wieder nach Bornholm. "
      "Die Reederei meldet volle Autodecks.</p>"
      "<h2>Neue Fahrpläne ab Juni</h2>"
      "<p>Im Sommer kommen zwei zusätzliche Abfahrten am Abend hinzu, teilte der Hafen mit. "
      "Tickets gibt es ab sofort.</p></article></body></html>";
  Document d = SharedPipeline().Process(raw);
  ASSERT_EQ(d.paragraphs.size(), 4u);
  EXPECT_EQ(d.paragraphs[0].kind, ParagraphKind::kTitle);
  EXPECT_EQ(SpanText(d, d.paragraphs[0].span), "Fähre legt wieder in Sassnitz an");
  EXPECT_EQ(d.paragraphs[1].kind, ParagraphKind::kText);
  EXPECT_EQ(d.paragraphs[2].kind, ParagraphKind::kHeading);
  EXPECT_EQ(SpanText(d, d.paragraphs[2].span), "Neue Fahrpläne ab Juni");
  EXPECT_EQ(d.paragraphs[3].kind, ParagraphKind::kText);
  for (const Sentence& s : d.sentences) {
    ASSERT_LT(s.paragraph, d.paragraphs.size());
    EXPECT_GE(s.span.start, d.paragraphs[s.paragraph].span.start);
    EXPECT_LE(s.span.end, d.paragraphs[s.paragraph].span.end);
  }
}

// A text file's first line is kTitle only when it becomes the title: not when
// it is too long, spans two lines, or the container already gave a title.
TEST(Pipeline, PlainTextTitleParagraphIsKindTitleOnlyWhenTaken) {
  RawDocument raw;
  raw.source = "kurz.txt";
  raw.bytes =
      "Hochwasser an der Oder sinkt\n\nDie Pegel fallen seit gestern Abend langsam. "
      "Die Deiche haben gehalten.\n\nAm Wochenende soll es trocken bleiben.\n";
  Document d = SharedPipeline().Process(raw);
  EXPECT_EQ(d.title, "Hochwasser an der Oder sinkt");
  ASSERT_EQ(d.paragraphs.size(), 3u);
  EXPECT_EQ(d.paragraphs[0].kind, ParagraphKind::kTitle);
  EXPECT_EQ(d.paragraphs[1].kind, ParagraphKind::kText);
  EXPECT_EQ(d.paragraphs[2].kind, ParagraphKind::kText);

  PipelineOptions options;
  options.title_max_bytes = 10;  // the same first line is now too long to be a title
  Pipeline strict(options);
  Document long_first = strict.Process(raw);
  EXPECT_EQ(long_first.title, "");
  for (const Paragraph& p : long_first.paragraphs) EXPECT_EQ(p.kind, ParagraphKind::kText);

  RawDocument given = raw;
  given.title = "Pegelstände an der Oder";
  Document with_title = SharedPipeline().Process(given);
  EXPECT_EQ(with_title.title, "Pegelstände an der Oder");
  for (const Paragraph& p : with_title.paragraphs) EXPECT_EQ(p.kind, ParagraphKind::kText);
}

TEST(Pipeline, NormalizePublished) {
  EXPECT_EQ(NormalizePublished("2022-01-07").value_or(""), "2022-01-07");
  EXPECT_EQ(NormalizePublished(" 2022-01-07T10:00:00Z").value_or(""), "2022-01-07");
  EXPECT_EQ(NormalizePublished("2022-01-07 10:00").value_or(""), "2022-01-07");
  EXPECT_FALSE(NormalizePublished("07.01.2022").has_value());
  EXPECT_FALSE(NormalizePublished("2022-13-07").has_value());
  EXPECT_FALSE(NormalizePublished("2022-01-0").has_value());
  EXPECT_FALSE(NormalizePublished("2022-01-07x").has_value());
  EXPECT_FALSE(NormalizePublished("").has_value());
}

TEST(Pipeline, SiteOfUrl) {
  EXPECT_EQ(SiteOfUrl("https://www.Example.KZ:8443/a?b#c"), "example.kz");
  EXPECT_EQ(SiteOfUrl("http://user@news.example.org"), "news.example.org");
  EXPECT_EQ(SiteOfUrl("http://[2001:db8::1]:80/x"), "[2001:db8::1]");
  EXPECT_EQ(SiteOfUrl("not a url"), "");
  EXPECT_EQ(SiteOfUrl(""), "");
}

TEST(Pipeline, RunWritesBatchesAndSkipsWhatIsStored) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("parallax-pipeline-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "in");
  for (int i = 0; i < 150; ++i) {
    std::ofstream(dir / "in" / ("n" + std::to_string(i) + ".txt"))
        << "Report number " << i << " says " << i * 11 << " people were detained in the city.\n";
  }
  std::ofstream(dir / "in" / "empty.txt");
  PipelineOptions opts;
  opts.threads = 2;
  opts.batch_size = 16;
  Pipeline pipeline(opts);
  {
    Store store((dir / "s.db").string());
    RunResult r = pipeline.Run({(dir / "in").string()}, store);
    EXPECT_EQ(r.ids.size(), 150u);
    EXPECT_EQ(r.documents_new, 150u);
    ASSERT_EQ(r.failures.size(), 1u);
    EXPECT_NE(r.failures[0].source.find("empty.txt"), std::string::npos);
    EXPECT_EQ(store.List().size(), 150u);
    RunResult again = pipeline.Run({(dir / "in").string()}, store);
    EXPECT_EQ(again.documents_new, 0u);
    EXPECT_EQ(again.documents_existing, 150u);
    EXPECT_EQ(again.ids, r.ids);
  }
  fs::remove_all(dir);
}

// The store gets the same rows and ids whatever the thread count: the
// writer stores outcomes in reading order, though a long first document
// keeps one worker busy while the others finish the short ones.
TEST(Pipeline, StoreIdsDoNotDependOnTheThreadCount) {
  namespace fs = std::filesystem;
  fs::path dir =
      fs::temp_directory_path() / ("parallax-pipeline-order-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "in");
  const char* people[] = {"Anna Keller", "Marek Nowak", "Olga Petrova", "Luis Ortega",
                          "Sara Lind",   "Tomas Berg",  "Ines Duarte",  "Pavel Orlov"};
  {
    std::ofstream big(dir / "in" / "a-long.txt");
    big << "A long report\n\n";
    for (int i = 0; i < 3000; ++i) big << "Inspector Hanna Vogel counted " << i << " boats. ";
    big << "\n";
  }
  for (int i = 0; i < 60; ++i) {
    std::ofstream(dir / "in" / ("b" + std::to_string(100 + i) + ".txt"))
        << "Note " << i << "\n\n"
        << people[i % 8] << " met " << people[(i * 3 + 1) % 8] << " in Vienna; " << i + 2
        << " people were detained.\n";
  }
  auto run = [&](int threads, const std::string& db) {
    PipelineOptions opts;
    opts.threads = threads;
    opts.batch_size = 4;
    Pipeline pipeline(opts);
    Store store((dir / db).string());
    RunResult r = pipeline.Run({(dir / "in").string()}, store);
    std::vector<std::string> rows;
    for (const DocumentSummary& d : store.List()) rows.push_back("D " + d.id);
    for (const EntitySummary& e : store.Entities()) rows.push_back(e.id + " " + e.name);
    rows.insert(rows.end(), r.ids.begin(), r.ids.end());
    return rows;
  };
  const std::vector<std::string> one = run(1, "one.db");
  const std::vector<std::string> four = run(4, "four.db");
  EXPECT_GT(one.size(), 61u * 2);
  EXPECT_EQ(one, four);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace parallax
