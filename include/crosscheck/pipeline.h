// Pipeline: the per-document stages run in parallel over many inputs.
//
//   reader thread ──► work queue ──► N worker threads ──► result queue ──► caller
//   (ReadInput,        (bounded)     (Cleaner +            (bounded)        (sink, on the
//    skip check)                      TextAnalyzer +                         calling thread)
//                                     DocumentStages)
//
// One reader streams records from the input files in order and asks `skip`
// about each (so inputs already stored are never cleaned again). Workers each
// own a Cleaner, a TextAnalyzer and a list of DocumentStages (extract and
// resolve, crosscheck/extract.h). Results reach `sink` on the thread that
// called Run, so the sink may use a single-threaded Store. Queues are bounded
// (queue_capacity each), so memory grows with jobs and capacity, never with
// corpus size. Every record yields exactly one Outcome: a Document or an
// ErrorRecord; the run never stops on bad input.
//
// Options (PipelineOptions):
//   field            default  meaning
//   jobs             1        worker threads
//   queue_capacity   0        items per queue; 0 = 8 * jobs
//   ordered          false    deliver outcomes in input order (a reorder buffer)
//   ingest, text,    {}       the stages' own options
//   extract
//   time_budget_ms   60000    per-document time budget over all stages; a document
//                             that used more is an ErrorRecord (kTooLarge, naming
//                             the stage and the time) instead of a Document. 0 = none.
//                             Checked when each stage returns: it turns a slow input
//                             into an error record, it does not interrupt a stage
//                             (the stages are built to be linear in their input,
//                             and the fuzzers run with a per-input timeout).
//
// Failure: Run returns a failed Status only when the pipeline itself cannot
// work (the text stage cannot start) or when the sink asks to stop; per-input
// problems are ErrorRecords.
//
// Thread safety: Run may be called from any thread; the callbacks run as
// documented above (skip on the reader thread, sink and progress on the caller's).
#ifndef CROSSCHECK_PIPELINE_H_
#define CROSSCHECK_PIPELINE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/extract.h"
#include "crosscheck/ingest.h"
#include "crosscheck/status.h"
#include "crosscheck/text.h"

namespace crosscheck {

struct PipelineOptions {
  int jobs = 1;
  std::size_t queue_capacity = 0;
  bool ordered = false;
  IngestOptions ingest;
  TextOptions text;
  ExtractOptions extract;
  std::uint32_t time_budget_ms = 60000;
};

// What one input record became.
using Outcome = std::variant<Document, ErrorRecord>;

struct PipelineCounts {
  std::uint64_t records = 0;    // records read (documents + errors + skipped)
  std::uint64_t documents = 0;  // outcomes that are documents
  std::uint64_t errors = 0;     // outcomes that are errors
  std::uint64_t skipped = 0;    // records `skip` said were already done
  std::uint64_t bytes = 0;      // body bytes of records processed
  // Container records passed over as not articles (WARC requests, non-HTML
  // responses, ...; see ReadStats), not counted in `records`.
  std::uint64_t passed_over = 0;
  std::map<std::string, std::uint64_t> passed_over_by_reason;  // final tallies only
};

struct PipelineCallbacks {
  // Asked on the reader thread for every record; true = already done, skip it.
  std::function<bool(const std::string& origin, std::uint64_t input_hash)> skip;
  // Receives each outcome on the calling thread. Return false to stop the run.
  std::function<bool(Outcome&& outcome)> sink;
  // Called on the calling thread about every `progress_every_ms` milliseconds.
  std::function<void(const PipelineCounts& counts)> progress;
  int progress_every_ms = 1000;
};

// Runs the per-document stages over `files` (as listed by ExpandInputs).
// `counts`, if given, receives the final tallies.
Status RunPipeline(const std::vector<std::string>& files, const PipelineOptions& options,
                   const PipelineCallbacks& callbacks, PipelineCounts* counts = nullptr);

// The same stages over one record, on the calling thread (doc, Python), with
// the same time budget (`time_budget_ms`, 0 = none): cleaning, the text stage,
// then each of `stages` in order.
Outcome AnalyzeRecord(const RawRecord& record, Cleaner& cleaner, TextAnalyzer& text,
                      DocumentStages& stages, std::uint32_t time_budget_ms = 0);
// Cleaning and the text stage only.
Outcome AnalyzeRecord(const RawRecord& record, Cleaner& cleaner, TextAnalyzer& text,
                      std::uint32_t time_budget_ms = 0);

// An ErrorRecord for a failed Status about `record` (location filled in).
ErrorRecord MakeError(const RawRecord& record, const Status& status);

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_H_
