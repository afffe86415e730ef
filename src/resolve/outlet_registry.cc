#include "resolve/outlet_registry.h"

#include <libpsl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace crosscheck::resolve {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The lookup key of a name: lower case, inner white space single, no leading "the ".
std::string NameKey(std::string_view name) {
  std::string out;
  bool space = false;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (out.starts_with("the ")) out.erase(0, 4);
  return out;
}

bool Contains(auto& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool IsUpper2(std::string_view s) {
  return s.size() == 2 && std::isupper(static_cast<unsigned char>(s[0])) &&
         std::isupper(static_cast<unsigned char>(s[1]));
}
bool IsLower2(std::string_view s) {
  return s.size() == 2 && std::islower(static_cast<unsigned char>(s[0])) &&
         std::islower(static_cast<unsigned char>(s[1]));
}

bool IsDomain(std::string_view d) {
  if (d.empty() || d.find('.') == std::string_view::npos || d.starts_with("www.") ||
      d.front() == '.' || d.back() == '.') {
    return false;
  }
  return std::all_of(d.begin(), d.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
  });
}

// Reads one fact; "" when it is well formed, else what is wrong.
std::string ReadFact(const json& j, std::string_view field, OutletFact* fact) {
  if (j.is_null()) return "";
  const std::string where = "\"" + std::string(field) + "\": ";
  if (!j.is_object()) return where + "a fact must be null or an object";
  for (const auto& [key, _] : j.items()) {
    if (key != "value" && key != "basis" && key != "confidence" && key != "source" &&
        key != "note") {
      return where + "unknown key \"" + key + "\"";
    }
  }
  if (!j.contains("value") || !j["value"].is_string() || j["value"].get<std::string>().empty()) {
    return where + "value must be a non-empty string (unknown facts are null)";
  }
  if (!j.contains("basis") || !j["basis"].is_string()) return where + "every fact needs a basis";
  if (!j.contains("confidence") || !j["confidence"].is_number()) {
    return where + "every fact needs a numeric confidence";
  }
  fact->value = j["value"].get<std::string>();
  if (const std::string v = Lower(fact->value);
      v == "unknown" || v == "n/a" || v == "?" || v == "none" || v == "tbd") {
    return where + "\"" + fact->value + "\" is not a value: unknown facts are null";
  }
  fact->basis = j["basis"].get<std::string>();
  fact->confidence = j["confidence"].get<double>();
  if (j.contains("source")) {
    if (!j["source"].is_string()) return where + "source must be a string";
    fact->source = j["source"].get<std::string>();
  }
  if (!Contains(kFactBases, fact->basis)) return where + "unknown basis \"" + fact->basis + "\"";
  if (!(fact->confidence > 0.0 && fact->confidence <= 1.0)) {
    return where + "confidence must be in (0, 1]";
  }
  if (fact->basis == "general knowledge") {
    if (fact->confidence > kGeneralKnowledgeMaxConfidence) {
      return where + "general knowledge carries a confidence of at most 0.8";
    }
    if (!fact->source.empty()) return where + "general knowledge names no source";
  } else if (fact->source.empty()) {
    return where + "basis \"" + fact->basis + "\" needs a source (where the record is)";
  }
  if (field == "country" && !IsUpper2(fact->value)) return where + "not an ISO 3166-1 code";
  if (field == "language" && !IsLower2(fact->value)) return where + "not an ISO 639-1 code";
  if (field == "kind" && !Contains(kOutletKinds, fact->value)) {
    return where + "unknown kind \"" + fact->value + "\"";
  }
  if (field == "funding" && !Contains(kOutletFundings, fact->value)) {
    return where + "unknown funding \"" + fact->value + "\"";
  }
  return "";
}

std::string ReadStrings(const json& object, const char* key, std::vector<std::string>* out) {
  if (!object.contains(key)) return "";
  const json& list = object[key];
  if (!list.is_array()) return std::string("\"") + key + "\" must be an array of strings";
  for (const json& s : list) {
    if (!s.is_string() || s.get<std::string>().empty()) {
      return std::string("\"") + key + "\" must hold non-empty strings";
    }
    out->push_back(s.get<std::string>());
  }
  return "";
}

