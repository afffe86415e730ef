// Every answer `crosscheck serve` gives, decided by one function with no
// sockets: server.h hands each request to Route (and the requests httplib
// itself rejects to RejectedByHttp), tests and fuzz/fuzz_api_request.cc call
// it directly.
//
//   RouteRequest r{.method = "GET", .path = "/api/search", .params = &params};
//   ApiResponse a = Route(api, r);            // a.status, a.content_type, a.body
//
// The checks, in order (the first that fails answers):
//   1. target_bytes or the path longer than max_uri_bytes      414
//   2. body_bytes (declared Content-Length) over max_body_bytes, or a
//      body of no declared length (chunked)                      413
//   3. a method other than GET or HEAD                           405
//   4. a path that is not "/..." or holds a NUL or other control byte, a
//      backslash, a '%' (encoded twice: httplib decodes once), or a "." or
//      ".." segment (whatever its encoding: the path arrives decoded)  400
//   5. "/" -> the web page (text/html); anything else -> Api::Handle (JSON;
//      404 for unknown paths, 400 for bad parameters)
// Every error body is JSON, {"error":{"status","message"}}, with a message
// naming the problem. No path ever reaches the file system: nothing is served
// from files, so a traversal can only be answered with an error.
//
// Limits (RouteLimits):
//   field           default  meaning
//   max_uri_bytes   4096     longest request target (path + query) answered; httplib
//                            itself answers 414 above 8192 (compiled into Debian's library)
//   max_body_bytes  8192     largest declared request body (GET needs none; bodies are
//                            never read by the API)
//
// Ownership: borrows the Api and the request for the call. Thread safety: as
// Api::Handle (many threads at once). Failure: never fails; every problem is
// an HTTP status in the response.
#ifndef CROSSCHECK_SERVE_ROUTER_H_
#define CROSSCHECK_SERVE_ROUTER_H_

#include <cstddef>
#include <string_view>

#include "serve/api.h"

namespace crosscheck::serve {

struct RouteLimits {
  std::size_t max_uri_bytes = 4096;
  std::size_t max_body_bytes = 8192;
};

struct RouteRequest {
  std::string_view method;
  std::string_view path;                // percent-decoded, as httplib gives req.path
  const QueryParams* params = nullptr;  // decoded query parameters; null: none
  std::size_t target_bytes = 0;         // raw request target (path + query); 0: path's size
  std::size_t body_bytes = 0;           // declared body length (Content-Length)
  bool body_unsized = false;            // a body without a length (chunked): 413
};

ApiResponse Route(const Api& api, const RouteRequest& request, const RouteLimits& limits = {});

// The answer to a request httplib refused before routing it (status 400:
// malformed request line or headers; 413: body over the limit; 414: request
// line over httplib's 8192 bytes; anything else >= 400): a JSON error body
// with a message for that status.
ApiResponse RejectedByHttp(int status, const RouteLimits& limits = {});

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_ROUTER_H_
