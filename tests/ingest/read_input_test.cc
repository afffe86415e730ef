// ReadInput / ReadStream over real files in a temporary folder: every bad
// input the product promises to survive yields an error naming the file (and
// record and offset where they apply), and the run goes on.
#include "ingest/read_input.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <sstream>
#include <string>

#include "common/hash.h"
#include "crosscheck/ingest.h"
#include "reader_test_util.h"

namespace crosscheck {
namespace {

using testing_util::Collected;
using testing_util::Gzip;
using testing_util::ReadAll;
using testing_util::TempDir;

constexpr char kArticle[] =
    "Harbourgate council votes to keep night ferry\n"
    "\n"
    "Councillor Mira Kestrel said the vote was \"a relief for shift workers\".\n";

std::string JsonLine(int i) {
  return R"({"source":"Tidewater Ledger","title":"Item )" + std::to_string(i) +
         R"(","content_original":"Story number )" + std::to_string(i) + R"( about the ferry."})";
}

TEST(ReadInputTest, PlainTextIsOneRecord) {
  TempDir dir;
  std::string path = dir.Write("ledger/ferry.txt", kArticle);
  Collected c = ReadAll(path);
  ASSERT_TRUE(c.errors.empty()) << c.errors[0].ToString();
  ASSERT_EQ(c.records.size(), 1u);
  const RawRecord& r = c.records[0];
  EXPECT_EQ(r.body, kArticle);
  EXPECT_EQ(r.path, path);
  EXPECT_EQ(r.record, -1);
  EXPECT_EQ(r.offset, 0u);
  EXPECT_EQ(r.format, "text");
  EXPECT_EQ(r.input_hash, Hash64(kArticle));
  EXPECT_EQ(r.Origin(), path);
}

TEST(ReadInputTest, JsonLinesRecordsAndBrokenLinesInOrder) {
  TempDir dir;
  std::string text = JsonLine(1) + "\n" +                         // 1: ok
                     "\n" +                                       // 2: blank, skipped
                     R"({"content_original": "cut off)" + "\n" +  // 3: broken JSON
                     "[1, 2]\n" +                                 // 4: not an object
                     R"({"title":"no body"})" + "\r\n" +          // 5: no body
                     "{\"text\":\"bad \xFF byte\"}\n" +           // 6: invalid UTF-8
                     JsonLine(7) + "\n" +                         // 7: ok
                     JsonLine(8);                                 // 8: ok, no final newline
  std::string path = dir.Write("feed.jsonl", text);
  Collected c = ReadAll(path);
  ASSERT_EQ(c.records.size(), 3u);
  EXPECT_EQ(c.records[0].record, 1);
  EXPECT_EQ(c.records[0].offset, 0u);
  EXPECT_EQ(c.records[0].input_hash, Hash64(JsonLine(1)));
  EXPECT_EQ(c.records[0].title, "Item 1");
  EXPECT_EQ(c.records[0].outlet, "Tidewater Ledger");
  EXPECT_EQ(c.records[1].record, 7);
  EXPECT_EQ(c.records[1].offset, text.find(JsonLine(7)));
  EXPECT_EQ(c.records[2].record, 8);
  EXPECT_EQ(c.records[2].body, "Story number 8 about the ferry.");
  ASSERT_EQ(c.errors.size(), 4u);
  const struct {
    std::int64_t record;
    StatusCode code;
  } want[] = {{3, StatusCode::kCorrupt},
              {4, StatusCode::kInvalidArgument},
              {5, StatusCode::kInvalidArgument},
              {6, StatusCode::kCorrupt}};
  for (std::size_t i = 0; i < 4; ++i) {
    SCOPED_TRACE(c.errors[i].ToString());
    EXPECT_EQ(c.errors[i].where().input, path);
    EXPECT_EQ(c.errors[i].where().record, want[i].record);
    EXPECT_EQ(c.errors[i].code(), want[i].code);
    EXPECT_GE(c.errors[i].where().offset, 0);
  }
  EXPECT_EQ((std::vector<bool>{false, true, true, true, true, false, false}), c.is_error);
}

