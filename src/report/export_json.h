// The JSON Lines export contract (DESIGN.md §2): one object per line.
//
// DocumentToJson writes the {"type":"document"} object: metadata, the cleaned
// text, what cleaning removed, and every span list the stages filled (empty
// arrays for stages not run). Field names are a contract: add, never rename or
// drop. Absent strings (no url, no date) are null, not "".
//
// Beyond the contract, documents carry "format", "charset", "input_hash",
// "paragraphs" and "sentences" (as [start, end) pairs), and "to_input": the
// offset map as [[out_start, in_start, out_len, in_len], ...] segments, so any
// span can be traced to the input bytes without the library.
//
// Thread-safe (pure functions).
#ifndef CROSSCHECK_REPORT_EXPORT_JSON_H_
#define CROSSCHECK_REPORT_EXPORT_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

#include "crosscheck/document.h"

namespace crosscheck {

struct ExportOptions {
  bool include_text = true;  // "text"
  bool include_tokens =
      false;  // "tokens": [[start, end, kind, upos, xpos, feats, head, deprel], ...]
  bool include_offset_map = true;  // "to_input"
};

nlohmann::json DocumentToJson(const Document& document, const ExportOptions& options = {});
nlohmann::json ErrorToJson(const ErrorRecord& error);
// {"type":"entity","id","name","kind","aliases":[...],"documents":[...]}
nlohmann::json EntityToJson(const Entity& entity);
// {"type":"story","id","level":"event|topic","topic" (events only),"title","documents":[...],
//  "first","last"} (dates YYYY-MM-DD or null)
nlohmann::json StoryToJson(const Story& story);
// {"type":"duplicate","kind":"exact|near","documents":[original, copy],"similarity"} (3 decimals)
nlohmann::json DuplicateToJson(const Duplicate& duplicate);

// One line of JSON (no trailing newline). Invalid UTF-8 is replaced, never thrown.
std::string ToJsonLine(const nlohmann::json& value);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_EXPORT_JSON_H_
