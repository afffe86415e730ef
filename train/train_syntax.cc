// train_syntax: trains the tagger and the parser from Universal Dependencies
// trees (GUM train split + EWT train) and writes models/tagger.bin and
// models/parser.bin. Deterministic for a given --seed.
//
//   train_syntax --data ../shared/data --out models [--seed 1]
//                [--tagger-epochs 8] [--parser-epochs 15] [--jackknife 4]
//                [--holdout 0.1]    # choose settings: train on 90%, print held-out figures
//                [--parser-mix 1]   # train K parsers (seeds seed..seed+K-1) and mix
//                                    # them into one (Parser::Mix): an ensemble's
//                                    # accuracy at one parser's cost
//                [--held-out-conllu FILE] # with --holdout: write the held-out gold
//                                    # sentences to FILE and the models to --out too,
//                                    # so any model built from them (pruned, mixed)
//                                    # can be scored on the slice with syntax_tag
//                [--tags-cache FILE] # experiments: keep the full tagger (FILE.tagger) and
//                                    # the parser's jackknifed training tags (FILE) and reuse
//                                    # them on the next run with the same data, seed, holdout
//                                    # and tagger settings (not checked: only word counts),
//                                    # so parser settings are compared without retraining
//                                    # taggers; a cache that does not fit is rebuilt
//
// GUM train = every dep/*.conllu not listed in split_dev.txt, split_test.txt
// or split_test2.txt, skipping documents whose words are all underscores
// (withheld Reddit texts). With --jackknife K the parser trains on tags
// predicted by K taggers, each trained without one K-th of the data, so it
// learns from the tagging errors it will see; 0 trains it on gold tags.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "text/conllu.h"
#include "text/model_file.h"
#include "text/parser.h"
#include "text/syntax_tags.h"
#include "text/tagger.h"
#include "text/word_clusters.h"

namespace fs = std::filesystem;
using namespace crosscheck::text;

namespace {

struct Options {
  std::string data = "../shared/data";
  std::string out = "models";
  std::uint64_t seed = 1;
  int tagger_epochs = 8;
  int parser_epochs = 15;
  int jackknife = 4;
  // Parsers trained with seeds seed, seed+1, ... and mixed into one (Parser::Mix).
  int parser_mix = 1;
  double holdout = 0.0;
  double explore = 0.9;
  float prune = 1e-4f;
  std::string clusters;  // a word_clusters output; "" for none
  // Experiments only: where the full tagger and the parser's training tags are
  // kept, so parser settings can be compared without retraining the taggers.
  std::string tags_cache;
  // With holdout > 0: where the held-out gold goes ("" = nowhere, models not written).
  std::string held_out_conllu;
};

const WordClusters* g_clusters = nullptr;  // set once in main

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

std::set<std::string> ReadNames(const fs::path& path) {
  std::set<std::string> names;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) names.insert(line);
  }
  return names;
}

bool AllUnderscores(const std::vector<ConlluSentence>& doc) {
  for (const ConlluSentence& s : doc) {
    for (const ConlluWord& w : s.words) {
      if (w.form.find_first_not_of('_') != std::string::npos) return false;
    }
  }
  return true;
}

bool LoadTraining(const Options& o, std::vector<ConlluSentence>& out) {
  const fs::path gum = fs::path(o.data) / "entities/gum";
  std::set<std::string> held;
  for (const char* split : {"split_dev.txt", "split_test.txt", "split_test2.txt"}) {
    for (const std::string& n : ReadNames(gum / split)) held.insert(n);
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(gum / "dep")) {
    if (entry.path().extension() == ".conllu" && !held.count(entry.path().stem().string())) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  int docs = 0, skipped = 0;
  for (const fs::path& f : files) {
    auto doc = ReadConlluFile(f.string());
    if (!doc.ok()) {
      std::fprintf(stderr, "%s\n", doc.status().ToString().c_str());
      return false;
    }
    if (AllUnderscores(*doc)) {
      ++skipped;
      continue;
    }
    ++docs;
    for (auto& s : *doc) out.push_back(std::move(s));
  }
  const std::size_t gum_sentences = out.size();
  auto ewt = ReadConlluFile(
      (fs::path(o.data) / "syntax/ud-english-ewt/en_ewt-ud-train.conllu.gz").string());
  if (!ewt.ok()) {
    std::fprintf(stderr, "%s\n", ewt.status().ToString().c_str());
    return false;
  }
  for (auto& s : *ewt) out.push_back(std::move(s));
  std::size_t words = 0;
  for (const auto& s : out) words += s.words.size();
  std::fprintf(stderr,
               "training data: GUM %d documents (%d all-underscore skipped), %zu sentences; "
               "EWT %zu sentences; %zu words\n",
               docs, skipped, gum_sentences, out.size() - gum_sentences, words);
  return true;
}

TaggedSentence ToTagged(const ConlluSentence& s) {
  TaggedSentence t;
  for (const ConlluWord& w : s.words) {
    t.forms.push_back(w.form);
    t.upos.push_back(w.upos);
    t.xpos.push_back(w.xpos);
    t.feats.push_back(w.feats);
  }
  return t;
}

std::vector<std::size_t> Shuffled(std::size_t n, std::mt19937_64& rng) {
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), rng);
  return order;
}

