// Pipeline::Run with the site-line pre-pass (PipelineOptions::site_lines):
// a folder of small scrapes of one invented site, each a one-line JSONL file
// with its URL (bare .txt files have no site key), plus a scrape of another
// site that shares one line. The texts are written for this test.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "parallax/pipeline.h"
#include "parallax/store.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

const char* kLatest = "Latest stories";
const char* kSlogan = "The Taiga Post – plain news from the northern forests since 2003";
const char* kLetter = "Our morning letter reaches your inbox at six on weekdays - sign me up";
const char* kQuote =
    "\"We will not close a single school in the district before the new road is finished,\" "
    "the mayor told the council.";

struct Scrape {
  std::string url;
  std::string text;
};

std::vector<Scrape> Scrapes() {
  const std::string latest = kLatest, slogan = kSlogan, letter = kLetter, quote = kQuote;
  return {
      {"https://www.taigapost.example/region/2023/03/ferry",
       latest +
           "\n\nFerry returns to the river after the ice melts\n\nThe first ferry of the "
           "season crossed the river on Monday morning. Its captain said the water was "
           "still high.\n\n" +
           slogan + "\n\n" + letter + "\n"},
      {"https://taigapost.example/economy/2023/03/sawmill",
       "Sawmill hires forty workers for the summer\n\n" + letter +
           "\n\nThe old sawmill near the station is hiring again. Wages are higher than last "
           "year, the owner said.\n\n" +
           quote + "\n\n" + latest + "\n\n" + slogan + "\n"},
      {"https://taigapost.example/region/2023/04/school-road",
       slogan +
           "\n\nCouncil argues over the school road\n\nThe council met for five hours on "
           "Thursday. No decision was taken on the money for the road.\n\n" +
           quote + "\n\n" + latest + "\n"},
      {"https://taigapost.example/culture/2023/04/choir",
       "Village choir wins the regional prize\n\n" + latest +
           "\n\nThe choir of twelve singers travelled three hundred kilometres to the "
           "competition. They sang four songs in two languages.\n\n" +
           letter + "\n\n" + slogan + "\n"},
      {"https://taigapost.example/region/2023/05/fires",
       "First forest fires of the year put out\n\nFirefighters stopped two small fires north of "
       "the lake on Sunday. Nobody was hurt.\n\n" +
           slogan + "\n\n" + latest + "\n\n" + letter + "\n"},
      // Another site: it shares "Latest stories" but is one document there.
      {"https://steppe-courier.example/news/2023/05/bridge",
       latest + "\n\nNew bridge opens on the steppe road\n\nThe bridge over the dry river bed "
                "opened on Friday after two years of work. Trucks no longer need the long "
                "detour.\n"},
  };
}

class SiteLinesRun : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("parallax-site-lines-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
    int n = 0;
    for (const Scrape& s : Scrapes()) {
      nlohmann::json line = {{"url", s.url}, {"text", s.text}};
      std::ofstream(dir_ / "in" / ("scrape" + std::to_string(n++) + ".jsonl"))
          << line.dump() << "\n";
    }
    // A bare text file with the same furniture: no site key, not judged.
    std::ofstream(dir_ / "in" / "bare.txt")
        << "Ice road closes early this spring\n\n"
        << kLatest << "\n\n"
        << "Warm weather closed the ice road two weeks earlier than usual. Villages now wait "
           "for the ferry.\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs the folder; documents by source file name.
  std::map<std::string, Document> RunFolder(bool site_lines, RunResult* result = nullptr) {
    PipelineOptions opts;
    opts.threads = 2;
    opts.site_lines = site_lines;
    Pipeline pipeline(opts);
    Store store((dir_ / (site_lines ? "on.db" : "off.db")).string());
    RunResult r = pipeline.Run({(dir_ / "in").string()}, store);
    EXPECT_TRUE(r.failures.empty());
    std::map<std::string, Document> docs;
    for (const std::string& id : r.ids) {
      std::optional<Document> d = store.Get(id);
      if (!d) continue;
      docs[fs::path(d->source.substr(0, d->source.find(':'))).filename().string()] = *d;
    }
    if (result) *result = r;
    return docs;
  }

  fs::path dir_;
};

