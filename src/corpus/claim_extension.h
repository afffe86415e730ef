// The claims part of the corpus stage (issue 9, part 2) as a CorpusExtension
// (corpus_runner.h): quote groups, claims, positions and timelines for every
// event story the runner finds, written into CorpusResult::claims,
// quote_groups and timelines (claim_corpus.h for ids and ordering).
//
//   CorpusRunner runner;
//   runner.AddExtension(std::make_unique<ClaimsExtension>());
//
// AddDocument keeps FactsOf(document) with its context words capped
// (claim_facts.h: a few KB per document); entities are not known yet then,
// so each story's summaries get their entity ids from the runner
// (ResolveEntities with CorpusContext::EntityOf) when the story arrives.
// A document in no event story is never aligned.
//
// A story of more than kMaxClaimDocuments documents (a wire story carried by
// hundreds of sites, or thousands of near-identical notices) is aligned over
// kMaxClaimDocuments of them, chosen by ChooseClaimDocuments: the earliest
// document of each outlet first, then the earliest others. Alignment compares
// every pair of facts across the chosen documents; before this cap a story of
// 3,000 near-identical documents kept `export` busy for minutes (regression
// test ClaimExtensionTest.RegressionHugeStoryIsCapped).
//
// Options: CorpusClaimOptions (claim_corpus.h). Thread safety: used by the
// runner's thread only. Failure: none.
#ifndef CROSSCHECK_CORPUS_CLAIM_EXTENSION_H_
#define CROSSCHECK_CORPUS_CLAIM_EXTENSION_H_

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "corpus/claim_corpus.h"
#include "corpus/corpus_runner.h"

namespace crosscheck::corpus {

inline constexpr std::size_t kMaxClaimDocuments = 40;

// At most `limit` of `members` (all if they are fewer): one per outlet in
// (published, id) order first, then the rest in that order; the result is in
// (published, id) order.
std::vector<const DocumentFacts*> ChooseClaimDocuments(std::vector<const DocumentFacts*> members,
                                                       std::size_t limit);

class ClaimsExtension : public CorpusExtension {
 public:
  explicit ClaimsExtension(CorpusClaimOptions options = {}) : collector_(std::move(options)) {}
  std::string_view name() const override { return "claims"; }
  void AddDocument(const Document& document, const DocSummary& summary) override;
  void OnStory(const Story& story, const CorpusContext& context, CorpusResult& result) override;
  void Finish(const CorpusContext& context, CorpusResult& result) override;

 private:
  std::unordered_map<std::string, DocumentFacts> facts_;
  std::unordered_set<std::string> resolved_;
  ClaimCollector collector_;
};

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_CLAIM_EXTENSION_H_
