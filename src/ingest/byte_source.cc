#include "ingest/byte_source.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace crosscheck {

std::string ErrnoMessage(int error_number) {
  return std::error_code(error_number, std::generic_category()).message();
}

FdSource::~FdSource() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

Result<std::size_t> FdSource::Read(char* buffer, std::size_t capacity) {
  for (;;) {
    ssize_t n = ::read(fd_, buffer, capacity);
    if (n >= 0) {
      delivered_ += static_cast<std::uint64_t>(n);
      return static_cast<std::size_t>(n);
    }
    if (errno == EINTR) continue;
    return Status::IoError(
        ErrnoMessage(errno),
        {.input = "", .record = -1, .offset = static_cast<std::int64_t>(delivered_)});
  }
}

Result<std::size_t> IstreamSource::Read(char* buffer, std::size_t capacity) {
  if (stream_.bad()) {
    return Status::IoError(
        "stream read failed",
        {.input = "", .record = -1, .offset = static_cast<std::int64_t>(delivered_)});
  }
  if (stream_.eof()) return std::size_t{0};
  stream_.read(buffer, static_cast<std::streamsize>(capacity));
  if (stream_.bad()) {
    return Status::IoError(
        "stream read failed",
        {.input = "", .record = -1, .offset = static_cast<std::int64_t>(delivered_)});
  }
  auto n = static_cast<std::size_t>(stream_.gcount());
  delivered_ += n;
  return n;
}

Result<std::size_t> PrefixSource::Read(char* buffer, std::size_t capacity) {
  if (used_ < prefix_.size()) {
    std::size_t n = std::min(capacity, prefix_.size() - used_);
    std::memcpy(buffer, prefix_.data() + used_, n);
    used_ += n;
    return n;
  }
  Result<std::size_t> n = rest_.Read(buffer, capacity);
  if (!n.ok()) {
    // The rest's offsets do not count the prefix; shift them.
    Status s = n.status();
    Location where = s.where();
    if (where.offset >= 0) where.offset += static_cast<std::int64_t>(prefix_.size());
    return Status(s.code(), s.message(), where);
  }
  return n;
}

}  // namespace crosscheck
