// ReadAheadSource: runs another ByteSource on a background thread, a few
// chunks ahead of the reader, so that decompression (GzipSource) overlaps with
// what the reading thread does with the bytes (splitting lines, parsing JSON).
// For a large .jsonl.gz this roughly turns "inflate time + parse time" into
// the larger of the two.
//
// Delivers exactly the bytes and the failure the inner source gives, in order
// (bytes read before a failure first, then the Status).
// Memory: at most `depth` + 1 chunks of `chunk_bytes` (default 4 x 1 MiB).
// Ownership: borrows `inner`, which from construction on is used only by the
// background thread and must outlive this object. Destruction stops the thread
// (after its current inner Read returns) and joins it.
// Thread safety: Read is called from one thread at a time.
#ifndef CROSSCHECK_INGEST_READ_AHEAD_SOURCE_H_
#define CROSSCHECK_INGEST_READ_AHEAD_SOURCE_H_

#include <cstddef>
#include <string>
#include <thread>

#include "common/bounded_queue.h"
#include "ingest/byte_source.h"

namespace crosscheck {

class ReadAheadSource : public ByteSource {
 public:
  explicit ReadAheadSource(ByteSource& inner, std::size_t chunk_bytes = 1 << 20,
                           std::size_t depth = 4);
  ~ReadAheadSource() override;
  ReadAheadSource(const ReadAheadSource&) = delete;
  ReadAheadSource& operator=(const ReadAheadSource&) = delete;

  Result<std::size_t> Read(char* buffer, std::size_t capacity) override;

 private:
  struct Chunk {
    std::string bytes;  // empty with an OK status: the end
    Status status;
  };
  void Produce(ByteSource& inner, std::size_t chunk_bytes);

  BoundedQueue<Chunk> queue_;
  Chunk current_;
  std::size_t used_ = 0;
  bool finished_ = false;
  std::jthread worker_;  // last: started after the queue exists, joined first
};

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_READ_AHEAD_SOURCE_H_
