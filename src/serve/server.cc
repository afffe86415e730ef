#include "serve/server.h"

#include <httplib.h>

#include <charconv>
#include <limits>

#include "serve/router.h"

namespace crosscheck::serve {

struct Server::Impl {
  std::shared_ptr<const Api> api;
  RouteLimits limits;
  httplib::Server http;
};

namespace {

void Send(ApiResponse answer, httplib::Response& res) {
  res.status = answer.status;
  res.set_content(std::move(answer.body), answer.content_type);
  res.set_header("Cache-Control", "no-store");
}

// The declared body length: Content-Length when it is a whole number, the
// largest size_t when it is not (so the body is refused as too large).
std::size_t DeclaredBody(const httplib::Request& req) {
  if (!req.has_header("Content-Length")) return 0;
  const std::string s = req.get_header_value("Content-Length");
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size())
    return std::numeric_limits<std::size_t>::max();
  return n;
}

}  // namespace

Server::Server(std::shared_ptr<const Api> api) : impl_(std::make_unique<Impl>()) {
  impl_->api = std::move(api);
  httplib::Server& http = impl_->http;
  Impl* impl = impl_.get();
  // Keep-alive connections serve up to this many requests (httplib's
  // default, 5, makes every client reconnect often).
  http.set_keep_alive_max_count(1000);
  // Small JSON answers go out at once (Nagle + delayed ACK cost 40 ms each).
  http.set_tcp_nodelay(true);
  // Every request is answered here, before httplib's own routing, so httplib
  // never reads a body (it would read a chunked or unsized one without limit).
  http.set_pre_routing_handler([impl](const httplib::Request& req, httplib::Response& res) {
    RouteRequest r{.method = req.method,
                   .path = req.path,
                   .params = nullptr,
                   .target_bytes = req.target.size(),
                   .body_bytes = DeclaredBody(req),
                   .body_unsized = req.has_header("Transfer-Encoding")};
    QueryParams params(req.params.begin(), req.params.end());
    r.params = &params;
    Send(Route(*impl->api, r, impl->limits), res);
    return httplib::Server::HandlerResponse::Handled;
  });
  // Requests httplib refuses before routing (malformed, request line over
  // 8192 bytes): the same JSON errors.
  http.set_error_handler([impl](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    Send(RejectedByHttp(res.status, impl->limits), res);
  });
}

Server::~Server() { Stop(); }

Status Server::Bind(const ServerOptions& options) {
  if (options.read_timeout.count() <= 0 || options.write_timeout.count() <= 0 ||
      options.keep_alive_timeout_s <= 0 || options.threads <= 0 || options.max_uri_bytes == 0)
    return Status::InvalidArgument("timeouts, max_uri_bytes and threads must be positive");
  httplib::Server& http = impl_->http;
  impl_->limits = {.max_uri_bytes = options.max_uri_bytes,
                   .max_body_bytes = options.max_body_bytes};
  http.set_read_timeout(options.read_timeout);
  http.set_write_timeout(options.write_timeout);
  http.set_keep_alive_timeout(options.keep_alive_timeout_s);
  http.set_payload_max_length(options.max_body_bytes);
  const auto threads = static_cast<std::size_t>(options.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  if (options.port == 0) {
    port_ = http.bind_to_any_port(options.host);
  } else if (http.bind_to_port(options.host, options.port)) {
    port_ = options.port;
  } else {
    port_ = -1;
  }
  if (port_ <= 0)
    return Status::IoError("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                           " (address in use or not local?)");
  return Status::Ok();
}

Status Server::Run() {
  if (port_ <= 0) return Status::InvalidArgument("Run before a successful Bind");
  if (!impl_->http.listen_after_bind()) return Status::IoError("the HTTP listener failed");
  return Status::Ok();
}

void Server::Stop() {
  if (impl_ && impl_->http.is_running()) impl_->http.stop();
}

}  // namespace crosscheck::serve
