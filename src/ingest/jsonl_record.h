// One line of a JSON Lines file -> a RawRecord, by field name.
//
//   RawRecord field  JSON fields, first usable one wins
//   body             content_original, maintext, text, content, body (non-blank
//                    strings); if none, html, raw_html (AllSides, news-please)
//   media_type       "text/html" when the body came from html/raw_html or holds
//                    markup (LooksLikeMarkup), else empty (plain text)
//   title            title
//   outlet           source, outlet, source_domain (a {"name": ...} object is read too)
//   published        date, date_publish, published, publish_date, normalised by
//                    NormalizeDate (src/ingest/html/date_parse.h) with month-first
//                    numeric dates (AllSides "3/12/19"): "2019-03-12"; an empty,
//                    impossible (0001-01-01) or future date (after date_download
//                    or today) is dropped
//   fetched          date_download (news-please), normalised
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

// True when `text` is HTML markup rather than text: it opens with a tag and
// holds at least two known tags (<p>, </div>, <br>, <a ...>), or holds four.
bool LooksLikeMarkup(std::string_view text);

// "Ana Ruiz, Bo Chen and Cy Diaz" -> {"Ana Ruiz", "Bo Chen", "Cy Diaz"}.
std::vector<std::string> SplitAuthors(std::string_view authors);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_JSONL_RECORD_H_
