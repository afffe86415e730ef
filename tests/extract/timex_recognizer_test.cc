#include "extract/timex_recognizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "time_test_util.h"

namespace crosscheck::extract {
namespace {

struct Expected {
  std::string text;
  std::string type;
  std::string value;  // underspecified, as the recogniser writes it
};

struct Case {
  std::string description;
  std::string text;
  std::vector<Expected> expected;
};

// Invented sentences (made-up towns and people).
const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = {
      {"weekdays, with a part of the day and a direction word",
       "The Brindle council met on Tuesday and again on Friday night, not last Monday.",
       {{"Tuesday", "DATE", "XXXX-WXX-2"},
        {"Friday night", "TIME", "XXXX-WXX-5TNI"},
        {"last Monday", "DATE", "XXXX-WXX-1@past"}}},
      {"full and partial calendar dates",
       "Voting ended Oct. 23, 2022, resumed on June 12 and closes in March 2027.",
       {{"Oct. 23, 2022", "DATE", "2022-10-23"},
        {"June 12", "DATE", "XXXX-06-12"},
        {"March 2027", "DATE", "2027-03"}}},
      {"day before month, weekday before date, numeric dates",
       "It opened on Tuesday 10 March 2026; the notice is dated 12.03.2026 and 2026-03-10.",
       {{"Tuesday 10 March 2026", "DATE", "2026-03-10"},
        {"12.03.2026", "DATE", "2026-03-12"},
        {"2026-03-10", "DATE", "2026-03-10"}}},
      {"relative to the publication date",
       "Yesterday the mayor said that three years ago, and last week, this year was the worst.",
       {{"Yesterday", "DATE", "REF-1D"},
        {"three years ago", "DATE", "REF-3Y@ago"},
        {"last week", "DATE", "REF-1W"},
        {"this year", "DATE", "REF+0Y"}}},
      {"seasons, quarters, decades, centuries",
       "Sales fell last autumn, in the third quarter of 2021, in the 1990s and the 20th century.",
       {{"last autumn", "DATE", "XXXX-FA@past"},
        {"the third quarter of 2021", "DATE", "2021-Q3"},
        {"1990s", "DATE", "199"},
        {"20th century", "DATE", "19"}}},
      {"durations in numerals, words and adjectives",
       "The three-hour hearing ran 45 minutes late after forty minutes of delay over the past few "
       "months.",
       {{"three-hour", "DURATION", "PT3H"},
        {"45 minutes", "DURATION", "PT45M"},
        {"forty minutes", "DURATION", "PT40M"},
        {"the past few months", "DURATION", "PXM"}}},
      {"durations with their determiner, quarter adjectives without it",
       "Sales rose in the first nine months and the six months to June, and the third-quarter "
       "loss narrowed.",
       {{"the first nine months", "DURATION", "P9M"},
        {"the six months", "DURATION", "P6M"},
        {"June", "DATE", "XXXX-06"},
        {"third-quarter", "DATE", "XXXX-Q3"}}},
      {"fractions go to the smaller unit, quarters to months, a couple is two",
       "The Kelvane strike lasted 2 1/2 years and 5 1/2 hours of talks; losses over the next "
       "three quarters and a couple of years are budgeted, with fees every quarter.",
       {{"2 1/2 years", "DURATION", "P2Y6M"},
        {"5 1/2 hours", "DURATION", "PT5H30M"},
        {"the next three quarters", "DURATION", "P9M"},
        {"a couple of years", "DURATION", "P2Y"},
        {"every quarter", "SET", "P1Q"}}},
      {"'and a half' after the count or after the unit",
       "The Tolland pumps ran for two and a half days; a minute and a half later they stopped.",
       {{"two and a half days", "DURATION", "P2DT12H"},
        {"a minute and a half", "DURATION", "PT1M30S"}}},
      {"a year or a fiscal word before the quarter belongs to it",
       "Profit in the 1998 second quarter beat last year's quarter, the fiscal first quarter and "
       "next year's first quarter, and the previous Friday.",
       {{"the 1998 second quarter", "DATE", "1998-Q2"},
        {"last year's quarter", "DATE", "QUARTER:REF-1Y"},
        {"the fiscal first quarter", "DATE", "XXXX-Q1"},
        {"next year's first quarter", "DATE", "REF+1Y:Q1"},
        {"the previous Friday", "DATE", "XXXX-WXX-5@before"}}},
      {"years read out, holidays, the weekend, 'more' between count and unit",
       "Flooding in nineteen ninety-four, by the year two thousand and in January nineteen "
       "ninety-seven closed Dunmore on Thanksgiving Day and last Christmas; crews worked over the "
       "weekend and for two more weeks, but Christmas sales held.",
       {{"nineteen ninety-four", "DATE", "1994"},
        {"the year two thousand", "DATE", "2000"},
        {"January nineteen ninety-seven", "DATE", "1997-01"},
        {"Thanksgiving Day", "DATE", "XXXX-11-TG"},
        {"last Christmas", "DATE", "XXXX-12-25@past"},
        {"the weekend", "DATE", "WEEKEND"},
        {"two more weeks", "DURATION", "P2W"}}},
      {"the year and the week of the report, year-end, the past",
       "For the year, Halvern Foods sales rose; for the year ended June 30 they fell, and the "
       "full year looks flat. For the week, shares slipped. The deal closes by year-end, as in "
       "the past.",
       {{"the year", "DATE", "REF+0Y"},
        {"the year", "DURATION", "P1Y"},
        {"June 30", "DATE", "XXXX-06-30"},
        {"the full year", "DATE", "REF+0Y"},
        {"the week", "DATE", "REF+0Y:WXX"},
        {"year-end", "DATE", "XXXX-12-31"},
        {"the past", "DATE", "PAST_REF"}}},
      {"halves and year-ago quarters; a clock time with a date",
       "Orders fell in the last half of 2024, the first two quarters of 2025 and the year-ago "
       "third quarter; the Brenmoor offer expires at 5 p.m. EST, Nov. 6.",
       {{"the last half of 2024", "DATE", "2024-H2"},
        {"the first two quarters of 2025", "DATE", "2025-H1"},
        {"the year-ago third quarter", "DATE", "REF-1Y:Q3"},
        {"5 p.m. EST, Nov. 6", "TIME", "XXXX-11-06T17:00"}}},
      {"sets",
       "The ferry runs every Tuesday and every two weeks, and inspections happen weekly.",
       {{"every Tuesday", "SET", "XXXX-WXX-2"},
        {"every two weeks", "SET", "P2W"},
        {"weekly", "SET", "P1W"}}},
      {"clock times",
       "The surge peaked at 02:40, or 2:40 a.m., and the pumps stopped at 10 p.m. GMT.",
       {{"02:40", "TIME", "XXXX-XX-XXT02:40"},
        {"2:40 a.m.", "TIME", "XXXX-XX-XXT02:40"},
        {"10 p.m. GMT", "TIME", "XXXX-XX-XXT22:00"}}},
      {"narrative anchors",
       "The dam opened in 2019. Later that year it leaked, and two years later it was closed.",
       {{"2019", "DATE", "2019"},
        {"Later that year", "DATE", "ANCHOR+0Y"},
        {"two years later", "DATE", "ANCHOR+2Y"}}},
      {"present and past references",
       "Now the town is quiet; it was recently rebuilt, as in the past.",
       {{"Now", "DATE", "PRESENT_REF"},
        {"recently", "DATE", "PAST_REF"},
        {"the past", "DATE", "PAST_REF"}}},
      {"not timexes: counts that look like years, the verb may, a fall",
       "We may see 1500 troops and a fall in prices, said 2,000 people.",
       {}},
  };
  return cases;
}

TEST(TimexRecognizerTest, TableOfCases) {
  for (const Case& c : Cases()) {
    SCOPED_TRACE(c.description);
    const Document document = testing::AnalyzedDocument(c.text);
    const std::vector<Timex> found = RecognizeTimexes(document);
    std::string listed;
    for (const Timex& t : found) listed += "[" + std::string(t.span.Of(document.text)) + "] ";
    ASSERT_EQ(found.size(), c.expected.size()) << c.text << "\nfound: " << listed;
    for (std::size_t i = 0; i < found.size(); ++i) {
      EXPECT_EQ(found[i].span.Of(document.text), c.expected[i].text);
      EXPECT_EQ(found[i].type, c.expected[i].type) << c.expected[i].text;
      EXPECT_EQ(found[i].value, c.expected[i].value) << c.expected[i].text;
    }
  }
}

// Regression: "a year" after "40 crossings" became a SET and swallowed "a year
// ago" after a number-noun pair.
TEST(TimexRecognizerTest, RegressionAYearAgoAfterACountIsADate) {
  const Document document = testing::AnalyzedDocument("Profit was 12 cents a share a year ago.");
  const std::vector<Timex> found = RecognizeTimexes(document);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].span.Of(document.text), "a year ago");
  EXPECT_EQ(found[0].type, "DATE");
}

// Regression: a runaway chain of number words overflowed an integer cast.
TEST(TimexRecognizerTest, RegressionRunawayNumberWordsStayFinite) {
  std::string text = "It lasted one";
  for (int i = 0; i < 40; ++i) text += " hundred";
  text += " years.";
  const Document document = testing::AnalyzedDocument(text);
  EXPECT_NO_FATAL_FAILURE(RecognizeTimexes(document));
}

}  // namespace
}  // namespace crosscheck::extract
