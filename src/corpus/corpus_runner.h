// The corpus stage: many articles in, cross-article facts out (DESIGN.md §1).
//
//   CorpusRunner runner(options);
//   runner.AddExtension(std::make_unique<MyClaims>());   // optional, part 2 of issue 9
//   for (each stored document d) runner.Add(d);           // keeps a compact summary only
//   CorpusResult result = runner.Finish();                // entities, duplicates, stories
//   for (each stored document d) runner.Annotate(d);      // entity ids, duplicate flags
//
// Where it runs: at export time (src/cli/store_commands.cc RunExport), over
// the stored documents in two streaming passes, like the entity resolver
// before it. Stories and copies are properties of the whole corpus: every
// `analyze` that adds documents can merge stories, move an original (an
// earlier-published copy arrives later) or renumber entities, so results
// written into the store at the end of one run would be stale after the
// next and would need the same full recomputation anyway. Computing them
// when they are read keeps them consistent with the store by construction,
// needs no schema migration, and costs one pass over compact summaries
// (bench/corpus_bench: well under the per-document stages' time). A
// `report`/`serve` that wants stories builds a runner the same way.
//
// Summaries (corpus_summary.h) are what the runner keeps per document; a
// document's text, tokens and spans are dropped after Add.
//
// Finish, in order:
//   1. entities     EntityResolver over every document's chain keys
//   2. duplicates   exact and near copies, original = first published (dup_detector.h)
//   3. stories      topic and event clusters in date order (story_cluster.h), each
//                   with a title (its most central article's) and its date range
//   4. extensions   OnStory for every event story, then Finish, in the order added
//
// Options (CorpusOptions):
//   field        default  meaning
//   summary      {}       SummaryOptions (corpus_summary.h)
//   duplicates   {}       DuplicateOptions (dup_detector.h)
//   stories      {}       StoryOptions (story_cluster.h)
//   find_duplicates true  step 2 on/off
//   find_stories    true  step 3 on/off (extensions still run, with no stories)
//
// Thread safety: one runner per thread. Failure: none (documents without
// text or dates are handled: they never duplicate, they cluster last).
// Memory: the summaries (about 2-4 KB per document) plus the clusters.
#ifndef CROSSCHECK_CORPUS_CORPUS_RUNNER_H_
#define CROSSCHECK_CORPUS_CORPUS_RUNNER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corpus/claim_types.h"
#include "corpus/corpus_summary.h"
#include "corpus/dup_detector.h"
#include "corpus/entity_resolver.h"
#include "corpus/story_cluster.h"
#include "crosscheck/document.h"

namespace crosscheck::corpus {

struct CorpusOptions {
  SummaryOptions summary;
  DuplicateOptions duplicates;
  StoryOptions stories;
  bool find_duplicates = true;
  bool find_stories = true;
};

// Everything the corpus stage found. Extensions add their own vectors here
// (claims, quote groups, timelines: issue 9 part 2) and write into them from
// OnStory/Finish; export writes each vector as its own line type.
struct CorpusResult {
  struct Seconds {  // wall time of each Finish step
    double entities = 0, duplicates = 0, stories = 0, extensions = 0;
  } seconds;
  std::vector<Entity> entities;
  std::vector<Duplicate> duplicates;  // sorted by (original, copy)
  std::vector<Story> stories;         // event stories ("s1"...), then topic stories ("t1"...)
  // ---- extension vectors go below this line ----
  // Claims, positions, quote groups and timelines (claim_extension.h).
  std::vector<Claim> claims;
  std::vector<QuoteGroup> quote_groups;
  std::vector<Timeline> timelines;
};

// What extensions may look up while the runner finishes.
class CorpusContext {
 public:
  virtual ~CorpusContext() = default;
  // The entity id of (document, in-document chain), "" if none.
  virtual std::string EntityOf(const std::string& document, const std::string& chain) const = 0;
  // The summary of a document, nullptr if unknown.
  virtual const DocSummary* Summary(std::string_view document) const = 0;
};

// A part of the corpus stage that plugs into the runner (claims, quote
// groups, timelines). It sees every document once during the summary pass
// (keep compact keys, never the document), then every event story with its
// document ids (Story::documents, in date order).
class CorpusExtension {
 public:
  virtual ~CorpusExtension() = default;
  virtual std::string_view name() const = 0;
  virtual void AddDocument(const Document& document, const DocSummary& summary) {
    (void)document, (void)summary;
  }
  virtual void OnStory(const Story& story, const CorpusContext& context, CorpusResult& result) {
    (void)story, (void)context, (void)result;
  }
  virtual void Finish(const CorpusContext& context, CorpusResult& result) {
    (void)context, (void)result;
  }
};

class CorpusRunner : public CorpusContext {
 public:
  explicit CorpusRunner(CorpusOptions options = {});
  void AddExtension(std::unique_ptr<CorpusExtension> extension);

  // Summarises one document (any order; Finish sorts by date).
  void Add(const Document& document);
  // The same from a summary built elsewhere (benchmarks, workers that
  // summarise in parallel); `keys` are the document's ChainKeysOf.
  void AddSummary(DocSummary summary, std::vector<ChainKey> keys);

  // Runs steps 1-4; call once, after every Add.
  CorpusResult Finish();

  // After Finish: sets the entity ids of the document's mentions and
  // speakers, and adds its duplicate_of / near_duplicate_of flag when it is a
  // copy (documents: [original]).
  void Annotate(Document& document) const;

  // After Finish: the stories under other options (tuning, eval/story_score).
  std::vector<Story> Stories(const StoryOptions& options) const;

  std::string EntityOf(const std::string& document, const std::string& chain) const override;
  const DocSummary* Summary(std::string_view document) const override;
  std::size_t size() const { return summaries_.size(); }

 private:
  CorpusOptions options_;
  std::vector<std::unique_ptr<CorpusExtension>> extensions_;
  EntityResolver entities_;
  std::vector<DocSummary> summaries_;
  std::unordered_map<std::string, std::uint32_t> index_;  // id -> summaries_
  std::unordered_map<std::string, Flag> copy_flags_;      // copy id -> its flag
};

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_CORPUS_RUNNER_H_
