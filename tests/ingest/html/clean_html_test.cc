// The HTML path end to end (Cleaner with media_type "text/html"): golden
// pages (tests/ingest/html/testdata/NAME.html + NAME.json holding a one-line
// description, the expected text, charset and flags), the offset map back to
// the page bytes, and bad input (truncated, oversized, deeply nested pages).
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

RawRecord Page(std::string bytes, const std::string& name = "page.html") {
  return HtmlPageRecord(name, std::move(bytes));
}

nlohmann::json Flags(const Document& doc) {
  nlohmann::json flags = nlohmann::json::array();
  for (const Flag& f : doc.flags) flags.push_back({{"kind", f.kind}, {"detail", f.detail}});
  return flags;
}

// Every word of every paragraph is found inside the input bytes its span maps
// to (after decoding those bytes the way the page was decoded is not needed
// for ASCII words; non-ASCII words are checked on UTF-8 pages only).
void ExpectParagraphsMapToTheirWords(const Document& doc, const std::string& body) {
  for (const Paragraph& p : doc.paragraphs) {
    const Span in = doc.to_input.ToInput(p.span);
    ASSERT_LE(in.end, body.size());
    const std::string source = body.substr(in.start, in.end - in.start);
    std::istringstream words(doc.text.substr(p.span.start, p.span.end - p.span.start));
    for (std::string w; words >> w;) {
      bool ascii_letters = true;
      for (char c : w) ascii_letters = ascii_letters && std::isalpha(static_cast<unsigned char>(c));
      if (!ascii_letters || w.size() < 3) continue;
      EXPECT_NE(source.find(w), std::string::npos)
          << "word '" << w << "' of paragraph at " << p.span.start << " not in its input span ["
          << in.start << ", " << in.end << ")";
    }
  }
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

std::string LongParagraph(int n) {
  std::string p = "<p>";
  for (int i = 0; i < n; ++i) {
    p += "Sentence number " + std::to_string(i) +
         " of the invented report tells of the Oster canal. ";
  }
  return p + "</p>";
}

// Regression: server-rendered pages stream their article into <div hidden>
// boxes that a script reveals; skipping hidden subtrees lost whole articles.
TEST(CleanHtmlTest, RegressionHiddenStreamedContentIsRead) {
  const std::string page = "<html><body><div hidden id=\"S:0\"><article>" + LongParagraph(4) +
                           LongParagraph(3) + "</article></div></body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("Oster canal"), std::string::npos);
}

// Regression: page builders wrap every paragraph in its own "widget"
// container; taking the class word as furniture emptied such pages.
TEST(CleanHtmlTest, RegressionPageBuilderWidgetsAreNotFurniture) {
  std::string page = "<html><body><div class=\"site-content\">";
  for (int i = 0; i < 4; ++i) {
    page += "<div class=\"builder-widget-wrap\"><div class=\"builder-widget-container\">" +
            LongParagraph(2 + i) + "</div></div>";
  }
  page += "</div></body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->paragraphs.size(), 4u) << doc->text;
}

// Regression: inside an <article>, a layout box whose class holds a
// furniture word ("body-ad-wrapper", "sidebar-layout") and most of the
// article's prose was taken for an ad or a sidebar, and with a long comment
// thread beside it the page came out empty.
TEST(CleanHtmlTest, RegressionLayoutBoxNamedLikeFurnitureInsideAnArticleIsKept) {
  std::string comments = "<div id=\"comments\">";
  for (int i = 0; i < 4; ++i)
    comments +=
        "<div class=\"reply\"><p>A reader from the valley wrote at length that the gates "
        "at Oster were always late and that nobody should be surprised.</p></div>";
  comments += "</div>";
  for (const std::string name : {"body-ad-wrapper block", "sidebar-layout"}) {
    // The comment thread after the article, or inside its element (the
    // article's prose is then counted without it).
    for (const bool inside : {false, true}) {
      std::string page = "<html><body><article class=\"node\"><div class=\"" + name + "\">";
      for (int i = 0; i < 5; ++i) page += LongParagraph(3 + i);
      page +=
          "</div><p>About the author: the writer has covered the canals of the valley for the "
          "paper since the flood, and lives by the lock.</p>";
      page += inside ? comments + "</article>" : "</article>" + comments;
      page += "</body></html>";
      Cleaner cleaner;
      Result<Document> doc = cleaner.Clean(Page(page));
      ASSERT_TRUE(doc.ok()) << doc.status().ToString();
      EXPECT_NE(doc->text.find("Sentence number 6 of the invented report"), std::string::npos)
          << name << (inside ? " (comments inside)" : "") << ": " << doc->text;
      EXPECT_EQ(doc->text.find("A reader from the valley"), std::string::npos) << doc->text;
    }
  }
}

// Regression: the cells of a long data table (and the items of a long
// list without links) counted against the article holding them, and the
// article shrank to its first paragraph.
TEST(CleanHtmlTest, RegressionDataTableDoesNotSplitTheArticle) {
  for (const bool list : {false, true}) {
    std::string page =
        "<html><body><div class=\"nav\"><a href=\"/\">Home</a></div>"
        "<div class=\"entry\">" +
        LongParagraph(3) + (list ? "<ul>" : "<table>");
    for (int row = 0; row < 60; ++row) {
      const std::string lock = "Lock " + std::to_string(row);
      const std::string boats = std::to_string(row * 7) + " boats";
      page += list ? "<li><p>" + lock + ": " + boats + "</p></li>"
                   : "<tr><td>" + lock + "</td><td>" + boats + "</td><td>" +
                         std::to_string(40 + row) + "%</td><td>N/A</td></tr>";
    }
    page += list ? "</ul>" : "</table>";
    page +=
        "<p>The closing paragraph says the lock keepers counted every boat by hand, "
        "as they have done since the canal opened.</p></div></body></html>";
    Cleaner cleaner;
    Result<Document> doc = cleaner.Clean(Page(page));
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_NE(doc->text.find("Sentence number 2 of the invented report"), std::string::npos);
    EXPECT_NE(doc->text.find("Lock 17"), std::string::npos)
        << (list ? "list: " : "table: ") << doc->text;
    EXPECT_NE(doc->text.find("The closing paragraph"), std::string::npos) << doc->text;
  }
}

// Regression: the label over a list of linked headlines inside the article
// ("Read also", "Explore further") stayed in the text when the links went.
// A heading over one short link (a "buy" button) is a section's, and stays.
TEST(CleanHtmlTest, RegressionLabelOverRemovedLinkListGoesWithIt) {
  const std::string page =
      "<html><body><div class=\"story\">" + LongParagraph(4) +
      "<h4>Read also</h4><ul>"
      "<li><a href=\"/a\">Why the Oster gates open late every spring</a></li>"
      "<li><a href=\"/b\">Boat owners count the cost of the canal repairs</a></li></ul>"
      "<p>The second part of the report turns to the boat owners, who waited for weeks at "
      "both ends of the cut while the repairs went on, and to what they were told.</p>"
      "<p>Explore further</p><div><a href=\"/c\">Valley council votes to dredge the old cut "
      "before the summer</a></div>"
      "<p>The third part of the report follows the dredging plan through the valley council, "
      "which debated it for two evenings before a narrow vote.</p>"
      "<h2>The lock keeper's pick</h2><div><a href=\"/shop\">Check the price</a></div>"
      "<p>The last part of the report is the lock keeper's own account of the spring, told "
      "at length and with some bitterness about the delays.</p></div></body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text.find("Read also"), std::string::npos) << doc->text;
  EXPECT_EQ(doc->text.find("Explore further"), std::string::npos) << doc->text;
  EXPECT_NE(doc->text.find("The lock keeper's pick"), std::string::npos) << doc->text;
  EXPECT_NE(doc->text.find("The third part"), std::string::npos) << doc->text;
  EXPECT_NE(doc->text.find("The last part"), std::string::npos) << doc->text;
}

// Regression: a standfirst in a <p class="intro"> beside the box of body
// paragraphs (no article element around them) was left out.
TEST(CleanHtmlTest, RegressionStandfirstBesideTheBodyBoxIsKept) {
  std::string links;  // more stories from the valley, below the body
  for (int i = 0; i < 15; ++i)
    links += "<div><a href=\"/s" + std::to_string(i) + "\">Another story from the valley, number " +
             std::to_string(i) + "</a></div>";
  const std::string page =
      "<html><body><div class=\"col\"><h1>Oster canal reopens</h1>"
      "<p class=\"intro\">The valley's oldest canal opens again on Tuesday after three weeks of "
      "repairs, and the boats that waited at both ends can finally pass.</p>"
      "<div class=\"group\"><div class=\"text\">" +
      LongParagraph(4) +
      "<p>The lock keeper said the gates had been greased twice and would hold for years.</p>"
      "</div></div><div class=\"more\">" +
      links + "</div></div></body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  const std::size_t intro = doc->text.find("The valley's oldest canal");
  ASSERT_NE(intro, std::string::npos) << doc->text;
  EXPECT_LT(intro, doc->text.find("Sentence number 0")) << doc->text;
  ExpectParagraphsMapToTheirWords(*doc, page);
}

// Regression: a "read aloud" button between the sub-headline and the first
// paragraph cut the sub-headline off from the text, and a button's label
// inside the body ("Load all content" of an embed) came out as text.
TEST(CleanHtmlTest, RegressionButtonBetweenSubheadlineAndTextIsPassedOver) {
  const std::string page =
      "<html><body><article><h1>Oster canal reopens</h1>"
      "<h2>Three weeks of repairs end on Tuesday for the valley's oldest canal</h2>"
      "<button class=\"read\">Listen</button>" +
      LongParagraph(4) +
      "<div class=\"embed\"><button>Load all content</button></div><p>The lock keeper said "
      "the gates had been greased twice and would hold for years to come.</p>"
      "</article></body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("Three weeks of repairs"), std::string::npos) << doc->text;
  EXPECT_EQ(doc->text.find("Listen"), std::string::npos) << doc->text;
  EXPECT_EQ(doc->text.find("Load all content"), std::string::npos) << doc->text;
  EXPECT_NE(doc->text.find("greased twice"), std::string::npos) << doc->text;
}

// Regression: a copyright line of full sentences after the last paragraph
// ("This article is the property of ...") stayed in the text.
TEST(CleanHtmlTest, RegressionCopyrightLineAfterTheArticleGoes) {
  const std::string page =
      "<html><body><div class=\"story\">" + LongParagraph(4) +
      "<p>The lock keeper said the gates had been greased twice and would hold for years.</p>"
      "<p>\u00a9 2026, Valley Courier. This article is the property of the Valley Courier. "
      "Written permission is needed before any reprint.</p></div></body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("greased twice"), std::string::npos) << doc->text;
  EXPECT_EQ(doc->text.find("Valley Courier"), std::string::npos) << doc->text;
}

// Regression: a blog post's closing line beside its last paragraph (a
// sign-off without a sentence mark) was cut as tail furniture; a label line
// with a colon there ("Contact:") still goes.
TEST(CleanHtmlTest, RegressionSignOffBesideTheLastParagraphIsKept) {
  const std::string page =
      "<html><body><div class=\"post\">" + LongParagraph(4) +
      "<p>The lock keeper said the gates had been greased twice and would hold for years.</p>"
      "<p>See you at the lock, Marit</p><p>Contact:</p></div>"
      "<div class=\"share\"><a href=\"/s\">Share</a></div></body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("See you at the lock, Marit"), std::string::npos) << doc->text;
  EXPECT_EQ(doc->text.find("Contact:"), std::string::npos) << doc->text;
}

// Regression: a list of key points without links right above the first
// paragraph was cut as "before the text".
TEST(CleanHtmlTest, RegressionUnlinkedListLeadingIntoTheTextIsKept) {
  const std::string page =
      "<html><body><div class=\"post\"><ul><li>Gates open on Tuesday</li>"
      "<li>Repairs took three weeks</li></ul>" +
      LongParagraph(4) +
      "<p>The lock keeper said the gates had been greased twice and would hold for years.</p>"
      "</div></body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("Gates open on Tuesday"), std::string::npos) << doc->text;
  EXPECT_NE(doc->text.find("Repairs took three weeks"), std::string::npos) << doc->text;
}

// Regression: PHP errors a broken server printed into the page ("Warning:
// ... in /www/... on line 407") read as prose and could win the region.
TEST(CleanHtmlTest, RegressionServerErrorsInThePageAreNotText) {
  std::string warnings;
  for (int i = 0; i < 6; ++i)
    warnings +=
        "<b>Warning</b>:  Creating default object from empty value in "
        "<b>/www/htdocs/site/wp-includes/classes.php</b> on line <b>40" +
        std::to_string(i) + "</b><br />";
  const std::string page = "<html><body><ul class=\"cat\">" + warnings +
                           "</ul><div class=\"post\">" + LongParagraph(3) + "</div></body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("Sentence number 2 of the invented report"), std::string::npos)
      << doc->text;
  EXPECT_EQ(doc->text.find("Creating default object"), std::string::npos) << doc->text;
}

// Regression: a consent notice with more prose than a short article was
// chosen as the article.
TEST(CleanHtmlTest, RegressionCookieNoticeDoesNotBeatAShortArticle) {
  const std::string notice =
      "<p>We and our partners store and access information on your device, such as cookies, "
      "and process personal data to show you relevant content and measure its reach.</p>";
  std::string page = "<html><body><div class=\"cmp-cookiebanner\">";
  for (int i = 0; i < 4; ++i) page += notice;
  page +=
      "</div><article class=\"post\"><p>The lock keeper at Oster said the gates would "
      "open on Tuesday, and boats were already queuing at both ends of the cut.</p>"
      "<p>Repairs took three weeks longer than planned because of the flood.</p></article>"
      "</body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("The lock keeper at Oster"), std::string::npos) << doc->text;
  EXPECT_EQ(doc->text.find("cookies"), std::string::npos) << doc->text;
}

// Regression: libxml2 nests everything after an unclosed <button> inside it;
// skipping buttons as form controls lost the whole article.
TEST(CleanHtmlTest, RegressionUnclosedButtonDoesNotHideThePage) {
  const std::string page = "<html><body><button class=\"menu\"><span>Menu</span><main><article>" +
                           LongParagraph(4) + LongParagraph(3) + "</article></main></body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("Oster canal"), std::string::npos);
  EXPECT_EQ(doc->text.find("Menu"), std::string::npos);
}

// Regression: after a stray </html> (a pasted snippet) libxml2 puts the rest
// of the page in a second top-level element; walking only the first lost it.
TEST(CleanHtmlTest, RegressionTextAfterAStrayHtmlEndTagIsRead) {
  const std::string page =
      "<!DOCTYPE html><html><head><title>t</title></head><body><div>Menu</div></body></html>"
      "<div class=\"post\">" +
      LongParagraph(4) + LongParagraph(3) + "</div>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("Oster canal"), std::string::npos);
  ExpectParagraphsMapToTheirWords(*doc, page);
}

// Regression: after an attribute name libxml2 2.9 cannot read ("@click" of
// script frameworks) it ends the tag at the next '>' — inside a value such as
// "() => ..." — and the rest of the tag came out as article text.
TEST(CleanHtmlTest, RegressionFrameworkAttributeNamesDoNotLeakIntoText) {
  const std::string page =
      "<html><body><article>" + LongParagraph(4) +
      "<div x-data=\"{open: false}\" @click.outside=\"$nextTick(() => open = false)\" "
      "(click)=\"toggle()\" [hidden]=\"!open\" *ngIf=\"menu\">" +
      LongParagraph(3) + "</div>" + LongParagraph(2) + "</article></body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("Oster canal"), std::string::npos);
  EXPECT_EQ(doc->text.find("open = false"), std::string::npos) << doc->text;
  EXPECT_EQ(doc->text.find("nextTick"), std::string::npos) << doc->text;
  EXPECT_EQ(doc->text.find("toggle()"), std::string::npos) << doc->text;
  ExpectParagraphsMapToTheirWords(*doc, page);
}

// Regression: libxml2 stops reading at a NUL byte, and a page with a run of
// NULs in an ad's markup before the article came out empty (no_article).
// (The NULs lie past the first 4 KiB, where a few mean a binary file.)
TEST(CleanHtmlTest, RegressionNulBytesBeforeTheArticleDoNotEndThePage) {
  const std::string page = "<html><head><style>" + std::string(5000, ' ') +
                           "</style></head><body><div class=\"ad\"><img src=\"b.gif\" alt=\"\" />" +
                           std::string(11, '\0') + "</div><article>" + LongParagraph(4) +
                           LongParagraph(3) + "</article></body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("Oster canal"), std::string::npos) << doc->text;
  EXPECT_EQ(doc->text.find('\0'), std::string::npos);
  ExpectParagraphsMapToTheirWords(*doc, page);
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
