// `crosscheck serve` against bad input (issue 11): Route called directly, then
// the running server over raw sockets (so the bytes sent are exactly the
// table's): over-long targets, malformed request lines, bodies, a stalled
// client, traversal paths, other methods and hostile search strings; each
// gets a JSON error (never a 500, never a file), and the store is unchanged.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sqlite3.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "demo_server.h"
#include "serve/router.h"

using nlohmann::json;
using namespace std::chrono_literals;

namespace crosscheck::serve {
namespace {

int Connect(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

bool SendAll(int fd, const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

struct RawReply {
  int status = 0;  // 0: no answer
  std::string head, body;
  bool closed = false;  // the server closed the connection
  json Json() const { return json::parse(body, nullptr, /*allow_exceptions=*/false); }
};

// Reads one answer from `fd`: until its Content-Length is in (headers only
// for HEAD), the server closes, or `wait` passes.
RawReply ReadReply(int fd, std::chrono::milliseconds wait, bool head_only = false) {
  RawReply r;
  std::string buf;
  const auto deadline = std::chrono::steady_clock::now() + wait;
  for (;;) {
    const std::size_t end = buf.find("\r\n\r\n");
    if (end != std::string::npos) {
      r.head = buf.substr(0, end);
      std::size_t length = 0;
      const std::size_t at = r.head.find("Content-Length: ");
      if (at != std::string::npos) length = std::stoul(r.head.substr(at + 16));
      if (head_only || buf.size() >= end + 4 + length) {
        r.body = buf.substr(end + 4, head_only ? 0 : length);
        break;
      }
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    pollfd p{fd, POLLIN, 0};
    if (left.count() <= 0 || ::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
    char chunk[4096];
    const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
    if (n <= 0) {
      r.closed = true;
      break;
    }
    buf.append(chunk, static_cast<std::size_t>(n));
  }
  if (buf.rfind("HTTP/1.1 ", 0) == 0) r.status = std::atoi(buf.c_str() + 9);
  return r;
}

// Sends `request` on a fresh connection and reads the answer.
RawReply Exchange(int port, const std::string& request, bool head_only = false) {
  const int fd = Connect(port);
  if (fd < 0) return {};
  RawReply r = SendAll(fd, request) ? ReadReply(fd, 5000ms, head_only) : RawReply{};
  ::close(fd);
  return r;
}

std::string Get(const std::string& target) {
  return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
}

// Row counts of every table and PRAGMA integrity_check, as one string.
std::string Fingerprint(const std::string& db) {
  sqlite3* h = nullptr;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return "";
  std::string out;
  const auto each = [&](const std::string& sql, const std::function<void(sqlite3_stmt*)>& row) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
      out += "error preparing " + sql + ";";
      return;
    }
    while (sqlite3_step(st) == SQLITE_ROW) row(st);
    sqlite3_finalize(st);
  };
  std::vector<std::string> tables;
  each("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", [&](sqlite3_stmt* st) {
    tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
  });
  for (const std::string& t : tables)
    each("SELECT count(*) FROM \"" + t + "\"", [&](sqlite3_stmt* st) {
      out += t + "=" + std::to_string(sqlite3_column_int64(st, 0)) + ";";
    });
  each("PRAGMA integrity_check", [&](sqlite3_stmt* st) {
    out += std::string("integrity=") + reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  });
  sqlite3_close(h);
  return out;
}

// A JSON error body with this status and a message.
void ExpectJsonError(const RawReply& r, int status, const std::string& what) {
  EXPECT_EQ(r.status, status) << what << "\n" << r.head;
  const json body = r.Json();
  ASSERT_TRUE(body.is_object() && body.contains("error")) << what << ": " << r.body;
  EXPECT_EQ(body["error"]["status"], status) << what;
  EXPECT_FALSE(body["error"]["message"].get<std::string>().empty()) << what;
}

class ServeLimitsTest : public ::testing::Test {
 protected:
  static constexpr auto kReadTimeout = 300ms;
  static void SetUpTestSuite() {
    demo_ = new DemoServer;
    ASSERT_EQ(demo_->Start("serve_limits", {.host = "127.0.0.1",
                                            .port = 0,
                                            .read_timeout = kReadTimeout,
                                            .write_timeout = 2000ms,
                                            .keep_alive_timeout_s = 1,
                                            .max_body_bytes = 8192,
                                            .max_uri_bytes = 4096,
                                            .threads = 4}),
              "");
    before_ = Fingerprint(demo_->db());
  }
  static void TearDownTestSuite() {
    delete demo_;
    demo_ = nullptr;
  }
  static int Port() { return demo_->port(); }

  static inline DemoServer* demo_ = nullptr;
  static inline std::string before_;
};

TEST_F(ServeLimitsTest, RouteDecidesEveryAnswer) {
  struct Case {
    const char* method;
    std::string path;
    std::size_t body_bytes;
    int status;
  };
  const Case cases[] = {
      {"GET", "/api/stories", 0, 200},
      {"HEAD", "/api/stories", 0, 200},
      {"GET", "/", 0, 200},
      {"GET", "/api/nothing", 0, 404},
      {"GET", "/etc/passwd", 0, 404},
      {"POST", "/api/stories", 0, 405},
      {"DELETE", "/api/documents/x", 0, 405},
      {"OPTIONS", "/", 0, 405},
      {"", "/api/stories", 0, 405},
      {"GET", "/api/stories", 8193, 413},
      {"POST", "/api/stories", 1u << 20, 413},
      {"GET", "/" + std::string(5000, 'a'), 0, 414},
      {"GET", "", 0, 400},
      {"GET", "api/stories", 0, 400},
      {"GET", "/../../etc/passwd", 0, 400},
      {"GET", "/api/..", 0, 400},
      {"GET", "/api/./stories", 0, 400},
      {"GET", "/api/stories/../../etc/passwd", 0, 400},
      {"GET", std::string("/api/stories/\0", 14), 0, 400},
      {"GET", "/api/stories/\n", 0, 400},
      {"GET", "/api\\..\\etc\\passwd", 0, 400},
      {"GET", "/%2e%2e/etc/passwd", 0, 400},
  };
  for (const Case& c : cases) {
    const ApiResponse a = Route(demo_->api(), {.method = c.method,
                                               .path = c.path,
                                               .params = nullptr,
                                               .target_bytes = 0,
                                               .body_bytes = c.body_bytes});
    EXPECT_EQ(a.status, c.status) << c.method << " " << json(c.path).dump();
    if (c.path == "/" && c.status == 200) {
      EXPECT_EQ(a.content_type, "text/html; charset=utf-8");
      continue;
    }
    EXPECT_EQ(a.content_type, "application/json; charset=utf-8");
    const json body = json::parse(a.body, nullptr, false);
    ASSERT_FALSE(body.is_discarded()) << a.body;
    if (c.status != 200) {
      EXPECT_EQ(body["error"]["status"], c.status) << a.body;
    }
  }
  // The target's length counts, query included; a chunked body is refused.
  EXPECT_EQ(Route(demo_->api(), {.method = "GET", .path = "/", .target_bytes = 4097}).status, 414);
  EXPECT_EQ(Route(demo_->api(), {.method = "GET", .path = "/", .body_unsized = true}).status, 413);
  EXPECT_EQ(Route(demo_->api(), {.method = "GET", .path = "/"}, {.max_uri_bytes = 1}).status, 200);
  EXPECT_EQ(Route(demo_->api(), {.method = "GET", .path = "/ab"}, {.max_uri_bytes = 2}).status,
            414);
  const QueryParams q{{"q", "flood"}};
  EXPECT_EQ(Route(demo_->api(), {.method = "GET", .path = "/api/search", .params = &q}).status,
            200);
}

TEST_F(ServeLimitsTest, OverLongAndMalformedRequests) {
  struct Case {
    std::string request;
    int status;
  };
  const Case cases[] = {
      {Get("/api/search?q=" + std::string(5000, 'a')), 414},  // over max_uri_bytes
      {Get("/" + std::string(9000, 'a')), 414},               // over httplib's 8192
      {"GARBAGE\r\n\r\n", 400},
      {"GET\r\n\r\n", 400},
      {"GET /api/stories\r\n\r\n", 400},
      {"GET /api/stories HTTP/1.1\r\nX: " + std::string(9000, 'x') + "\r\n\r\n", 400},
      {"FETCH /api/stories HTTP/1.1\r\n\r\n", 400},
      {"POST /api/stories HTTP/1.1\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n", 413},
      {"GET /api/stories HTTP/1.1\r\nContent-Length: 9000\r\nConnection: close\r\n\r\n", 413},
      {"GET /api/stories HTTP/1.1\r\nContent-Length: -1\r\nConnection: close\r\n\r\n", 413},
      {"POST /api/stories HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
       413},
  };
  for (const Case& c : cases)
    ExpectJsonError(Exchange(Port(), c.request), c.status, c.request.substr(0, 60));
}

TEST_F(ServeLimitsTest, OtherMethodsAre405AndHeadHasNoBody) {
  for (const char* method : {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"}) {
    const std::string request = std::string(method) +
                                " /api/stories HTTP/1.1\r\nHost: localhost\r\n"
                                "Content-Length: 0\r\nConnection: close\r\n\r\n";
    ExpectJsonError(Exchange(Port(), request), 405, method);
  }
  const RawReply head =
      Exchange(Port(), "HEAD /api/stories HTTP/1.1\r\nConnection: close\r\n\r\n", true);
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
}

TEST_F(ServeLimitsTest, TraversalTargetsServeNoFile) {
  struct Case {
    std::string target;
    int status;
  };
  const Case cases[] = {
      {"/../../etc/passwd", 400},
      {"/%2e%2e/%2e%2e/etc/passwd", 400},
      {"/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", 400},
      {"/api/../../etc/passwd", 400},
      {"/api/stories/..%2f..%2fetc%2fpasswd", 400},
      {"/api/documents/..", 400},
      {"/./api/stories", 400},
      {"/%252e%252e/etc/passwd", 400},  // encoded twice
      {"/api/stories/%00", 400},
      {"/api/stories/x%00.json", 400},
      {"/api\\..\\..\\etc\\passwd", 400},
      {"/..%5c..%5cetc%5cpasswd", 400},
      {"//etc/passwd", 404},
      {"/etc/passwd", 404},
      {"/api/stories/%0d%0aSet-Cookie:x", 400},
  };
  for (const Case& c : cases) {
    const RawReply r = Exchange(Port(), Get(c.target));
    ExpectJsonError(r, c.status, c.target);
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << c.target;
    EXPECT_EQ(r.head.find("Set-Cookie"), std::string::npos) << c.target;
  }
}

TEST_F(ServeLimitsTest, StalledClientIsDroppedAndDoesNotBlockOthers) {
  for (const std::string half : {"GET /api/sto", "GET /api/stories HTTP/1.1\r\nHost: x\r\n"}) {
    const int stalled = Connect(Port());
    ASSERT_GE(stalled, 0);
    ASSERT_TRUE(SendAll(stalled, half));
    const auto start = std::chrono::steady_clock::now();
    // Others are answered meanwhile.
    for (int i = 0; i < 5; ++i) EXPECT_EQ(Exchange(Port(), Get("/api/stories")).status, 200);
    // The stalled one is closed after the read timeout (perhaps with a 400
    // first, then after the keep-alive timeout of 1 s).
    RawReply r = ReadReply(stalled, 5000ms);
    if (!r.closed && r.status == 400) r = ReadReply(stalled, 5000ms);
    const auto waited = std::chrono::steady_clock::now() - start;
    EXPECT_TRUE(r.closed) << json(half).dump();
    EXPECT_GE(waited, kReadTimeout - 50ms) << json(half).dump();
    EXPECT_LT(waited, 4s) << json(half).dump();
    ::close(stalled);
  }
}

TEST_F(ServeLimitsTest, HostileSearchesAreAnsweredAndLeaveTheStoreAlone) {
  const std::vector<std::string> hostile = {
      "\"unbalanced",
      "NEAR(",
      "NEAR(flood wall, 2)",
      "*",
      "flood*",
      "title:flood",
      "text:flood OR title:wall",
      "a OR",
      "OR AND NOT",
      "^flood",
      "flood + wall",
      "(((",
      "'; DROP TABLE documents; --",
      "\" OR 1=1 --",
      "flood'; DELETE FROM documents WHERE '1'='1",
      "%",
      "%%25",
      "\\",
      std::string(1000, 'a'),
      std::string(300, '('),
      "\xff\xfe\xfd",
      "flood \xc3",
      std::string("flood\0wall", 10),
      "{flood}",
      "flood NOT",
  };
  for (const std::string& q : hostile) {
    const RawReply r = Exchange(Port(), Get("/api/search?q=" + PercentEncode(q)));
    const std::string what = json(q).dump(-1, ' ', false, json::error_handler_t::replace);
    EXPECT_TRUE(r.status == 200 || r.status == 400) << what << " -> " << r.status;
    const json body = r.Json();
    ASSERT_TRUE(body.is_object()) << what << ": " << r.body;
    if (r.status == 200) {
      EXPECT_TRUE(body["hits"].is_array()) << what;
    } else {
      EXPECT_EQ(body["error"]["status"], 400) << what;
    }
  }
  // Longer than max_uri_bytes once encoded: 414, also a JSON error.
  ExpectJsonError(Exchange(Port(), Get("/api/search?q=" + PercentEncode(std::string(2000, ' ')))),
                  414, "2000 spaces");
  // Still answering, and the store is as before.
  EXPECT_EQ(Exchange(Port(), Get("/api/search?q=flood")).status, 200);
  const std::string after = Fingerprint(demo_->db());
  EXPECT_EQ(after, before_);
  EXPECT_NE(after.find("documents="), std::string::npos) << after;
  EXPECT_NE(after.find("integrity=ok"), std::string::npos) << after;
}

}  // namespace
}  // namespace crosscheck::serve
