// Tests for the SQLite store (include/parallax/store.h): round trips of every
// Document field, deduplication by id, opening and refusing files, schema
// versions, all-or-nothing batches, lookups by prefix, and the order of
// List, RunDocuments and Failures. Crash safety is in crash_test.cc.

#include "parallax/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "parallax/error.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

// A fresh directory per test, removed afterwards.
class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "parallax-store-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string PathOf(const std::string& name) const { return (dir_ / name).string(); }

  fs::path dir_;
};

// A direct connection for looking at (and tampering with) the file.
class RawDb {
 public:
  explicit RawDb(const std::string& path) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) ADD_FAILURE() << sqlite3_errmsg(db_);
  }
  ~RawDb() { sqlite3_close(db_); }
  void Exec(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      ADD_FAILURE() << sql << ": " << (message ? message : "");
      sqlite3_free(message);
    }
  }
  // The first column of the first row, as text ("" if no row).
  std::string Scalar(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db_);
      return out;
    }
    if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return out;
  }
  int64_t Count(const std::string& table) {
    return std::stoll(Scalar("SELECT count(*) FROM " + table));
  }

 private:
  sqlite3* db_ = nullptr;
};

// What schema versions 6 to 8 added, dropped to turn a store back into an
// older version (the migration tests).
constexpr const char* kDropVersionSix =
    "DROP TABLE story_members; DROP TABLE citations; DROP TABLE quotes; DROP TABLE claims; "
    "DROP TABLE entity_variants; DROP TABLE entity_mentions; DROP TABLE entity_attach; "
    "DROP TABLE entity_keys; DROP TABLE entities;";

// A document with every field set to something other than its default.
Document MakeDocument(const std::string& id, const std::string& source, const std::string& text) {
  Document d;
  d.id = id;
  d.source = source;
  d.url = "https://example.org/news/" + id;
  d.site = "example.org";
  d.title = "Headline for " + id;
  d.published = "2024-03-09";
  d.format = "html";
  d.container = "file";
  d.raw = "<p>" + text + "</p>";
  d.charset = "utf-8";
  d.charset_source = "meta";
  d.invalid_bytes = 3;
  d.text = text;
  d.paragraphs.push_back({{0, static_cast<uint32_t>(text.size())},
                          {"de", 0.75, true, "cld2", {{"de", 0.8}, {"fr", 0.2}}},
                          ParagraphKind::kHeading});
  d.sentences.push_back({{0, static_cast<uint32_t>(text.size())}, 0});
  d.text_to_raw.Add(0, text.size(), 3, text.size());
  d.lang = {"de", 0.875, true, "cld2+script", {{"de", 0.8}, {"fr", 0.2}}};
  d.mixed_language = true;
  d.removed.push_back({"Share this story", "boilerplate"});
  d.signals = {{"words", 42}, {"has_byline", false}, {"nested", {{"ratio", 0.125}}}};
  return d;
}

void ExpectSameDocument(const Document& want, const Document& got) {
  EXPECT_EQ(want.id, got.id);
  EXPECT_EQ(want.source, got.source);
  EXPECT_EQ(want.url, got.url);
  EXPECT_EQ(want.site, got.site);
  EXPECT_EQ(want.title, got.title);
  EXPECT_EQ(want.published, got.published);
  EXPECT_EQ(want.format, got.format);
  EXPECT_EQ(want.container, got.container);
  EXPECT_EQ(want.raw, got.raw);
  EXPECT_EQ(want.charset, got.charset);
  EXPECT_EQ(want.charset_source, got.charset_source);
  EXPECT_EQ(want.invalid_bytes, got.invalid_bytes);
  EXPECT_EQ(want.text, got.text);
  ASSERT_EQ(want.paragraphs.size(), got.paragraphs.size());
  for (size_t i = 0; i < want.paragraphs.size(); ++i) {
    EXPECT_EQ(want.paragraphs[i].span, got.paragraphs[i].span) << "paragraph " << i;
    EXPECT_EQ(want.paragraphs[i].lang, got.paragraphs[i].lang) << "paragraph " << i;
    EXPECT_EQ(want.paragraphs[i].kind, got.paragraphs[i].kind) << "paragraph " << i;
  }
  ASSERT_EQ(want.sentences.size(), got.sentences.size());
  for (size_t i = 0; i < want.sentences.size(); ++i) {
    EXPECT_EQ(want.sentences[i].span, got.sentences[i].span) << "sentence " << i;
    EXPECT_EQ(want.sentences[i].paragraph, got.sentences[i].paragraph) << "sentence " << i;
  }
  EXPECT_EQ(want.text_to_raw.runs(), got.text_to_raw.runs());
  EXPECT_EQ(want.lang, got.lang);
  EXPECT_EQ(want.mixed_language, got.mixed_language);
  ASSERT_EQ(want.removed.size(), got.removed.size());
  for (size_t i = 0; i < want.removed.size(); ++i) {
    EXPECT_EQ(want.removed[i].text, got.removed[i].text);
    EXPECT_EQ(want.removed[i].reason, got.removed[i].reason);
  }
  EXPECT_EQ(want.signals, got.signals);
  EXPECT_EQ(want.quantities, got.quantities);
  EXPECT_EQ(want.dates, got.dates);
}

