#include "ingest/read_ahead_source.h"

#include <algorithm>
#include <cstring>

namespace crosscheck {

ReadAheadSource::ReadAheadSource(ByteSource& inner, std::size_t chunk_bytes, std::size_t depth)
    : queue_(depth), worker_([this, &inner, chunk_bytes] {
        Produce(inner, std::max<std::size_t>(chunk_bytes, 1));
      }) {}

ReadAheadSource::~ReadAheadSource() {
  queue_.Close();  // a producer blocked in Push returns and exits
  if (worker_.joinable()) worker_.join();
}

void ReadAheadSource::Produce(ByteSource& inner, std::size_t chunk_bytes) {
  for (;;) {
    // One inner Read per chunk: a slow pipe is passed on as its bytes arrive.
    std::string bytes(chunk_bytes, '\0');
    Result<std::size_t> n = inner.Read(bytes.data(), bytes.size());
    if (!n.ok() || *n == 0) {
      // The end (no bytes, OK) or the failure. Sources deliver bytes read
      // before a failure in an earlier Read, so order is kept.
      queue_.Push(Chunk{std::string(), n.status()});
      return;
    }
    bytes.resize(*n);
    if (!queue_.Push(Chunk{std::move(bytes), Status::Ok()})) return;
  }
}

Result<std::size_t> ReadAheadSource::Read(char* buffer, std::size_t capacity) {
  while (!finished_ && used_ == current_.bytes.size()) {
    std::optional<Chunk> next = queue_.Pop();
    if (!next.has_value()) {
      finished_ = true;
      break;
    }
    current_ = std::move(*next);
    used_ = 0;
    if (!current_.status.ok()) {
      finished_ = true;
      return current_.status;
    }
    if (current_.bytes.empty()) finished_ = true;
  }
  if (!current_.status.ok()) return current_.status;
  std::size_t n = std::min(capacity, current_.bytes.size() - used_);
  std::memcpy(buffer, current_.bytes.data() + used_, n);
  used_ += n;
  return n;
}

}  // namespace crosscheck