std::shared_ptr<Tagger> TrainTagger(const std::vector<TaggedSentence>& train, const Options& o,
                                    const std::vector<ConlluSentence>* held, const char* label) {
  const auto start = std::chrono::steady_clock::now();
  TaggerTrainer trainer(train, {.prune = o.prune}, *g_clusters);
  std::mt19937_64 rng(o.seed);
  std::shared_ptr<Tagger> tagger;
  for (int e = 0; e < o.tagger_epochs; ++e) {
    const auto order = Shuffled(train.size(), rng);
    const double acc = trainer.TrainEpoch(order);
    std::fprintf(stderr, "%s tagger epoch %d: train %.4f (%.0f s)", label, e + 1, acc,
                 Seconds(start));
    if (held != nullptr) {
      tagger = trainer.Finish();
      std::size_t ok = 0, okx = 0, total = 0;
      std::vector<WordTags> tags;
      std::vector<std::string_view> words;
      for (const ConlluSentence& s : *held) {
        words.clear();
        for (const auto& w : s.words) words.push_back(w.form);
        tagger->Tag(words, tags);
        for (std::size_t i = 0; i < words.size(); ++i) {
          ok += UposNameOf(tags[i].upos) == s.words[i].upos;
          okx += XposNameOf(tags[i].xpos) == s.words[i].xpos;
          ++total;
        }
      }
      std::fprintf(stderr, "  held-out upos %.4f xpos %.4f", double(ok) / total,
                   double(okx) / total);
    }
    std::fprintf(stderr, "\n");
  }
  tagger = trainer.Finish();
  std::fprintf(stderr, "%s tagger: %zu features, %zu weights, %.0f s\n", label,
               tagger->feature_count(), tagger->weight_count(), Seconds(start));
  return tagger;
}

void TagInto(const Tagger& tagger, const ConlluSentence& s, std::vector<WordTags>& tags) {
  std::vector<std::string_view> words;
  for (const auto& w : s.words) words.push_back(w.form);
  tagger.Tag(words, tags);
}

// The parser's training tags, one record per sentence (word count, then upos,
// xpos, feats per word). Returns false when the file is missing or does not fit.
bool LoadTagsCache(const std::string& path, std::vector<ParsedSentence>& parsed) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  for (ParsedSentence& p : parsed) {
    std::uint32_t n = 0;
    in.read(reinterpret_cast<char*>(&n), sizeof n);
    if (!in || n != p.forms.size()) return false;
    p.tags.resize(n);
    for (WordTags& t : p.tags) {
      in.read(reinterpret_cast<char*>(&t.upos), 1);
      in.read(reinterpret_cast<char*>(&t.xpos), 1);
      in.read(reinterpret_cast<char*>(&t.feats), sizeof t.feats);
    }
  }
  return static_cast<bool>(in);
}

void SaveTagsCache(const std::string& path, const std::vector<ParsedSentence>& parsed) {
  std::ofstream out(path, std::ios::binary);
  for (const ParsedSentence& p : parsed) {
    const auto n = static_cast<std::uint32_t>(p.tags.size());
    out.write(reinterpret_cast<const char*>(&n), sizeof n);
    for (const WordTags& t : p.tags) {
      out.write(reinterpret_cast<const char*>(&t.upos), 1);
      out.write(reinterpret_cast<const char*>(&t.xpos), 1);
      out.write(reinterpret_cast<const char*>(&t.feats), sizeof t.feats);
    }
  }
}