TEST_F(StoreTest, RoundTripsEveryFieldOfAMultilingualDocument) {
  // Several scripts, combining marks, an emoji and a line break per paragraph.
  std::string p1 = "Der Bürgermeister von Köln sprach gestern.";
  std::string p2 = "Ο δήμαρχος μίλησε χθες. Мэр выступил вчера.";
  std::string p3 =
      "قال رئيس البلدية أمس. 市长昨天发表了讲话。 👍🏽 e\u0301";
  std::string text = p1 + "\n\n" + p2 + "\n\n" + p3;
  Document d = MakeDocument("a1b2c3d4e5f60718", "corpus/ünïcode-名前.html", text);
  d.paragraphs.clear();
  d.sentences.clear();
  uint32_t at = 0;
  uint32_t index = 0;
  for (const std::string* p : {&p1, &p2, &p3}) {
    uint32_t end = at + static_cast<uint32_t>(p->size());
    d.paragraphs.push_back({{at, end}, {index == 0 ? "de" : "und", 0.5, index == 0, "script", {}}});
    d.sentences.push_back({{at, end - 3}, index});
    d.sentences.push_back({{end - 3, end}, index});
    at = end + 2;
    ++index;
  }
  d.paragraphs[2].lang.shares = {{"ar", 0.6}, {"zh-Hant", 0.4}};
  d.paragraphs[0].kind = ParagraphKind::kTitle;
  d.paragraphs[1].kind = ParagraphKind::kText;
  d.paragraphs[2].kind = ParagraphKind::kHeading;
  d.text_to_raw = OffsetMap();
  d.text_to_raw.Add(0, 10, 100, 20);
  d.text_to_raw.Add(12, 5, 130, 5);
  d.published.reset();
  d.title = "Заголовок — عنوان";
  // Figures of every kind and qualifier, fractions, a range, a huge value,
  // and dates with and without values.
  d.quantities.push_back(
      {{0, 3}, 0, QuantityKind::kNumber, 18, std::nullopt, "", Approx::kExact, {0, 3}});
  d.quantities.push_back(
      {{4, 9}, 1, QuantityKind::kMoney, 91e6, std::nullopt, "USD", Approx::kAbout, {6, 9}});
  d.quantities.push_back(
      {{10, 12}, 2, QuantityKind::kPercent, 2.5, 3.75, "%", Approx::kRange, {10, 12}});
  d.quantities.push_back({{12, 14},
                          3,
                          QuantityKind::kMeasure,
                          1e300,
                          std::nullopt,
                          "km²",
                          Approx::kMoreThan,
                          {13, 14}});
  d.quantities.push_back(
      {{14, 15}, 3, QuantityKind::kDuration, 48, std::nullopt, "h", Approx::kVague, {14, 15}});
  // Built by hand without a figure: stored and read back as such.
  d.quantities.push_back(
      {{15, 16}, 4, QuantityKind::kOrdinal, 3, std::nullopt, "", Approx::kUpTo, {}});
  d.dates.push_back({{20, 30},
                     0,
                     "2022-01-06",
                     "",
                     DateBasis::kAbsolute,
                     true,
                     "year 2021 contradicts publication on 2022-01-10"});
  d.dates.push_back({{31, 35}, 1, "", "", DateBasis::kRelative, false, "no reference date"});
  d.dates.push_back({{36, 40}, 2, "2022-08-08", "2022-08-12", DateBasis::kCompleted, false, ""});
  d.dates.push_back({{41, 45}, 5, "T10:30", "", DateBasis::kTime, false, ""});

  Store store(PathOf("s.db"));
  int64_t run = store.BeginRun({"corpus"});
  EXPECT_EQ(store.WriteBatch(run, {d}, {}), 1u);
  EXPECT_TRUE(store.Contains(d.id));
  std::optional<Document> got = store.Get(d.id);
  ASSERT_TRUE(got.has_value());
  ExpectSameDocument(d, *got);
}

TEST_F(StoreTest, EmptyFieldsRoundTripAsEmptyNotNull) {
  Document d;
  d.id = "0000ffff0000ffff";
  d.source = "-";
  Store store(PathOf("s.db"));
  int64_t run = store.BeginRun({});
  ASSERT_EQ(store.WriteBatch(run, {d}, {}), 1u);
  std::optional<Document> got = store.Get(d.id);
  ASSERT_TRUE(got.has_value());
  ExpectSameDocument(d, *got);
  EXPECT_TRUE(got->signals.is_object());
}

