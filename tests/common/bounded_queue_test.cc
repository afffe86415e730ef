#include "common/bounded_queue.h"

#include <gtest/gtest.h>

#include <numeric>
#include <thread>
#include <vector>

namespace crosscheck {
namespace {

TEST(BoundedQueueTest, DeliversEverythingInOrderToOneConsumer) {
  BoundedQueue<int> q(3);
  std::jthread producer([&] {
    for (int i = 0; i < 1000; ++i) ASSERT_TRUE(q.Push(i));
    q.Close();
  });
  int expected = 0;
  while (auto v = q.Pop()) EXPECT_EQ(*v, expected++);
  EXPECT_EQ(expected, 1000);
}

TEST(BoundedQueueTest, ManyProducersManyConsumersLoseNothing) {
  BoundedQueue<int> q(8);
  std::atomic<long> sum{0};
  {
    std::vector<std::jthread> consumers;
    for (int c = 0; c < 4; ++c)
      consumers.emplace_back([&] {
        while (auto v = q.Pop()) sum += *v;
      });
    {
      std::vector<std::jthread> producers;
      for (int p = 0; p < 4; ++p)
        producers.emplace_back([&, p] {
          for (int i = 1; i <= 500; ++i) q.Push(p * 1000 + i);
        });
    }
    q.Close();
  }
  long want = 0;
  for (int p = 0; p < 4; ++p)
    for (int i = 1; i <= 500; ++i) want += p * 1000 + i;
  EXPECT_EQ(sum.load(), want);
}

TEST(BoundedQueueTest, PushAfterCloseFailsAndPopDrains) {
  BoundedQueue<int> q(2);
  ASSERT_TRUE(q.Push(1));
  q.Close();
  EXPECT_FALSE(q.Push(2));
  EXPECT_EQ(q.Pop(), 1);
  EXPECT_EQ(q.Pop(), std::nullopt);
}

}  // namespace
}  // namespace crosscheck
