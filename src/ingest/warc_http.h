// The HTTP side of a WARC record: a response message's status line, headers
// and payload, and a Content-Type value's media type and charset.
//
// ParseHttpResponse reads an HTTP/1.x response as a crawler stored it (the
// block of a WARC "response" record):
//   - status line "HTTP/1.1 200 OK" (any HTTP/x version; the reason may be
//     missing); header lines up to the first empty line, CRLF or bare LF,
//     folded continuation lines joined; names are case-insensitive;
//   - Transfer-Encoding: chunked -> de-chunked (chunk extensions and trailers
//     ignored; a missing final 0-size chunk is tolerated when the data ends
//     exactly at a chunk boundary);
//   - Content-Encoding: gzip / x-gzip / deflate -> decompressed (a payload
//     that lacks the gzip magic is taken as already decoded, as some crawlers
//     store it); identity passes; anything else (br, zstd, compress) is
//     kUnsupported.
// Failure: kCorrupt naming the byte offset inside `message` (not an HTTP
// response, no end of headers, a bad chunk size, chunk data cut short, bad
// compressed data); kTooLarge when the decoded body would pass
// `max_body_bytes`. Pure functions, thread-safe.
#ifndef CROSSCHECK_INGEST_WARC_HTTP_H_
#define CROSSCHECK_INGEST_WARC_HTTP_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "crosscheck/status.h"

namespace crosscheck {

struct ContentType {
  std::string media_type;  // lower case, parameters stripped: "text/html"; empty if none
  std::string charset;     // the charset parameter without quotes, as given; empty if none
};

// `value` without leading and trailing spaces, tabs and CR (header values).
std::string_view TrimHeaderValue(std::string_view value);

// "text/html; charset=\"ISO-8859-1\"" -> {"text/html", "ISO-8859-1"}.
ContentType ParseContentType(std::string_view value);

// True for text/html and application/xhtml+xml.
bool IsHtmlMediaType(std::string_view media_type);

struct HttpResponse {
  int status = 0;               // 200, 404, ...
  ContentType content_type;     // from the Content-Type header
  std::string body;             // the payload, de-chunked and decompressed
  std::size_t body_offset = 0;  // offset of the payload in the message
};

Result<HttpResponse> ParseHttpResponse(std::string_view message, std::uint64_t max_body_bytes);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_WARC_HTTP_H_
