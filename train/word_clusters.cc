// word_clusters: learns the word clusters of models/clusters.bin from raw news
// text (the AllSides sample) plus the words of the treebanks' training text.
//
//   word_clusters --news ARTICLES.jsonl.gz [--conllu FILE]... --out clusters.bin [--seed 1]
//
// Method (distributional clustering, deterministic for a seed):
//  1. tokenise every article's `content_original` with the text stage's word
//     tokenizer (UD words), lower-case ASCII;
//  2. vocabulary: the 60,000 most frequent words seen at least 3 times;
//     contexts: the 1,000 most frequent words;
//  3. each word's vector: positive pointwise mutual information of its left
//     and of its right neighbour among the contexts (2,000 dimensions),
//     L2-normalised (sparse vectors, dense cluster centres);
//  4. a three-level tree of spherical k-means (k-means++ start, 12 rounds):
//     16 clusters, each split in 8, each of those split in 8 again.
// Output: a CCCLUSTR model file (WordClusters::Save) keyed by the hash of the
// lower-cased word.
#include "text/word_clusters.h"

#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/hash.h"
#include "text/conllu.h"
#include "text/model_file.h"
#include "text/word_tokenizer.h"

using namespace crosscheck;
using namespace crosscheck::text;

namespace {

constexpr int kVocab = 60000, kMinCount = 3, kContexts = 1000, kRounds = 12;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

constexpr int kDims = 2 * kContexts;
using SparseRow = std::vector<std::pair<int, float>>;

void Normalize(float* v, int d) {
  double norm = 0;
  for (int i = 0; i < d; ++i) norm += double(v[i]) * v[i];
  if (norm <= 0) return;
  const float inv = static_cast<float>(1.0 / std::sqrt(norm));
  for (int i = 0; i < d; ++i) v[i] *= inv;
}

float Dot(const SparseRow& row, const float* center) {
  float s = 0;
  for (const auto& [c, v] : row) s += v * center[c];
  return s;
}

void SetCenter(const SparseRow& row, float* center) {
  std::fill(center, center + kDims, 0.0f);
  for (const auto& [c, v] : row) center[c] = v;
}

// Spherical k-means of the rows `members` of `x` into k groups.
std::vector<int> KMeans(const std::vector<SparseRow>& x, const std::vector<int>& members, int k,
                        std::mt19937_64& rng) {
  const int n = static_cast<int>(members.size());
  std::vector<int> assign(n, 0);
  if (n <= k) {
    for (int i = 0; i < n; ++i) assign[i] = i;
    return assign;
  }
  auto row = [&](int i) -> const SparseRow& { return x[members[i]]; };
  // k-means++ start (distance 1 - cosine).
  std::vector<float> centers(static_cast<std::size_t>(k) * kDims);
  std::vector<float> best(n, 2.0f);
  std::uniform_int_distribution<int> pick(0, n - 1);
  SetCenter(row(pick(rng)), &centers[0]);
  for (int c = 1; c < k; ++c) {
    double total = 0;
    for (int i = 0; i < n; ++i) {
      best[i] = std::min(best[i], 1.0f - Dot(row(i), &centers[(c - 1) * kDims]));
      total += std::max(best[i], 0.0f);
    }
    std::uniform_real_distribution<double> u(0, total);
    double r = u(rng);
    int chosen = n - 1;
    for (int i = 0; i < n; ++i) {
      r -= std::max(best[i], 0.0f);
      if (r <= 0) {
        chosen = i;
        break;
      }
    }
    SetCenter(row(chosen), &centers[c * kDims]);
  }
  for (int round = 0; round < kRounds; ++round) {
    for (int i = 0; i < n; ++i) {
      float top = -2;
      for (int c = 0; c < k; ++c) {
        const float s = Dot(row(i), &centers[c * kDims]);
        if (s > top) top = s, assign[i] = c;
      }
    }
    std::fill(centers.begin(), centers.end(), 0.0f);
    std::vector<int> sizes(k, 0);
    for (int i = 0; i < n; ++i) {
      ++sizes[assign[i]];
      for (const auto& [d, v] : row(i)) centers[assign[i] * kDims + d] += v;
    }
    for (int c = 0; c < k; ++c) {
      if (sizes[c] == 0) SetCenter(row(pick(rng)), &centers[c * kDims]);  // empty: restart
      Normalize(&centers[c * kDims], kDims);
    }
  }
  return assign;
}

}  // namespace

