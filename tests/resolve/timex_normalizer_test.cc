#include "resolve/timex_normalizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../extract/time_test_util.h"
#include "extract/timex_recognizer.h"

namespace crosscheck::resolve {
namespace {

struct Case {
  std::string description;
  std::string text;
  std::string published;
  std::vector<std::pair<std::string, std::string>> expected;  // span text -> value
};

// Published dates: 2026-03-12 is a Thursday.
const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = {
      {"an adverb inside the verb group keeps its modal: 'would still be held' is ahead",
       "The Korvan summit would still be held on June 20, officials at the Dellmoor office said.",
       "2026-03-12",
       {{"June 20", "2026-06-20"}}},
      {"a present passive is present, not past: the nearest month",
       "The Brisk Valley appeal is heard in May if the filing stands.",
       "2026-03-12",
       {{"May", "2026-05"}}},
      {"a reporting verb after a quotation does not set the tense of the quoted event",
       "The Tarnel crew will leave at dawn (6 a.m. Friday), the harbour master said.",
       "2026-03-12",
       {{"6 a.m. Friday", "2026-03-13T06:00"}}},
      {"'year-ago' is a year before the report, not before the last year named",
       "Orvel Foods lost $2 million in the 2025 period. The year-ago results included a charge.",
       "2026-03-12",
       {{"2025", "2025"}, {"The year-ago", "2025"}}},
      {"midnight with a weekday takes that day",
       "The Oska offer expired at midnight Monday.",
       "2026-03-12",
       {{"midnight Monday", "2026-03-09T24:00"}}},
      {"weekday by tense: past goes back, future goes forward",
       "The Varn bridge closed on Tuesday and will reopen on Monday.",
       "2026-03-12",
       {{"Tuesday", "2026-03-10"}, {"Monday", "2026-03-16"}}},
      {"weekday equal to the publication day, and forced directions",
       "Officials said on Thursday that last Thursday was calm and next Thursday will not be.",
       "2026-03-12",
       {{"Thursday", "2026-03-12"},
        {"last Thursday", "2026-03-05"},
        {"next Thursday", "2026-03-19"}}},
      {"a limit with 'until' is the nearest such day, whatever the verb",
       "The agency kept its warning in place until Friday.",
       "2026-03-12",
       {{"Friday", "2026-03-13"}}},
      {"month-day without a year, by tense",
       "The warning came on January 14, and the inquiry will report on April 5.",
       "2026-03-12",
       {{"January 14", "2026-01-14"}, {"April 5", "2026-04-05"}}},
      {"month-day in the past across the year boundary",
       "The contract was signed on December 3.",
       "2026-03-12",
       {{"December 3", "2025-12-03"}}},
      {"relative expressions",
       "Yesterday, three years ago, last week, this year and last night were all mentioned.",
       "2026-03-12",
       {{"Yesterday", "2026-03-11"},
        {"three years ago", "2023"},
        {"last week", "2026-W10"},
        {"this year", "2026"},
        {"last night", "2026-03-11TNI"}}},
      {"seasons and quarters",
       "Prices rose in the third quarter and last autumn; they will fall next summer.",
       "2026-03-12",
       {{"the third quarter", "2025-Q3"}, {"last autumn", "2025-FA"}, {"next summer", "2026-SU"}}},
      {"narrative anchor switches to the last date",
       "The dam opened in 2019. Later that year it leaked, and two years later it was closed.",
       "2026-03-12",
       {{"2019", "2019"}, {"Later that year", "2019"}, {"two years later", "2021"}}},
      {"clock time takes the day mentioned before it",
       "On Tuesday the surge peaked at 02:40.",
       "2026-03-12",
       {{"Tuesday", "2026-03-10"}, {"02:40", "2026-03-10T02:40"}}},
      {"no publication date: relative values stay undefined",
       "Yesterday, on Tuesday, last year and on June 12 things happened in 2021.",
       "",
       {{"Yesterday", "XXXX-XX-XX"},
        {"Tuesday", "XXXX-XX-XX"},
        {"last year", "XXXX"},
        {"June 12", "XXXX-06-12"},
        {"2021", "2021"}}},
      {"an infinitive's aim lies ahead; a weekday under it is the nearest one",
       "Brasko Mills agreed to acquire the Tarn spinning works in January and to sign on Friday.",
       "2026-10-28",
       {{"January", "2027-01"}, {"Friday", "2026-10-30"}}},
      {"a start still to come: 'as early as', 'effective'; a scheduled event",
       "Talks could resume as early as Tuesday, the rule is effective Feb. 1, and the Pellworth "
       "board has scheduled a vote Thursday.",
       "2026-10-26",
       {{"Tuesday", "2026-10-27"}, {"Feb. 1", "2027-02-01"}, {"Thursday", "2026-10-29"}}},
      {"Thanksgiving is the fourth Thursday of November; the weekend follows the verb",
       "The Ardle ferry sank on Thanksgiving Day. Divers searched over the weekend and will "
       "return over the weekend.",
       "2026-12-02",
       {{"Thanksgiving Day", "2026-11-26"},
        {"the weekend", "2026-W48-WE"},
        {"the weekend", "2026-W49-WE"}}},
      {"no tense to go by (a modal, no verb): a month is the nearest one",
       "The Corvath summit could open in April.",
       "2026-12-05",
       {{"April", "2027-04"}}},
      {"'since' looks back; a week of the year, unnamed; the year of the report",
       "Prices are up since year-end. For the week, shares fell; for the year they rose.",
       "2026-10-28",
       {{"year-end", "2025-12-31"}, {"the week", "2026-WXX"}, {"the year", "2026"}}},
      {"regression: 'a month ago' after a quarter is a month before publication",
       "Tessary Mills lost money in the third quarter, as it warned a month ago; a year ago it "
       "earned more.",
       "2026-10-28",
       {{"the third quarter", "2026-Q3"}, {"a month ago", "2026-09"}, {"a year ago", "2025-Q3"}}},
      {"a weekday's thing ('Thursday's closing price') is already done",
       "The offer is a 20% premium over Thursday's closing price.",
       "2026-10-26",
       {{"Thursday", "2026-10-22"}}},
      {"the previous weekday counts back from the day last named",
       "Shares in Oldmere fell on Friday, after a rise of 3% from the previous Friday.",
       "2026-10-26",
       {{"Friday", "2026-10-23"}, {"the previous Friday", "2026-10-16"}}},
      {"a quarter without a year is the reporting year's, whatever the verb",
       "Quillon Freight expects third-quarter profit to rise and will report on the fourth "
       "quarter in February.",
       "2026-10-28",
       {{"third-quarter", "2026-Q3"}, {"the fourth quarter", "2026-Q4"}, {"February", "2027-02"}}},
      {"a quarter two or more ahead of the publication quarter is last year's",
       "Its fourth quarter was weak.",
       "2026-01-20",
       {{"fourth quarter", "2025-Q4"}}},
      {"a year named before the quarter: the reporting quarter of that year",
       "Profit fell in the quarter. Sales for last year's quarter were higher, as in the 2024 "
       "quarter, and this year's first quarter was flat.",
       "2026-10-28",
       {{"the quarter", "2026-Q3"},
        {"last year's quarter", "2025-Q3"},
        {"the 2024 quarter", "2024-Q3"},
        {"this year's first quarter", "2026-Q1"}}},
      {"durations and sets are unchanged",
       "It took 45 minutes every Tuesday.",
       "2026-03-12",
       {{"45 minutes", "PT45M"}, {"every Tuesday", "XXXX-WXX-2"}}},
  };
  return cases;
}

TEST(TimexNormalizerTest, TableOfCases) {
  for (const Case& c : Cases()) {
    SCOPED_TRACE(c.description);
    Document document = testing::AnalyzedDocument(c.text, c.published);
    document.timexes = extract::RecognizeTimexes(document);
    NormalizeTimexes(document);
    std::string listed;
    for (const Timex& t : document.timexes) {
      listed += "[" + std::string(t.span.Of(document.text)) + " = " + t.value + "] ";
    }
    ASSERT_EQ(document.timexes.size(), c.expected.size()) << listed;
    for (std::size_t i = 0; i < c.expected.size(); ++i) {
      EXPECT_EQ(document.timexes[i].span.Of(document.text), c.expected[i].first) << listed;
      EXPECT_EQ(document.timexes[i].value, c.expected[i].second) << listed;
    }
  }
}

TEST(CalendarValueTest, ReadsBackNormalisedValues) {
  EXPECT_EQ(ParseCalendarValue("2022-10-18")->day, 18);
  EXPECT_EQ(ParseCalendarValue("2022-Q3")->month, 7);
  EXPECT_EQ(ParseCalendarValue("2022")->month, 0);
  EXPECT_FALSE(ParseCalendarValue("XXXX-10").has_value());
  EXPECT_FALSE(ParseCalendarValue("P3Y").has_value());
  EXPECT_EQ(DaysBetween({2026, 3, 1}, {2026, 3, 12}), 11);
}

}  // namespace
}  // namespace crosscheck::resolve
