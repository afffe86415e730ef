// Linear multi-class models over hashed features: the averaged perceptron that
// training updates, and the compact, read-only WeightTable that tagging and
// parsing score with.
//
// A feature is a 64-bit hash (FeatureHash below) of a template id and the
// values it looks at; a model maps each feature to a sparse row of
// (class, weight) pairs. Scores of a class are the sum of its weights over the
// active features.
//
// AveragedPerceptron (training only): Update adds +1 to the true class and -1
// to the guessed class of every active feature; the weights used at run time
// are the average over all training steps (Collins 2002), kept lazily with a
// per-weight time stamp. Memory: about 24 bytes per (feature, class) pair ever
// updated.
//
// WeightTable (run time): built by AveragedPerceptron::Finalize, which averages,
// drops weights whose magnitude is below `prune` (relative to the largest
// weight) and quantises the rest to int16 with one scale. Features are keyed by
// the low 32 bits of their hash (a rare collision merges two features, as
// feature hashing does). Options of Finalize:
//   option   default  meaning
//   prune    1e-4     drop |w| < prune * max|w| (and features left empty)
//
// Failure: Load returns kCorrupt (naming the reader's path) for inconsistent
// arrays. Thread safety: a WeightTable is immutable after Load/Finalize and
// safe to share between threads; AveragedPerceptron is single-threaded.
#ifndef CROSSCHECK_TEXT_PERCEPTRON_H_
#define CROSSCHECK_TEXT_PERCEPTRON_H_

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "crosscheck/status.h"
#include "text/model_file.h"

namespace crosscheck::text {

// Mixes `value` into the running feature hash `h` (splitmix64-style).
inline std::uint64_t FeatureHash(std::uint64_t h, std::uint64_t value) {
  std::uint64_t x = h ^ (value + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2));
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}
inline std::uint64_t FeatureHash(std::uint64_t templ, std::uint64_t a, std::uint64_t b) {
  return FeatureHash(FeatureHash(templ * 0x100000001B3ULL + 1, a), b);
}

class WeightTable {
 public:
  WeightTable() = default;
  int classes() const { return classes_; }
  std::size_t feature_count() const { return starts_.empty() ? 0 : starts_.size() - 1; }
  std::size_t weight_count() const { return cls_.size(); }

  // scores[c] += weight(f, c) for every feature f (scores has classes() slots).
  // Memory-bound: the table lookups of all features are prefetched first, then
  // the rows they point to, so the cache misses overlap.
  void Score(std::span<const std::uint64_t> features, std::int32_t* scores) const;
  float scale() const { return scale_; }
  // Drops quantised weights with |w| < min_abs (and features left empty); returns
  // the number of weights dropped. Used to shrink a trained model.
  std::size_t Prune(std::int16_t min_abs);
  // The sum of `tables` (same classes() each; a feature missing from one counts
  // as 0 there), quantised again with one scale. Scoring with the sum ranks
  // classes as the tables' scores added up would: one table that parses like an
  // equal-weight ensemble of models trained with different seeds, at the cost of
  // one. Fails with kInvalidArgument when the tables' classes differ or none is
  // given.
  static Result<WeightTable> Sum(std::span<const WeightTable* const> tables);

  void Save(ModelWriter& out) const;
  static Result<WeightTable> Load(ModelReader& in);

 private:
  friend class AveragedPerceptron;
  // One open-addressing slot: a feature key and its row of weights (count 0 = empty).
  // ref: 0 empty; kDense | offset of a dense row in dense_; else the index in
  // weights_ of a sparse row's header (cls = entries - 1) followed by its entries.
  struct Slot {
    std::uint32_t key = 0;
    std::uint32_t ref = 0;
  };
  struct [[gnu::packed]] Weight {
    std::uint8_t cls;
    std::int16_t w;
  };
  static std::uint32_t Mix(std::uint32_t k) {
    k ^= k >> 16;
    k *= 0x7feb352dU;
    k ^= k >> 15;
    return k;
  }
  // Builds slots_ and weights_ from keys_, starts_, cls_, w_.
  void BuildIndex();

  int classes_ = 0;
  float scale_ = 1.0f;
  // Sorted form (what Save writes): per feature its key and first weight
  // (starts_ has one more entry); per weight its class and value.
  std::vector<std::uint32_t> keys_;
  std::vector<std::uint32_t> starts_;
  std::vector<std::uint8_t> cls_;
  std::vector<std::int16_t> w_;
  // Lookup form. Rows with many classes are dense (a run of classes_ values in
  // dense_, marked by kDense in Slot::ref) so adding them vectorises.
  static constexpr std::uint32_t kDense = 0x80000000u;
  std::vector<Slot> slots_;
  std::vector<Weight> weights_;
  std::vector<std::int16_t> dense_;
  std::uint32_t mask_ = 0;
};

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int classes) : classes_(classes) {}
  int classes() const { return classes_; }
  // scores[c] = current (not averaged) score of class c; scores has classes() slots.
  void Score(std::span<const std::uint64_t> features, float* scores) const;
  // One training step: +1 to `truth`, -1 to `guess` (no change when equal).
  void Update(std::span<const std::uint64_t> features, int truth, int guess);
  // Counts one training instance (advances the averaging clock).
  void Tick() { ++now_; }
  std::size_t feature_count() const { return rows_.size(); }
  WeightTable Finalize(float prune = 1e-4f) const;

 private:
  struct Entry {
    std::uint16_t cls;
    float w;
    double total;
    std::uint32_t stamp;
  };
  int classes_;
  std::uint32_t now_ = 1;
  std::unordered_map<std::uint64_t, std::vector<Entry>> rows_;
};

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_PERCEPTRON_H_
