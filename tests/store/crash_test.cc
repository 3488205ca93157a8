// Crash safety of the store, tested for real: a forked child writes batches
// of documents in a loop and is killed with SIGKILL at a random moment
// (some kills aimed at WAL checkpoints). After every kill the store must
// pass PRAGMA integrity_check and the FTS5 integrity check, hold only whole
// batches (every document with all of its paragraphs and sentences, one
// failure and one source per document of each batch written, and the entity
// rows of those documents and no others), and writing
// every batch again must complete the set without duplicates.

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "parallax/store.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

constexpr int kBatchSize = 20;
constexpr int kTrials = 12;

uint32_t Mix(uint32_t x) {  // a small integer hash (lowbias32)
  x ^= x >> 16;
  x *= 0x7feb352dU;
  x ^= x >> 15;
  x *= 0x846ca68bU;
  x ^= x >> 16;
  return x;
}

// Document `i` of batch `batch`: the id encodes both, and the number of
// paragraphs and sentences is derived from them, so a reader can check that
// every stored document is whole.
Document CrashDocument(int batch, int i) {
  uint32_t h = Mix(static_cast<uint32_t>(batch * kBatchSize + i) + 1);
  char id[32];
  std::snprintf(id, sizeof id, "%04x%04x%08x", static_cast<unsigned>(batch) & 0xffff,
                static_cast<unsigned>(i) & 0xffff, h);
  Document d;
  d.id = id;
  d.source = "crash/" + std::to_string(batch) + "/" + std::to_string(i) + ".html";
  d.title = "Bericht " + d.id;
  d.format = "html";
  d.container = "file";
  d.charset = "utf-8";
  d.charset_source = "utf8";
  d.lang = {"de", 0.9, true, "cld2", {{"de", 0.9}, {"ru", 0.1}}};
  int paragraphs = 1 + static_cast<int>(h % 6);
  for (int p = 0; p < paragraphs; ++p) {
    if (p > 0) d.text += "\n\n";
    uint32_t paragraph_start = static_cast<uint32_t>(d.text.size());
    int sentences = 1 + static_cast<int>((h >> (4 * p)) % 5);
    for (int s = 0; s < sentences; ++s) {
      if (s > 0) d.text += " ";
      uint32_t start = static_cast<uint32_t>(d.text.size());
      d.text += "Satz " + std::to_string(s) + " im Absatz " + std::to_string(p) +
                " über das Dokument " + d.id + ", und ещё немного текста для объёма.";
      d.sentences.push_back(
          {{start, static_cast<uint32_t>(d.text.size())}, static_cast<uint32_t>(p)});
    }
    d.paragraphs.push_back({{paragraph_start, static_cast<uint32_t>(d.text.size())},
                            {p % 2 ? "ru" : "de", 0.5, false, "script", {}}});
  }
  d.raw = "<html><body>" + d.text + "</body></html>";
  d.text_to_raw = OffsetMap::Identity(d.text.size());
  d.signals = {{"batch", batch}, {"index", i}};
  // Two entities: one every document shares (by its key), one of its own.
  const uint32_t satz = static_cast<uint32_t>(d.text.find("Satz"));
  const uint32_t own = static_cast<uint32_t>(d.text.find(d.id));
  d.entities.push_back({"",
                        "Satz",
                        EntityType::kOther,
                        {"Satz"},
                        {{{satz, satz + 4}, 0}},
                        {"k:shared"},
                        {},
                        false,
                        ""});
  d.entities.push_back({"",
                        d.id,
                        EntityType::kOrganization,
                        {d.id},
                        {{{own, own + static_cast<uint32_t>(d.id.size())}, 0}},
                        {"k:" + d.id},
                        {},
                        false,
                        ""});
  return d;
}

std::vector<Document> CrashBatch(int batch) {
  std::vector<Document> out;
  for (int i = 0; i < kBatchSize; ++i) out.push_back(CrashDocument(batch, i));
  return out;
}

