#include "serve/api_json.h"

#include "report/export_json.h"

namespace crosscheck::serve {
namespace {

using nlohmann::json;

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

}  // namespace

std::string ErrorBody(int status, std::string_view message) {
  return ToJsonLine({{"error", {{"status", status}, {"message", std::string(message)}}}});
}

json DocumentCardJson(const DocumentCard& card, const std::string& story) {
  json flags = json::array();
  for (const Flag& f : card.flags) flags.push_back(f.kind);
  return {{"id", card.id},
          {"origin", card.origin},
          {"url", OrNull(card.url)},
          {"outlet", OrNull(card.outlet)},
          {"title", OrNull(card.title)},
          {"published", OrNull(card.published)},
          {"story", OrNull(story)},
          {"flags", std::move(flags)}};
}

json DocumentDetailJson(const Document& document, const std::string& story) {
  ExportOptions options;
  options.include_offset_map = false;
  json j = DocumentToJson(document, options);
  j["story"] = OrNull(story);
  return j;
}

json EntityCardJson(const Entity& entity) {
  return {{"id", entity.id},
          {"name", entity.name},
          {"kind", entity.kind},
          {"aliases", entity.aliases},
          {"documents", entity.documents.size()}};
}

json SearchHitJson(const SearchHit& hit, const std::string& story) {
  return {{"document", hit.document_id},  {"title", OrNull(hit.title)},
          {"outlet", OrNull(hit.outlet)}, {"published", OrNull(hit.published)},
          {"snippet", hit.snippet},       {"rank", hit.rank},
          {"story", OrNull(story)}};
}

}  // namespace crosscheck::serve
