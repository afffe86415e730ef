// MinHash and LSH banding against the exact reference: the signature's
// Jaccard estimate stays within four standard errors of ExactJaccard over a
// table of set pairs of known overlap, and LSH candidates follow the banding
// curve (every pair at J >= 0.5 found, pairs sharing nothing never).
#include "corpus/dup_minhash.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

namespace crosscheck::corpus {
namespace {

// Two sets of `size` elements sharing `shared` of them (hash-like values).
std::pair<std::vector<std::uint64_t>, std::vector<std::uint64_t>> Sets(int size, int shared,
                                                                       std::uint64_t seed) {
  std::vector<std::uint64_t> a, b;
  std::uint64_t x = seed;
  auto next = [&x] {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    return x ^ (x >> 29);
  };
  for (int i = 0; i < shared; ++i) {
    const std::uint64_t v = next();
    a.push_back(v);
    b.push_back(v);
  }
  for (int i = shared; i < size; ++i) a.push_back(next());
  for (int i = shared; i < size; ++i) b.push_back(next());
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return {a, b};
}

TEST(MinHashTest, EstimateTracksExactJaccard) {
  struct Case {
    int size, shared;
  };
  const Case cases[] = {{400, 400}, {400, 360}, {400, 300}, {400, 200},  {400, 100},
                        {400, 40},  {400, 0},   {60, 50},   {1000, 900}, {1000, 500}};
  std::uint64_t seed = 1;
  for (const Case& c : cases) {
    const auto [a, b] = Sets(c.size, c.shared, seed++);
    const double exact = ExactJaccard(a, b);
    const double estimate = EstimateJaccard(MinHashSignature(a, 128), MinHashSignature(b, 128));
    const double error = std::sqrt(std::max(exact * (1 - exact), 0.01) / 128.0);
    EXPECT_NEAR(estimate, exact, 4 * error) << c.size << " shared " << c.shared;
  }
}

TEST(MinHashTest, ExactJaccardReference) {
  const std::vector<std::uint64_t> a = {1, 2, 3, 4}, b = {3, 4, 5, 6}, none;
  EXPECT_DOUBLE_EQ(ExactJaccard(a, b), 2.0 / 6.0);
  EXPECT_DOUBLE_EQ(ExactJaccard(a, a), 1.0);
  EXPECT_DOUBLE_EQ(ExactJaccard(a, none), 0.0);
  EXPECT_DOUBLE_EQ(ExactJaccard(none, none), 0.0);
}

TEST(MinHashTest, IdenticalSetsGiveIdenticalSignaturesAndEmptyGivesNone) {
  const auto [a, b] = Sets(200, 200, 7);
  EXPECT_EQ(MinHashSignature(a, 64), MinHashSignature(b, 64));
  EXPECT_TRUE(MinHashSignature({}, 64).empty());
  EXPECT_EQ(EstimateJaccard({}, MinHashSignature(a, 64)), 0.0);
}

TEST(MinHashTest, ContainmentOfATruncatedCopy) {
  // B is the first half of A: J = 0.5, containment of B in A = 1.
  EXPECT_NEAR(ContainmentFromJaccard(0.5, 400, 200), 1.0, 1e-9);
  EXPECT_NEAR(ContainmentFromJaccard(0.0, 400, 200), 0.0, 1e-9);
  EXPECT_NEAR(ContainmentFromJaccard(1.0, 300, 300), 1.0, 1e-9);
}

TEST(ShingleTest, ShinglesAreDistinctAndShortTextsGiveOne) {
  const std::vector<std::string_view> words = {"a", "b", "c", "a", "b", "c", "a"};
  // 3-word shingles: abc bca cab abc bca -> 3 distinct.
  EXPECT_EQ(ShingleHashes(words, 3).size(), 3u);
  const std::vector<std::string_view> two = {"flood", "wall"};
  EXPECT_EQ(ShingleHashes(two, 5).size(), 1u);
  EXPECT_TRUE(ShingleHashes({}, 5).empty());
  // Order matters inside a shingle.
  const std::vector<std::string_view> ab = {"x", "y"}, ba = {"y", "x"};
  EXPECT_NE(ShingleHashes(ab, 2), ShingleHashes(ba, 2));
}

TEST(LshTest, CandidatesFollowTheBandingCurve) {
  // 40 pairs at J ~ 0.6 and 40 disjoint pairs: LSH (64 x 2) finds every
  // similar pair and no disjoint one; each pair is reported once.
  LshIndex lsh;
  std::uint32_t item = 0;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> similar;
  for (int i = 0; i < 40; ++i) {
    const auto [a, b] = Sets(300, 225, 100 + i);  // J = 225 / 375 = 0.6
    lsh.Add(item, MinHashSignature(a, 128));
    lsh.Add(item + 1, MinHashSignature(b, 128));
    similar.emplace_back(item, item + 1);
    item += 2;
  }
  for (int i = 0; i < 40; ++i) {
    const auto [a, b] = Sets(300, 0, 900 + i);
    lsh.Add(item++, MinHashSignature(a, 128));
    lsh.Add(item++, MinHashSignature(b, 128));
  }
  std::set<std::pair<std::uint32_t, std::uint32_t>> found;
  int reports = 0;
  lsh.ForEachCandidatePair([&](std::uint32_t a, std::uint32_t b) {
    EXPECT_LT(a, b);
    found.emplace(a, b);
    ++reports;
  });
  EXPECT_EQ(reports, static_cast<int>(found.size()));
  for (const auto& p : similar) EXPECT_TRUE(found.contains(p)) << p.first;
  for (const auto& p : found) EXPECT_LT(p.first, 80u) << "a disjoint pair became a candidate";
}

TEST(LshTest, OversizedBucketsAreSkipped) {
  LshIndex lsh({.bands = 4, .rows = 2, .max_bucket = 3});
  const std::vector<std::uint32_t> same = {1, 2, 3, 4, 5, 6, 7, 8};
  for (std::uint32_t i = 0; i < 5; ++i) lsh.Add(i, same);
  int pairs = 0;
  lsh.ForEachCandidatePair([&](std::uint32_t, std::uint32_t) { ++pairs; });
  EXPECT_EQ(pairs, 0);
  EXPECT_EQ(lsh.skipped_buckets(), 4u);
}

}  // namespace
}  // namespace crosscheck::corpus
