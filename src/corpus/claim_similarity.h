// Context vectors for comparing facts across the documents of a story: each
// fact's context words and entities (claim_facts.h), weighted by closeness times an inverse
// frequency over the story's facts (idf = ln(1 + n / df): n facts compared, df of them have the
// word near; a word near every figure of the story, "storm", weighs little, one near only the
// figures of one fact, "evacuated", much), compared by cosine. Shared by the claim aligner and the
// timelines.
//
// Thread safety: a built ContextSpace is read-only. Failure: none.
#ifndef CROSSCHECK_CORPUS_CLAIM_SIMILARITY_H_
#define CROSSCHECK_CORPUS_CLAIM_SIMILARITY_H_

#include <string>
#include <utility>
#include <vector>

#include "corpus/claim_facts.h"

namespace crosscheck::corpus {

struct ContextVector {
  std::vector<std::pair<std::string, double>> terms;  // sorted by term
  double norm = 0.0;
};

double Cosine(const ContextVector& a, const ContextVector& b);

// One vector per (document index, fact) of `facts`, in the order given;
// `documents` (the story's size) is kept for callers, not used.
struct FactRef {
  std::size_t doc;
  const Fact* fact;
};
std::vector<ContextVector> ContextVectors(const std::vector<FactRef>& facts, std::size_t documents);

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_CLAIM_SIMILARITY_H_
