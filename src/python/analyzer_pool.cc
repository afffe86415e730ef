#include "python/analyzer_pool.h"

#include "common/hash.h"
#include "crosscheck/extract.h"
#include "crosscheck/ingest.h"
#include "crosscheck/text.h"

namespace crosscheck {

struct AnalyzerPool::Analyzer {
  Cleaner cleaner;
  std::unique_ptr<TextAnalyzer> text;
  DocumentStages stages;
};

AnalyzerPool::AnalyzerPool() = default;
AnalyzerPool::~AnalyzerPool() = default;

AnalyzerPool& AnalyzerPool::Shared() {
  static AnalyzerPool* const pool = new AnalyzerPool();  // C++ makes this thread-safe
  return *pool;
}

Result<std::unique_ptr<AnalyzerPool::Analyzer>> AnalyzerPool::Take() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<Analyzer> a = std::move(idle_.back());
      idle_.pop_back();
      return a;
    }
  }
  const PipelineOptions defaults;
  auto a = std::make_unique<Analyzer>();
  Result<std::unique_ptr<TextAnalyzer>> text = TextAnalyzer::Create(defaults.text);
  if (!text.ok()) return text.status();
  a->text = std::move(*text);
  Result<DocumentStages> stages = MakeDocumentStages(defaults.extract);
  if (!stages.ok()) return stages.status();
  a->stages = std::move(*stages);
  std::lock_guard<std::mutex> lock(mutex_);
  ++created_;
  return a;
}

void AnalyzerPool::Give(std::unique_ptr<Analyzer> analyzer) {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(analyzer));
}

std::size_t AnalyzerPool::created() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return created_;
}

Outcome AnalyzerPool::Analyze(const RawRecord& record) {
  Result<std::unique_ptr<Analyzer>> a = Take();
  if (!a.ok()) return MakeError(record, a.status());
  Outcome outcome = AnalyzeRecord(record, (*a)->cleaner, *(*a)->text, (*a)->stages,
                                  PipelineOptions{}.time_budget_ms);
  Give(std::move(*a));
  return outcome;
}

RawRecord TextRecord(std::string origin, std::string body, bool html) {
  RawRecord r;
  r.path = std::move(origin);
  r.record = -1;
  r.format = html ? "html" : "text";
  if (html) r.media_type = "text/html";
  r.input_hash = Hash64(body);
  r.body = std::move(body);
  return r;
}

}  // namespace crosscheck
