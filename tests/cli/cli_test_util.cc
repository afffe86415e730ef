#include "cli_test_util.h"

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace crosscheck::testing {

namespace fs = std::filesystem;

RunResult RunCommand(const std::string& command) {
  RunResult r;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return r;
  char buf[65536];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  const int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string Binary() { return CROSSCHECK_BINARY; }
std::string Examples() { return std::string(CROSSCHECK_SOURCE_DIR) + "/examples"; }

std::vector<nlohmann::json> JsonLines(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  return out;
}

std::string QueryOne(const std::string& db, const std::string& sql) {
  sqlite3* h = nullptr;
  std::string value;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(st, 0);
      if (text != nullptr) value = reinterpret_cast<const char*>(text);
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(h);
  return value;
}

pid_t StartAnalyze(const std::string& input, const std::string& db, int batch) {
  const std::string batch_text = std::to_string(batch);
  const pid_t pid = fork();
  if (pid == 0) {
    execl(Binary().c_str(), "crosscheck", "analyze", input.c_str(), "--db", db.c_str(), "--quiet",
          "--batch", batch_text.c_str(), "--jobs", "2", static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

int WaitExit(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void CliTest::SetUp() {
  dir_ =
      fs::temp_directory_path() / ("cc_cli_" + std::to_string(getpid()) + "_" +
                                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::remove_all(dir_);
  fs::create_directories(dir_);
}

void CliTest::TearDown() { fs::remove_all(dir_); }

void CliTest::Write(const std::string& name, const std::string& bytes) const {
  std::ofstream(Path(name), std::ios::binary) << bytes;
}

}  // namespace crosscheck::testing
