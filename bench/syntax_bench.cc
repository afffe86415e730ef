// syntax_bench: tagger and parser speed on one core (Google Benchmark).
//
//   build/bench/syntax_bench [--benchmark_repetitions=3] [CONLLU]
//
// Reads the gold words of a CoNLL-U file (default: UD EWT dev from
// ../shared/data, or $CROSSCHECK_DATA/syntax/ud-english-ewt/en_ewt-ud-dev.conllu)
// and times, per pass over all its sentences: tagging (words/s), parsing with
// the predicted tags (words/s), and loading both model files (uncached).
// Models are found as the text stage finds them (CROSSCHECK_MODELS, models/).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "text/conllu.h"
#include "text/syntax_models.h"

namespace {

using namespace crosscheck::text;

std::vector<std::vector<std::string>> g_sentences;
std::shared_ptr<const SyntaxModels> g_models;
std::size_t g_words = 0;

std::vector<std::string_view> Views(const std::vector<std::string>& words) {
  return {words.begin(), words.end()};
}

void BM_Tag(benchmark::State& state) {
  std::vector<WordTags> tags;
  std::vector<std::vector<std::string_view>> views;
  for (const auto& s : g_sentences) views.push_back(Views(s));
  for (auto _ : state) {
    for (const auto& v : views) {
      g_models->tagger->Tag(v, tags);
      benchmark::DoNotOptimize(tags.data());
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * g_words));
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

void BM_Parse(benchmark::State& state) {
  std::vector<std::vector<std::string_view>> views;
  std::vector<std::vector<WordTags>> tags(g_sentences.size());
  for (std::size_t k = 0; k < g_sentences.size(); ++k) {
    views.push_back(Views(g_sentences[k]));
    g_models->tagger->Tag(views.back(), tags[k]);
  }
  std::vector<int> heads;
  std::vector<std::uint8_t> deprels;
  for (auto _ : state) {
    for (std::size_t k = 0; k < views.size(); ++k) {
      g_models->parser->Parse(views[k], tags[k], heads, deprels);
      benchmark::DoNotOptimize(heads.data());
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * g_words));
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

void BM_LoadModels(benchmark::State& state) {
  for (auto _ : state) {
    auto tagger = Tagger::Load(g_models->dir + "/tagger.bin");
    auto parser = Parser::Load(g_models->dir + "/parser.bin");
    if (!tagger.ok() || !parser.ok()) state.SkipWithError("model load failed");
  }
}
BENCHMARK(BM_LoadModels)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  std::string path;
  if (argc > 1) {
    path = argv[1];
  } else {
    const char* data = std::getenv("CROSSCHECK_DATA");
    path = std::string(data != nullptr ? data : CROSSCHECK_SOURCE_DIR "/../shared/data") +
           "/syntax/ud-english-ewt/en_ewt-ud-dev.conllu";
  }
  auto sentences = ReadConlluFile(path);
  if (!sentences.ok()) {
    std::fprintf(stderr, "syntax_bench: %s\n", sentences.status().ToString().c_str());
    return 1;
  }
  for (const auto& s : *sentences) {
    std::vector<std::string> words;
    for (const auto& w : s.words) words.push_back(w.form);
    g_words += words.size();
    g_sentences.push_back(std::move(words));
  }
  auto models = LoadSyntaxModels(FindModelsDir(""));
  if (!models.ok()) {
    std::fprintf(stderr, "syntax_bench: %s\n", models.status().ToString().c_str());
    return 1;
  }
  g_models = *models;
  std::fprintf(stderr, "%zu sentences, %zu words from %s; models in %s\n", g_sentences.size(),
               g_words, path.c_str(), g_models->dir.c_str());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
