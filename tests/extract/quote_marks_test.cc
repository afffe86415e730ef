// Table tests for quotation-mark pairing (src/extract/quote_marks.h).
#include "extract/quote_marks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck {
namespace {

// Paragraphs of `text`: runs of non-blank lines, as the text stage makes them.
std::vector<Paragraph> Paragraphs(const std::string& text) {
  std::vector<Paragraph> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    std::size_t a = pos, b = end;
    while (a < b && text[a] == '\n') ++a;
    while (b > a && text[b - 1] == '\n') --b;
    if (a < b) out.push_back({{static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b)}});
    pos = end + 2;
  }
  return out;
}

struct Case {
  const char* description;
  std::string text;
  // Each expected region: its inner text, and whether it was closed.
  std::vector<std::pair<std::string, bool>> regions;
  QuoteLevel level = QuoteLevel::kDouble;  // level checked for every top-level region
};

std::vector<std::pair<std::string, bool>> TopLevel(const std::string& text, QuoteLevel* level) {
  std::vector<std::pair<std::string, bool>> out;
  for (const QuoteRegion& r : PairQuoteMarks(text, Paragraphs(text))) {
    if (r.depth != 0) continue;
    out.emplace_back(std::string(r.inner.Of(text)), r.closed);
    if (level != nullptr) *level = r.level;
  }
  return out;
}

TEST(QuoteMarksTest, Table) {
  const std::vector<Case> cases = {
      {"curly pair", "“We will build it,” Harlan Vost said.", {{"We will build it,", true}}},
      {"straight pairs, two in one paragraph",
       "\"One,\" she said. \"Two.\"",
       {{"One,", true}, {"Two.", true}}},
      {"guillemet opened, straight closed (mixed pair)",
       "«The tide came in fast,\" he said.",
       {{"The tide came in fast,", true}}},
      {"German low-high pair", "Er sagte „Nein“ dazu.", {{"Nein", true}}},
      {"apostrophes are not quotes",
       "The Minister’s plan for the ’90s and rock ’n’ roll won’t work.",
       {}},
      {"straight apostrophes in words", "Tanner's Row didn't flood, o'clock.", {}},
      {"plural possessive with nothing open", "The voters’ choice was clear.", {}},
      {"single quotes inside double",
       "“She told me ‘never again’ and left,” Orla Maddox said.",
       {{"She told me ‘never again’ and left,", true}}},
      {"unclosed quote stops at the paragraph end",
       "“We waited all night, he said.\n\nThe council met on Friday.",
       {{"We waited all night, he said.", false}}},
      {"multi-paragraph convention",
       "“The first part of it.\n\n“The second part,” said Ivo Brandt.",
       {{"The first part of it.\n\n“The second part,", true}}},
      {"multi-line convention inside one paragraph (single newlines)",
       "\"First line of it.\n\"Second line,\" she said.",
       {{"First line of it.\n\"Second line,", true}}},
      {"a second opener ends an unclosed quote",
       "“Never closed, she said. “Closed,” he said.",
       {{"Never closed, she said.", false}, {"Closed,", true}}},
      {"stray closer ignored", "It was 5” tall and “fine”.", {{"fine", true}}},
      {"british single quotes on their own",
       "The headline read ‘Wall fails again’ on Tuesday.",
       {{"Wall fails again", true}},
       QuoteLevel::kSingle},
      {"empty quotes yield nothing", "He said \"\" and left.", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.description);
    QuoteLevel level = c.level;
    EXPECT_EQ(TopLevel(c.text, &level), c.regions);
    if (!c.regions.empty()) {
      EXPECT_EQ(level, c.level);
    }
  }
}

TEST(QuoteMarksTest, ContinuedQuoteCountsParagraphs) {
  const std::string text = "“One.\n\n“Two.\n\n“Three,” she said.";
  auto regions = PairQuoteMarks(text, Paragraphs(text));
  ASSERT_EQ(regions.size(), 1u);
  EXPECT_EQ(regions[0].paragraphs, 3u);
  EXPECT_EQ(regions[0].outer.start, 0u);
  EXPECT_EQ(regions[0].outer.end, text.find(" she"));
}

TEST(QuoteMarksTest, NestedRegionsHaveDepth) {
  const std::string text = "“He said ‘no’ twice,” Mara Lind said.";
  auto regions = PairQuoteMarks(text, Paragraphs(text));
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(regions[0].depth, 0u);
  EXPECT_EQ(regions[1].depth, 1u);
  EXPECT_EQ(regions[1].inner.Of(text), "no");
}

// Regression (quadratic rescans): thousands of marks on one page, all
// unclosed or stray, pair in one pass. The count of regions checks the
// result; the benchmark bench/quotes_bench.cc times it.
TEST(QuoteMarksTest, ThousandsOfUnpairedMarksStayBounded) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "“a ” b ” c ";
  auto regions = PairQuoteMarks(text, Paragraphs(text));
  EXPECT_EQ(regions.size(), 20000u);
  std::string openers;
  for (int i = 0; i < 20000; ++i) openers += "“x ";
  regions = PairQuoteMarks(openers, Paragraphs(openers));
  // Each opener ends the previous one; the last runs to the paragraph end.
  EXPECT_EQ(regions.size(), 20000u);
}

TEST(QuoteMarksTest, InvalidUtf8AndEdgesDoNotCrash) {
  const std::string text = "\xE2\x80\x9C\xFF\xFE abc \xE2\x80";
  auto regions = PairQuoteMarks(text, Paragraphs(text));
  EXPECT_LE(regions.size(), 1u);
  EXPECT_TRUE(PairQuoteMarks("", {}).empty());
}

}  // namespace
}  // namespace crosscheck
