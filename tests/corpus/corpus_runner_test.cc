// The corpus stage end to end on the demo corpus (examples/, read
// examples/README.md): the real pipeline analyses the thirteen pages, the
// runner summarises them and finishes. The Portwatch24 copy of the VPA
// pledge story is a near copy of it (VPA published first); the 2026 Storm
// Ilse news reports form one event story; the re-served 2022 article (Storm
// Berit) is its own event; every story has a title and a date range; an
// extension sees every event story with its documents.
#include "corpus/corpus_runner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "crosscheck/pipeline.h"

namespace crosscheck::corpus {
namespace {

// File name without .txt -> analysed document.
std::map<std::string, Document> AnalyseExamples() {
  std::vector<std::string> files;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(CROSSCHECK_SOURCE_DIR) + "/examples"))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  std::map<std::string, Document> docs;
  PipelineOptions options;
  options.ordered = true;
  options.extract.quotes = false;
  PipelineCallbacks callbacks;
  callbacks.sink = [&](Outcome&& o) {
    if (auto* d = std::get_if<Document>(&o))
      docs.emplace(std::filesystem::path(d->origin).stem().string(), std::move(*d));
    return true;
  };
  const Status st = RunPipeline(files, options, callbacks);
  EXPECT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(docs.size(), files.size());
  return docs;
}

class StoryCounter : public CorpusExtension {
 public:
  explicit StoryCounter(std::vector<std::vector<std::string>>* seen) : seen_(seen) {}
  std::string_view name() const override { return "story-counter"; }
  void AddDocument(const Document& document, const DocSummary& summary) override {
    EXPECT_EQ(document.id, summary.id);
    ++documents_;
  }
  void OnStory(const Story& story, const CorpusContext& context, CorpusResult& result) override {
    EXPECT_EQ(story.level, "event");
    for (const std::string& id : story.documents) EXPECT_NE(context.Summary(id), nullptr);
    EXPECT_FALSE(result.entities.empty());
    seen_->push_back(story.documents);
  }
  void Finish(const CorpusContext&, CorpusResult&) override { EXPECT_EQ(documents_, 13); }

 private:
  std::vector<std::vector<std::string>>* seen_;
  int documents_ = 0;
};

class DemoCorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    docs_ = new std::map<std::string, Document>(AnalyseExamples());
    seen_ = new std::vector<std::vector<std::string>>();
    runner_ = new CorpusRunner();
    runner_->AddExtension(std::make_unique<StoryCounter>(seen_));
    for (const auto& [name, d] : *docs_) runner_->Add(d);
    result_ = new CorpusResult(runner_->Finish());
  }
  static void TearDownTestSuite() { delete docs_, delete seen_, delete runner_, delete result_; }
  static const std::string& Id(const std::string& name) { return docs_->at(name).id; }
  // The story of `level` holding document `name`.
  static const Story* StoryOf(const std::string& name, const std::string& level) {
    for (const Story& s : result_->stories)
      if (s.level == level && std::count(s.documents.begin(), s.documents.end(), Id(name)))
        return &s;
    return nullptr;
  }

  static std::map<std::string, Document>* docs_;
  static std::vector<std::vector<std::string>>* seen_;
  static CorpusRunner* runner_;
  static CorpusResult* result_;
};
std::map<std::string, Document>* DemoCorpusTest::docs_ = nullptr;
std::vector<std::vector<std::string>>* DemoCorpusTest::seen_ = nullptr;
CorpusRunner* DemoCorpusTest::runner_ = nullptr;
CorpusResult* DemoCorpusTest::result_ = nullptr;

TEST_F(DemoCorpusTest, PortwatchCopyLinksToTheWireOriginal) {
  const std::string original = Id("vpa-2026-03-11-minister-pledges-barrier");
  const std::string copy = Id("portwatch24-2026-03-11-minister-pledges-barrier");
  ASSERT_EQ(result_->duplicates.size(), 1u);
  const Duplicate& d = result_->duplicates[0];
  EXPECT_EQ(d.kind, "near");
  EXPECT_EQ(d.documents, (std::vector<std::string>{original, copy}));
  EXPECT_GT(d.similarity, 0.3);
  Document annotated = docs_->at("portwatch24-2026-03-11-minister-pledges-barrier");
  runner_->Annotate(annotated);
  const auto flag = std::find_if(annotated.flags.begin(), annotated.flags.end(),
                                 [](const Flag& f) { return f.kind == "near_duplicate_of"; });
  ASSERT_NE(flag, annotated.flags.end());
  EXPECT_EQ(flag->documents, (std::vector<std::string>{original}));
  EXPECT_NE(flag->detail.find("Velmark Press Agency"), std::string::npos) << flag->detail;
  Document original_doc = docs_->at("vpa-2026-03-11-minister-pledges-barrier");
  runner_->Annotate(original_doc);
  for (const Flag& f : original_doc.flags) EXPECT_NE(f.kind, "near_duplicate_of");
}

