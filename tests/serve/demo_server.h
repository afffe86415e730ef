// The demo corpus behind a running `crosscheck serve`, for the serve tests:
// examples/ analysed by the binary into a fresh temporary folder, the Api over
// it, and a Server on an ephemeral loopback port running on its own thread.
//
//   static DemoServer* demo = new DemoServer;
//   ASSERT_EQ(demo->Start("serve", {.port = 0}), "");   // "" or what failed
//   demo->port(); demo->api(); demo->db();  ...  demo->Stop();
// and PercentEncode for query values.
//
// Ownership: owns the folder (removed by Stop), the Server and its thread.
// Thread safety: Start and Stop from one thread; the server answers on its own.
#ifndef CROSSCHECK_TESTS_SERVE_DEMO_SERVER_H_
#define CROSSCHECK_TESTS_SERVE_DEMO_SERVER_H_

#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "cli_test_util.h"
#include "serve/api.h"
#include "serve/server.h"

namespace crosscheck::serve {

// Percent-encodes everything but ASCII letters and digits (query values).
inline std::string PercentEncode(const std::string& s) {
  std::string out;
  char buf[4];
  for (unsigned char c : s) {
    if (std::isalnum(c)) {
      out += static_cast<char>(c);
    } else {
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

class DemoServer {
 public:
  ~DemoServer() { Stop(); }

  // Analyses the demo into a folder named after `name` and starts the server
  // with `options` (port 0 for any free one). Returns "" or the failure.
  std::string Start(const std::string& name, ServerOptions options) {
    namespace fs = std::filesystem;
    dir_ = fs::temp_directory_path() / ("cc_" + name + "_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    db_ = (dir_ / "demo.db").string();
    auto r = testing::RunCommand(testing::Binary() + " analyze " + testing::Examples() + " --db " +
                                 db_ + " --quiet");
    if (r.exit_code != 0) return "analyze failed: " + r.out;
    auto store = Store::Open(db_, {.read_only = true, .create = false});
    if (!store.ok()) return store.status().ToString();
    auto api = Api::Create(std::move(*store));
    if (!api.ok()) return api.status().ToString();
    api_ = std::shared_ptr<const Api>(std::move(*api));
    server_ = std::make_unique<Server>(api_);
    if (Status st = server_->Bind(options); !st.ok()) return st.ToString();
    thread_ = std::thread([this] { (void)server_->Run(); });
    return "";
  }

  void Stop() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
    dir_.clear();
  }

  int port() const { return server_->port(); }
  const Api& api() const { return *api_; }
  const std::string& db() const { return db_; }

 private:
  std::filesystem::path dir_;
  std::string db_;
  std::shared_ptr<const Api> api_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
};

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_TESTS_SERVE_DEMO_SERVER_H_
