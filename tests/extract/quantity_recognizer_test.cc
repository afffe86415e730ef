#include "extract/quantity_recognizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "time_test_util.h"

namespace crosscheck::extract {
namespace {

struct Expected {
  std::string text;  // the span's text
  std::string kind;
  double value;
  std::string unit;
  std::string counts;
  std::string modifier = "";
  double high = 0;
};

struct Case {
  std::string description;
  std::string text;
  std::vector<Expected> expected;
};

// Invented sentences in the style of news copy (made-up outlets and places).
const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = {
      {"percent with sign and word",
       "Turnout in Brindle rose to 95% from 27.5 percent, and 3 per cent said no.",
       {{"95%", "percent", 95, "%", ""},
        {"27.5 percent", "percent", 27.5, "%", ""},
        {"3 per cent", "percent", 3, "%", ""}}},
      {"money with symbols, scales and words",
       "The Ostrava Dock fund got $5.2 billion, then €15m and 4m pounds, plus 310 million euros.",
       {{"$5.2 billion", "money", 5.2e9, "USD", ""},
        {"€15m", "money", 15e6, "EUR", ""},
        {"4m pounds", "money", 4e6, "GBP", ""},
        {"310 million euros", "money", 310e6, "EUR", ""}}},
      {"money with a hyphenated scale and a code",
       "Lawmakers in Quell passed a $1.3-trillion bill and a 40 USD fee.",
       {{"$1.3-trillion", "money", 1.3e12, "USD", ""}, {"40 USD", "money", 40, "USD", ""}}},
      {"counts with the counted noun and modifiers",
       "More than 1,200 people left, and about 340 homes flooded while two suicide bombers fled.",
       {{"1,200", "count", 1200, "", "people", "more than"},
        {"340", "count", 340, "", "homes", "about"},
        {"two", "count", 2, "", "bombers"}}},
      {"counts with scale words and number words",
       "Some 5 million undocumented workers and forty volunteers joined half a dozen states.",
       {{"5 million", "count", 5e6, "", "workers", "about"},
        {"forty", "count", 40, "", "volunteers"},
        {"half a dozen", "count", 6, "", "states"}}},
      {"measures glued and spaced",
       "Gusts of 70mph (110km/h) pushed a 3.4 m surge over a 23-foot wall; 1.2km of road and 1m of "
       "rain.",
       {{"70mph", "measure", 70, "mph", ""},
        {"110km/h", "measure", 110, "km/h", ""},
        {"3.4 m", "measure", 3.4, "m", ""},
        {"23-foot", "measure", 23, "ft", ""},
        {"1.2km", "measure", 1.2, "km", ""},
        {"1m", "measure", 1, "m", ""}}},
      {"ranges",
       "Fares rose 5-10% and between 2 and 3 percent, costing $5m to $8m.",
       {{"5-10%", "percent", 5, "%", "", "", 10},
        {"2 and 3 percent", "percent", 2, "%", "", "", 3},
        {"$5m to $8m.", "money", 5e6, "USD", "", "", 8e6}}},
      {"not quantities: years, dates, identifiers, tallies, clock times, one",
       "In 2016 the COVID-19 ward No. 7 voted 359-64 at 02:40 on June 27, and one of them left.",
       {}},
  };
  return cases;
}

TEST(QuantityRecognizerTest, TableOfCases) {
  for (const Case& c : Cases()) {
    SCOPED_TRACE(c.description);
    const Document document = testing::AnalyzedDocument(c.text);
    const std::vector<Quantity> found = RecognizeQuantities(document);
    ASSERT_EQ(found.size(), c.expected.size()) << c.text;
    for (std::size_t i = 0; i < found.size(); ++i) {
      const Expected& want = c.expected[i];
      const Quantity& got = found[i];
      EXPECT_EQ(got.span.Of(document.text), want.text);
      EXPECT_EQ(got.kind, want.kind) << want.text;
      EXPECT_DOUBLE_EQ(got.value, want.value) << want.text;
      EXPECT_EQ(got.unit, want.unit) << want.text;
      EXPECT_EQ(got.counts, want.counts) << want.text;
      EXPECT_EQ(got.modifier, want.modifier) << want.text;
      EXPECT_DOUBLE_EQ(got.high, want.high) << want.text;
    }
  }
}


// Regression: "23-foot" was dropped as a tally ("359-64") because a hyphen
// followed the number.
TEST(QuantityRecognizerTest, RegressionHyphenBeforeAUnitIsNotATally) {
  const Document document = testing::AnalyzedDocument("Crews built a 23-foot wall in Tarnby.");
  const std::vector<Quantity> found = RecognizeQuantities(document);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].span.Of(document.text), "23-foot");
  EXPECT_EQ(found[0].unit, "ft");
}

// Regression: the counted noun ran on past a plural noun ("10 people Monday").
TEST(QuantityRecognizerTest, RegressionAPluralNounEndsTheCountedPhrase) {
  const Document document = testing::AnalyzedDocument("A blast killed 10 people Monday in Ravel.");
  const std::vector<Quantity> found = RecognizeQuantities(document);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].counts, "people");
}

}  // namespace
}  // namespace crosscheck::extract
