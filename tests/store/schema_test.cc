#include "store/schema.h"

#include <gtest/gtest.h>

#include <string>

#include "crosscheck/store.h"
#include "store_test_util.h"

namespace crosscheck {
namespace {

using testing::ExecScript;
using testing::QueryOne;
using testing::TempDir;

constexpr const char kSchemaSql[] =
    "SELECT group_concat(name || ':' || coalesce(sql, ''), ';') FROM "
    "(SELECT name, sql FROM sqlite_master ORDER BY name)";

TEST(SchemaTest, OneMigrationPerVersion) {
  EXPECT_EQ(store::Migrations().size(), static_cast<std::size_t>(store::kSchemaVersion));
}

TEST(SchemaTest, FreshDatabaseIsMigratedAndReopeningChangesNothing) {
  TempDir dir;
  const std::string path = dir.File("a.db");
  {
    Result<std::unique_ptr<Store>> s = Store::Open(path);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    EXPECT_EQ((*s)->SchemaVersion(), store::kSchemaVersion);
  }
  EXPECT_EQ(QueryOne(path, "PRAGMA user_version"), std::to_string(store::kSchemaVersion));
  EXPECT_EQ(QueryOne(path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(QueryOne(path, "PRAGMA page_size"), "16384");
  for (const char* table : {"inputs", "documents", "spans", "errors", "docs_fts"}) {
    SCOPED_TRACE(table);
    EXPECT_EQ(QueryOne(path, std::string("SELECT count(*) FROM sqlite_master WHERE name = '") +
                                 table + "'"),
              "1");
  }
  const std::string before = QueryOne(path, kSchemaSql);
  {
    Result<std::unique_ptr<Store>> s = Store::Open(path);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    EXPECT_EQ((*s)->SchemaVersion(), store::kSchemaVersion);
  }
  EXPECT_EQ(QueryOne(path, kSchemaSql), before);
  EXPECT_EQ(QueryOne(path, "PRAGMA user_version"), std::to_string(store::kSchemaVersion));
}

TEST(SchemaTest, RefusesWhatItCannotRead) {
  TempDir dir;
  const std::string future = dir.File("future.db");
  const std::string empty = dir.File("empty.db");
  ASSERT_EQ(QueryOne(future, "PRAGMA user_version"), "error: cannot open");  // not there yet
  {
    Result<std::unique_ptr<Store>> s = Store::Open(future);
    ASSERT_TRUE(s.ok());
  }
  EXPECT_EQ(QueryOne(future, "PRAGMA user_version = 99"), "");
  EXPECT_EQ(QueryOne(empty, "SELECT 1"), "error: cannot open");
  {  // an SQLite file that is not (yet) a crosscheck database
    Result<std::unique_ptr<Store>> s = Store::Open(empty);
    ASSERT_TRUE(s.ok());
  }
  EXPECT_EQ(QueryOne(empty, "PRAGMA user_version = 0"), "");
  const struct {
    const char* description;
    std::string path;
    StoreOptions options;
    const char* message_part;
  } cases[] = {
      {"newer schema, writable", future, {}, "version 99 is newer"},
      {"newer schema, read-only", future, {.read_only = true}, "version 99 is newer"},
      {"version 0, read-only cannot migrate",
       empty,
       {.read_only = true},
       "not a crosscheck database"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    Result<std::unique_ptr<Store>> s = Store::Open(c.path, c.options);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.status().code(), StatusCode::kUnsupported);
    EXPECT_NE(s.status().message().find(c.message_part), std::string::npos)
        << s.status().ToString();
    EXPECT_EQ(s.status().where().input, c.path);
  }
  EXPECT_EQ(QueryOne(future, "PRAGMA user_version"), "99");  // left as it was
}

TEST(SchemaTest, VersionOneDatabaseGainsMetaColumnAndKeepsItsDocuments) {
  TempDir dir;
  const std::string path = dir.File("v1.db");
  // Build a version-1 database by hand, with one document row in it.
  ASSERT_EQ(ExecScript(path, std::string(store::Migrations()[0]) + "; PRAGMA user_version = 1"),
            "");
  ASSERT_EQ(ExecScript(path,
                     "INSERT INTO documents (id, origin, input_hash, format, url, outlet, title, "
                     "authors, published, published_from, language, charset, text, removed, "
                     "to_input) VALUES ('00000000000000aa', 'old.txt', 1, 'text', '', '', 'Old', "
                     "'[]', '', 'none', 'en', 'utf-8', 'Body.', '{}', x'')"),
            "");
  {
    Result<std::unique_ptr<Store>> s = Store::Open(path);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    EXPECT_EQ((*s)->SchemaVersion(), store::kSchemaVersion);
  }
  EXPECT_EQ(QueryOne(path, "PRAGMA user_version"), std::to_string(store::kSchemaVersion));
  EXPECT_EQ(QueryOne(path, "SELECT meta FROM documents WHERE id = '00000000000000aa'"), "{}");
}

TEST(SchemaTest, FailedMigrationLeavesNoHalfSchema) {
  TempDir dir;
  const std::string path = dir.File("a.db");
  // A version-0 file that already has a table the migration wants to create.
  ASSERT_EQ(QueryOne(path, "SELECT 1"), "error: cannot open");
  {
    Result<std::unique_ptr<Store>> s = Store::Open(path);
    ASSERT_TRUE(s.ok());
  }
  ASSERT_EQ(QueryOne(path, "PRAGMA user_version = 0"), "");
  for (const char* drop :
       {"DROP TABLE docs_fts", "DROP TABLE spans", "DROP TABLE documents", "DROP TABLE inputs"}) {
    ASSERT_EQ(QueryOne(path, drop), "");
  }
  // Left: errors (and its index), so v1's CREATE TABLE errors fails midway.
  Result<std::unique_ptr<Store>> s = Store::Open(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("already exists"), std::string::npos)
      << s.status().ToString();
  EXPECT_EQ(QueryOne(path, "PRAGMA user_version"), "0");
  EXPECT_EQ(QueryOne(path, "SELECT count(*) FROM sqlite_master WHERE name = 'inputs'"), "0");
}

}  // namespace
}  // namespace crosscheck
