// Helpers for the reader tests: a temporary folder removed at the end of the
// test, gzip compression with zlib, and collecting what a reader sends to its
// sink. Header-only; test code only.
#ifndef CROSSCHECK_TESTS_INGEST_READER_TEST_UTIL_H_
#define CROSSCHECK_TESTS_INGEST_READER_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/ingest.h"
#include "ingest/byte_source.h"

namespace crosscheck::testing_util {

// A ByteSource over a string: at most `step` bytes per Read, then the end, or
// `end_failure` when that is not OK (a stream that breaks after its bytes).
class StringSource : public ByteSource {
 public:
  StringSource(std::string bytes, std::size_t step, Status end_failure = Status::Ok())
      : bytes_(std::move(bytes)), step_(step), end_failure_(std::move(end_failure)) {}
  Result<std::size_t> Read(char* buffer, std::size_t capacity) override {
    ++reads_;
    if (at_ == bytes_.size() && !end_failure_.ok()) return end_failure_;
    std::size_t n = std::min({capacity, step_, bytes_.size() - at_});
    bytes_.copy(buffer, n, at_);
    at_ += n;
    return n;
  }
  int reads() const { return reads_; }

 private:
  std::string bytes_;
  std::size_t step_;
  Status end_failure_;
  std::size_t at_ = 0;
  int reads_ = 0;
};

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "cc-readers-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data()) ? pattern : "";
    EXPECT_FALSE(path_.empty()) << "mkdtemp failed";
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string operator/(std::string_view name) const { return path_ + "/" + std::string(name); }

  // Writes `bytes` to `name` (parent folders created) and returns its path.
  std::string Write(std::string_view name, std::string_view bytes) const {
    std::string full = *this / name;
    std::filesystem::create_directories(std::filesystem::path(full).parent_path());
    std::ofstream out(full, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return full;
  }

 private:
  std::string path_;
};

// One gzip member holding `bytes`.
inline std::string Gzip(std::string_view bytes, int level = 6) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, static_cast<uLong>(bytes.size())) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// Everything a reader sent to its sink, in order.
struct Collected {
  std::vector<RawRecord> records;
  std::vector<Status> errors;
  std::vector<bool> is_error;  // per item, in arrival order

  RecordSink Sink() {
    return [this](Result<RawRecord> item) {
      is_error.push_back(!item.ok());
      if (item.ok()) {
        records.push_back(std::move(item).value());
      } else {
        errors.push_back(item.status());
      }
      return true;
    };
  }
};

inline Collected ReadAll(const std::string& path, const IngestOptions& options = {}) {
  Collected c;
  ReadInput(path, options, c.Sink());
  return c;
}

}  // namespace crosscheck::testing_util

#endif  // CROSSCHECK_TESTS_INGEST_READER_TEST_UTIL_H_
