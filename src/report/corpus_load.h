// The corpus stage over a store, run the way every reader of results runs it
// (export, report, serve): one streaming pass feeds a CorpusRunner with the
// ClaimsExtension (claims, quote groups, timelines), Finish finds entities,
// copies, stories and claims (src/corpus/corpus_runner.h says why this runs
// when results are read rather than being stored).
//
//   Result<std::unique_ptr<LoadedCorpus>> loaded = LoadCorpus(store);
//   (*loaded)->result().stories ...                // everything Finish found
//   (*loaded)->ForEachAnnotated(store, callback);  // second pass: entity ids, copy flags
//
// Besides the runner, the load keeps a small card per document (id, origin,
// url, outlet, title, date, stored flags) so that reports and the web API can
// name articles without reading them again.
//
// Ownership: LoadedCorpus owns the runner and its result; the Store is only
// borrowed during each call. Thread safety: after LoadCorpus returns, the
// const members may be called from many threads at once (they only read);
// ForEachAnnotated uses the given Store, which must not be used concurrently.
// Failure: the Store's Status, unchanged. Cost: one pass over the store; the
// runner keeps a few KB per document (corpus_runner.h).
#ifndef CROSSCHECK_REPORT_CORPUS_LOAD_H_
#define CROSSCHECK_REPORT_CORPUS_LOAD_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corpus/corpus_runner.h"
#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "crosscheck/store.h"

namespace crosscheck {

// What the load keeps of each document.
struct DocumentCard {
  std::string id;
  std::string origin;
  std::string url;
  std::string outlet;       // "" when unknown
  std::string title;        // "" when none
  std::string published;    // as stored ("2026-03-10", "2026-03-10T08:00", or "")
  std::vector<Flag> flags;  // as stored (stale_content, ...); copy flags come from
                            // CorpusResult::duplicates
};

class LoadedCorpus {
 public:
  LoadedCorpus(std::unique_ptr<corpus::CorpusRunner> runner, corpus::CorpusResult result,
               std::vector<DocumentCard> cards);

  const corpus::CorpusResult& result() const { return result_; }
  // Every stored document's card, in the store's insertion order.
  const std::vector<DocumentCard>& documents() const { return cards_; }
  // The card of a document id, nullptr when the store had none.
  const DocumentCard* Find(std::string_view id) const;
  // Sets entity ids and adds the copy flag (CorpusRunner::Annotate).
  void Annotate(Document& document) const { runner_->Annotate(document); }
  // Streams the store's documents, each annotated; the callback returns
  // false to stop.
  Status ForEachAnnotated(Store& store, const std::function<bool(const Document&)>& callback) const;

 private:
  std::unique_ptr<corpus::CorpusRunner> runner_;
  corpus::CorpusResult result_;
  std::vector<DocumentCard> cards_;
  std::unordered_map<std::string, std::size_t> index_;  // id -> cards_
};

// Runs the first pass and Finish over `store`.
Result<std::unique_ptr<LoadedCorpus>> LoadCorpus(Store& store,
                                                 const corpus::CorpusOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_CORPUS_LOAD_H_
