// The parallel runner. See include/crosscheck/pipeline.h for the contract.
//
// Sequence numbers make ordered delivery possible: the reader numbers every
// item it emits (records and reader errors alike); in ordered mode the caller's
// loop keeps a small reorder buffer and releases outcomes by number. The
// buffer is bounded in practice by the two queues plus the jobs in flight,
// since the reader blocks once the work queue is full.
#include "crosscheck/pipeline.h"

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <thread>

#include "common/bounded_queue.h"

namespace crosscheck {
namespace {

struct WorkItem {
  std::uint64_t seq = 0;
  std::variant<RawRecord, ErrorRecord> item;
};

struct ResultItem {
  std::uint64_t seq = 0;
  Outcome outcome;
  std::uint64_t bytes = 0;
};

ErrorRecord ErrorFromStatus(const Status& status) {
  ErrorRecord e;
  const Location& where = status.where();
  e.origin = FormatOrigin(where.input, where.record);
  e.message = status.ToString();
  return e;
}

}  // namespace

ErrorRecord MakeError(const RawRecord& record, const Status& status) {
  Location where{record.path, record.record, -1};
  ErrorRecord e;
  e.origin = record.Origin();
  e.input_hash = record.input_hash;
  e.message = status.WithLocation(where).ToString();
  return e;
}

Outcome AnalyzeRecord(const RawRecord& record, Cleaner& cleaner, TextAnalyzer& text,
                      std::uint32_t time_budget_ms) {
  DocumentStages none;
  return AnalyzeRecord(record, cleaner, text, none, time_budget_ms);
}

Outcome AnalyzeRecord(const RawRecord& record, Cleaner& cleaner, TextAnalyzer& text,
                      DocumentStages& stages, std::uint32_t time_budget_ms) {
  const auto start = std::chrono::steady_clock::now();
  // A kTooLarge error once the stages so far took longer than the budget.
  const auto over_budget = [&](std::string_view stage) -> std::optional<Outcome> {
    if (time_budget_ms == 0) return std::nullopt;
    const auto used = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - start);
    if (used.count() <= time_budget_ms) return std::nullopt;
    return MakeError(record, Status::TooLarge("over the per-document time budget of " +
                                              std::to_string(time_budget_ms) +
                                              " ms: " + std::to_string(used.count()) +
                                              " ms by the end of " + std::string(stage)));
  };
  Result<Document> doc = cleaner.Clean(record);
  if (!doc.ok()) return MakeError(record, doc.status());
  if (auto late = over_budget("cleaning")) return std::move(*late);
  Status st = text.Analyze(*doc);
  if (!st.ok()) return MakeError(record, st);
  if (auto late = over_budget("text analysis")) return std::move(*late);
  for (const std::unique_ptr<DocumentStage>& stage : stages) {
    st = stage->Apply(*doc, text);
    if (!st.ok()) return MakeError(record, st);
    if (auto late = over_budget(stage->name())) return std::move(*late);
  }
  return std::move(*doc);
}

