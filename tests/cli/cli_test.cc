// The parallax binary end to end: bad inputs, exit codes, idempotent and
// resumable ingest, stdin. Inputs are generated here at test time.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>

#include "cli/cli_run.h"
#include "support/bytes.h"

namespace fs = std::filesystem;

namespace {

using parallax::cli_test::Outcome;
using parallax::cli_test::Slurp;

void Spit(const fs::path& p, std::string_view data) {
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

using parallax::testing::Gzip;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("parallax-cli-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs the binary through the shell with CI set (so no progress line).
  Outcome Run(const std::string& args, const std::string& stdin_data = "") {
    Spit(dir_ / "stdin", stdin_data);
    return parallax::cli_test::RunParallax(dir_, args, (dir_ / "stdin").string());
  }

  fs::path dir_;
};

const char kGermanText[] =
    "Proteste in Kasachstan\n\nIn der Stadt Schangaösen gingen Anfang Januar 2022 "
    "Hunderte Menschen auf die Straße, nachdem sich der Preis für Flüssiggas verdoppelt hatte.\n";

const char kEnglishHtml[] =
    "<!DOCTYPE html><html lang=\"en\"><head><title>Fuel prices spark unrest</title></head>"
    "<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
    "<article><p>Demonstrators gathered in the western oil town after the price of liquefied "
    "gas doubled at the start of the year, and by the evening the crowd had filled the main "
    "square in front of the regional administration.</p><p>Officials promised a review of the "
    "price within days, but the protesters said they would stay until it was reversed.</p>"
    "</article></body></html>";

const char kWarc[] =
    "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://example.org/a\r\n"
    "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
    "Content-Type: text/plain\r\nContent-Length: 62\r\n\r\n"
    "Protesters and police clashed near the city hall on Wednesday.\r\n\r\n";

TEST_F(CliTest, BadInputsAreReportedAndTheRunGoesOn) {
  fs::path in = dir_ / "inputs";
  Spit(in / "good.txt", kGermanText);
  Spit(in / "page.html", kEnglishHtml);
  Spit(in / "empty.txt", "");
  std::string binary(4096, '\0');
  for (size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>((i * 7919) % 256);
  Spit(in / "photo.html", binary);
  std::string gz = Gzip(std::string(kWarc) + kWarc);
  Spit(in / "cut.warc.gz", gz.substr(0, gz.size() / 2));
  Spit(in / "corrupt.zip", std::string("PK\x03\x04", 4) + std::string(300, '\x55'));
  Spit(in / "feed.jsonl",
       "{\"url\":\"https://news.example.kz/a\",\"title\":\"Almaty\",\"text\":\"Smoke rose over the "
       "square as the crowd grew through the evening.\"}\n{not json at all\n");
  { std::ofstream big(in / "huge.txt"); }
  fs::resize_file(in / "huge.txt", 200ull << 20);  // sparse: no disk used

  Outcome o = Run("--db store.db analyze inputs missing.txt --json result.json");
  EXPECT_EQ(o.exit_code, 0) << o.err;
  for (const char* name : {"empty.txt", "photo.html", "cut.warc.gz", "corrupt.zip", "feed.jsonl:2",
                           "huge.txt", "missing.txt"}) {
    EXPECT_NE(o.err.find(name), std::string::npos) << "no stderr line for " << name << "\n"
                                                   << o.err;
  }
  nlohmann::json j = nlohmann::json::parse(Slurp(dir_ / "result.json"));
  ASSERT_TRUE(j.contains("documents"));
  ASSERT_TRUE(j.contains("errors"));
  ASSERT_TRUE(j.contains("stories"));
  EXPECT_EQ(j["documents"].size(), 3u) << j["documents"].dump();
  EXPECT_GE(j["errors"].size(), 7u);
  for (const auto& e : j["errors"]) {
    EXPECT_FALSE(e["source"].get<std::string>().empty());
    EXPECT_FALSE(e["reason"].get<std::string>().empty());
  }
  // One stderr line per skipped input.
  size_t lines = 0;
  for (char c : o.err) lines += c == '\n';
  EXPECT_EQ(lines, j["errors"].size()) << o.err;
}

// --json onto something that is not a regular file: a symbolic link keeps
// pointing at the file, which gets the JSON; a FIFO (as /dev/null, a device)
// is written in place and stays a FIFO. Renaming a temporary file over them
// would replace them (as root it replaced /dev/null itself).
TEST_F(CliTest, JsonIntoALinkOrAFifoLeavesThemInPlace) {
  Spit(dir_ / "in.txt", kGermanText);
  Spit(dir_ / "real.json", "old");
  fs::create_symlink("real.json", dir_ / "link.json");
  Outcome o = Run("--db store.db analyze in.txt --json link.json");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.json"));
  EXPECT_TRUE(nlohmann::json::accept(Slurp(dir_ / "real.json")));

  const fs::path fifo = dir_ / "out.fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  auto read = std::make_shared<std::promise<std::string>>();
  std::future<std::string> got = read->get_future();
  std::thread([read, fifo] { read->set_value(Slurp(fifo)); }).detach();
  o = Run("--db store.db analyze in.txt --json out.fifo");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_TRUE(fs::is_fifo(fifo));
  // A replaced FIFO leaves the reader waiting: time out rather than hang.
  ASSERT_EQ(got.wait_for(std::chrono::seconds(30)), std::future_status::ready);
  EXPECT_TRUE(nlohmann::json::accept(got.get()));
}

TEST_F(CliTest, NothingReadableExitsOne) {
  Spit(dir_ / "empty.txt", "");
  Outcome o = Run("analyze empty.txt does-not-exist.html");
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_NE(o.err.find("does-not-exist.html"), std::string::npos);
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Run("").exit_code, 2);
  EXPECT_EQ(Run("frobnicate").exit_code, 2);
  EXPECT_EQ(Run("analyze").exit_code, 2);
  EXPECT_EQ(Run("--threads -3 docs").exit_code, 2);
}

TEST_F(CliTest, MissingDataFolderExitsFour) {
  Spit(dir_ / "a.txt", kGermanText);
  Outcome o = Run("--data-dir /nonexistent/parallax-data analyze a.txt");
  EXPECT_EQ(o.exit_code, 4);
  EXPECT_NE(o.err.find("/nonexistent/parallax-data"), std::string::npos) << o.err;
}

TEST_F(CliTest, EveryCommandHasHelp) {
  for (const char* cmd : {"", "ingest ", "docs ", "show ", "analyze "}) {
    Outcome o = Run(std::string(cmd) + "--help");
    EXPECT_EQ(o.exit_code, 0) << cmd;
    EXPECT_NE(o.out.find("Usage"), std::string::npos) << cmd << o.out;
  }
  EXPECT_NE(Run("--help").out.find("Exit codes"), std::string::npos);
}

TEST_F(CliTest, IngestTwiceKeepsOneAndShowFindsByPrefix) {
  Spit(dir_ / "a" / "one.txt", kGermanText);
  Spit(dir_ / "a" / "copy.txt", kGermanText);  // same bytes: one document
  Spit(dir_ / "a" / "two.html", kEnglishHtml);
  Outcome first = Run("--db s.db ingest a");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  Outcome second = Run("--db s.db ingest a");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.out.find("2 documents: 0 new, 3 already stored or repeated"), std::string::npos)
      << second.out;

  Outcome docs = Run("--db s.db docs --json");
  ASSERT_EQ(docs.exit_code, 0);
  nlohmann::json list = nlohmann::json::parse(docs.out);
  ASSERT_EQ(list.size(), 2u);
  std::string id = list[0]["id"];
  Outcome show = Run("--db s.db show " + id.substr(0, 6));
  EXPECT_EQ(show.exit_code, 0) << show.err;
  EXPECT_NE(show.out.find(id), std::string::npos);
  Outcome shown_json = Run("--db s.db show --json " + id);
  EXPECT_EQ(nlohmann::json::parse(shown_json.out)["id"], id);
  EXPECT_EQ(Run("--db s.db show ffffffffffff").exit_code, 5);
}

TEST_F(CliTest, ShowListsRemovedBlocksAndTheFundraisingSignal) {
  Spit(dir_ / "page.html",
       "<html><head><title>Zamieszki</title></head><body>"
       "<nav><a href=\"/\">Strona główna</a> <a href=\"/swiat\">Świat</a></nav><article>"
       "<p>W środę wieczorem demonstranci zajęli budynek administracji w centrum miasta, a policja "
       "zamknęła okoliczne ulice aż do rana.</p><p>Rząd zapowiedział, że ceny gazu wrócą do "
       "poprzedniego poziomu, ale protestujący nie chcieli się rozejść.</p></article>"
       "<div class=\"donate\"><p>Wesprzyj nas! Wpłać na konto PL61 1090 1014 0000 0712 1981 2874"
       "</p></div></body></html>");
  ASSERT_EQ(Run("--db s.db -q ingest page.html").exit_code, 0);
  nlohmann::json list = nlohmann::json::parse(Run("--db s.db docs --json").out);
  ASSERT_EQ(list.size(), 1u);
  Outcome o = Run("--db s.db show --removed " + list[0]["id"].get<std::string>());
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_NE(o.out.find("[navigation] Strona główna"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("asks for money: "), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("iban: PL61 1090 1014 0000 0712 1981 2874"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("[fundraising] Wesprzyj nas!"), std::string::npos) << o.out;
  // The appeal is not in the article's paragraphs.
  std::istringstream lines(o.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("[pl] ", 0) == 0) {
      EXPECT_EQ(line.find("Wesprzyj"), std::string::npos) << line;
    }
  }
}

TEST_F(CliTest, StandardInput) {
  Outcome o = Run("analyze - --json -", kGermanText);
  ASSERT_EQ(o.exit_code, 0) << o.err;
  nlohmann::json j = nlohmann::json::parse(o.out);
  ASSERT_EQ(j["documents"].size(), 1u);
  EXPECT_EQ(j["documents"][0]["source"], "-");
  EXPECT_EQ(j["documents"][0]["lang"], "de");
}

int CountRows(const fs::path& db, const char* sql) {
  sqlite3* h = nullptr;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return -1;
  sqlite3_stmt* st = nullptr;
  int n = -1;
  if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
    n = sqlite3_column_int(st, 0);
  }
  sqlite3_finalize(st);
  sqlite3_close(h);
  return n;
}

TEST_F(CliTest, KilledRunLeavesAConsistentStoreAndARerunCompletesIt) {
  const int kDocs = 3000;
  for (int i = 0; i < kDocs; ++i) {
    Spit(dir_ / "corpus" / ("doc" + std::to_string(i) + ".txt"),
         "Meldung " + std::to_string(i) + "\n\nIn der Nacht zum " + std::to_string(i % 28 + 1) +
             ". Januar wurden " + std::to_string(i * 3 + 7) +
             " Menschen festgenommen, teilte das Innenministerium mit. Weitere Angaben gab es "
             "zunächst nicht.\n");
  }
  for (int delay_ms : {300, 900}) {
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      if (chdir(dir_.c_str()) != 0) _exit(99);
      setenv("CI", "true", 1);
      execl(PARALLAX_BINARY, PARALLAX_BINARY, "--db", "kill.db", "--threads", "1", "-q", "ingest",
            "corpus", static_cast<char*>(nullptr));
      _exit(98);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    fs::path db = dir_ / "kill.db";
    if (!fs::exists(db)) continue;  // killed before the store was created
    EXPECT_EQ(
        CountRows(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'"),
        0);
    // Every stored document is whole: it has paragraphs and sentences.
    EXPECT_EQ(CountRows(db,
                        "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                        "(SELECT 1 FROM sentences s WHERE s.doc_id = d.id)"),
              0);
    EXPECT_LE(CountRows(db, "SELECT count(*) FROM documents"), kDocs);
  }
  Outcome o = Run("--db kill.db -q ingest corpus");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_EQ(CountRows(dir_ / "kill.db", "SELECT count(*) FROM documents"), kDocs);
}

}  // namespace
