// One line of a JSON Lines file -> a RawRecord, by field name.
//
//   RawRecord field  JSON fields, first usable one wins
//   body             content_original, maintext, text, content, body (non-blank strings)
//   title            title
//   outlet           source, outlet, source_domain (a {"name": ...} object is read too)
//   published        date, date_publish, published, publish_date
//   url              url
//   authors          authors, author: an array of strings (or {"name": ...} objects),
//                    or one string split on "," and " and "; trimmed, empties dropped
//
// Non-string values: numbers become their JSON text ("title": 1984 -> "1984"),
// booleans, nulls, arrays and objects are ignored (except as noted above).
// Other fields (topic, bias, ID, ...) are ignored.
//
// Failure (Location names `path`, the line number and the byte offset):
//   kCorrupt      the line is not valid JSON, with nlohmann's message (invalid
//                 UTF-8 inside a string is such an error); the offset is that of
//                 the offending byte
//   kInvalidArgument  the line is not an object, or has no article text
// Thread-safe (no shared state).
#ifndef CROSSCHECK_INGEST_JSONL_RECORD_H_
#define CROSSCHECK_INGEST_JSONL_RECORD_H_

#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "ingest/line_reader.h"

namespace crosscheck {

// Parses `line` (its text must not be too_long) read from `path`. Sets path,
// record (= line number), offset, format "jsonl" and input_hash (of the line's
// bytes without its line end).
Result<RawRecord> ParseJsonlRecord(const std::string& path, const Line& line);

// "Ana Ruiz, Bo Chen and Cy Diaz" -> {"Ana Ruiz", "Bo Chen", "Cy Diaz"}.
std::vector<std::string> SplitAuthors(std::string_view authors);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_JSONL_RECORD_H_
