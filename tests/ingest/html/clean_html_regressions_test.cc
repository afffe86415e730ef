// Regression tests of the HTML path, one per bug fixed (the page that showed
// it, rebuilt from invented text): each fails without its fix.
#include <gtest/gtest.h>

#include <string>

#include "clean_html_test_util.h"
#include "crosscheck/ingest.h"
#include "ingest/html/clean_html.h"

namespace crosscheck {
namespace {

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

// Regression: the label over teasers that a furniture class removes
// ("Related coverage" over a "related" box) stayed in the text; a section
// heading over a figure caption and the section's text stays.
TEST(CleanHtmlTest, RegressionLabelOverRemovedTeaserBoxGoesWithIt) {
  const std::string page =
      "<html><body><div class=\"story\">" + LongParagraph(4) +
      "<p>Related coverage</p><div class=\"related-story\">Valley council votes to dredge the "
      "old cut before the summer</div>"
      "<p>The second part of the report turns to the boat owners, who waited for weeks at "
      "both ends of the cut while the repairs went on.</p>"
      "<h2>The new gates</h2><figure><img src=\"g.jpg\"><figcaption class=\"caption\">The new "
      "gates at Oster, seen from the towpath on Monday</figcaption></figure>"
      "<p>The new gates were cast in the valley and fitted by a crew of six over two nights, "
      "the lock keeper said.</p></div></body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(Page(page));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text.find("Related coverage"), std::string::npos) << doc->text;
  EXPECT_NE(doc->text.find("The second part"), std::string::npos) << doc->text;
  EXPECT_NE(doc->text.find("The new gates\n"), std::string::npos) << doc->text;
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

}  // namespace
}  // namespace crosscheck
