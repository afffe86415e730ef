// Fuzzes an HTML page end to end: charset sniffing and decoding, the libxml2
// parse, the block walk, main-text extraction, the offset map back to the
// page bytes, page metadata, then text analysis. Every page must give either
// a Document holding the invariants of check_document.h or an error Status.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check_document.h"
#include "ingest/html/clean_html.h"

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  crosscheck::fuzz::WarmUp();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  crosscheck::fuzz::CleanAnalyzeAndCheck(crosscheck::HtmlPageRecord(
      "fuzz.html", std::string(reinterpret_cast<const char*>(data), size)));
  return 0;
}
