// Fuzzes one JSON Lines record: field mapping, author splitting, and the
// cleaning and text analysis of its article field. A parse either fails with
// a Status naming line and offset inside the line, or yields a record whose
// Document holds the invariants of check_document.h.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check_document.h"
#include "ingest/jsonl_record.h"

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  crosscheck::fuzz::WarmUp();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  crosscheck::Line line;
  line.text = std::string_view(reinterpret_cast<const char*>(data), size);
  line.number = 7;
  line.offset = 1000;
  line.length = size;
  crosscheck::Result<crosscheck::RawRecord> record =
      crosscheck::ParseJsonlRecord("fuzz.jsonl", line);
  if (!record.ok()) {
    const crosscheck::Location where = record.status().where();
    const std::int64_t end = 1000 + static_cast<std::int64_t>(size);
    if (where.offset != -1 && (where.offset < 1000 || where.offset > end)) __builtin_trap();
    return 0;
  }
  if (record->record != 7) __builtin_trap();
  crosscheck::fuzz::CleanAnalyzeAndCheck(*record);
  return 0;
}
