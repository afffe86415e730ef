// MinHash signatures over word shingles and LSH banding: the near-duplicate
// detector's sketch (dup_detector.h uses it; dup_minhash.cc explains the
// method and the choice over SimHash).
//
//   std::vector<std::uint64_t> sh = ShingleHashes(words, 5);   // distinct, sorted
//   std::vector<std::uint32_t> sig = MinHashSignature(sh, 128);
//   double j = EstimateJaccard(sig_a, sig_b);                   // ~ ExactJaccard(sh_a, sh_b)
//
//   LshIndex lsh({.bands = 64, .rows = 2});
//   lsh.Add(0, sig_a); lsh.Add(1, sig_b);
//   lsh.ForEachCandidatePair([](std::uint32_t a, std::uint32_t b) { ... });
//
// Options (LshOptions):
//   field        default  meaning
//   bands        64       bands of the signature; bands * rows <= signature size
//   rows         2        values per band; a pair whose Jaccard is J becomes a
//                         candidate with probability 1 - (1 - J^rows)^bands
//                         (64 x 2: J 0.1: 0.47, J 0.2: 0.93, J 0.3: 0.998), so
//                         a copy truncated to a third still meets its original
//   max_bucket   200      a band bucket holding more documents than this (the
//                         same boilerplate everywhere) yields no pairs
//
// Thread safety: functions are pure; an LshIndex is used by one thread.
// Failure: none; signatures of different sizes estimate over the shorter.
#ifndef CROSSCHECK_CORPUS_DUP_MINHASH_H_
#define CROSSCHECK_CORPUS_DUP_MINHASH_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

namespace crosscheck::corpus {

// Hashes of the distinct `shingle_words`-word shingles of `words`, sorted. A
// text shorter than one shingle gives one shingle of all its words; no words
// give none.
std::vector<std::uint64_t> ShingleHashes(std::span<const std::string_view> words,
                                         int shingle_words);

// `size` minimum values of independent hash functions over the shingle
// hashes; an empty set gives an empty signature.
std::vector<std::uint32_t> MinHashSignature(std::span<const std::uint64_t> shingle_hashes,
                                            int size);

// The share of positions where two signatures agree (0 when either is empty).
double EstimateJaccard(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b);

// The exact Jaccard of two sorted, distinct sets (the reference the tests
// hold the estimate against).
double ExactJaccard(std::span<const std::uint64_t> a, std::span<const std::uint64_t> b);

// How much of the smaller set lies in the larger, from a Jaccard estimate and
// the two set sizes: |A ∩ B| = J (|A| + |B|) / (1 + J).
double ContainmentFromJaccard(double jaccard, std::uint32_t size_a, std::uint32_t size_b);

struct LshOptions {
  int bands = 64;
  int rows = 2;
  int max_bucket = 200;
};

class LshIndex {
 public:
  explicit LshIndex(const LshOptions& options = {});
  // Adds a document's signature under `item` (signatures shorter than
  // bands * rows use the bands they fill).
  void Add(std::uint32_t item, std::span<const std::uint32_t> signature);
  // Calls `pair(a, b)` (a < b) once for each pair sharing at least one band.
  // Memory: 16 bytes per (document, band); the pairs found are sorted once.
  void ForEachCandidatePair(const std::function<void(std::uint32_t, std::uint32_t)>& pair);
  // Buckets the last ForEachCandidatePair skipped for holding more than max_bucket items.
  std::size_t skipped_buckets() const { return skipped_; }

 private:
  struct Entry {
    std::uint64_t key;  // hash of the band's values, band index mixed in
    std::uint32_t item;
  };
  LshOptions options_;
  std::vector<Entry> entries_;
  bool sorted_ = true;
  std::size_t skipped_ = 0;
};

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_DUP_MINHASH_H_