std::vector<InputFailure> CrashFailures(int batch) {
  return {{"crash/" + std::to_string(batch) + "/broken.gz", "truncated gzip stream"}};
}

// The child: writes batch after batch until killed. Reports each committed
// batch on `fd` with 'b', and with 'c' just before a forced checkpoint
// (TRUNCATE, from a second connection, every third batch), so the parent can
// aim a kill at a checkpoint. Never returns.
[[noreturn]] void WriteUntilKilled(const std::string& path, int fd) {
  try {
    Store store(path);
    int64_t run = store.BeginRun({"crash"});
    sqlite3* checkpointer = nullptr;
    if (sqlite3_open(path.c_str(), &checkpointer) != SQLITE_OK) _exit(4);
    sqlite3_busy_timeout(checkpointer, 10000);
    for (int batch = 0;; ++batch) {
      store.WriteBatch(run, CrashBatch(batch), CrashFailures(batch));
      bool checkpoint = batch % 3 == 2;
      if (write(fd, checkpoint ? "c" : "b", 1) != 1) _exit(5);
      if (checkpoint) {
        int rc = sqlite3_wal_checkpoint_v2(checkpointer, nullptr, SQLITE_CHECKPOINT_TRUNCATE,
                                           nullptr, nullptr);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY) _exit(6);
      }
    }
  } catch (...) {
    _exit(3);
  }
}

std::string Scalar(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
    return out;
  }
  if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr) {
    out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  return out;
}

// Checks the store after a kill; returns the number of whole batches in it.
int VerifyAfterCrash(const std::string& path) {
  { Store recover(path); }  // opening runs WAL recovery (and creates a store never created)
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(Scalar(db, "PRAGMA integrity_check"), "ok");
  char* message = nullptr;
  EXPECT_EQ(sqlite3_exec(db, "INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')",
                         nullptr, nullptr, &message),
            SQLITE_OK)
      << (message ? message : "");
  sqlite3_free(message);

  int documents = std::stoi(Scalar(db, "SELECT count(*) FROM documents"));
  EXPECT_EQ(documents % kBatchSize, 0) << "a half batch: " << documents << " documents";
  int batches = documents / kBatchSize;
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM failures"), std::to_string(batches));
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM sources"), std::to_string(documents));
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM documents_fts"), std::to_string(documents));
  // The entities of whole documents only: two mentions each, one entity
  // shared by all and one of each document's own.
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM entity_mentions"), std::to_string(2 * documents));
  EXPECT_EQ(Scalar(db, "SELECT count(DISTINCT doc_id) FROM entity_mentions"),
            std::to_string(documents));
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM entities"),
            std::to_string(documents + (documents > 0 ? 1 : 0)));
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM entity_keys"),
            std::to_string(documents + (documents > 0 ? 1 : 0)));
  EXPECT_EQ(Scalar(db, "SELECT coalesce(sum(count), 0) FROM entity_variants"),
            std::to_string(2 * documents));

  // Every document of batches 0..batches-1 is there, with all its parts.
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db,
                               "SELECT d.id, (SELECT count(*) FROM paragraphs p WHERE p.doc_id = "
                               "d.id), (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id) "
                               "FROM documents d WHERE d.id = ?1",
                               -1, &stmt, nullptr),
            SQLITE_OK);
  for (int batch = 0; batch < batches; ++batch) {
    for (int i = 0; i < kBatchSize; ++i) {
      Document want = CrashDocument(batch, i);
      sqlite3_bind_text(stmt, 1, want.id.c_str(), -1, SQLITE_TRANSIENT);
      if (sqlite3_step(stmt) != SQLITE_ROW) {
        ADD_FAILURE() << "missing " << want.id;
        sqlite3_reset(stmt);
        continue;
      }
      EXPECT_EQ(sqlite3_column_int64(stmt, 1), static_cast<int64_t>(want.paragraphs.size()))
          << want.id;
      EXPECT_EQ(sqlite3_column_int64(stmt, 2), static_cast<int64_t>(want.sentences.size()))
          << want.id;
      sqlite3_reset(stmt);
    }
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);

  if (batches > 0) {  // one document read back whole through the API
    Store store(path);
    Document want = CrashDocument(batches - 1, kBatchSize - 1);
    std::optional<Document> got = store.Get(want.id);
    EXPECT_TRUE(got.has_value());
    if (got) {
      EXPECT_EQ(got->text, want.text);
      EXPECT_EQ(got->raw, want.raw);
      EXPECT_EQ(got->sentences.back().span, want.sentences.back().span);
      EXPECT_EQ(got->signals, want.signals);
    }
  }
  return batches;
}

