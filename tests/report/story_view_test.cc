// The shared corpus load and the story view: a hand-made corpus result for the
// mapping of claims, quote groups, copies and timelines to stories, and a
// small invented store for the load itself.
#include "report/story_view.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "report/corpus_load.h"

namespace crosscheck {
namespace {

corpus::ClaimReport Figure(std::string doc, std::string outlet, double value) {
  corpus::ClaimReport r;
  r.document = std::move(doc);
  r.outlet = std::move(outlet);
  r.numeric = true;
  r.value = value;
  r.text = std::to_string(static_cast<int>(value)) + " homes";
  return r;
}

corpus::CorpusResult TwoStories() {
  corpus::CorpusResult r;
  r.stories.push_back(
      {"s1", "event", "t1", "Quay wall fails", {"a1", "b1", "c1"}, "2031-05-02", "2031-05-03"});
  r.stories.push_back({"s2", "event", "t1", "Ferry strike", {"a2"}, "2031-06-01", "2031-06-01"});
  r.stories.push_back({"t1", "topic", "", "Quay wall fails", {"a1", "b1", "c1", "a2"}, "", ""});
  corpus::Claim k1{"k1", "quantity", "homes flooded", "differ", "", "", {}, {}};
  k1.reports = {Figure("a1", "Gullwing Post", 120), Figure("b1", "Saltmarsh Daily", 150)};
  corpus::Claim k2{"k2", "quantity", "boats", "agree", "", "", {}, {}};
  k2.reports = {Figure("a2", "Gullwing Post", 4)};
  r.claims = {k1, k2};
  corpus::QuoteGroup q1{"q1", "e3", "Ilka Varro", "near", {}};
  q1.reports = {{"b1", "Saltmarsh Daily", {10, 30}, "We rebuild the wall", "direct"},
                {"c1", "Reedbank Wire", {5, 28}, "We will rebuild the wall", "direct"}};
  r.quote_groups = {q1};
  r.duplicates = {{"exact", {"a1", "c1"}, 1.0}};
  corpus::Timeline t{"story", "s1", "Quay wall fails", {}};
  t.events.push_back({"2031-05-02", "wall gave way", {}, {}});
  r.timelines = {t, {"entity", "e3", "Ilka Varro", {}}};
  return r;
}

std::vector<DocumentCard> Cards() {
  Flag stale{"stale_content", "dates itself to 2029", {}};
  return {{"a1", "a1.txt", "", "Gullwing Post", "Wall fails", "2031-05-02", {}},
          {"b1", "b1.txt", "", "Saltmarsh Daily", "Homes flooded", "2031-05-02", {stale}},
          {"c1", "c1.txt", "", "Reedbank Wire", "Wall fails", "2031-05-03", {}},
          {"a2", "a2.txt", "", "Gullwing Post", "Ferries stop", "2031-06-01", {}}};
}

TEST(StoryViewTest, EachRecordLandsInItsStory) {
  const std::vector<StoryView> views = BuildStoryViews(TwoStories(), Cards());
  ASSERT_EQ(views.size(), 2u);  // topic stories get no view
  const StoryView& s1 = views[0];
  EXPECT_EQ(s1.story.id, "s1");
  ASSERT_EQ(s1.articles.size(), 3u);
  EXPECT_EQ(s1.articles[1].outlet, "Saltmarsh Daily");
  EXPECT_EQ(s1.articles[1].published, "2031-05-02");
  EXPECT_EQ(s1.outlets,
            (std::vector<std::string>{"Gullwing Post", "Saltmarsh Daily", "Reedbank Wire"}));
  ASSERT_EQ(s1.claims.size(), 1u);
  EXPECT_EQ(s1.claims[0].id, "k1");
  EXPECT_EQ(s1.differ, 1);
  ASSERT_EQ(s1.quote_groups.size(), 1u);
  ASSERT_TRUE(s1.timeline.has_value());
  EXPECT_EQ(s1.timeline->events.size(), 1u);
  // Flags: the stored stale_content, then the copy with its original.
  ASSERT_EQ(s1.flags.size(), 2u);
  EXPECT_EQ(s1.flags[0].kind, "stale_content");
  EXPECT_EQ(s1.flags[0].document, "b1");
  EXPECT_EQ(s1.flags[1].kind, "duplicate_of");
  EXPECT_EQ(s1.flags[1].document, "c1");
  EXPECT_EQ(s1.flags[1].outlet, "Reedbank Wire");
  EXPECT_EQ(s1.flags[1].documents, (std::vector<std::string>{"a1"}));
  EXPECT_EQ(s1.articles[2].flags, (std::vector<std::string>{"duplicate_of"}));

  const StoryView& s2 = views[1];
  ASSERT_EQ(s2.claims.size(), 1u);
  EXPECT_EQ(s2.claims[0].id, "k2");
  EXPECT_TRUE(s2.quote_groups.empty());
  EXPECT_FALSE(s2.timeline.has_value());
}

TEST(StoryViewTest, JsonCarriesTheListsAndCounts) {
  const std::vector<StoryView> views = BuildStoryViews(TwoStories(), Cards());
  const nlohmann::json j = StoryViewToJson(views[0]);
  EXPECT_EQ(j["type"], "story_view");
  EXPECT_EQ(j["id"], "s1");
  EXPECT_EQ(j["story"]["documents"].size(), 3u);
  EXPECT_EQ(j["outlets"].size(), 3u);
  EXPECT_EQ(j["outlets"][0]["outlet"], "Gullwing Post");
  EXPECT_EQ(j["claims"][0]["verdict"], "differ");
  EXPECT_EQ(j["claims"][0]["reports"][1]["value"], 150.0);
  EXPECT_EQ(j["quote_groups"][0]["reports"][1]["text"], "We will rebuild the wall");
  EXPECT_EQ(j["flags"][1]["kind"], "duplicate_of");
  EXPECT_EQ(j["timeline"]["events"][0]["date"], "2031-05-02");
  EXPECT_EQ(j["counts"]["differ"], 1);
  EXPECT_EQ(j["counts"]["outlets"], 3);
  const nlohmann::json s = StorySummaryToJson(views[1]);
  EXPECT_EQ(s["counts"]["claims"], 1);
  EXPECT_FALSE(s.contains("claims"));
  EXPECT_TRUE(StoryViewToJson(views[1])["timeline"].is_null());
}

// A small invented store: three articles on one event, one an exact copy.
class LoadCorpusTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("cc_story_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(LoadCorpusTest, RunsTheCorpusStageOverTheStore) {
  const std::string wall =
      "The quay wall at Gullwing harbour gave way on Friday night after the spring tide. "
      "Harbour master Ilka Varro said the wall would be rebuilt before the autumn storms. "
      "About 120 homes along the quay were flooded and families slept in the town hall.";
  const std::string second =
      "Gullwing harbour quay wall collapsed during the spring tide on Friday night. "
      "Ilka Varro, the harbour master, promised to rebuild the quay wall before autumn storms. "
      "Some 150 homes on the quay flooded and families spent the night in the town hall.";
  struct Row {
    const char* id;
    const char* outlet;
    const char* published;
    const std::string* text;
  };
  const Row rows[] = {{"a1", "Gullwing Post", "2031-05-02", &wall},
                      {"b1", "Saltmarsh Daily", "2031-05-02", &second},
                      {"c1", "Reedbank Wire", "2031-05-03", &wall}};
  {
    auto store = Store::Open((dir_ / "s.db").string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    std::uint64_t hash = 1;
    for (const Row& r : rows) {
      Document d;
      d.id = r.id;
      d.origin = std::string(r.id) + ".txt";
      d.input_hash = hash++;
      d.outlet = r.outlet;
      d.title = "Quay wall gives way at Gullwing harbour";
      d.published = r.published;
      d.language = "en";
      d.text = *r.text;
      d.to_input = OffsetMap::Identity(d.text.size());
      ASSERT_TRUE((*store)->PutDocument(d).ok());
    }
  }
  auto store = Store::Open((dir_ / "s.db").string(), {.read_only = true, .create = false});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Result<std::unique_ptr<LoadedCorpus>> loaded = LoadCorpus(**store);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const LoadedCorpus& corpus = **loaded;
  ASSERT_EQ(corpus.documents().size(), 3u);
  ASSERT_NE(corpus.Find("b1"), nullptr);
  EXPECT_EQ(corpus.Find("b1")->outlet, "Saltmarsh Daily");
  EXPECT_EQ(corpus.Find("zz"), nullptr);
  ASSERT_EQ(corpus.result().duplicates.size(), 1u);
  EXPECT_EQ(corpus.result().duplicates[0].documents, (std::vector<std::string>{"a1", "c1"}));

  // The second pass adds the copy flag, as export writes it.
  std::vector<std::string> flagged;
  ASSERT_TRUE(corpus
                  .ForEachAnnotated(**store,
                                    [&](const Document& d) {
                                      for (const Flag& f : d.flags)
                                        if (f.kind == "duplicate_of") flagged.push_back(d.id);
                                      return true;
                                    })
                  .ok());
  EXPECT_EQ(flagged, (std::vector<std::string>{"c1"}));

  const std::vector<StoryView> views = BuildStoryViews(corpus.result(), corpus.documents());
  ASSERT_EQ(views.size(), 1u);
  EXPECT_EQ(views[0].articles.size(), 3u);
  EXPECT_EQ(views[0].outlets.size(), 3u);
  ASSERT_EQ(views[0].flags.size(), 1u);
  EXPECT_EQ(views[0].flags[0].kind, "duplicate_of");
}

}  // namespace
}  // namespace crosscheck