std::string ReasonOf(const Document& d, const std::string& needle) {
  for (const RemovedBlock& b : d.removed) {
    if (b.text.find(needle) != std::string::npos) return b.reason;
  }
  return "";
}

bool Kept(const Document& d, const std::string& needle) {
  return d.text.find(needle) != std::string::npos;
}

TEST_F(SiteLinesRun, RemovesTheSitesFurnitureWithReasons) {
  RunResult r;
  std::map<std::string, Document> docs = RunFolder(true, &r);
  ASSERT_EQ(docs.size(), 7u);
  EXPECT_TRUE(r.notes.empty());
  for (int i = 0; i < 5; ++i) {
    const Document& d = docs.at("scrape" + std::to_string(i) + ".jsonl");
    EXPECT_EQ(d.site, "taigapost.example");
    EXPECT_EQ(ReasonOf(d, kLatest), "boilerplate") << i;
    EXPECT_EQ(ReasonOf(d, "plain news from the northern forests"), "boilerplate") << i;
    EXPECT_FALSE(Kept(d, kLatest)) << i;
    EXPECT_FALSE(Kept(d, "northern forests")) << i;
    EXPECT_FALSE(Kept(d, "morning letter")) << i;
  }
  // The headline stays, and so does the title taken from it.
  EXPECT_EQ(docs.at("scrape0.jsonl").title, "Ferry returns to the river after the ice melts");
  EXPECT_EQ(ReasonOf(docs.at("scrape0.jsonl"), "morning letter"), "boilerplate");
  // The mayor's sentence, quoted by two articles of the site, stays in both.
  EXPECT_TRUE(Kept(docs.at("scrape1.jsonl"), "the mayor told the council."));
  EXPECT_TRUE(Kept(docs.at("scrape2.jsonl"), "the mayor told the council."));
  EXPECT_TRUE(Kept(docs.at("scrape2.jsonl"), "No decision was taken"));
  // The other site has "Latest stories" once: kept there, as in the bare file.
  EXPECT_TRUE(Kept(docs.at("scrape5.jsonl"), kLatest));
  EXPECT_TRUE(Kept(docs.at("bare.txt"), kLatest));
}

TEST_F(SiteLinesRun, WithoutThePrePassTheFurnitureStays) {
  std::map<std::string, Document> docs = RunFolder(false);
  ASSERT_EQ(docs.size(), 7u);
  EXPECT_TRUE(Kept(docs.at("scrape0.jsonl"), kLatest));
  EXPECT_TRUE(Kept(docs.at("scrape0.jsonl"), "northern forests"));
  EXPECT_EQ(ReasonOf(docs.at("scrape0.jsonl"), kLatest), "");
}

TEST_F(SiteLinesRun, StandardInputSkipsThePrePassWithANote) {
  // Standard input is /dev/null here: "-" is read once, as an empty input.
  int saved = ::dup(STDIN_FILENO);
  int null_fd = ::open("/dev/null", O_RDONLY);
  ASSERT_GE(saved, 0);
  ASSERT_GE(null_fd, 0);
  ::dup2(null_fd, STDIN_FILENO);
  ::close(null_fd);
  PipelineOptions opts;
  opts.threads = 1;
  Pipeline pipeline(opts);
  RunResult r;
  {
    Store store((dir_ / "stdin.db").string());
    r = pipeline.Run({(dir_ / "in").string(), "-"}, store);
  }
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_NE(r.notes[0].find("standard input"), std::string::npos);
  EXPECT_EQ(r.ids.size(), 7u);  // the folder is still processed, without the table
}

}  // namespace
}  // namespace parallax
