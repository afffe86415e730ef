// WeightTable::Sum against its slow reference: the summed table must score
// every feature set as the input tables' real-valued scores added up, to within
// one quantisation step per feature, and refuse tables it cannot add.
#include "text/perceptron.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace crosscheck::text {
namespace {

constexpr int kClasses = 5;

// A table trained by random updates over `features` distinct features.
WeightTable RandomTable(std::uint64_t seed, int features, int classes = kClasses) {
  AveragedPerceptron p(classes);
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> f(0, features - 1), c(0, classes - 1);
  for (int step = 0; step < 400; ++step) {
    const std::vector<std::uint64_t> active = {FeatureHash(7, f(rng), 0),
                                               FeatureHash(7, f(rng), 0)};
    p.Update(active, c(rng), c(rng));
    p.Tick();
  }
  return p.Finalize(0.0f);
}

std::vector<double> RealScores(const WeightTable& t, const std::vector<std::uint64_t>& features) {
  std::vector<std::int32_t> q(t.classes(), 0);
  t.Score(features, q.data());
  std::vector<double> out(q.begin(), q.end());
  for (double& v : out) v *= t.scale();
  return out;
}

TEST(WeightTableSumTest, ScoresAreTheInputsScoresAddedUp) {
  const WeightTable a = RandomTable(1, 40), b = RandomTable(2, 60), c = RandomTable(3, 20);
  const WeightTable* parts[] = {&a, &b, &c};
  Result<WeightTable> sum = WeightTable::Sum(parts);
  ASSERT_TRUE(sum.ok()) << sum.status().ToString();
  EXPECT_EQ(sum->classes(), kClasses);
  std::mt19937_64 rng(9);
  std::uniform_int_distribution<int> f(0, 70);  // some features no table has
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<std::uint64_t> features;
    for (int k = 0; k < 6; ++k) features.push_back(FeatureHash(7, f(rng), 0));
    const std::vector<double> got = RealScores(*sum, features);
    std::vector<double> want(kClasses, 0.0);
    for (const WeightTable* t : parts) {
      const std::vector<double> s = RealScores(*t, features);
      for (int k = 0; k < kClasses; ++k) want[k] += s[k];
    }
    // Each input weight and each summed weight is off by at most half a step.
    double slack = 0.5 * features.size() * sum->scale();
    for (const WeightTable* t : parts) slack += 0.5 * features.size() * t->scale();
    for (int k = 0; k < kClasses; ++k) EXPECT_NEAR(got[k], want[k], slack) << "class " << k;
  }
}

TEST(WeightTableSumTest, OneTableIsItselfRequantised) {
  const WeightTable a = RandomTable(4, 30);
  const WeightTable* parts[] = {&a};
  Result<WeightTable> sum = WeightTable::Sum(parts);
  ASSERT_TRUE(sum.ok());
  EXPECT_EQ(sum->feature_count(), a.feature_count());
  EXPECT_EQ(sum->weight_count(), a.weight_count());
}

TEST(WeightTableSumTest, RefusesNoTablesAndDifferentClasses) {
  EXPECT_EQ(WeightTable::Sum({}).status().code(), StatusCode::kInvalidArgument);
  const WeightTable a = RandomTable(5, 10, 4), b = RandomTable(6, 10, 6);
  const WeightTable* parts[] = {&a, &b};
  EXPECT_EQ(WeightTable::Sum(parts).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace crosscheck::text
