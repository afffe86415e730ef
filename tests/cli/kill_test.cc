// Crash safety of the main job: `crosscheck analyze` killed with SIGKILL at ten
// random moments over a few thousand inputs, rerun each time, must end with
// the same store as a run never interrupted — every input stored exactly once
// (as a document or an error record), PRAGMA integrity_check clean after every
// kill.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "cli_test_util.h"

namespace crosscheck::testing {
namespace {

constexpr int kRecords = 3000;
constexpr int kBrokenEvery = 499;  // every 499th line is not JSON: an error record
constexpr int kTextFiles = 30;
constexpr int kKills = 10;
constexpr int kBatch = 64;  // documents per transaction

using KillTest = CliTest;

// Invented articles: a JSON Lines file with broken lines among them, plain
// text files, and one empty file (an error record).
void WriteCorpus(const CliTest& test, const std::string& folder) {
  std::filesystem::create_directories(folder);
  std::ofstream jsonl(folder + "/wire.jsonl");
  for (int i = 0; i < kRecords; ++i) {
    if (i % kBrokenEvery == kBrokenEvery - 1) {
      jsonl << "{\"title\": \"cut off in transfer " << i << "\", \"content_original\": \"The\n";
      continue;
    }
    jsonl << R"({"title":"Lock gate report )" << i
          << R"(","source":"Tessel River Desk","date":"2026-04-)" << (i % 28 + 1)
          << R"(","authors":"Noor Halden and Ilja Brenner","content_original":")"
          << "Engineers inspected lock gate " << i << " at Vennmoor on Tuesday. Inspector Saskia "
          << "Drell said gate " << i << " needs " << (i % 40 + 2)
          << " new seals before the summer season.\\n\\nBarges longer than " << (i % 70 + 30)
          << " metres will wait at the outer basin, the river office said.\\n\\nShare this "
          << "article\"}\n";
  }
  for (int i = 0; i < kTextFiles; ++i) {
    std::ofstream(folder + "/note-" + std::to_string(i) + ".txt")
        << "Vennmoor council notes, item " << i << "\n\nBy Ove Tamsen\n\nThe council agreed "
        << "to repaint footbridge " << i << " in May. Residents asked for a ramp.\n";
  }
  std::ofstream(folder + "/empty.txt");
}

// The export of a store, one line per record, sorted (order of insertion
// differs between an interrupted run and one that was not).
std::vector<std::string> SortedExport(const std::string& db) {
  RunResult r = RunCommand(Binary() + " export --db " + db);
  EXPECT_EQ(r.exit_code, 0);
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < r.out.size()) {
    std::size_t end = r.out.find('\n', start);
    if (end == std::string::npos) end = r.out.size();
    if (end > start) lines.push_back(r.out.substr(start, end - start));
    start = end + 1;
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

TEST_F(KillTest, TenRandomKillsEndInTheSameStoreAsAnUninterruptedRun) {
  const std::string input = Path("corpus");
  WriteCorpus(*this, input);
  const int errors = kRecords / kBrokenEvery + 1;
  // Inputs whose bytes were read are keyed in `inputs`; the broken lines and
  // the empty file are known by their error records alone.
  const int inputs = kRecords + kTextFiles + 1 - errors;

  // The reference run, timed to choose kill moments inside a run's length.
  const std::string reference = Path("reference.db");
  const auto started = std::chrono::steady_clock::now();
  // 1: the run worked and some inputs failed (the broken lines, the empty file).
  ASSERT_EQ(WaitExit(StartAnalyze(input, reference, kBatch)), 1);
  const auto run_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - started)
                          .count();
  ASSERT_EQ(QueryOne(reference, "SELECT count(*) FROM inputs"), std::to_string(inputs));
  ASSERT_EQ(QueryOne(reference, "SELECT count(*) FROM errors"), std::to_string(errors));

  const std::string db = Path("killed.db");
  std::mt19937 random(20261123);
  std::uniform_int_distribution<long> moment(0, std::max<long>(run_ms, 50));
  int finished_early = 0;
  for (int kill_no = 0; kill_no < kKills; ++kill_no) {
    const long after_ms = moment(random);
    SCOPED_TRACE("kill " + std::to_string(kill_no) + " after " + std::to_string(after_ms) +
                 " ms of a " + std::to_string(run_ms) + " ms run");
    const pid_t pid = StartAnalyze(input, db, kBatch);
    ASSERT_GT(pid, 0);
    usleep(static_cast<useconds_t>(after_ms) * 1000);
    kill(pid, SIGKILL);
    if (WaitExit(pid) != -1) ++finished_early;   // it exited before the signal
    if (!std::filesystem::exists(db)) continue;  // killed before it created the file
    EXPECT_EQ(QueryOne(db, "PRAGMA integrity_check"), "ok");
    // Each input at most once, and every stored input has its document or error.
    EXPECT_EQ(QueryOne(db, "SELECT count(*) - count(DISTINCT origin) FROM documents"), "0");
    EXPECT_EQ(QueryOne(db, "SELECT count(*) - count(DISTINCT origin) FROM errors"), "0");
    EXPECT_EQ(QueryOne(db,
                       "SELECT count(*) FROM inputs i WHERE (i.document_id IS NULL OR NOT EXISTS "
                       "(SELECT 1 FROM documents d WHERE d.id = i.document_id)) AND "
                       "(i.error_id IS NULL OR NOT EXISTS (SELECT 1 FROM errors e WHERE "
                       "e.id = i.error_id))"),
              "0");
  }
  EXPECT_LT(finished_early, kKills) << "no kill landed inside a run";

  const int last = WaitExit(StartAnalyze(input, db, kBatch));
  EXPECT_TRUE(last == 0 || last == 1) << "exit status " << last;
  EXPECT_EQ(QueryOne(db, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(QueryOne(db, "SELECT count(*) FROM inputs"), std::to_string(inputs));
  EXPECT_EQ(QueryOne(db, "SELECT count(*) FROM documents"),
            QueryOne(reference, "SELECT count(*) FROM documents"));
  EXPECT_EQ(QueryOne(db, "SELECT count(*) FROM errors"), std::to_string(errors));
  EXPECT_EQ(QueryOne(db, "SELECT count(DISTINCT origin) FROM errors"), std::to_string(errors));
  const std::vector<std::string> got = SortedExport(db);
  const std::vector<std::string> want = SortedExport(reference);
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < got.size(); ++i) ASSERT_EQ(got[i], want[i]) << "export line " << i;
}

}  // namespace
}  // namespace crosscheck::testing
