#include "common/utf8.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(Utf8Test, EncodesEachLength) {
  const struct {
    const char* description;
    char32_t c;
    const char* want;
  } cases[] = {
      {"ASCII", U'a', "a"},
      {"two bytes", U'\u00e9', "\xc3\xa9"},
      {"three bytes", U'\u20ac', "\xe2\x82\xac"},
      {"four bytes", U'\U0001F30A', "\xf0\x9f\x8c\x8a"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    std::string out = "x";
    AppendUtf8(c.c, out);
    EXPECT_EQ(out, std::string("x") + c.want);
  }
}

}  // namespace
}  // namespace crosscheck
