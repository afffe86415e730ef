#include "ingest/line_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "reader_test_util.h"

namespace crosscheck {
namespace {

using testing_util::StringSource;

struct Got {
  std::string text;  // "<too long>" for skipped lines
  std::int64_t number;
  std::uint64_t offset;
  std::uint64_t length;
  bool operator==(const Got&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Got& g) {
  return os << "{" << g.text << " #" << g.number << " @" << g.offset << " len " << g.length << "}";
}

std::vector<Got> ReadLines(const std::string& input, std::size_t max_line, std::size_t step,
                           std::size_t chunk) {
  StringSource source(input, step);
  LineReader reader(source, max_line, chunk);
  std::vector<Got> out;
  Line line;
  for (;;) {
    Result<bool> more = reader.Next(&line);
    EXPECT_TRUE(more.ok()) << more.status().ToString();
    if (!more.ok() || !*more) break;
    out.push_back({line.too_long ? "<too long>" : std::string(line.text), line.number, line.offset,
                   line.length});
  }
  return out;
}

// The slow, obvious reference: split the whole string at once.
std::vector<Got> Reference(const std::string& input, std::size_t max_line) {
  std::vector<Got> out;
  std::size_t start = 0;
  std::int64_t number = 0;
  while (start < input.size()) {
    std::size_t nl = input.find('\n', start);
    std::size_t end = nl == std::string::npos ? input.size() : nl;
    std::string text = input.substr(start, end - start);
    if (nl != std::string::npos && !text.empty() && text.back() == '\r') text.pop_back();
    std::uint64_t length = text.size();
    if (length > max_line) text = "<too long>";
    out.push_back({text, ++number, start, length});
    start = nl == std::string::npos ? input.size() : nl + 1;
  }
  return out;
}

TEST(LineReaderTest, MatchesReferenceSplitForAnyChunking) {
  std::string long_line(300, 'x');
  const struct {
    const char* description;
    std::string input;
    std::size_t max_line;
  } cases[] = {
      {"empty input", "", 100},
      {"one line with newline", "alpha\n", 100},
      {"last line without newline", "alpha\nbeta", 100},
      {"blank lines kept (caller skips them)", "a\n\n\nb\n", 100},
      {"CRLF line ends", "one\r\ntwo\r\n", 100},
      {"lone CR stays in the text", "one\rtwo\n", 100},
      {"over-long line skipped, next kept", "short\n" + long_line + "\nafter\n", 100},
      {"over-long last line without newline", "short\n" + long_line, 100},
      {"line exactly at the limit is kept", std::string(100, 'y') + "\nz\n", 100},
      {"long lines near the limit", std::string(99, 'a') + "\n" + std::string(101, 'b') + "\n",
       100},
  };
  for (const auto& c : cases) {
    for (std::size_t step : {1, 3, 64, 4096}) {
      for (std::size_t chunk : {16, 50, 4096}) {
        SCOPED_TRACE(std::string(c.description) + " step " + std::to_string(step) + " chunk " +
                     std::to_string(chunk));
        EXPECT_EQ(ReadLines(c.input, c.max_line, step, chunk), Reference(c.input, c.max_line));
      }
    }
  }
}

TEST(LineReaderTest, BufferStaysBoundedOnHugeLine) {
  // 8 MB on one line with a 1 KB limit: read through a 4 KB chunk, reported, not kept.
  std::string input = "first\n" + std::string(8 << 20, 'q') + "\nlast\n";
  StringSource source(input, 1 << 16);
  LineReader reader(source, 1024, 4096);
  Line line;
  ASSERT_TRUE(*reader.Next(&line));
  EXPECT_EQ(line.text, "first");
  ASSERT_TRUE(*reader.Next(&line));
  EXPECT_TRUE(line.too_long);
  EXPECT_EQ(line.length, 8u << 20);
  EXPECT_EQ(line.offset, 6u);
  ASSERT_TRUE(*reader.Next(&line));
  EXPECT_EQ(line.text, "last");
  EXPECT_EQ(line.number, 3);
  EXPECT_EQ(line.offset, 6u + (8u << 20) + 1);
}

TEST(LineReaderTest, SourceFailureNamesTheLineInProgress) {
  StringSource source("one\ntwo\nthr", 4, Status::IoError("disk went away"));
  LineReader reader(source, 100, 16);
  Line line;
  ASSERT_TRUE(*reader.Next(&line));
  ASSERT_TRUE(*reader.Next(&line));
  EXPECT_EQ(line.text, "two");
  Result<bool> more = reader.Next(&line);
  ASSERT_FALSE(more.ok());
  EXPECT_EQ(more.status().code(), StatusCode::kIoError);
  EXPECT_EQ(more.status().where().record, 3);
}

}  // namespace
}  // namespace crosscheck