// Reads one record; "" when it is well formed, else what is wrong.
std::string ReadRecord(const json& j, Outlet* outlet) {
  if (!j.is_object()) return "a record must be a JSON object";
  static constexpr std::array<std::string_view, 8> kKeys = {
      "name", "aliases", "domains", "country", "language", "kind", "owner", "funding"};
  for (const auto& [key, _] : j.items()) {
    if (!Contains(kKeys, key)) return "unknown key \"" + key + "\"";
  }
  if (!j.contains("name") || !j["name"].is_string() ||
      NameKey(j["name"].get<std::string>()).empty()) {
    return "name must be a non-empty string";
  }
  outlet->name = j["name"].get<std::string>();
  if (std::string e = ReadStrings(j, "aliases", &outlet->aliases); !e.empty()) return e;
  if (std::string e = ReadStrings(j, "domains", &outlet->domains); !e.empty()) return e;
  for (const std::string& d : outlet->domains) {
    if (!IsDomain(d)) return "domain \"" + d + "\" is not a lower-case host without www.";
  }
  const std::pair<const char*, OutletFact*> facts[] = {{"country", &outlet->country},
                                                       {"language", &outlet->language},
                                                       {"kind", &outlet->kind},
                                                       {"owner", &outlet->owner},
                                                       {"funding", &outlet->funding}};
  for (const auto& [key, fact] : facts) {
    if (!j.contains(key)) return std::string("\"") + key + "\" is missing (null when unknown)";
    if (std::string e = ReadFact(j[key], key, fact); !e.empty()) return e;
  }
  return "";
}

const psl_ctx_t* Psl() {
  static const psl_ctx_t* ctx = [] {
    const psl_ctx_t* latest = psl_latest(nullptr);
    return latest != nullptr ? latest : psl_builtin();
  }();
  return ctx;
}

std::string ExecutableDir() {
  char buffer[4096];
  const ssize_t n = readlink("/proc/self/exe", buffer, sizeof(buffer) - 1);
  if (n <= 0) return {};
  return fs::path(std::string(buffer, static_cast<std::size_t>(n))).parent_path().string();
}

}  // namespace

Result<OutletRegistry> OutletRegistry::Parse(std::string_view text, const std::string& path) {
  OutletRegistry registry;
  std::set<std::string> names, domains;
  std::size_t at = 0;
  std::int64_t line_no = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(at, end - at);
    const Location where{path, ++line_no, static_cast<std::int64_t>(at)};
    const std::size_t first = line.find_first_not_of(" \t\r");
    if (first != std::string_view::npos && line[first] != '#') {
      json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (j.is_discarded()) return Status::InvalidArgument("outlet registry: not JSON", where);
      Outlet outlet;
      if (std::string e = ReadRecord(j, &outlet); !e.empty()) {
        return Status::InvalidArgument("outlet registry: " + e, where);
      }
      if (!names.insert(NameKey(outlet.name)).second) {
        return Status::InvalidArgument("outlet registry: duplicate name \"" + outlet.name + "\"",
                                       where);
      }
      for (const std::string& d : outlet.domains) {
        if (!domains.insert(d).second) {
          return Status::InvalidArgument("outlet registry: domain \"" + d + "\" listed twice",
                                         where);
        }
      }
      outlet.file = path;
      registry.outlets_.push_back(std::move(outlet));
      registry.rank_.push_back(0);
    }
    at = end + 1;
  }
  registry.Index();
  return registry;
}

Result<OutletRegistry> OutletRegistry::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open outlet registry", {.input = path});
  std::ostringstream text;
  text << in.rdbuf();
  return Parse(text.str(), path);
}

void OutletRegistry::Merge(const OutletRegistry& later) {
  const int rank = rank_.empty() ? 1 : *std::max_element(rank_.begin(), rank_.end()) + 1;
  for (const Outlet& o : later.outlets_) {
    const std::string key = NameKey(o.name);
    auto same = std::find_if(outlets_.begin(), outlets_.end(),
                             [&](const Outlet& e) { return NameKey(e.name) == key; });
    if (same != outlets_.end()) {
      rank_[static_cast<std::size_t>(same - outlets_.begin())] = rank;
      *same = o;
    } else {
      outlets_.push_back(o);
      rank_.push_back(rank);
    }
  }
  Index();
}

