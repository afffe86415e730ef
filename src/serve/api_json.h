// The JSON bodies of the `crosscheck serve` API (api.h lists the endpoints).
// Documents reuse the export contract (report/export_json.h), stories the
// story view (report/story_view.h), so a field means the same everywhere.
//
// Thread safety: pure functions. Failure: none.
#ifndef CROSSCHECK_SERVE_API_JSON_H_
#define CROSSCHECK_SERVE_API_JSON_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "crosscheck/document.h"
#include "crosscheck/store.h"
#include "report/corpus_load.h"

namespace crosscheck::serve {

// {"error":{"status":404,"message":"..."}}
std::string ErrorBody(int status, std::string_view message);

// A document in lists: {"id","origin","url","outlet","title","published","story","flags":[kind]}
// (absent strings null; "story" is the event story holding it, or null).
nlohmann::json DocumentCardJson(const DocumentCard& card, const std::string& story);

// A document with its spans: the export's {"type":"document"} object (text,
// sentences, paragraphs, mentions with entity ids, quotes, timexes,
// quantities, flags; no offset map) plus "story".
nlohmann::json DocumentDetailJson(const Document& document, const std::string& story);

// An entity in lists: {"id","name","kind","aliases":[...],"documents":N}.
nlohmann::json EntityCardJson(const Entity& entity);

// A search hit: {"document","title","outlet","published","snippet","rank","story"}.
nlohmann::json SearchHitJson(const SearchHit& hit, const std::string& story);

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_API_JSON_H_
