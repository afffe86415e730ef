#include "common/hash.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(HashTest, StableKnownValues) {
  // XXH3-64 with seed 0; these values are part of the store's key format.
  EXPECT_EQ(HexDigits(Hash64("")), "2d06800538d394c2");
  EXPECT_NE(Hash64("a"), Hash64("b"));
  EXPECT_EQ(Hash64("crosscheck"), Hash64(std::string("crosscheck")));
}

TEST(HashTest, HexDigitsPadsToSixteen) {
  EXPECT_EQ(HexDigits(0), "0000000000000000");
  EXPECT_EQ(HexDigits(0xabcULL), "0000000000000abc");
}

}  // namespace
}  // namespace crosscheck
