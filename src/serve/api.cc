#include "serve/api.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <utility>

#include "corpus/claim_json.h"
#include "report/export_json.h"
#include "serve/api_json.h"

namespace crosscheck::serve {
namespace {

using nlohmann::json;

ApiResponse Ok(const json& body) { return {200, ToJsonLine(body)}; }
ApiResponse Error(int status, std::string_view message) {
  return {status, ErrorBody(status, message)};
}

// A whole-number parameter in [low, high], `fallback` when absent; nullopt
// (and `error` set) when present and malformed.
std::optional<long> IntParam(const QueryParams& params, const std::string& name, long fallback,
                             long low, long high, ApiResponse* error) {
  auto it = params.find(name);
  if (it == params.end()) return fallback;
  long value = 0;
  const std::string& s = it->second;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || value < low || value > high) {
    *error =
        Error(400, "parameter " + name + " must be a whole number from " + std::to_string(low) +
                       " to " + std::to_string(high) + ", not \"" + s + "\"");
    return std::nullopt;
  }
  return value;
}

// offset and limit of a list request.
struct Page {
  std::size_t offset = 0, limit = 0;
  json Fields(std::size_t total) const {
    return {{"total", total}, {"offset", offset}, {"limit", limit}};
  }
};

std::optional<Page> PageOf(const QueryParams& params, ApiResponse* error) {
  const auto offset = IntParam(params, "offset", 0, 0, 1L << 40, error);
  if (!offset) return std::nullopt;
  const auto limit = IntParam(params, "limit", 100, 1, 1000, error);
  if (!limit) return std::nullopt;
  return Page{static_cast<std::size_t>(*offset), static_cast<std::size_t>(*limit)};
}

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// "/api/a/b/c" -> {"a","b","c"}; empty parts dropped.
std::vector<std::string> Parts(std::string_view path) {
  std::vector<std::string> parts;
  std::size_t i = 0;
  while (i < path.size()) {
    std::size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    if (j > i) parts.emplace_back(path.substr(i, j - i));
    i = j + 1;
  }
  return parts;
}

}  // namespace

Result<std::unique_ptr<Api>> Api::Create(std::unique_ptr<Store> store) {
  Result<std::unique_ptr<LoadedCorpus>> corpus = LoadCorpus(*store);
  if (!corpus.ok()) return corpus.status();
  return std::unique_ptr<Api>(new Api(std::move(store), std::move(*corpus)));
}

Api::Api(std::unique_ptr<Store> store, std::unique_ptr<LoadedCorpus> corpus)
    : store_(std::move(store)), corpus_(std::move(corpus)) {
  views_ = BuildStoryViews(corpus_->result(), corpus_->documents());
  json list = json::array();
  for (const StoryView& v : views_) {
    list.push_back(StorySummaryToJson(v));
    story_bodies_.emplace(v.story.id, ToJsonLine(StoryViewToJson(v)));
    for (const std::string& d : v.story.documents) story_of_.emplace(d, v.story.id);
  }
  stories_body_ = ToJsonLine({{"stories", std::move(list)}});
  const std::vector<Entity>& entities = corpus_->result().entities;
  for (std::size_t i = 0; i < entities.size(); ++i) entity_index_.emplace(entities[i].id, i);
}

std::string Api::StoryOf(const std::string& document) const {
  auto it = story_of_.find(document);
  return it == story_of_.end() ? "" : it->second;
}

ApiResponse Api::Handle(std::string_view path, const QueryParams& params) const {
  const std::vector<std::string> p = Parts(path);
  if (p.empty() || p[0] != "api") return Error(404, "no such endpoint: " + std::string(path));
  if (p.size() == 2 && p[1] == "stories") return Stories();
  if (p.size() == 3 && p[1] == "stories") return StoryById(p[2]);
  if (p.size() == 2 && p[1] == "documents") return Documents(params);
  if (p.size() == 3 && p[1] == "documents") return DocumentById(p[2]);
  if (p.size() == 2 && p[1] == "entities") return Entities(params);
  if (p.size() == 4 && p[1] == "entities" && p[3] == "timeline") return EntityTimeline(p[2]);
  if (p.size() == 2 && p[1] == "search") return Search(params);
  return Error(404, "no such endpoint: " + std::string(path));
}

