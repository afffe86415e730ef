#include "resolve/outlet_attributes.h"

#include <cctype>

namespace crosscheck::resolve {
namespace {

constexpr char kUnknown[] = "(unknown)";

bool SameIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

bool FactMatches(const OutletFact& fact, const std::string& wanted) {
  return wanted.empty() || (fact.known() && SameIgnoringCase(fact.value, wanted));
}

std::string ValueOf(const OutletFact* fact) {
  return fact != nullptr && fact->known() ? fact->value : kUnknown;
}

}  // namespace

bool MatchesOutletFilter(const OutletRegistry& registry, std::string_view outlet,
                         const OutletFilter& filter) {
  if (filter.empty()) return true;
  const Outlet* o = outlet.empty() ? nullptr : registry.ByName(outlet);
  if (o == nullptr) return false;
  return FactMatches(o->country, filter.country) && FactMatches(o->kind, filter.kind) &&
         FactMatches(o->funding, filter.funding);
}

OutletBreakdown BreakDownByOutletAttributes(
    const OutletRegistry& registry,
    const std::vector<std::pair<std::string, std::int64_t>>& documents,
    const std::vector<std::pair<std::string, std::int64_t>>& quotes) {
  OutletBreakdown b;
  const auto add = [&](const std::string& outlet, std::int64_t n, bool is_quotes) {
    const Outlet* o = outlet.empty() ? nullptr : registry.ByName(outlet);
    const std::pair<std::map<std::string, AttributeCounts>*, std::string> rows[] = {
        {&b.country, ValueOf(o ? &o->country : nullptr)},
        {&b.kind, ValueOf(o ? &o->kind : nullptr)},
        {&b.funding, ValueOf(o ? &o->funding : nullptr)}};
    for (const auto& [table, value] : rows) {
      AttributeCounts& c = (*table)[value];
      (is_quotes ? c.quotes : c.documents) += n;
    }
  };
  for (const auto& [outlet, n] : documents) add(outlet, n, false);
  for (const auto& [outlet, n] : quotes) add(outlet, n, true);
  return b;
}

}  // namespace crosscheck::resolve
