// The serve verb: the JSON API and web page over a database (src/serve).
#include <pthread.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "crosscheck/store.h"
#include "serve/api.h"
#include "serve/server.h"

namespace crosscheck::cli {
namespace {

struct ServeArgs {
  std::string db = "crosscheck.db";
  std::string host = "127.0.0.1";
  int port = 8080;
  int read_timeout_ms = 5000;
  int write_timeout_ms = 5000;
  int keep_alive_timeout_s = 5;
  std::size_t max_body_bytes = 8192;
  std::size_t max_uri_bytes = 4096;
  int threads = 8;
};

int Fail(const Status& st) {
  std::cerr << "crosscheck serve: " << st.ToString() << "\n";
  return kExitFatal;
}

int RunServe(const ServeArgs& args) {
  // SIGINT/SIGTERM are taken by sigwait below, on this thread; the server's
  // threads inherit the blocked mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  const auto start = std::chrono::steady_clock::now();
  Result<std::unique_ptr<Store>> store = Store::Open(args.db, {.read_only = true, .create = false});
  if (!store.ok()) return Fail(store.status());
  Result<std::unique_ptr<serve::Api>> api = serve::Api::Create(std::move(*store));
  if (!api.ok()) return Fail(api.status());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::shared_ptr<const serve::Api> shared = std::move(*api);
  serve::Server server(shared);
  Status st = server.Bind({.host = args.host,
                           .port = args.port,
                           .read_timeout = std::chrono::milliseconds(args.read_timeout_ms),
                           .write_timeout = std::chrono::milliseconds(args.write_timeout_ms),
                           .keep_alive_timeout_s = args.keep_alive_timeout_s,
                           .max_body_bytes = args.max_body_bytes,
                           .max_uri_bytes = args.max_uri_bytes,
                           .threads = args.threads});
  if (!st.ok()) return Fail(st);
  std::cerr << "crosscheck serve: " << shared->document_count() << " documents, "
            << shared->story_count() << " stories (corpus stage " << seconds << " s)\n";
  if (args.host != "127.0.0.1" && args.host != "localhost" && args.host != "::1")
    std::cerr << "crosscheck serve: listening on " << args.host
              << ": other machines may connect (no authentication)\n";
  // The first line on stdout is the address (scripts read the port from it).
  std::cout << "http://" << args.host << ":" << server.port() << "/" << std::endl;

  Status run;
  std::thread listener([&] {
    run = server.Run();
    // A failed listener wakes the main thread.
    if (!run.ok()) kill(getpid(), SIGTERM);
  });
  int sig = 0;
  sigwait(&signals, &sig);
  server.Stop();
  listener.join();
  if (!run.ok()) return Fail(run);
  std::cerr << "crosscheck serve: stopped\n";
  return kExitOk;
}

}  // namespace

void RegisterServe(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "Serve the stories as a web page and a JSON API (read-only, local by default).");
  cmd->add_option("--db", args->db, "SQLite database to read")->capture_default_str();
  cmd->add_option("--host", args->host, "Address to listen on (127.0.0.1: this machine only)")
      ->capture_default_str();
  cmd->add_option("--port", args->port, "TCP port (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  // Limits against slow or hostile clients (src/serve/server.h).
  cmd->add_option("--read-timeout-ms", args->read_timeout_ms,
                  "Drop a client that sends nothing for this long in the middle of a request")
      ->capture_default_str()
      ->check(CLI::Range(1, 3600000));
  cmd->add_option("--write-timeout-ms", args->write_timeout_ms,
                  "Drop a client that reads nothing of an answer for this long")
      ->capture_default_str()
      ->check(CLI::Range(1, 3600000));
  cmd->add_option("--keep-alive-timeout-s", args->keep_alive_timeout_s,
                  "Close an idle kept-alive connection after this many seconds")
      ->capture_default_str()
      ->check(CLI::Range(1, 3600));
  cmd->add_option("--max-body-bytes", args->max_body_bytes,
                  "Refuse (413) a request declaring a larger body; GET needs none")
      ->capture_default_str();
  cmd->add_option("--max-uri-bytes", args->max_uri_bytes,
                  "Refuse (414) a longer request target (path + query); at most 8192")
      ->capture_default_str()
      ->check(CLI::Range(1, 8192));
  cmd->add_option("--threads", args->threads,
                  "Worker threads: connections served at once (a stalled client holds one)")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  cmd->footer(
      "Examples:\n"
      "  crosscheck serve --db build/demo.db            # then open http://127.0.0.1:8080/\n"
      "  curl http://127.0.0.1:8080/api/stories\n"
      "The corpus stage (stories, claims, quote groups) runs once at start; restart after\n"
      "analysing more articles. Ctrl-C stops. Endpoints: see README, 'crosscheck serve'.\n"
      "Bad requests get a JSON error: 400 malformed or traversal paths, 405 other methods\n"
      "than GET/HEAD, 413 bodies, 414 long targets.");
  cmd->callback([args, exit_code] { *exit_code = RunServe(*args); });
}

}  // namespace crosscheck::cli
