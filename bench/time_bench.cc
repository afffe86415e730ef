// time_bench: speed of the time stages (timexes, quantities, timex values,
// stale content) on one core, without the text stage (Google Benchmark).
//
//   build/bench/time_bench [--benchmark_repetitions=3] [ARTICLES.jsonl.gz [N]]
//
// Reads the first N records (default 2000) of a JSON Lines file (default: the
// AllSides sample from ../shared/data, or $CROSSCHECK_DATA/news/allsides/
// articles-15k.jsonl.gz), cleans and analyses them up front (ingest and the text
// stage, tags included; not timed), then times passes of the four time stages
// over all of them. items_per_second is articles per CPU-second of the
// benchmark thread (CPU time, so a busy machine does not skew it).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>
#include <vector>

#include "crosscheck/extract.h"
#include "crosscheck/ingest.h"
#include "crosscheck/pipeline.h"
#include "crosscheck/text.h"

namespace {

using namespace crosscheck;

std::vector<Document> g_documents;
std::unique_ptr<TextAnalyzer> g_text;

void BM_TimeStages(benchmark::State& state) {
  ExtractOptions options;
  options.mentions = false;
  options.quotes = false;
  auto stages = MakeDocumentStages(options);
  if (!stages.ok()) {
    state.SkipWithError(stages.status().ToString().c_str());
    return;
  }
  std::size_t found = 0;
  for (auto _ : state) {
    for (Document& document : g_documents) {
      document.flags.clear();
      for (auto& stage : *stages) {
        if (!stage->Apply(document, *g_text).ok()) state.SkipWithError("stage failed");
      }
      found += document.timexes.size() + document.quantities.size();
    }
  }
  benchmark::DoNotOptimize(found);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * g_documents.size()));
}
BENCHMARK(BM_TimeStages)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  std::string path;
  std::size_t limit = 2000;
  if (argc > 1) {
    path = argv[1];
    if (argc > 2) limit = static_cast<std::size_t>(std::atol(argv[2]));
  } else {
    const char* data = std::getenv("CROSSCHECK_DATA");
    path = std::string(data != nullptr ? data : CROSSCHECK_SOURCE_DIR "/../shared/data") +
           "/news/allsides/articles-15k.jsonl.gz";
  }
  auto text = TextAnalyzer::Create();
  if (!text.ok()) {
    std::fprintf(stderr, "time_bench: %s\n", text.status().ToString().c_str());
    return 1;
  }
  g_text = std::move(*text);
  Cleaner cleaner;
  std::size_t bytes = 0;
  ReadInput(path, {}, [&](Result<RawRecord> record) {
    if (!record.ok()) return true;
    Outcome outcome = AnalyzeRecord(*record, cleaner, *g_text);
    if (std::holds_alternative<Document>(outcome)) {
      bytes += std::get<Document>(outcome).text.size();
      g_documents.push_back(std::move(std::get<Document>(outcome)));
    }
    return g_documents.size() < limit;
  });
  if (g_documents.empty()) {
    std::fprintf(stderr, "time_bench: no documents read from %s\n", path.c_str());
    return 1;
  }
  std::fprintf(stderr, "%zu articles (%zu bytes of text) from %s\n", g_documents.size(), bytes,
               path.c_str());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
