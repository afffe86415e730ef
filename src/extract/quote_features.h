// Features of the learned attribution model (quote_model.h), shared by the
// run-time model and its trainer (train/train_quotes.cc) so both see exactly
// the same inputs.
//
// Three decisions are learned, each a linear model over hashed features
// (text/perceptron.h):
//   cue      a tag per word of a sentence, O / B (opens a cue) / I (continues
//            it), read left to right; CueFeatures describes one word given
//            the tag of the word before. With `tree` false only the tagger's
//            output is used (the pass that picks which sentences to parse);
//            with `tree` true the word's dependency relation, its head and
//            its children's relations are added.
//   content  a ranking of candidate spans for what a cue reports
//            (ContentCandidates: the cue's ccomp, xcomp, obj, obl, advcl,
//            acl subtrees, its head's clause, the rest of the sentence on
//            either side, the next sentence after "said:", the rule frame's
//            content of quote_frames.h)
//   source   a ranking of candidate spans for who is reported
//            (SourceCandidates: nsubj up the xcomp/conj/advcl chain, the
//            "according to" object, obl:agent, nmod:poss, the rule frame's
//            source, or none)
// A candidate's features (CandidateFeatures) conjoin its type with the cue's
// word, tags and relations; the model scores each candidate and keeps the best.
//
// Thread safety: pure functions; CueContext holds per-document scratch and
// is used by one thread. Failure: none (an unparsed sentence yields no
// candidates).
#ifndef CROSSCHECK_EXTRACT_QUOTE_FEATURES_H_
#define CROSSCHECK_EXTRACT_QUOTE_FEATURES_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"
#include "extract/quote_frames.h"
#include "extract/quote_marks.h"

namespace crosscheck {

enum CueTag : int { kCueO = 0, kCueB = 1, kCueI = 2, kCueTags = 3 };

// A stable 64-bit hash of a string (FNV-1a), for model features and the
// model's cue vocabulary.
std::uint64_t StableHash(std::string_view s);

// Per-document facts the cue features read: lower-cased forms and, per token,
// whether it lies inside a top-level quotation and how far the nearest
// quotation mark before/after it is.
struct CueContext {
  void Reset(const Document& document, std::span<const QuoteRegion> regions);
  // Lower-cased form of token `k` (a view into `lower_text`).
  std::string_view lower(const Document& document, std::uint32_t k) const {
    return document.tokens[k].span.Of(lower_text);
  }
  std::string lower_text;                       // the document's text, ASCII lower-cased
  std::vector<std::uint64_t> hash;              // StableHash of each token's lower form
  std::vector<std::uint8_t> inside;             // inside a top-level quotation
  std::vector<std::uint8_t> mark_gap;           // bit 0: a quotation closes within 2 tokens before;
                                                // bit 1: one opens within 2 tokens after
  mutable std::vector<std::uint64_t> features;  // scratch for the model's scoring
};

// The dependency tree of one parsed sentence as children lists.
class SentenceTree {
 public:
  SentenceTree(const Document& document, const Sentence& sentence);
  bool In(std::int32_t token) const {
    return token >= static_cast<std::int32_t>(first_) &&
           token < static_cast<std::int32_t>(first_ + n_);
  }
  std::span<const std::uint32_t> Children(std::uint32_t token) const {
    return {list_.data() + start_[token - first_], list_.data() + start_[token - first_ + 1]};
  }
  // First and last token of the subtree of `token` (precomputed).
  std::pair<std::uint32_t, std::uint32_t> Range(std::uint32_t token) const {
    return {lo_[token - first_], hi_[token - first_]};
  }
  std::uint32_t first() const { return first_; }
  std::uint32_t end() const { return first_ + n_; }

 private:
  std::uint32_t first_, n_;
  std::vector<std::uint32_t> start_, list_, lo_, hi_;
};

// Features of word `k` of `sentence` given the tag of the word before
// (`prev`); `tree` (null: none) adds the tree features. Appends to `out`.
void CueFeatures(const Document& document, const CueContext& context, const Sentence& sentence,
                 std::uint32_t k, int prev, const SentenceTree* tree,
                 std::vector<std::uint64_t>& out);

// A candidate span of tokens [lo, hi] (inclusive) of one kind; a source
// candidate of kind kSourceNone has no tokens.
struct Candidate {
  std::uint32_t lo = 0;
  std::uint32_t hi = 0;
  std::uint8_t kind = 0;
};

enum ContentKind : std::uint8_t {
  kContentRule = 1,
  kContentCcomp,
  kContentXcomp,
  kContentObj,
  kContentObl,
  kContentAdvcl,
  kContentAcl,
  kContentSubject,
  kContentHeadBefore,
  kContentHeadAfter,
  kContentRestAfter,
  kContentRestBefore,
  kContentNextSentence,
  kContentRightSubtree,
};
enum SourceKind : std::uint8_t {
  kSourceNone = 1,
  kSourceRule,
  kSourceNsubj,
  kSourceAgent,
  kSourcePoss,
  kSourceAccording,
  kSourceBeforeColon,
  kSourceNearestName,
};

// The cue span [cue_lo, cue_hi] (token indexes in parsed sentence `s`): its
// head word (the first word whose head lies outside the span).
std::uint32_t CueHead(const Document& document, std::uint32_t s, std::uint32_t cue_lo,
                      std::uint32_t cue_hi);

// The rule frame (quote_frames.h RuleFrameAt) of cue word `head` of parsed
// sentence `s` when it is a lexicon verb or "according" (none for other words).
bool RuleFrameFor(const Document& document, const CueContext& context, std::uint32_t s,
                  std::uint32_t head, CueFrame& out);

// Candidates for the content and the source of the cue [cue_lo, cue_hi] with
// head `head` in parsed sentence `s`, deduplicated by span (the first kind
// that proposes a span keeps it), punctuation trimmed at the edges. `rule`
// (null: none) is RuleFrameFor's frame of the cue.
void ContentCandidates(const Document& document, const SentenceTree& tree, std::uint32_t s,
                       std::uint32_t cue_lo, std::uint32_t cue_hi, std::uint32_t head,
                       const CueFrame* rule, std::vector<Candidate>& out);
void SourceCandidates(const Document& document, const SentenceTree& tree, std::uint32_t cue_lo,
                      std::uint32_t cue_hi, std::uint32_t head, const CueFrame* rule,
                      std::vector<Candidate>& out);

// Features of candidate `c` of the cue [cue_lo, cue_hi] with head `head`;
// `source` selects the source template set.
void CandidateFeatures(const Document& document, const CueContext& context, std::uint32_t s,
                       std::uint32_t cue_lo, std::uint32_t cue_hi, std::uint32_t head,
                       const Candidate& c, bool source, std::vector<std::uint64_t>& out);

}  // namespace crosscheck

#endif  // CROSSCHECK_EXTRACT_QUOTE_FEATURES_H_
