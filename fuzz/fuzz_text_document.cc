// Fuzzes a plain-text article end to end through ingest and text: charset
// detection and conversion, white-space and line cleaning, boilerplate and
// duplicate removal, NFC, sentences, tokens. Every input must give either a
// Document that holds the invariants of check_document.h or an error Status.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check_document.h"

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  crosscheck::fuzz::WarmUp();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  crosscheck::RawRecord record;
  record.path = "fuzz.txt";
  record.format = "text";
  record.body.assign(reinterpret_cast<const char*>(data), size);
  crosscheck::fuzz::CleanAnalyzeAndCheck(record);
  return 0;
}