TEST_F(StoreTest, TenMegabyteRawBlobWithEveryByteValue) {
  std::string raw(10u << 20, '\0');
  uint32_t x = 2463534242u;  // xorshift32: every byte value, NULs included
  for (char& c : raw) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    c = static_cast<char>(x & 0xff);
  }
  Document d = MakeDocument("bigbigbigbig0001", "big.bin", "short text");
  d.raw = raw;
  Store store(PathOf("s.db"));
  int64_t run = store.BeginRun({"big.bin"});
  ASSERT_EQ(store.WriteBatch(run, {d}, {}), 1u);
  std::optional<Document> got = store.Get("bigbig");
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->raw.size(), raw.size());
  EXPECT_TRUE(got->raw == raw);
  std::vector<DocumentSummary> list = store.List();
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].raw_bytes, raw.size());
}

TEST_F(StoreTest, SameDocumentTwiceIsOneRowAndTwoSources) {
  Store store(PathOf("s.db"));
  int64_t run1 = store.BeginRun({"a"});
  Document d = MakeDocument("feedfacecafe0001", "a/story.html", "Same story.");
  EXPECT_EQ(store.WriteBatch(run1, {d}, {}), 1u);
  int64_t run2 = store.BeginRun({"b"});
  Document again = d;
  again.source = "b/mirror.html";
  again.title = "A different title that must not overwrite the first";
  EXPECT_EQ(store.WriteBatch(run2, {again}, {}), 0u);

  RawDb raw(PathOf("s.db"));
  EXPECT_EQ(raw.Count("documents"), 1);
  EXPECT_EQ(raw.Count("paragraphs"), 1);
  EXPECT_EQ(raw.Count("sources"), 2);
  EXPECT_EQ(store.Get(d.id)->title, d.title);
  EXPECT_EQ(store.RunDocuments(run2), std::vector<std::string>{d.id});
}

TEST_F(StoreTest, SameIdTwiceInOneBatch) {
  Store store(PathOf("s.db"));
  int64_t run = store.BeginRun({"x"});
  Document a = MakeDocument("1234123412341234", "x/one.txt", "Twice in a batch.");
  Document b = a;
  b.source = "x/two.txt";
  Document c = a;  // same source again: still one sources row
  EXPECT_EQ(store.WriteBatch(run, {a, b, c}, {}), 1u);
  RawDb raw(PathOf("s.db"));
  EXPECT_EQ(raw.Count("documents"), 1);
  EXPECT_EQ(raw.Count("sentences"), 1);
  EXPECT_EQ(raw.Count("sources"), 2);
  EXPECT_EQ(store.RunDocuments(run), std::vector<std::string>{a.id});
}

TEST_F(StoreTest, ReopenAfterCloseKeepsData) {
  std::string path = PathOf("s.db");
  int64_t run = 0;
  {
    Store store(path);
    run = store.BeginRun({"in"});
    store.WriteBatch(run, {MakeDocument("aaaa000011112222", "in/a", "First.")},
                     {{"in/broken.gz", "truncated gzip stream"}});
    store.EndRun(run, "partial");
  }
  Store store(path);
  EXPECT_EQ(store.schema_version(), Store::kSchemaVersion);
  EXPECT_TRUE(store.Contains("aaaa000011112222"));
  EXPECT_FALSE(store.Contains("aaaa00001111222"));  // a prefix is not an id
  ASSERT_EQ(store.Failures(run).size(), 1u);
  EXPECT_EQ(store.Failures(run)[0].reason, "truncated gzip stream");
  EXPECT_EQ(store.path(), path);
  int64_t next = store.BeginRun({"in"});
  EXPECT_GT(next, run);
}

TEST_F(StoreTest, CreatesTheSchemaInAnEmptyFile) {
  std::string path = PathOf("empty.db");
  std::ofstream(path).close();
  ASSERT_EQ(fs::file_size(path), 0u);
  {
    Store store(path);
    EXPECT_EQ(store.schema_version(), Store::kSchemaVersion);
  }
  RawDb raw(path);
  EXPECT_EQ(raw.Scalar("PRAGMA application_id"), std::to_string(0x50524C58));
  EXPECT_EQ(raw.Scalar("PRAGMA user_version"), std::to_string(Store::kSchemaVersion));
  EXPECT_EQ(raw.Scalar("PRAGMA journal_mode"), "wal");
  for (const char* table :
       {"documents", "paragraphs", "sentences", "sources", "runs", "failures", "documents_fts"}) {
    EXPECT_EQ(
        raw.Scalar(std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") + table + "'"),
        "1")
        << table;
  }
}

TEST_F(StoreTest, CreatesAMissingFileButNotAMissingDirectory) {
  EXPECT_NO_THROW(Store(PathOf("new.db")));
  EXPECT_TRUE(fs::exists(PathOf("new.db")));
  try {
    Store store(PathOf("no/such/dir/s.db"));
    FAIL() << "opened a store in a missing directory";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("no/such/dir/s.db"), std::string::npos) << e.what();
  }
}

