#include "serve/server.h"

#include <httplib.h>

#include "serve/api_json.h"
#include "serve/web_page.h"

namespace crosscheck::serve {

struct Server::Impl {
  std::shared_ptr<const Api> api;
  httplib::Server http;
};

namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

}  // namespace

Server::Server(std::shared_ptr<const Api> api) : impl_(std::make_unique<Impl>()) {
  impl_->api = std::move(api);
  httplib::Server& http = impl_->http;
  const Api* a = impl_->api.get();
  // Keep-alive connections serve up to this many requests (httplib's
  // default, 5, makes every client reconnect often).
  http.set_keep_alive_max_count(1000);
  // Small JSON answers go out at once (Nagle + delayed ACK cost 40 ms each).
  http.set_tcp_nodelay(true);
  http.Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(WebPage()), "text/html; charset=utf-8");
  });
  http.Get("/api/.*", [a](const httplib::Request& req, httplib::Response& res) {
    QueryParams params(req.params.begin(), req.params.end());
    ApiResponse r = a->Handle(req.path, params);
    res.status = r.status;
    res.set_content(std::move(r.body), kJson);
    res.set_header("Cache-Control", "no-store");
  });
  const auto not_allowed = [](const httplib::Request&, httplib::Response& res) {
    res.status = 405;
    res.set_content(ErrorBody(405, "only GET is supported"), kJson);
  };
  http.Post(".*", not_allowed);
  http.Put(".*", not_allowed);
  http.Delete(".*", not_allowed);
  http.Patch(".*", not_allowed);
  // Anything else (unknown pages): a JSON 404.
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    res.set_content(
        ErrorBody(res.status, res.status == 404 ? "no such page: " + req.path : "request failed"),
        kJson);
  });
}

Server::~Server() { Stop(); }

Status Server::Bind(const ServerOptions& options) {
  if (options.port == 0) {
    port_ = impl_->http.bind_to_any_port(options.host);
  } else if (impl_->http.bind_to_port(options.host, options.port)) {
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
