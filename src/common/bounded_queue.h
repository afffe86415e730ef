// BoundedQueue<T>: a blocking multi-producer, multi-consumer FIFO of fixed capacity.
//
// Pipeline stages are joined by these queues (in the manner of kenlm's
// util/stream chains): a fast producer blocks when the queue is full, so
// memory is bounded by the queue capacities, not by the corpus size.
//
//   BoundedQueue<Job> q(/*capacity=*/64);
//   producer:  while (more) if (!q.Push(job)) break;   q.Close();
//   consumer:  while (auto job = q.Pop()) Handle(*job);
//
// Close() wakes everyone: Push() then returns false, Pop() drains what is left
// and then returns std::nullopt. Thread-safe; T must be movable.
#ifndef CROSSCHECK_COMMON_BOUNDED_QUEUE_H_
#define CROSSCHECK_COMMON_BOUNDED_QUEUE_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace crosscheck {

template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}
  BoundedQueue(const BoundedQueue&) = delete;
  BoundedQueue& operator=(const BoundedQueue&) = delete;

  // Blocks while full. Returns false (and drops `item`) once the queue is closed.
  bool Push(T item) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [this] { return closed_ || items_.size() < capacity_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }

  // Blocks while empty and open. std::nullopt once closed and drained.
  std::optional<T> Pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [this] { return closed_ || !items_.empty(); });
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }

  void Close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }

  std::size_t capacity() const { return capacity_; }

 private:
  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable not_full_;
  std::condition_variable not_empty_;
  std::deque<T> items_;
  bool closed_ = false;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_COMMON_BOUNDED_QUEUE_H_
