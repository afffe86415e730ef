// Fuzzes the WARC reader (records, HTTP headers, chunked and compressed
// payloads, resynchronisation after damage) and then every page it yields
// through cleaning and text analysis. Invariants: records arrive numbered in
// increasing order, each error names the file, no body exceeds the record
// limit, and every Document holds the invariants of check_document.h.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "check_document.h"
#include "ingest/byte_source.h"
#include "ingest/warc_reader.h"

namespace {

// The fuzz input as a stream, delivered in small uneven reads so record and
// header boundaries fall anywhere inside a buffer.
class InputSource : public crosscheck::ByteSource {
 public:
  explicit InputSource(std::string_view bytes) : bytes_(bytes) {}
  crosscheck::Result<std::size_t> Read(char* buffer, std::size_t capacity) override {
    const std::size_t n = std::min({capacity, bytes_.size() - at_, std::size_t{1 + at_ % 997}});
    std::memcpy(buffer, bytes_.data() + at_, n);
    at_ += n;
    return n;
  }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  crosscheck::fuzz::WarmUp();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  crosscheck::IngestOptions options;
  options.max_record_bytes = 1 << 20;
  InputSource source(std::string_view(reinterpret_cast<const char*>(data), size));
  std::int64_t last_record = 0;
  crosscheck::ReadStats stats;
  crosscheck::ReadWarc(
      source, nullptr, "fuzz.warc", options,
      [&](crosscheck::Result<crosscheck::RawRecord> record) -> bool {
        if (!record.ok()) {
          if (record.status().where().input != "fuzz.warc") __builtin_trap();
          return true;
        }
        if (record->record <= last_record) __builtin_trap();
        last_record = record->record;
        if (record->body.size() > options.max_record_bytes) __builtin_trap();
        crosscheck::fuzz::CleanAnalyzeAndCheck(*record);
        return true;
      },
      &stats);
  return 0;
}
