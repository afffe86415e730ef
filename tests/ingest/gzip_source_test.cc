#include "ingest/gzip_source.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "reader_test_util.h"

namespace crosscheck {
namespace {

using testing_util::Gzip;
using testing_util::StringSource;

struct Drained {
  std::string bytes;
  Status status;
};

Drained Drain(const std::string& compressed, std::size_t in_step, std::size_t out_step,
              std::size_t chunk = 256 << 10) {
  StringSource raw(compressed, in_step);
  GzipSource gz(raw, chunk);
  Drained d;
  std::string buffer(out_step, '\0');
  for (;;) {
    Result<std::size_t> n = gz.Read(buffer.data(), buffer.size());
    if (!n.ok()) {
      d.status = n.status();
      return d;
    }
    if (*n == 0) return d;
    d.bytes.append(buffer.data(), *n);
  }
}

std::string SampleText(std::size_t lines) {
  std::string text;
  for (std::size_t i = 0; i < lines; ++i) {
    text += "Line " + std::to_string(i) + ": the Harbourgate ferry ran " +
            std::to_string(i * 7 % 13) + " minutes late.\n";
  }
  return text;
}

TEST(GzipSourceTest, DecompressesWholeStreamsWhateverTheChunking) {
  const std::string text = SampleText(2000);
  const struct {
    const char* description;
    std::string compressed;
    std::string want;
    std::size_t in_step, out_step, chunk;
  } cases[] = {
      {"one member, big reads", Gzip(text), text, 1 << 20, 1 << 20, 256 << 10},
      {"one member, 1-byte input reads", Gzip(text), text, 1, 4096, 7},
      {"one member, 1-byte output reads", Gzip(text), text, 4096, 1, 256 << 10},
      {"two members concatenated", Gzip("first part\n") + Gzip("second part\n"),
       "first part\nsecond part\n", 3, 5, 2},
      {"member of nothing", Gzip(""), "", 4096, 4096, 256 << 10},
      {"NUL padding after the member", Gzip("padded\n") + std::string(512, '\0'), "padded\n", 100,
       100, 64},
      {"no bytes at all", "", "", 4096, 4096, 256 << 10},
      {"stored (level 0)", Gzip(text, 0), text, 1000, 333, 4096},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    Drained d = Drain(c.compressed, c.in_step, c.out_step, c.chunk);
    EXPECT_TRUE(d.status.ok()) << d.status.ToString();
    EXPECT_EQ(d.bytes, c.want);
  }
}

TEST(GzipSourceTest, TruncatedStreamDeliversPrefixThenCorrupt) {
  const std::string text = SampleText(3000);
  const std::string full = Gzip(text);
  for (std::size_t cut : {std::size_t{1}, std::size_t{10}, full.size() / 3, full.size() / 2,
                          full.size() - 8, full.size() - 1}) {
    SCOPED_TRACE("cut at " + std::to_string(cut) + " of " + std::to_string(full.size()));
    Drained d = Drain(full.substr(0, cut), 4096, 4096, 1024);
    ASSERT_FALSE(d.status.ok());
    EXPECT_EQ(d.status.code(), StatusCode::kCorrupt);
    EXPECT_NE(d.status.message().find("truncated gzip stream"), std::string::npos)
        << d.status.message();
    EXPECT_NE(d.status.message().find("compressed byte " + std::to_string(cut)), std::string::npos)
        << d.status.message();
    EXPECT_EQ(d.status.where().offset, static_cast<std::int64_t>(d.bytes.size()));
    EXPECT_EQ(text.compare(0, d.bytes.size(), d.bytes), 0) << "delivered bytes must be a prefix";
  }
}

TEST(GzipSourceTest, DamagedStreamIsCorrupt) {
  const std::string text = SampleText(500);
  std::string flipped = Gzip(text);
  flipped[flipped.size() - 6] ^= 0x55;  // inside the CRC/length trailer
  std::string bad_block = Gzip(text);
  bad_block[12] = '\xff';  // reserved block type inside the deflate data
  const struct {
    const char* description;
    std::string compressed;
  } cases[] = {
      {"not gzip at all", "Plain words, not compressed.\n"},
      {"checksum mismatch", flipped},
      {"invalid deflate block", bad_block},
      {"garbage after a member", Gzip("ok\n") + "trailing words"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    Drained d = Drain(c.compressed, 4096, 4096);
    ASSERT_FALSE(d.status.ok());
    EXPECT_EQ(d.status.code(), StatusCode::kCorrupt) << d.status.ToString();
    EXPECT_NE(d.status.message().find("compressed byte"), std::string::npos);
  }
}

}  // namespace
}  // namespace crosscheck
