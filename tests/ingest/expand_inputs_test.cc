#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "crosscheck/ingest.h"
#include "reader_test_util.h"

namespace crosscheck {
namespace {

using testing_util::TempDir;

// Paths relative to the temp folder, for readable expectations.
std::vector<std::string> Relative(const TempDir& dir, const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    out.push_back(p.rfind(dir.path() + "/", 0) == 0 ? p.substr(dir.path().size() + 1) : p);
  }
  return out;
}

std::vector<std::string> ErrorOrigins(const TempDir& dir, const InputPlan& plan) {
  std::vector<std::string> origins;
  for (const ErrorRecord& e : plan.errors) origins.push_back(e.origin);
  return Relative(dir, origins);
}

class ExpandInputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* name : {"corpus/b.txt", "corpus/a.txt", "corpus/a/z.txt", "corpus/a.b/y.jsonl",
                             "corpus/deep/er/x.txt.gz", "corpus/feed.ndjson.gz", "corpus/README.md",
                             "corpus/annotations.json", "corpus/photo.jpg", "corpus/page.html",
                             "corpus/.hidden.txt", "corpus/.git/objects.txt", "corpus/UPPER.TXT"}) {
      dir_.Write(name, "x\n");
    }
  }
  TempDir dir_;
};

TEST_F(ExpandInputsTest, FolderIsWalkedSortedAndFiltered) {
  InputPlan plan = ExpandInputs({dir_ / "corpus"});
  EXPECT_EQ(Relative(dir_, plan.files),
            (std::vector<std::string>{"corpus/UPPER.TXT", "corpus/a.b/y.jsonl", "corpus/a.txt",
                                      "corpus/a/z.txt", "corpus/b.txt", "corpus/deep/er/x.txt.gz",
                                      "corpus/feed.ndjson.gz", "corpus/page.html"}));
  EXPECT_EQ(Relative(dir_, plan.skipped),
            (std::vector<std::string>{"corpus/README.md", "corpus/annotations.json",
                                      "corpus/photo.jpg"}));
  EXPECT_TRUE(plan.errors.empty());
}

TEST_F(ExpandInputsTest, ArgumentsKeepTheirOrder) {
  const struct {
    const char* description;
    std::vector<std::string> arguments;
    std::vector<std::string> files;
    std::vector<std::string> errors;
  } cases[] = {
      {"explicit files are taken whatever their name",
       {dir_ / "corpus/README.md", dir_ / "corpus/b.txt", "-"},
       {"corpus/README.md", "corpus/b.txt", "-"},
       {}},
      {"explicit hidden file is taken", {dir_ / "corpus/.hidden.txt"}, {"corpus/.hidden.txt"}, {}},
      {"glob, sorted, case-sensitive",
       {dir_ / "corpus/[aU]*"},
       {"corpus/UPPER.TXT", "corpus/a/z.txt", "corpus/a.b/y.jsonl", "corpus/a.txt",
        "corpus/annotations.json"},
       {}},
      {"glob matching a folder walks it", {dir_ / "corpus/d?ep"}, {"corpus/deep/er/x.txt.gz"}, {}},
      {"glob matching nothing",
       {dir_ / "corpus/*.warc", dir_ / "corpus/a.txt"},
       {"corpus/a.txt"},
       {"corpus/*.warc"}},
      {"missing path",
       {dir_ / "missing.txt", dir_ / "corpus/b.txt"},
       {"corpus/b.txt"},
       {"missing.txt"}},
      {"trailing slash on a folder", {dir_ / "corpus/deep/"}, {"corpus/deep/er/x.txt.gz"}, {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    InputPlan plan = ExpandInputs(c.arguments);
    EXPECT_EQ(Relative(dir_, plan.files), c.files);
    EXPECT_EQ(ErrorOrigins(dir_, plan), c.errors);
  }
}

TEST_F(ExpandInputsTest, ThingsThatAreNotFilesBecomeErrorsWithoutBlocking) {
  ASSERT_EQ(::mkfifo((dir_ / "corpus/wire.txt").c_str(), 0600), 0);
  ASSERT_EQ(::mkfifo((dir_ / "corpus/pipe").c_str(), 0600), 0);  // not an article name
  ASSERT_EQ(::symlink("gone.txt", (dir_ / "corpus/stale.txt").c_str()), 0);
  ASSERT_EQ(::symlink("gone.bin", (dir_ / "corpus/stale.bin").c_str()), 0);
  ASSERT_EQ(::symlink("a.txt", (dir_ / "corpus/alias.txt").c_str()), 0);
  ASSERT_EQ(::symlink("..", (dir_ / "corpus/deep/loop").c_str()), 0);  // a folder loop

  InputPlan walked = ExpandInputs({dir_ / "corpus"});
  EXPECT_EQ(ErrorOrigins(dir_, walked),
            (std::vector<std::string>{"corpus/stale.txt", "corpus/wire.txt"}));
  for (const ErrorRecord& e : walked.errors) {
    SCOPED_TRACE(e.message);
    EXPECT_EQ(e.message.rfind(e.origin, 0), 0u) << "message names the path";
    EXPECT_EQ(e.input_hash, 0u);
  }
  EXPECT_NE(walked.errors[0].message.find("dangling symbolic link"), std::string::npos);
  EXPECT_NE(walked.errors[1].message.find("FIFO"), std::string::npos);
  std::vector<std::string> files = Relative(dir_, walked.files);
  EXPECT_NE(std::find(files.begin(), files.end(), "corpus/alias.txt"), files.end());
  EXPECT_EQ(std::count(files.begin(), files.end(), "corpus/deep/er/x.txt.gz"), 1);
  std::vector<std::string> skipped = Relative(dir_, walked.skipped);
  EXPECT_NE(std::find(skipped.begin(), skipped.end(), "corpus/pipe"), skipped.end());
  EXPECT_NE(std::find(skipped.begin(), skipped.end(), "corpus/stale.bin"), skipped.end());

  const struct {
    const char* description;
    std::string argument;
    const char* message_part;
  } cases[] = {
      {"FIFO given directly", dir_ / "corpus/wire.txt", "named pipe (FIFO)"},
      {"FIFO with another name given directly", dir_ / "corpus/pipe", "named pipe (FIFO)"},
      {"dangling symlink given directly", dir_ / "corpus/stale.txt", "dangling symbolic link"},
      {"character device", "/dev/null", "character device"},
      {"nonexistent path", dir_ / "nope", "not found: no such file or directory"},
      {"glob matching nothing", dir_ / "nope/*.txt", "glob pattern matched nothing"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    InputPlan plan = ExpandInputs({c.argument});
    EXPECT_TRUE(plan.files.empty());
    ASSERT_EQ(plan.errors.size(), 1u);
    EXPECT_EQ(plan.errors[0].origin, c.argument);
    EXPECT_NE(plan.errors[0].message.find(c.message_part), std::string::npos)
        << plan.errors[0].message;
  }
}

}  // namespace
}  // namespace crosscheck
