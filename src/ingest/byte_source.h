// ByteSource: a pull stream of bytes that the readers are built on (a file
// descriptor, a std::istream, a buffered prefix in front of another source,
// or a gzip decompressor; see gzip_source.h).
//
// Contract: Read() fills up to `capacity` bytes and returns how many it
// wrote; 0 means the end of the input, and every later call returns 0 again.
// A failure is a Status (kIoError for the operating system, kCorrupt for bad
// compressed data) whose Location.offset, where the source knows it, is the
// number of bytes it had delivered when the problem was found; the caller adds
// the input name. After a failure the source must not be read again.
//
// Ownership: sources that wrap another source or a descriptor only borrow it
// (except where the constructor says otherwise); it must outlive the wrapper.
// Thread safety: a source is used by one thread at a time.
#ifndef CROSSCHECK_INGEST_BYTE_SOURCE_H_
#define CROSSCHECK_INGEST_BYTE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>

#include "crosscheck/status.h"

namespace crosscheck {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual Result<std::size_t> Read(char* buffer, std::size_t capacity) = 0;
};

// The text of an errno value ("Permission denied"), thread-safe.
std::string ErrnoMessage(int error_number);

// Reads a file descriptor with read(2), retrying on EINTR. Closes it on
// destruction only when `owned` is true.
class FdSource : public ByteSource {
 public:
  FdSource(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~FdSource() override;
  FdSource(const FdSource&) = delete;
  FdSource& operator=(const FdSource&) = delete;

  Result<std::size_t> Read(char* buffer, std::size_t capacity) override;

 private:
  int fd_;
  bool owned_;
  std::uint64_t delivered_ = 0;
};

// Reads a std::istream (opened in binary mode by the caller). A stream whose
// badbit is set is an I/O error.
class IstreamSource : public ByteSource {
 public:
  explicit IstreamSource(std::istream& stream) : stream_(stream) {}
  Result<std::size_t> Read(char* buffer, std::size_t capacity) override;

 private:
  std::istream& stream_;
  std::uint64_t delivered_ = 0;
};

// Delivers `prefix` first, then whatever `rest` delivers: lets a reader look
// at the first bytes of a stream (to sniff its format) and still read it whole.
class PrefixSource : public ByteSource {
 public:
  PrefixSource(std::string prefix, ByteSource& rest) : prefix_(std::move(prefix)), rest_(rest) {}
  Result<std::size_t> Read(char* buffer, std::size_t capacity) override;

 private:
  std::string prefix_;
  std::size_t used_ = 0;
  ByteSource& rest_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_BYTE_SOURCE_H_
