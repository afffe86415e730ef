// Online story clustering on hand-made vectors: articles sharing their
// heaviest terms join one event; a different event of the same kind (shared
// topic words, other names) stays apart at event level but joins the topic;
// a late article reusing an old story's words starts a new event; every
// event lies inside one topic; date order puts undated articles last.
#include "corpus/story_cluster.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <vector>

namespace crosscheck::corpus {
namespace {

std::vector<WeightedTerm> Vec(std::map<std::uint32_t, float> terms) {
  std::vector<WeightedTerm> out;
  double norm = 0;
  for (const auto& [t, w] : terms) norm += w * w;
  for (const auto& [t, w] : terms) out.push_back({t, static_cast<float>(w / std::sqrt(norm))});
  return out;
}

StoryDoc Doc(std::map<std::uint32_t, float> body, std::map<std::uint32_t, float> entities,
             std::int32_t day) {
  StoryDoc d;
  d.body = Vec(std::move(body));
  if (!entities.empty()) d.entities = Vec(std::move(entities));
  d.day = day;
  return d;
}

TEST(StoryClusterTest, EventsInsideTopics) {
  // Terms 1-3: "flood", "wall", "surge" (the topic); entities 100/101: the
  // storm and city of event A, 200/201 those of event B.
  const std::vector<StoryDoc> docs = {
      Doc({{1, 1}, {2, 1}, {3, 1}, {10, 1}}, {{100, 1}, {101, 1}}, 1000),
      Doc({{1, 1}, {2, 1}, {3, 1}, {11, 1}}, {{100, 1}, {101, 1}}, 1001),
      Doc({{1, 1}, {2, 1}, {3, 1}, {20, 1}}, {{200, 1}, {201, 1}}, 1002),
      Doc({{1, 1}, {2, 1}, {12, 1}}, {{100, 1}}, 1002),
      Doc({{1, 1}, {2, 1}, {3, 1}, {21, 1}}, {{200, 1}, {201, 1}}, 1003),
      Doc({{50, 1}, {51, 1}, {52, 1}}, {{300, 1}}, 1003),
  };
  StoryOptions options;
  options.event_threshold = 0.6;
  options.topic_threshold = 0.3;
  options.event_merge = 0.9;  // the pass alone: no merging of A and B
  options.topic_merge = 0.9;
  const StoryClusters c = ClusterStories(docs, options);
  EXPECT_EQ(c.event[0], c.event[1]);
  EXPECT_EQ(c.event[0], c.event[3]);
  EXPECT_EQ(c.event[2], c.event[4]);
  EXPECT_NE(c.event[0], c.event[2]);
  EXPECT_NE(c.event[5], c.event[0]);
  EXPECT_NE(c.event[5], c.event[2]);
  EXPECT_EQ(c.topic[0], c.topic[2]);
  EXPECT_NE(c.topic[5], c.topic[0]);
  EXPECT_EQ(c.events, 3u);
  EXPECT_EQ(c.topics, 2u);
  // Nesting: one topic per event.
  std::map<std::uint32_t, std::uint32_t> topic_of_event;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    auto [it, inserted] = topic_of_event.emplace(c.event[i], c.topic[i]);
    EXPECT_EQ(it->second, c.topic[i]);
  }
  ASSERT_EQ(c.central.size(), 3u);
  EXPECT_EQ(c.event[c.central[c.event[0]]], c.event[0]);
}

TEST(StoryClusterTest, TimeSeparatesAnOldStoryFromANewOne) {
  const std::vector<StoryDoc> docs = {
      Doc({{1, 1}, {2, 1}, {3, 1}}, {}, 1000), Doc({{1, 1}, {2, 1}, {3, 1}}, {}, 1001),
      Doc({{1, 1}, {2, 1}, {3, 1}}, {}, 1400),    // the same words a year later
      Doc({{1, 1}, {2, 1}, {3, 1}}, {}, kNoDay),  // undated: no time penalty
  };
  const StoryClusters c = ClusterStories(docs);
  EXPECT_EQ(c.event[0], c.event[1]);
  EXPECT_NE(c.event[2], c.event[0]);
  EXPECT_EQ(c.events, 2u);  // the undated one joins an existing event (no window applies)
}

TEST(StoryClusterTest, EmptyDocumentsStandAlone) {
  const std::vector<StoryDoc> docs = {StoryDoc{}, StoryDoc{}};
  const StoryClusters c = ClusterStories(docs);
  EXPECT_EQ(c.events, 2u);
}

TEST(StoryClusterTest, TfIdfWeighsRareTermsAndNormalises) {
  DocumentFrequencies df;
  const std::vector<TermCount> a = {{1, 2}, {2, 1}}, b = {{1, 1}}, c = {{1, 1}, {3, 1}};
  df.Add(a), df.Add(b), df.Add(c);
  EXPECT_EQ(df.documents(), 3u);
  EXPECT_EQ(df.Of(1), 3u);
  EXPECT_EQ(df.Of(9), 0u);
  const std::vector<WeightedTerm> v = TfIdf(a, df);
  ASSERT_EQ(v.size(), 2u);
  // term 1: tf 2, in every document: (1 + ln 2) * (ln 1 + 1); term 2: tf 1, df 1: ln 2 + 1.
  const double w1 = 1 + std::log(2.0), w2 = std::log(2.0) + 1;
  EXPECT_NEAR(v[0].weight, w1 / std::hypot(w1, w2), 1e-6);
  EXPECT_NEAR(v[1].weight, w2 / std::hypot(w1, w2), 1e-6);
}

TEST(StoryClusterTest, ClusterOrderIsByDayThenContentUndatedLast) {
  std::vector<DocSummary> s(5);
  s[0].about_day = kNoDay;
  s[1].about_day = 20;
  s[2].about_day = 10;
  s[3].about_day = 20;
  s[4].about_day = 20;
  s[0].id = "a", s[1].id = "b", s[2].id = "c", s[3].id = "d", s[4].id = "e";
  s[1].exact_hash = 9, s[3].exact_hash = 5, s[4].exact_hash = 5;
  s[3].title.assign(1, 'Z'), s[4].title.assign(1, 'Y');  // same body: the title decides, not the id
  for (std::uint32_t i = 0; i < 5; ++i) s[i].order = 4 - i;  // Add order plays no part
  EXPECT_EQ(ClusterOrder(s), (std::vector<std::uint32_t>{2, 4, 3, 1, 0}));
}

}  // namespace
}  // namespace crosscheck::corpus