TEST_F(DemoCorpusTest, OneEventStoryForTheStormIlseReports) {
  const char* const reports[] = {"harbourline-2026-03-10-old-docks-flooded",
                                 "vpa-2026-03-10-storm-surge-breaches-wall",
                                 "vnb-2026-03-10-about-1800-evacuated",
                                 "vpa-2026-03-11-minister-pledges-barrier",
                                 "portwatch24-2026-03-11-minister-pledges-barrier",
                                 "vnb-2026-03-11-minister-heckled-old-docks",
                                 "harbourline-2026-03-12-union-warnings-ignored",
                                 "meridianpost-2026-03-12-48-million-question",
                                 "vnb-2026-03-13-minister-agrees-review",
                                 "harbourline-2026-03-13-tidewall-chief-defends-wall",
                                 "harbourline-2026-03-15-residents-begin-clean-up"};
  const Story* story = StoryOf(reports[0], "event");
  ASSERT_NE(story, nullptr);
  for (const char* name : reports) EXPECT_EQ(StoryOf(name, "event"), story) << name;
  EXPECT_EQ(story->first, "2026-03-10");
  EXPECT_EQ(story->last, "2026-03-15");
  EXPECT_FALSE(story->title.empty());
  EXPECT_FALSE(story->topic.empty());
}

TEST_F(DemoCorpusTest, TheReservedStormBeritArticleIsAnotherEvent) {
  const Story* old = StoryOf("portwatch24-2026-03-12-old-docks-under-water-again", "event");
  const Story* ilse = StoryOf("harbourline-2026-03-10-old-docks-flooded", "event");
  ASSERT_NE(old, nullptr);
  EXPECT_NE(old, ilse);
  EXPECT_EQ(old->documents.size(), 1u);
}

TEST_F(DemoCorpusTest, StoriesCoverEveryDocumentOncePerLevelAndNest) {
  std::map<std::string, int> events, topics;
  std::map<std::string, std::string> topic_of;
  for (const Story& s : result_->stories) {
    EXPECT_FALSE(s.id.empty());
    EXPECT_FALSE(s.title.empty()) << s.id;
    for (const std::string& d : s.documents) ++(s.level == "event" ? events : topics)[d];
    if (s.level == "topic")
      for (const std::string& d : s.documents) topic_of[d] = s.id;
  }
  EXPECT_EQ(events.size(), 13u);
  EXPECT_EQ(topics.size(), 13u);
  for (const auto& [d, n] : events) EXPECT_EQ(n, 1) << d;
  for (const auto& [d, n] : topics) EXPECT_EQ(n, 1) << d;
  for (const Story& s : result_->stories) {
    if (s.level != "event") continue;
    for (const std::string& d : s.documents) EXPECT_EQ(topic_of[d], s.topic) << s.id;
  }
  std::size_t event_stories = 0;
  for (const Story& s : result_->stories) event_stories += s.level == "event";
  EXPECT_EQ(seen_->size(), event_stories);
}

// The stories of `docs` (file name -> document) added in `order` with ids
// renamed by `rename`, as (level, title, file names) sets: content only.
std::set<std::tuple<std::string, std::string, std::set<std::string>>> StoriesByContent(
    const std::map<std::string, Document>& docs, const std::vector<std::string>& order,
    const std::function<std::string(const std::string&)>& rename, bool undated) {
  CorpusRunner runner;
  std::map<std::string, std::string> name_of;
  for (const std::string& name : order) {
    Document d = docs.at(name);
    d.id = rename(name);
    if (undated) d.published.clear();
    name_of[d.id] = name;
    runner.Add(d);
  }
  const CorpusResult result = runner.Finish();
  std::set<std::tuple<std::string, std::string, std::set<std::string>>> out;
  for (const Story& s : result.stories) {
    std::set<std::string> names;
    for (const std::string& id : s.documents) names.insert(name_of.at(id));
    out.emplace(s.level, s.title, std::move(names));
  }
  return out;
}

TEST_F(DemoCorpusTest, StoriesDoNotDependOnInputOrderOrIds) {
  std::vector<std::string> names;
  for (const auto& [name, d] : *docs_) names.push_back(name);
  const auto as_analysed = [](const std::string& name) { return docs_->at(name).id; };
  for (const bool undated : {false, true}) {
    const auto expected = StoriesByContent(*docs_, names, as_analysed, undated);
    EXPECT_GE(expected.size(), 2u);  // at least a topic and an event
    std::mt19937 random(7);
    for (int round = 0; round < 4; ++round) {
      std::vector<std::string> shuffled = names;
      std::shuffle(shuffled.begin(), shuffled.end(), random);
      // New ids in another order than the old ones (reversed, hashed, ...).
      const std::uint32_t salt = random();
      const auto renamed = [salt](const std::string& name) {
        return std::to_string(std::hash<std::string>{}(name + std::to_string(salt)));
      };
      EXPECT_EQ(StoriesByContent(*docs_, shuffled, renamed, undated), expected)
          << "undated " << undated << " round " << round;
    }
  }
}

}  // namespace
}  // namespace crosscheck::corpus
