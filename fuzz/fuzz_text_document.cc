// Fuzzes a plain-text article end to end through ingest and text: charset
// detection and conversion, white-space and line cleaning, boilerplate and
// duplicate removal, NFC, sentences, tokens. Every input must give either a
// Document that holds the invariants of check_document.h or an error Status.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "check_document.h"
#include "crosscheck/ingest.h"
#include "crosscheck/text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static crosscheck::Cleaner* cleaner = new crosscheck::Cleaner();
  static crosscheck::TextAnalyzer* text = [] {
    auto made = crosscheck::TextAnalyzer::Create();
    if (!made.ok()) __builtin_trap();
    return made->release();
  }();
  crosscheck::RawRecord record;
  record.path = "fuzz.txt";
  record.format = "text";
  record.body.assign(reinterpret_cast<const char*>(data), size);
  crosscheck::Result<crosscheck::Document> doc = cleaner->Clean(record);
  if (!doc.ok()) return 0;
  crosscheck::fuzz::CheckDocument(*doc, size);
  if (text->Analyze(*doc).ok()) crosscheck::fuzz::CheckDocument(*doc, size);
  return 0;
}
