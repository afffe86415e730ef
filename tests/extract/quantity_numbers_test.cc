#include "extract/quantity_numbers.h"

#include <gtest/gtest.h>

#include <string>

#include "time_test_util.h"

namespace crosscheck::extract {
namespace {

TEST(ParseNumeralTest, ReadsGroupedAndDecimalNumerals) {
  struct Case {
    const char* text;
    bool ok;
    double value;
  };
  const Case cases[] = {
      {"1,200", true, 1200}, {"3.5", true, 3.5},  {"02", true, 2}, {"1,234,567", true, 1234567},
      {"1,20", false, 0},    {"3.5.1", false, 0}, {"", false, 0},  {"12,0000", false, 0},
      {"x1", false, 0},      {"5.", false, 0},
  };
  for (const Case& c : cases) {
    double value = -1;
    EXPECT_EQ(ParseNumeral(c.text, value), c.ok) << c.text;
    if (c.ok) {
      EXPECT_DOUBLE_EQ(value, c.value) << c.text;
    }
  }
}

TEST(NumberWordsTest, WordsScalesAndOrdinals) {
  EXPECT_EQ(NumberWordValue("forty"), 40);
  EXPECT_EQ(NumberWordValue("dozen"), 12);
  EXPECT_LT(NumberWordValue("fourty"), 0);
  EXPECT_EQ(ScaleWordValue("bn"), 1e9);
  EXPECT_EQ(ScaleWordValue("million"), 1e6);
  EXPECT_EQ(ScaleWordValue("metres"), 0);
  EXPECT_EQ(OrdinalValue("third"), 3);
  EXPECT_EQ(OrdinalValue("22nd"), 22);
  EXPECT_EQ(OrdinalValue("5,626th"), 0);
}

TEST(ReadNumberTest, ReadsNumbersFromTokens) {
  struct Case {
    const char* text;
    double value;
    const char* covered;  // the tokens the number spans
  };
  const Case cases[] = {
      {"twenty-five boats", 25, "twenty-five"},
      {"one hundred and twenty lamps", 120, "one hundred and twenty"},
      {"half a dozen kites", 6, "half a dozen"},
      {"a dozen kites", 12, "a dozen"},
      {"4m pounds", 4e6, "4m"},
      {"5.2 billion", 5.2e9, "5.2 billion"},
      {"13 1/2 hours", 13.5, "13 1/2"},
      {"3.4 m above", 3.4, "3.4"},
  };
  for (const Case& c : cases) {
    const Document document = testing::AnalyzedDocument(c.text);
    const TokenWords words(document);
    NumberMatch match;
    ASSERT_TRUE(ReadNumber(words, 0, true, match)) << c.text;
    EXPECT_DOUBLE_EQ(match.value, c.value) << c.text;
    const Span span{document.tokens[match.first].span.start, document.tokens[match.last].span.end};
    EXPECT_EQ(span.Of(document.text), c.covered) << c.text;
  }
}

}  // namespace
}  // namespace crosscheck::extract
