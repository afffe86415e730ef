// The same quotation across outlets, and positions reported differently.
//
//   QuoteAlignment a = GroupQuotes(story, QuoteGroupOptions{});
//   a.groups      // {"type":"quote_group"}: one speaker's words as each outlet has them
//   a.positions   // {"type":"claim","kind":"position","verdict":"differ"}
//
// Speakers. A quotation counts when its speaker has an entity id
// (EntityResolver::FillMentions) or a proper name with an in-article chain;
// a speaker known only by name takes the entity of a speaker with the same
// name elsewhere in the story ("Tobias Wennerholm" in an article whose
// entities were not filled joins e7 "Tobias Wennerholm").
//
// Quote groups. Two quotations of one speaker from different documents are
// the same quotation when their words (case, punctuation, quotation marks
// aside) are equal; or one is a run of the other's words (a trimmed or
// partial quotation: at least min_partial_words words, or a `partial`
// quotation of two); or, both at least min_reworded_words long, they share
// at least word_overlap of the shorter one's words and bigram_overlap of its
// word pairs (light rewording: "will complete" / "would complete"). Groups
// are closed under these links (union-find) and keep reports from two or
// more documents; inside one document a quotation lying within another of
// the group is left out. Each group is "same" when every wording is
// identical, else "near".
//
// Positions. Each quotation is cut into statements (claim_facts.h). Two
// statements of one speaker from different documents whose quotations are
// not the same quotation, whose wordings differ (under same_words of the
// shorter one's content words shared) and whose topics agree (topic score at least
// topic_bar, sharing at least min_shared_keys topic keys other than
// entities, one of them a word) are one position reported differently: a claim with verdict
// "differ" citing each statement. Topic keys are content-word stems, years
// ("within two years" counts from the report's date) and entities (the
// speaker's own name left out). The weight of a key is its inverse
// document frequency over the story (ln((n + 1) / (df + 0.5))) divided by
// the largest such weight (a word of one document), and 1 for a year (a
// deadline or a past date is as telling as a rare word); years equal to the
// report's own year are not keys. Two statements pass when the shared keys
// weigh at least topic_bar and at least topic_share of the lighter
// statement's keys. Statements join Kruskal-style, strongest pair first,
// with complete linkage: every pair inside a claim passes, except pairs from
// one document or from one quotation as several outlets carry it (they are
// one report of the position, not two renderings).
//
// Options (QuoteGroupOptions):
//   field               default  meaning
//   min_partial_words   3        a quotation inside another counts from this length
//   min_reworded_words  4        rewording is only judged from this length
//   word_overlap        0.8      share of the shorter quotation's words
//   bigram_overlap      0.5      share of its word pairs
//   same_words          0.8      positions: statements sharing this share of the
//                                shorter one's content words are one wording, not two
//   topic_bar           0.6      positions: topic score to join
//   topic_share         0.33     positions: share of the lighter statement's key weight
//                                that the shared keys carry
//   min_shared_keys     2        positions: shared topic keys
//   positions           true     build position claims
//
// Thread safety: pure function. Failure: none.
#ifndef CROSSCHECK_CORPUS_QUOTE_GROUP_H_
#define CROSSCHECK_CORPUS_QUOTE_GROUP_H_

#include <vector>

#include "corpus/claim_facts.h"
#include "corpus/claim_types.h"

namespace crosscheck::corpus {

struct QuoteGroupOptions {
  std::size_t min_partial_words = 3;
  std::size_t min_reworded_words = 4;
  double word_overlap = 0.8;
  double bigram_overlap = 0.5;
  double same_words = 0.8;
  double topic_bar = 0.6;
  double topic_share = 0.33;
  std::size_t min_shared_keys = 2;
  bool positions = true;
};

struct QuoteAlignment {
  std::vector<QuoteGroup> groups;  // ids "q1", ... in story order
  std::vector<Claim> positions;    // ids "p1", ... in story order
};

QuoteAlignment GroupQuotes(const std::vector<const DocumentFacts*>& story,
                           const QuoteGroupOptions& options = {});

// The wording test above, on normalised word lists: 0 = no match, 1 = the
// same words, 2 = one inside the other, 3 = lightly reworded. `partial_a` /
// `partial_b` say whether a quotation is of kind "partial".
int WordingMatch(const std::vector<std::string>& a, const std::vector<std::string>& b,
                 bool partial_a, bool partial_b, const QuoteGroupOptions& options);

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_QUOTE_GROUP_H_
