#include "store/offset_map_codec.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace crosscheck::store {
namespace {

// Every offset maps the same way through both maps.
void ExpectSameMapping(const OffsetMap& want, const OffsetMap& got) {
  ASSERT_EQ(got.output_size(), want.output_size());
  ASSERT_EQ(got.input_size(), want.input_size());
  for (std::uint64_t i = 0; i <= want.output_size(); ++i) {
    EXPECT_EQ(got.ToInput(i), want.ToInput(i)) << "offset " << i;
    EXPECT_EQ(got.ToInputEnd(i), want.ToInputEnd(i)) << "end " << i;
  }
}

void ExpectSameSegments(const OffsetMap& want, const OffsetMap& got) {
  ASSERT_EQ(got.segments().size(), want.segments().size());
  for (std::size_t i = 0; i < want.segments().size(); ++i) {
    const auto& a = want.segments()[i];
    const auto& b = got.segments()[i];
    EXPECT_EQ(a.out_start, b.out_start);
    EXPECT_EQ(a.in_start, b.in_start);
    EXPECT_EQ(a.out_len, b.out_len);
    EXPECT_EQ(a.in_len, b.in_len);
    EXPECT_EQ(a.copy, b.copy);
  }
}

TEST(OffsetMapCodecTest, TableOfMaps) {
  struct Case {
    const char* description;
    OffsetMap map;
    std::string want_bytes;  // "" to skip the byte check
  };
  const auto build = [](auto ops) {
    OffsetMap::Builder b;
    ops(b);
    return std::move(b).Build();
  };
  const std::vector<Case> cases = {
      {"empty map", OffsetMap(), std::string("\x01", 1)},
      {"identity over 5 bytes: one copy record", OffsetMap::Identity(5),
       std::string("\x01\x0b", 2)},
      {"identity over 300 bytes: a two-byte varint", OffsetMap::Identity(300),
       std::string("\x01\xd9\x04", 3)},
      {"CRLF folded", build([](auto& b) { b.Copy(1).Replace(2, 1).Copy(1); }),
       std::string("\x01\x03\x02\x02\x03", 5)},
      {"deleted line then copy", build([](auto& b) { b.Copy(3).Skip(40).Copy(2); }), ""},
      {"inserted space at start", build([](auto& b) { b.Insert(1).Copy(4); }), ""},
      {"replace with equal lengths stays a replace", build([](auto& b) { b.Replace(2, 2); }), ""},
      {"large lengths", build([](auto& b) { b.Copy(1ull << 40).Skip(1ull << 33); }), ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.description);
    const std::string bytes = EncodeOffsetMap(c.map);
    if (!c.want_bytes.empty()) {
      EXPECT_EQ(bytes, c.want_bytes);
    }
    Result<OffsetMap> back = DecodeOffsetMap(bytes);
    ASSERT_TRUE(back.ok()) << back.status().ToString();
    ExpectSameSegments(c.map, *back);
    if (c.map.output_size() < 100000) ExpectSameMapping(c.map, *back);
  }
}

TEST(OffsetMapCodecTest, RandomMapsRoundTrip) {
  std::mt19937 rng(20310412);
  for (int round = 0; round < 300; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    OffsetMap::Builder b;
    const int n = std::uniform_int_distribution<int>(0, 20)(rng);
    for (int i = 0; i < n; ++i) {
      const auto a = std::uniform_int_distribution<std::uint64_t>(0, 200)(rng);
      const auto c = std::uniform_int_distribution<std::uint64_t>(0, 5)(rng);
      if (std::uniform_int_distribution<int>(0, 1)(rng) == 0) {
        b.Copy(a);
      } else {
        b.Replace(a % 7, c);
      }
    }
    const OffsetMap map = std::move(b).Build();
    Result<OffsetMap> back = DecodeOffsetMap(EncodeOffsetMap(map));
    ASSERT_TRUE(back.ok()) << back.status().ToString();
    ExpectSameSegments(map, *back);
    ExpectSameMapping(map, *back);
  }
}

TEST(OffsetMapCodecTest, MalformedBytesAreCorrupt) {
  struct Case {
    const char* description;
    std::string bytes;
  };
  const std::vector<Case> cases = {
      {"empty", ""},
      {"unknown version", std::string("\x02\x03", 2)},
      {"truncated varint", std::string("\x01\x83", 2)},
      {"replace without its input length", std::string("\x01\x02", 2)},
      {"varint longer than 64 bits",
       std::string("\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 11)},
      // Regression (fuzz_offset_map_codec): a copy of ~2^62 bytes after a
      // short one overflowed `out_len << 1` when the map was encoded again.
      {"regression: copy lengths past 256 TiB",
       std::string("\x01\x03\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 12)},
      {"replace input length past 256 TiB",
       std::string("\x01\x02\xff\xff\xff\xff\xff\xff\xff\x7f", 10)},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.description);
    Result<OffsetMap> back = DecodeOffsetMap(c.bytes);
    ASSERT_FALSE(back.ok());
    EXPECT_EQ(back.status().code(), StatusCode::kCorrupt);
  }
}

}  // namespace
}  // namespace crosscheck::store
