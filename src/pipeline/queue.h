// A bounded blocking queue for the pipeline's threads.
#ifndef PARALLAX_PIPELINE_QUEUE_H_
#define PARALLAX_PIPELINE_QUEUE_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace parallax {

// Multi-producer multi-consumer FIFO with a capacity. Push blocks while full;
// Pop blocks while empty and returns std::nullopt once the queue is closed and
// drained. Thread-safe.
template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

  void Push(T item) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [this] { return items_.size() < capacity_ || closed_; });
    items_.push_back(std::move(item));
    not_empty_.notify_one();
  }

  std::optional<T> Pop() {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [this] { return !items_.empty() || closed_; });
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }

  // No more pushes; consumers drain what is left.
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }

 private:
  const size_t capacity_;
  std::mutex mu_;
  std::condition_variable not_empty_;
  std::condition_variable not_full_;
  std::deque<T> items_;
  bool closed_ = false;
};

}  // namespace parallax

#endif  // PARALLAX_PIPELINE_QUEUE_H_
