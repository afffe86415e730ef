// Page metadata: golden pages (testdata/page_meta/NAME.html with NAME.json:
// a one-line description, the page's URL and capture date, and the expected
// fields) plus tables for languages, authors and hostile trees. All pages
// and outlets are invented.
#include "ingest/html/page_meta.h"

#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "ingest/html/page_meta_authors.h"
#include "ingest/html/page_meta_dates.h"

namespace crosscheck {
namespace {

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

// The same parser call as the HTML path.
DocPtr Parse(const std::string& utf8, const std::string& url) {
  return DocPtr(htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), url.c_str(), "UTF-8",
                               HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                   HTML_PARSE_NONET | HTML_PARSE_COMPACT));
}

PageMetadata Read(const std::string& html, const std::string& url = "",
                  const std::string& fetched = "2026-03-02") {
  DocPtr doc = Parse(html, url);
  PageContext context;
  context.url = url;
  context.fetched = fetched;
  return ReadPageMetadata(doc.get(), context);
}

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(PageMetaTest, GoldenPages) {
  const std::filesystem::path dir =
      std::filesystem::path(CROSSCHECK_TEST_DATA) / "ingest/html/testdata/page_meta";
  int cases = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".html") continue;
    ++cases;
    std::filesystem::path golden = entry.path();
    golden.replace_extension(".json");
    const nlohmann::json want = nlohmann::json::parse(Slurp(golden));
    SCOPED_TRACE(entry.path().filename().string() + ": " + want["description"].get<std::string>());
    const PageMetadata got = Read(Slurp(entry.path()), want["url"], want["fetched"]);
    const nlohmann::json& e = want["expect"];
    auto check = [&](const char* field, const std::string& value) {
      if (e.contains(field)) {
        EXPECT_EQ(value, e[field].get<std::string>()) << field;
      }
    };
    check("title", got.title);
    check("outlet", got.outlet);
    check("canonical_url", got.canonical_url);
    check("language", got.language);
    check("published", got.published);
    check("published_from", got.published_from);
    check("modified", got.modified);
    if (e.contains("authors")) {
      EXPECT_EQ(got.authors, e["authors"].get<std::vector<std::string>>());
    }
  }
  EXPECT_GE(cases, 6);
}

TEST(PageMetaTest, DateLinesInManyLanguages) {
  const struct {
    const char* language;
    const char* line;
    const char* want;
  } cases[] = {
      {"en", "March 4, 2025", "2025-03-04"}, {"de", "4. März 2025", "2025-03-04"},
      {"fr", "4 mars 2025", "2025-03-04"},   {"es", "4 de marzo de 2025", "2025-03-04"},
      {"it", "4 marzo 2025", "2025-03-04"},  {"pt", "4 de março de 2025", "2025-03-04"},
      {"nl", "4 maart 2025", "2025-03-04"},  {"de", "04.03.2025", "2025-03-04"},
      {"en", "03/04/2025", "2025-03-04"},     // month first in English
      {"en-US", "03/04/2025", "2025-03-04"},  // and in US English
      {"en-GB", "04/03/2025", "2025-03-04"},  // day first in British English
      {"fr", "04/03/2025", "2025-03-04"},     // day first elsewhere
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.language) + ": " + c.line);
    const std::string page = std::string("<html lang=\"") + c.language +
                             "\"><body><h1>Quay works finish early</h1><span class=\"date\">" +
                             c.line + "</span><p>Crews left the quay.</p></body></html>";
    PageMetadata got = Read(page, "https://quaynews.example/works");
    EXPECT_EQ(got.published, c.want);
    EXPECT_EQ(got.published_from, "text");
    EXPECT_EQ(got.language, std::string(c.language).substr(0, 2));
  }
}

TEST(PageMetaTest, PublishedNotModified) {
  // Only a modified date in the structured data and an "Updated" time element:
  // the published date comes from the visible date line, never the update.
  const std::string page = R"(<html><head>
    <meta property="article:modified_time" content="2025-05-20T10:00:00Z">
    <meta property="article:published_time" content="2025-05-02T08:00:00Z"></head><body>
    <h1>Ferry timetable changes</h1>
    <time class="updated" datetime="2025-05-20T10:00:00Z">Updated May 20</time>
    <p class="meta">Last updated May 20, 2025</p><p>New sailings start in June.</p></body></html>)";
  PageMetadata got = Read(page, "https://quaynews.example/ferry");
  EXPECT_EQ(got.published, "2025-05-02T08:00:00Z");
  EXPECT_EQ(got.modified, "2025-05-20T10:00:00Z");
}

