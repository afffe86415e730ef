#include "text/paragraphs.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck::text {
namespace {

struct ParagraphCase {
  const char* description;
  std::string text;
  std::vector<std::string> paragraphs;
};

TEST(ParagraphsTest, Table) {
  const std::vector<ParagraphCase> cases = {
      {"empty", "", {}},
      {"one line", "One line.", {"One line."}},
      {"cleaner's double line break", "First.\n\nSecond.", {"First.", "Second."}},
      {"single line break stays inside", "Wrapped\nline.\n\nNext.", {"Wrapped\nline.", "Next."}},
      {"blank line holding spaces", "A.\n  \t\nB.", {"A.", "B."}},
      {"surrounding white space trimmed", "\n\n  Lead. \n\n\nEnd.  \n", {"Lead.", "End."}},
      {"only white space", " \n \n", {}},
  };
  for (const ParagraphCase& c : cases) {
    SCOPED_TRACE(c.description);
    std::vector<Paragraph> paragraphs = {{Span{1, 2}}};  // replaced, not appended to
    FindParagraphs(c.text, paragraphs);
    std::vector<std::string> got;
    for (const Paragraph& p : paragraphs) got.emplace_back(p.span.Of(c.text));
    EXPECT_EQ(got, c.paragraphs);
  }
}

}  // namespace
}  // namespace crosscheck::text
