#include "ingest/read_ahead_source.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "reader_test_util.h"

namespace crosscheck {
namespace {

using testing_util::StringSource;

std::string Pattern(std::size_t n) {
  std::string s(n, '\0');
  for (std::size_t i = 0; i < n; ++i) s[i] = static_cast<char>('a' + (i * 7 + i / 13) % 26);
  return s;
}

TEST(ReadAheadSourceTest, DeliversTheInnerBytesThenItsEndOrFailure) {
  const struct {
    const char* description;
    std::size_t size, inner_step, chunk, depth, out_step;
    bool fail;
  } cases[] = {
      {"empty, clean end", 0, 10, 16, 2, 7, false},
      {"empty, immediate failure", 0, 10, 16, 2, 7, true},
      {"many small chunks", 10000, 3, 16, 2, 7, false},
      {"large reads", 300000, 65536, 1 << 20, 4, 100000, false},
      {"bytes then failure", 5000, 64, 100, 1, 33, true},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    const std::string want = Pattern(c.size);
    StringSource inner(want, c.inner_step, c.fail ? Status::Corrupt("damaged here") : Status::Ok());
    ReadAheadSource ahead(inner, c.chunk, c.depth);
    std::string got;
    Status status;
    std::string buffer(c.out_step, '\0');
    for (;;) {
      Result<std::size_t> n = ahead.Read(buffer.data(), buffer.size());
      if (!n.ok()) {
        status = n.status();
        break;
      }
      if (*n == 0) break;
      got.append(buffer.data(), *n);
    }
    EXPECT_EQ(got, want);
    EXPECT_EQ(status.ok(), !c.fail) << status.ToString();
    if (c.fail) {
      EXPECT_EQ(status.code(), StatusCode::kCorrupt);
      // The failure repeats; it is not turned into an end.
      EXPECT_FALSE(ahead.Read(buffer.data(), buffer.size()).ok());
    } else {
      EXPECT_EQ(*ahead.Read(buffer.data(), buffer.size()), 0u);
    }
  }
}

TEST(ReadAheadSourceTest, StopsEarlyWhenDestroyedUnread) {
  StringSource inner(Pattern(1 << 20), 1000);
  {
    ReadAheadSource ahead(inner, 1000, 2);
    char byte;
    ASSERT_EQ(*ahead.Read(&byte, 1), 1u);
  }  // must not hang, and must not read the whole input
  EXPECT_LT(inner.reads(), 100);
}

}  // namespace
}  // namespace crosscheck
