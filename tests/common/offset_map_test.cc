#include "crosscheck/offset_map.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace crosscheck {
namespace {

TEST(OffsetMapTest, IdentityMapsEachByteToItself) {
  OffsetMap m = OffsetMap::Identity(10);
  EXPECT_TRUE(m.is_identity());
  for (std::uint64_t i = 0; i <= 10; ++i) EXPECT_EQ(m.ToInput(i), i);
  EXPECT_EQ(m.ToInputEnd(10), 10u);
}

struct Case {
  const char* description;
  std::vector<std::pair<int, int>> ops;  // (in_len, out_len); equal and >0 with copy flag below
  std::vector<bool> copy;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> starts;  // out -> in (start-biased)
  std::vector<std::pair<std::uint64_t, std::uint64_t>> ends;    // out end -> in end
};

TEST(OffsetMapTest, TableOfEdits) {
  const std::vector<Case> cases = {
      {"CRLF folded to LF: 'a\\r\\nb' -> 'a\\nb'",
       {{1, 1}, {2, 1}, {1, 1}},
       {true, false, true},
       {{0, 0}, {1, 1}, {2, 3}, {3, 4}},
       {{1, 1}, {2, 3}, {3, 4}}},
      {"a deleted line: 'ab\\nXX\\ncd' -> 'ab\\ncd'",
       {{3, 3}, {3, 0}, {2, 2}},
       {true, false, true},
       {{0, 0}, {2, 2}, {3, 6}, {4, 7}},
       {{3, 3}, {4, 7}, {5, 8}}},
      {"an inserted space: 'a.B' -> 'a. B'",
       {{2, 2}, {0, 1}, {1, 1}},
       {true, false, true},
       {{1, 1}, {2, 2}, {3, 2}},
       {{2, 2}, {3, 2}, {4, 3}}},
      {"a two-byte character decoded from one Latin-1 byte: 'x\\xe9y' -> 'x\\u00e9y'",
       {{1, 1}, {1, 2}, {1, 1}},
       {true, false, true},
       {{1, 1}, {2, 1}, {3, 2}},
       {{2, 2}, {3, 2}, {4, 3}}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.description);
    OffsetMap::Builder b;
    for (std::size_t i = 0; i < c.ops.size(); ++i) {
      if (c.copy[i])
        b.Copy(static_cast<std::uint64_t>(c.ops[i].first));
      else
        b.Replace(static_cast<std::uint64_t>(c.ops[i].first),
                  static_cast<std::uint64_t>(c.ops[i].second));
    }
    OffsetMap m = std::move(b).Build();
    for (auto [out, in] : c.starts) EXPECT_EQ(m.ToInput(out), in) << "start " << out;
    for (auto [out, in] : c.ends) EXPECT_EQ(m.ToInputEnd(out), in) << "end " << out;
  }
}

TEST(OffsetMapTest, SpanWidensToWholeReplaceUnits) {
  OffsetMap::Builder b;  // "x" + 3 bytes -> 1 byte + "y"
  b.Copy(1).Replace(3, 1).Copy(1);
  OffsetMap m = std::move(b).Build();
  EXPECT_EQ(m.ToInput(Span{1, 2}), (Span{1, 4}));
  EXPECT_EQ(m.ToInput(Span{0, 3}), (Span{0, 5}));
}

// The slow reference: a per-output-byte array of (input start, input end).
struct Reference {
  std::vector<std::uint64_t> start, end;  // size out_len
  std::uint64_t in_size = 0;
};

Reference BuildRandom(std::mt19937& rng, OffsetMap* map) {
  OffsetMap::Builder b;
  Reference ref;
  std::uint64_t in = 0;
  const int n = std::uniform_int_distribution<int>(0, 12)(rng);
  for (int i = 0; i < n; ++i) {
    const int kind = std::uniform_int_distribution<int>(0, 3)(rng);
    const std::uint64_t a = std::uniform_int_distribution<std::uint64_t>(0, 4)(rng);
    const std::uint64_t c = std::uniform_int_distribution<std::uint64_t>(0, 4)(rng);
    if (kind == 0 || kind == 1) {
      b.Copy(a);
      for (std::uint64_t k = 0; k < a; ++k) {
        ref.start.push_back(in + k);
        ref.end.push_back(in + k + 1);
      }
      in += a;
    } else {
      b.Replace(a, c);
      for (std::uint64_t k = 0; k < c; ++k) {
        ref.start.push_back(in);
        ref.end.push_back(in + a);
      }
      in += a;
    }
  }
  ref.in_size = in;
  *map = std::move(b).Build();
  return ref;
}

bool IsCopied(const OffsetMap& m, std::uint64_t out) {
  for (const auto& s : m.segments())
    if (out >= s.out_start && out < s.out_start + s.out_len) return s.copy;
  return false;
}

TEST(OffsetMapTest, RandomMapsAgreeWithReference) {
  std::mt19937 rng(42);
  for (int round = 0; round < 2000; ++round) {
    OffsetMap m;
    Reference ref = BuildRandom(rng, &m);
    ASSERT_EQ(m.output_size(), ref.start.size());
    ASSERT_EQ(m.input_size(), ref.in_size);
    for (std::uint64_t i = 0; i < ref.start.size(); ++i) {
      ASSERT_EQ(m.ToInput(i), ref.start[i]) << "round " << round << " out " << i;
      ASSERT_EQ(m.ToInputEnd(i + 1), ref.end[i]) << "round " << round << " end " << i + 1;
    }
  }
}

TEST(OffsetMapTest, ComposedRandomMapsAgreeWithComposedReference) {
  std::mt19937 rng(7);
  int checked = 0;
  for (int round = 0; round < 4000; ++round) {
    OffsetMap inner, outer;
    Reference ri = BuildRandom(rng, &inner);
    Reference ro = BuildRandom(rng, &outer);
    if (ro.in_size != ri.start.size()) continue;  // need outer's input == inner's output
    ++checked;
    OffsetMap c = outer.Then(inner);
    ASSERT_EQ(c.output_size(), ro.start.size());
    ASSERT_EQ(c.input_size(), ri.in_size);
    for (std::uint64_t i = 0; i < ro.start.size(); ++i) {
      // A byte copied by both maps maps exactly; bytes inside replaced units
      // may map anywhere inside the unit, so they are held to monotony below.
      const std::uint64_t got = c.ToInput(i);
      const std::uint64_t mid = outer.ToInput(i);
      if (IsCopied(outer, i) && mid < inner.output_size() && IsCopied(inner, mid)) {
        ASSERT_EQ(got, inner.ToInput(mid)) << "round " << round << " out " << i;
      }
      ASSERT_GE(c.ToInputEnd(i + 1), got);
      (void)ri;
      // Always: monotone, within the input.
      ASSERT_LE(got, ri.in_size);
      if (i > 0) {
        ASSERT_LE(c.ToInput(i - 1), got);
      }
    }
  }
  EXPECT_GT(checked, 100);
}

TEST(OffsetMapTest, ThenWithIdentityKeepsTheMap) {
  OffsetMap::Builder b;
  b.Copy(3).Skip(4).Copy(2).Insert(1).Copy(1);
  OffsetMap m = std::move(b).Build();
  OffsetMap c = m.Then(OffsetMap::Identity(m.input_size()));
  for (std::uint64_t i = 0; i <= m.output_size(); ++i) EXPECT_EQ(c.ToInput(i), m.ToInput(i));
  OffsetMap d = OffsetMap::Identity(m.output_size()).Then(m);
  for (std::uint64_t i = 0; i <= m.output_size(); ++i) EXPECT_EQ(d.ToInput(i), m.ToInput(i));
}

}  // namespace
}  // namespace crosscheck
