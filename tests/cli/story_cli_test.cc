// `crosscheck report --story/--stories` on the demo corpus: the Markdown
// report of the flood story against a golden file, the JSON view's claims,
// the HTML file's self-containment, and the errors.
//
// CROSSCHECK_UPDATE_GOLDEN=1 rewrites golden/story_demo.md from the current
// output (review the diff before committing it).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli_test_util.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using crosscheck::testing::Binary;
using crosscheck::testing::JsonLines;
using crosscheck::testing::RunCommand;
using crosscheck::testing::RunResult;

// One demo database for every test here (analysing takes a few seconds).
class StoryCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("cc_story_cli_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    db_ = (dir_ / "demo.db").string();
    // Relative origins ("examples/..."): document ids hash the origin, and the
    // golden file must not depend on where the repository is checked out.
    RunResult r = RunCommand("cd " + std::string(CROSSCHECK_SOURCE_DIR) + " && " + Binary() +
                             " analyze examples --db " + db_ + " --quiet");
    ASSERT_EQ(r.exit_code, 0) << r.out;
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }
  static std::string Report(const std::string& args, int expect_exit = 0) {
    RunResult r = RunCommand(Binary() + " report --db " + db_ + " " + args);
    EXPECT_EQ(r.exit_code, expect_exit) << args << "\n" << r.out;
    return r.out;
  }
  // The id of the flood story: the event story holding twelve articles.
  static std::string FloodStory() {
    for (const json& j : JsonLines(Report("--stories --format json")))
      if (j["outlets"].size() == 12) return j["id"];
    return "";
  }
  static inline fs::path dir_;
  static inline std::string db_;
};

TEST_F(StoryCliTest, TheFloodArticlesFormOneStoryWithDifferingFigures) {
  const std::vector<json> views = JsonLines(Report("--stories --format json"));
  ASSERT_FALSE(views.empty());
  const std::string id = FloodStory();
  ASSERT_FALSE(id.empty()) << "no story with the 12 flood articles";
  const std::vector<json> one = JsonLines(Report("--story " + id + " --format json"));
  ASSERT_EQ(one.size(), 1u);
  const json& v = one[0];
  EXPECT_EQ(v["type"], "story_view");
  EXPECT_GE(v["counts"]["outlets"].get<int>(), 3);
  // Figures that differ between outlets: a quantity claim with verdict differ
  // whose reports come from at least two outlets with different values.
  int differing = 0;
  for (const json& c : v["claims"]) {
    if (c["kind"] != "quantity" || c["verdict"] != "differ") continue;
    std::set<std::string> outlets, values;
    for (const json& r : c["reports"]) {
      outlets.insert(r["outlet"].is_null() ? "" : r["outlet"].get<std::string>());
      values.insert(r["value"].dump());
    }
    if (outlets.size() >= 2 && values.size() >= 2) ++differing;
  }
  EXPECT_GE(differing, 1) << v.dump(1);
  EXPECT_GE(v["quote_groups"].size(), 1u);
  EXPECT_FALSE(v["timeline"].is_null());
}

TEST_F(StoryCliTest, MarkdownMatchesTheGoldenFile) {
  const std::string id = FloodStory();
  ASSERT_FALSE(id.empty());
  const std::string got = Report("--story " + id + " --format markdown");
  const fs::path golden = fs::path(CROSSCHECK_TEST_DATA) / "cli" / "golden" / "story_demo.md";
  if (std::getenv("CROSSCHECK_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(golden, std::ios::binary) << got;
    GTEST_SKIP() << "rewrote " << golden;
  }
  std::ifstream in(golden, std::ios::binary);
  ASSERT_TRUE(in) << golden << " missing (CROSSCHECK_UPDATE_GOLDEN=1 writes it)";
  std::stringstream want;
  want << in.rdbuf();
  EXPECT_EQ(got, want.str());
}

TEST_F(StoryCliTest, TextAndHtmlFormats) {
  const std::string id = FloodStory();
  ASSERT_FALSE(id.empty());
  const std::string text = Report("--story " + id);
  EXPECT_NE(text.find("Story " + id + ": "), std::string::npos) << text;
  EXPECT_NE(text.find("\nClaims"), std::string::npos) << text;
  EXPECT_NE(text.find("\nQuotations"), std::string::npos) << text;

  const std::string file = (dir_ / "story.html").string();
  Report("--story " + id + " --format html -o " + file);
  std::ifstream in(file, std::ios::binary);
  std::stringstream html;
  html << in.rdbuf();
  const std::string h = html.str();
  EXPECT_EQ(h.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(h.find("<section id=\"story-" + id + "\">"), std::string::npos);
  EXPECT_NE(h.find("class=\"differ\""), std::string::npos);
  // Self-contained: no scripts, no external resources.
  for (const char* bad : {"<script", "src=", "href=", "@import", "url("})
    EXPECT_EQ(h.find(bad), std::string::npos) << bad;
}

TEST_F(StoryCliTest, ErrorsAreClear) {
  EXPECT_EQ(Report("--story s999", 2), "");
  EXPECT_EQ(Report("--format html", 2), "");
  Report("--stories --format pdf", 2);
  // The summary is unchanged without --story.
  EXPECT_NE(Report("").find("Documents: 13"), std::string::npos);
}

}  // namespace