// Expects Store(path) to throw a StoreError naming the path and containing `why`.
void ExpectRefused(const std::string& path, const std::string& why) {
  try {
    Store store(path);
    FAIL() << "opened " << path;
  } catch (const StoreError& e) {
    std::string message = e.what();
    EXPECT_NE(message.find(path), std::string::npos) << message;
    EXPECT_NE(message.find(why), std::string::npos) << message;
  }
}

TEST_F(StoreTest, RefusesAnSqliteFileOfAnotherProgramAndLeavesItAlone) {
  std::string path = PathOf("other.sqlite");
  {
    RawDb raw(path);
    raw.Exec(
        "CREATE TABLE recipes (name TEXT, minutes INTEGER);"
        "INSERT INTO recipes VALUES ('soup', 40);");
  }
  ExpectRefused(path, "not a parallax store");
  RawDb raw(path);
  EXPECT_EQ(raw.Scalar("PRAGMA journal_mode"), "delete");  // not switched to WAL
  EXPECT_EQ(raw.Scalar("SELECT count(*) FROM sqlite_schema"), "1");
  EXPECT_EQ(raw.Scalar("PRAGMA application_id"), "0");
}

TEST_F(StoreTest, RefusesAnSqliteFileWithAnotherApplicationId) {
  std::string path = PathOf("tagged.sqlite");
  { RawDb(path).Exec("PRAGMA application_id = 1234567"); }
  ExpectRefused(path, "application_id");
}

TEST_F(StoreTest, RefusesAFileThatIsNotSqlite) {
  std::string path = PathOf("notes.db");
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < 200; ++i) out << "line " << i << " of a plain text file, not a database\n";
  }
  ExpectRefused(path, "not an SQLite database");
  std::string tiny = PathOf("tiny.db");
  std::ofstream(tiny, std::ios::binary) << "PK\x03\x04 zip?";
  ExpectRefused(tiny, "not");
}

TEST_F(StoreTest, RefusesANewerSchemaVersion) {
  std::string path = PathOf("future.db");
  { Store store(path); }
  const std::string next = std::to_string(Store::kSchemaVersion + 1);
  { RawDb(path).Exec("PRAGMA user_version = " + next); }
  ExpectRefused(path, "store schema version " + next + " is newer than this parallax (" +
                          std::to_string(Store::kSchemaVersion) + ")");
}

// A store written by schema version 1 (no authors, no modified date) opens,
// is migrated to the current version, and keeps its documents.
TEST_F(StoreTest, MigratesAVersionOneStore) {
  std::string path = PathOf("v1.db");
  Document doc = MakeDocument("0123456789abcdef", "v1.txt", "Ein Satz aus der ersten Version.");
  {
    Store store(path);
    int64_t run = store.BeginRun({"in"});
    store.WriteBatch(run, {doc}, {});
  }
  {
    RawDb raw(path);  // back to version 1: the columns version 2 added, gone
    raw.Exec("ALTER TABLE documents DROP COLUMN authors");
    raw.Exec("ALTER TABLE documents DROP COLUMN modified");
    raw.Exec("ALTER TABLE paragraphs DROP COLUMN kind");  // and what version 3 added
    raw.Exec("DROP TABLE quantities");                    // and version 4
    raw.Exec("DROP TABLE dates");
    raw.Exec(kDropVersionSix);
    raw.Exec("PRAGMA user_version = 1");
  }
  Store store(path);
  EXPECT_EQ(store.schema_version(), Store::kSchemaVersion);
  std::optional<Document> back = store.Get(doc.id);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->text, doc.text);
  EXPECT_TRUE(back->authors.empty());
  EXPECT_FALSE(back->modified.has_value());
  Document next = MakeDocument("fedcba9876543210", "v2.txt", "Zdanie zapisane w drugiej wersji.");
  next.authors = {"Anna Nowak", "Jan Kowalski"};
  next.modified = "2022-01-09";
  store.WriteBatch(store.BeginRun({"in2"}), {next}, {});
  std::optional<Document> got = store.Get(next.id);
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->authors, next.authors);
  EXPECT_EQ(got->modified.value_or(""), "2022-01-09");
}

