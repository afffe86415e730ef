// The outlet options of the verbs that read a database (report, search,
// export): which registry files to use and which outlets to keep.
//
//   option        default  meaning
//   --outlets F   none     registry file merged over the built-in one (repeatable)
//   --country C   all      keep documents whose outlet's country is C (ISO code)
//   --kind K      all      ... whose outlet's kind is K ("wire agency", "broadcaster", ...)
//   --funding F   all      ... whose outlet's funding is F ("public", "state-funded", ...)
// Attributes come from the registry at query time (src/resolve/outlet_attributes.h).
#ifndef CROSSCHECK_CLI_OUTLET_OPTIONS_H_
#define CROSSCHECK_CLI_OUTLET_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "crosscheck/store.h"
#include "resolve/outlet_attributes.h"
#include "resolve/outlet_registry.h"

namespace crosscheck::cli {

struct OutletArgs {
  std::vector<std::string> files;
  resolve::OutletFilter filter;
};

// Adds --outlets, and with `filters` --country, --kind and --funding.
void AddOutletOptions(CLI::App* cmd, OutletArgs* args, bool filters);

Result<std::shared_ptr<const resolve::OutletRegistry>> LoadRegistry(const OutletArgs& args);

// Documents and quotes by outlet country, kind and funding: a text section, or
// one {"type":"outlet_breakdown"} JSON line.
void WriteOutletBreakdown(const StoreStats& stats, const resolve::OutletRegistry& registry,
                          bool json, std::ostream& out);

}  // namespace crosscheck::cli

#endif  // CROSSCHECK_CLI_OUTLET_OPTIONS_H_
