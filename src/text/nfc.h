// NFC: Unicode normalisation form C for UTF-8 text, with an offset map.
//
//   Result<NfcResult> r = NormalizeNfc(text);
//   if (r.ok() && r->changed) { text = std::move(r->text); map = r->map.Then(map); }
//
// Fast path: text that is already NFC (almost all news) is detected with
// ICU's quick check straight over the UTF-8 bytes and returned as
// changed = false with an empty `text` (no copy) and the identity map.
//
// Otherwise the text is normalised by ICU (Normalizer2::normalizeUTF8), which
// reports its work as an icu::Edits list: spans that stayed the same and
// spans between normalisation boundaries that were rewritten. Unchanged
// spans become OffsetMap copies, rewritten ones replace segments, so the map
// points a composed character ("é" from "e" + U+0301) at all the bytes it was
// made of.
//
// Ill-formed UTF-8 is not an error: ICU passes such bytes through unchanged.
// Failure: kInternal when ICU reports an error (missing data, out of memory);
// kTooLarge for text of 2 GiB or more (ICU lengths are 32-bit).
// Thread safety: reentrant (the ICU NFC instance is a shared immutable singleton).
#ifndef CROSSCHECK_TEXT_NFC_H_
#define CROSSCHECK_TEXT_NFC_H_

#include <string>
#include <string_view>

#include "crosscheck/offset_map.h"
#include "crosscheck/status.h"

namespace crosscheck::text {

struct NfcResult {
  bool changed = false;  // false: the input was NFC; `text` is empty, `map` the identity
  std::string text;      // the NFC text when changed
  OffsetMap map;         // NFC text offsets -> input offsets
};

Result<NfcResult> NormalizeNfc(std::string_view text);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_NFC_H_
