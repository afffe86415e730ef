// crosscheck analyze: the main job. Inputs -> pipeline -> SQLite store.
//
// Resumable by construction: the reader skips every input whose key
// (origin, input hash) the store already holds, and documents are committed in
// batches, so a killed run loses at most one uncommitted batch and a rerun
// picks up where it stopped.
#include <algorithm>
#include <chrono>
#include <iostream>
#include <map>
#include <thread>

#include "cli/commands.h"
#include "cli/progress.h"
#include "crosscheck/ingest.h"
#include "crosscheck/pipeline.h"
#include "crosscheck/store.h"

namespace crosscheck::cli {
namespace {

struct AnalyzeArgs {
  std::vector<std::string> inputs;
  std::string db = "crosscheck.db";
  int jobs = 0;
  int batch = 256;
  bool quiet = false;
  std::uint64_t max_doc_bytes = IngestOptions{}.max_record_bytes;
  double time_budget_s = PipelineOptions{}.time_budget_ms / 1000.0;
  bool keep_boilerplate = false;
  std::vector<std::string> outlets;  // registry files merged over the built-in one
};

struct RunTally {
  std::uint64_t documents = 0, errors = 0;
  std::uint64_t boilerplate_lines = 0, boilerplate_chars = 0, duplicate_paragraphs = 0,
                split_sentences = 0;
  std::map<std::string, std::uint64_t> languages;
};

void PrintError(const ErrorRecord& e, bool quiet) {
  if (!quiet) std::cerr << "error: " << e.message << "\n";
}

int RunAnalyze(const AnalyzeArgs& args) {
  const auto started = std::chrono::steady_clock::now();
  InputPlan plan = ExpandInputs(args.inputs);

  Result<std::unique_ptr<Store>> opened = Store::Open(args.db);
  if (!opened.ok()) {
    std::cerr << "crosscheck analyze: cannot open the database: " << opened.status().ToString()
              << "\n";
    return kExitFatal;
  }
  Store& store = **opened;
  // A second connection answers "already stored?" on the reader thread.
  Result<std::unique_ptr<Store>> lookup = Store::Open(args.db, {.read_only = true});
  if (!lookup.ok()) {
    std::cerr << "crosscheck analyze: cannot open the database: " << lookup.status().ToString()
              << "\n";
    return kExitFatal;
  }

  RunTally tally;
  Status st = store.Begin();
  for (const ErrorRecord& e : plan.errors) {
    if (st.ok()) st = store.PutError(e);
    PrintError(e, args.quiet);
    ++tally.errors;
  }
  if (st.ok()) st = store.Commit();
  if (!st.ok()) {
    std::cerr << "crosscheck analyze: " << st.ToString() << "\n";
    return kExitFatal;
  }

  PipelineOptions options;
  options.jobs = args.jobs > 0
                     ? args.jobs
                     : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  options.ingest.max_record_bytes = args.max_doc_bytes;
  options.time_budget_ms = static_cast<std::uint32_t>(args.time_budget_s * 1000.0 + 0.5);
  options.ingest.remove_boilerplate = !args.keep_boilerplate;
  options.extract.outlet_files = args.outlets;

  ProgressLine progress(!args.quiet);
  Status store_status;
  int in_batch = 0;
  auto last_commit = std::chrono::steady_clock::now();
  bool in_transaction = false;

  PipelineCallbacks callbacks;
  callbacks.skip = [&](const std::string& origin, std::uint64_t hash) {
    Result<bool> has = (*lookup)->HasInput(origin, hash);
    return has.ok() && *has;
  };
  callbacks.sink = [&](Outcome&& outcome) -> bool {
    if (!in_transaction) {
      store_status = store.Begin();
      if (!store_status.ok()) return false;
      in_transaction = true;
    }
    if (auto* doc = std::get_if<Document>(&outcome)) {
      store_status = store.PutDocument(*doc);
      ++tally.documents;
      tally.boilerplate_lines += doc->removed.boilerplate_lines;
      tally.boilerplate_chars += doc->removed.boilerplate_chars;
      tally.duplicate_paragraphs += doc->removed.duplicate_paragraphs;
      tally.split_sentences += doc->removed.split_sentences;
      ++tally.languages[doc->language];
    } else {
      const ErrorRecord& e = std::get<ErrorRecord>(outcome);
      store_status = store.PutError(e);
      PrintError(e, args.quiet);
      ++tally.errors;
    }
    if (!store_status.ok()) return false;
    const auto now = std::chrono::steady_clock::now();
    if (++in_batch >= args.batch || now - last_commit > std::chrono::seconds(2)) {
      store_status = store.Commit();
      in_transaction = false;
      in_batch = 0;
      last_commit = now;
      if (!store_status.ok()) return false;
    }
    return true;
  };
  callbacks.progress = [&](const PipelineCounts& c) {
    progress.Update(c.documents, c.errors + plan.errors.size(), c.skipped);
  };

  PipelineCounts counts;
  Status run = RunPipeline(plan.files, options, callbacks, &counts);
  if (in_transaction) {
    Status commit = store_status.ok() ? store.Commit() : store.Rollback();
    if (store_status.ok()) store_status = commit;
  }
  progress.Finish();
  if (!store_status.ok()) {
    std::cerr << "crosscheck analyze: writing the database failed: " << store_status.ToString()
              << "\n";
    return kExitFatal;
  }
  if (!run.ok()) {
    std::cerr << "crosscheck analyze: " << run.ToString() << "\n";
    return kExitFatal;
  }

  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  {  // The summary always prints: it is the command's answer.
    std::ostream& out = std::cout;
    out << "crosscheck analyze: " << Thousands(plan.files.size()) << " input files, "
        << Thousands(counts.records + plan.errors.size()) << " records\n";
    out << "  stored      " << Thousands(tally.documents) << " documents\n";
    out << "  unchanged   " << Thousands(counts.skipped) << " already in the database\n";
    out << "  failed      " << Thousands(tally.errors) << " inputs"
        << (tally.errors ? " (see the error lines above)" : "") << "\n";
    if (!plan.skipped.empty())
      out << "  ignored     " << Thousands(plan.skipped.size())
          << " files in folders that are not articles\n";
    if (counts.passed_over > 0) {
      out << "  passed over " << Thousands(counts.passed_over)
          << " container records that are not articles (";
      const char* separator = "";
      for (const auto& [reason, n] : counts.passed_over_by_reason) {
        out << separator << reason << " " << Thousands(n);
        separator = ", ";
      }
      out << ")\n";
    }
    out << "  removed     " << Thousands(tally.boilerplate_lines) << " boilerplate lines ("
        << Thousands(tally.boilerplate_chars) << " characters), "
        << Thousands(tally.duplicate_paragraphs) << " duplicated paragraphs; split "
        << Thousands(tally.split_sentences) << " run-together sentences\n";
    if (!tally.languages.empty()) {
      std::vector<std::pair<std::uint64_t, std::string>> langs;
      for (const auto& [lang, n] : tally.languages) langs.emplace_back(n, lang);
      std::sort(langs.rbegin(), langs.rend());
      out << "  languages  ";
      for (const auto& [n, lang] : langs) out << " " << lang << " " << Thousands(n);
      out << "\n";
    }
    const double per_second = seconds > 0 ? static_cast<double>(tally.documents) / seconds : 0.0;
    out.setf(std::ios::fixed);
    out.precision(seconds < 10 ? 2 : 1);
    out << "  time        " << seconds << " s, " << per_second << " documents/s on " << options.jobs
        << (options.jobs == 1 ? " thread" : " threads") << ", peak memory " << PeakRssMiB()
        << " MiB\n";
    out << "  database    " << args.db << "\n";
  }
  return tally.errors > 0 ? kExitSomeInputsFailed : kExitOk;
}

}  // namespace

void RegisterAnalyze(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<AnalyzeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "analyze",
      "Clean and analyse articles and store them in the database (the main job).\n"
      "Inputs are files, folders (searched recursively for .txt, .jsonl, .ndjson, .html,\n"
      ".htm, .warc, each also .gz), globs, or - for standard input. Runs are incremental:\n"
      "an input already in the database (same origin, same bytes) is skipped, so a killed\n"
      "run resumes where it "
      "stopped.");
  cmd->add_option("inputs", args->inputs, "Files, folders, globs, or - (stdin)")
      ->required()
      ->expected(1, -1);
  cmd->add_option("--db", args->db, "SQLite database to write")->capture_default_str();
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads (0 = one per core)")
      ->capture_default_str();
  cmd->add_option("--batch", args->batch, "Documents per database transaction")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--max-doc-bytes", args->max_doc_bytes,
                  "Largest input record accepted; larger ones become error records")
      ->capture_default_str();
  cmd->add_option("--time-budget", args->time_budget_s,
                  "Seconds one document may take over all stages; a slower one becomes an error "
                  "record (0 = no limit)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 86400.0));
  cmd->add_flag("--keep-boilerplate", args->keep_boilerplate, "Do not remove site furniture lines");
  cmd->add_option("--outlets", args->outlets,
                  "Outlet registry file (JSON Lines, see README) merged over the built-in one; "
                  "repeatable");
  cmd->add_flag("-q,--quiet", args->quiet,
                "No progress line and no per-input error lines on stderr");
  cmd->footer(
      "Examples:\n"
      "  crosscheck analyze examples/\n"
      "  crosscheck analyze crawl/*.jsonl.gz --db crawl.db --jobs 8\n"
      "  zcat dump.jsonl.gz | crosscheck analyze -\n"
      "Exit status: 0 all inputs stored, 1 some inputs failed (each has an error record), 2 the "
      "run\n"
      "could not start (bad option, unwritable database).");
  cmd->callback([args, exit_code] { *exit_code = RunAnalyze(*args); });
}

}  // namespace crosscheck::cli
