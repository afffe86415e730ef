#include "ingest/gzip_source.h"

#include <algorithm>
#include <string>

namespace crosscheck {

GzipSource::GzipSource(ByteSource& compressed, std::size_t chunk_bytes)
    : compressed_(compressed),
      chunk_(new unsigned char[std::max<std::size_t>(chunk_bytes, 1)]),
      chunk_bytes_(std::max<std::size_t>(chunk_bytes, 1)) {
  if (inflateInit2(&stream_, 16 + MAX_WBITS) == Z_OK) {
    initialised_ = true;
  } else {
    failed_ = Status::Internal("zlib inflateInit2 failed");
  }
}

GzipSource::~GzipSource() {
  if (initialised_) inflateEnd(&stream_);
}

Result<std::size_t> GzipSource::Fail(Status status, std::size_t produced) {
  delivered_ += produced;
  failed_ = status.WithLocation(
      {.input = "", .record = -1, .offset = static_cast<std::int64_t>(delivered_)});
  // Bytes decompressed before the damage are delivered first; the error comes next call.
  if (produced > 0) return produced;
  return failed_;
}

Status GzipSource::FillInput() {
  Result<std::size_t> n = compressed_.Read(reinterpret_cast<char*>(chunk_.get()), chunk_bytes_);
  if (!n.ok()) {
    // The underlying offset counts compressed bytes; ours are decompressed.
    Status s = n.status();
    return Status(s.code(),
                  s.message() + " (at compressed byte " + std::to_string(compressed_read_) + ")");
  }
  if (*n == 0) input_ended_ = true;
  stream_.next_in = chunk_.get();
  stream_.avail_in = static_cast<uInt>(*n);
  compressed_read_ += *n;
  return Status::Ok();
}

Result<std::size_t> GzipSource::Read(char* buffer, std::size_t capacity) {
  if (!failed_.ok()) return failed_;
  if (done_ || capacity == 0) return std::size_t{0};
  capacity = std::min<std::size_t>(capacity, 1u << 30);  // fits zlib's uInt
  stream_.next_out = reinterpret_cast<unsigned char*>(buffer);
  stream_.avail_out = static_cast<uInt>(capacity);
  while (stream_.avail_out == capacity) {
    if (stream_.avail_in == 0 && !input_ended_) {
      Status s = FillInput();
      if (!s.ok()) return Fail(s, capacity - stream_.avail_out);
      continue;
    }
    if (between_members_) {
      // Skip NUL padding; end cleanly if nothing else follows.
      while (stream_.avail_in > 0 && *stream_.next_in == 0) {
        ++stream_.next_in;
        --stream_.avail_in;
      }
      if (stream_.avail_in == 0) {
        if (input_ended_) {
          done_ = true;
          break;
        }
        continue;
      }
      if (inflateReset(&stream_) != Z_OK)
        return Fail(Status::Internal("zlib inflateReset failed"), capacity - stream_.avail_out);
      between_members_ = false;
    }
    if (stream_.avail_in == 0 && input_ended_) {
      return Fail(
          Status::Corrupt("truncated gzip stream: input ends at compressed byte " +
                          std::to_string(compressed_offset()) +
                          " inside a gzip member (decompressed byte " +
                          std::to_string(delivered_ + (capacity - stream_.avail_out)) + ")"),
          capacity - stream_.avail_out);
    }
    int rc = inflate(&stream_, Z_NO_FLUSH);
    if (rc == Z_STREAM_END) {
      between_members_ = true;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      std::string what =
          stream_.msg != nullptr ? stream_.msg : ("zlib error " + std::to_string(rc));
      return Fail(Status::Corrupt("corrupt gzip stream at compressed byte " +
                                  std::to_string(compressed_offset()) + ": " + what),
                  capacity - stream_.avail_out);
    }
  }
  std::size_t produced = capacity - stream_.avail_out;
  delivered_ += produced;
  return produced;
}

}  // namespace crosscheck
