#include "cli/outlet_options.h"

#include <nlohmann/json.hpp>

#include "report/export_json.h"

namespace crosscheck::cli {

void AddOutletOptions(CLI::App* cmd, OutletArgs* args, bool filters) {
  cmd->add_option("--outlets", args->files,
                  "Outlet registry file (JSON Lines) merged over the built-in one; repeatable");
  if (!filters) return;
  cmd->add_option("--country", args->filter.country,
                  "Only outlets of this country (ISO 3166-1 code, e.g. GB)");
  cmd->add_option("--kind", args->filter.kind,
                  "Only outlets of this kind (wire agency, newspaper, broadcaster, magazine, "
                  "online news, aggregator, content farm, organisation, blog platform)");
  cmd->add_option("--funding", args->filter.funding,
                  "Only outlets with this funding (public, state-funded, state-controlled, "
                  "private, non-profit)");
}

Result<std::shared_ptr<const resolve::OutletRegistry>> LoadRegistry(const OutletArgs& args) {
  return resolve::LoadOutletRegistry(args.files);
}

void WriteOutletBreakdown(const StoreStats& stats, const resolve::OutletRegistry& registry,
                          bool json, std::ostream& out) {
  const resolve::OutletBreakdown b =
      resolve::BreakDownByOutletAttributes(registry, stats.outlets, stats.quotes_by_outlet);
  const std::pair<const char*, const std::map<std::string, resolve::AttributeCounts>*> tables[] = {
      {"country", &b.country}, {"kind", &b.kind}, {"funding", &b.funding}};
  if (json) {
    nlohmann::json j = {{"type", "outlet_breakdown"}};
    for (const auto& [name, table] : tables) {
      nlohmann::json rows = nlohmann::json::array();
      for (const auto& [value, c] : *table) {
        rows.push_back({{name, value}, {"documents", c.documents}, {"quotes", c.quotes}});
      }
      j[std::string("by_") + name] = std::move(rows);
    }
    out << ToJsonLine(j) << "\n";
    return;
  }
  for (const auto& [name, table] : tables) {
    out << "\nOutlets by " << name << " (documents, quotes):\n";
    for (const auto& [value, c] : *table) {
      out << "  " << c.documents << "\t" << c.quotes << "\t" << value << "\n";
    }
  }
}

}  // namespace crosscheck::cli
