// End to end: `crosscheck analyze` on a folder mixing every input kind —
// .html, .html.gz, .warc.gz, .jsonl, .txt — stores one document per article
// with the metadata its container or page gave.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

#include "cli_test_util.h"
#include "warc_test_util.h"

namespace crosscheck::testing {
namespace {

using testing_util::Gzip;
using testing_util::GzipEach;
using testing_util::Http;
using testing_util::WarcRecord;

using WebInputTest = CliTest;

// An invented news page with site furniture around the article.
std::string Page(const std::string& title, const std::string& date, const std::string& body) {
  return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<title>" +
         title +
         " | Tessel Courier</title>"
         "<meta property=\"og:site_name\" content=\"Tessel Courier\">"
         "<meta property=\"article:published_time\" content=\"" +
         date +
         "\">"
         "<meta name=\"author\" content=\"Noor Halden\">"
         "</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a> "
         "<a href=\"/sport\">Sport</a></nav></header>"
         "<div class=\"cookie-banner\">We use cookies. <a href=\"/ok\">Accept</a></div>"
         "<article><h1>" +
         title + "</h1><p class=\"byline\">By Noor Halden</p>" + body +
         "</article><aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/a\">Ferry "
         "timetable changes</a></li><li><a href=\"/b\">Quay market returns</a></li></ul></aside>"
         "<footer>&copy; 2026 Tessel Courier. All rights reserved.</footer></body></html>";
}

const char kParagraphs[] =
    "<p>The lock gates at Vennmoor will close for three weeks from Monday while engineers "
    "replace worn seals, the river office said on Tuesday.</p>"
    "<p>Barges longer than forty metres must wait at the outer basin, and the office asked "
    "skippers to plan their crossings early in the day.</p>"
    "<p>\"We have waited two winters for this repair,\" said Saskia Drell, who chairs the "
    "skippers' association. \"It cannot come soon enough.\"</p>";

TEST_F(WebInputTest, FolderMixingEveryInputKindIsReadWhole) {
  std::filesystem::create_directories(Path("in"));
  Write("in/gates.html",
        Page("Vennmoor lock gates to close", "2026-04-07T09:30:00+02:00", kParagraphs));
  Write("in/seals.html.gz", Gzip(Page("New seals arrive at Vennmoor", "2026-04-09", kParagraphs)));
  const std::string page = Page("Skippers wait at outer basin", "2026-04-10", kParagraphs);
  Write("in/crawl.warc.gz",
        GzipEach({WarcRecord({.type = "warcinfo",
                              .uri = "",
                              .content_type = "application/warc-fields",
                              .block = "software: invented-crawler/0.1\r\n"}),
                  WarcRecord({.type = "response",
                              .uri = "https://tessel-courier.invalid/2026/04/10/basin",
                              .content_type = "application/http; msgtype=response",
                              .block = Http("HTTP/1.1 200 OK",
                                            {"Content-Type: text/html; charset=utf-8",
                                             "Content-Length: " + std::to_string(page.size())},
                                            page)})}));
  Write("in/feed.jsonl",
        "{\"maintext\":\"Ferries to Ostra resume on Friday after the storm, the operator "
        "said.\",\"title\":\"Ferries back\",\"date_publish\":\"2026-04-11 08:00:00\","
        "\"url\":\"https://portwatch.invalid/ferries\",\"authors\":[\"Ilja Brenner\"],"
        "\"source_domain\":\"portwatch.invalid\"}\n"
        "{\"content_original\":\"The council of Vennmoor agreed to repaint the footbridge in "
        "May.\",\"title\":\"Footbridge\",\"source\":\"Tessel Desk\",\"date\":\"4/12/26\"}\n");
  Write("in/note.txt",
        "Quay market returns\n\nBy Ove Tamsen\n\nThe Saturday market on Vennmoor quay opens "
        "again this week after the winter break. Twenty stalls have signed up.\n");

  const std::string db = Path("web.db");
  RunResult run = RunCommand(Binary() + " analyze " + Path("in") + " --db " + db + " --quiet");
  EXPECT_EQ(run.exit_code, 0) << run.out;
  EXPECT_EQ(QueryOne(db, "SELECT count(*) FROM errors"), "0");
  EXPECT_EQ(QueryOne(db, "SELECT count(*) FROM documents"), "6");

  RunResult exported = RunCommand(Binary() + " export --db " + db);
  ASSERT_EQ(exported.exit_code, 0);
  std::map<std::string, nlohmann::json> by_title;
  for (const nlohmann::json& j : JsonLines(exported.out)) {
    if (j["type"] == "document") by_title[j["title"].get<std::string>()] = j;
  }
  ASSERT_EQ(by_title.size(), 6u) << exported.out;

  const nlohmann::json& html = by_title["Vennmoor lock gates to close"];
  EXPECT_EQ(html["format"], "html");
  EXPECT_EQ(html["outlet"], "Tessel Courier");
  EXPECT_EQ(html["published"], "2026-04-07T09:30:00+02:00");
  EXPECT_EQ(html["published_from"], "meta");
  EXPECT_EQ(html["language"], "en");
  EXPECT_EQ(html["authors"], nlohmann::json::array({"Noor Halden"}));
  const std::string text = html["text"];
  EXPECT_NE(text.find("replace worn seals"), std::string::npos) << text;
  EXPECT_NE(text.find("It cannot come soon enough."), std::string::npos) << text;
  for (const char* furniture : {"cookies", "Related", "All rights reserved", "Sport"}) {
    EXPECT_EQ(text.find(furniture), std::string::npos) << furniture << " kept in: " << text;
  }

  EXPECT_EQ(by_title["New seals arrive at Vennmoor"]["published"], "2026-04-09");
  const nlohmann::json& warc = by_title["Skippers wait at outer basin"];
  EXPECT_EQ(warc["format"], "warc");
  EXPECT_EQ(warc["url"], "https://tessel-courier.invalid/2026/04/10/basin");
  EXPECT_EQ(warc["fetched"], "2026-03-02T08:15:00Z");
  EXPECT_EQ(by_title["Ferries back"]["published_from"], "container");
  EXPECT_EQ(by_title["Ferries back"]["outlet"], "portwatch.invalid");
  EXPECT_EQ(by_title["Footbridge"]["published"], "2026-04-12");
  EXPECT_EQ(by_title["Quay market returns"]["format"], "text");
}

}  // namespace
}  // namespace crosscheck::testing
