// MinHash and LSH banding.
//
// Two copies of an article rarely match byte for byte: an aggregator changes
// the headline, drops the last paragraphs, adds a sentence, puts its own
// furniture around the text. What survives is long runs of the same words.
// A text is therefore reduced to its set of word shingles (every run of k
// consecutive normalised words, k = 5 by default, each hashed to 64 bits),
// and two texts are compared by the Jaccard similarity of those sets.
//
// MinHash (Broder 1997) estimates Jaccard without the sets: for a random
// hash function h, P[min h(A) = min h(B)] = J(A, B), so with n independent
// functions the share of agreeing minima estimates J with standard error
// sqrt(J (1 - J) / n) (0.044 at n = 128). The n functions are h_i(x) =
// high 32 bits of (a_i * mix(x) + b_i) mod 2^64 with fixed odd a_i and
// random b_i from a SplitMix64 sequence, so signatures are stable across
// runs and machines. Cost: n multiply-adds per shingle, which the compiler
// vectorises; no sets are kept after the signature is built.
//
// LSH banding finds the pairs worth comparing without comparing all pairs:
// the signature is cut into b bands of r values; two documents that agree on
// a whole band fall into the same bucket. A pair with Jaccard J shares some
// band with probability 1 - (1 - J^r)^b, an S-curve whose steep part is
// placed (64 x 2) below the similarities copies have, so candidates include
// truncated copies and the verification step (dup_detector.cc) decides.
// Buckets that hold very many documents come from text every article shares
// (an outlet's standard footer) and are skipped rather than paired out.
//
// Why MinHash and not SimHash: SimHash (Charikar 2002) keeps 64 bits per
// document and compares Hamming distance, which tracks cosine similarity of
// the weighted shingle vectors. Cosine of a copy truncated to half its
// length is 0.71 and of an unrelated article on the same topic (shared
// names and vocabulary, weighted words) often 0.5-0.7, so the two overlap;
// MinHash over 5-word shingles keeps them apart (same-topic pairs share
// almost no 5-word runs) and also gives containment for truncated copies.
// The README's duplicate section gives the measured comparison.
#include "corpus/dup_minhash.h"

#include <algorithm>

namespace crosscheck::corpus {
namespace {

std::uint64_t SplitMix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::uint64_t Mix(std::uint64_t x) {
  std::uint64_t state = x;
  return SplitMix64(state);
}

struct HashFamily {
  std::vector<std::uint64_t> a, b;
  explicit HashFamily(int size) {
    std::uint64_t state = 0x5EEDC0FFEE123457ull;
    for (int i = 0; i < size; ++i) {
      a.push_back(SplitMix64(state) | 1u);
      b.push_back(SplitMix64(state));
    }
  }
};

constexpr int kMaxSignature = 1024;

const HashFamily& Family() {
  static const HashFamily family(kMaxSignature);
  return family;
}

}  // namespace

std::vector<std::uint64_t> ShingleHashes(std::span<const std::string_view> words,
                                         int shingle_words) {
  std::vector<std::uint64_t> out;
  if (words.empty()) return out;
  const std::size_t k = static_cast<std::size_t>(std::max(1, shingle_words));
  const std::size_t n = words.size() < k ? 1 : words.size() - k + 1;
  const std::size_t width = std::min(k, words.size());
  std::vector<std::uint64_t> word_hash(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    // FNV-1a of the word, then mixed: cheap and stable.
    std::uint64_t h = 0xCBF29CE484222325ull;
    for (unsigned char c : words[i]) h = (h ^ c) * 0x100000001B3ull;
    word_hash[i] = Mix(h);
  }
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t h = 0x84222325CBF29CE4ull;
    for (std::size_t j = 0; j < width; ++j) h = Mix(h ^ (word_hash[i + j] + j));
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::uint32_t> MinHashSignature(std::span<const std::uint64_t> shingle_hashes,
                                            int size) {
  if (shingle_hashes.empty() || size <= 0) return {};
  size = std::min(size, kMaxSignature);
  const HashFamily& f = Family();
  std::vector<std::uint64_t> mins(static_cast<std::size_t>(size), ~0ull);
  const std::uint64_t* a = f.a.data();
  const std::uint64_t* b = f.b.data();
  std::uint64_t* m = mins.data();
  for (std::uint64_t x : shingle_hashes) {
    for (int i = 0; i < size; ++i) {
      const std::uint64_t v = a[i] * x + b[i];
      m[i] = v < m[i] ? v : m[i];
    }
  }
  std::vector<std::uint32_t> out(mins.size());
  for (std::size_t i = 0; i < mins.size(); ++i) out[i] = static_cast<std::uint32_t>(mins[i] >> 32);
  return out;
}

double EstimateJaccard(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
  const std::size_t n = std::min(a.size(), b.size());
  if (n == 0) return 0.0;
  std::size_t same = 0;
  for (std::size_t i = 0; i < n; ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(n);
}

double ExactJaccard(std::span<const std::uint64_t> a, std::span<const std::uint64_t> b) {
  if (a.empty() && b.empty()) return 0.0;
  std::size_t i = 0, j = 0, both = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++both, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

double ContainmentFromJaccard(double jaccard, std::uint32_t size_a, std::uint32_t size_b) {
  const std::uint32_t smaller = std::min(size_a, size_b);
  if (smaller == 0) return 0.0;
  const double both = jaccard * (static_cast<double>(size_a) + size_b) / (1.0 + jaccard);
  return std::min(1.0, both / smaller);
}

LshIndex::LshIndex(const LshOptions& options) : options_(options) {}

void LshIndex::Add(std::uint32_t item, std::span<const std::uint32_t> signature) {
  const std::size_t rows = static_cast<std::size_t>(std::max(1, options_.rows));
  for (std::size_t band = 0; band < static_cast<std::size_t>(options_.bands); ++band) {
    if ((band + 1) * rows > signature.size()) break;
    std::uint64_t h = Mix(band + 1);
    for (std::size_t r = 0; r < rows; ++r) h = Mix(h ^ signature[band * rows + r]);
    entries_.push_back({h, item});
  }
  sorted_ = false;
}

void LshIndex::ForEachCandidatePair(const std::function<void(std::uint32_t, std::uint32_t)>& pair) {
  if (!sorted_) {
    std::sort(entries_.begin(), entries_.end(), [](const Entry& x, const Entry& y) {
      return x.key != y.key ? x.key < y.key : x.item < y.item;
    });
    sorted_ = true;
  }
  // A pair sharing several bands is reported once: collect, sort, dedupe.
  std::vector<std::uint64_t> pairs;
  skipped_ = 0;
  for (std::size_t start = 0; start < entries_.size();) {
    std::size_t end = start + 1;
    while (end < entries_.size() && entries_[end].key == entries_[start].key) ++end;
    const std::size_t size = end - start;
    if (size > static_cast<std::size_t>(options_.max_bucket)) {
      ++skipped_;
    } else {
      for (std::size_t i = start; i < end; ++i)
        for (std::size_t j = i + 1; j < end; ++j) {
          const std::uint32_t a = entries_[i].item, b = entries_[j].item;  // sorted: a <= b
          if (a != b) pairs.push_back((static_cast<std::uint64_t>(a) << 32) | b);
        }
    }
    start = end;
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  for (std::uint64_t p : pairs)
    pair(static_cast<std::uint32_t>(p >> 32), static_cast<std::uint32_t>(p & 0xFFFFFFFFu));
}

}  // namespace crosscheck::corpus
