// QuoteModel: the attribution model learned on PolNeAR's train split
// (train/quotes, train/train_quotes.cc): which words are reporting cues, and
// for each cue which span is its content and which its source.
//
//   Result<std::shared_ptr<const QuoteModel>> m = LoadQuoteModel(models_dir);
//   std::vector<std::uint32_t> parse = (*m)->CueSentences(doc, context);
//   text.Parse(doc, parse);
//   std::vector<CueFrame> frames = (*m)->Frames(doc, context, parse);
//
// Two passes, so that only sentences with a likely cue are parsed:
//   CueSentences  tags each sentence's words O/B/I with the tagger-only cue
//                 model; a sentence whose best B score beats O by more than
//                 `parse_margin` (stored in the model; negative = generous)
//                 is parsed. Words outside the learned cue vocabulary (word
//                 forms that open a cue in train) are never B.
//   Frames        tags parsed sentences again with the tree cue model; each
//                 B I* run is a cue (B scores get `cue_bias`, stored in the
//                 model, added: it trades cue precision for recall); its content is the
//                 best-scoring ContentCandidates entry and its source the best SourceCandidates
//                 entry ("none" is one of them, its score lowered by `none_penalty`, stored in the
//                 model). A cue with no content candidate yields no frame. The frame's strength is
//                 the lexicon's (quote_cues.h) for a known verb, kSpeech for "according to" and
//                 colons, else kClausal (it then attaches only quotations its content holds).
//
// File: models/quotes.bin, magic "CCQUOTES", version 1: the parse margin, the
// cue bias, the none penalty, the
// vocabulary (sorted StableHash values), then four WeightTables (cue without
// tree, cue with tree, content, source).
//
// Failure: Load returns kNotFound for a missing file and kCorrupt (naming the
// path) for a damaged one. Thread safety: immutable after Load; share it
// between threads (LoadQuoteModel caches one per folder).
#ifndef CROSSCHECK_EXTRACT_QUOTE_MODEL_H_
#define CROSSCHECK_EXTRACT_QUOTE_MODEL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "extract/quote_features.h"
#include "extract/quote_frames.h"
#include "text/perceptron.h"

namespace crosscheck {

struct CueSpan {
  std::uint32_t sentence = 0;
  std::uint32_t lo = 0;  // token indexes, inclusive
  std::uint32_t hi = 0;
};

class QuoteModel {
 public:
  static constexpr const char* kMagic = "CCQUOTES";
  static constexpr std::uint32_t kVersion = 1;

  QuoteModel(float parse_margin, float cue_bias, float none_penalty,
             std::vector<std::uint64_t> vocabulary, text::WeightTable cue_plain,
             text::WeightTable cue_tree, text::WeightTable content, text::WeightTable source);

  static Result<std::shared_ptr<const QuoteModel>> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // Sentences of `document` to parse (context: CueContext::Reset over the
  // document and its top-level quotations).
  std::vector<std::uint32_t> CueSentences(const Document& document,
                                          const CueContext& context) const;
  // Cue spans of sentence `s`; with `tree` (the sentence's, parsed) the tree
  // tagger decides, without it the tagger-only one.
  void Cues(const Document& document, const CueContext& context, std::uint32_t s,
            const SentenceTree* tree, std::vector<CueSpan>& out) const;
  // Frames of the cues of the parsed sentences among `sentences`, text order.
  std::vector<CueFrame> Frames(const Document& document, const CueContext& context,
                               std::span<const std::uint32_t> sentences) const;
  // Index into `candidates` of the best-scoring one (0 when empty).
  std::size_t Best(const Document& document, const CueContext& context, const CueSpan& cue,
                   std::uint32_t head, std::span<const Candidate> candidates, bool source) const;

  bool InVocabulary(std::uint64_t hash) const;
  float parse_margin() const { return parse_margin_; }
  void set_parse_margin(float margin) { parse_margin_ = margin; }

 private:
  float parse_margin_;
  float cue_bias_;
  float none_penalty_;
  std::vector<std::uint64_t> vocabulary_;
  text::WeightTable cue_plain_, cue_tree_, content_, source_;
};

// models_dir/quotes.bin ("" = the text stage's lookup, text::FindModelsDir),
// loaded once per path and shared.
Result<std::shared_ptr<const QuoteModel>> LoadQuoteModel(const std::string& models_dir);

}  // namespace crosscheck

#endif  // CROSSCHECK_EXTRACT_QUOTE_MODEL_H_
