// The `crosscheck serve` JSON API as a plain function of (path, query
// parameters) -> response, with no sockets: server.h puts it behind HTTP,
// and tests call it directly or through a client.
//
// Endpoints (GET; every body is JSON, errors as {"error":{"status","message"}}):
//   /api/stories                    {"stories":[StorySummaryToJson...]}   (event stories)
//   /api/stories/{id}               StoryViewToJson                          404 unknown id
//   /api/documents?offset=&limit=   {"total","offset","limit","documents":[DocumentCardJson]}
//   /api/documents/{id}             DocumentDetailJson: text and spans       404 unknown id
//   /api/entities?offset=&limit=&q= {"total","offset","limit","entities":[EntityCardJson]};
//                                   q keeps entities whose name or an alias contains it
//                                   (ASCII case ignored)
//   /api/entities/{id}/timeline     {"entity":EntityToJson,"timeline":TimelineToJson}
//                                   (no events: "events":[])                 404 unknown id
//   /api/search?q=&limit=           {"query","hits":[SearchHitJson],"stories":[StorySummary
//                                   of the stories holding a hit, best hit first]}
//                                   400 when q is missing or has no words
//   anything else under /api/       404
// Parameters: offset >= 0 (default 0), limit 1..1000 (default 100; search 20);
// a value that is not a whole number in range -> 400 naming it.
//
// The corpus stage runs once, in Create (corpus_load.h); story bodies are
// rendered then, so story requests cost a lookup. Document and search
// requests read the store.
//
// Ownership: Api owns the Store and the loaded corpus. Thread safety: Handle
// may be called from many threads at once (store access is serialised by a
// mutex; everything else is read-only after Create). Failure: Create returns
// the Store's Status; Handle never fails (a store error is a 500 response).
#ifndef CROSSCHECK_SERVE_API_H_
#define CROSSCHECK_SERVE_API_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crosscheck/status.h"
#include "crosscheck/store.h"
#include "report/corpus_load.h"
#include "report/story_view.h"

namespace crosscheck::serve {

struct ApiResponse {
  int status = 200;
  std::string body;  // JSON (HTML only for the page router.h serves at /)
  std::string content_type = "application/json; charset=utf-8";
};

using QueryParams = std::multimap<std::string, std::string>;

class Api {
 public:
  // Runs the corpus stage over `store` (best opened read-only).
  static Result<std::unique_ptr<Api>> Create(std::unique_ptr<Store> store);

  ApiResponse Handle(std::string_view path, const QueryParams& params) const;

  std::size_t story_count() const { return views_.size(); }
  std::size_t document_count() const { return corpus_->documents().size(); }

 private:
  Api(std::unique_ptr<Store> store, std::unique_ptr<LoadedCorpus> corpus);
  ApiResponse Stories() const;
  ApiResponse StoryById(const std::string& id) const;
  ApiResponse Documents(const QueryParams& params) const;
  ApiResponse DocumentById(const std::string& id) const;
  ApiResponse Entities(const QueryParams& params) const;
  ApiResponse EntityTimeline(const std::string& id) const;
  ApiResponse Search(const QueryParams& params) const;
  std::string StoryOf(const std::string& document) const;

  mutable std::mutex store_mutex_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<LoadedCorpus> corpus_;
  std::vector<StoryView> views_;
  std::string stories_body_;
  std::unordered_map<std::string, std::string> story_bodies_;  // story id -> body
  std::unordered_map<std::string, std::string> story_of_;      // document id -> story id
  std::unordered_map<std::string, std::size_t> entity_index_;  // entity id -> result().entities
};

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_API_H_
