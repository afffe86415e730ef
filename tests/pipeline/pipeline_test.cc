#include "crosscheck/pipeline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

namespace fs = std::filesystem;

namespace crosscheck {
namespace {

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("cc_pipeline_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    // 40 small invented articles and a JSON Lines file with 10 more (one broken line).
    for (int i = 0; i < 40; ++i) {
      std::ofstream f(dir_ / std::string("a").append(std::to_string(100 + i)).append(".txt"));
      f << "Council report number " << i << "\n\n"
        << "The council of Brennmoor met on Tuesday to discuss item " << i
        << " of the agenda. Members voted " << i % 7 << " to 3 in favour.\n\n"
        << "Chair Ilse Varga said the vote settled the matter for this year.\n";
    }
    std::ofstream j(dir_ / "z.jsonl");
    for (int i = 0; i < 10; ++i) {
      if (i == 4) {
        j << "{\"title\": \"broken\n";
        continue;
      }
      j << R"({"title":"Wire item )" << i
        << R"(","source":"Tide Wire","content_original":"The port of Selvik reopened on Friday after the storm. Harbour master Tom Eklund said )"
        << i << R"( ships were waiting."})"
        << "\n";
    }
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(PipelineTest, EveryRecordYieldsOneOutcomeInOrder) {
  InputPlan plan = ExpandInputs({dir_.string()});
  ASSERT_EQ(plan.files.size(), 41u);
  for (int jobs : {1, 3}) {
    SCOPED_TRACE(jobs);
    PipelineOptions options;
    options.jobs = jobs;
    options.ordered = true;
    std::vector<std::string> origins;
    int errors = 0;
    PipelineCallbacks cb;
    cb.sink = [&](Outcome&& o) {
      if (auto* d = std::get_if<Document>(&o)) {
        origins.push_back(d->origin);
        EXPECT_FALSE(d->sentences.empty()) << d->origin;
        EXPECT_FALSE(d->tokens.empty()) << d->origin;
      } else {
        ++errors;
        origins.push_back(std::get<ErrorRecord>(o).origin);
      }
      return true;
    };
    PipelineCounts counts;
    ASSERT_TRUE(RunPipeline(plan.files, options, cb, &counts).ok());
    EXPECT_EQ(counts.documents, 49u);
    EXPECT_EQ(counts.errors, 1u);
    EXPECT_EQ(errors, 1);
    ASSERT_EQ(origins.size(), 50u);
    EXPECT_TRUE(std::is_sorted(origins.begin(), origins.begin() + 40));
    EXPECT_EQ(origins[44], (dir_ / "z.jsonl").string() + "#5");  // the broken line, in place
  }
}

TEST_F(PipelineTest, SkippedRecordsAreNotAnalysed) {
  InputPlan plan = ExpandInputs({dir_.string()});
  PipelineOptions options;
  options.jobs = 2;
  std::set<std::string> seen;
  PipelineCallbacks cb;
  cb.skip = [](const std::string& origin, std::uint64_t) {
    return origin.find("/a1") != std::string::npos;
  };
  cb.sink = [&](Outcome&& o) {
    if (auto* d = std::get_if<Document>(&o)) seen.insert(d->origin);
    return true;
  };
  PipelineCounts counts;
  ASSERT_TRUE(RunPipeline(plan.files, options, cb, &counts).ok());
  EXPECT_EQ(counts.skipped, 40u);
  EXPECT_EQ(counts.documents, 9u);
  EXPECT_EQ(counts.records, 50u);
  for (const std::string& o : seen) EXPECT_EQ(o.find("/a1"), std::string::npos);
}

TEST_F(PipelineTest, SinkCanStopTheRun) {
  InputPlan plan = ExpandInputs({dir_.string()});
  PipelineOptions options;
  options.jobs = 2;
  options.queue_capacity = 2;
  int delivered = 0;
  PipelineCallbacks cb;
  cb.sink = [&](Outcome&&) { return ++delivered < 5; };
  Status st = RunPipeline(plan.files, options, cb);
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(delivered, 5);
}

TEST(AnalyzeRecordTest, TimeBudgetTurnsASlowDocumentIntoAnErrorNamingTheStage) {
  RawRecord record;
  record.path = "long.txt";
  record.format = "text";
  // About 1.5 MB of invented prose: tens of milliseconds of work at least.
  for (int i = 0; i < 12000; ++i) {
    record.body += "Ferry " + std::to_string(i) + " left Selvik at dawn with " +
                   std::to_string(i % 90) + " passengers aboard. The crossing was calm.\n\n";
  }
  Cleaner cleaner;
  Result<std::unique_ptr<TextAnalyzer>> text = TextAnalyzer::Create();
  ASSERT_TRUE(text.ok());

  const Outcome late = AnalyzeRecord(record, cleaner, **text, /*time_budget_ms=*/1);
  ASSERT_TRUE(std::holds_alternative<ErrorRecord>(late));
  const std::string& message = std::get<ErrorRecord>(late).message;
  EXPECT_NE(message.find("too large"), std::string::npos) << message;
  EXPECT_NE(message.find("time budget of 1 ms"), std::string::npos) << message;
  EXPECT_NE(message.find("long.txt"), std::string::npos) << message;

  // No budget, or a generous one: the same record is a Document.
  for (std::uint32_t budget : {0u, 600000u}) {
    SCOPED_TRACE(budget);
    EXPECT_TRUE(std::holds_alternative<Document>(AnalyzeRecord(record, cleaner, **text, budget)));
  }
}

