// The HTTP side of `crosscheck serve`: cpp-httplib 0.11 (Debian's
// libcpp-httplib-dev, its shared library, no TLS) serving the JSON API
// (api.h) under /api/ and the web page (web_page.h) at /. Every answer is
// decided by router.h: one pre-routing hook hands each request to Route, and
// the error hook turns the requests httplib refuses itself (malformed, too
// long, body too large) into the same JSON errors.
//
//   Server server(api);
//   Status st = server.Bind({.host = "127.0.0.1", .port = 0});  // 0: any free port
//   std::thread t([&] { server.Run(); });  ...  server.Stop(); t.join();
//
// Options (ServerOptions), with the `crosscheck serve` flag for each:
//   field                 default    flag                    meaning
//   host                  127.0.0.1  --host                  address to listen on (loopback:
//                                                            only this machine can connect)
//   port                  8080       --port                  TCP port; 0 picks a free one
//   read_timeout          5000 ms    --read-timeout-ms       a client silent this long in the
//                                                            middle of a request is dropped
//   write_timeout         5000 ms    --write-timeout-ms      a client that reads nothing of an
//                                                            answer this long is dropped
//   keep_alive_timeout_s  5          --keep-alive-timeout-s  an idle kept-alive connection is
//                                                            closed (whole seconds in httplib)
//   max_body_bytes        8192       --max-body-bytes        larger declared bodies: 413 (GET
//                                                            needs none; bodies are never read)
//   max_uri_bytes         4096       --max-uri-bytes         longer request targets: 414
//                                                            (httplib: 414 above 8192 itself)
//   threads               8          --threads               worker threads: connections served
//                                                            at once (a stalled one holds one
//                                                            until read_timeout)
//
// Only GET and HEAD are answered (others: 405 with a JSON error). Responses
// carry Content-Type application/json or text/html with charset utf-8.
//
// Ownership: the Server shares the Api. Thread safety: Run blocks on the
// calling thread and handles requests on httplib's pool of worker threads
// (Api::Handle is thread-safe); Stop may be called from any thread.
// Failure: Bind returns kInvalidArgument for an option out of range and
// kIoError naming host:port when the address cannot be bound; Run returns
// kIoError when the listener fails.
#ifndef CROSSCHECK_SERVE_SERVER_H_
#define CROSSCHECK_SERVE_SERVER_H_

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "crosscheck/status.h"
#include "serve/api.h"

namespace crosscheck::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::chrono::milliseconds read_timeout{5000};
  std::chrono::milliseconds write_timeout{5000};
  int keep_alive_timeout_s = 5;
  std::size_t max_body_bytes = 8192;
  std::size_t max_uri_bytes = 4096;
  int threads = 8;
};

class Server {
 public:
  explicit Server(std::shared_ptr<const Api> api);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  Status Bind(const ServerOptions& options);
  int port() const { return port_; }
  Status Run();
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  int port_ = -1;
};

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_SERVER_H_