TEST(PageMetaTest, HeaderDateLabelDecidesPublishedOrRevised) {
  // JSON-LD datePublished is old; dateModified equals the date shown under the
  // headline (golden page header_date_unlabelled is the unlabelled case). The
  // shown date is the publication date unless a revision label precedes it.
  const struct {
    const char* date_line;
    const char* published;
    const char* from;
  } kCases[] = {
      {"October 2, 2025", "2025-10-02", "text"},
      {"Published October 2, 2025", "2025-10-02", "text"},
      {"Updated: October 2, 2025", "2023-04-11T08:00:00+00:00", "jsonld"},
      {"Last updated<br>October 2, 2025", "2023-04-11T08:00:00+00:00", "jsonld"},
      {"Aktualisiert am 2. Oktober 2025", "2023-04-11T08:00:00+00:00", "jsonld"},
      {"Stand: 02.10.2025", "2023-04-11T08:00:00+00:00", "jsonld"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.date_line);
    const std::string page = std::string(R"(<html><head><script type="application/ld+json">
      {"@type":"Article","datePublished":"2023-04-11T08:00:00+00:00",
       "dateModified":"2025-10-02T14:30:00+00:00"}</script></head><body>
      <nav><a href="/">Home</a> <a href="/garden">Garden</a></nav>
      <h1>Raised beds on a windy balcony</h1><div class="post-date">)") +
                             c.date_line + R"(</div>
      <p>Pine boards warp by the second summer; larch lasts longer.</p></body></html>)";
    PageMetadata got = Read(page, "https://brackenfold-gazette.example/garden/raised-beds");
    EXPECT_EQ(got.published, c.published);
    EXPECT_EQ(got.published_from, c.from);
  }
}

TEST(PageMetaTest, PublicationLabelOnTheLineBefore) {
  // Regression: a label in its own element ("Veröffentlicht:" then the date
  // in the next block) was not seen, so the first date of the page won.
  const struct {
    const char* label_block;
    const char* published;
  } kCases[] = {
      {"<div class=\"label\">Veröffentlicht:</div>", "2021-05-03"},
      {"<span>Erschienen am</span><br>", "2021-05-03"},
      {"<div>Posted</div>", "2021-05-03"},
      {"<div>Teilen Sie diesen Artikel</div>", "2021-07-12"},  // no label: first date
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.label_block);
    const std::string page =
        std::string(R"(<html lang="de"><body><div class="teaser">Sommerfest am 12.07.2021 im
      Kurpark Wendelstadt</div><div class="text"><p>Der Gemeinderat von Wendelstadt hat die neue
      Badeordnung beschlossen.</p></div>)") +
        c.label_block + R"(<div>03.05.2021</div></body></html>)";
    PageMetadata got = Read(page, "https://wendelstadt-bote.example/lokales/badeordnung");
    EXPECT_EQ(got.published, c.published);
    EXPECT_EQ(got.published_from, "text");
  }
}

TEST(PageMetaTest, HeaderDateBelowTheHeadlineBeforeOneAbove) {
  // Regression: the date of the previous teaser, just above the <h1>, was
  // taken as the date shown with the headline.
  const std::string page = R"(<html lang="en"><body>
    <div class="teaser"><a href="/quarry-walk">Quarry walk reopens</a> 14 February 2024</div>
    <h1>Tide gauge at Selmouth pier replaced</h1>
    <p>By Petra Anand &middot; 2 March 2024</p>
    <p>The harbour trust fitted a radar gauge after the old float jammed twice in January.</p>
    </body></html>)";
  PageMetadata got = Read(page, "https://selmouth-tidings.example/harbour/tide-gauge");
  EXPECT_EQ(got.published, "2024-03-02");
  EXPECT_EQ(got.published_from, "text");
  // With no date below the headline, one just above it (a kicker) still counts.
  const std::string kicker = R"(<html lang="en"><body><p>Harbour | 2 March 2024</p>
    <h1>Tide gauge at Selmouth pier replaced</h1><p>The trust fitted a radar gauge.</p>
    </body></html>)";
  got = Read(kicker, "https://selmouth-tidings.example/harbour/tide-gauge");
  EXPECT_EQ(got.published, "2024-03-02");
}

