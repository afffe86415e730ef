// StringPool: one number per distinct string, stable references, absent
// strings reported as kNone.
#include "corpus/string_pool.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck::corpus {
namespace {

TEST(StringPoolTest, SameStringSameNumber) {
  StringPool pool;
  const std::uint32_t a = pool.Intern("Anna Lindqvist");
  const std::uint32_t b = pool.Intern("c1");
  EXPECT_NE(a, b);
  EXPECT_EQ(pool.Intern(std::string("Anna ") + "Lindqvist"), a);
  EXPECT_EQ(pool[a], "Anna Lindqvist");
  EXPECT_EQ(pool[b], "c1");
  EXPECT_EQ(pool.size(), 2u);
  EXPECT_EQ(pool.Find("c1"), b);
  EXPECT_EQ(pool.Find("c2"), StringPool::kNone);
  EXPECT_EQ(pool.Intern(""), 2u);
  EXPECT_EQ(pool.Find(""), 2u);
}

// Short strings live inside the string object; growing the pool must not
// move them, or the index's views would dangle.
TEST(StringPoolTest, ReferencesSurviveGrowth) {
  StringPool pool;
  const std::string& first = pool[pool.Intern("e1")];
  for (int i = 0; i < 100000; ++i) pool.Intern("name " + std::to_string(i));
  EXPECT_EQ(first, "e1");
  for (int i = 0; i < 100000; i += 997)
    EXPECT_EQ(pool.Find("name " + std::to_string(i)), static_cast<std::uint32_t>(i + 1));
  EXPECT_EQ(pool.Find("e1"), 0u);
}

}  // namespace
}  // namespace crosscheck::corpus
