#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck::text {
namespace {

std::vector<std::string> Split(SentenceSplitter& splitter, const std::string& text) {
  std::vector<Span> spans;
  Status st = splitter.Split(text, Span{0, static_cast<std::uint32_t>(text.size())}, spans);
  EXPECT_TRUE(st.ok()) << st.ToString();
  std::vector<std::string> out;
  for (const Span& s : spans) out.emplace_back(s.Of(text));
  return out;
}

struct SentenceCase {
  const char* description;
  std::string text;
  std::vector<std::string> sentences;
};

TEST(SentenceSplitterTest, NewsSentences) {
  const std::vector<SentenceCase> cases = {
      {"two plain sentences",
       "The council met on Monday. It approved the budget.",
       {"The council met on Monday.", "It approved the budget."}},
      {"question and exclamation",
       "Would the bridge reopen? Nobody knew! Work went on.",
       {"Would the bridge reopen?", "Nobody knew!", "Work went on."}},
      {"title Mr. (ICU's own list)",
       "Mr. Okafor said the plan was sound.",
       {"Mr. Okafor said the plan was sound."}},
      {"title Dr. mid-sentence",
       "The report by Dr. Lena Varga was released late.",
       {"The report by Dr. Lena Varga was released late."}},
      {"titles Sen. and Gov.",
       "Sen. Ana Ruiz and Gov. Bo Lindqvist signed it. Both smiled.",
       {"Sen. Ana Ruiz and Gov. Bo Lindqvist signed it.", "Both smiled."}},
      {"titles Gen., Lt., Rep.",
       "Gen. Tariq Haddad met Lt. Maya Sorensen and Rep. Ivo Brandt.",
       {"Gen. Tariq Haddad met Lt. Maya Sorensen and Rep. Ivo Brandt."}},
      {"Prof. and Mrs. and Ms.",
       "Prof. Adaeze Nwosu thanked Mrs. Petrova and Ms. Kahale.",
       {"Prof. Adaeze Nwosu thanked Mrs. Petrova and Ms. Kahale."}},
      {"St. before a saint's name",
       "The parade passed St. Brendan's Church at noon.",
       {"The parade passed St. Brendan's Church at noon."}},
      {"initials J. R.",
       "A first edition by J. R. Halloway sold for $12,000.",
       {"A first edition by J. R. Halloway sold for $12,000."}},
      {"initial at sentence start",
       "T. Mbeki Rowe led the count. Turnout was low.",
       {"T. Mbeki Rowe led the count.", "Turnout was low."}},
      {"U.S. before lower case",
       "Exports to the U.S. rose sharply in March.",
       {"Exports to the U.S. rose sharply in March."}},
      {"U.S. before a name",
       "The U.S. Senate voted 61 to 39 on the measure.",
       {"The U.S. Senate voted 61 to 39 on the measure."}},
      {"U.K. before a title",
       "U.K. Prime Minister Hollis Grange flew in.",
       {"U.K. Prime Minister Hollis Grange flew in."}},
      {"U.S. ending a sentence before The",
       "The firm moved to the U.S. The move cost jobs.",
       {"The firm moved to the U.S.", "The move cost jobs."}},
      {"U.S. ending a sentence before He",
       "She studied in the U.K. He stayed home.",
       {"She studied in the U.K.", "He stayed home."}},
      {"No. 10 and a number",
       "Talks at No. 10 ended early. Officials left.",
       {"Talks at No. 10 ended early.", "Officials left."}},
      {"month abbreviation before a day",
       "The vote is set for Jan. 14 in the capital.",
       {"The vote is set for Jan. 14 in the capital."}},
      {"decimals stay whole",
       "Growth was 3.5 percent. Inflation hit 2.1 percent.",
       {"Growth was 3.5 percent.", "Inflation hit 2.1 percent."}},
      {"money with a decimal",
       "The deal is worth $5.2bn. Shares jumped.",
       {"The deal is worth $5.2bn.", "Shares jumped."}},
      {"ellipsis followed by lower case",
       "The mayor paused... and then walked out.",
       {"The mayor paused... and then walked out."}},
      {"ellipsis followed by a new sentence",
       "We waited... The bus never came.",
       {"We waited...", "The bus never came."}},
      {"unicode ellipsis followed by a new sentence",
       "We waited\u2026 The bus never came.",
       {"We waited\u2026", "The bus never came."}},
      {"closing quote after the period",
       "\"We will rebuild,\" he said. \"It starts today.\" Then he left.",
       {"\"We will rebuild,\" he said.", "\"It starts today.\"", "Then he left."}},
      {"curly closing quote after the period",
       "\u201cIt is over.\u201d Next came the appeal.",
       {"\u201cIt is over.\u201d", "Next came the appeal."}},
      {"question in a quote then lower case attribution",
       "\"Why now?\" she asked. \"Because,\" he said.",
       {"\"Why now?\" she asked.", "\"Because,\" he said."}},
      {"exclamation in a quote then lower case",
       "\u201cEnough!\u201d shouted a protester near the gate.",
       {"\u201cEnough!\u201d shouted a protester near the gate."}},
      {"a.m. before lower case",
       "The polls opened at 7 a.m. on Tuesday.",
       {"The polls opened at 7 a.m. on Tuesday."}},
      {"p.m. ending a sentence",
       "The polls closed at 8 p.m. Officials began counting.",
       {"The polls closed at 8 p.m.", "Officials began counting."}},
      {"Inc. before lower case and Corp. before a name",
       "Brightwater Inc. said Halvard Corp. Chief Olsen agreed.",
       {"Brightwater Inc. said Halvard Corp. Chief Olsen agreed."}},
      {"trailing white space excluded", "It rained.   It poured.  ", {"It rained.", "It poured."}},
      {"a wrapped line inside a paragraph joins",
       "The minister said the plan\nwould be ready by June. It was not.",
       {"The minister said the plan\nwould be ready by June.", "It was not."}},
      {"a line ending a sentence stays a break",
       "Rain fell all day.\nThe river rose.",
       {"Rain fell all day.", "The river rose."}},
      {"abbreviation Dr. across a wrapped line",
       "The clinic run by Dr.\nSamira Oduya reopened.",
       {"The clinic run by Dr.\nSamira Oduya reopened."}},
      {"no final punctuation",
       "Council approves new harbour plan",
       {"Council approves new harbour plan"}},
  };
  auto splitter = SentenceSplitter::Create("en");
  ASSERT_TRUE(splitter.ok()) << splitter.status().ToString();
  for (const SentenceCase& c : cases) {
    SCOPED_TRACE(c.description);
    EXPECT_EQ(Split(**splitter, c.text), c.sentences);
  }
}

TEST(SentenceSplitterTest, SpansAreAbsoluteAndStayInsideTheRange) {
  const std::string text = "Intro line.\n\nFirst one. Second one.\n\nTail.";
  auto splitter = SentenceSplitter::Create();
  ASSERT_TRUE(splitter.ok());
  std::vector<Span> spans;
  const Span para{13, 35};  // "First one. Second one."
  ASSERT_EQ(para.Of(text), "First one. Second one.");
  ASSERT_TRUE((*splitter)->Split(text, para, spans).ok());
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].Of(text), "First one.");
  EXPECT_EQ(spans[1].Of(text), "Second one.");
  EXPECT_EQ(spans[1].end, para.end);
}

TEST(SentenceSplitterTest, EmptyAndBlankRangesGiveNothing) {
  auto splitter = SentenceSplitter::Create();
  ASSERT_TRUE(splitter.ok());
  std::vector<Span> spans;
  EXPECT_TRUE((*splitter)->Split("", Span{0, 0}, spans).ok());
  EXPECT_TRUE((*splitter)->Split("   \n  ", Span{0, 6}, spans).ok());
  EXPECT_TRUE(spans.empty());
}

}  // namespace
}  // namespace crosscheck::text