int main(int argc, char** argv) {
  std::string news, out = "clusters.bin";
  std::vector<std::string> conllu;
  std::uint64_t seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--news")
      news = value;
    else if (flag == "--conllu")
      conllu.push_back(value);
    else if (flag == "--out")
      out = value;
    else if (flag == "--seed")
      seed = std::stoull(value);
    else {
      std::fprintf(stderr, "word_clusters: unknown flag %s\n", flag.c_str());
      return 2;
    }
  }
  const auto start = std::chrono::steady_clock::now();
  // 1. The word stream: articles, then treebank sentences; -1 marks a break.
  std::unordered_map<std::string, int> ids;
  std::vector<std::string> names;
  std::vector<int> stream;
  auto add = [&](std::string_view word) {
    auto [it, added] = ids.emplace(Lower(word), static_cast<int>(names.size()));
    if (added) names.push_back(it->first);
    stream.push_back(it->second);
  };
  auto tokenizer = WordTokenizer::Create("en");
  if (!tokenizer.ok()) return 1;
  std::size_t articles = 0;
  if (!news.empty()) {
    gzFile file = gzopen(news.c_str(), "rb");
    if (file == nullptr) {
      std::fprintf(stderr, "word_clusters: cannot open %s\n", news.c_str());
      return 1;
    }
    std::string line;
    char buffer[1 << 16];
    std::vector<Token> tokens;
    while (gzgets(file, buffer, sizeof(buffer)) != nullptr) {
      line += buffer;
      if (line.empty() || line.back() != '\n') continue;
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      line.clear();
      if (j.is_discarded() || !j.contains("content_original") ||
          !j["content_original"].is_string()) {
        continue;
      }
      const std::string text = j["content_original"];
      tokens.clear();
      if (!(*tokenizer)
               ->Tokenize(text, Span{0, static_cast<std::uint32_t>(text.size())}, tokens)
               .ok()) {
        continue;
      }
      for (const Token& t : tokens) add(t.span.Of(text));
      stream.push_back(-1);
      ++articles;
    }
    gzclose(file);
  }
  for (const std::string& path : conllu) {
    auto sentences = ReadConlluFile(path);
    if (!sentences.ok()) {
      std::fprintf(stderr, "word_clusters: %s\n", sentences.status().ToString().c_str());
      return 1;
    }
    for (const auto& s : *sentences) {
      for (const auto& w : s.words) add(w.form);
      stream.push_back(-1);
    }
  }
  std::fprintf(stderr, "%zu articles, %zu tokens, %zu distinct words\n", articles, stream.size(),
               names.size());
  // 2. Vocabulary and contexts by frequency (ties by spelling: deterministic).
  std::vector<long> counts(names.size(), 0);
  for (const int w : stream) {
    if (w >= 0) ++counts[w];
  }
  std::vector<int> order(names.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    return counts[a] != counts[b] ? counts[a] > counts[b] : names[a] < names[b];
  });
  std::vector<int> vocab_index(names.size(), -1), context_index(names.size(), -1);
  int vocab = 0;
  for (const int w : order) {
    if (vocab >= kVocab || counts[w] < kMinCount) break;
    vocab_index[w] = vocab++;
  }
  for (int i = 0; i < kContexts && i < static_cast<int>(order.size()); ++i)
    context_index[order[i]] = i;
  // 3. Context counts -> projected vectors.
  std::vector<std::unordered_map<int, float>> ctx(vocab);
  for (std::size_t i = 0; i < stream.size(); ++i) {
    const int w = stream[i];
    if (w < 0 || vocab_index[w] < 0) continue;
    if (i > 0 && stream[i - 1] >= 0 && context_index[stream[i - 1]] >= 0) {
      ctx[vocab_index[w]][context_index[stream[i - 1]]] += 1;
    }
    if (i + 1 < stream.size() && stream[i + 1] >= 0 && context_index[stream[i + 1]] >= 0) {
      ctx[vocab_index[w]][kContexts + context_index[stream[i + 1]]] += 1;
    }
  }
  // Positive pointwise mutual information of (word, context slot).
  std::vector<double> slot_total(2 * kContexts, 0.0), word_total(vocab, 0.0);
  double grand = 0;
  for (int v = 0; v < vocab; ++v) {
    for (const auto& [c, n] : ctx[v]) {
      slot_total[c] += n;
      word_total[v] += n;
      grand += n;
    }
  }
  std::mt19937_64 rng(seed);
  std::vector<SparseRow> x(vocab);
  for (int v = 0; v < vocab; ++v) {
    double norm = 0;
    for (const auto& [c, n] : ctx[v]) {
      const double pmi = std::log(n * grand / (word_total[v] * slot_total[c]));
      if (pmi <= 0) continue;
      x[v].push_back({c, static_cast<float>(pmi)});
      norm += pmi * pmi;
    }
    std::sort(x[v].begin(), x[v].end());
    const float inv = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0f;
    for (auto& [c, value] : x[v]) value *= inv;
  }
  // 4. The three-level tree.
  std::vector<std::uint16_t> path(vocab, 0);
  std::vector<int> all(vocab);
  for (int v = 0; v < vocab; ++v) all[v] = v;
  const std::vector<int> top = KMeans(x, all, 16, rng);
  for (int a = 0; a < 16; ++a) {
    std::vector<int> group;
    for (int v = 0; v < vocab; ++v) {
      if (top[v] == a) group.push_back(v);
    }
    const std::vector<int> mid = KMeans(x, group, 8, rng);
    for (int b = 0; b < 8; ++b) {
      std::vector<int> sub;
      for (std::size_t i = 0; i < group.size(); ++i) {
        if (mid[i] == b) sub.push_back(group[i]);
      }
      const std::vector<int> leaf = KMeans(x, sub, 8, rng);
      for (std::size_t i = 0; i < sub.size(); ++i) {
        path[sub[i]] = static_cast<std::uint16_t>(a << 6 | b << 3 | leaf[i]);
      }
    }
  }
  WordClusters clusters;
  for (std::size_t w = 0; w < names.size(); ++w) {
    if (vocab_index[w] >= 0) clusters.Add(Hash64(names[w]), path[vocab_index[w]]);
  }
  ModelWriter writer;
  clusters.Save(writer);
  Status st = SaveModelPayload(out, "CCCLUSTR", 1, writer.bytes());
  if (!st.ok()) {
    std::fprintf(stderr, "word_clusters: %s\n", st.ToString().c_str());
    return 1;
  }
  // A few examples on stderr, to eyeball.
  for (const char* probe : {"said", "tuesday", "senator", "percent", "chicago", "quickly"}) {
    const auto it = ids.find(probe);
    if (it == ids.end() || vocab_index[it->second] < 0) continue;
    const std::uint16_t p = path[vocab_index[it->second]];
    std::string same;
    int shown = 0;
    for (const int w : order) {
      if (vocab_index[w] >= 0 && path[vocab_index[w]] == p && shown < 10) {
        same += " " + names[w];
        ++shown;
      }
    }
    std::fprintf(stderr, "%s -> %d:%d:%d:%s\n", probe, p >> 6, (p >> 3) & 7, p & 7, same.c_str());
  }
  std::fprintf(stderr, "wrote %s: %d words (%.0f s)\n", out.c_str(), vocab,
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return 0;
}
