// Quote groups, claims and timelines over a whole corpus: the story-level
// components (claim_aligner.h, quote_group.h, timeline.h) run on each story's
// documents, with ids numbered across the corpus and entity timelines merged
// across stories.
//
//   std::map<std::string, DocumentFacts> facts;      // FactsOf per document id
//   CorpusClaims all = ClaimsForStories(stories, facts, entity_names, {});
//
// Ids: claims "k1", "k2", ... (figures and dates) and "p1", ... (positions),
// quote groups "q1", ..., in story order then the order each story gives.
// Timelines: one per story (scope "story", subject the story id), then one
// per entity (scope "entity") holding its events from every story, in date
// order, when they number at least TimelineOptions::min_entity_events.
// Documents a story names but `facts` lacks are skipped.
//
// Options (CorpusClaimOptions): the three components' own options
// (`claims`, `quotes`, `timelines`, defaults as documented there).
// Thread safety: pure function. Failure: none.
#ifndef CROSSCHECK_CORPUS_CLAIM_CORPUS_H_
#define CROSSCHECK_CORPUS_CLAIM_CORPUS_H_

#include <map>
#include <string>
#include <vector>

#include "corpus/claim_aligner.h"
#include "corpus/claim_facts.h"
#include "corpus/claim_types.h"
#include "corpus/quote_group.h"
#include "corpus/timeline.h"

namespace crosscheck::corpus {

struct StoryDocuments {
  std::string id;                      // "s1"
  std::string title;                   // "" when none
  std::vector<std::string> documents;  // document ids, in the order to report them
};

struct CorpusClaimOptions {
  ClaimOptions claims;
  QuoteGroupOptions quotes;
  TimelineOptions timelines;
};

struct CorpusClaims {
  std::vector<Claim> claims;  // quantity and date claims, then positions
  std::vector<QuoteGroup> quote_groups;
  std::vector<Timeline> timelines;  // stories first, then entities by id
};

// The same, one story at a time (the corpus runner's extension feeds it
// story by story): AddStory with the story's summaries in report order,
// then Finish once with the entities' names.
class ClaimCollector {
 public:
  explicit ClaimCollector(CorpusClaimOptions options = {}) : options_(std::move(options)) {}
  void AddStory(const std::string& id, const std::string& title,
                const std::vector<const DocumentFacts*>& members);
  CorpusClaims Finish(const std::map<std::string, std::string>& entity_names);

 private:
  CorpusClaimOptions options_;
  CorpusClaims out_;
  std::vector<Claim> positions_;
  std::map<std::string, std::vector<TimelineEvent>> entity_events_;
};

CorpusClaims ClaimsForStories(const std::vector<StoryDocuments>& stories,
                              const std::map<std::string, DocumentFacts>& facts,
                              const std::map<std::string, std::string>& entity_names,
                              const CorpusClaimOptions& options = {});

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_CLAIM_CORPUS_H_
