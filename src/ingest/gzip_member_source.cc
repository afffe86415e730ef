#include "ingest/gzip_member_source.h"

#include <algorithm>

namespace crosscheck {
namespace {

constexpr char kMemberMagic[] = {'\x1f', '\x8b', '\x08'};

}  // namespace

GzipMemberSource::GzipMemberSource(ByteSource& compressed, std::uint64_t max_member_bytes,
                                   std::size_t chunk_bytes)
    : compressed_(compressed),
      max_member_bytes_(max_member_bytes),
      chunk_bytes_(std::max<std::size_t>(chunk_bytes, 1)) {
  if (inflateInit2(&stream_, 16 + MAX_WBITS) == Z_OK) {
    initialised_ = true;
  } else {
    failed_ = Status::Internal("zlib inflateInit2 failed");
  }
}

GzipMemberSource::~GzipMemberSource() {
  if (initialised_) inflateEnd(&stream_);
}

Status GzipMemberSource::ReadMore() {
  // Past the cap, forget the consumed start of the member (Recover then
  // rescans only what is kept).
  if (in_.size() > max_member_bytes_ && used_ > 0) {
    in_.erase(0, used_);
    in_base_ += used_;
    used_ = 0;
  }
  const std::size_t old = in_.size();
  in_.resize(old + chunk_bytes_);
  Result<std::size_t> n = compressed_.Read(in_.data() + old, chunk_bytes_);
  if (!n.ok()) {
    in_.resize(old);
    return Status(n.status().code(), n.status().message() + " (at compressed byte " +
                                         std::to_string(in_base_ + old) + ")");
  }
  in_.resize(old + *n);
  if (*n == 0) input_ended_ = true;
  return Status::Ok();
}

Result<std::size_t> GzipMemberSource::Fail(Status status, std::size_t produced) {
  delivered_ += produced;
  recoverable_ = status.code() == StatusCode::kCorrupt;
  failed_ = status.WithLocation(
      {.input = "", .record = -1, .offset = static_cast<std::int64_t>(delivered_)});
  if (produced > 0) return produced;
  return failed_;
}

Result<std::size_t> GzipMemberSource::Read(char* buffer, std::size_t capacity) {
  if (!failed_.ok()) return failed_;
  if (done_ || capacity == 0) return std::size_t{0};
  capacity = std::min<std::size_t>(capacity, 1u << 30);
  std::size_t produced = 0;
  while (produced == 0) {
    if (!in_member_) {
      while (used_ < in_.size() && in_[used_] == '\0') ++used_;  // NUL padding
      if (used_ == in_.size()) {
        if (input_ended_) {
          done_ = true;
          break;
        }
        Status s = ReadMore();
        if (!s.ok()) return Fail(s, produced);
        continue;
      }
      in_.erase(0, used_);
      in_base_ += used_;
      used_ = 0;
      member_start_ = in_base_;
      if (inflateReset(&stream_) != Z_OK)
        return Fail(Status::Internal("zlib inflateReset failed"), produced);
      in_member_ = true;
    }
    if (used_ == in_.size()) {
      if (input_ended_) {
        return Fail(Status::Corrupt("truncated gzip member: input ends at compressed byte " +
                                    std::to_string(in_base_ + used_) +
                                    " inside the member starting at compressed byte " +
                                    std::to_string(member_start_)),
                    produced);
      }
      Status s = ReadMore();
      if (!s.ok()) return Fail(s, produced);
      continue;
    }
    stream_.next_in = reinterpret_cast<unsigned char*>(in_.data() + used_);
    stream_.avail_in = static_cast<uInt>(std::min<std::size_t>(in_.size() - used_, 1u << 30));
    stream_.next_out = reinterpret_cast<unsigned char*>(buffer + produced);
    stream_.avail_out = static_cast<uInt>(capacity - produced);
    const uInt before_in = stream_.avail_in;
    const uInt before_out = stream_.avail_out;
    int rc = inflate(&stream_, Z_NO_FLUSH);
    used_ += before_in - stream_.avail_in;
    produced += before_out - stream_.avail_out;
    if (rc == Z_STREAM_END) {
      in_member_ = false;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      std::string what =
          stream_.msg != nullptr ? stream_.msg : ("zlib error " + std::to_string(rc));
      return Fail(Status::Corrupt("corrupt gzip member starting at compressed byte " +
                                  std::to_string(member_start_) + " (at compressed byte " +
                                  std::to_string(in_base_ + used_) + "): " + what),
                  produced);
    }
  }
  delivered_ += produced;
  return produced;
}

Status GzipMemberSource::Recover() {
  if (failed_.ok()) return Status::Ok();
  if (!recoverable_) return failed_;
  std::size_t from =
      member_start_ + 1 > in_base_ ? static_cast<std::size_t>(member_start_ + 1 - in_base_) : 0;
  for (;;) {
    std::string_view kept(in_);
    std::size_t at = from < kept.size()
                         ? kept.find(std::string_view(kMemberMagic, sizeof kMemberMagic), from)
                         : std::string_view::npos;
    if (at != std::string_view::npos) {
      in_.erase(0, at);
      in_base_ += at;
      break;
    }
    // Keep a tail that could begin a header split across chunks.
    std::size_t keep = std::min<std::size_t>(in_.size(), sizeof kMemberMagic - 1);
    in_base_ += in_.size() - keep;
    in_.erase(0, in_.size() - keep);
    from = 0;
    if (input_ended_) {
      in_.clear();
      done_ = true;
      break;
    }
    used_ = 0;
    Status s = ReadMore();
    if (!s.ok()) {
      failed_ = s;
      recoverable_ = false;
      return s;
    }
  }
  used_ = 0;
  in_member_ = false;
  failed_ = Status::Ok();
  recoverable_ = false;
  return Status::Ok();
}

}  // namespace crosscheck
