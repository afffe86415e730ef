// Class/id cues and tag roles.
#include "ingest/html/html_cues.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(HtmlCuesTest, ClassWords) {
  struct Case {
    const char* text;
    int verdict;
  };
  const Case cases[] = {
      {"cookie-banner", -2},
      {"c-comments__list", -2},
      {"main-nav", -2},
      {"ad", -2},
      {"header", 0},
      {"download-box", 0},
      {"shadow", 0},
      {"share-bar", -1},
      {"post-meta", -1},
      {"entry-content", 1},
      {"article-body prose", 1},
      {"related-posts", -2},
      {"SIDEBAR-left", -2},
      {"entry themeform share", -1},
      // Regression: "commentary" (an opinion article's class) began with the
      // stem "comment" and hid the whole article.
      {"odd sect sect_article news subjective commentary", 0},
      {"commentaries", 0},
      {"commentform", -2},
      // Regression: credit and post-metadata boxes that named themselves
      // ("postmetadata", "image-copyright", "imagedescription") stayed in
      // the text.
      {"postmetadata alt", -1},
      {"image-copyright", -1},
      {"imagedescription uk-text-center", -1},
  };
  for (const Case& c : cases) EXPECT_EQ(ClassCue(c.text), c.verdict) << c.text;
}

TEST(HtmlCuesTest, TagRoles) {
  EXPECT_EQ(TagRoleOf("script"), TagRole::kSkip);
  EXPECT_EQ(TagRoleOf("span"), TagRole::kInline);
  EXPECT_EQ(TagRoleOf("br"), TagRole::kBreak);
  EXPECT_EQ(TagRoleOf("p"), TagRole::kBlock);
  EXPECT_EQ(TagRoleOf("my-widget"), TagRole::kBlock);
}

}  // namespace
}  // namespace crosscheck