// A store written by schema version 2 (paragraphs without a kind) opens, is
// migrated, reads its old paragraphs as running text, and stores the kinds of
// documents written after the migration.
TEST_F(StoreTest, MigratesAVersionTwoStoreAndKeepsParagraphKinds) {
  std::string path = PathOf("v2.db");
  std::string text = "Wahl in Lemberg\n\nDie Stimmen sind ausgezählt.\n\nErgebnis";
  ASSERT_EQ(text.size(), 56u);
  Document old = MakeDocument("00aa11bb22cc33dd", "v2.txt", text);
  old.paragraphs = {{{0, 15}, {}, ParagraphKind::kTitle},
                    {{17, 46}, {}, ParagraphKind::kText},
                    {{48, 56}, {}, ParagraphKind::kHeading}};
  old.sentences = {{{17, 46}, 1}};
  {
    Store store(path);
    store.WriteBatch(store.BeginRun({"in"}), {old}, {});
  }
  {
    RawDb raw(path);  // back to version 2: the paragraph kinds, gone
    raw.Exec("ALTER TABLE paragraphs DROP COLUMN kind");
    raw.Exec("DROP TABLE quantities");
    raw.Exec("DROP TABLE dates");
    raw.Exec(kDropVersionSix);
    raw.Exec("PRAGMA user_version = 2");
    EXPECT_EQ(raw.Scalar("SELECT count(*) FROM pragma_table_info('paragraphs') "
                         "WHERE name = 'kind'"),
              "0");
  }
  Store store(path);
  EXPECT_EQ(store.schema_version(), Store::kSchemaVersion);
  {
    RawDb raw(path);
    EXPECT_EQ(raw.Scalar("PRAGMA user_version"), std::to_string(Store::kSchemaVersion));
    EXPECT_EQ(raw.Scalar("SELECT group_concat(kind, ',') FROM (SELECT kind FROM paragraphs "
                         "WHERE doc_id = '00aa11bb22cc33dd' ORDER BY idx)"),
              "text,text,text");
  }
  std::optional<Document> back = store.Get(old.id);
  ASSERT_TRUE(back.has_value());
  ASSERT_EQ(back->paragraphs.size(), 3u);
  for (const Paragraph& p : back->paragraphs) EXPECT_EQ(p.kind, ParagraphKind::kText);
  EXPECT_EQ(back->paragraphs[2].span, (Span{48, 56}));

  Document next = old;
  next.id = "44ee55ff66007711";
  store.WriteBatch(store.BeginRun({"in2"}), {next}, {});
  {
    RawDb raw(path);
    EXPECT_EQ(raw.Scalar("SELECT group_concat(kind, ',') FROM (SELECT kind FROM paragraphs "
                         "WHERE doc_id = '44ee55ff66007711' ORDER BY idx)"),
              "title,text,heading");
  }
  std::optional<Document> got = store.Get(next.id);
  ASSERT_TRUE(got.has_value());
  ExpectSameDocument(next, *got);
}

// The column accepts only the three names; a kind written around the CHECK
// (the file changed outside parallax) is a StoreError naming the document.
TEST_F(StoreTest, ParagraphKindOutsideTheVocabularyIsRefused) {
  std::string path = PathOf("kinds.db");
  Document d = MakeDocument("77aa88bb99cc00dd", "k.html", "Nur ein Absatz.");
  Store store(path);
  store.WriteBatch(store.BeginRun({"in"}), {d}, {});
  RawDb raw(path);
  EXPECT_EQ(raw.Scalar("SELECT kind FROM paragraphs"), "heading");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "UPDATE paragraphs SET kind = 'Title'", nullptr, nullptr, nullptr),
            SQLITE_OK);  // the CHECK constraint
  raw.Exec("PRAGMA ignore_check_constraints = 1");
  raw.Exec("UPDATE paragraphs SET kind = 'caption'");
  sqlite3_close(db);
  try {
    store.Get(d.id);
    FAIL() << "read a paragraph of an unknown kind";
  } catch (const StoreError& e) {
    std::string message = e.what();
    EXPECT_NE(message.find(d.id), std::string::npos) << message;
    EXPECT_NE(message.find("unknown kind \"caption\""), std::string::npos) << message;
  }
}

