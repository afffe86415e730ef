#include "crosscheck/status.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(StatusTest, OkByDefault) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(StatusTest, MessageNamesInputRecordAndOffset) {
  const struct {
    Location where;
    const char* want;
  } cases[] = {
      {{"a.jsonl.gz", 812, 40960}, "a.jsonl.gz#812 @40960: corrupt: truncated"},
      {{"a.txt", -1, 7}, "a.txt @7: corrupt: truncated"},
      {{"a.txt", -1, -1}, "a.txt: corrupt: truncated"},
      {{"", -1, -1}, "corrupt: truncated"},
  };
  for (const auto& c : cases) EXPECT_EQ(Status::Corrupt("truncated", c.where).ToString(), c.want);
}

TEST(StatusTest, WithLocationFillsOnlyMissingFields) {
  Status s = Status::IoError("x", {"", 3, -1}).WithLocation({"f", 9, 10});
  EXPECT_EQ(s.where().input, "f");
  EXPECT_EQ(s.where().record, 3);
  EXPECT_EQ(s.where().offset, 10);
}

TEST(ResultTest, HoldsValueOrStatus) {
  Result<int> good = 5;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 5);
  EXPECT_TRUE(good.status().ok());
  Result<int> bad = Status::NotFound("nope");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace crosscheck
