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
#include <string_view>

#include "crosscheck/document.h"
#include "crosscheck/ingest.h"

namespace crosscheck::fuzz {

// Traps with a message on stderr naming the first broken invariant.
void CheckDocument(const Document& document, std::size_t input_size);

// Cleans `record`, analyses its text and applies the document stages (one
// Cleaner, TextAnalyzer and stage list kept for
// the process), checking the invariants after each step. A failed step (an
// error Status) is a normal outcome and ends the check.
void CleanAnalyzeAndCheck(const RawRecord& record);

// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or values
// past U+10FFFF). Written here on purpose rather than calling ingest's
// FindInvalidUtf8: the cleaner validates with that function, so the fuzz check
// needs an independent reference to catch a bug in it.
bool IsValidUtf8(std::string_view bytes);

}  // namespace crosscheck::fuzz

#endif  // CROSSCHECK_FUZZ_CHECK_DOCUMENT_H_