// Writes batches 0..batches+2 again: the stored ones add nothing, the rest
// complete the set.
void CompleteAgain(const std::string& path, int batches) {
  Store store(path);
  int64_t run = store.BeginRun({"crash", "again"});
  for (int batch = 0; batch < batches + 3; ++batch) {
    size_t added = store.WriteBatch(run, CrashBatch(batch), {});
    EXPECT_EQ(added, batch < batches ? 0u : static_cast<size_t>(kBatchSize)) << "batch " << batch;
  }
  store.EndRun(run, "ok");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  std::string total = std::to_string((batches + 3) * kBatchSize);
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM documents"), total);
  EXPECT_EQ(Scalar(db, "SELECT count(DISTINCT id) FROM documents"), total);
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM entity_mentions WHERE entity = 1"), total);
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM sources WHERE run = " + std::to_string(run)), total);
  EXPECT_EQ(Scalar(db, "PRAGMA integrity_check"), "ok");
  sqlite3_close(db);
}

TEST(StoreCrashTest, KilledWriterLeavesOnlyWholeBatches) {
  unsigned seed = 20240309;
  if (const char* env = std::getenv("PARALLAX_CRASH_SEED")) seed = std::stoul(env);
  std::mt19937 rng(seed);
  std::string tmpl = (fs::temp_directory_path() / "parallax-crash-XXXXXX").string();
  ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
  fs::path dir = tmpl;

  int total_batches = 0;
  for (int trial = 0; trial < kTrials; ++trial) {
    std::string path = (dir / ("trial" + std::to_string(trial) + ".db")).string();
    // Trials 0..7: a kill after a delay from 0 (during open and migration) up
    // to 400 ms; trials 8..11: a kill 0-800 µs after the child announces a
    // checkpoint.
    bool aim_at_checkpoint = trial >= 8;
    int delay_us = aim_at_checkpoint ? static_cast<int>(rng() % 800)
                   : trial == 0      ? 0
                                     : static_cast<int>(rng() % (50000 * trial));
    int checkpoints_first = 1 + static_cast<int>(rng() % 4);
    SCOPED_TRACE(
        "trial " + std::to_string(trial) + ", seed " + std::to_string(seed) + ", delay " +
        std::to_string(delay_us) + " us" +
        (aim_at_checkpoint ? ", after checkpoint " + std::to_string(checkpoints_first) : ""));
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(fds[0]);
      WriteUntilKilled(path, fds[1]);
    }
    close(fds[1]);
    if (aim_at_checkpoint) {
      int seen = 0;
      char c = 0;
      while (seen < checkpoints_first && read(fds[0], &c, 1) == 1) {
        if (c == 'c') ++seen;
      }
    }
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us));
    kill(child, SIGKILL);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    close(fds[0]);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
        << "the writer stopped on its own, exit code "
        << (WIFEXITED(status) ? WEXITSTATUS(status) : -1);

    int batches = VerifyAfterCrash(path);
    total_batches += batches;
    CompleteAgain(path, batches);
    if (HasFatalFailure()) break;
  }
  // The test must have killed writers in the middle of real work.
  EXPECT_GT(total_batches, 10);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace parallax
