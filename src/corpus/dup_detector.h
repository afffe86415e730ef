// Copies across the corpus: exact duplicates (the same normalised body) and
// near-duplicates (MinHash + LSH over word shingles, dup_minhash.h), within
// one outlet and across outlets (syndication, aggregators, re-served items).
//
//   std::vector<Duplicate> d = FindDuplicates(summaries, options);
//
// Each copy is linked to its original: the member of its group published
// first (DocSummary::minute: to the minute when the stamps have times, a bare
// date counting as that day's end; no date counts as last; ties go to the
// smaller document id, so the result does not depend on the input order). A group is the
// connected set of documents joined by exact or verified near pairs; every
// other member gets one Duplicate {kind, documents: [original, copy],
// similarity}, kind "exact" when its normalised body equals the original's,
// else "near" with the estimated Jaccard of the two signatures.
//
// A candidate pair (sharing an LSH band) is a near-duplicate when its
// estimated Jaccard reaches `min_jaccard`, or when the smaller text's
// shingles lie in the larger by at least `min_containment` (a truncated copy,
// a copy with paragraphs added) and the smaller has `min_shingles` shingles.
//
// Options (DuplicateOptions):
//   field            default  meaning
//   lsh              64 x 2   LshOptions (dup_minhash.h)
//   min_jaccard      0.5      estimated Jaccard for a near-duplicate
//   min_containment  0.8      estimated containment of the smaller in the larger
//   min_shingles     20       texts with fewer shingles are only exact duplicates
//
// Thread safety: pure function. Failure: none. Cost: linear in documents
// plus the candidate pairs (buckets above lsh.max_bucket are skipped).
#ifndef CROSSCHECK_CORPUS_DUP_DETECTOR_H_
#define CROSSCHECK_CORPUS_DUP_DETECTOR_H_

#include <span>
#include <vector>

#include "corpus/corpus_summary.h"
#include "corpus/dup_minhash.h"
#include "crosscheck/document.h"

namespace crosscheck::corpus {

struct DuplicateOptions {
  LshOptions lsh;
  double min_jaccard = 0.5;
  double min_containment = 0.8;
  std::uint32_t min_shingles = 20;
};

// Whether two summaries are near-duplicates under `options` (no LSH: the
// verification step alone), and their estimated Jaccard in `similarity`.
bool IsNearDuplicate(const DocSummary& a, const DocSummary& b, const DuplicateOptions& options,
                     double* similarity);

// `summaries` in any order; the result is sorted by (original, copy) ids.
std::vector<Duplicate> FindDuplicates(std::span<const DocSummary> summaries,
                                      const DuplicateOptions& options = {});

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_DUP_DETECTOR_H_
