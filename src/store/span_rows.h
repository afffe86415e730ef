// How a Document's span lists become rows of the `spans` table and back.
//
// Every span-like list of a Document is stored as rows (kind, start, end, data):
//   kind        from                 data
//   paragraph   Document::paragraphs NULL
//   sentence    Document::sentences  "first_token,token_count"
//   mention     Document::mentions   JSON {"type","chain","entity"}
//   quote       Document::quotes     JSON {"kind","speaker":{"span","chain","entity","name"},
//                                           "cue":[s,e],"via":[...],"confidence"}
//   timex       Document::timexes    JSON {"type","value"}
//   quantity    Document::quantities JSON {"kind","value","unit","counts"}
//   flag        Document::flags      JSON {"kind","detail","documents"}; start = end = 0
// JSON objects leave out empty strings and absent parts. Rows of one kind keep
// the order of their list. Tokens are not stored (TextAnalyzer recomputes them).
//
// Decoding ignores kinds it does not know (a newer writer's), and reports
// malformed data as kCorrupt. Thread-safe (pure functions).
#ifndef CROSSCHECK_STORE_SPAN_ROWS_H_
#define CROSSCHECK_STORE_SPAN_ROWS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"

namespace crosscheck::store {

struct SpanRow {
  const char* kind = "";  // one of the static kind names above
  Span span;
  bool has_data = false;  // false: data column is NULL
  std::string data;
};

// Replaces *rows with the rows for `document`, in list order (paragraphs,
// sentences, mentions, quotes, timexes, quantities, flags). Reuses capacity.
void EncodeSpanRows(const Document& document, std::vector<SpanRow>* rows);

// Appends the row (kind, span, data) to the matching list of *document.
// `data` is nullopt for a NULL column.
Status DecodeSpanRow(std::string_view kind, Span span, std::optional<std::string_view> data,
                     Document* document);

}  // namespace crosscheck::store

#endif  // CROSSCHECK_STORE_SPAN_ROWS_H_
