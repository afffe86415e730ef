#include "serve/router.h"

#include <algorithm>
#include <string>

#include "serve/api_json.h"
#include "serve/web_page.h"

namespace crosscheck::serve {
namespace {

ApiResponse Error(int status, const std::string& message) {
  return {status, ErrorBody(status, message)};
}

// Why `path` (percent-decoded) is refused, or "" when it is acceptable.
std::string PathProblem(std::string_view path) {
  if (path.empty() || path[0] != '/') return "the path must start with '/'";
  for (unsigned char c : path) {
    if (c < 0x20 || c == 0x7f) return "the path holds a control character (NUL, newline, ...)";
    if (c == '\\') return "the path holds a backslash";
    if (c == '%') return "the path holds '%' after decoding (encoded twice?)";
  }
  std::size_t i = 1;
  while (i <= path.size()) {
    std::size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    const std::string_view segment = path.substr(i, j - i);
    if (segment == "." || segment == "..")
      return "the path holds a '" + std::string(segment) + "' segment (no files are served)";
    i = j + 1;
  }
  return "";
}

}  // namespace

ApiResponse Route(const Api& api, const RouteRequest& request, const RouteLimits& limits) {
  const std::size_t target = std::max(request.target_bytes, request.path.size());
  if (target > limits.max_uri_bytes)
    return Error(414, "the request target is " + std::to_string(target) + " bytes; the limit is " +
                          std::to_string(limits.max_uri_bytes));
  if (request.body_bytes > limits.max_body_bytes)
    return Error(413, "the request body is " + std::to_string(request.body_bytes) +
                          " bytes; the limit is " + std::to_string(limits.max_body_bytes));
  if (request.body_unsized)
    return Error(413, "the request body has no declared length (chunked); bodies are not accepted");
  if (request.method != "GET" && request.method != "HEAD")
    return Error(405, "method " + std::string(request.method) +
                          " is not allowed: the server only answers GET and HEAD");
  if (const std::string problem = PathProblem(request.path); !problem.empty())
    return Error(400, "bad path: " + problem);
  if (request.path == "/") return {200, std::string(WebPage()), "text/html; charset=utf-8"};
  static const QueryParams kNone;
  return api.Handle(request.path, request.params ? *request.params : kNone);
}

ApiResponse RejectedByHttp(int status, const RouteLimits& limits) {
  switch (status) {
    case 400:
      return Error(400, "malformed request (request line or headers)");
    case 413:
      return Error(413, "the request body is over the limit of " +
                            std::to_string(limits.max_body_bytes) + " bytes");
    case 414:
      return Error(414, "the request line is over the limit of 8192 bytes");
    default:
      return Error(status, "request failed");
  }
}

}  // namespace crosscheck::serve
