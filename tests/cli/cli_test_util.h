// Helpers for the end-to-end tests of the `crosscheck` binary: running it,
// reading its JSON Lines, querying the SQLite store it wrote, and a fixture
// with a fresh temporary folder per test.
#ifndef CROSSCHECK_TESTS_CLI_CLI_TEST_UTIL_H_
#define CROSSCHECK_TESTS_CLI_CLI_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <sys/types.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace crosscheck::testing {

struct RunResult {
  int exit_code = -1;  // -1 when the command did not exit normally
  std::string out;     // its standard output
};

// Runs a shell command, capturing stdout (stderr goes to the test log).
RunResult RunCommand(const std::string& command);

// The crosscheck binary under test, and the demo corpus folder.
std::string Binary();
std::string Examples();

// Parses one JSON value per non-empty line.
std::vector<nlohmann::json> JsonLines(const std::string& text);

// The first column of the first row of `sql` on the database file (read-only),
// "" when there is none or the query fails.
std::string QueryOne(const std::string& db, const std::string& sql);

// Starts `crosscheck analyze INPUT --db DB --quiet --batch BATCH --jobs 2` as
// a child process (for tests that kill it) and returns its pid (-1 if fork
// failed).
pid_t StartAnalyze(const std::string& input, const std::string& db, int batch);

// Waits for `pid`: its exit status, or -1 when a signal killed it.
int WaitExit(pid_t pid);

// A fresh folder per test, removed afterwards.
class CliTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  void Write(const std::string& name, const std::string& bytes) const;
  std::filesystem::path dir_;
};

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_CLI_CLI_TEST_UTIL_H_
