// NerTagger: named entities in one sentence, as word spans with a type
// (PERSON, ORG, PLACE, EVENT, OTHER).
//
//   Result<std::shared_ptr<const NerTagger>> t = NerTagger::Load("models/ner.bin");
//   std::vector<NerWord> words = ...;   // forms with the syntax tagger's UPOS/XPOS ids
//   std::vector<NerSpan> names;
//   (*t)->Tag(words, names);
//
// The model is a linear-chain averaged perceptron over BILOU tags (Collins
// 2002; Ratinov & Roth 2009): per word a score for each of the 21 tags (O and
// B/I/L/U of five types) from hashed features (NerFeatures below: word, lower
// case, affixes, shape, neighbours, UPOS/XPOS, word clusters, gazetteer bits),
// plus a learned score for each pair of adjacent tags; Viterbi finds the best
// sequence among the legal ones (I/L only after B/I of the same type, a
// sentence never ends inside a name). Training (NerTrainer) decodes each
// sentence with the current weights and, where the best sequence differs from
// the gold one, moves the weights of both words and tag pairs.
//
// Nested names ("University of [Copenhagen]", GUM marks both) are found by
// two layers that share the features: one trained on the outermost names,
// one on the innermost; Tag returns the union (the outer name first when
// both layers agree on a span, they give it once).
//
// The tag-pair weights live in the same weight table as the word features:
// feature TransitionFeature(prev) scores class `cur`; training updates the
// gold pair towards +1 and the predicted pair towards -1 through an extra
// "sink" class that decoding never uses.
//
// Options of NerTrainer (NerTrainOptions):
//   option   default  meaning
//   prune    1e-4     WeightTable::Finalize pruning
//
// Failure: Load returns the model file's Status (kNotFound; kCorrupt naming
// the path). Thread safety: a loaded NerTagger is immutable; Tag is
// thread-safe (per-thread scratch).
#ifndef CROSSCHECK_EXTRACT_NER_TAGGER_H_
#define CROSSCHECK_EXTRACT_NER_TAGGER_H_

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/status.h"
#include "extract/ner_gazetteer.h"
#include "text/perceptron.h"
#include "text/word_clusters.h"
#include "text/word_features.h"

namespace crosscheck::extract {

inline constexpr std::array<std::string_view, 5> kNerTypes = {"PERSON", "ORG", "PLACE", "EVENT",
                                                              "OTHER"};
// Index of `type` in kNerTypes, -1 if none.
int NerTypeIndex(std::string_view type);

// Tag classes: 0 = O; 1 + 4 * type + {0 B, 1 I, 2 L, 3 U}.
inline constexpr int kNerClasses = 1 + 4 * static_cast<int>(kNerTypes.size());

struct NerWord {
  std::string_view form;
  std::uint8_t upos = 0, xpos = 0;  // text/syntax_tags.h ids (0 = none)
  std::uint8_t cues = 0;            // document cues (DocumentCues), 0 when unknown
};

// What the rest of the document says about each word (the tagger sees one
// sentence): bit 0, the word occurs in lower case elsewhere in the document
// (a common word: "Will", "Rose"); bit 1, the word is capitalised and occurs
// capitalised elsewhere, not opening a sentence (a name the writer repeats).
// cues[s][w] for word w of sentence s.
std::vector<std::vector<std::uint8_t>> DocumentCues(
    const std::vector<std::vector<std::string_view>>& sentences);

struct NerSpan {
  int first = 0, last = 0;  // word indexes, inclusive
  int type = 0;             // index into kNerTypes
  friend bool operator==(const NerSpan&, const NerSpan&) = default;
};

// BILOU classes of `spans` over `n` words (spans must not overlap).
std::vector<int> SpansToClasses(std::span<const NerSpan> spans, int n);
// The innermost of `names` (sorted by (first, -last)): names holding no other
// name, without overlaps.
std::vector<NerSpan> InnermostNames(const std::vector<NerSpan>& names);
// The outermost: a name inside an earlier or longer one is dropped.
std::vector<NerSpan> OutermostNames(const std::vector<NerSpan>& names);
// The spans a legal class sequence encodes.
std::vector<NerSpan> ClassesToSpans(std::span<const int> classes);

// Per-word inputs of the features, computed once per sentence.
struct NerWordInfo {
  text::WordInfo word;
  std::uint8_t upos = 0, xpos = 0, gazetteer = 0, cues = 0;
};
// Appends the hashed features of word i.
void NerFeatures(std::span<const NerWordInfo> words, int i, std::vector<std::uint64_t>& out);
// The feature whose weights score a class after class `prev` (-1 = sentence start).
std::uint64_t TransitionFeature(int prev);

class NerTagger {
 public:
  static constexpr std::string_view kMagic = "CCNERTAG";
  static constexpr std::uint32_t kVersion = 1;

  static Result<std::shared_ptr<const NerTagger>> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // The names in `words`, in order, not overlapping.
  void Tag(std::span<const NerWord> words, std::vector<NerSpan>& out) const;

  std::size_t feature_count() const;
  std::size_t weight_count() const;
  const NerGazetteer& gazetteer() const { return gazetteer_; }

 private:
  friend class NerTrainer;
  struct Layer {
    text::WeightTable weights;  // kNerClasses + 1 classes (the last is the training sink)
    // transitions[(prev + 1) * kNerClasses + cur], prev = -1 for the start.
    std::vector<std::int32_t> transitions;
    void Prepare();  // fills transitions from weights
  };
  static constexpr int kLayers = 2;  // outermost names, innermost names

  Layer layers_[kLayers];
  NerGazetteer gazetteer_;
  text::WordClusters clusters_;
};

// Fills `infos` for `words` (gazetteer bits, clusters).
void PrepareNerWords(std::span<const NerWord> words, const NerGazetteer& gazetteer,
                     const text::WordClusters* clusters, std::vector<NerWordInfo>& infos);

struct NerTrainOptions {
  float prune = 1e-4f;
};

// A training sentence: words (form, UPOS, XPOS as the syntax tagger gives
// them) and gold names, nested ones included (each layer takes its own).
struct NerSentence {
  std::vector<std::string> forms;
  std::vector<std::uint8_t> upos, xpos;
  std::vector<std::uint8_t> cues;  // DocumentCues; empty = none
  std::vector<NerSpan> names;
};

class NerTrainer {
 public:
  NerTrainer(const std::vector<NerSentence>& sentences, NerGazetteer gazetteer,
             text::WordClusters clusters, const NerTrainOptions& options = {});
  // One pass over the sentences in `order`; returns the share of sentences
  // decoded without error.
  double TrainEpoch(std::span<const std::size_t> order);
  std::shared_ptr<NerTagger> Finish() const;

 private:
  struct Prepared {
    std::vector<std::vector<std::uint64_t>> features;  // per word
    std::vector<int> gold[NerTagger::kLayers];
  };
  NerTrainOptions options_;
  NerGazetteer gazetteer_;
  text::WordClusters clusters_;
  std::vector<Prepared> sentences_;
  std::vector<text::AveragedPerceptron> models_;
};

}  // namespace crosscheck::extract

#endif  // CROSSCHECK_EXTRACT_NER_TAGGER_H_
