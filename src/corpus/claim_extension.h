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
// Options: CorpusClaimOptions (claim_corpus.h). Thread safety: used by the
// runner's thread only. Failure: none.
#ifndef CROSSCHECK_CORPUS_CLAIM_EXTENSION_H_
#define CROSSCHECK_CORPUS_CLAIM_EXTENSION_H_

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "corpus/claim_corpus.h"
#include "corpus/corpus_runner.h"

namespace crosscheck::corpus {

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
