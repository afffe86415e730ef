// Documents and quotes by the attributes of their outlets (country, kind,
// funding), and the filter `search` and `export` apply (--country, --kind,
// --funding). Attributes come from the registry at query time, keyed by the
// canonical outlet name the outlet stage stored, so an updated registry (or a
// user's --outlets file) applies to a database analysed earlier.
//
//   filter field  matches when
//   country       the outlet's country fact equals it (ISO code, any case)
//   kind          the kind fact equals it ("wire agency", "broadcaster", ...)
//   funding       the funding fact equals it ("public", "state-funded", ...)
// Fields left empty match everything; an outlet the registry does not know,
// or a fact it does not know, never matches a set field.
//
// Thread safety: pure functions over an immutable registry.
#ifndef CROSSCHECK_RESOLVE_OUTLET_ATTRIBUTES_H_
#define CROSSCHECK_RESOLVE_OUTLET_ATTRIBUTES_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "resolve/outlet_registry.h"

namespace crosscheck::resolve {

struct OutletFilter {
  std::string country, kind, funding;
  bool empty() const { return country.empty() && kind.empty() && funding.empty(); }
};

bool MatchesOutletFilter(const OutletRegistry& registry, std::string_view outlet,
                         const OutletFilter& filter);

struct AttributeCounts {
  std::int64_t documents = 0;
  std::int64_t quotes = 0;
};

// Per attribute value ("(unknown)" for unregistered outlets and unknown facts).
struct OutletBreakdown {
  std::map<std::string, AttributeCounts> country, kind, funding;
};

// `documents` and `quotes`: counts per stored outlet name (StoreStats).
OutletBreakdown BreakDownByOutletAttributes(
    const OutletRegistry& registry,
    const std::vector<std::pair<std::string, std::int64_t>>& documents,
    const std::vector<std::pair<std::string, std::int64_t>>& quotes);

}  // namespace crosscheck::resolve

#endif  // CROSSCHECK_RESOLVE_OUTLET_ATTRIBUTES_H_
