#include "text/transition_system.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

namespace crosscheck::text {
namespace {

constexpr Move kMoves[] = {Move::kShift, Move::kLeft, Move::kRight};

// A random tree over words 1..n with one root word (heads[0] unused).
std::vector<int> RandomTree(int n, std::mt19937& rng) {
  std::vector<int> order(n);
  for (int i = 0; i < n; ++i) order[i] = i + 1;
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<int> heads(n + 1, 0);
  for (int k = 1; k < n; ++k) {
    std::uniform_int_distribution<int> pick(0, k - 1);
    heads[order[k]] = order[pick(rng)];  // attach to a word already in the tree
  }
  return heads;  // order[0] hangs from the root
}

std::vector<int> RandomProjectiveTree(int n, std::mt19937& rng) {
  while (true) {
    std::vector<int> heads = RandomTree(n, rng);
    if (IsProjective(heads)) return heads;
  }
}

int Correct(const ArcHybrid& s, const std::vector<int>& gold) {
  int c = 0;
  for (int d = 1; d <= s.n(); ++d) c += s.head(d) == gold[d];
  return c;
}

// Brute force: the most correct arcs any sequence of moves from `s` can end with.
int BestReachable(const ArcHybrid& s, const std::vector<int>& gold) {
  if (s.Done()) return Correct(s, gold);
  int best = -1;
  for (const Move m : kMoves) {
    if (!s.Can(m)) continue;
    ArcHybrid next = s;
    next.Apply(m, 0);
    best = std::max(best, BestReachable(next, gold));
  }
  return best;
}

TEST(TransitionSystemTest, ZeroCostMovesRebuildProjectiveTrees) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 300; ++trial) {
    const int n = 1 + trial % 12;
    const std::vector<int> gold = RandomProjectiveTree(n, rng);
    ArcHybrid s;
    s.Reset(n);
    while (!s.Done()) {
      bool moved = false;
      for (const Move m : kMoves) {
        if (s.Can(m) && s.Cost(m, gold) == 0) {
          s.Apply(m, 0);
          moved = true;
          break;
        }
      }
      ASSERT_TRUE(moved) << "no zero-cost move, trial " << trial;
    }
    for (int d = 1; d <= n; ++d) EXPECT_EQ(s.head(d), gold[d]) << "trial " << trial;
  }
}

TEST(TransitionSystemTest, CostMatchesBruteForceFromRandomConfigurations) {
  std::mt19937 rng(11);
  for (int trial = 0; trial < 400; ++trial) {
    const int n = 2 + trial % 6;  // up to 7 words: exhaustive search stays small
    const std::vector<int> gold = RandomProjectiveTree(n, rng);
    ArcHybrid s;
    s.Reset(n);
    // Walk a random number of random valid moves, checking every state on the way.
    while (!s.Done()) {
      const int best = BestReachable(s, gold);
      std::vector<Move> valid;
      for (const Move m : kMoves) {
        if (!s.Can(m)) continue;
        valid.push_back(m);
        ArcHybrid next = s;
        next.Apply(m, 0);
        EXPECT_EQ(s.Cost(m, gold), best - BestReachable(next, gold))
            << "trial " << trial << " move " << static_cast<int>(m);
      }
      ASSERT_FALSE(valid.empty());
      std::uniform_int_distribution<std::size_t> pick(0, valid.size() - 1);
      s.Apply(valid[pick(rng)], 0);
    }
  }
}

TEST(TransitionSystemTest, EveryParseEndsWithOneRootWord) {
  std::mt19937 rng(3);
  for (int trial = 0; trial < 200; ++trial) {
    const int n = 1 + trial % 9;
    ArcHybrid s;
    s.Reset(n);
    while (!s.Done()) {
      std::vector<Move> valid;
      for (const Move m : kMoves) {
        if (s.Can(m)) valid.push_back(m);
      }
      ASSERT_FALSE(valid.empty());
      std::uniform_int_distribution<std::size_t> pick(0, valid.size() - 1);
      s.Apply(valid[pick(rng)], 1);
    }
    int roots = 0;
    for (int d = 1; d <= n; ++d) {
      EXPECT_GE(s.head(d), 0);
      roots += s.head(d) == 0;
    }
    EXPECT_EQ(roots, 1);
  }
}

struct ProjectiveCase {
  const char* description;
  std::vector<int> heads;  // [0] unused
  bool projective;
};

TEST(TransitionSystemTest, ProjectivityAndLifting) {
  const std::vector<ProjectiveCase> cases = {
      {"chain", {0, 0, 1, 2}, true},
      {"crossing arcs 1->3 and 2->4", {0, 0, 4, 1, 1}, false},
      {"nested", {0, 0, 3, 1, 3}, true},
      {"an arc passing over its own head word", {0, 3, 0, 2, 2}, false},
  };
  for (const ProjectiveCase& c : cases) {
    SCOPED_TRACE(c.description);
    EXPECT_EQ(IsProjective(c.heads), c.projective);
    std::vector<int> lifted = c.heads;
    const int lifts = Projectivize(lifted);
    EXPECT_TRUE(IsProjective(lifted));
    EXPECT_EQ(lifts == 0, c.projective);
  }
  std::mt19937 rng(5);
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<int> heads = RandomTree(2 + trial % 10, rng);
    Projectivize(heads);
    EXPECT_TRUE(IsProjective(heads)) << "trial " << trial;
  }
}

}  // namespace
}  // namespace crosscheck::text