Status RunPipeline(const std::vector<std::string>& files, const PipelineOptions& options,
                   const PipelineCallbacks& callbacks, PipelineCounts* counts_out) {
  const int jobs = options.jobs < 1 ? 1 : options.jobs;
  const std::size_t capacity =
      options.queue_capacity ? options.queue_capacity : static_cast<std::size_t>(8 * jobs);

  // Build every worker's text analyzer up front so a broken ICU fails the run
  // before any input is read.
  std::vector<std::unique_ptr<TextAnalyzer>> analyzers;
  std::vector<DocumentStages> stage_lists;
  for (int i = 0; i < jobs; ++i) {
    Result<std::unique_ptr<TextAnalyzer>> a = TextAnalyzer::Create(options.text);
    if (!a.ok()) return a.status();
    analyzers.push_back(std::move(*a));
    Result<DocumentStages> stages = MakeDocumentStages(options.extract);
    if (!stages.ok()) return stages.status();
    stage_lists.push_back(std::move(*stages));
  }

  BoundedQueue<WorkItem> work(capacity);
  BoundedQueue<ResultItem> results(capacity);
  std::atomic<std::uint64_t> skipped{0};
  std::atomic<std::uint64_t> passed_over{0};
  ReadStats read_stats;  // written by the reader thread, read after it is joined
  std::atomic<std::uint64_t> emitted{0};
  std::atomic<bool> stop{false};

  std::jthread reader([&] {
    std::uint64_t seq = 0;
    for (const std::string& file : files) {
      if (stop) break;
      ReadInput(
          file, options.ingest,
          [&](Result<RawRecord> record) -> bool {
            if (stop) return false;
            WorkItem item;
            item.seq = seq;
            if (record.ok()) {
              if (callbacks.skip && callbacks.skip(record->Origin(), record->input_hash)) {
                ++skipped;
                return true;
              }
              item.item = std::move(*record);
            } else {
              item.item = ErrorFromStatus(record.status());
            }
            ++seq;
            ++emitted;
            passed_over = read_stats.passed_over;
            return work.Push(std::move(item));
          },
          &read_stats);
      passed_over = read_stats.passed_over;
    }
    work.Close();
  });

  std::atomic<int> workers_left{jobs};
  std::vector<std::jthread> workers;
  for (int w = 0; w < jobs; ++w) {
    workers.emplace_back([&, w] {
      Cleaner cleaner(options.ingest);
      TextAnalyzer& text = *analyzers[static_cast<std::size_t>(w)];
      DocumentStages& stages = stage_lists[static_cast<std::size_t>(w)];
      while (std::optional<WorkItem> item = work.Pop()) {
        ResultItem out;
        out.seq = item->seq;
        if (auto* record = std::get_if<RawRecord>(&item->item)) {
          out.bytes = record->body.size();
          try {
            out.outcome = AnalyzeRecord(*record, cleaner, text, stages, options.time_budget_ms);
          } catch (const std::bad_alloc&) {
            out.outcome = MakeError(*record, Status::TooLarge("out of memory while analysing"));
          }
        } else {
          out.outcome = std::move(std::get<ErrorRecord>(item->item));
        }
        if (!results.Push(std::move(out))) break;
      }
      if (--workers_left == 0) results.Close();
    });
  }

  PipelineCounts counts;
  Status status;
  auto last_progress = std::chrono::steady_clock::now();
  std::map<std::uint64_t, ResultItem> pending;  // ordered mode only
  std::uint64_t next_seq = 0;

  auto deliver = [&](ResultItem&& r) -> bool {
    counts.bytes += r.bytes;
    if (std::holds_alternative<Document>(r.outcome))
      ++counts.documents;
    else
      ++counts.errors;
    return !callbacks.sink || callbacks.sink(std::move(r.outcome));
  };

  while (std::optional<ResultItem> r = results.Pop()) {
    bool keep_going = true;
    if (options.ordered) {
      pending.emplace(r->seq, std::move(*r));
      while (keep_going && !pending.empty() && pending.begin()->first == next_seq) {
        keep_going = deliver(std::move(pending.begin()->second));
        pending.erase(pending.begin());
        ++next_seq;
      }
    } else {
      keep_going = deliver(std::move(*r));
    }
    if (callbacks.progress) {
      const auto now = std::chrono::steady_clock::now();
      if (now - last_progress >= std::chrono::milliseconds(callbacks.progress_every_ms)) {
        last_progress = now;
        counts.skipped = skipped;
        counts.passed_over = passed_over;
        counts.records = counts.documents + counts.errors + counts.skipped;
        callbacks.progress(counts);
      }
    }
    if (!keep_going) {
      status = Status::Internal("stopped by the caller");
      stop = true;
      work.Close();
      results.Close();
      break;
    }
  }
  reader.join();
  for (auto& w : workers) w.join();
  counts.skipped = skipped;
  counts.passed_over = read_stats.passed_over;
  counts.passed_over_by_reason = read_stats.passed_over_by_reason;
  counts.records = counts.documents + counts.errors + counts.skipped;
  if (counts_out) *counts_out = counts;
  return status;
}

}  // namespace crosscheck