// A store written by schema version 3 (no figure tables) opens, is migrated,
// reads its old documents with no figures, and stores the figures of
// documents written after the migration.
TEST_F(StoreTest, MigratesAVersionThreeStoreAndStoresFigures) {
  std::string path = PathOf("v3.db");
  Document old = MakeDocument("1a2b3c4d5e6f7a8b", "v3.txt", "Es kamen 18 Menschen ums Leben.");
  {
    Store store(path);
    store.WriteBatch(store.BeginRun({"in"}), {old}, {});
    RawDb raw(path);
    raw.Exec("DROP TABLE quantities");
    raw.Exec("DROP TABLE dates");
    raw.Exec(kDropVersionSix);
    raw.Exec("PRAGMA user_version = 3");
  }
  Store store(path);
  EXPECT_EQ(store.schema_version(), Store::kSchemaVersion);
  std::optional<Document> back = store.Get(old.id);
  ASSERT_TRUE(back.has_value());
  EXPECT_TRUE(back->quantities.empty());
  EXPECT_TRUE(back->dates.empty());

  Document next = MakeDocument("9f8e7d6c5b4a3928", "v4.txt", "Es kamen 18 Menschen ums Leben.");
  next.quantities.push_back(
      {{9, 11}, 0, QuantityKind::kNumber, 18, std::nullopt, "", Approx::kExact, {9, 11}});
  next.dates.push_back({{0, 2}, 0, "2022", "", DateBasis::kAbsolute, false, ""});
  store.WriteBatch(store.BeginRun({"in2"}), {next}, {});
  RawDb raw(path);
  EXPECT_EQ(raw.Scalar("SELECT kind || ' ' || value || ' ' || approx FROM quantities"),
            "number 18.0 exact");
  std::optional<Document> got = store.Get(next.id);
  ASSERT_TRUE(got.has_value());
  ExpectSameDocument(next, *got);
}

// A store written by schema version 4 (quantities without their figure)
// opens, is migrated, reads its old quantities with an empty figure that
// stands for the span, and stores the figures of documents written after.
TEST_F(StoreTest, MigratesAVersionFourStoreAndStoresTheFigure) {
  std::string path = PathOf("v4.db");
  Document old = MakeDocument("4a4b4c4d4e4f4a4b", "v4.txt", "Rund 400 Menschen kamen.");
  old.quantities.push_back(
      {{0, 8}, 0, QuantityKind::kNumber, 400, std::nullopt, "", Approx::kAbout, {5, 8}});
  {
    Store store(path);
    store.WriteBatch(store.BeginRun({"in"}), {old}, {});
    RawDb raw(path);  // back to version 4: the figure columns, gone
    raw.Exec("ALTER TABLE quantities DROP COLUMN figure_start");
    raw.Exec("ALTER TABLE quantities DROP COLUMN figure_end");
    raw.Exec(kDropVersionSix);
    raw.Exec("PRAGMA user_version = 4");
  }
  Store store(path);
  EXPECT_EQ(store.schema_version(), Store::kSchemaVersion);
  std::optional<Document> back = store.Get(old.id);
  ASSERT_TRUE(back.has_value());
  ASSERT_EQ(back->quantities.size(), 1u);
  EXPECT_EQ(back->quantities[0].figure, (Span{}));
  EXPECT_EQ(FigureOf(back->quantities[0]), (Span{0, 8}));
  EXPECT_EQ(back->quantities[0].approx, Approx::kAbout);

  Document next = old;
  next.id = "5a5b5c5d5e5f5a5b";
  store.WriteBatch(store.BeginRun({"in2"}), {next}, {});
  RawDb raw(path);
  EXPECT_EQ(raw.Scalar("SELECT figure_start || '-' || figure_end FROM quantities "
                       "WHERE doc_id = '5a5b5c5d5e5f5a5b'"),
            "5-8");
  std::optional<Document> got = store.Get(next.id);
  ASSERT_TRUE(got.has_value());
  ExpectSameDocument(next, *got);
}

// A qualifier name written around the CHECK constraint is a StoreError
// naming the document, like an unknown paragraph kind.
TEST_F(StoreTest, QuantityQualifierOutsideTheVocabularyIsRefused) {
  std::string path = PathOf("approx.db");
  Document d = MakeDocument("0a0b0c0d0e0f0102", "a.txt", "Rund 400 Menschen.");
  d.quantities.push_back(
      {{0, 8}, 0, QuantityKind::kNumber, 400, std::nullopt, "", Approx::kAbout, {5, 8}});
  Store store(path);
  store.WriteBatch(store.BeginRun({"in"}), {d}, {});
  RawDb raw(path);
  raw.Exec("PRAGMA ignore_check_constraints = 1");
  raw.Exec("UPDATE quantities SET approx = 'roughly'");
  try {
    store.Get(d.id);
    FAIL() << "read a quantity with an unknown qualifier";
  } catch (const StoreError& e) {
    std::string message = e.what();
    EXPECT_NE(message.find(d.id), std::string::npos) << message;
    EXPECT_NE(message.find("unknown name \"roughly\""), std::string::npos) << message;
  }
}

