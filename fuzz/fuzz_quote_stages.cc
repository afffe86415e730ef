// Fuzzes the quotation stages (src/extract/quote_*, src/resolve/speaker_*)
// through the real cleaner and text stage, parsing the sentences that hold a
// reporting cue as the pipeline does. Invariants: check_document.h.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check_document.h"

namespace {
// Built in LLVMFuzzerInitialize (see WarmUp in check_document.h).
crosscheck::fuzz::DocumentChecker& Checker() {
  crosscheck::ExtractOptions stages;
  stages.mentions = true;
  stages.quotes = true;
  stages.time = false;
  return crosscheck::fuzz::StageChecker(stages);
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  Checker();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  crosscheck::RawRecord record;
  record.path = "fuzz.txt";
  record.format = "text";
  record.body.assign(reinterpret_cast<const char*>(data), size);
  Checker().Check(record);
  return 0;
}
