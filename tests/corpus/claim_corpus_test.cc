// Claims over a corpus of two invented stories: each story's claims and
// quote groups numbered across the corpus, one timeline per story, and an
// entity's timeline gathered from both stories.
#include "corpus/claim_corpus.h"

#include <gtest/gtest.h>

#include "claim_test_docs.h"

namespace crosscheck::corpus {
namespace {

using testing::DocBuilder;

TEST(ClaimCorpusTest, StoriesNumberedAcrossTheCorpus) {
  const std::vector<DocBuilder> docs = {
      DocBuilder("a1", "Lowland News", "2026-05-05",
                 "Mayor Hanne Solberg closed the Aske bridge on Monday after 14 cracks were found.")
          .Person("Hanne Solberg", "e1")
          .Count("14", 14, "cracks")
          .Date("Monday", "2026-05-04"),
      DocBuilder("a2", "Aske Gazette", "2026-05-05",
                 "Hanne Solberg closed the Aske bridge on Monday; inspectors had found 18 cracks.")
          .Person("Hanne Solberg", "e1")
          .Count("18", 18, "cracks")
          .Date("Monday", "2026-05-04"),
      DocBuilder("b1", "Lowland News", "2026-06-02",
                 "Solberg opened the new Tarn ferry pier on Tuesday, a year late.")
          .Person("Solberg", "e1")
          .Date("Tuesday", "2026-06-02"),
      DocBuilder("b2", "Tarn Weekly", "2026-06-03",
                 "Hanne Solberg opened the Tarn ferry pier on Tuesday.")
          .Person("Hanne Solberg", "e1")
          .Date("Tuesday", "2026-06-02"),
  };
  std::map<std::string, DocumentFacts> facts;
  for (const auto& b : docs) facts.emplace(b.doc().id, FactsOf(b.doc()));
  const std::vector<StoryDocuments> stories = {{"s1", "Aske bridge", {"a1", "a2", "gone"}},
                                               {"s2", "Tarn pier", {"b1", "b2"}}};
  const CorpusClaims all = ClaimsForStories(stories, facts, {{"e1", "Hanne Solberg"}});
  std::vector<std::string> ids;
  for (const Claim& c : all.claims) ids.push_back(c.id + ":" + c.kind + ":" + c.verdict);
  // In order of each claim's first report: "on Monday" comes before "14 cracks".
  EXPECT_EQ(ids,
            (std::vector<std::string>{"k1:date:agree", "k2:quantity:differ", "k3:date:agree"}));
  ASSERT_EQ(all.timelines.size(), 3u);
  EXPECT_EQ(all.timelines[0].subject, "s1");
  EXPECT_EQ(all.timelines[1].subject, "s2");
  const Timeline& mayor = all.timelines[2];
  EXPECT_EQ(mayor.scope, "entity");
  EXPECT_EQ(mayor.name, "Hanne Solberg");
  ASSERT_EQ(mayor.events.size(), 2u);  // one event in each story
  EXPECT_EQ(mayor.events[0].date, "2026-05-04");
  EXPECT_EQ(mayor.events[1].date, "2026-06-02");
}

}  // namespace
}  // namespace crosscheck::corpus