RawRecord TextRecord(std::string path, std::string body) {
  RawRecord record;
  record.path = std::move(path);
  record.format = "text";
  record.body = std::move(body);
  return record;
}

Result<std::unique_ptr<TextAnalyzer>> UntaggedAnalyzer() {
  TextOptions options;
  options.tag = false;
  return TextAnalyzer::Create(options);
}

// A stage that records what it saw, fails on request, or takes its time.
class ProbeStage : public DocumentStage {
 public:
  ProbeStage(std::string name, std::vector<std::string>* log, bool fail, int sleep_ms)
      : name_(std::move(name)), log_(log), fail_(fail), sleep_ms_(sleep_ms) {}
  std::string_view name() const override { return name_; }
  Status Apply(Document& document, TextAnalyzer&) override {
    log_->push_back(name_ + ":" + std::to_string(document.tokens.size() > 0));
    if (sleep_ms_ > 0) std::this_thread::sleep_for(std::chrono::milliseconds(sleep_ms_));
    if (fail_) return Status::Corrupt("probe " + name_ + " refused the document");
    document.flags.push_back({name_, "seen", {}});
    return Status::Ok();
  }

 private:
  std::string name_;
  std::vector<std::string>* log_;
  bool fail_;
  int sleep_ms_;
};

TEST(AnalyzeRecordTest, DocumentStagesRunInOrderAfterTheTextStage) {
  const RawRecord record = TextRecord(
      "stages.txt", "Harbour pilots in Selvik went on strike on Monday. Ferries stayed in port.\n");
  Cleaner cleaner;
  Result<std::unique_ptr<TextAnalyzer>> text = UntaggedAnalyzer();
  ASSERT_TRUE(text.ok());

  struct Case {
    const char* description;
    bool second_fails;
    std::vector<std::string> expected_log;
    bool expect_document;
  };
  const Case cases[] = {
      {"both stages run, in order, on a tokenised document", false, {"a:1", "b:1", "c:1"}, true},
      {"a failing stage stops the rest and yields an error record", true, {"a:1", "b:1"}, false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.description);
    std::vector<std::string> log;
    DocumentStages stages;
    stages.push_back(std::make_unique<ProbeStage>("a", &log, false, 0));
    stages.push_back(std::make_unique<ProbeStage>("b", &log, c.second_fails, 0));
    stages.push_back(std::make_unique<ProbeStage>("c", &log, false, 0));
    const Outcome out = AnalyzeRecord(record, cleaner, **text, stages, /*time_budget_ms=*/0);
    EXPECT_EQ(log, c.expected_log);
    ASSERT_EQ(std::holds_alternative<Document>(out), c.expect_document);
    if (c.expect_document) {
      EXPECT_EQ(std::get<Document>(out).flags.size(), 3u);
    } else {
      const std::string& message = std::get<ErrorRecord>(out).message;
      EXPECT_NE(message.find("probe b refused"), std::string::npos) << message;
      EXPECT_NE(message.find("stages.txt"), std::string::npos) << message;
    }
  }
}

TEST(AnalyzeRecordTest, TimeBudgetNamesTheDocumentStageThatRanOver) {
  const RawRecord record =
      TextRecord("slow-stage.txt", "A short note from the Selvik ferry office.\n");
  Cleaner cleaner;
  Result<std::unique_ptr<TextAnalyzer>> text = UntaggedAnalyzer();
  ASSERT_TRUE(text.ok());
  std::vector<std::string> log;
  DocumentStages stages;
  stages.push_back(std::make_unique<ProbeStage>("sluggish", &log, false, 300));
  const Outcome late = AnalyzeRecord(record, cleaner, **text, stages, /*time_budget_ms=*/100);
  ASSERT_TRUE(std::holds_alternative<ErrorRecord>(late));
  const std::string& message = std::get<ErrorRecord>(late).message;
  EXPECT_NE(message.find("by the end of sluggish"), std::string::npos) << message;
}

TEST(MakeDocumentStagesTest, NoStagesAskedForGivesAnEmptyList) {
  ExtractOptions none;
  none.mentions = false;
  none.quotes = false;
  none.time = false;
  none.outlet = false;
  Result<DocumentStages> stages = MakeDocumentStages(none);
  ASSERT_TRUE(stages.ok()) << stages.status().ToString();
  EXPECT_TRUE(stages->empty());
}

}  // namespace
}  // namespace crosscheck
