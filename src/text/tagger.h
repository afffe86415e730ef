// Tagger: part-of-speech tags (UPOS and XPOS jointly) and morphological
// features for the words of a sentence.
//
//   Result<std::shared_ptr<const Tagger>> tagger = Tagger::Load("models/tagger.bin");
//   std::vector<WordTags> tags;
//   (*tagger)->Tag(words, tags);   // words: std::span<const std::string_view>
//
// The model is a greedy left-to-right averaged perceptron (see tagger.cc for
// the features). A class is one (UPOS, XPOS) pair seen in training. Frequent
// words that had one class in at least 99% of their training occurrences are
// tagged from a dictionary without scoring. Features (FEATS) come from a table:
// the most frequent FEATS of (lower-cased word, class) in training, else of the
// class.
//
// Training: TaggerTrainer (below) takes gold sentences; TrainEpoch runs one pass
// in the given order; Finish averages, prunes and quantises.
//   option            default  meaning
//   dict_min_count    20       occurrences for a word to enter the tag dictionary
//   dict_min_share    0.99     share of its most frequent class
//   prune             1e-4     see WeightTable
//
// Failure: Load returns the status of the model file (kNotFound, kCorrupt with
// the path). Thread safety: a loaded Tagger is immutable; Tag is thread-safe.
#ifndef CROSSCHECK_TEXT_TAGGER_H_
#define CROSSCHECK_TEXT_TAGGER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crosscheck/status.h"
#include "text/perceptron.h"
#include "text/word_clusters.h"
#include "text/word_features.h"

namespace crosscheck::text {

struct WordTags {
  std::uint8_t upos = 0, xpos = 0;
  std::uint64_t feats = 0;
};

// A gold training sentence: forms and tag names as in CoNLL-U.
struct TaggedSentence {
  std::vector<std::string> forms, upos, xpos, feats;
};

// Appends the features of word i (previous classes p1, p2; -1 for none).
void TaggerFeatures(std::span<const WordInfo> words, int i, int p1, int p2,
                    std::vector<std::uint64_t>& out);

class Tagger {
 public:
  static constexpr std::string_view kMagic = "CCTAGGER";
  static constexpr std::uint32_t kVersion = 1;

  static Result<std::shared_ptr<const Tagger>> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // Tags `words`; `out` gets one entry per word.
  void Tag(std::span<const std::string_view> words, std::vector<WordTags>& out) const;

  std::size_t feature_count() const { return weights_.feature_count(); }
  std::size_t weight_count() const { return weights_.weight_count(); }
  // Drops small weights (WeightTable::Prune); returns how many.
  std::size_t Prune(std::int16_t min_abs) { return weights_.Prune(min_abs); }

 private:
  friend class TaggerTrainer;
  struct Class {
    std::uint8_t upos, xpos;
    std::uint64_t feats;  // the class's most frequent FEATS
  };
  std::vector<Class> classes_;
  WeightTable weights_;
  std::unordered_map<std::uint64_t, std::uint16_t> dictionary_;  // form hash -> class
  std::unordered_map<std::uint64_t, std::uint64_t> word_feats_;  // hash(lower, class) -> FEATS
  WordClusters clusters_;
};

struct TaggerTrainOptions {
  int dict_min_count = 20;
  double dict_min_share = 0.99;
  float prune = 1e-4f;
};

class TaggerTrainer {
 public:
  // `clusters` (may be empty) become part of the model.
  TaggerTrainer(const std::vector<TaggedSentence>& sentences, const TaggerTrainOptions& options,
                WordClusters clusters = {});
  // One pass over the sentences in `order`; returns the training accuracy.
  double TrainEpoch(std::span<const std::size_t> order);
  std::shared_ptr<Tagger> Finish() const;

 private:
  struct Prepared {
    std::vector<WordInfo> words;
    std::vector<int> gold;
    std::vector<int> fixed;  // dictionary class or -1
  };
  TaggerTrainOptions options_;
  WordClusters clusters_;
  std::vector<Prepared> sentences_;
  std::vector<Tagger::Class> classes_;
  std::unordered_map<std::uint64_t, std::uint16_t> dictionary_;
  std::unordered_map<std::uint64_t, std::uint64_t> word_feats_;
  AveragedPerceptron model_;
};

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_TAGGER_H_
