// quotes_bench: speed of the quote stages (quotations, cues, speakers) on one
// core (Google Benchmark).
//
//   build/bench/quotes_bench [--benchmark_repetitions=3] [ARTICLES.jsonl.gz] [N]
//
// Reads the first N (default 2000) articles of the AllSides sample
// ($CROSSCHECK_DATA or ../shared/data: news/allsides/articles-15k.jsonl.gz),
// cleans them and runs the text stage once up front, then applies the quote
// and speaker stages once more so the sentences they parse are parsed (the
// parser belongs to the text stage's cost and is not timed). BM_QuoteStages
// then times only the quote and speaker stages over all the articles
// (items/s = articles per second on one core), with the learned attribution
// model (models/quotes.bin) as the pipeline runs them; BM_QuoteStagesRules
// with the lexicon and rules instead (both prepasses parse up front). BM_PairMarks times quotation
// mark pairing alone on pages of n marks, opening and closing at random, to
// show it stays linear (Complexity oN).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "crosscheck/ingest.h"
#include "crosscheck/text.h"
#include "extract/quote_marks.h"
#include "extract/quote_model.h"
#include "extract/quote_stage.h"
#include "resolve/speaker_stage.h"

namespace {

using namespace crosscheck;

std::vector<Document> g_docs;
std::unique_ptr<TextAnalyzer> g_text;
std::shared_ptr<const QuoteModel> g_model;

void BM_QuoteStages(benchmark::State& state) {
  QuoteStageOptions options;
  if (state.range(0) == 1) options.model = g_model;
  auto quotes = MakeQuoteStage(options);
  auto speakers = MakeSpeakerStage();
  std::size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (Document& d : g_docs) {
      d.quotes.clear();
      if (!quotes->Apply(d, *g_text).ok() || !speakers->Apply(d, *g_text).ok()) {
        state.SkipWithError("stage failed");
        return;
      }
      found += d.quotes.size();
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * g_docs.size()));
  state.counters["quotes_per_article"] =
      g_docs.empty() ? 0.0 : static_cast<double>(found) / static_cast<double>(g_docs.size());
}
BENCHMARK(BM_QuoteStages)->Arg(1)->Unit(benchmark::kMillisecond);
void BM_QuoteStagesRules(benchmark::State& state) { BM_QuoteStages(state); }
BENCHMARK(BM_QuoteStagesRules)->Arg(0)->Unit(benchmark::kMillisecond);

void BM_PairMarks(benchmark::State& state) {
  const char* marks[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\"", "'", "\xE2\x80\x99", "\xC2\xAB"};
  std::mt19937 rng(7);
  std::string text;
  for (std::int64_t i = 0; i < state.range(0); ++i) {
    text += marks[rng() % 6];
    text += (rng() % 3 == 0) ? " word " : "word ";
    if (rng() % 50 == 0) text += "\n\n";
  }
  std::vector<Paragraph> paragraphs;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    if (end > pos) {
      paragraphs.push_back({{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end)}});
    }
    pos = end + 2;
  }
  for (auto _ : state) {
    auto regions = PairQuoteMarks(text, paragraphs);
    benchmark::DoNotOptimize(regions.data());
  }
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_PairMarks)->RangeMultiplier(10)->Range(1000, 1000000)->Complexity(benchmark::oN);

bool Load(const std::string& path, std::size_t limit) {
  Cleaner cleaner;
  TextOptions options;
  auto text = TextAnalyzer::Create(options);
  if (!text.ok()) {
    std::cerr << text.status().ToString() << "\n";
    return false;
  }
  g_text = std::move(*text);
  auto model = LoadQuoteModel("");
  if (!model.ok()) {
    std::cerr << model.status().ToString() << "\n";
    return false;
  }
  g_model = *model;
  QuoteStageOptions with_model;
  with_model.model = g_model;
  auto learned = MakeQuoteStage(with_model);
  auto quotes = MakeQuoteStage();
  auto speakers = MakeSpeakerStage();
  ReadInput(path, {}, [&](Result<RawRecord> record) {
    if (!record.ok()) return true;
    auto doc = cleaner.Clean(*record);
    if (!doc.ok() || !g_text->Analyze(*doc).ok()) return true;
    // Parse what the quote stage parses, once, outside the timing.
    if (!quotes->Apply(*doc, *g_text).ok() || !learned->Apply(*doc, *g_text).ok()) return true;
    doc->quotes.clear();
    g_docs.push_back(std::move(*doc));
    return g_docs.size() < limit;
  });
  return !g_docs.empty();
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  const char* data = std::getenv("CROSSCHECK_DATA");
  std::string path = std::string(data != nullptr ? data : CROSSCHECK_SOURCE_DIR "/../shared/data") +
                     "/news/allsides/articles-15k.jsonl.gz";
  std::size_t limit = 2000;
  if (argc > 1) path = argv[1];
  if (argc > 2) limit = static_cast<std::size_t>(std::atol(argv[2]));
  if (!std::filesystem::exists(path) || !Load(path, limit)) {
    std::cerr << "quotes_bench: no articles at " << path << "\n";
    return 2;
  }
  std::cerr << "quotes_bench: " << g_docs.size() << " articles from " << path << "\n";
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
