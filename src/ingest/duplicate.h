// Duplicate paragraphs: recognises a paragraph that repeats an earlier one.
//
// Paragraphs are compared in a normalised form: case-folded, quotation marks
// and dashes unified, white space collapsed. Equal normalised forms are exact
// repeats (one hash lookup). Paragraphs of at least 8 words are also compared
// by word 3-shingles: a paragraph whose shingle set has Jaccard similarity
// >= `near` with an earlier kept paragraph is a near-repeat. Candidates come
// from an inverted index of shingle hashes, so the cost is linear in the text
// (a shingle shared by more than 64 paragraphs is not used to find candidates).
//
// Usage: feed paragraphs in order; Add() returns true (and remembers nothing)
// for a repeat, false (and remembers the paragraph) otherwise.
// Thread safety: one finder per thread.
#ifndef CROSSCHECK_INGEST_DUPLICATE_H_
#define CROSSCHECK_INGEST_DUPLICATE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace crosscheck {

// The comparison form of a paragraph (see the file comment).
std::string NormaliseForComparison(std::string_view paragraph);

class DuplicateFinder {
 public:
  explicit DuplicateFinder(double near = 0.85) : near_(near) {}
  // True when `paragraph` repeats an earlier kept one (exactly or nearly).
  bool Add(std::string_view paragraph);
  // Forgets all paragraphs (keeps capacity).
  void Clear();

 private:
  double near_;
  std::unordered_set<std::uint64_t> exact_;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> index_;  // shingle -> paragraphs
  std::vector<std::uint32_t> sizes_;  // shingle-set size per kept long paragraph
};

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_DUPLICATE_H_
