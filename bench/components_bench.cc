// Google Benchmark micro-benchmarks of the per-document components on an
// invented ~6 KB article (the size of a typical news article). For whole-run
// throughput on real data use bench/throughput.
#include <benchmark/benchmark.h>

#include <string>

#include "crosscheck/ingest.h"
#include "crosscheck/offset_map.h"
#include "crosscheck/text.h"

namespace crosscheck {
namespace {

std::string SyntheticArticle() {
  std::string a =
      "Skip to content\nHome | News | Harbour | Sport | Opinion\nTHE BRENNMOOR COURIER\n"
      "Council delays vote on the north quay repairs\n"
      "By Aino Halvorsen, Harbour reporter\nPublished 3 April 2026, 08:15\n\n"
      "Share on Facebook   Share on X   Copy link\n\n";
  // Fourteen distinct paragraphs (near-identical ones would be dropped as duplicates).
  const char* subjects[] = {"The harbour master",       "Councillor Ines Ruud",
                            "The ferry operator",       "A spokesperson for the port authority",
                            "Residents of Quay Street", "The fire chief",
                            "Mayor Olav Brenn"};
  const char* actions[] = {"warned that the north quay repairs", "said the budget for the works",
                           "argued that the timetable for the project"};
  for (int p = 0; p < 14; ++p) {
    a += std::string(subjects[p % 7]) + " " + actions[p % 3] + " had changed " +
         std::to_string(p + 2) + " times since January, and that the " +
         std::to_string(1200 + 37 * p) +
         " families living beside the harbour had not been told. \"We were promised " +
         std::to_string(p + 3) + ".5 million euros in " + (p % 2 ? "March" : "October") +
         ",\" said Mr. Tero Salo of the Quay Residents' Association, who has lived on the quay "
         "for " +
         std::to_string(20 + p) +
         " years. Officials at the U.S. consulate declined to comment on item " +
         std::to_string(p * 11 + 4) + ".\n\n";
    if (p == 6) a += "Advertisement\n\n";
  }
  a += "Related\nQuay repairs: what we know\nHarbour fees to rise in May\nFerry timetable "
       "changes\n\n"
       "© 2026 Brennmoor Courier Ltd. All rights reserved.\n";
  return a;
}

RawRecord SyntheticRecord() {
  RawRecord r;
  r.path = "bench.txt";
  r.format = "text";
  r.body = SyntheticArticle();
  r.input_hash = 1;
  return r;
}

void BM_Clean(benchmark::State& state) {
  const RawRecord r = SyntheticRecord();
  Cleaner cleaner;
  for (auto _ : state) {
    auto doc = cleaner.Clean(r);
    benchmark::DoNotOptimize(doc);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * r.body.size()));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Clean);

void BM_Analyze(benchmark::State& state) {
  const RawRecord r = SyntheticRecord();
  Cleaner cleaner;
  auto clean = cleaner.Clean(r);
  if (!clean.ok()) {
    state.SkipWithError(clean.status().ToString().c_str());
    return;
  }
  auto analyzer = TextAnalyzer::Create();
  for (auto _ : state) {
    Document d = *clean;
    Status st = (*analyzer)->Analyze(d);
    benchmark::DoNotOptimize(st);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * clean->text.size()));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Analyze);

void BM_Tokenize(benchmark::State& state) {
  const std::string text = SyntheticArticle();
  auto analyzer = TextAnalyzer::Create();
  std::vector<Token> tokens;
  for (auto _ : state) {
    tokens.clear();
    Status st = (*analyzer)->Tokenize(text, tokens);
    benchmark::DoNotOptimize(st);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Tokenize);

void BM_OffsetMapThen(benchmark::State& state) {
  OffsetMap::Builder a, b;
  for (int i = 0; i < 200; ++i) {
    a.Copy(30).Replace(2, 1);
    b.Copy(25).Skip(5).Insert(1);
  }
  OffsetMap inner = std::move(a).Build();
  OffsetMap::Builder c;
  c.Copy(inner.output_size());
  OffsetMap outer = std::move(c).Build();
  for (auto _ : state) benchmark::DoNotOptimize(outer.Then(inner));
}
BENCHMARK(BM_OffsetMapThen);

}  // namespace
}  // namespace crosscheck

BENCHMARK_MAIN();