TEST(PageMetaTest, HeaderDateSkipsTheEndOfARange) {
  // Regression: "vom 5. bis 11. Februar" under the headline gave the event's
  // last day as the page date. A dash after a name is no range.
  const struct {
    const char* first_paragraph;
    const char* published;
  } kCases[] = {
      {"Turnier vom 5. bis 11. Februar 2022 in Oberhain.", "2022-02-03"},
      {"Matches run from 5 to 11 February 2022 in Oberhain.", "2022-02-03"},
      {"Hallenturnier 12.\u201314.02.2022 in Oberhain.", "2022-02-03"},
      {"Finale am 11. Februar 2022 in Oberhain.", "2022-02-11"},  // no range
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.first_paragraph);
    const std::string page =
        std::string(R"(<html><body><h1>Oberhain hosts the junior indoor cup</h1><p>)") +
        c.first_paragraph + R"(</p><p>Posted by Jo Brand - 3 February 2022</p>
      <p>Twelve clubs have entered; tickets are sold at the door.</p></body></html>)";
    PageMetadata got = Read(page, "https://oberhain-sport.example/cup");
    EXPECT_EQ(got.published, c.published);
  }
}

TEST(PageMetaTest, UrlDates) {
  const struct {
    const char* url;
    const char* want;
  } cases[] = {
      {"https://a.example/2024/03/12/ferry-vote/", "2024-03-12"},
      {"https://a.example/news/2024-3-9-ferry", "2024-03-09"},
      {"https://a.example/archiv/20240312/ferry.html", "2024-03-12"},
      {"https://a.example/meldungen/29-10-2021", "2021-10-29"},
      {"https://a.example/2024/03/ferry", ""},         // no day
      {"https://a.example/2024/13/40/x", ""},          // not a date
      {"https://20240312.example/ferry", ""},          // the host is not the path
      {"https://a.example/2099/01/01/future", ""},     // after the fetch
      {"https://a.example/story/123456789012/x", ""},  // an id
      // Month names as a whole segment (regression: /2023/october/03/ was
      // missed and a day-first text date misread won).
      {"https://a.example/blog/2023/october/03/wine-styles/", "2023-10-03"},
      {"https://a.example/culture/2020/Jan/20/harbour-fair", "2020-01-20"},
      {"https://a.example/2021-mars-04-expo", "2021-03-04"},
      {"https://a.example/2022/marketing/03/x", ""},  // not a month
      {"https://a.example/2022/jan/x", ""},           // no day
      // Regression: a year/month permalink whose slug starts with a number.
      {"https://a.example/2023/10/3-fragen-an-die-kassenwartin/", ""},
      {"https://a.example/2021/05/12-tips-for-ferry-travel", ""},
      {"https://a.example/2021/05/12/tips", "2021-05-12"},
      {"https://a.example/2021-05-12-tips", "2021-05-12"},
  };
  DateOptions dates;
  dates.latest = "2026-03-02";
  for (const auto& c : cases) {
    SCOPED_TRACE(c.url);
    std::optional<DateValue> got = DateFromUrl(c.url, dates);
    EXPECT_EQ(got ? got->ToString() : "", c.want);
  }
}

TEST(PageMetaTest, DeepNestingDoesNotOverflow) {
  std::string page = "<html><body><h1>Deep page</h1>";
  for (int i = 0; i < 10000; ++i) page += "<div class=\"meta\">";
  page += "<span class=\"date\">7 May 2025</span><p class=\"byline\">By Ada Quill</p>";
  for (int i = 0; i < 10000; ++i) page += "</div>";
  page += "</body></html>";
  PageMetadata got = Read(page, "https://deep.example/a");
  EXPECT_EQ(got.title, "Deep page");
  // libxml2 may cap the depth it builds; whatever it keeps is read without
  // recursion, and nothing it keeps is invented.
  if (!got.published.empty()) {
    EXPECT_EQ(got.published, "2025-05-07");
  }
}

TEST(PageMetaTest, EmptyAndNullDocuments) {
  PageContext context;
  PageMetadata none = ReadPageMetadata(nullptr, context);
  EXPECT_EQ(none.published_from, "none");
  EXPECT_TRUE(none.title.empty());
  PageMetadata bare = Read("<p>no head, no title</p>", "https://www.bare.example/x");
  EXPECT_EQ(bare.outlet, "bare.example");
  EXPECT_EQ(bare.published_from, "none");
}

