#include "report/summary.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

namespace crosscheck {
namespace {

TEST(SummaryTest, CountsOutletsLanguagesAndErrors) {
  const std::string dir =
      std::filesystem::temp_directory_path() / ("cc_summary_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  auto store = Store::Open(dir + "/s.db");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ASSERT_TRUE((*store)->Begin().ok());
  for (int i = 0; i < 3; ++i) {
    Document d;
    d.id = "id" + std::to_string(i);
    d.origin = "a" + std::to_string(i) + ".txt";
    d.input_hash = 100 + static_cast<std::uint64_t>(i);
    d.outlet = i < 2 ? "Harbour Gazette" : "Tide Wire";
    d.language = "en";
    d.published = "2026-03-1" + std::to_string(i);
    d.text = "Text number " + std::to_string(i) + ".";
    d.to_input = OffsetMap::Identity(d.text.size());
    d.removed.boilerplate_lines = 2;
    ASSERT_TRUE((*store)->PutDocument(d).ok());
  }
  ASSERT_TRUE((*store)->PutError({"gone.txt", 0, "gone.txt: not found: no such file"}).ok());
  ASSERT_TRUE((*store)->Commit().ok());

  std::ostringstream text;
  ASSERT_TRUE(WriteSummary(**store, ReportFormat::kText, text).ok());
  EXPECT_NE(text.str().find("Documents: 3"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("2\tHarbour Gazette"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("2026-03-10 to 2026-03-12"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("gone.txt: not found"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("6 boilerplate lines"), std::string::npos) << text.str();

  std::ostringstream json;
  ASSERT_TRUE(WriteSummary(**store, ReportFormat::kJson, json).ok());
  auto j = nlohmann::json::parse(json.str());
  EXPECT_EQ(j["documents"], 3);
  EXPECT_EQ(j["errors"], 1);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace crosscheck
