// The HTML path end to end (Cleaner with media_type "text/html"): golden
// pages (tests/ingest/html/testdata/NAME.html + NAME.json holding a one-line
// description, the expected text, charset and flags), the offset map back to
// the page bytes, and bad input (truncated, oversized, deeply nested pages).
// One test per bug fixed lives in clean_html_regressions_test.cc.
//
// To regenerate the goldens after a deliberate change, run the test with
// CROSSCHECK_UPDATE_GOLDEN=1 and review the diff.
#include "ingest/html/clean_html.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "clean_html_test_util.h"
#include "crosscheck/ingest.h"

namespace crosscheck {
namespace {

const std::string kDir = std::string(CROSSCHECK_TEST_DATA) + "/ingest/html/testdata/";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class GoldenPageTest : public testing::TestWithParam<std::string> {};

TEST_P(GoldenPageTest, MatchesGolden) {
  const std::string name = GetParam();
  const std::string body = ReadFile(kDir + name + ".html");
  ASSERT_FALSE(body.empty());
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(body, name + ".html"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  const std::string golden_path = kDir + name + ".json";
  nlohmann::json golden = nlohmann::json::parse(ReadFile(golden_path), nullptr, false);
  nlohmann::json got = {{"description", golden.is_object() ? golden.value("description", "") : ""},
                        {"charset", doc->charset},
                        {"flags", Flags(*doc)},
                        {"text", doc->text}};
  if (std::getenv("CROSSCHECK_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(golden_path) << got.dump(2) << "\n";
    golden = got;
  }
  ASSERT_TRUE(golden.is_object()) << "no golden file " << golden_path;
  EXPECT_EQ(got["text"], golden["text"]);
  EXPECT_EQ(got["charset"], golden["charset"]);
  EXPECT_EQ(got["flags"], golden["flags"]);
  EXPECT_FALSE(golden.value("description", "").empty()) << "golden needs a description";
  ExpectParagraphsMapToTheirWords(*doc, body);
  // The map covers the whole text and the whole body.
  EXPECT_EQ(doc->to_input.output_size(), doc->text.size());
  EXPECT_EQ(doc->to_input.input_size(), body.size());
}

INSTANTIATE_TEST_SUITE_P(Pages, GoldenPageTest,
                         testing::Values("news_article", "old_blog", "index_page", "index_teasers",
                                         "latin1_meta", "meta_contradicts_utf8"));

TEST(CleanHtmlTest, NewsArticleKeepsBodyAndDropsFurniture) {
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(ReadFile(kDir + "news_article.html")));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  const std::string& t = doc->text;
  struct Case {
    const char* text;
    bool kept;
  };
  const Case cases[] = {
      {"The ferry between Marrowby harbour", true},
      {"\xE2\x80\x9CWe were not going to put a single car on it", true},  // &ldquo; decoded
      {"Supplies ran short", true},                                       // sub-heading
      {"Milk and bread deliveries restart on Friday.", true},             // list item
      {"Nobody panicked", true},                                          // block quote
      {"refunded in full.", true},
      {"We use cookies", false},
      {"Sport", false},
      {"Share on Social", false},
      {"Photo: Courier staff", false},  // caption
      {"Storm closes coastal road", false},
      {"my parents live on the island", false},  // comment
      {"All rights reserved", false},
      {"Ines Varga", false},  // byline
  };
  for (const Case& c : cases) {
    EXPECT_EQ(t.find(c.text) != std::string::npos, c.kept) << c.text;
  }
  // The headline is metadata, not text.
  EXPECT_NE(t.find("Ferry service to Tallow Island") == 0, true);
  // Paragraphs in page order, separated by one blank line.
  EXPECT_LT(t.find("The ferry between"), t.find("Supplies ran short"));
  EXPECT_LT(t.find("Supplies ran short"), t.find("Nobody panicked"));
  EXPECT_EQ(t.find("\n\n\n"), std::string::npos);
  EXPECT_EQ(doc->paragraphs.size(), 8u);  // two list items
  EXPECT_GT(doc->removed.boilerplate_chars, 100u);
}

TEST(CleanHtmlTest, IndexPageIsNoArticle) {
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(ReadFile(kDir + "index_page.html")));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_TRUE(doc->text.empty());
  ASSERT_EQ(doc->flags.size(), 1u);
  EXPECT_EQ(doc->flags[0].kind, "no_article");
  EXPECT_FALSE(doc->flags[0].detail.empty());
}

TEST(CleanHtmlTest, EmptyAndMarkupOnlyPagesAreNoArticle) {
  const char* pages[] = {"", "<html><head><title>x</title></head><body></body></html>",
                         "<div><span></span></div>", "   \n  "};
  Cleaner cleaner;
  for (const char* page : pages) {
    Result<Document> doc = cleaner.Clean(Page(page));
    ASSERT_TRUE(doc.ok()) << page << ": " << doc.status().ToString();
    EXPECT_TRUE(doc->text.empty()) << page;
    ASSERT_FALSE(doc->flags.empty()) << page;
    EXPECT_EQ(doc->flags.back().kind, "no_article") << page;
  }
}

TEST(CleanHtmlTest, TruncatedPageKeepsWhatArrived) {
  const std::string page = "<html><body><article><h2>Canal</h2>" + LongParagraph(6) +
                           "<p>The lock keeper, Rafe Dunmore, said the gates would open on Tuesday "
                           "and that boats were already queuing at both ends of the cut";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("queuing at both ends of the cut"), std::string::npos) << doc->text;
  ExpectParagraphsMapToTheirWords(*doc, page);
}

// An article page of at least `bytes` bytes (the same paragraph repeated).
std::string BigPage(std::size_t bytes) {
  std::string page = "<html><body><article>";
  while (page.size() < bytes) page += LongParagraph(40);
  return page + "</article></body></html>";
}

TEST(CleanHtmlTest, PageOverTheRecordLimitIsAnErrorWithReason) {
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(BigPage(20u << 20), "huge.html"));
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kTooLarge);
  EXPECT_NE(doc.status().ToString().find("huge.html"), std::string::npos);
  EXPECT_NE(doc.status().message().find("over the limit"), std::string::npos);
}

