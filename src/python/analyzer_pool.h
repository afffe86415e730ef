// AnalyzerPool: the per-document stages for callers that bring their own
// threads (the Python module's analyze_document, called from any Python
// thread with the GIL released).
//
// One Analyzer is what a pipeline worker owns: a Cleaner, a TextAnalyzer and
// the DocumentStages (crosscheck/pipeline.h). The pool lends one per call and
// takes it back, creating a new one only when every one is lent, so a process
// holds as many analyzers as it ever had calls running at once. The models
// behind them are loaded on the first call and shared by every analyzer
// (the loaders cache them process-wide); later analyzers cost about a
// millisecond each.
//
// Options: the pipeline's defaults (IngestOptions, TextOptions, ExtractOptions
// with the built-in outlet registry), the same as `crosscheck doc` without
// flags, and its per-document time budget (PipelineOptions::time_budget_ms).
//
// Thread safety: every member is thread-safe. Failure: Analyze returns an
// ErrorRecord naming the input (kInternal/kNotFound from a model that cannot be
// loaded, or whatever cleaning and the stages report), never throws.
#ifndef CROSSCHECK_PYTHON_ANALYZER_POOL_H_
#define CROSSCHECK_PYTHON_ANALYZER_POOL_H_

#include <memory>
#include <mutex>
#include <vector>

#include "crosscheck/pipeline.h"

namespace crosscheck {

class AnalyzerPool {
 public:
  AnalyzerPool();
  ~AnalyzerPool();
  AnalyzerPool(const AnalyzerPool&) = delete;
  AnalyzerPool& operator=(const AnalyzerPool&) = delete;

  // The process-wide pool, made on first use (never destroyed, so a call
  // still running at interpreter exit cannot outlive it).
  static AnalyzerPool& Shared();

  // Cleaning, the text stage and every document stage over `record`.
  Outcome Analyze(const RawRecord& record);

  // Analyzers created so far (for tests).
  std::size_t created() const;

 private:
  struct Analyzer;
  Result<std::unique_ptr<Analyzer>> Take();
  void Give(std::unique_ptr<Analyzer> analyzer);

  mutable std::mutex mutex_;
  std::vector<std::unique_ptr<Analyzer>> idle_;
  std::size_t created_ = 0;
};

// A RawRecord for article text given directly (not read from a file): format
// "text" ("html" with media type text/html when `html`), the input hash of
// `body` as ReadInput computes it, so the document id equals the one
// `crosscheck doc` gives a file named `origin` holding the same bytes.
RawRecord TextRecord(std::string origin, std::string body, bool html = false);

}  // namespace crosscheck

#endif  // CROSSCHECK_PYTHON_ANALYZER_POOL_H_
