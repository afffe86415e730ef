#include "ingest/gzip_member_source.h"

#include <gtest/gtest.h>

#include <string>

#include "reader_test_util.h"

namespace crosscheck {
namespace {

using testing_util::Gzip;
using testing_util::StringSource;

// Reads everything, recovering after each damaged member; returns the bytes
// and counts the failures.
std::string Drain(GzipMemberSource& source, int* failures, std::size_t step = 7) {
  std::string out;
  char buf[64];
  for (int guard = 0; guard < 100000; ++guard) {
    Result<std::size_t> n = source.Read(buf, std::min(step, sizeof buf));
    if (!n.ok()) {
      ++*failures;
      EXPECT_EQ(n.status().code(), StatusCode::kCorrupt) << n.status().ToString();
      if (!source.Recover().ok()) break;
      continue;
    }
    if (*n == 0) break;
    out.append(buf, *n);
  }
  return out;
}

TEST(GzipMemberSourceTest, ReadsMembersAndRecoversFromDamage) {
  const std::string a = "WARC/1.1\r\nfirst member of the Halvenport crawl\r\n";
  const std::string b = "WARC/1.1\r\nsecond member, cut short\r\n" + std::string(500, 'q');
  const std::string c = "WARC/1.1\r\nthird member\r\n";
  std::string cut = Gzip(b);
  cut.resize(cut.size() / 2);
  const struct {
    const char* description;
    std::string bytes;
    std::string want;  // what must come out after the damage is skipped
    int failures;
  } cases[] = {
      {"intact members with NUL padding", Gzip(a) + std::string(4, '\0') + Gzip(c), a + c, 0},
      {"truncated member in the middle", Gzip(a) + cut + Gzip(c), a + c, 1},
      {"truncated last member", Gzip(a) + cut, a, 1},
      {"bytes that are not gzip between members", Gzip(a) + "not gzip at all" + Gzip(c), a + c, 1},
      {"nothing", "", "", 0},
  };
  for (const auto& k : cases) {
    SCOPED_TRACE(k.description);
    for (std::size_t chunk : {std::size_t{3}, std::size_t{4096}}) {
      StringSource raw(k.bytes, 5);
      GzipMemberSource source(raw, 1 << 20, chunk);
      int failures = 0;
      std::string got = Drain(source, &failures);
      EXPECT_EQ(failures, k.failures);
      // A damaged member may have delivered some of its bytes before failing.
      if (k.failures == 0) {
        EXPECT_EQ(got, k.want);
      } else {
        EXPECT_EQ(got.substr(0, a.size()), a);
        EXPECT_TRUE(got.size() >= k.want.size() - a.size() + a.size());
        EXPECT_EQ(got.substr(got.size() - (k.want.size() - a.size())), k.want.substr(a.size()));
      }
    }
  }
}

TEST(GzipMemberSourceTest, FailureNamesTheMemberAndOffsets) {
  const std::string a = "first record bytes\n";
  std::string cut = Gzip("second record bytes, long enough to cut\n");
  cut.resize(cut.size() - 12);
  const std::string bytes = Gzip(a) + cut;
  StringSource raw(bytes, 1000);
  GzipMemberSource source(raw, 1 << 20);
  std::string out;
  Status failure;
  char buf[256];
  for (;;) {
    Result<std::size_t> n = source.Read(buf, sizeof buf);
    if (!n.ok()) {
      failure = n.status();
      break;
    }
    if (*n == 0) break;
    out.append(buf, *n);
  }
  ASSERT_FALSE(failure.ok());
  EXPECT_NE(failure.message().find("member starting at compressed byte " +
                                   std::to_string(Gzip(a).size())),
            std::string::npos)
      << failure.ToString();
  EXPECT_EQ(failure.where().offset, static_cast<std::int64_t>(out.size()));
  EXPECT_TRUE(source.Recover().ok());
  Result<std::size_t> end = source.Read(buf, sizeof buf);
  ASSERT_TRUE(end.ok());
  EXPECT_EQ(*end, 0u);
}

TEST(GzipMemberSourceTest, SourceFailureIsNotRecoverable) {
  StringSource raw(Gzip("some bytes\n").substr(0, 8), 100, Status::IoError("disk went away"));
  GzipMemberSource source(raw, 1 << 20);
  char buf[64];
  Result<std::size_t> n = source.Read(buf, sizeof buf);
  while (n.ok() && *n > 0) n = source.Read(buf, sizeof buf);
  ASSERT_FALSE(n.ok());
  EXPECT_EQ(n.status().code(), StatusCode::kIoError);
  EXPECT_FALSE(source.Recover().ok());
}

}  // namespace
}  // namespace crosscheck