TEST(CleanHtmlTest, LargePageUnderTheLimitIsProcessed) {
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(BigPage(12u << 20), "big.html"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_GT(doc->text.size(), 1000u);
  // Identical paragraphs collapse to one.
  EXPECT_GT(doc->removed.duplicate_paragraphs, 100u);
}

TEST(CleanHtmlTest, TenThousandDeepNestingDoesNotOverflow) {
  std::string page = "<html><body>";
  for (int i = 0; i < 10000; ++i) page += "<div>";
  page += LongParagraph(5);
  for (int i = 0; i < 10000; ++i) page += "</div>";
  page += "</body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page, "deep.html"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  // libxml2 stops nesting at its depth limit but keeps the text.
  EXPECT_NE(doc->text.find("Oster canal"), std::string::npos);
}

TEST(CleanHtmlTest, CharsetLabelThatContradictsTheBytesIsFlagged) {
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(ReadFile(kDir + "meta_contradicts_utf8.html")));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->charset, "UTF-8");  // the bytes win over the label
  ASSERT_FALSE(doc->flags.empty());
  EXPECT_EQ(doc->flags[0].kind, "charset_mismatch");
  EXPECT_NE(doc->text.find("Fu\xC3\x9Fg\xC3\xA4ngerbr\xC3\xBC"
                           "cke"),
            std::string::npos);
}

TEST(CleanHtmlTest, HttpHeaderCharsetIsUsedForLegacyBytes) {
  // windows-1251 bytes (Cyrillic) with no <meta>: the container's header names it.
  const std::string words = "\xCD\xEE\xE2\xFB\xE9 \xEC\xEE\xF1\xF2";  // "Новый мост"
  std::string page = "<html><body><article>";
  for (int i = 0; i < 8; ++i) {
    page += "<p>" + std::to_string(i) + " " + words + " " + words + ", " + words + ". " + words +
            ", " + words + " " + words + ".</p>";
  }
  page += "</article></body></html>";
  RawRecord r = Page(page);
  r.charset_hint = "windows-1251";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(r);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->charset, "windows-1251");
  EXPECT_NE(doc->text.find("\xD0\x9D\xD0\xBE\xD0\xB2\xD1\x8B\xD0\xB9"), std::string::npos);
}

TEST(CleanHtmlTest, BinaryBodyIsAnError) {
  std::string page = "<html><body>";
  page += std::string(64, '\0');
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kUnsupported);
}

}  // namespace
}  // namespace crosscheck