void OutletRegistry::Index() {
  by_domain_.clear();
  by_name_.clear();
  ambiguous_.clear();
  std::map<std::string, int> name_rank;
  std::set<std::string> ambiguous;
  for (std::size_t i = 0; i < outlets_.size(); ++i) {
    const Outlet& o = outlets_[i];
    const int rank = rank_[i];
    for (const std::string& d : o.domains) {
      auto it = by_domain_.find(d);
      if (it == by_domain_.end() || rank_[static_cast<std::size_t>(it->second)] <= rank) {
        by_domain_[d] = static_cast<int>(i);
      }
    }
    std::vector<std::string> keys = {NameKey(o.name)};
    for (const std::string& a : o.aliases) keys.push_back(NameKey(a));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const std::string& k : keys) {
      auto it = by_name_.find(k);
      if (it == by_name_.end() || name_rank[k] < rank) {
        by_name_[k] = static_cast<int>(i);
        name_rank[k] = rank;
        ambiguous.erase(k);
      } else if (name_rank[k] == rank && it->second != static_cast<int>(i)) {
        ambiguous.insert(k);
      }
    }
  }
  for (const std::string& k : ambiguous) by_name_.erase(k);
  ambiguous_.assign(ambiguous.begin(), ambiguous.end());
}

const Outlet* OutletRegistry::ByHost(std::string_view host_or_url) const {
  std::string host = HostOf(host_or_url);
  if (host.empty()) return nullptr;
  const std::string registered = RegisteredDomain(host);
  while (true) {
    if (auto it = by_domain_.find(host); it != by_domain_.end()) {
      return &outlets_[static_cast<std::size_t>(it->second)];
    }
    if (host.size() <= registered.size()) return nullptr;
    const std::size_t dot = host.find('.');
    if (dot == std::string::npos) return nullptr;
    host.erase(0, dot + 1);
  }
}

const Outlet* OutletRegistry::ByName(std::string_view name) const {
  const std::string key = NameKey(name);
  auto it = by_name_.find(key);
  if (it == by_name_.end()) return nullptr;
  const Outlet& o = outlets_[static_cast<std::size_t>(it->second)];
  if (key.size() > 4) return &o;
  // Short names match only in the case the registry writes them ("AP", not "ap").
  const auto bare = [](std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    if (s.starts_with("The ") || s.starts_with("the ")) s.remove_prefix(4);
    return s;
  };
  const std::string_view wanted = bare(name);
  if (bare(o.name) == wanted) return &o;
  for (const std::string& a : o.aliases) {
    if (bare(a) == wanted) return &o;
  }
  return nullptr;
}

std::string HostOf(std::string_view url) {
  std::string_view s = url;
  if (std::size_t scheme = s.find("://"); scheme != std::string_view::npos)
    s.remove_prefix(scheme + 3);
  else if (s.starts_with("//"))
    s.remove_prefix(2);
  s = s.substr(0, s.find_first_of("/?#"));
  if (std::size_t at = s.rfind('@'); at != std::string_view::npos) s.remove_prefix(at + 1);
  s = s.substr(0, s.find(':'));
  while (!s.empty() && s.back() == '.') s.remove_suffix(1);
  std::string host = Lower(s);
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

std::string RegisteredDomain(std::string_view host) {
  const std::string h(host);
  const char* domain = psl_registrable_domain(Psl(), h.c_str());
  return domain != nullptr ? std::string(domain) : h;
}

std::string FindOutletRegistryFile() {
  if (const char* env = std::getenv("CROSSCHECK_OUTLETS"); env != nullptr && *env != '\0') {
    return env;
  }
  const std::string source = CROSSCHECK_OUTLETS_SOURCE_FILE;
  std::error_code ec;
  if (fs::is_regular_file(source, ec)) return source;
  if (const std::string exe = ExecutableDir(); !exe.empty()) {
    const fs::path installed =
        fs::path(exe) / ".." / "share" / "crosscheck" / "data" / "outlets.jsonl";
    if (fs::is_regular_file(installed, ec)) return installed.lexically_normal().string();
  }
  return source;
}

Result<std::shared_ptr<const OutletRegistry>> LoadOutletRegistry(
    const std::vector<std::string>& extra_files) {
  static std::mutex mutex;
  static std::map<std::vector<std::string>, std::shared_ptr<const OutletRegistry>> cache;
  std::vector<std::string> files = {FindOutletRegistryFile()};
  files.insert(files.end(), extra_files.begin(), extra_files.end());
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = cache.find(files); it != cache.end()) return it->second;
  Result<OutletRegistry> merged = OutletRegistry::Load(files.front());
  if (!merged.ok()) return merged.status();
  for (std::size_t i = 1; i < files.size(); ++i) {
    Result<OutletRegistry> more = OutletRegistry::Load(files[i]);
    if (!more.ok()) return more.status();
    merged->Merge(*more);
  }
  auto shared = std::make_shared<const OutletRegistry>(std::move(*merged));
  cache[files] = shared;
  return std::shared_ptr<const OutletRegistry>(shared);
}

}  // namespace crosscheck::resolve