TEST(ReadInputTest, BadFilesYieldOneErrorNamingTheFile) {
  TempDir dir;
  std::string article_gz = Gzip(std::string(kArticle) + std::string(20000, 'w'));
  const struct {
    const char* description;
    std::string name;  // written in the temp folder unless empty content is -1
    std::string content;
    StatusCode code;
    const char* message_part;
  } cases[] = {
      {"empty file", "empty.txt", "", StatusCode::kInvalidArgument, "empty input"},
      {"white space only", "blank.txt", " \n\t\r\n  \n", StatusCode::kInvalidArgument,
       "empty input"},
      {"byte-order mark and spaces only", "bom.txt", "\xEF\xBB\xBF  \n",
       StatusCode::kInvalidArgument, "empty input"},
      {"empty JSON Lines file", "empty.jsonl", "\n\n", StatusCode::kInvalidArgument, "empty input"},
      {"empty gzip member", "empty.txt.gz", Gzip(""), StatusCode::kInvalidArgument, "empty input"},
      {"truncated .txt.gz", "cut.txt.gz", article_gz.substr(0, article_gz.size() / 2),
       StatusCode::kCorrupt, "truncated gzip stream"},
      {"not really gzip", "fake.txt.gz", "words, not gzip\n", StatusCode::kCorrupt,
       "corrupt gzip stream"},
      {"empty HTML page", "page.html", "\xEF\xBB\xBF \n", StatusCode::kInvalidArgument,
       "empty input"},
      {"truncated .html.gz", "page.html.gz", Gzip("<html><p>Ferry</p></html>").substr(0, 12),
       StatusCode::kCorrupt, "truncated gzip stream"},
      {"WARC that is not WARC", "crawl.warc", "x", StatusCode::kCorrupt,
       "expected a WARC record header"},
      {"empty WARC", "crawl.warc.gz", Gzip(""), StatusCode::kInvalidArgument, "no WARC records"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    std::string path = dir.Write(c.name, c.content);
    Collected got = ReadAll(path);
    EXPECT_TRUE(got.records.empty());
    ASSERT_EQ(got.errors.size(), 1u);
    EXPECT_EQ(got.errors[0].code(), c.code) << got.errors[0].ToString();
    EXPECT_EQ(got.errors[0].where().input, path);
    EXPECT_NE(got.errors[0].message().find(c.message_part), std::string::npos)
        << got.errors[0].message();
    EXPECT_EQ(got.errors[0].ToString().rfind(path, 0), 0u) << "message starts with the path";
  }
}

TEST(ReadInputTest, PathsThatAreNotFiles) {
  TempDir dir;
  std::string fifo = dir / "wire.txt";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string folder = dir / "folder.txt";
  std::filesystem::create_directories(folder);
  const struct {
    const char* description;
    std::string path;
    StatusCode code;
  } cases[] = {
      {"missing file", dir / "nowhere.txt", StatusCode::kNotFound},
      {"FIFO is refused without blocking", fifo, StatusCode::kUnsupported},
      {"a folder", folder, StatusCode::kIoError},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    Collected got = ReadAll(c.path);
    ASSERT_EQ(got.errors.size(), 1u);
    EXPECT_EQ(got.errors[0].code(), c.code) << got.errors[0].ToString();
    EXPECT_EQ(got.errors[0].where().input, c.path);
  }
}

TEST(ReadInputTest, UnreadablePermissionsStillReadByRoot) {
  TempDir dir;
  std::string path = dir.Write("locked.txt", kArticle);
  ASSERT_EQ(::chmod(path.c_str(), 0), 0);
  Collected got = ReadAll(path);
  if (::geteuid() == 0) {
    ASSERT_EQ(got.records.size(), 1u);
    EXPECT_EQ(got.records[0].body, kArticle);
  } else {
    ASSERT_EQ(got.errors.size(), 1u);
    EXPECT_EQ(got.errors[0].code(), StatusCode::kIoError);
    EXPECT_NE(got.errors[0].message().find("ermission"), std::string::npos);
  }
}

TEST(ReadInputTest, FiftyMegabytesWithoutNewlineFailsFast) {
  TempDir dir;
  std::string path = dir / "one-line.txt";
  {
    std::string block(1 << 20, 'z');
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < 50; ++i)
      out.write(block.data(), static_cast<std::streamsize>(block.size()));
  }
  const struct {
    const char* description;
    IngestOptions options;
    const char* message_part;
  } cases[] = {
      {"default limits: over the record limit, known from its size", IngestOptions{},
       "input of 52428800 bytes exceeds the 16777216-byte record limit"},
      {"record limit raised: the line limit catches it",
       IngestOptions{.max_record_bytes = 64u << 20},
       "line of 52428800 bytes at offset 0 exceeds the 1048576-byte line limit"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    auto start = std::chrono::steady_clock::now();
    Collected got = ReadAll(path, c.options);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_EQ(got.errors.size(), 1u);
    EXPECT_EQ(got.errors[0].code(), StatusCode::kTooLarge);
    EXPECT_NE(got.errors[0].message().find(c.message_part), std::string::npos)
        << got.errors[0].message();
    EXPECT_LT(seconds, 2.0);
  }
}

TEST(ReadInputTest, StreamedLimitsStopEarly) {
  TempDir dir;
  std::string lines;
  for (int i = 0; i < 400; ++i)
    lines += "A short line of the Kite Wire report, number " + std::to_string(i) + ".\n";
  std::string no_newline(3 << 20, 'k');
  const struct {
    const char* description;
    std::string name;
    std::string content;
    IngestOptions options;
    const char* message_part;
  } cases[] = {
      {"compressed text over the record limit", "big.txt.gz", Gzip(lines),
       IngestOptions{.max_record_bytes = 4096}, "input of more than 4096 bytes exceeds"},
      {"compressed text with one 3 MB line", "line.txt.gz", Gzip("Head\n" + no_newline),
       IngestOptions{}, "line of 3145728 bytes at offset 5 exceeds the 1048576-byte line limit"},
      {"line longer than the record limit is reported as such", "line2.txt.gz",
       Gzip("Head\n" + no_newline), IngestOptions{.max_record_bytes = 2u << 20},
       "line of more than"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    std::string path = dir.Write(c.name, c.content);
    Collected got = ReadAll(path, c.options);
    ASSERT_EQ(got.errors.size(), 1u);
    EXPECT_EQ(got.errors[0].code(), StatusCode::kTooLarge);
    EXPECT_NE(got.errors[0].message().find(c.message_part), std::string::npos)
        << got.errors[0].message();
  }
}

TEST(ReadInputTest, OverLongJsonLineIsSkipped) {
  TempDir dir;
  std::string big = R"({"text":")" + std::string(10000, 'b') + R"("})";
  std::string path =
      dir.Write("mixed.ndjson", JsonLine(1) + "\n" + big + "\n" + JsonLine(3) + "\n");
  Collected got = ReadAll(path, IngestOptions{.max_record_bytes = 4096});
  ASSERT_EQ(got.records.size(), 2u);
  EXPECT_EQ(got.records[1].record, 3);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].code(), StatusCode::kTooLarge);
  EXPECT_EQ(got.errors[0].where().record, 2);
  EXPECT_EQ(got.errors[0].where().offset, static_cast<std::int64_t>(JsonLine(1).size() + 1));
  EXPECT_NE(got.errors[0].message().find("record of 10011 bytes"), std::string::npos)
      << got.errors[0].message();
}