ApiResponse Api::Stories() const { return {200, stories_body_}; }

ApiResponse Api::StoryById(const std::string& id) const {
  auto it = story_bodies_.find(id);
  if (it == story_bodies_.end()) return Error(404, "no story " + id);
  return {200, it->second};
}

ApiResponse Api::Documents(const QueryParams& params) const {
  ApiResponse error;
  const std::optional<Page> page = PageOf(params, &error);
  if (!page) return error;
  const std::vector<DocumentCard>& cards = corpus_->documents();
  json list = json::array();
  for (std::size_t i = page->offset; i < cards.size() && list.size() < page->limit; ++i)
    list.push_back(DocumentCardJson(cards[i], StoryOf(cards[i].id)));
  json body = page->Fields(cards.size());
  body["documents"] = std::move(list);
  return Ok(body);
}

ApiResponse Api::DocumentById(const std::string& id) const {
  if (corpus_->Find(id) == nullptr) return Error(404, "no document " + id);
  Result<std::optional<Document>> doc = [&] {
    std::lock_guard<std::mutex> lock(store_mutex_);
    return store_->GetDocument(id);
  }();
  if (!doc.ok()) return Error(500, doc.status().ToString());
  if (!doc->has_value()) return Error(404, "no document " + id);
  corpus_->Annotate(**doc);
  return Ok(DocumentDetailJson(**doc, StoryOf(id)));
}

ApiResponse Api::Entities(const QueryParams& params) const {
  ApiResponse error;
  const std::optional<Page> page = PageOf(params, &error);
  if (!page) return error;
  auto q = params.find("q");
  const std::string needle = q == params.end() ? "" : Lower(q->second);
  const auto matches = [&](const Entity& e) {
    if (needle.empty() || Lower(e.name).find(needle) != std::string::npos) return true;
    return std::any_of(e.aliases.begin(), e.aliases.end(), [&](const std::string& a) {
      return Lower(a).find(needle) != std::string::npos;
    });
  };
  json list = json::array();
  std::size_t total = 0;
  for (const Entity& e : corpus_->result().entities) {
    if (!matches(e)) continue;
    if (total++ >= page->offset && list.size() < page->limit) list.push_back(EntityCardJson(e));
  }
  json body = page->Fields(total);
  body["entities"] = std::move(list);
  return Ok(body);
}

ApiResponse Api::EntityTimeline(const std::string& id) const {
  auto it = entity_index_.find(id);
  if (it == entity_index_.end()) return Error(404, "no entity " + id);
  const Entity& e = corpus_->result().entities[it->second];
  corpus::Timeline timeline{"entity", e.id, e.name, {}};
  for (const corpus::Timeline& t : corpus_->result().timelines)
    if (t.scope == "entity" && t.subject == id) timeline = t;
  return Ok({{"entity", EntityToJson(e)}, {"timeline", corpus::TimelineToJson(timeline)}});
}

ApiResponse Api::Search(const QueryParams& params) const {
  auto q = params.find("q");
  if (q == params.end() || q->second.empty())
    return Error(400, "parameter q (the words) is missing");
  ApiResponse error;
  const auto limit = IntParam(params, "limit", 20, 1, 1000, &error);
  if (!limit) return error;
  Result<std::vector<SearchHit>> hits = [&] {
    std::lock_guard<std::mutex> lock(store_mutex_);
    return store_->Search(q->second, static_cast<int>(*limit));
  }();
  if (!hits.ok()) {
    const int status = hits.status().code() == StatusCode::kInvalidArgument ? 400 : 500;
    return Error(status, hits.status().message());
  }
  json list = json::array();
  json stories = json::array();
  std::vector<std::string> seen;
  for (const SearchHit& h : *hits) {
    const std::string story = StoryOf(h.document_id);
    list.push_back(SearchHitJson(h, story));
    if (story.empty() || std::find(seen.begin(), seen.end(), story) != seen.end()) continue;
    seen.push_back(story);
    for (const StoryView& v : views_)
      if (v.story.id == story) stories.push_back(StorySummaryToJson(v));
  }
  return Ok({{"query", q->second}, {"hits", std::move(list)}, {"stories", std::move(stories)}});
}

}  // namespace crosscheck::serve
