// Near-duplicate pairs over a JSON Lines set (eval/duplicates.py writes it).
//
//   dup_score SET.jsonl                  MinHash + LSH (the corpus stage's detector)
//   dup_score SET.jsonl --simhash BITS   64-bit SimHash of the same shingles, every pair
//                                        within BITS Hamming distance (for comparison)
//
// Each line: {"id","date","text"}. Prints one "ID ID kind similarity" line
// per pair linked, and "# ..." lines with counts and the time taken.
#include <bit>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "corpus/corpus_summary.h"
#include "corpus/dup_detector.h"
#include "corpus/dup_minhash.h"

namespace {

using crosscheck::corpus::DocSummary;

std::uint64_t SimHash(const std::string& text) {
  std::string storage;
  const auto words = crosscheck::corpus::NormalisedWords(text, storage);
  const auto shingles = crosscheck::corpus::ShingleHashes(words, 5);
  int counts[64] = {};
  for (std::uint64_t h : shingles)
    for (int b = 0; b < 64; ++b) counts[b] += (h >> b) & 1 ? 1 : -1;
  std::uint64_t out = 0;
  for (int b = 0; b < 64; ++b)
    if (counts[b] > 0) out |= 1ull << b;
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: dup_score SET.jsonl [--simhash BITS]\n";
    return 2;
  }
  const int simhash_bits =
      argc > 3 && std::string(argv[2]) == "--simhash" ? std::stoi(argv[3]) : -1;
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "dup_score: cannot read " << argv[1] << "\n";
    return 1;
  }
  std::vector<crosscheck::Document> docs;
  std::string line;
  while (std::getline(in, line)) {
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    crosscheck::Document d;
    d.id = j.value("id", "");
    d.published = j.value("date", "");
    d.text = j.value("text", "");
    docs.push_back(std::move(d));
  }
  const auto start = std::chrono::steady_clock::now();
  if (simhash_bits >= 0) {
    std::vector<std::uint64_t> hashes;
    for (const auto& d : docs) hashes.push_back(SimHash(d.text));
    std::size_t pairs = 0;
    for (std::size_t i = 0; i < docs.size(); ++i)
      for (std::size_t j = i + 1; j < docs.size(); ++j)
        if (std::popcount(hashes[i] ^ hashes[j]) <= simhash_bits) {
          std::printf("%s %s simhash %d\n", docs[i].id.c_str(), docs[j].id.c_str(),
                      std::popcount(hashes[i] ^ hashes[j]));
          ++pairs;
        }
    std::printf("# simhash: %zu documents, %zu pairs\n", docs.size(), pairs);
    return 0;
  }
  std::vector<DocSummary> summaries;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    summaries.push_back(crosscheck::corpus::Summarize(docs[i]));
    summaries.back().order = static_cast<std::uint32_t>(i);
  }
  const auto summarised = std::chrono::steady_clock::now();
  const auto found = crosscheck::corpus::FindDuplicates(summaries);
  const auto done = std::chrono::steady_clock::now();
  for (const auto& d : found)
    std::printf("%s %s %s %.3f\n", d.documents[0].c_str(), d.documents[1].c_str(), d.kind.c_str(),
                d.similarity);
  std::printf("# minhash: %zu documents, %zu pairs; summaries %.2f s, detection %.2f s\n",
              docs.size(), found.size(), std::chrono::duration<double>(summarised - start).count(),
              std::chrono::duration<double>(done - summarised).count());
  return 0;
}
