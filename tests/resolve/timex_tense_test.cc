#include "resolve/timex_tense.h"

#include <gtest/gtest.h>

#include <string>

#include "../extract/time_test_util.h"

namespace crosscheck::resolve {
namespace {

TEST(TenseAroundTest, ReadsTheNearestVerbGroup) {
  struct TenseCase {
    std::string text;
    std::string timex;
    Tense tense;
  };
  const TenseCase cases[] = {
      {"The mayor resigned on Friday.", "Friday", Tense::kPast},
      {"The mayor will resign on Friday.", "Friday", Tense::kFuture},
      {"The mayor plans to resign on Friday.", "Friday", Tense::kFuture},
      {"The mayor has resigned on Friday.", "Friday", Tense::kPast},
      {"The mayor is resigning on Friday.", "Friday", Tense::kPresent},
      {"The mayor agreed to resign on Friday.", "Friday", Tense::kIntended},
      {"The mayor is to resign on Friday.", "Friday", Tense::kFuture},
      {"The mayor could resign on Friday.", "Friday", Tense::kNone},
      {"The mayor has scheduled a vote Friday.", "Friday", Tense::kFuture},
  };
  for (const TenseCase& c : cases) {
    const Document document = testing::AnalyzedDocument(c.text);
    const std::size_t at = document.text.find(c.timex);
    std::uint32_t token = 0;
    while (document.tokens[token].span.start < at) ++token;
    EXPECT_EQ(TenseAround(document, token, token), c.tense) << c.text;
  }
}

}  // namespace
}  // namespace crosscheck::resolve
