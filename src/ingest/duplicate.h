// Duplicate paragraphs: recognises a paragraph that repeats an earlier one.
//
// Paragraphs are compared in a normalised form: case-folded, quotation marks
// and dashes unified, white space collapsed. Equal normalised forms are exact
// repeats (one hash lookup). Paragraphs of at least 8 words are also compared
// by word 3-shingles: a paragraph whose shingle set has Jaccard similarity
// >= `near` with an earlier kept paragraph is a near-repeat. Candidates come
// from an inverted index of shingle hashes, so the cost is linear in the text
// (each shingle remembers the first paragraph that had it, so a near-repeat is
// credited against the paragraph it first shares text with).
//
// Usage: feed paragraphs in order; Add() returns true (and remembers nothing)
// for a repeat, false (and remembers the paragraph) otherwise.
// Thread safety: one finder per thread.
#ifndef CROSSCHECK_INGEST_DUPLICATE_H_
#define CROSSCHECK_INGEST_DUPLICATE_H_

#include <cstdint>
#include <string>
#include <string_view>
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
  struct Slot {
    std::uint64_t key = 0;  // 0: empty
    std::uint32_t value = 0;
  };
  // Open-addressing table (linear probing, power-of-two size), reused between
  // documents. Returns the slot holding `key` or the empty slot where it goes.
  Slot& Find(std::vector<Slot>& table, std::uint64_t key);
  void Grow(std::vector<Slot>& table, std::size_t& used);
  std::vector<Slot> exact_;  // normalised-paragraph hash -> 1
  std::size_t exact_used_ = 0;
  std::vector<Slot> index_;  // shingle -> first paragraph id
  std::size_t index_used_ = 0;
  std::vector<std::uint32_t> sizes_;  // shingle-set size per kept long paragraph
};

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_DUPLICATE_H_
