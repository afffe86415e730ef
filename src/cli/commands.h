// The `crosscheck` verbs. Each Register* function adds one subcommand to the
// CLI11 app; its callback does the work and stores the exit status in `*exit_code`:
//   0  everything worked
//   1  the command ran, but some inputs failed (their error records say why)
//   2  the command could not run (bad usage, database cannot be opened)
// This layer is the only place that prints, throws (CLI11's parse errors) or
// decides exit statuses; everything below returns Status values.
#ifndef CROSSCHECK_CLI_COMMANDS_H_
#define CROSSCHECK_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace crosscheck::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeInputsFailed = 1;
inline constexpr int kExitFatal = 2;

void RegisterAnalyze(CLI::App& app, int* exit_code);
void RegisterDoc(CLI::App& app, int* exit_code);
void RegisterExport(CLI::App& app, int* exit_code);
void RegisterSearch(CLI::App& app, int* exit_code);
void RegisterReport(CLI::App& app, int* exit_code);
void RegisterServe(CLI::App& app, int* exit_code);

}  // namespace crosscheck::cli

#endif  // CROSSCHECK_CLI_COMMANDS_H_
