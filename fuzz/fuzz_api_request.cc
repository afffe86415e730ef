// Fuzzes the `crosscheck serve` router (src/serve/router.h): whatever method,
// path and query a client sends (traversal, NUL bytes, FTS5 syntax, SQL
// fragments, invalid UTF-8), Route must answer with a status in {200, 400,
// 404, 405, 413, 414} and a body that is valid JSON (the page at / aside),
// errors carrying their status, and never a 500.
//
// Input: "METHOD\nPATH\nQUERY" where QUERY is "k=v&k=v" with the values taken
// as already decoded (httplib decodes them before the router sees them); the
// last line may hold '\n'-free bytes of any kind. The Api runs over a small
// store of three invented articles, built once in a temporary folder.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "crosscheck/offset_map.h"
#include "crosscheck/store.h"
#include "serve/api.h"
#include "serve/router.h"

namespace {

using crosscheck::serve::Api;

[[noreturn]] void Fail(const std::string& why) {
  std::fprintf(stderr, "fuzz_api_request: %s\n", why.c_str());
  __builtin_trap();
}

const Api& DemoApi() {
  static std::unique_ptr<Api> api = [] {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("cc_fuzz_api_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string db = (dir / "demo.db").string();
    fs::remove(db);
    const char* texts[] = {
        "The quay wall at Gullwing harbour gave way on Friday night after the spring tide. "
        "Harbour master Ilka Varro said the wall would be rebuilt before the autumn storms.",
        "Gullwing harbour quay wall collapsed during the spring tide on Friday night. "
        "Some 150 homes on the quay flooded and families spent the night in the town hall.",
        "Ferries to Ostra stopped for two days while the flood water stood in the harbour."};
    {
      auto store = crosscheck::Store::Open(db);
      if (!store.ok()) Fail(store.status().ToString());
      std::uint64_t hash = 1;
      for (const char* text : texts) {
        crosscheck::Document d;
        d.id = "d" + std::to_string(hash);
        d.origin = d.id + ".txt";
        d.input_hash = hash++;
        d.outlet = "Gullwing Post";
        d.title = "Quay wall gives way";
        d.published = "2031-05-02";
        d.language = "en";
        d.text = text;
        d.to_input = crosscheck::OffsetMap::Identity(d.text.size());
        if (!(*store)->PutDocument(d).ok()) Fail("PutDocument");
      }
    }
    auto store = crosscheck::Store::Open(db, {.read_only = true, .create = false});
    if (!store.ok()) Fail(store.status().ToString());
    auto made = Api::Create(std::move(*store));
    if (!made.ok()) Fail(made.status().ToString());
    return std::move(*made);
  }();
  return *api;
}

// Splits off the text before the first '\n' (all of it when there is none).
std::string_view Line(std::string_view& rest) {
  const std::size_t n = rest.find('\n');
  const std::string_view line = rest.substr(0, n);
  rest = n == std::string_view::npos ? std::string_view() : rest.substr(n + 1);
  return line;
}

}  // namespace

// The store is built (and its articles analysed) before the first input, so
// that work is not charged to that input's -timeout (see WarmUp in
// check_document.h).
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  DemoApi();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Api& api = DemoApi();
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  const std::string_view method = Line(rest);
  const std::string_view path = Line(rest);
  crosscheck::serve::QueryParams params;
  std::size_t target = path.size() + (rest.empty() ? 0 : 1 + rest.size());
  while (!rest.empty()) {
    const std::size_t amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
    const std::size_t eq = pair.find('=');
    params.emplace(std::string(pair.substr(0, eq)),
                   eq == std::string_view::npos ? "" : std::string(pair.substr(eq + 1)));
  }
  const crosscheck::serve::ApiResponse a = crosscheck::serve::Route(
      api, {.method = method, .path = path, .params = &params, .target_bytes = target});
  switch (a.status) {
    case 200:
    case 400:
    case 404:
    case 405:
    case 413:
    case 414:
      break;
    default:
      Fail("status " + std::to_string(a.status) + ": " + a.body);
  }
  if (a.content_type.rfind("text/html", 0) == 0) {
    if (a.status != 200 || path != "/") Fail("HTML for a path other than /");
    return 0;
  }
  if (a.content_type != "application/json; charset=utf-8") Fail("content type " + a.content_type);
  const nlohmann::json body = nlohmann::json::parse(a.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded() || !body.is_object()) Fail("not a JSON object: " + a.body);
  if (a.status != 200) {
    if (!body.contains("error") || body["error"]["status"] != a.status)
      Fail("error body without its status: " + a.body);
    const auto& message = body["error"]["message"];
    if (!message.is_string() || message.get<std::string>().empty()) Fail("no message: " + a.body);
  }
  return 0;
}
