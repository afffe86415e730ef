// Parser: labelled dependency trees for tagged sentences.
//
//   Result<std::shared_ptr<const Parser>> parser = Parser::Load("models/parser.bin");
//   std::vector<int> heads;             // heads[i]: index of word i's head, -1 for the root
//   std::vector<std::uint8_t> deprels;  // DeprelNameOf ids
//   (*parser)->Parse(words, tags, heads, deprels);
//
// Greedy arc-hybrid parsing (transition_system.h) scored by an averaged
// perceptron over rich, hashed features (parser.cc). A class is SHIFT or a
// LEFT/RIGHT move with one label; labels keep UD subtypes ("nsubj:pass").
//
// Training (ParserTrainer): each sentence is parsed with the current weights;
// at every step the best-scoring move of cost 0 (dynamic oracle) is the truth,
// the update is made when the best valid move differs, and the parse goes on
// with the predicted move (exploration) with probability `explore` (the first
// epoch follows the oracle). Non-projective trees are projectivised first.
//   option    default  meaning
//   explore   0.9      probability of following the prediction from epoch 2 on
//   prune     1e-4     see WeightTable
//
// Failure: Load returns the model file's status (kNotFound, kCorrupt with the
// path). Thread safety: a loaded Parser is immutable; Parse is thread-safe.
#ifndef CROSSCHECK_TEXT_PARSER_H_
#define CROSSCHECK_TEXT_PARSER_H_

#include <cstdint>
#include <memory>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/status.h"
#include "text/perceptron.h"
#include "text/tagger.h"
#include "text/transition_system.h"
#include "text/word_features.h"

namespace crosscheck::text {

// What parser features see of a word.
struct ParseWord {
  std::uint64_t word = 0;          // lower-case form hash
  std::uint64_t tag = 0;           // upos << 8 | xpos
  std::uint16_t cluster = 0xFFFF;  // WordClusters path
};

// Appends the features of configuration `state` over `words` (index 0 = root).
void ParserFeatures(const ArcHybrid& state, std::span<const ParseWord> words,
                    std::vector<std::uint64_t>& out);

class Parser {
 public:
  static constexpr std::string_view kMagic = "CCPARSER";
  static constexpr std::uint32_t kVersion = 1;

  static Result<std::shared_ptr<const Parser>> Load(const std::string& path);
  Status Save(const std::string& path) const;

  void Parse(std::span<const std::string_view> words, std::span<const WordTags> tags,
             std::vector<int>& heads, std::vector<std::uint8_t>& deprels) const;

  std::size_t feature_count() const { return weights_.feature_count(); }
  std::size_t weight_count() const { return weights_.weight_count(); }
  // Drops small weights (WeightTable::Prune); returns how many.
  std::size_t Prune(std::int16_t min_abs) { return weights_.Prune(min_abs); }
  // One parser whose scores are the sum of `parsers`' scores (WeightTable::Sum):
  // models trained with different seeds, mixed. They must share labels and word
  // clusters; kInvalidArgument otherwise.
  static Result<std::shared_ptr<const Parser>> Mix(
      std::span<const std::shared_ptr<const Parser>> parsers);

 private:
  friend class ParserTrainer;
  std::vector<std::uint8_t> labels_;  // model label index -> DeprelNameOf id
  WeightTable weights_;
  WordClusters clusters_;
};

struct ParsedSentence {
  std::vector<std::string> forms;
  std::vector<WordTags> tags;  // the tags the parser will see (gold or predicted)
  std::vector<int> heads;      // 1-based CoNLL-U heads, 0 = root
  std::vector<std::string> deprels;
};

struct ParserTrainOptions {
  double explore = 0.9;
  float prune = 1e-4f;
  std::uint64_t seed = 1;
};

class ParserTrainer {
 public:
  // `clusters` (may be empty) become part of the model.
  ParserTrainer(const std::vector<ParsedSentence>& sentences, const ParserTrainOptions& options,
                WordClusters clusters = {});
  // One pass in `order`; `epoch` 0 follows the oracle. Returns the share of correct moves.
  double TrainEpoch(std::span<const std::size_t> order, int epoch);
  std::shared_ptr<Parser> Finish() const;

 private:
  struct Prepared {
    std::vector<ParseWord> words;      // [0] = root
    std::vector<int> heads;            // projectivised, [0] unused
    std::vector<std::uint8_t> labels;  // model label index per word
  };
  ParserTrainOptions options_;
  WordClusters clusters_;
  std::vector<Prepared> sentences_;
  std::vector<std::uint8_t> labels_;  // model label index -> deprel id
  AveragedPerceptron model_;
  std::mt19937_64 rng_;
};

// Words as the parser sees them (index 0 = root); `scratch` is reused.
void PrepareParseWords(std::span<const std::string_view> words, std::span<const WordTags> tags,
                       const WordClusters* clusters, std::vector<ParseWord>& out,
                       std::string& scratch);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_PARSER_H_
