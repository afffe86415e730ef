// crosscheck doc: one article (or a JSON Lines stream) in, export JSON out; no database.
#include <iostream>

#include "cli/commands.h"
#include "crosscheck/ingest.h"
#include "crosscheck/pipeline.h"
#include "report/export_json.h"

namespace crosscheck::cli {
namespace {

struct DocArgs {
  std::vector<std::string> inputs;
  int jobs = 1;
  bool tokens = false;
  bool no_text = false;
  bool no_offset_map = false;
  std::vector<std::string> outlets;
};

int RunDoc(const DocArgs& args) {
  InputPlan plan = ExpandInputs(args.inputs);
  bool failed = !plan.errors.empty();
  for (const ErrorRecord& e : plan.errors) std::cout << ToJsonLine(ErrorToJson(e)) << "\n";

  ExportOptions export_options;
  export_options.include_tokens = args.tokens;
  export_options.include_text = !args.no_text;
  export_options.include_offset_map = !args.no_offset_map;
  PipelineOptions options;
  options.jobs = args.jobs;
  options.ordered = true;
  options.extract.outlet_files = args.outlets;
  PipelineCallbacks callbacks;
  callbacks.sink = [&](Outcome&& outcome) {
    if (const auto* doc = std::get_if<Document>(&outcome)) {
      std::cout << ToJsonLine(DocumentToJson(*doc, export_options)) << "\n";
    } else {
      const ErrorRecord& e = std::get<ErrorRecord>(outcome);
      std::cout << ToJsonLine(ErrorToJson(e)) << "\n";
      std::cerr << "error: " << e.message << "\n";
      failed = true;
    }
    return static_cast<bool>(std::cout);
  };
  Status st = RunPipeline(plan.files, options, callbacks);
  std::cout.flush();
  if (!st.ok()) {
    std::cerr << "crosscheck doc: " << st.ToString() << "\n";
    return kExitFatal;
  }
  return failed ? kExitSomeInputsFailed : kExitOk;
}

}  // namespace

void RegisterDoc(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<DocArgs>();
  CLI::App* cmd = app.add_subcommand(
      "doc",
      "Analyse articles and print them as JSON Lines (one {\"type\":\"document\"} or\n"
      "{\"type\":\"error\"} object per input record), without touching a database.");
  cmd->add_option("inputs", args->inputs, "Files, folders, globs, or - (stdin)")
      ->required()
      ->expected(1, -1);
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads (output keeps input order)")
      ->capture_default_str();
  cmd->add_flag("--tokens", args->tokens, "Include the token list: [start, end, kind, upos, xpos, feats, head, deprel] per token");
  cmd->add_flag("--no-text", args->no_text, "Leave the cleaned text out");
  cmd->add_flag("--no-offset-map", args->no_offset_map, "Leave the to_input offset map out");
  cmd->add_option("--outlets", args->outlets,
                  "Outlet registry file merged over the built-in one; repeatable");
  cmd->footer(
      "Examples:\n"
      "  crosscheck doc examples/vpa-2026-03-10-storm-surge-breaches-wall.txt\n"
      "  zcat articles.jsonl.gz | crosscheck doc - --jobs 4 > analysed.jsonl\n"
      "Spans are [start, end) byte offsets into \"text\"; \"to_input\" maps them back to the input "
      "bytes.");
  cmd->callback([args, exit_code] { *exit_code = RunDoc(*args); });
}

}  // namespace crosscheck::cli
