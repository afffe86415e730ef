#include "ingest/warc_http.h"

#include <gtest/gtest.h>

#include <string>

#include "warc_test_util.h"

namespace crosscheck {
namespace {

using testing_util::Chunked;
using testing_util::Gzip;
using testing_util::Http;

TEST(WarcHttpTest, ContentTypeValues) {
  const struct {
    const char* value;
    const char* media_type;
    const char* charset;
  } cases[] = {
      {"text/html", "text/html", ""},
      {"Text/HTML; Charset=ISO-8859-1", "text/html", "ISO-8859-1"},
      {"text/html; charset=\"utf-8\"; boundary=x", "text/html", "utf-8"},
      {"application/xhtml+xml;charset='windows-1252'", "application/xhtml+xml", "windows-1252"},
      {"", "", ""},
      {"text/plain; format=flowed", "text/plain", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.value);
    ContentType t = ParseContentType(c.value);
    EXPECT_EQ(t.media_type, c.media_type);
    EXPECT_EQ(t.charset, c.charset);
  }
  EXPECT_TRUE(IsHtmlMediaType("application/xhtml+xml"));
  EXPECT_FALSE(IsHtmlMediaType("text/plain"));
}

TEST(WarcHttpTest, ResponsesDecoded) {
  const std::string page =
      "<html><body><p>Kelp farm permits double in Saltreach.</p></body></html>";
  const struct {
    const char* description;
    std::string message;
    int status;
  } cases[] = {
      {"plain", Http("HTTP/1.1 200 OK", {"Content-Type: text/html"}, page), 200},
      {"folded header",
       Http("HTTP/1.1 200 OK", {"Content-Type: text/html;", " charset=utf-8"}, page), 200},
      {"chunked with trailer",
       Http("HTTP/1.1 200 OK", {"Transfer-Encoding: chunked"}, Chunked(page, 9)), 200},
      {"chunked without the final chunk",
       Http("HTTP/1.1 200 OK", {"Transfer-Encoding: chunked"},
            Chunked(page, 9).substr(0, Chunked(page, 9).find("0\r\nX-Trailer"))),
       200},
      {"deflate (zlib)", "", 200},
      {"no reason phrase", Http("HTTP/1.1 203", {}, page), 203},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    std::string message = c.message;
    if (message.empty()) {
      // zlib-wrapped deflate, as servers send "Content-Encoding: deflate".
      z_stream z{};
      deflateInit(&z, 6);
      std::string out(deflateBound(&z, page.size()), '\0');
      z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(page.data()));
      z.avail_in = static_cast<uInt>(page.size());
      z.next_out = reinterpret_cast<Bytef*>(out.data());
      z.avail_out = static_cast<uInt>(out.size());
      deflate(&z, Z_FINISH);
      out.resize(z.total_out);
      deflateEnd(&z);
      message = Http("HTTP/1.1 200 OK", {"Content-Encoding: deflate"}, out);
    }
    Result<HttpResponse> r = ParseHttpResponse(message, 1 << 20);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->status, c.status);
    EXPECT_EQ(r->body, page);
  }
  Result<HttpResponse> folded = ParseHttpResponse(cases[1].message, 1 << 20);
  ASSERT_TRUE(folded.ok());
  EXPECT_EQ(folded->content_type.charset, "utf-8");
}

TEST(WarcHttpTest, BadMessages) {
  const std::string big = Gzip(std::string(5000, 'a'));
  const struct {
    const char* description;
    std::string message;
    StatusCode code;
  } cases[] = {
      {"not HTTP", "GET / HTTP/1.1\r\n\r\n", StatusCode::kCorrupt},
      {"bad status", "HTTP/1.1 OK\r\n\r\n", StatusCode::kCorrupt},
      {"no end of headers", "HTTP/1.1 200 OK\r\nA: b\r\n", StatusCode::kCorrupt},
      {"decompresses past the limit", Http("HTTP/1.1 200 OK", {"Content-Encoding: gzip"}, big),
       StatusCode::kTooLarge},
      {"zstd", Http("HTTP/1.1 200 OK", {"Content-Encoding: zstd"}, "x"), StatusCode::kUnsupported},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    Result<HttpResponse> r = ParseHttpResponse(c.message, 1000);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), c.code) << r.status().ToString();
  }
}

}  // namespace
}  // namespace crosscheck