TEST(ReadInputTest, TruncatedJsonLinesGzipDeliversRecordsBeforeTheCut) {
  TempDir dir;
  std::string text;
  for (int i = 1; i <= 3000; ++i) text += JsonLine(i) + "\n";
  std::string gz = Gzip(text);
  std::string path = dir.Write("cut.jsonl.gz", gz.substr(0, gz.size() * 2 / 3));
  Collected got = ReadAll(path);
  ASSERT_EQ(got.errors.size(), 1u);
  ASSERT_FALSE(got.records.empty());
  EXPECT_TRUE(got.is_error.back()) << "the error comes last";
  const Status& e = got.errors[0];
  EXPECT_EQ(e.code(), StatusCode::kCorrupt);
  EXPECT_EQ(e.where().input, path);
  EXPECT_EQ(e.where().record, static_cast<std::int64_t>(got.records.size()) + 1);
  EXPECT_NE(e.message().find("truncated gzip stream"), std::string::npos) << e.message();
  EXPECT_GT(e.where().offset, static_cast<std::int64_t>(got.records.back().offset));
  for (std::size_t i = 0; i < got.records.size(); ++i) {
    ASSERT_EQ(got.records[i].record, static_cast<std::int64_t>(i) + 1);
    ASSERT_EQ(got.records[i].title, "Item " + std::to_string(i + 1));
  }
  EXPECT_GT(got.records.size(), 1000u);
  EXPECT_LT(got.records.size(), 3000u);
}

