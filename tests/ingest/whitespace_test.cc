#include "ingest/whitespace.h"

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

TEST(WhitespaceTest, Table) {
  const std::vector<Case> cases = {
      {"CRLF and CR become LF", "a\r\nb\rc", "a\nb\nc"},
      {"tabs, NBSP and Unicode spaces become one space",
       "a\t\xC2\xA0 b\xE2\x80\x83"
       "c\xE3\x80\x80"
       "d",
       "a b c d"},
      {"zero-width characters dropped",
       "a\xE2\x80\x8B"
       "b\xEF\xBB\xBF"
       "c",
       "abc"},
      {"lines trimmed", "  a  \n\t b\t", "a\nb"},
      {"three or more line breaks become one blank line", "a\n\n\n\nb\n \n\t\nc", "a\n\nb\n\nc"},
      {"leading and trailing blank lines dropped", "\n\n  \na\n\n", "a"},
      {"U+2029 is a paragraph break",
       "a\xE2\x80\xA9"
       "b",
       "a\n\nb"},
      {"control characters dropped",
       "a\x01"
       "b",
       "ab"},
      {"only white space", " \n\t\r\n", ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.description);
    NormalisedText n = NormaliseWhitespace(c.in);
    EXPECT_EQ(n.text, c.out);
    EXPECT_EQ(n.to_input.output_size(), n.text.size());
    EXPECT_EQ(n.to_input.input_size(), c.in.size());
  }
}

// Slow reference: every output byte that is not white space maps to an input
// byte holding the same character.
TEST(WhitespaceTest, NonSpaceBytesMapToThemselves) {
  const std::string in =
      "  Quay  Street\r\n\r\n\r\n\tflooded\xC2\xA0"
      "again \xE2\x80\x94 twice.\n";
  NormalisedText n = NormaliseWhitespace(in);
  ASSERT_EQ(n.text, "Quay Street\n\nflooded again \xE2\x80\x94 twice.");
  for (std::size_t i = 0; i < n.text.size(); ++i) {
    if (n.text[i] == ' ' || n.text[i] == '\n') continue;
    EXPECT_EQ(in[n.to_input.ToInput(i)], n.text[i]) << "at " << i;
  }
}

TEST(WhitespaceTest, WideGapsArePerLine) {
  NormalisedText n = NormaliseWhitespace("Home   News   Sport\nOne two\n\nA\tB");
  ASSERT_EQ(n.text, "Home News Sport\nOne two\n\nA B");
  ASSERT_EQ(n.wide_gaps.size(), 4u);
  EXPECT_EQ(n.wide_gaps[0], 2);
  EXPECT_EQ(n.wide_gaps[1], 0);
  EXPECT_EQ(n.wide_gaps[2], 0);
  EXPECT_EQ(n.wide_gaps[3], 1);
}

}  // namespace
}  // namespace crosscheck
