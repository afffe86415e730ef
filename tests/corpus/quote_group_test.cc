// Quote groups and positions on invented stories: one speaker's words as
// each outlet has them (trimmed, partial, lightly reworded), speakers known
// only by name joining their entity, and one position worded differently by
// two outlets as a claim that differs, while unrelated statements of the
// same speaker stay apart. (The company name alone would not be enough
// topic: the two renderings here also share when it happens.)
#include "corpus/quote_group.h"

#include <gtest/gtest.h>

#include "claim_test_docs.h"
#include "corpus/claim_text.h"

namespace crosscheck::corpus {
namespace {

using testing::DocBuilder;

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  for (auto& w : ClaimWords(s, Span{0, static_cast<std::uint32_t>(s.size())}))
    out.push_back(w.word);
  return out;
}

TEST(QuoteGroupTest, WordingMatchTable) {
  struct Case {
    const char* what;
    const char* a;
    const char* b;
    bool a_partial;
    int expected;
  };
  const Case cases[] = {
      {"same words, other marks and case", "“We will rebuild the pier,”",
       "\"we will rebuild the pier\"", false, 1},
      {"trimmed", "We will rebuild the pier by June",
       "We will rebuild the pier by June, whatever it costs.", false, 2},
      {"partial of two words", "“never again”", "This must never again happen here", true, 2},
      {"two words, not partial", "never again", "This must never again happen here", false, 0},
      {"light rewording", "the council will complete the new sea wall by 2029",
       "the council would complete the new sea wall by 2029", false, 3},
      {"different content", "the council will complete the new sea wall by 2029",
       "the council has no money for a sea wall", false, 0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(WordingMatch(Words(c.a), Words(c.b), c.a_partial, false, QuoteGroupOptions{}),
              c.expected);
  }
}

struct Story {
  std::vector<DocumentFacts> facts;
  std::vector<const DocumentFacts*> ptrs;
  explicit Story(const std::vector<DocBuilder>& docs) {
    for (const auto& b : docs) facts.push_back(FactsOf(b.doc()));
    for (const auto& f : facts) ptrs.push_back(&f);
  }
};

TEST(QuoteGroupTest, OneQuotationAcrossOutletsWithEachWording) {
  const Story story({
      DocBuilder("a", "Fenwick Echo", "2026-06-02",
                 "Mayor Odile Varga said: “We will rebuild the pier by June, whatever it costs.”")
          .Person("Odile Varga", "e1")
          .QuoteBy("“We will rebuild the pier by June, whatever it costs.”", "direct", "e1",
                   "Odile Varga"),
      DocBuilder("b", "Shore Wire", "2026-06-02",
                 "\"We will rebuild the pier by June,\" Varga told reporters.")
          .QuoteBy("\"We will rebuild the pier by June,\"", "direct", "", "Odile Varga"),
      DocBuilder("c", "Bay Bulletin", "2026-06-03",
                 "Varga promised the pier would be rebuilt “by June”.")
          .Person("Varga", "e1")
          .QuoteBy("“by June”", "partial", "e1", "Odile Varga"),
  });
  const auto a = GroupQuotes(story.ptrs);
  ASSERT_EQ(a.groups.size(), 1u);
  const QuoteGroup& g = a.groups[0];
  EXPECT_EQ(g.speaker, "e1");  // the name-only speaker of b joined e1
  EXPECT_EQ(g.match, "near");
  ASSERT_EQ(g.reports.size(), 3u);
  EXPECT_EQ(g.reports[1].text, "\"We will rebuild the pier by June,\"");
  EXPECT_EQ(g.reports[2].kind, "partial");
}

TEST(QuoteGroupTest, PositionWordedDifferentlyDiffers) {
  const Story story({
      DocBuilder("a", "Capital Times", "2026-09-14",
                 "Rufus Okafor said on Monday he will resign from the board of Telvane Bank in "
                 "June. "
                 "Okafor also said the bank's profits would rise.")
          .Person("Rufus Okafor", "e3")
          .Person("Okafor", "e3", 2)
          .QuoteBy("he will resign from the board of Telvane Bank in June", "indirect", "e3",
                   "Rufus Okafor")
          .QuoteBy("the bank's profits would rise", "indirect", "e3", "Rufus Okafor"),
      DocBuilder("b", "Market Wire", "2026-09-14",
                 "Rufus Okafor told staff he would step back from daily management of Telvane "
                 "Bank in June.")
          .Person("Rufus Okafor", "e3")
          .QuoteBy("he would step back from daily management of Telvane Bank in June", "indirect",
                   "e3", "Rufus Okafor"),
      DocBuilder("c", "Evening Line", "2026-09-15",
                 "Okafor said staff bonuses were frozen this quarter.")
          .Person("Okafor", "e3")
          .QuoteBy("staff bonuses were frozen this quarter", "indirect", "e3", "Rufus Okafor"),
  });
  const auto a = GroupQuotes(story.ptrs);
  EXPECT_TRUE(a.groups.empty());
  ASSERT_EQ(a.positions.size(), 1u);
  const Claim& c = a.positions[0];
  EXPECT_EQ(c.kind, "position");
  EXPECT_EQ(c.verdict, "differ");
  EXPECT_EQ(c.speaker, "e3");
  ASSERT_EQ(c.reports.size(), 2u);
  EXPECT_NE(c.reports[0].text.find("resign from the board"), std::string::npos);
  EXPECT_NE(c.reports[1].text.find("step back from daily management"), std::string::npos);
}

TEST(QuoteGroupTest, OtherSpeakersNeverGroup) {
  const Story story({
      DocBuilder("a", "Fenwick Echo", "2026-06-02", "“The pier will reopen in June,” Varga said.")
          .QuoteBy("“The pier will reopen in June,”", "direct", "e1", "Odile Varga"),
      DocBuilder("b", "Shore Wire", "2026-06-02", "“The pier will reopen in June,” Brandt said.")
          .QuoteBy("“The pier will reopen in June,”", "direct", "e2", "Kai Brandt"),
  });
  const auto a = GroupQuotes(story.ptrs);
  EXPECT_TRUE(a.groups.empty());
  EXPECT_TRUE(a.positions.empty());
}

}  // namespace
}  // namespace crosscheck::corpus
