// GzipSource: decompresses a gzip stream (RFC 1952) read from another
// ByteSource, in chunks, with zlib (inflateInit2 with 16 + MAX_WBITS).
//
// - Multi-member files (`cat a.gz b.gz`, bgzip) are read as one stream; NUL
//   padding between or after members is ignored.
// - An input with no bytes at all decompresses to nothing (not an error).
// - A stream that ends inside a member (a cut download, a full disk) is a
//   kCorrupt "truncated gzip stream" error; bad compressed data (a flipped
//   byte, not gzip at all) is a kCorrupt error with zlib's message. Both name
//   the compressed byte offset in the message and carry the decompressed
//   offset (bytes delivered so far) in Location.offset. Everything decompressed
//   before the damage has been delivered by earlier Read calls.
//
// Memory: zlib's 32 KiB window plus one input chunk (default 256 KiB).
// Ownership: borrows `compressed`. Thread safety: one thread at a time.
#ifndef CROSSCHECK_INGEST_GZIP_SOURCE_H_
#define CROSSCHECK_INGEST_GZIP_SOURCE_H_

#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <memory>

#include "ingest/byte_source.h"

namespace crosscheck {

class GzipSource : public ByteSource {
 public:
  explicit GzipSource(ByteSource& compressed, std::size_t chunk_bytes = 256 << 10);
  ~GzipSource() override;
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  Result<std::size_t> Read(char* buffer, std::size_t capacity) override;

  // Compressed bytes consumed by zlib so far.
  std::uint64_t compressed_offset() const { return compressed_read_ - stream_.avail_in; }

 private:
  // Records `status` as the stream's failure; returns `produced` bytes first if any.
  Result<std::size_t> Fail(Status status, std::size_t produced);
  Status FillInput();  // reads the next compressed chunk; sets input_ended_ at end

  ByteSource& compressed_;
  std::unique_ptr<unsigned char[]> chunk_;
  std::size_t chunk_bytes_;
  z_stream stream_{};
  bool initialised_ = false;
  bool input_ended_ = false;
  bool between_members_ = true;  // no member begun, or the last one ended cleanly
  bool done_ = false;
  Status failed_;
  std::uint64_t compressed_read_ = 0;
  std::uint64_t delivered_ = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_GZIP_SOURCE_H_
