// The HTTP side of `crosscheck serve`: cpp-httplib (Debian's
// libcpp-httplib-dev, used header-only, no TLS) serving the JSON API
// (api.h) under /api/ and the web page (web_page.h) at /.
//
//   Server server(api);
//   Status st = server.Bind({.host = "127.0.0.1", .port = 0});  // 0: any free port
//   std::thread t([&] { server.Run(); });  ...  server.Stop(); t.join();
//
// Options (ServerOptions):
//   field   default      meaning
//   host    127.0.0.1    address to listen on (loopback: only this machine can connect)
//   port    8080         TCP port; 0 picks a free one (port() says which)
//
// Only GET and HEAD are answered (others: 405 with a JSON error). Responses
// carry Content-Type application/json or text/html with charset utf-8.
//
// Ownership: the Server shares the Api. Thread safety: Run blocks on the
// calling thread and handles requests on httplib's pool of worker threads
// (Api::Handle is thread-safe); Stop may be called from any thread.
// Failure: Bind returns kIoError naming host:port when the address cannot be
// bound; Run returns kIoError when the listener fails.
#ifndef CROSSCHECK_SERVE_SERVER_H_
#define CROSSCHECK_SERVE_SERVER_H_

#include <memory>
#include <string>

#include "crosscheck/status.h"
#include "serve/api.h"

namespace crosscheck::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
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
