// GzipMemberSource: decompresses a multi-member gzip stream (a .warc.gz with
// one gzip member per record) and can recover from a damaged member.
//
// Like GzipSource it delivers the concatenated decompressed bytes of every
// member, and a damaged member (cut short, a flipped byte, bytes that are not
// gzip at all) is a kCorrupt failure whose Location.offset is the number of
// decompressed bytes delivered so far and whose message names the compressed
// byte offset of the member that failed. Unlike GzipSource, the caller may
// then call Recover(): the source looks for the next gzip member header
// (1f 8b 08) after the start of the member that failed — so a member cut short
// and followed by intact ones loses only itself — and goes on from there.
// Bytes decompressed from the damaged member before the failure have already
// been delivered (they may be garbage); the caller decides what to drop.
//
// Memory: zlib's window, one input chunk, and the compressed bytes of the
// current member, kept so that Recover() can rescan them. That copy is capped
// at `max_member_bytes`; past the cap the start of the member is dropped and
// Recover() scans only what is kept (a damaged huge member may then also cost
// the member after it).
// Ownership: borrows `compressed`. Thread safety: one thread at a time.
#ifndef CROSSCHECK_INGEST_GZIP_MEMBER_SOURCE_H_
#define CROSSCHECK_INGEST_GZIP_MEMBER_SOURCE_H_

#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/byte_source.h"

namespace crosscheck {

class GzipMemberSource : public ByteSource {
 public:
  GzipMemberSource(ByteSource& compressed, std::uint64_t max_member_bytes,
                   std::size_t chunk_bytes = 256 << 10);
  ~GzipMemberSource() override;
  GzipMemberSource(const GzipMemberSource&) = delete;
  GzipMemberSource& operator=(const GzipMemberSource&) = delete;

  Result<std::size_t> Read(char* buffer, std::size_t capacity) override;

  // After a kCorrupt failure: skips to the next gzip member header after the
  // start of the failed member. Returns OK (reading goes on; it may simply end
  // if no header follows) or the failure of the underlying source (kIoError),
  // after which the source stays failed. Without a failure it does nothing.
  Status Recover();

  // Compressed offset of the start of the member being read.
  std::uint64_t member_offset() const { return member_start_; }

 private:
  Status ReadMore();  // appends one chunk of compressed bytes to in_
  Result<std::size_t> Fail(Status status, std::size_t produced);

  ByteSource& compressed_;
  std::uint64_t max_member_bytes_;
  std::size_t chunk_bytes_;
  z_stream stream_{};
  bool initialised_ = false;
  std::string in_;                  // compressed bytes from in_base_ on
  std::size_t used_ = 0;            // bytes of in_ consumed by zlib
  std::uint64_t in_base_ = 0;       // compressed offset of in_[0]
  std::uint64_t member_start_ = 0;  // compressed offset of the current member
  bool input_ended_ = false;
  bool in_member_ = false;
  bool done_ = false;
  bool recoverable_ = false;  // failed_ is a damaged member, not the source failing
  Status failed_;
  std::uint64_t delivered_ = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_GZIP_MEMBER_SOURCE_H_
