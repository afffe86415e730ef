#include "ingest/duplicate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck {
namespace {

TEST(DuplicateTest, NormalisedFormUnifiesQuotesDashesCaseAndSpace) {
  EXPECT_EQ(NormaliseForComparison("\xE2\x80\x9CHe\xE2\x80\x99s  here\xE2\x80\x9D \xE2\x80\x94 OK"),
            "\"he's here\" - ok");
}

struct Case {
  const char* description;
  std::vector<std::string> paragraphs;
  std::vector<bool> duplicate;
};

TEST(DuplicateTest, Table) {
  const std::string p =
      "The harbour board met on Monday and agreed to repair the north pier before the summer "
      "season starts in June.";
  const std::vector<Case> cases = {
      {"exact repeat", {p, "Other text here.", p}, {false, false, true}},
      {"repeat differing in quotes, case and spacing",
       {"\"Yes,\" she said.", "\xE2\x80\x9Cyes,\xE2\x80\x9D  she SAID."},
       {false, true}},
      {"near repeat with one word changed",
       {p,
        "The harbour board met on Monday and agreed to repair the north pier before the "
        "summer season starts in July."},
       {false, true}},
      {"short paragraphs need an exact match",
       {"Nobody was hurt.", "Nobody was hurt today."},
       {false, false}},
      {"different paragraphs on the same subject",
       {p,
        "The harbour board will meet again on Friday to choose a contractor for the pier, its "
        "chair said."},
       {false, false}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.description);
    DuplicateFinder f(0.85);
    for (std::size_t i = 0; i < c.paragraphs.size(); ++i) {
      EXPECT_EQ(f.Add(c.paragraphs[i]), c.duplicate[i]) << "paragraph " << i;
    }
  }
}

TEST(DuplicateTest, ManyParagraphsStayFast) {
  DuplicateFinder f;
  for (int i = 0; i < 5000; ++i) {
    ASSERT_FALSE(f.Add("Paragraph number " + std::to_string(i) +
                       " says something new about the harbour and the pier and the board."));
  }
}

}  // namespace
}  // namespace crosscheck
