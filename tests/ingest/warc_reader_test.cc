// WARC files as crawlers write them (invented pages and outlets): which
// records become RawRecords, which are passed over and counted, and how bad
// records become errors without losing the rest of the file.
#include "ingest/warc_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "common/hash.h"
#include "crosscheck/ingest.h"
#include "ingest/read_input.h"
#include "warc_test_util.h"

namespace crosscheck {
namespace {

using testing_util::Chunked;
using testing_util::Collected;
using testing_util::Gzip;
using testing_util::GzipEach;
using testing_util::Http;
using testing_util::TempDir;
using testing_util::WarcRecord;
using testing_util::WarcRecordSpec;

const std::string kPage =
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"windows-1252\">"
    "<title>Tide gates stay shut | Brackwater Courier</title></head>\n<body><nav>Home | Port | "
    "Weather</nav><article><h1>Tide gates stay shut</h1><p>The Brackwater harbour board kept "
    "the tide gates shut overnight as the surge peaked at 2.4 metres.</p></article></body></html>";
const std::string kSecondPage =
    "<html><body><p>Ostmere ferry resumes after the storm.</p><p>Crews checked the ramp "
    "twice.</p></body></html>";

std::string Response(std::string_view uri, std::string http) {
  return WarcRecord({.type = "response",
                     .uri = std::string(uri),
                     .content_type = "application/http; msgtype=response",
                     .block = std::move(http)});
}

// A small crawl: one of each kind of record.
std::vector<std::string> Crawl() {
  return {
      WarcRecord({.type = "warcinfo",
                  .uri = "",
                  .content_type = "application/warc-fields",
                  .block = "software: tidecrawl/0.3\r\nformat: WARC File Format 1.1\r\n"}),
      WarcRecord({.type = "request",
                  .uri = "https://brackwater-courier.example/port/tide-gates",
                  .content_type = "application/http; msgtype=request",
                  .block = "GET /port/tide-gates HTTP/1.1\r\nHost: brackwater-courier.example\r\n"
                           "\r\n"}),
      Response("<https://brackwater-courier.example/port/tide-gates>",
               Http("HTTP/1.1 200 OK",
                    {"Server: tidecrawl-test", "Content-Type: text/html; charset=\"windows-1252\"",
                     "Content-Length: " + std::to_string(kPage.size())},
                    kPage)),
      Response("https://brackwater-courier.example/logo.png",
               Http("HTTP/1.1 200 OK", {"Content-Type: image/png"}, "\x89PNG\r\n\x1a\n....")),
      Response("https://brackwater-courier.example/gone",
               Http("HTTP/1.1 404 Not Found", {"Content-Type: text/html"},
                    "<html><body>Page not found</body></html>")),
      WarcRecord({.type = "metadata",
                  .uri = "https://brackwater-courier.example/port/tide-gates",
                  .content_type = "application/warc-fields",
                  .block = "fetchTimeMs: 212\r\n"}),
      WarcRecord({.type = "revisit",
                  .uri = "https://brackwater-courier.example/port/tide-gates",
                  .content_type = "application/http; msgtype=response",
                  .block = "HTTP/1.1 304 Not Modified\r\n\r\n"}),
      WarcRecord({.type = "resource",
                  .uri = "file:///archive/ostmere-ferry.html",
                  .content_type = "text/html; charset=utf-8",
                  .block = kSecondPage,
                  .version = "1.0"}),
      Response(
          "https://ostmere-gazette.example/old",
          Http("HTTP/1.1 301 Moved Permanently",
               {"Location: https://ostmere-gazette.example/new", "Content-Type: text/html"}, "")),
      Response("dns:ostmere-gazette.example",
               "20260302081500\nostmere-gazette.example. 300 IN A "
               "192.0.2.7\n"),
  };
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += p;
  return out;
}

Collected ReadWarcFile(const std::string& path, ReadStats* stats,
                       const IngestOptions& options = {}) {
  Collected c;
  ReadInput(path, options, c.Sink(), stats);
  return c;
}

TEST(WarcReaderTest, HtmlResponsesAndResourcesBecomeRecordsOthersAreCounted) {
  TempDir dir;
  const std::vector<std::string> crawl = Crawl();
  for (const auto& [name, bytes] : {std::pair<std::string, std::string>{"crawl.warc", Join(crawl)},
                                    {"crawl.warc.gz", GzipEach(crawl)},
                                    {"whole-file-gzip.warc.gz", Gzip(Join(crawl))}}) {
    SCOPED_TRACE(name);
    const std::string path = dir.Write(name, bytes);
    ReadStats stats;
    Collected c = ReadWarcFile(path, &stats);
    ASSERT_TRUE(c.errors.empty()) << c.errors[0].ToString();
    ASSERT_EQ(c.records.size(), 2u);

    const RawRecord& page = c.records[0];
    EXPECT_EQ(page.record, 3);
    EXPECT_EQ(page.Origin(), path + "#3");
    EXPECT_EQ(page.format, "warc");
    EXPECT_EQ(page.media_type, "text/html");
    EXPECT_EQ(page.url, "https://brackwater-courier.example/port/tide-gates");
    EXPECT_EQ(page.fetched, "2026-03-02T08:15:00Z");
    EXPECT_EQ(page.charset_hint, "windows-1252");
    EXPECT_EQ(page.body, kPage);
    EXPECT_EQ(page.offset, crawl[0].size() + crawl[1].size());
    std::string block = crawl[2].substr(crawl[2].find("\r\n\r\n") + 4);
    block.resize(block.size() - 4);
    EXPECT_EQ(page.input_hash, Hash64(block));

    const RawRecord& resource = c.records[1];
    EXPECT_EQ(resource.record, 8);
    EXPECT_EQ(resource.url, "file:///archive/ostmere-ferry.html");
    EXPECT_EQ(resource.charset_hint, "utf-8");
    EXPECT_EQ(resource.body, kSecondPage);

    EXPECT_EQ(stats.passed_over, 8u);
    const std::map<std::string, std::uint64_t> want = {{"WARC warcinfo record", 1},
                                                       {"WARC request record", 1},
                                                       {"WARC metadata record", 1},
                                                       {"WARC revisit record", 1},
                                                       {"non-HTML response (image/png)", 1},
                                                       {"HTTP status 4xx", 1},
                                                       {"HTTP status 3xx", 1},
                                                       {"non-HTTP response", 1}};
    EXPECT_EQ(stats.passed_over_by_reason, want);
  }
}

TEST(WarcReaderTest, ChunkedAndCompressedPayloads) {
  const std::string gz = Gzip(kPage);
  const struct {
    const char* description;
    std::vector<std::string> headers;
    std::string body;
  } cases[] = {
      {"chunked", {"Content-Type: text/html", "Transfer-Encoding: chunked"}, Chunked(kPage, 40)},
      {"gzip", {"Content-Type: text/html", "Content-Encoding: gzip"}, gz},
      {"chunked gzip",
       {"Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: x-gzip"},
       Chunked(gz, 33)},
      {"gzip header kept but payload already decoded",
       {"Content-Type: text/html", "Content-Encoding: gzip"},
       kPage},
      {"bare LF header lines", {"content-type:text/html;charset=UTF-8"}, kPage},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    std::string http = Http("HTTP/1.1 200 OK", c.headers, c.body);
    if (std::string_view(c.description) == "bare LF header lines") {
      http = "HTTP/1.0 200\ncontent-type:text/html;charset=UTF-8\n\n" + kPage;
    }
    testing_util::StringSource source(Response("https://brackwater-courier.example/a", http), 7);
    Collected got;
    ReadStats stats;
    ReadWarc(source, nullptr, "page.warc", {}, got.Sink(), &stats);
    ASSERT_TRUE(got.errors.empty()) << got.errors[0].ToString();
    ASSERT_EQ(got.records.size(), 1u);
    EXPECT_EQ(got.records[0].body, kPage);
  }
}

TEST(WarcReaderTest, TruncatedGzipMemberCostsOnlyItsRecord) {
  TempDir dir;
  const std::vector<std::string> crawl = Crawl();
  std::string damaged = Gzip(crawl[2]);
  damaged.resize(damaged.size() * 6 / 10);
  std::string bytes = Gzip(crawl[0]) + Gzip(crawl[1]) + damaged;
  for (std::size_t i = 3; i < crawl.size(); ++i) bytes += Gzip(crawl[i]);
  const std::string path = dir.Write("damaged.warc.gz", bytes);
  ReadStats stats;
  Collected c = ReadWarcFile(path, &stats);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code(), StatusCode::kCorrupt);
  EXPECT_EQ(c.errors[0].where().input, path);
  EXPECT_EQ(c.errors[0].where().record, 3);
  EXPECT_GE(c.errors[0].where().offset, static_cast<std::int64_t>(crawl[0].size()));
  // Depending on where zlib notices the damage, the record is reported as a
  // damaged member or as a block that does not end where the next record starts.
  const std::string& message = c.errors[0].message();
  EXPECT_TRUE(message.find("gzip member") != std::string::npos ||
              message.find("bad Content-Length") != std::string::npos)
      << c.errors[0].ToString();
  ASSERT_EQ(c.records.size(), 1u);
  EXPECT_EQ(c.records[0].record, 8);
  EXPECT_EQ(c.records[0].body, kSecondPage);
  EXPECT_EQ(stats.passed_over, 8u);
}

TEST(WarcReaderTest, TruncatedLastMemberAndGarbageBetweenMembers) {
  TempDir dir;
  const std::vector<std::string> crawl = Crawl();
  std::string cut = Gzip(crawl[7]);
  cut.resize(cut.size() / 2);
  // Bytes that are not gzip between two members, then a cut last member.
  const std::string path =
      dir.Write("tail.warc.gz", Gzip(crawl[2]) + "junk between members" + Gzip(crawl[3]) + cut);
  Collected c = ReadWarcFile(path, nullptr);
  ASSERT_EQ(c.records.size(), 1u);
  EXPECT_EQ(c.records[0].body, kPage);
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_NE(c.errors[0].message().find("corrupt gzip member"), std::string::npos)
      << c.errors[0].ToString();
  EXPECT_NE(c.errors[1].message().find("truncated gzip member"), std::string::npos)
      << c.errors[1].ToString();
}

TEST(WarcReaderTest, BadContentLengthsResyncOnTheNextRecord) {
  const std::vector<std::string> crawl = Crawl();
  auto with_length = [&](std::string length) {
    return WarcRecord({.type = "resource",
                       .uri = "https://ostmere-gazette.example/bad",
                       .content_type = "text/html",
                       .block = kSecondPage,
                       .length = std::move(length)});
  };
  const std::string n = std::to_string(kSecondPage.size());
  std::string without_length = with_length("");
  without_length.replace(without_length.find("Content-Length: " + n), 16 + n.size(),
                         "X-Note: none");
  const struct {
    const char* description;
    std::string bad;
    const char* message;
  } cases[] = {
      {"too long: runs into the next record", with_length(std::to_string(kSecondPage.size() + 40)),
       "bad Content-Length"},
      {"too short", with_length(std::to_string(kSecondPage.size() - 9)), "bad Content-Length"},
      {"not a number", with_length("12x"), "bad Content-Length \"12x\""},
      {"missing", without_length, "without Content-Length"},
      {"garbage instead of a record", "this line is not a WARC header\r\n\r\n",
       "expected a WARC record header"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    const std::string file = crawl[2] + c.bad + crawl[7];
    testing_util::StringSource source(file, 1000);
    Collected got;
    ReadWarc(source, nullptr, "bad.warc", {}, got.Sink(), nullptr);
    ASSERT_EQ(got.errors.size(), 1u);
    EXPECT_EQ(got.errors[0].code(), StatusCode::kCorrupt);
    EXPECT_NE(got.errors[0].message().find(c.message), std::string::npos)
        << got.errors[0].ToString();
    if (std::string_view(c.description) != "garbage instead of a record") {
      EXPECT_EQ(got.errors[0].where().record, 2);
      EXPECT_EQ(got.errors[0].where().offset, static_cast<std::int64_t>(crawl[2].size()));
    }
    ASSERT_EQ(got.records.size(), 2u);
    EXPECT_EQ(got.records[0].body, kPage);
    EXPECT_EQ(got.records[1].body, kSecondPage);
    EXPECT_EQ(got.records[1].offset, crawl[2].size() + c.bad.size());
  }
}

TEST(WarcReaderTest, LengthPastTheEndOfTheFile) {
  const std::string last = WarcRecord({.type = "resource",
                                       .uri = "",
                                       .content_type = "text/html",
                                       .block = kSecondPage,
                                       .length = "90000"});
  testing_util::StringSource source(
      Response("https://a.example/", Http("HTTP/1.1 200 OK", {"Content-Type: text/html"}, kPage)) +
          last,
      512);
  Collected got;
  ReadWarc(source, nullptr, "cut.warc", {}, got.Sink(), nullptr);
  ASSERT_EQ(got.records.size(), 1u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].where().record, 2);
  EXPECT_NE(got.errors[0].message().find("input ends"), std::string::npos)
      << got.errors[0].ToString();
}

TEST(WarcReaderTest, OversizedRecordIsSkippedWithoutBufferingIt) {
  const std::string big_page = "<html><body><p>" + std::string(5000, 'w') + "</p></body></html>";
  const std::string big = WarcRecord({.type = "resource",
                                      .uri = "https://a.example/big",
                                      .content_type = "text/html",
                                      .block = big_page});
  const std::string big_request = WarcRecord(
      {.type = "request", .uri = "", .content_type = "application/http", .block = big_page});
  const std::vector<std::string> crawl = Crawl();
  testing_util::StringSource source(big + big_request + crawl[7], 300);
  IngestOptions options;
  options.max_record_bytes = 1000;
  Collected got;
  ReadStats stats;
  ReadWarc(source, nullptr, "big.warc", options, got.Sink(), &stats);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].code(), StatusCode::kTooLarge);
  EXPECT_EQ(got.errors[0].where().record, 1);
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0].record, 3);
  EXPECT_EQ(stats.passed_over, 1u);
}

