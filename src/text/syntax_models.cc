#include "text/syntax_models.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>

namespace crosscheck::text {
namespace {

namespace fs = std::filesystem;

bool HasModels(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "tagger.bin", ec);
}

std::string ExecutableDir() {
  char buffer[4096];
  const ssize_t n = readlink("/proc/self/exe", buffer, sizeof(buffer) - 1);
  if (n <= 0) return {};
  return fs::path(std::string(buffer, n)).parent_path().string();
}

}  // namespace

std::string FindModelsDir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  if (const char* env = std::getenv("CROSSCHECK_MODELS"); env != nullptr && *env != '\0') {
    return env;
  }
  const std::string source = CROSSCHECK_MODELS_SOURCE_DIR;
  if (HasModels(source)) return source;
  if (const std::string exe = ExecutableDir(); !exe.empty()) {
    const fs::path installed = fs::path(exe) / ".." / "share" / "crosscheck" / "models";
    if (HasModels(installed)) return installed.lexically_normal().string();
  }
  return source;
}

Result<std::shared_ptr<const SyntaxModels>> LoadSyntaxModels(const std::string& dir) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const SyntaxModels>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = cache.find(dir); it != cache.end()) return it->second;
  auto models = std::make_shared<SyntaxModels>();
  models->dir = dir;
  Result<std::shared_ptr<const Tagger>> tagger =
      Tagger::Load((fs::path(dir) / "tagger.bin").string());
  if (!tagger.ok()) return tagger.status();
  Result<std::shared_ptr<const Parser>> parser =
      Parser::Load((fs::path(dir) / "parser.bin").string());
  if (!parser.ok()) return parser.status();
  models->tagger = std::move(*tagger);
  models->parser = std::move(*parser);
  cache[dir] = models;
  return std::shared_ptr<const SyntaxModels>(models);
}

}  // namespace crosscheck::text
