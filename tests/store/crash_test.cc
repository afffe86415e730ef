// Crash safety: a writer killed with SIGKILL at a random moment loses at most
// its open batch; the database stays intact and a rerun completes it.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <random>
#include <set>
#include <string>
#include <thread>

#include "crosscheck/store.h"
#include "store_test_util.h"

namespace crosscheck {
namespace {

using testing::MakeDocument;
using testing::QueryOne;
using testing::TempDir;
using testing::UniqueWord;

constexpr int kInputs = 2000;
constexpr int kBatch = 40;

// What `crosscheck analyze` does: skip stored inputs, store the rest in batches.
// Returns false on any store failure.
bool StoreAll(const std::string& path) {
  Result<std::unique_ptr<Store>> opened = Store::Open(path);
  if (!opened.ok()) return false;
  Store& store = **opened;
  int in_batch = 0;
  for (int i = 0; i < kInputs; ++i) {
    const Document d = MakeDocument(i, 2, 3);
    Result<bool> has = store.HasInput(d.origin, d.input_hash);
    if (!has.ok()) return false;
    if (*has) continue;
    if (in_batch == 0 && !store.Begin().ok()) return false;
    if (!store.PutDocument(d).ok()) return false;
    if (i % 97 == 0 && !store.PutError({d.origin + "#err", d.input_hash, "corrupt: test"}).ok()) {
      return false;
    }
    if (++in_batch == kBatch) {
      if (!store.Commit().ok()) return false;
      in_batch = 0;
    }
  }
  return in_batch == 0 || store.Commit().ok();
}

// Every stored document is whole: spans, FTS row, input key.
void ExpectWholeDocuments(const std::string& path, std::set<std::string>* ids) {
  {
    // Reopen for writing, as a rerun would: this also completes the schema if
    // the writer was killed before its first migration committed.
    Result<std::unique_ptr<Store>> reopened = Store::Open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.status().ToString();
  }
  EXPECT_EQ(QueryOne(path, "PRAGMA integrity_check"), "ok");
  // FTS5 integrity-check with rank 1 also compares the index with the documents table.
  EXPECT_EQ(QueryOne(path, "INSERT INTO docs_fts(docs_fts, rank) VALUES ('integrity-check', 1)"),
            "");
  Result<std::unique_ptr<Store>> opened = Store::Open(path, {.read_only = true});
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  Store& store = **opened;
  std::map<std::string, int> by_origin;
  for (int i = 0; i < kInputs; ++i) by_origin[MakeDocument(i, 1, 1).origin] = i;
  Status st = store.ForEachDocument([&](const Document& d) {
    EXPECT_TRUE(ids->insert(d.id).second) << "stored twice: " << d.id;
    const int i = by_origin.at(d.origin);
    const Document want = MakeDocument(i, 2, 3);
    EXPECT_EQ(d.text, want.text);
    EXPECT_EQ(d.paragraphs.size(), 2u);
    EXPECT_EQ(d.sentences.size(), 6u);
    EXPECT_TRUE(*store.HasInput(d.origin, d.input_hash));
    Result<std::vector<SearchHit>> hits = store.Search(UniqueWord(i), 5);
    EXPECT_TRUE(hits.ok() && hits->size() == 1 && (*hits)[0].document_id == d.id)
        << "no FTS row for " << d.origin;
    return true;
  });
  EXPECT_TRUE(st.ok()) << st.ToString();
}

TEST(CrashTest, KilledWriterLosesOnlyItsOpenBatch) {
  TempDir dir;
  const std::string path = dir.File("crash.db");
  std::random_device seed;
  const unsigned seed_value = seed();
  SCOPED_TRACE("seed " + std::to_string(seed_value));
  std::mt19937 rng(seed_value);

  for (int round = 0; round < 3; ++round) {
    const int delay_ms = std::uniform_int_distribution<int>(5, 150)(rng);
    SCOPED_TRACE("round " + std::to_string(round) + ", kill after " + std::to_string(delay_ms) +
                 " ms");
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      const bool ok = StoreAll(path);
      ::_exit(ok ? 0 : 3);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(child, SIGKILL);
    int wstatus = 0;
    ASSERT_EQ(::waitpid(child, &wstatus, 0), child);
    if (WIFEXITED(wstatus)) {
      EXPECT_EQ(WEXITSTATUS(wstatus), 0) << "the writer failed before it was killed";
    }
    std::set<std::string> ids;
    ExpectWholeDocuments(path, &ids);
    // A killed writer loses whole batches only.
    EXPECT_TRUE(ids.size() % kBatch == 0 || ids.size() == kInputs) << ids.size() << " documents";
  }

  ASSERT_TRUE(StoreAll(path));  // the rerun
  std::set<std::string> ids;
  ExpectWholeDocuments(path, &ids);
  EXPECT_EQ(ids.size(), static_cast<std::size_t>(kInputs));
  EXPECT_EQ(QueryOne(path, "SELECT count(*) FROM documents"), std::to_string(kInputs));
  const int errors = (kInputs + 96) / 97;
  EXPECT_EQ(QueryOne(path, "SELECT count(*) FROM inputs"), std::to_string(kInputs + errors));
  EXPECT_EQ(QueryOne(path, "SELECT count(*) FROM errors"), std::to_string(errors));
  EXPECT_EQ(QueryOne(path, "SELECT count(*) FROM spans"), std::to_string(kInputs * 8));
}

}  // namespace
}  // namespace crosscheck
