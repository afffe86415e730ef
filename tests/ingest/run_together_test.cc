#include "ingest/run_together.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck {
namespace {

struct Case {
  const char* description;
  std::string in;
  std::string out;
};

TEST(RunTogetherTest, Table) {
  const std::vector<Case> cases = {
      {"period", "the election.The minister", "the election. The minister"},
      {"exclamation and question marks", "won!Then why?Because", "won! Then why? Because"},
      {"abbreviation with capitals", "the U.S.Navy", "the U.S.Navy"},
      {"single-letter abbreviation", "e.g.Some", "e.g.Some"},
      {"URL", "see https://a.example/x.Html now", "see https://a.example/x.Html now"},
      {"www address", "www.harbour.Example", "www.harbour.Example"},
      {"e-mail address", "mail desk@news.example.Org", "mail desk@news.example.Org"},
      {"capital not followed by lower case", "the wall.NOT", "the wall.NOT"},
      {"one lower-case letter before", "plan B.The", "plan B.The"},
      {"already spaced", "ended. Then", "ended. Then"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.description);
    SplitResult r = SplitRunTogether(c.in);
    EXPECT_EQ(r.text, c.out);
    EXPECT_EQ(r.splits, c.out.size() - c.in.size());
  }
}

TEST(RunTogetherTest, InsertedSpaceHasNoInputBytes) {
  SplitResult r = SplitRunTogether("boat.Two");
  ASSERT_EQ(r.text, "boat. Two");
  EXPECT_EQ(r.to_input.ToInput(6), 5u);     // 'T'
  EXPECT_EQ(r.to_input.ToInputEnd(5), 5u);  // end of "boat."
  EXPECT_EQ(r.to_input.ToInput(5), 5u);     // the space maps to where it was inserted
}

}  // namespace
}  // namespace crosscheck
