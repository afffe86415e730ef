// The binary container of crosscheck's model files (tagger, parser).
//
// Layout: 8-byte magic naming the model kind ("CCTAGGER", "CCPARSER"),
// uint32 format version, uint32 CRC-32 of the payload, uint64 payload size
// (uncompressed), then the payload compressed with zlib (deflate). All
// integers are little-endian. The payload is a sequence of fields written by
// ModelWriter and read back, in the same order, by ModelReader.
//
// Failure: LoadModelPayload returns kNotFound for a missing file, kIoError
// when it cannot be read, kCorrupt (naming the path) for a wrong magic, an
// unknown version, a payload that does not inflate or whose CRC differs.
// ModelReader never reads past its payload: a short payload sets a sticky
// error that Finish() reports as kCorrupt.
// Thread safety: values; one object per thread.
#ifndef CROSSCHECK_TEXT_MODEL_FILE_H_
#define CROSSCHECK_TEXT_MODEL_FILE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "crosscheck/status.h"

namespace crosscheck::text {

class ModelWriter {
 public:
  template <typename T>
  void Put(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    const char* p = reinterpret_cast<const char*>(&value);
    bytes_.append(p, sizeof(T));
  }
  void PutString(std::string_view s) {
    Put<std::uint32_t>(static_cast<std::uint32_t>(s.size()));
    bytes_.append(s);
  }
  template <typename T>
  void PutVector(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Put<std::uint64_t>(v.size());
    if (!v.empty()) bytes_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

class ModelReader {
 public:
  ModelReader(std::string bytes, std::string path)
      : bytes_(std::move(bytes)), path_(std::move(path)) {}
  template <typename T>
  T Get() {
    T value{};
    if (!Need(sizeof(T))) return value;
    std::memcpy(&value, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return value;
  }
  std::string GetString() {
    const std::uint32_t n = Get<std::uint32_t>();
    if (!Need(n)) return {};
    std::string s = bytes_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  template <typename T>
  std::vector<T> GetVector() {
    const std::uint64_t n = Get<std::uint64_t>();
    if (n > (bytes_.size() - pos_) / sizeof(T) || !Need(n * sizeof(T))) {
      failed_ = true;
      return {};
    }
    std::vector<T> v(n);
    if (n > 0) std::memcpy(v.data(), bytes_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return v;
  }
  bool failed() const { return failed_; }
  // kCorrupt naming the path when a read ran short or bytes are left over.
  Status Finish() const;
  const std::string& path() const { return path_; }

 private:
  bool Need(std::uint64_t n) {
    if (failed_ || n > bytes_.size() - pos_) failed_ = true;
    return !failed_;
  }
  std::string bytes_;
  std::string path_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

// Writes magic + version + compressed payload to `path`.
Status SaveModelPayload(const std::string& path, std::string_view magic, std::uint32_t version,
                        const std::string& payload);
// Reads a file written by SaveModelPayload; checks magic and version.
Result<ModelReader> LoadModelPayload(const std::string& path, std::string_view magic,
                                     std::uint32_t version);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_MODEL_FILE_H_
