// Golden files for the time stages: each tests/resolve/testdata/time_golden/NAME.txt
// (an invented article) is analysed with the publication date of NAME.expected.json,
// the time stages run, and every timex [text, type, value], quantity [text, kind,
// value, unit, counts, modifier] and flag kind must match the file, in order.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "../extract/time_test_util.h"
#include "crosscheck/extract.h"

namespace crosscheck {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(TimeGoldenTest, EveryGoldenFileMatches) {
  const std::filesystem::path folder =
      std::filesystem::path(CROSSCHECK_TEST_DATA) / "resolve/testdata/time_golden";
  ExtractOptions options;
  options.mentions = false;
  options.quotes = false;
  auto stages = MakeDocumentStages(options);
  ASSERT_TRUE(stages.ok());
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".txt") continue;
    std::filesystem::path expected_path = entry.path();
    expected_path.replace_extension(".expected.json");
    const nlohmann::json expected = nlohmann::json::parse(ReadFile(expected_path));
    SCOPED_TRACE(entry.path().filename().string() + ": " + expected.value("description", ""));
    Document document =
        testing::AnalyzedDocument(ReadFile(entry.path()), expected.value("published", ""));
    for (auto& stage : *stages) ASSERT_TRUE(stage->Apply(document, testing::SharedAnalyzer()).ok());
    nlohmann::json timexes = nlohmann::json::array();
    for (const Timex& t : document.timexes) {
      timexes.push_back({std::string(t.span.Of(document.text)), t.type, t.value});
    }
    nlohmann::json quantities = nlohmann::json::array();
    for (const Quantity& q : document.quantities) {
      quantities.push_back(
          {std::string(q.span.Of(document.text)), q.kind, q.value, q.unit, q.counts, q.modifier});
    }
    nlohmann::json flags = nlohmann::json::array();
    for (const Flag& f : document.flags) flags.push_back(f.kind);
    EXPECT_EQ(timexes, expected["timexes"]) << timexes.dump(1);
    EXPECT_EQ(quantities, expected["quantities"]) << quantities.dump(1);
    EXPECT_EQ(flags, expected["flags"]);
    ++files;
  }
  EXPECT_GE(files, 1);
}

}  // namespace
}  // namespace crosscheck