TEST(ReadInputTest, LargeTruncatedJsonLinesGzipReadAhead) {
  // Over 1 MiB compressed, so inflation runs on the read-ahead thread.
  TempDir dir;
  std::string text;
  std::uint64_t state = 12345;
  int lines = 0;
  while (text.size() < (5u << 19)) {
    std::string words;
    for (int w = 0; w < 60; ++w) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      words += static_cast<char>('a' + (state >> 33) % 26);
      words += static_cast<char>('a' + (state >> 40) % 26);
      words += static_cast<char>('a' + (state >> 47) % 26);
      words += ' ';
    }
    text += R"({"title":"Item )" + std::to_string(++lines) + R"(","text":")" + words + "\"}\n";
  }
  std::string gz = Gzip(text, /*level=*/1);
  ASSERT_GT(gz.size(), 1u << 20);
  std::string path = dir.Write("big.jsonl.gz", gz.substr(0, gz.size() - 1000));
  Collected got = ReadAll(path);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].code(), StatusCode::kCorrupt);
  EXPECT_TRUE(got.is_error.back());
  EXPECT_EQ(got.errors[0].where().record, static_cast<std::int64_t>(got.records.size()) + 1);
  EXPECT_GT(got.records.size(), static_cast<std::size_t>(lines) * 9 / 10);
  for (std::size_t i = 0; i < got.records.size(); ++i) {
    ASSERT_EQ(got.records[i].title, "Item " + std::to_string(i + 1));
  }
  // The same file whole reads cleanly.
  path = dir.Write("whole.jsonl.gz", gz);
  got = ReadAll(path);
  EXPECT_TRUE(got.errors.empty());
  EXPECT_EQ(got.records.size(), static_cast<std::size_t>(lines));
}

TEST(ReadInputTest, MultiMemberGzipJsonLines) {
  TempDir dir;
  std::string path = dir.Write(
      "two.jsonl.gz", Gzip(JsonLine(1) + "\n" + JsonLine(2) + "\n") + Gzip(JsonLine(3) + "\n"));
  Collected got = ReadAll(path);
  ASSERT_TRUE(got.errors.empty());
  ASSERT_EQ(got.records.size(), 3u);
  EXPECT_EQ(got.records[2].record, 3);
  EXPECT_EQ(got.records[2].offset, 2 * (JsonLine(1).size() + 1));
}

TEST(ReadInputTest, SinkCanStopTheRead) {
  TempDir dir;
  std::string path =
      dir.Write("three.jsonl", JsonLine(1) + "\n" + JsonLine(2) + "\n" + JsonLine(3));
  int calls = 0;
  ReadInput(path, {}, [&](Result<RawRecord>) { return ++calls < 2; });
  EXPECT_EQ(calls, 2);
}