TEST_F(StoreTest, FailingBatchLeavesNothing) {
  std::string path = PathOf("s.db");
  Store store(path);
  int64_t run = store.BeginRun({"in"});
  // The second document fails after the first was fully inserted, and after
  // the batch's failures and the second document's own row were written.
  RawDb raw(path);
  raw.Exec(
      "CREATE TRIGGER test_fail BEFORE INSERT ON sentences WHEN NEW.doc_id = 'bad0bad0bad0bad0' "
      "BEGIN SELECT RAISE(ABORT, 'deliberate failure'); END");
  std::vector<Document> batch = {MakeDocument("good0good0good00", "in/good", "Good one."),
                                 MakeDocument("bad0bad0bad0bad0", "in/bad", "Bad one.")};
  std::vector<InputFailure> failures = {{"in/x.zip", "corrupt archive"}};
  try {
    store.WriteBatch(run, batch, failures);
    FAIL() << "the batch was written";
  } catch (const StoreError& e) {
    std::string message = e.what();
    EXPECT_NE(message.find("bad0bad0bad0bad0"), std::string::npos) << message;
    EXPECT_NE(message.find("deliberate failure"), std::string::npos) << message;
  }
  for (const char* table :
       {"documents", "paragraphs", "sentences", "sources", "failures", "documents_fts"}) {
    EXPECT_EQ(raw.Count(table), 0) << table;
  }
  EXPECT_FALSE(store.Contains("good0good0good00"));
  EXPECT_TRUE(store.Failures().empty());

  // The store is still usable, and the same batch goes in once the cause is gone.
  raw.Exec("DROP TRIGGER test_fail");
  EXPECT_EQ(store.WriteBatch(run, batch, failures), 2u);
  EXPECT_EQ(raw.Count("documents"), 2);
  EXPECT_EQ(raw.Count("failures"), 1);
}

TEST_F(StoreTest, BatchForAnUnknownRunIsRefusedWhole) {
  Store store(PathOf("s.db"));
  store.BeginRun({});
  EXPECT_THROW(store.WriteBatch(99, {MakeDocument("9999888877776666", "s", "Text.")}, {}),
               StoreError);
  EXPECT_FALSE(store.Contains("9999888877776666"));
  EXPECT_THROW(store.RecordSource(1, "9999888877776666", "s"), StoreError);  // not stored
}

TEST_F(StoreTest, PrefixLookups) {
  Store store(PathOf("s.db"));
  int64_t run = store.BeginRun({});
  store.WriteBatch(
      run,
      {MakeDocument("abcd000000000001", "1", "One."), MakeDocument("abcd000000000002", "2", "Two."),
       MakeDocument("abcd000000000003", "3", "Three."),
       MakeDocument("abce000000000004", "4", "Four."), MakeDocument("xyz", "5", "A short id.")},
      {});
  EXPECT_EQ(store.Get("abce")->id, "abce000000000004");
  EXPECT_EQ(store.Get("abcd000000000002")->id, "abcd000000000002");
  EXPECT_FALSE(store.Get("abcf").has_value());
  EXPECT_FALSE(store.Get("abcd1").has_value());
  EXPECT_EQ(store.Get("xyz")->id, "xyz");  // an exact id shorter than a prefix
  try {
    store.Get("abcd");
    FAIL() << "an ambiguous prefix was resolved";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("3 documents"), std::string::npos) << e.what();
  }
  EXPECT_THROW(store.Get("ab"), StoreError);  // too short to be a prefix
}

TEST_F(StoreTest, ListIsOrderedBySourceWithByteSizes) {
  Store store(PathOf("s.db"));
  int64_t run = store.BeginRun({});
  Document c = MakeDocument("cccc", "zeta/c.html", "Ünïcödé");  // 7 letters, 11 bytes
  Document a = MakeDocument("aaaa", "alpha/a.txt", "plain");
  Document b = MakeDocument("bbbb", "mu/b.warc#3", "Ещё");
  b.published.reset();
  store.WriteBatch(run, {c, a}, {});
  store.WriteBatch(run, {b}, {});
  std::vector<DocumentSummary> list = store.List();
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0].source, "alpha/a.txt");
  EXPECT_EQ(list[1].source, "mu/b.warc#3");
  EXPECT_EQ(list[2].source, "zeta/c.html");
  EXPECT_EQ(list[2].id, "cccc");
  EXPECT_EQ(list[2].text_bytes, 11u);
  EXPECT_EQ(list[2].raw_bytes, c.raw.size());
  EXPECT_EQ(list[2].lang, "de");
  EXPECT_EQ(list[2].title, c.title);
  EXPECT_EQ(list[2].published, std::optional<std::string>("2024-03-09"));
  EXPECT_FALSE(list[1].published.has_value());
}

TEST_F(StoreTest, RunDocumentsInWriteOrderIncludingRecordedSources) {
  Store store(PathOf("s.db"));
  int64_t run1 = store.BeginRun({"in"});
  // Ids deliberately out of alphabetical order.
  store.WriteBatch(run1, {MakeDocument("f000", "1", "A."), MakeDocument("0fff", "2", "B.")}, {});
  store.WriteBatch(run1, {MakeDocument("8888", "3", "C.")}, {});
  EXPECT_EQ(store.RunDocuments(run1), (std::vector<std::string>{"f000", "0fff", "8888"}));

  int64_t run2 = store.BeginRun({"in"});
  store.RecordSource(run2, "8888", "3");  // skipped before processing
  store.RecordSource(run2, "8888", "3");  // twice: still one row
  store.WriteBatch(run2, {MakeDocument("4444", "4", "D."), MakeDocument("f000", "1", "A.")}, {});
  EXPECT_EQ(store.RunDocuments(run2), (std::vector<std::string>{"8888", "4444", "f000"}));
  EXPECT_TRUE(store.RunDocuments(run2 + 1).empty());
  RawDb raw(PathOf("s.db"));
  EXPECT_EQ(raw.Count("sources"), 6);
}