// Prints "  held-out UAS .. LAS(full labels) .." of `parser` over `held`, tagged by `tagger`.
void PrintHeldOut(const Tagger& tagger, const Parser& parser,
                  const std::vector<ConlluSentence>& held) {
  std::size_t uas = 0, las = 0, total = 0;
  std::vector<WordTags> tags;
  std::vector<int> heads;
  std::vector<std::uint8_t> deprels;
  std::vector<std::string_view> words;
  for (const ConlluSentence& s : held) {
    words.clear();
    for (const auto& w : s.words) words.push_back(w.form);
    tagger.Tag(words, tags);
    parser.Parse(words, tags, heads, deprels);
    for (std::size_t i = 0; i < words.size(); ++i) {
      const bool head_ok = heads[i] + 1 == s.words[i].head;
      uas += head_ok;
      las += head_ok && DeprelNameOf(deprels[i]) == s.words[i].deprel;
      ++total;
    }
  }
  std::fprintf(stderr, "  held-out UAS %.4f LAS(full labels) %.4f  [%zu features]",
               double(uas) / total, double(las) / total, parser.feature_count());
}

std::vector<WordTags> GoldTags(const ConlluSentence& s) {
  std::vector<WordTags> tags;
  for (const auto& w : s.words) tags.push_back({UposIdOf(w.upos), XposIdOf(w.xpos), 0});
  return tags;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--data")
      o.data = value;
    else if (flag == "--out")
      o.out = value;
    else if (flag == "--seed")
      o.seed = std::stoull(value);
    else if (flag == "--tagger-epochs")
      o.tagger_epochs = std::stoi(value);
    else if (flag == "--parser-epochs")
      o.parser_epochs = std::stoi(value);
    else if (flag == "--jackknife")
      o.jackknife = std::stoi(value);
    else if (flag == "--holdout")
      o.holdout = std::stod(value);
    else if (flag == "--explore")
      o.explore = std::stod(value);
    else if (flag == "--prune")
      o.prune = std::stof(value);
    else if (flag == "--clusters")
      o.clusters = value;
    else if (flag == "--tags-cache")
      o.tags_cache = value;
    else if (flag == "--parser-mix")
      o.parser_mix = std::max(1, std::stoi(value));
    else if (flag == "--held-out-conllu")
      o.held_out_conllu = value;
    else {
      std::fprintf(stderr, "train_syntax: unknown flag %s\n", flag.c_str());
      return 2;
    }
  }
  const auto start = std::chrono::steady_clock::now();
  WordClusters clusters;
  if (!o.clusters.empty()) {
    auto in = LoadModelPayload(o.clusters, "CCCLUSTR", 1);
    if (!in.ok()) {
      std::fprintf(stderr, "%s\n", in.status().ToString().c_str());
      return 1;
    }
    auto loaded = WordClusters::Load(*in);
    if (!loaded.ok()) {
      std::fprintf(stderr, "%s\n", loaded.status().ToString().c_str());
      return 1;
    }
    clusters = std::move(*loaded);
    std::fprintf(stderr, "word clusters: %zu words\n", clusters.size());
  }
  g_clusters = &clusters;
  std::vector<ConlluSentence> all;
  if (!LoadTraining(o, all)) return 1;
  // Held-out slice (settings only): a fixed, seeded sample of sentences.
  std::vector<ConlluSentence> train, held;
  {
    std::mt19937_64 rng(o.seed + 1000);
    const auto order = Shuffled(all.size(), rng);
    const std::size_t cut = static_cast<std::size_t>(all.size() * (1.0 - o.holdout));
    std::vector<std::size_t> keep(order.begin(), order.begin() + cut);
    std::sort(keep.begin(), keep.end());
    std::vector<char> in_train(all.size(), 0);
    for (std::size_t k : keep) in_train[k] = 1;
    for (std::size_t k = 0; k < all.size(); ++k)
      (in_train[k] ? train : held).push_back(std::move(all[k]));
  }
  const std::vector<ConlluSentence>* held_ptr = held.empty() ? nullptr : &held;
  if (!o.held_out_conllu.empty()) {
    std::ofstream f(o.held_out_conllu, std::ios::binary);
    f << WriteConllu(held);
    if (!f) {
      std::fprintf(stderr, "train_syntax: cannot write %s\n", o.held_out_conllu.c_str());
      return 1;
    }
  }
  std::vector<TaggedSentence> tagged;
  for (const auto& s : train) tagged.push_back(ToTagged(s));

  // Tags the parser trains on.
  std::vector<ParsedSentence> parsed(train.size());
  for (std::size_t k = 0; k < train.size(); ++k) {
    for (const auto& w : train[k].words) {
      parsed[k].forms.push_back(w.form);
      parsed[k].heads.push_back(w.head);
      parsed[k].deprels.push_back(w.deprel);
    }
    parsed[k].tags = GoldTags(train[k]);
  }
  const std::string cached_tagger = o.tags_cache + ".tagger";
  std::shared_ptr<const Tagger> tagger;
  bool from_cache = false;
  if (!o.tags_cache.empty() && LoadTagsCache(o.tags_cache, parsed)) {
    auto loaded = Tagger::Load(cached_tagger);
    if (loaded.ok()) {
      tagger = *loaded;
      from_cache = true;
      std::fprintf(stderr, "tagger and parser training tags from %s\n", o.tags_cache.c_str());
    }
  }
  if (!from_cache) tagger = TrainTagger(tagged, o, held_ptr, "full");
  if (o.jackknife > 1 && !from_cache) {
    for (int fold = 0; fold < o.jackknife; ++fold) {
      std::vector<TaggedSentence> part;
      for (std::size_t k = 0; k < train.size(); ++k) {
        if (static_cast<int>(k % o.jackknife) != fold) part.push_back(tagged[k]);
      }
      const std::string label = "fold " + std::to_string(fold + 1);
      std::shared_ptr<Tagger> t = TrainTagger(part, o, nullptr, label.c_str());
      for (std::size_t k = fold; k < train.size(); k += o.jackknife)
        TagInto(*t, train[k], parsed[k].tags);
    }
  }
  if (!o.tags_cache.empty() && !from_cache) {
    SaveTagsCache(o.tags_cache, parsed);
    if (crosscheck::Status st = tagger->Save(cached_tagger); !st.ok()) {
      std::fprintf(stderr, "%s\n", st.ToString().c_str());
      return 1;
    }
  }

  // Parsers with seeds seed, seed+1, ... (exploration and order differ, the
  // tags are the same), then mixed into one (Parser::Mix).
  std::vector<std::shared_ptr<const Parser>> parsers;
  for (int k = 0; k < o.parser_mix; ++k) {
    const std::uint64_t pseed = o.seed + static_cast<std::uint64_t>(k);
    const auto pstart = std::chrono::steady_clock::now();
    ParserTrainer trainer(parsed, {.explore = o.explore, .prune = o.prune, .seed = pseed},
                          clusters);
    std::mt19937_64 rng(pseed + 7);
    for (int e = 0; e < o.parser_epochs; ++e) {
      const auto order = Shuffled(parsed.size(), rng);
      const double acc = trainer.TrainEpoch(order, e);
      std::fprintf(stderr, "parser %d epoch %d: train moves %.4f (%.0f s)", k + 1, e + 1, acc,
                   Seconds(pstart));
      if (held_ptr != nullptr) PrintHeldOut(*tagger, *trainer.Finish(), held);
      std::fprintf(stderr, "\n");
    }
    parsers.push_back(trainer.Finish());
    std::fprintf(stderr, "parser %d: %zu features, %zu weights, %.0f s\n", k + 1,
                 parsers.back()->feature_count(), parsers.back()->weight_count(), Seconds(pstart));
    // The mix of the parsers so far, on held-out (the mix of all of them is
    // made, and scored, once below).
    if (held_ptr != nullptr && k > 0 && k + 1 < o.parser_mix) {
      crosscheck::Result<std::shared_ptr<const Parser>> so_far = Parser::Mix(parsers);
      if (so_far.ok()) {
        std::fprintf(stderr, "mix of parsers 1-%d:", k + 1);
        PrintHeldOut(*tagger, **so_far, held);
        std::fprintf(stderr, "\n");
      }
    }
  }
  std::shared_ptr<const Parser> parser = parsers[0];
  if (parsers.size() > 1) {
    crosscheck::Result<std::shared_ptr<const Parser>> mixed = Parser::Mix(parsers);
    if (!mixed.ok()) {
      std::fprintf(stderr, "%s\n", mixed.status().ToString().c_str());
      return 1;
    }
    parser = *mixed;
    std::fprintf(stderr, "mixed %zu parsers: %zu features, %zu weights", parsers.size(),
                 parser->feature_count(), parser->weight_count());
    if (held_ptr != nullptr) PrintHeldOut(*tagger, *parser, held);
    std::fprintf(stderr, "\n");
  }
  if (o.holdout > 0 && o.held_out_conllu.empty()) {
    std::fprintf(stderr, "held-out run: models not written (%.0f s)\n", Seconds(start));
    return 0;
  }
  fs::create_directories(o.out);
  for (auto st : {tagger->Save((fs::path(o.out) / "tagger.bin").string()),
                  parser->Save((fs::path(o.out) / "parser.bin").string())}) {
    if (!st.ok()) {
      std::fprintf(stderr, "%s\n", st.ToString().c_str());
      return 1;
    }
  }
  std::fprintf(stderr, "wrote %s/tagger.bin and %s/parser.bin (%.0f s in all)\n", o.out.c_str(),
               o.out.c_str(), Seconds(start));
  return 0;
}