TEST(WarcReaderTest, BrokenHttpMessagesAreErrorsNamingTheRecord) {
  const struct {
    const char* description;
    std::string http;
    StatusCode code;
    const char* message;
  } cases[] = {
      {"headers never end", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", StatusCode::kCorrupt,
       "without an end"},
      {"bad chunk size",
       Http("HTTP/1.1 200 OK", {"Content-Type: text/html", "Transfer-Encoding: chunked"},
            "zz\r\n<p>x</p>\r\n0\r\n\r\n"),
       StatusCode::kCorrupt, "bad chunk size"},
      {"chunk cut short",
       Http("HTTP/1.1 200 OK", {"Content-Type: text/html", "Transfer-Encoding: chunked"},
            "400\r\n<p>only a little</p>"),
       StatusCode::kCorrupt, "cut short"},
      {"corrupt gzip payload",
       Http("HTTP/1.1 200 OK", {"Content-Type: text/html", "Content-Encoding: gzip"},
            Gzip(kPage).substr(0, 40)),
       StatusCode::kCorrupt, "gzip HTTP payload"},
      {"brotli",
       Http("HTTP/1.1 200 OK", {"Content-Type: text/html", "Content-Encoding: br"}, "\x1b\x03\x00"),
       StatusCode::kUnsupported, "Content-Encoding \"br\""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    const std::vector<std::string> crawl = Crawl();
    testing_util::StringSource source(
        crawl[0] + Response("https://brackwater-courier.example/x", c.http) + crawl[7], 64);
    Collected got;
    ReadWarc(source, nullptr, "http.warc", {}, got.Sink(), nullptr);
    ASSERT_EQ(got.errors.size(), 1u);
    EXPECT_EQ(got.errors[0].code(), c.code);
    EXPECT_EQ(got.errors[0].where().record, 2);
    EXPECT_NE(got.errors[0].message().find(c.message), std::string::npos)
        << got.errors[0].ToString();
    ASSERT_EQ(got.records.size(), 1u);
    EXPECT_EQ(got.records[0].record, 3);
  }
}

// Regression guard for resynchronisation: a file cut at any byte, plain or
// gzip, never loses the records before the cut, never invents one, and every
// error names the file.
TEST(WarcReaderTest, CutAtEveryLengthKeepsEarlierRecords) {
  const std::vector<std::string> crawl = Crawl();
  const std::string plain = crawl[2] + crawl[7] + crawl[2];
  const std::string gz = GzipEach({crawl[2], crawl[7], crawl[2]});
  for (const auto& [name, bytes, members] :
       {std::tuple<std::string, std::string, bool>{"cut.warc", plain, false},
        {"cut.warc.gz", gz, true}}) {
    for (std::size_t cut = 0; cut <= bytes.size(); cut += members ? 1 : 7) {
      SCOPED_TRACE(name + " cut at " + std::to_string(cut));
      testing_util::StringSource raw(bytes.substr(0, cut), 64);
      Collected got;
      if (members) {
        GzipMemberSource source(raw, 1 << 20, 32);
        ReadWarc(source, &source, name, {}, got.Sink(), nullptr);
      } else {
        ReadWarc(raw, nullptr, name, {}, got.Sink(), nullptr);
      }
      for (const Status& e : got.errors) EXPECT_EQ(e.where().input, name);
      ASSERT_LE(got.records.size(), 3u);
      for (const RawRecord& r : got.records) {
        EXPECT_EQ(r.body, r.record == 2 ? kSecondPage : kPage);
      }
      if (cut == bytes.size()) {
        EXPECT_EQ(got.records.size(), 3u);
        EXPECT_TRUE(got.errors.empty());
      } else if (!members && cut >= crawl[2].size() + crawl[7].size()) {
        EXPECT_GE(got.records.size(), 2u);
      }
    }
  }
}

TEST(WarcReaderTest, SinkCanStopTheRead) {
  const std::vector<std::string> crawl = Crawl();
  testing_util::StringSource source(crawl[2] + crawl[7] + crawl[2], 100);
  int calls = 0;
  ReadWarc(
      source, nullptr, "stop.warc", {}, [&](Result<RawRecord>) { return ++calls < 1; }, nullptr);
  EXPECT_EQ(calls, 1);
}

TEST(WarcReaderTest, FolderMixingEveryInputFormat) {
  TempDir dir;
  const std::vector<std::string> crawl = Crawl();
  dir.Write("mixed/a.html", kPage);
  dir.Write("mixed/b.html.gz", Gzip(kSecondPage));
  dir.Write("mixed/c.warc.gz", GzipEach(crawl));
  dir.Write("mixed/d.jsonl",
            R"({"maintext":"Ostmere ferry resumes.","title":"Ferry back","date_publish":)"
            R"("2026-03-01 09:00:00"})"
            "\n");
  dir.Write("mixed/e.txt", "Brackwater tide gates stay shut.\n");
  dir.Write("mixed/notes.md", "not an article");
  InputPlan plan = ExpandInputs({dir / "mixed"});
  EXPECT_EQ(plan.files.size(), 5u);
  EXPECT_EQ(plan.skipped.size(), 1u);
  std::vector<std::string> formats;
  ReadStats stats;
  for (const std::string& file : plan.files) {
    ReadInput(
        file, {},
        [&](Result<RawRecord> r) {
          EXPECT_TRUE(r.ok()) << r.status().ToString();
          if (r.ok()) formats.push_back(r->format);
          return true;
        },
        &stats);
  }
  EXPECT_EQ(formats, (std::vector<std::string>{"html", "html", "warc", "warc", "jsonl", "text"}));
  EXPECT_EQ(stats.passed_over, 8u);
}

}  // namespace
}  // namespace crosscheck
