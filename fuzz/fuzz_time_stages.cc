// Fuzzes the temporal-expression and quantity stages (src/extract/timex_*,
// quantity_*, src/resolve/timex_normalizer, stale_content) through the real
// cleaner and text stage. The first line of the input, when it is 10 bytes,
// is the publication date the values are resolved against ("2026-03-12", or
// any bytes: a bad date must leave values undefined, not crash); the rest is
// the article. Invariants: check_document.h.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check_document.h"

namespace {
// Built in LLVMFuzzerInitialize (see WarmUp in check_document.h).
crosscheck::fuzz::DocumentChecker& Checker() {
  crosscheck::ExtractOptions stages;
  stages.mentions = false;
  stages.quotes = false;
  stages.time = true;
  return crosscheck::fuzz::StageChecker(stages);
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  Checker();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string body(reinterpret_cast<const char*>(data), size);
  std::string published;
  if (body.size() > 11 && body[10] == '\n') {
    published = body.substr(0, 10);
    body.erase(0, 11);
  }
  crosscheck::RawRecord record;
  record.path = "fuzz.txt";
  record.format = "text";
  record.body = std::move(body);
  Checker().Check(record, published);
  return 0;
}
