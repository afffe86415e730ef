// The outlet registry: who publishes news, where, and who stands behind them.
//
// A registry is read from JSON Lines files, one outlet per line:
//
//   {"name": "Reuters", "aliases": ["Thomson Reuters"], "domains": ["reuters.com"],
//    "country":  {"value": "GB", "basis": "general knowledge", "confidence": 0.8},
//    "language": {"value": "en", "basis": "general knowledge", "confidence": 0.8},
//    "kind":     {"value": "wire agency", "basis": "general knowledge", "confidence": 0.7},
//    "owner":    {"value": "Thomson Reuters", "basis": "general knowledge", "confidence": 0.6},
//    "funding":  {"value": "private", "basis": "general knowledge", "confidence": 0.6}}
//
// Shape (CheckOutletRecord enforces it; a file that breaks it does not load):
//   name      non-empty string, unique in the file (case-insensitive)
//   aliases   array of strings (other names, initialisms); optional
//   domains   array of host names ("reuters.com", "abcnews.go.com"), lower case,
//             no scheme, path or "www."; a domain belongs to one outlet per file
//   country, language, kind, owner, funding
//             null (unknown: never guessed) or a fact {value, basis, confidence,
//             source?, note?}:
//     value       country: ISO 3166-1 alpha-2 ("GB"); language: ISO 639-1 ("en");
//                 kind: one of kOutletKinds; funding: one of kOutletFundings; owner: text
//     basis       one of kFactBases; "general knowledge" has confidence <= 0.8
//                 and no source; the other bases need "source" (where the record is)
//     confidence  number in (0, 1]
//   Unknown keys are errors (a misspelt "fundng" must not pass as unknown).
//
// Several files merge: a later file's record replaces an earlier record of the
// same name (case-insensitive) whole, and its domains and names win over earlier
// files' (the built-in file first, then the user's --outlets files in order).
//
// Lookups:
//   ByHost("https://edition.cnn.com/x") -> the record whose domain is the host or
//     the nearest parent of it down to the registered domain (public suffix list,
//     libpsl): "politicalticker.blogs.cnn.com" -> "cnn.com"; "news.example.co.uk"
//     never falls back to "co.uk".
//   ByName("the associated press") -> the record with that name or alias,
//     case-insensitive, a leading "The" optional; names of four characters or
//     fewer ("AP", "VPA") match only in their own case. A name two records of the
//     same file claim is ambiguous and matches neither (AmbiguousNames lists them).
//
// Thread safety: a loaded registry is immutable; share it between threads.
// Failure: Parse/Load return kInvalidArgument naming the file, the line (record)
// and the byte offset of the bad record; kNotFound for a missing file.
#ifndef CROSSCHECK_RESOLVE_OUTLET_REGISTRY_H_
#define CROSSCHECK_RESOLVE_OUTLET_REGISTRY_H_

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/status.h"

namespace crosscheck::resolve {

inline constexpr std::array<std::string_view, 9> kOutletKinds = {
    "wire agency", "newspaper",    "broadcaster",  "magazine",     "online news",
    "aggregator",  "content farm", "organisation", "blog platform"};
inline constexpr std::array<std::string_view, 5> kOutletFundings = {
    "public", "state-funded", "state-controlled", "private", "non-profit"};
inline constexpr std::array<std::string_view, 4> kFactBases = {
    "outlet's own statement", "public ownership record", "public funding record",
    "general knowledge"};
inline constexpr double kGeneralKnowledgeMaxConfidence = 0.8;

struct OutletFact {
  std::string value;  // empty: unknown
  std::string basis;
  double confidence = 0.0;
  std::string source;  // where the record is (not for "general knowledge")
  bool known() const { return !value.empty(); }
};

struct Outlet {
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> domains;
  OutletFact country, language, kind, owner, funding;
  std::string file;  // the registry file it came from
};

class OutletRegistry {
 public:
  // Parses one file's text (`path` names it in errors). Empty lines and lines
  // starting with "#" are skipped.
  static Result<OutletRegistry> Parse(std::string_view text, const std::string& path);
  static Result<OutletRegistry> Load(const std::string& path);

  // Merges `later` over this registry (see the file comment).
  void Merge(const OutletRegistry& later);

  const Outlet* ByHost(std::string_view host_or_url) const;
  const Outlet* ByName(std::string_view name) const;
  const std::vector<Outlet>& outlets() const { return outlets_; }
  // Keys (lower case) that two records of one file claim.
  const std::vector<std::string>& AmbiguousNames() const { return ambiguous_; }

 private:
  void Index();

  std::vector<Outlet> outlets_;
  std::vector<int> rank_;  // file order of each outlet (merge rank)
  std::map<std::string, int, std::less<>> by_domain_;
  std::map<std::string, int, std::less<>> by_name_;
  std::vector<std::string> ambiguous_;
};

// The host of a URL ("https://www.Reuters.com/a" -> "reuters.com"): lower case,
// without "www.", port or trailing dot. A bare host is returned the same way.
std::string HostOf(std::string_view url);
// The registrable domain of a host ("news.bbc.co.uk" -> "bbc.co.uk"), from the
// system's public suffix list (libpsl); the host itself when it has none.
std::string RegisteredDomain(std::string_view host);

// Where the built-in registry file is:
//   1. the environment variable CROSSCHECK_OUTLETS, when set and not empty;
//   2. the repository's data/outlets.jsonl (compiled in), when it exists;
//   3. <directory of the running executable>/../share/crosscheck/data/outlets.jsonl;
//   otherwise the path of step 2, so that the error names a file.
std::string FindOutletRegistryFile();

// The built-in registry merged with `extra_files` in order, loaded once per
// list for the life of the process (thread-safe). A failed load is not cached.
Result<std::shared_ptr<const OutletRegistry>> LoadOutletRegistry(
    const std::vector<std::string>& extra_files);

}  // namespace crosscheck::resolve

#endif  // CROSSCHECK_RESOLVE_OUTLET_REGISTRY_H_
