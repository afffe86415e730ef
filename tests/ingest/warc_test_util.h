// Builders for invented WARC files in tests: records, HTTP responses, chunked
// bodies and per-record gzip. Header-only; test code only.
#ifndef CROSSCHECK_TESTS_INGEST_WARC_TEST_UTIL_H_
#define CROSSCHECK_TESTS_INGEST_WARC_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "reader_test_util.h"

namespace crosscheck::testing_util {

struct WarcRecordSpec {
  std::string type;          // warcinfo, request, response, resource, ...
  std::string uri;           // WARC-Target-URI ("" = none)
  std::string content_type;  // WARC Content-Type
  std::string block;
  std::string length = "";  // Content-Length as written; "" = the block's size
  std::string version = "1.1";
};

inline std::string WarcRecord(const WarcRecordSpec& spec) {
  std::string out = "WARC/" + spec.version + "\r\n";
  out += "WARC-Type: " + spec.type + "\r\n";
  out += "WARC-Record-ID: <urn:uuid:7a1c0b52-0000-4000-8000-" + std::to_string(spec.block.size()) +
         ">\r\n";
  out += "WARC-Date: 2026-03-02T08:15:00Z\r\n";
  if (!spec.uri.empty()) out += "WARC-Target-URI: " + spec.uri + "\r\n";
  if (!spec.content_type.empty()) out += "Content-Type: " + spec.content_type + "\r\n";
  out +=
      "Content-Length: " + (spec.length.empty() ? std::to_string(spec.block.size()) : spec.length) +
      "\r\n\r\n";
  out += spec.block;
  out += "\r\n\r\n";
  return out;
}

// An HTTP response message: status line, header lines (each without CRLF), body.
inline std::string Http(std::string_view status_line, const std::vector<std::string>& headers,
                        std::string_view body) {
  std::string out = std::string(status_line) + "\r\n";
  for (const std::string& h : headers) out += h + "\r\n";
  out += "\r\n";
  out += body;
  return out;
}

// `body` in chunks of `size` bytes, with a chunk extension on the first.
inline std::string Chunked(std::string_view body, std::size_t size) {
  std::string out;
  bool first = true;
  for (std::size_t at = 0; at < body.size(); at += size) {
    std::string_view piece = body.substr(at, size);
    char hex[32];
    std::snprintf(hex, sizeof hex, "%zx", piece.size());
    out += hex;
    if (first) out += ";name=tide";
    first = false;
    out += "\r\n";
    out += piece;
    out += "\r\n";
  }
  out += "0\r\nX-Trailer: end\r\n\r\n";
  return out;
}

// Each record compressed as its own gzip member, as .warc.gz files are.
inline std::string GzipEach(const std::vector<std::string>& records) {
  std::string out;
  for (const std::string& r : records) out += Gzip(r);
  return out;
}

}  // namespace crosscheck::testing_util

#endif  // CROSSCHECK_TESTS_INGEST_WARC_TEST_UTIL_H_