TEST_F(StoreTest, FailuresPerRunAndForAllRuns) {
  Store store(PathOf("s.db"));
  int64_t run1 = store.BeginRun({"a"});
  store.WriteBatch(run1, {}, {{"a/1.gz", "truncated gzip stream"}, {"a/2", "0 bytes"}});
  int64_t run2 = store.BeginRun({"b"});
  store.WriteBatch(run2, {}, {{"b/3.html", "binary content (NUL bytes) in a file named .html"}});
  std::vector<StoredFailure> f1 = store.Failures(run1);
  ASSERT_EQ(f1.size(), 2u);
  EXPECT_EQ(f1[0].source, "a/1.gz");
  EXPECT_EQ(f1[1].reason, "0 bytes");
  EXPECT_EQ(f1[1].run, run1);
  std::vector<StoredFailure> f2 = store.Failures(run2);
  ASSERT_EQ(f2.size(), 1u);
  EXPECT_EQ(f2[0].run, run2);
  std::vector<StoredFailure> all = store.Failures();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[2].source, "b/3.html");
}

TEST_F(StoreTest, EndRunRecordsStatusAndRejectsNonsense) {
  Store store(PathOf("s.db"));
  int64_t run = store.BeginRun({"one", "two/ü"});
  store.EndRun(run, "ok");
  RawDb raw(PathOf("s.db"));
  EXPECT_EQ(raw.Scalar("SELECT status FROM runs WHERE id = " + std::to_string(run)), "ok");
  EXPECT_FALSE(raw.Scalar("SELECT finished_at FROM runs").empty());
  EXPECT_EQ(raw.Scalar("SELECT inputs FROM runs"), "[\"one\",\"two/ü\"]");
  EXPECT_THROW(store.EndRun(run, "sort of"), StoreError);
  EXPECT_THROW(store.EndRun(run + 5, "ok"), StoreError);
}

TEST_F(StoreTest, FullTextIndexFollowsTheDocuments) {
  Store store(PathOf("s.db"));
  int64_t run = store.BeginRun({});
  store.WriteBatch(run,
                   {MakeDocument("1111", "1", "Le café de la gare a fermé."),
                    MakeDocument("2222", "2", "Городской совет проголосовал.")},
                   {});
  RawDb raw(PathOf("s.db"));
  auto find = [&raw](const std::string& query) {
    return raw.Scalar(
        "SELECT group_concat(d.id) FROM documents_fts f JOIN documents d ON d.seq = f.rowid "
        "WHERE documents_fts MATCH '" +
        query + "'");
  };
  EXPECT_EQ(find("cafe"), "1111");  // diacritics folded
  EXPECT_EQ(find("совет"), "2222");
  EXPECT_EQ(find("Headline"), "1111,2222");  // titles are indexed too
  EXPECT_EQ(find("bicycle"), "");
  raw.Exec("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')");
}

TEST_F(StoreTest, ThreadsShareOneStore) {
  Store store(PathOf("s.db"));
  int64_t run = store.BeginRun({});
  auto writer = [&store, run](char tag) {
    for (int b = 0; b < 10; ++b) {
      std::vector<Document> batch;
      for (int i = 0; i < 5; ++i) {
        std::string id = std::string(1, tag) + std::to_string(b * 5 + i) + "zzzz";
        batch.push_back(MakeDocument(id, id, "Text of " + id));
      }
      store.WriteBatch(run, batch, {});
      store.List();
    }
  };
  std::thread t1(writer, 'p');
  std::thread t2(writer, 'q');
  t1.join();
  t2.join();
  EXPECT_EQ(store.List().size(), 100u);
  EXPECT_EQ(store.RunDocuments(run).size(), 100u);
}

TEST_F(StoreTest, TwoConnectionsSeeEachOthersBatches) {
  Store first(PathOf("s.db"));
  Store second(PathOf("s.db"));
  int64_t run = first.BeginRun({});
  first.WriteBatch(run, {MakeDocument("5555", "5", "Shared.")}, {});
  EXPECT_TRUE(second.Contains("5555"));
  EXPECT_EQ(second.WriteBatch(run, {MakeDocument("5555", "5b", "Shared.")}, {}), 0u);
}

}  // namespace
}  // namespace parallax