TEST(ReadStreamTest, SniffsStandardInput) {
  const std::string jsonl = JsonLine(1) + "\n" + JsonLine(2) + "\n";
  const struct {
    const char* description;
    std::string input;
    const char* format;  // of every record, "" when an error is expected
    std::size_t records;
  } cases[] = {
      {"JSON Lines", jsonl, "jsonl", 2},
      {"JSON Lines after blank lines and a BOM", "\xEF\xBB\xBF\n  \n" + jsonl, "jsonl", 2},
      {"plain text", kArticle, "text", 1},
      {"text starting with a bracket is text", "[Update] The ferry runs tonight.\n", "text", 1},
      {"gzip JSON Lines", Gzip(jsonl), "jsonl", 2},
      {"gzip plain text", Gzip(kArticle), "text", 1},
      {"HTML with a doctype", "\xEF\xBB\xBF\n<!DOCTYPE html>\n<html><p>Ferry</p></html>", "html",
       1},
      {"HTML without a doctype", "  <HTML lang=\"en\"><p>Ferry</p></HTML>", "html", 1},
      {"XHTML with an XML declaration",
       "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"></html>", "html", 1},
      {"a fragment is text", "<p>Ferry</p>\n", "text", 1},
      {"gzip HTML", Gzip("<!doctype html><title>Ferry</title>"), "html", 1},
      {"WARC",
       "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\n"
       "Content-Length: 12\r\n\r\n<p>Ferry</p>\r\n\r\n",
       "warc", 1},
      {"empty", "", "", 0},
      {"truncated gzip", Gzip(kArticle).substr(0, 20), "", 0},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    std::istringstream in(c.input, std::ios::binary);
    IstreamSource source(in);
    Collected got;
    ReadStream(source, "-", {}, got.Sink());
    ASSERT_EQ(got.records.size(), c.records);
    for (const RawRecord& r : got.records) {
      EXPECT_EQ(r.format, c.format);
      EXPECT_EQ(r.path, "-");
      const bool html =
          std::string_view(c.format) == "html" || std::string_view(c.format) == "warc";
      EXPECT_EQ(r.media_type, html ? "text/html" : "");
    }
    if (c.records == 0) {
      ASSERT_EQ(got.errors.size(), 1u);
      EXPECT_EQ(got.errors[0].where().input, "-");
    } else {
      EXPECT_TRUE(got.errors.empty()) << got.errors[0].ToString();
    }
  }
}

TEST(ReadInputTest, HtmlFilesAreOneRecordWithoutLineLimit) {
  TempDir dir;
  // A minified page: one line longer than the text line limit.
  std::string page = "<!doctype html><html><head><title>Ferry vote</title></head><body>" +
                     std::string(3000, 'x') + "</body></html>";
  IngestOptions options;
  options.max_line_bytes = 1000;
  for (const auto& [name, bytes] : {std::pair<std::string, std::string>{"ledger/ferry.html", page},
                                    {"ledger/ferry.HTM", page},
                                    {"ledger/ferry.html.gz", Gzip(page)}}) {
    SCOPED_TRACE(name);
    Collected c = ReadAll(dir.Write(name, bytes), options);
    ASSERT_TRUE(c.errors.empty()) << c.errors[0].ToString();
    ASSERT_EQ(c.records.size(), 1u);
    EXPECT_EQ(c.records[0].format, "html");
    EXPECT_EQ(c.records[0].media_type, "text/html");
    EXPECT_EQ(c.records[0].body, page);
    EXPECT_EQ(c.records[0].record, -1);
    EXPECT_EQ(c.records[0].input_hash, Hash64(page));
  }
  options.max_record_bytes = 2000;
  Collected big = ReadAll(dir / "ledger/ferry.html", options);
  ASSERT_EQ(big.errors.size(), 1u);
  EXPECT_EQ(big.errors[0].code(), StatusCode::kTooLarge);
}

TEST(ReadStreamTest, TextFromStreamKeepsBytesExactly) {
  std::string text = std::string(kArticle) + std::string(300000, 'm') + "\n";  // spans chunks
  std::istringstream in(text, std::ios::binary);
  IstreamSource source(in);
  Collected got;
  ReadStream(source, "-", {}, got.Sink());
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0].body, text);
  EXPECT_EQ(got.records[0].input_hash, Hash64(text));
}

TEST(DocumentIdTest, StableAndSensitiveToBothParts) {
  // The formula: HexDigits(Hash64(origin + '\0' + HexDigits(input_hash))).
  std::string key = std::string("a.jsonl#3") + '\0' + HexDigits(0x1234);
  EXPECT_EQ(DocumentId("a.jsonl#3", 0x1234), HexDigits(Hash64(key)));
  EXPECT_EQ(DocumentId("a.jsonl#3", 0x1234).size(), 16u);
  EXPECT_NE(DocumentId("a.jsonl#3", 0x1234), DocumentId("a.jsonl#4", 0x1234));
  EXPECT_NE(DocumentId("a.jsonl#3", 0x1234), DocumentId("a.jsonl#3", 0x1235));
}

}  // namespace
}  // namespace crosscheck
