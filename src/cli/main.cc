// crosscheck: who said what, when, and according to whom.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "crosscheck reads news coverage of a story from many outlets and tells you who said what,\n"
      "when, and according to whom.\n\n"
      "Start with:\n"
      "  crosscheck analyze articles/          # clean + analyse every article, store in "
      "./crosscheck.db\n"
      "  crosscheck report                     # what is in the store\n"
      "  crosscheck search \"flood barrier\"     # full-text search\n"
      "  crosscheck export -o corpus.jsonl     # everything as JSON Lines\n"
      "  crosscheck doc article.txt            # one article to JSON, no database\n"
      "  crosscheck serve                      # stories in the browser: http://127.0.0.1:8080/\n"};
  app.name("crosscheck");
  app.set_version_flag("--version", "crosscheck 0.1.0");
  app.require_subcommand(1);
  app.footer("Run 'crosscheck VERB --help' for a verb's options and examples.");

  int exit_code = crosscheck::cli::kExitOk;
  crosscheck::cli::RegisterAnalyze(app, &exit_code);
  crosscheck::cli::RegisterDoc(app, &exit_code);
  crosscheck::cli::RegisterExport(app, &exit_code);
  crosscheck::cli::RegisterSearch(app, &exit_code);
  crosscheck::cli::RegisterReport(app, &exit_code);
  crosscheck::cli::RegisterServe(app, &exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : crosscheck::cli::kExitFatal;
  } catch (const std::exception& e) {
    std::cerr << "crosscheck: " << e.what() << "\n";
    return crosscheck::cli::kExitFatal;
  }
  std::fflush(stdout);
  return exit_code;
}
