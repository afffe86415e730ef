// Invariants every Document must hold, whatever the input: checked by the
// fuzz targets after each parse. A violation traps (the fuzzer reports it as a
// crash with the input that caused it).
//
//   - text is valid UTF-8;
//   - paragraphs, sentences and tokens lie inside text, in order, without
//     overlap, on UTF-8 character boundaries; each sentence's token range lies
//     inside the token list;
//   - to_input maps the whole text (output_size == text.size()) onto at most
//     `input_size` bytes, monotonically.
#ifndef CROSSCHECK_FUZZ_CHECK_DOCUMENT_H_
#define CROSSCHECK_FUZZ_CHECK_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "crosscheck/document.h"
#include "crosscheck/extract.h"
#include "crosscheck/ingest.h"
#include "crosscheck/text.h"

namespace crosscheck::fuzz {

// Traps with a message on stderr naming the first broken invariant.
void CheckDocument(const Document& document, std::size_t input_size);

// Reports a broken invariant `what` on stderr and traps.
[[noreturn]] void Fail(const std::string& what);

// True when `offset` is the end of `text` or the first byte of a character.
bool OnBoundary(std::string_view text, std::uint64_t offset);

// Cleans a record, analyses its text and applies the document stages that
// `stages` selects, checking the invariants after each step. A failed step (an
// error Status) is a normal outcome and ends the check. One per fuzz target
// (it holds a Cleaner, a TextAnalyzer and the stage list); not thread-safe.
class DocumentChecker {
 public:
  explicit DocumentChecker(const ExtractOptions& stages);
  ~DocumentChecker();
  // `published`, when not empty, replaces the cleaned document's publication
  // date before the stages run (the time stages read it).
  void Check(const RawRecord& record, std::string_view published = {});

 private:
  Cleaner cleaner_;
  std::unique_ptr<TextAnalyzer> text_;
  DocumentStages stages_;
};

// Checks `record` with StageChecker(ExtractOptions{}): every stage. A target
// uses this or StageChecker with its own set, not both.
void CleanAnalyzeAndCheck(const RawRecord& record);

// The process's DocumentChecker for the stages `stages` selects, built on the
// first call (later calls return it whatever they pass: one set per target).
DocumentChecker& StageChecker(const ExtractOptions& stages);

// Builds the DocumentChecker of CleanAnalyzeAndCheck now. Targets call it from
// LLVMFuzzerInitialize so that loading the models (seconds under ASan on a busy
// machine) is not charged to the first input's -timeout: on 2026-12-06 a
// 5-minute fuzz_html_page run on a loaded machine stopped at once with an empty
// input "timed out" after 11 s, all of it spent loading the models.
void WarmUp();

// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or values
// past U+10FFFF). Written here on purpose rather than calling ingest's
// FindInvalidUtf8: the cleaner validates with that function, so the fuzz check
// needs an independent reference to catch a bug in it.
bool IsValidUtf8(std::string_view bytes);

}  // namespace crosscheck::fuzz

#endif  // CROSSCHECK_FUZZ_CHECK_DOCUMENT_H_
