// Per-document summaries: word normalisation (case, quote styles, dashes,
// the euro sign, non-breaking spaces), day numbers, the day an article is
// about (stale_content), exact hashes that ignore presentation, term counts
// without stopwords, chain mention counts.
#include "corpus/corpus_summary.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus_test_docs.h"

namespace crosscheck::corpus {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::string storage;
  std::vector<std::string> out;
  for (std::string_view w : NormalisedWords(text, storage)) out.emplace_back(w);
  return out;
}

TEST(CorpusSummaryTest, NormalisedWords) {
  struct Case {
    const char* text;
    std::vector<std::string> words;
  } const cases[] = {
      {"The Quay Street wall", {"the", "quay", "street", "wall"}},
      {"“Rescheduled,” she said—twice…", {"rescheduled", "she", "said", "twice"}},
      {"Halvenport’s €15m fund", {"halvenport", "s", "15m", "fund"}},
      {"40\u00a0metre «gap»", {"40", "metre", "gap"}},
      {"ÖRNBERG and Örnberg", {"örnberg", "and", "örnberg"}},
      {"", {}},
      {"  ...  ", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Words(c.text), c.words) << c.text;
}

TEST(CorpusSummaryTest, DayNumbers) {
  EXPECT_EQ(DayNumber("1970-01-01"), 0);
  EXPECT_EQ(DayNumber("1970-01-02T10:00"), 1);
  EXPECT_EQ(DayNumber("2026-03-11") - DayNumber("2026-03-10"), 1);
  EXPECT_EQ(DayNumber("2024-03-01") - DayNumber("2024-02-28"), 2);  // leap year
  EXPECT_EQ(DayNumber("2023-02-29"), kNoDay);
  EXPECT_EQ(DayNumber("0001-01-01"), kNoDay);
  EXPECT_EQ(DayNumber("2026-03"), kNoDay);
  EXPECT_EQ(DayNumber(""), kNoDay);
  EXPECT_EQ(DayNumber("3/12/24"), kNoDay);
}

// (id, title, text, published), the order these tests read best in.
Document Doc(std::string id, std::string title, std::string text, std::string published) {
  return TextDocument(std::move(id), std::move(published), std::move(text), std::move(title));
}

TEST(CorpusSummaryTest, ExactHashIgnoresPresentation) {
  const DocSummary a =
      Summarize(Doc("a", "T", "The wall \"held\" -- until 02:40.\n\nThen it broke.", ""));
  const DocSummary b =
      Summarize(Doc("b", "Other", "THE WALL “held” — until 02:40. Then   it broke.", ""));
  const DocSummary c = Summarize(Doc("c", "T", "The wall held until 02:41. Then it broke.", ""));
  EXPECT_EQ(a.exact_hash, b.exact_hash);
  EXPECT_NE(a.exact_hash, c.exact_hash);
  EXPECT_EQ(Summarize(Doc("e", "", "", "")).exact_hash, 0u);
  EXPECT_TRUE(Summarize(Doc("e", "", "", "")).minhash.empty());
}

TEST(CorpusSummaryTest, TermsDropStopwordsAndCount) {
  const DocSummary s =
      Summarize(Doc("a", "The barrier and the gates", "Barrier, barrier, the barrier.", ""));
  ASSERT_EQ(s.body_terms.size(), 1u);
  EXPECT_EQ(s.body_terms[0].term, TermId("barrier"));
  EXPECT_EQ(s.body_terms[0].count, 3u);
  EXPECT_EQ(s.title_terms.size(), 2u);  // barrier, gates
  EXPECT_EQ(s.words, 4u);
}

TEST(CorpusSummaryTest, AboutDayFollowsTheStaleFlag) {
  Document d = Doc("a", "Old docks under water", "Storm Berit ...", "2026-03-12");
  EXPECT_EQ(Summarize(d).about_day, DayNumber("2026-03-12"));
  d.flags.push_back({"stale_content",
                     "the text dates itself to 2022-10; published 2026-03-12, 1229 days after "
                     "that period ended (threshold 180). Evidence: \"2022\"",
                     {}});
  const DocSummary s = Summarize(d);
  EXPECT_EQ(s.day, DayNumber("2026-03-12"));
  EXPECT_EQ(s.about_day, DayNumber("2022-10-15"));
  d.flags[0].detail = "the text dates itself to 2021; published ...";
  EXPECT_EQ(Summarize(d).about_day, DayNumber("2021-07-01"));
}

TEST(CorpusSummaryTest, ChainMentionCounts) {
  Document d = Doc("a", "", "Ana Lidt met Lidt.", "");
  d.mentions = {
      {{0, 8}, "PERSON", "c1", ""}, {{13, 17}, "PERSON", "c1", ""}, {{0, 3}, "PERSON", "", ""}};
  const DocSummary s = Summarize(d);
  ASSERT_EQ(s.chains.size(), 1u);
  EXPECT_EQ(s.chains[0].first, "c1");
  EXPECT_EQ(s.chains[0].second, 2u);
}

}  // namespace
}  // namespace crosscheck::corpus

namespace crosscheck::corpus {
namespace {

TEST(CorpusSummaryTest, PublicationMinuteOrdersStampsWithTimes) {
  const std::int64_t day = DayNumber("2026-03-11");
  EXPECT_EQ(Summarize(Doc("a", "", "x", "2026-03-11T14:15")).minute, day * 1440 + 14 * 60 + 15);
  EXPECT_EQ(Summarize(Doc("a", "", "x", "2026-03-11 09:05:00")).minute, day * 1440 + 9 * 60 + 5);
  EXPECT_EQ(Summarize(Doc("a", "", "x", "2026-03-11")).minute, day * 1440 + 1439);
  EXPECT_EQ(Summarize(Doc("a", "", "x", "2026-03-11T25:00")).minute, day * 1440 + 1439);
  EXPECT_EQ(Summarize(Doc("a", "", "x", "")).minute, kNoMinute);
}

}  // namespace
}  // namespace crosscheck::corpus
