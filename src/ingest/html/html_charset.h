// HTML charset: the bytes of a web page -> UTF-8, with a map back to the bytes.
//
// Which charset wins, in this order (the HTML5 sniffing order, except that
// bytes which are valid UTF-8 are read as UTF-8 whatever a label says):
//   1. a byte-order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE);
//   2. binary content (NUL bytes, control characters) -> kUnsupported;
//   3. bytes that are valid UTF-8 -> UTF-8. A label naming another charset
//      (HTTP header hint or <meta>) that the bytes contradict is reported in
//      `mismatch` (the page is then decoded as UTF-8: a legacy-charset page
//      is practically never valid UTF-8 once it holds non-ASCII letters);
//   4. the record's `charset_hint` (an HTTP Content-Type header) when ICU
//      knows it, else a <meta charset> / <meta http-equiv content="...;
//      charset=..."> in the first 4 KiB, else ICU's detector. A label "UTF-8"
//      on bytes that are not valid UTF-8: mostly valid UTF-8 (a few broken
//      sequences) -> UTF-8 with each broken byte replaced by U+FFFD; otherwise
//      the detector decides and `mismatch` says so. ISO-8859-1 and US-ASCII
//      labels decode as windows-1252 (as browsers do).
// The text is always valid UTF-8.
//
// Errors: kUnsupported for binary content or an undetectable charset; the
// Location holds only the byte offset (the caller adds input and record).
// Thread safety: reentrant.
#ifndef CROSSCHECK_INGEST_HTML_HTML_CHARSET_H_
#define CROSSCHECK_INGEST_HTML_HTML_CHARSET_H_

#include <string>
#include <string_view>

#include "crosscheck/status.h"
#include "ingest/charset.h"

namespace crosscheck {

struct HtmlDecoded {
  DecodedText text;      // utf8, to_bytes, charset
  std::string source;    // where the charset came from: bom|utf8|header|meta|detected
  std::string mismatch;  // non-empty when a label contradicted the bytes: the reason
};

// The charset named by a <meta charset> or http-equiv Content-Type tag in the
// first 4 KiB of `bytes`, as written (empty when none).
std::string SniffMetaCharset(std::string_view bytes);

// See the file comment. `charset_hint` may be empty.
Result<HtmlDecoded> DecodeHtml(std::string_view bytes, std::string_view charset_hint);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_HTML_CHARSET_H_
