#include "store/fts_query.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace crosscheck::store {
namespace {

TEST(FtsQueryTest, TableOfQueries) {
  struct Case {
    const char* description;
    std::string text;
    std::vector<std::string> terms;
    std::string match;
  };
  const std::vector<Case> cases = {
      {"one word", "harbour", {"harbour"}, "\"harbour\""},
      {"words split at any white space",
       " flood\tbarrier\n",
       {"flood", "barrier"},
       "\"flood\" \"barrier\""},
      {"a quoted phrase is one term",
       "\"tram depot\" Eastholm",
       {"tram depot", "Eastholm"},
       "\"tram depot\" \"Eastholm\""},
      {"an unbalanced quote runs to the end",
       "\"unbalanced phrase",
       {"unbalanced phrase"},
       "\"unbalanced phrase\""},
      {"operators become words", "a OR b", {"a", "OR", "b"}, "\"a\" \"OR\" \"b\""},
      {"NEAR is a word", "NEAR(a b)", {"NEAR(a", "b)"}, "\"NEAR(a\" \"b)\""},
      {"column filter is a word", "title:x", {"title:x"}, "\"title:x\""},
      {"a quote inside a word ends it", "ab\"cd", {"ab", "cd"}, "\"ab\" \"cd\""},
      {"SQL is only words",
       "'; DROP TABLE documents; --",
       {"';", "DROP", "TABLE", "documents;", "--"},
       "\"';\" \"DROP\" \"TABLE\" \"documents;\" \"--\""},
      {"a NUL byte is white space", std::string("a\0b", 3), {"a", "b"}, "\"a\" \"b\""},
      {"empty quotes hold no term", "\"\"  \"   \"", {}, ""},
      {"empty", "", {}, ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.description);
    EXPECT_EQ(SplitSearchTerms(c.text), c.terms);
    EXPECT_EQ(ToFtsQuery(c.text), c.match);
  }
}

TEST(FtsQueryTest, RepeatsAreDroppedAndTermsCapped) {
  EXPECT_EQ(ToFtsQuery("Depot depot DEPOT \"depot\" pier"), "\"Depot\" \"pier\"");
  std::string many;
  for (std::size_t i = 0; i < 3 * kMaxSearchTerms; ++i) many += "w" + std::to_string(i) + " ";
  const std::string match = ToFtsQuery(many);
  EXPECT_EQ(static_cast<std::size_t>(std::count(match.begin(), match.end(), '"')),
            2 * kMaxSearchTerms);
  EXPECT_EQ(match.find("\"w" + std::to_string(kMaxSearchTerms) + "\""), std::string::npos);
  EXPECT_NE(match.find("\"w" + std::to_string(kMaxSearchTerms - 1) + "\""), std::string::npos);
}

// Found by fuzz/fuzz_search_query: FTS5 reads the query as a C string, so a NUL
// inside a quoted phrase cut the query and left the phrase unterminated.
TEST(FtsQueryTest, RegressionNulInsidePhraseDoesNotCutTheQuery) {
  const std::string typed("\"sto\0\0ne wall", 13);
  const std::string match = ToFtsQuery(typed);
  EXPECT_EQ(match.find('\0'), std::string::npos);
  EXPECT_EQ(match, "\"sto  ne wall\"");
}

}  // namespace
}  // namespace crosscheck::store