namespace crosscheck::corpus {
namespace {

// The made-on-demand path (what CorpusRunner uses, so the corpus never holds
// every vector) against the held path, on a random corpus of near and far
// documents: the same clusters and central members, and each document asked
// for exactly three times.
TEST(StoryClusterTest, DocumentsMadeOnDemandClusterLikeHeldOnes) {
  std::vector<StoryDoc> docs;
  std::uint32_t seed = 7;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u; };
  for (int i = 0; i < 300; ++i) {
    const std::uint32_t story = next() % 25;
    std::map<std::uint32_t, float> body, entities;
    for (int k = 0; k < 8; ++k) body[story * 100 + next() % 12] += 1.0f + (next() % 3);
    body[5000 + next() % 400] += 1.0f;  // noise
    if (next() % 4 != 0) entities[90000 + story] = 1.0f;
    docs.push_back(Doc(body, entities, next() % 5 == 0 ? kNoDay : 1000 + i / 3));
  }
  std::stable_sort(docs.begin(), docs.end(), [](const StoryDoc& a, const StoryDoc& b) {
    return (a.day == kNoDay ? INT32_MAX : a.day) < (b.day == kNoDay ? INT32_MAX : b.day);
  });
  const StoryClusters held = ClusterStories(docs);
  std::vector<int> calls(docs.size(), 0);
  const StoryClusters made = ClusterStories(docs.size(), [&](std::size_t i, StoryDoc& doc) {
    ++calls[i];
    doc = docs[i];
  });
  EXPECT_EQ(made.topic, held.topic);
  EXPECT_EQ(made.event, held.event);
  EXPECT_EQ(made.central, held.central);
  EXPECT_EQ(made.topics, held.topics);
  EXPECT_EQ(made.events, held.events);
  EXPECT_GT(held.events, 10u);
  for (const int n : calls) EXPECT_EQ(n, 3);
}

}  // namespace
}  // namespace crosscheck::corpus