TEST(PageMetaTest, ContainerFieldsWinPageFillsTheRest) {
  PageMetadata page;
  page.title = "Kelp harvest sets record";
  page.authors = {"Ola Finch"};
  page.outlet = "Brindle Post";
  page.canonical_url = "https://brindlepost.example/kelp";
  page.language = "en";
  page.published = "2024-09-27";
  page.published_from = "url";
  page.modified = "2024-09-30T08:00Z";

  RawRecord warc;  // WARC: only the URL and the capture time
  warc.url = "https://www.brindlepost.example/kelp?ref=rss";
  warc.fetched = "2026-03-02T08:15:00Z";
  Document a;
  ApplyPageMetadata(page, warc, &a);
  EXPECT_EQ(a.url, warc.url);
  EXPECT_EQ(a.canonical_url, page.canonical_url);
  EXPECT_EQ(a.title, page.title);
  EXPECT_EQ(a.authors, page.authors);
  EXPECT_EQ(a.published, "2024-09-27");
  EXPECT_EQ(a.published_from, "url");
  EXPECT_EQ(a.modified, page.modified);
  EXPECT_EQ(a.fetched, warc.fetched);
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(PageContextFor(warc).fetched, warc.fetched);

  RawRecord jsonl;  // JSON Lines: the crawler's own fields
  jsonl.title = "Record kelp harvest";
  jsonl.authors = {"O. Finch"};
  jsonl.published = "2024-09-26";
  Document b;
  b.language = "und";
  page.language.clear();
  ApplyPageMetadata(page, jsonl, &b);
  EXPECT_EQ(b.url, page.canonical_url);
  EXPECT_EQ(b.title, "Record kelp harvest");
  EXPECT_EQ(b.authors, jsonl.authors);
  EXPECT_EQ(b.published, "2024-09-26");
  EXPECT_EQ(b.published_from, "container");
  EXPECT_EQ(b.language, "und");
}

TEST(PageMetaAuthorsTest, NamesFromAuthorSlots) {
  const struct {
    const char* raw;
    std::vector<std::string> want;
  } cases[] = {
      {"By Ana Ruiz and Bo Chen", {"Ana Ruiz", "Bo Chen"}},
      {"BY ANA RUIZ", {"ANA RUIZ"}},  // bylines set in capitals stay as written
      {"Von Jana Weiß und Timo Brandt", {"Jana Weiß", "Timo Brandt"}},
      {"Par Claire Vasseur et Luc Morel", {"Claire Vasseur", "Luc Morel"}},
      {"Por Inés Soto y Pablo Gil", {"Inés Soto", "Pablo Gil"}},
      {"Door Femke de Wit en Joris Bak", {"Femke de Wit", "Joris Bak"}},
      {"Dylan Quist, MS, RD, FAND", {"Dylan Quist"}},
      {"Ana Ruiz, Bo Chen, and Cy Diaz", {"Ana Ruiz", "Bo Chen", "Cy Diaz"}},
      {"Written by: Mira Kestrel | March 3, 2025", {"Mira Kestrel"}},
      {"Mira Kestrel Published 3 March 2025", {"Mira Kestrel"}},
      {"Brian Holt USA TODAY", {"Brian Holt"}},
      {"admin", {}},
      {"Staff", {}},
      {"https://tidegazette.example/staff/mira", {}},
      {"@mirakestrel", {}},
      {"March 3, 2025", {}},
      {"Halvenport Tide Gazette", {}},  // the outlet itself
      {"Webmaster&nbsp;", {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.raw);
    EXPECT_EQ(NormalizeAuthors({c.raw}, "Halvenport Tide Gazette"), c.want);
  }
  EXPECT_EQ(NormalizeAuthors({"Ana Ruiz", "ana  ruiz", "Bo Chen"}, ""),
            (std::vector<std::string>{"Ana Ruiz", "Bo Chen"}));
  EXPECT_EQ(AuthorsFromBylinePhrase("Posted 3 March | by Lena Moss", ""),
            (std::vector<std::string>{"Lena Moss"}));
}

}  // namespace
}  // namespace crosscheck
