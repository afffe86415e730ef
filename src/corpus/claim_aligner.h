// Claims: the figures and dated facts of one story aligned across its
// documents, each outlet's report kept as written, with a verdict
// (claim_types.h: agree / differ / conflict).
//
//   std::vector<const DocumentFacts*> story = ...;   // FactsOf of each document
//   std::vector<Claim> claims = AlignClaims(story, ClaimOptions{});
//
// Two facts can be one claim only when they come from different documents,
// measure the same kind of thing (money with money, a count of people with a
// count of people, a length with a length, a date with a date), their
// documents speak of the same period (content dates at most
// max_days_apart apart), the years their clauses tie them to agree ("€265
// million in 2022" is not "€310 million today"; dated
// facts compare only at one granularity: a day with a day), their values are close enough to be
// reports of one figure (largest / smallest <= max_ratio, in the dimension's base unit), and their
// sentences say the same thing about them (see claim_aligner.cc). A claim needs reports from at
// least two documents. Units and currencies are never converted in what is reported; reports in two
// currencies are shown side by side and make the verdict "differ".
//
// Options (ClaimOptions):
//   field              default  meaning
//   link_same          0.20     context similarity (0..1) that joins two reports
//                               whose values agree
//   link_other         0.20     ... whose values differ (the value window, the
//                               time check and the one-document rule guard these)
//   link_date_same     0.30     the same for dated facts whose dates agree
//   link_date_other    0.8      ... whose dates differ (dates are everywhere in a
//                               story: a date discrepancy needs near-identical words)
//   cluster_mean       0.5      two groups join only when their mean pairwise
//                               similarity is at least this share of the bar
//   date_cluster_mean  1.0      the same for dated facts (a date is a weaker cue
//                               than a figure: "on Tuesday" is everywhere)
//   max_ratio          2.0      largest / smallest value inside one claim
//   rounding           0.005    relative tolerance of an exact value; a percentage
//                               gets half a unit of its last stated digit instead
//                               ("24%" ~ "24.4%", not "24.6%")
//   hedge              0.10     relative tolerance of "about", "around", ...
//   max_days_apart     120      the documents' content dates (claim_facts.h)
//   max_date_gap_days  731      two dated facts further apart are never one claim
//   dates              true     align dated facts too
//
// Cost: facts are compared only inside a (dimension, value window) bucket
// after a sort, so a story of n facts costs O(n log n + pairs in windows).
// Thread safety: pure function. Failure: none.
#ifndef CROSSCHECK_CORPUS_CLAIM_ALIGNER_H_
#define CROSSCHECK_CORPUS_CLAIM_ALIGNER_H_

#include <vector>

#include "corpus/claim_facts.h"
#include "corpus/claim_types.h"

namespace crosscheck::corpus {

struct ClaimOptions {
  double link_same = 0.20;
  double link_other = 0.20;
  double link_date_same = 0.30;
  double link_date_other = 0.8;
  double cluster_mean = 0.5;
  double date_cluster_mean = 1.0;
  double max_ratio = 2.0;
  double rounding = 0.005;
  double hedge = 0.10;
  int max_days_apart = 120;
  int max_date_gap_days = 731;
  bool dates = true;
};

std::vector<Claim> AlignClaims(const std::vector<const DocumentFacts*>& story,
                               const ClaimOptions& options = {});

// Whether two quantity reports can be the same figure: their stated ranges
// ("about", "more than", "up to", "5-10") overlap (same unit only; different
// units are never compatible, since nothing is converted).
bool ValuesCompatible(const Fact& a, const Fact& b, const ClaimOptions& options);

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_CLAIM_ALIGNER_H_
