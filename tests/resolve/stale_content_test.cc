#include "resolve/stale_content.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <variant>

#include "../extract/time_test_util.h"
#include "crosscheck/ingest.h"
#include "crosscheck/pipeline.h"

namespace crosscheck::resolve {
namespace {

Document Staged(const std::string& text, const std::string& published) {
  Document document = testing::AnalyzedDocument(text, published);
  auto stages = MakeDocumentStages({});
  EXPECT_TRUE(stages.ok());
  for (auto& stage : *stages) {
    if (stage->name() != "stale-content") {
      EXPECT_TRUE(stage->Apply(document, testing::SharedAnalyzer()).ok());
    }
  }
  return document;
}

// Invented: a 2019 story about the Kettering Lane ferry, stamped 2024.
const char kOldStory[] =
    "The Kettering Lane ferry stopped on Monday after a storm. The money in this year's "
    "budget, the 2019 budget, will not cover repairs, officials said. The council will meet "
    "again before the rest of November is out.";

TEST(StaleContentTest, FlagsATextThatDatesItselfYearsBeforeItsStamp) {
  const Document document = Staged(kOldStory, "2024-05-02");
  const std::optional<Flag> flag = CheckStaleContent(document, 180);
  ASSERT_TRUE(flag.has_value());
  EXPECT_EQ(flag->kind, "stale_content");
  EXPECT_NE(flag->detail.find("2019-11"), std::string::npos) << flag->detail;
  // The evidence spans in the detail point at the words they quote.
  const std::size_t at = flag->detail.find("'2019'");
  ASSERT_NE(at, std::string::npos) << flag->detail;
  const std::size_t open = flag->detail.rfind('[', at);
  const int start = std::stoi(flag->detail.substr(open + 1));
  EXPECT_EQ(document.text.substr(start, 4), "2019");
}

TEST(StaleContentTest, ThresholdAndPublicationDateDecide) {
  const Document document = Staged(kOldStory, "2019-12-20");
  EXPECT_FALSE(CheckStaleContent(document, 180).has_value());  // 19 days after November
  const Document undated = Staged(kOldStory, "");
  EXPECT_FALSE(CheckStaleContent(undated, 180).has_value());
}

TEST(StaleContentTest, ALaterPastDateCancelsTheFlag) {
  const std::string text = std::string(kOldStory) + " The ferry finally reopened in 2023.";
  const Document document = Staged(text, "2024-05-02");
  EXPECT_FALSE(CheckStaleContent(document, 180).has_value());
}

TEST(StaleContentTest, AFuturePlanDoesNotCancelTheFlag) {
  const std::string text = std::string(kOldStory) + " A new ferry is due to be built by 2024.";
  const Document document = Staged(text, "2024-05-02");
  EXPECT_TRUE(CheckStaleContent(document, 180).has_value());
}

// Regression: a year compared with "this year" in the same sentence flagged 36
// current AllSides articles; only an apposition counts.
TEST(StaleContentTest, RegressionAYearComparedWithThisYearIsNoEvidence) {
  const Document document = Staged(
      "Ferry trips on the Kettering Lane line rose from 1,200 in 2019 to 3,400 this year, and "
      "the operator expects more before the rest of November is out.",
      "2024-05-02");
  EXPECT_FALSE(CheckStaleContent(document, 180).has_value());
}

TEST(StaleContentTest, OnlyTheReservedDemoArticleIsFlagged) {
  const std::string examples = std::string(CROSSCHECK_SOURCE_DIR) + "/examples";
  Cleaner cleaner;
  auto stages = MakeDocumentStages({});
  ASSERT_TRUE(stages.ok());
  int articles = 0;
  for (const auto& entry : std::filesystem::directory_iterator(examples)) {
    if (entry.path().extension() != ".txt") continue;
    ReadInput(entry.path().string(), {}, [&](Result<RawRecord> record) {
      EXPECT_TRUE(record.ok());
      if (!record.ok()) return true;
      const Outcome outcome =
          AnalyzeRecord(*record, cleaner, testing::SharedAnalyzer(), *stages, 0);
      EXPECT_TRUE(std::holds_alternative<Document>(outcome));
      if (!std::holds_alternative<Document>(outcome)) return true;
      const Document& document = std::get<Document>(outcome);
      bool stale = false;
      for (const Flag& flag : document.flags) stale = stale || flag.kind == "stale_content";
      const bool reserved =
          entry.path().filename() == "portwatch24-2026-03-12-old-docks-under-water-again.txt";
      EXPECT_EQ(stale, reserved) << entry.path().filename();
      ++articles;
      return true;
    });
  }
  EXPECT_EQ(articles, 13);
}

}  // namespace
}  // namespace crosscheck::resolve
