#include "ingest/warc_http.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>

#include "ingest/cleaner_lines.h"

namespace crosscheck {
namespace {

std::string_view Trim(std::string_view s) { return TrimHeaderValue(s); }

Location At(std::size_t offset) {
  return {.input = "", .record = -1, .offset = static_cast<std::int64_t>(offset)};
}

// Inflates `data` (gzip when `gzip`, else zlib or raw deflate).
Result<std::string> Inflate(std::string_view data, bool gzip, std::uint64_t max_bytes,
                            std::size_t offset) {
  auto run = [&](int window_bits, std::string* out) -> int {
    z_stream z{};
    if (inflateInit2(&z, window_bits) != Z_OK) return Z_MEM_ERROR;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    int rc = Z_OK;
    char chunk[64 << 10];
    while (rc == Z_OK) {
      z.next_out = reinterpret_cast<Bytef*>(chunk);
      z.avail_out = sizeof chunk;
      rc = inflate(&z, Z_NO_FLUSH);
      out->append(chunk, sizeof chunk - z.avail_out);
      if (out->size() > max_bytes) rc = Z_MEM_ERROR;
      if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // cut short
      if (rc == Z_BUF_ERROR) rc = Z_OK;
      if (rc == Z_STREAM_END && gzip && z.avail_in > 0) {
        // Another gzip member follows.
        if (inflateReset(&z) != Z_OK) break;
        rc = Z_OK;
      }
    }
    inflateEnd(&z);
    return rc;
  };
  std::string out;
  int rc = run(gzip ? 16 + MAX_WBITS : MAX_WBITS, &out);
  if (!gzip && rc == Z_DATA_ERROR) {
    out.clear();
    rc = run(-MAX_WBITS, &out);
  }
  if (out.size() > max_bytes) {
    return Status::TooLarge(
        "decompressed HTTP payload exceeds the " + std::to_string(max_bytes) + "-byte record limit",
        At(offset));
  }
  if (rc == Z_STREAM_END) return out;
  return Status::Corrupt(std::string(rc == Z_BUF_ERROR ? "truncated" : "corrupt") + " " +
                             (gzip ? "gzip" : "deflate") + " HTTP payload",
                         At(offset));
}

Result<std::string> Dechunk(std::string_view data, std::size_t offset) {
  std::string out;
  std::size_t at = 0;
  for (;;) {
    std::size_t eol = data.find('\n', at);
    if (eol == std::string_view::npos) {
      if (Trim(data.substr(at)).empty()) return out;  // ended on a chunk boundary
      return Status::Corrupt("chunked HTTP payload: chunk size line cut short", At(offset + at));
    }
    std::string_view line = Trim(data.substr(at, eol - at));
    line = line.substr(0, line.find(';'));
    line = Trim(line);
    std::uint64_t size = 0;
    if (line.empty() || line.size() > 15 ||
        !std::all_of(line.begin(), line.end(), [](char c) { return std::isxdigit(c) != 0; })) {
      return Status::Corrupt(
          "chunked HTTP payload: bad chunk size \"" + std::string(line.substr(0, 20)) + "\"",
          At(offset + at));
    }
    size = std::stoull(std::string(line), nullptr, 16);
    at = eol + 1;
    if (size == 0) return out;  // trailers ignored
    if (size > data.size() - at) {
      return Status::Corrupt("chunked HTTP payload: chunk of " + std::to_string(size) +
                                 " bytes cut short (" + std::to_string(data.size() - at) + " left)",
                             At(offset + at));
    }
    out.append(data.substr(at, size));
    at += size;
    if (data.compare(at, 2, "\r\n") == 0) {
      at += 2;
    } else if (data.compare(at, 1, "\n") == 0) {
      at += 1;
    }
  }
}

}  // namespace

std::string_view TrimHeaderValue(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

ContentType ParseContentType(std::string_view value) {
  ContentType type;
  std::size_t semi = value.find(';');
  type.media_type = AsciiLower(Trim(value.substr(0, semi)));
  while (semi != std::string_view::npos) {
    std::size_t next = value.find(';', semi + 1);
    std::string_view param = Trim(value.substr(
        semi + 1, next == std::string_view::npos ? std::string_view::npos : next - semi - 1));
    std::size_t eq = param.find('=');
    if (eq != std::string_view::npos && AsciiLower(Trim(param.substr(0, eq))) == "charset") {
      std::string_view cs = Trim(param.substr(eq + 1));
      if (cs.size() >= 2 && (cs.front() == '"' || cs.front() == '\'') && cs.back() == cs.front()) {
        cs = cs.substr(1, cs.size() - 2);
      }
      type.charset = std::string(Trim(cs));
    }
    semi = next;
  }
  return type;
}

bool IsHtmlMediaType(std::string_view media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

Result<HttpResponse> ParseHttpResponse(std::string_view message, std::uint64_t max_body_bytes) {
  HttpResponse response;
  if (message.compare(0, 5, "HTTP/") != 0) {
    return Status::Corrupt("not an HTTP response (no \"HTTP/\" status line)", At(0));
  }
  std::size_t eol = message.find('\n');
  if (eol == std::string_view::npos) {
    return Status::Corrupt("HTTP response without headers", At(0));
  }
  std::string_view status_line = Trim(message.substr(0, eol));
  std::size_t space = status_line.find(' ');
  if (space == std::string_view::npos || status_line.size() < space + 4 ||
      !std::all_of(status_line.begin() + static_cast<std::ptrdiff_t>(space) + 1,
                   status_line.begin() + static_cast<std::ptrdiff_t>(space) + 4,
                   [](char c) { return c >= '0' && c <= '9'; })) {
    return Status::Corrupt(
        "bad HTTP status line \"" + std::string(status_line.substr(0, 40)) + "\"", At(0));
  }
  response.status = std::stoi(std::string(status_line.substr(space + 1, 3)));
  std::string transfer_encoding, content_encoding, content_type;
  std::string* last = nullptr;
  std::size_t at = eol + 1;
  bool ended = false;
  while (at < message.size()) {
    std::size_t end = message.find('\n', at);
    if (end == std::string_view::npos) break;
    std::string_view line = message.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    at = end + 1;
    if (line.empty()) {
      ended = true;
      break;
    }
    if ((line.front() == ' ' || line.front() == '\t') && last != nullptr) {
      *last += " ";
      *last += Trim(line);
      continue;
    }
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;  // a broken header line: ignored
    std::string name = AsciiLower(Trim(line.substr(0, colon)));
    std::string_view value = Trim(line.substr(colon + 1));
    last = nullptr;
    if (name == "content-type") last = &content_type;
    if (name == "transfer-encoding") last = &transfer_encoding;
    if (name == "content-encoding") last = &content_encoding;
    if (last != nullptr) *last = std::string(value);
  }
  if (!ended) {
    return Status::Corrupt("HTTP headers without an end (no empty line)", At(message.size()));
  }
  response.content_type = ParseContentType(content_type);
  response.body_offset = at;
  std::string_view payload = message.substr(at);
  std::string body;
  if (AsciiLower(transfer_encoding).find("chunked") != std::string::npos) {
    Result<std::string> dechunked = Dechunk(payload, at);
    if (!dechunked.ok()) return dechunked.status();
    body = std::move(*dechunked);
  } else {
    body = std::string(payload);
  }
  const std::string encoding = AsciiLower(content_encoding);
  if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
    const bool gzip = encoding != "deflate";
    const bool has_magic = body.size() >= 2 && body[0] == '\x1f' && body[1] == '\x8b';
    if (!gzip || has_magic) {
      Result<std::string> inflated = Inflate(body, gzip, max_body_bytes, at);
      if (!inflated.ok()) return inflated.status();
      body = std::move(*inflated);
    }
  } else if (!encoding.empty() && encoding != "identity") {
    return Status::Unsupported("unsupported HTTP Content-Encoding \"" + content_encoding + "\"",
                               At(0));
  }
  if (body.size() > max_body_bytes) {
    return Status::TooLarge("HTTP payload of " + std::to_string(body.size()) +
                                " bytes exceeds the " + std::to_string(max_body_bytes) +
                                "-byte record limit",
                            At(at));
  }
  response.body = std::move(body);
  return response;
}

}  // namespace crosscheck
