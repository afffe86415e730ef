// ner_bench: entity tagger speed on one core (Google Benchmark).
//
//   build/bench/ner_bench [--benchmark_repetitions=3] [CONLLU]
//
// Reads the words of a CoNLL-U file (default: UD EWT dev from ../shared/data,
// or $CROSSCHECK_DATA/syntax/ud-english-ewt/en_ewt-ud-dev.conllu), tags them
// once with the syntax tagger (not timed), then times, per pass over all
// sentences: the document cues plus the entity tagger (words/s =
// items_per_second; the file counts as one document), and loading
// models/ner.bin (uncached). Models are found as the text stage finds them.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "extract/ner_gum.h"
#include "extract/ner_tagger.h"
#include "text/conllu.h"
#include "text/syntax_models.h"

namespace {

using namespace crosscheck;

std::vector<extract::NerSentence> g_sentences;
std::string g_dir;
std::shared_ptr<const extract::NerTagger> g_tagger;
std::size_t g_words = 0;

void BM_NerTag(benchmark::State& state) {
  std::vector<std::vector<extract::NerWord>> words;
  std::vector<std::vector<std::string_view>> forms;
  for (const auto& s : g_sentences) {
    words.emplace_back();
    forms.emplace_back(s.forms.begin(), s.forms.end());
    for (std::size_t i = 0; i < s.forms.size(); ++i)
      words.back().push_back({s.forms[i], s.upos[i], s.xpos[i]});
  }
  std::vector<extract::NerSpan> names;
  for (auto _ : state) {
    // The document cues (the whole file as one document), then each sentence.
    const auto cues = extract::DocumentCues(forms);
    for (std::size_t k = 0; k < words.size(); ++k) {
      for (std::size_t i = 0; i < words[k].size(); ++i) words[k][i].cues = cues[k][i];
      g_tagger->Tag(words[k], names);
      benchmark::DoNotOptimize(names.data());
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * g_words));
}
BENCHMARK(BM_NerTag)->Unit(benchmark::kMillisecond);

void BM_NerLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto tagger = extract::NerTagger::Load(g_dir + "/ner.bin");
    if (!tagger.ok()) state.SkipWithError("model load failed");
  }
}
BENCHMARK(BM_NerLoad)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

// The CoNLL-U file to read: argv[1], else EWT dev under the data folder.
std::string InputPath(int argc, char** argv) {
  if (argc > 1) return argv[1];
  const char* env = std::getenv("CROSSCHECK_DATA");
  const std::string data = env != nullptr ? env : CROSSCHECK_SOURCE_DIR "/../shared/data";
  return data + "/syntax/ud-english-ewt/en_ewt-ud-dev.conllu";
}

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  const std::string path = InputPath(argc, argv);
  auto sentences = text::ReadConlluFile(path);
  g_dir = text::FindModelsDir("");
  auto syntax = text::LoadSyntaxModels(g_dir);
  auto tagger = extract::NerTagger::Load(g_dir + "/ner.bin");
  if (!sentences.ok() || !syntax.ok() || !tagger.ok()) {
    const Status st = !sentences.ok() ? sentences.status()
                      : !syntax.ok()  ? syntax.status()
                                      : tagger.status();
    std::fprintf(stderr, "ner_bench: %s\n", st.ToString().c_str());
    return 1;
  }
  g_tagger = *tagger;
  for (const auto& s : *sentences) {
    g_sentences.push_back(extract::TagGumSentence(s, *(*syntax)->tagger));
    g_words += s.words.size();
  }
  std::fprintf(stderr, "%zu sentences, %zu words from %s; models in %s\n", g_sentences.size(),
               g_words, path.c_str(), g_dir.c_str());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
