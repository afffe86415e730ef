// Charset: from the bytes of a record body to UTF-8, with a map back to the bytes.
//
// DecodeToUtf8 decides, in this order:
//   1. a byte-order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE) -> decode accordingly
//      (the BOM itself is dropped from the text);
//   2. binary content: any NUL byte, or more than 10% C0 control characters
//      (other than \t \n \r \f and ESC) in the first 4 KiB -> kUnsupported
//      "binary content (N NUL bytes in the first 4 KiB)" at the first such byte;
//   3. valid UTF-8 -> kept as is (identity map);
//   4. bytes that hold valid multi-byte UTF-8 sequences *and* invalid ones ->
//      kCorrupt "invalid UTF-8 at byte N" (broken UTF-8, not a legacy charset);
//   5. otherwise ICU's detector (ucsdet) names a legacy charset (windows-1252,
//      ISO-8859-x, Shift_JIS, KOI8-R, ...) and ucnv converts it; the map is
//      built from ucnv_toUnicode's per-unit source offsets. No usable guess ->
//      kUnsupported "cannot detect the character set".
//
// Errors carry only the byte offset (Location::offset); the caller adds the
// input and record with Status::WithLocation.
// Thread safety: reentrant (each call opens its own ICU objects).
#ifndef CROSSCHECK_INGEST_CHARSET_H_
#define CROSSCHECK_INGEST_CHARSET_H_

#include <string>
#include <string_view>

#include "crosscheck/offset_map.h"
#include "crosscheck/status.h"

namespace crosscheck {

struct DecodedText {
  std::string utf8;     // the text in UTF-8
  OffsetMap to_bytes;   // utf8 offsets -> offsets in the input bytes
  std::string charset;  // "UTF-8", "UTF-16LE", "windows-1252", ...
};

// OK, or kUnsupported naming the NUL / control-character count and the offset
// of the first offending byte. Looks at the first 4 KiB only.
Status CheckBinary(std::string_view bytes);

// Offset of the first byte that is not part of a valid UTF-8 sequence, or
// npos. `multibyte` (optional) receives the number of valid sequences of two
// or more bytes seen before that point.
std::size_t FindInvalidUtf8(std::string_view bytes, std::size_t* multibyte = nullptr);

// See the file comment.
Result<DecodedText> DecodeToUtf8(std::string_view bytes);

// Decodes `bytes` as the charset ICU knows by `converter` (an alias such as
// "windows-1252", "Shift_JIS", "UTF-8"), skipping a leading BOM of that
// encoding. Bytes that are invalid in it become U+FFFD (each mapped to the
// bytes it replaces). kUnsupported when ICU has no such converter. `out`'s
// charset is set to `converter`.
Result<DecodedText> DecodeAs(std::string_view bytes, const char* converter);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_CHARSET_H_
