// Fuzzes quotation-mark pairing (src/extract/quote_marks.h) on raw bytes,
// paragraphs cut at blank lines: every region must lie inside the text, on
// character boundaries, its inner span inside its outer one, regions sorted by
// start; and the pass must stay linear (libFuzzer's -timeout catches a hang).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "check_document.h"
#include "extract/quote_marks.h"
#include "ingest/paragraph_spans.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using crosscheck::fuzz::Fail;
  using crosscheck::fuzz::OnBoundary;
  const std::string text(reinterpret_cast<const char*>(data), size);
  // The stage only ever sees valid UTF-8 (the cleaner guarantees it).
  if (!crosscheck::fuzz::IsValidUtf8(text)) return 0;
  const std::vector<crosscheck::Paragraph> paragraphs = crosscheck::ParagraphSpans(text);
  const std::vector<crosscheck::QuoteRegion> regions = crosscheck::PairQuoteMarks(text, paragraphs);
  std::uint64_t last_start = 0;
  for (const crosscheck::QuoteRegion& r : regions) {
    if (r.outer.start > r.outer.end || r.outer.end > text.size()) Fail("outer span outside text");
    if (r.inner.start > r.inner.end) Fail("inner span reversed");
    if (r.inner.start < r.outer.start || r.inner.end > r.outer.end) Fail("inner not in outer");
    if (!OnBoundary(text, r.outer.start) || !OnBoundary(text, r.outer.end) ||
        !OnBoundary(text, r.inner.start) || !OnBoundary(text, r.inner.end)) {
      Fail("a span cuts a UTF-8 character");
    }
    if (r.outer.start < last_start) Fail("regions not sorted by start");
    if (r.paragraphs == 0) Fail("a region covers no paragraph");
    last_start = r.outer.start;
  }
  return 0;
}
