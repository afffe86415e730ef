// Reading export JSON back into Documents and storing them: the inverse of
// report/export_json.h, used by crosscheck.dask to merge the JSON Lines its
// workers wrote (one file per partition) into a store, and usable on any
// `crosscheck doc` output.
//
// What round-trips: every field the store keeps (src/store/span_rows.h) and
// the export writes. Two things the export leaves implicit are rebuilt:
//   - Sentence::first_token / token_count come from the "tokens" list when the
//     line has one (`crosscheck doc --tokens`; the Dask workers write it); without
//     it they are 0, which nothing reading a store uses (tokens are not stored).
//   - OffsetMap segments are rebuilt one for one; a segment's copy flag (not
//     exported) is inferred: equal lengths and not right after a copy (copies
//     are always merged, so this is exact except for an n->n replacement of
//     n > 1 bytes between two replacements, which then maps byte for byte).
// Corpus annotations in `crosscheck export` lines (mention "entity" ids, the
// duplicate flags) are read like any field; the corpus lines themselves
// (entity, story, duplicate, claim, ...) are not documents and are skipped.
// Tokens and chains are not kept (the store keeps neither).
//
// Failure: a line that is not JSON, not an object, or misses a required field
// (id, origin, input_hash, text, to_input for documents; origin, message for
// errors) or has one of the wrong shape -> kCorrupt naming the file and line.
// ImportJsonLines stores one file in one transaction: all its lines or none.
//
// Thread-safe (pure functions), except that ImportJsonLines uses `store`
// (a Store is used by one thread at a time).
#ifndef CROSSCHECK_PYTHON_IMPORT_JSON_H_
#define CROSSCHECK_PYTHON_IMPORT_JSON_H_

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>

#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "crosscheck/store.h"

namespace crosscheck {

// What one export line held: a document, an error, or (monostate) a corpus
// line that is neither.
using ImportedLine = std::variant<std::monostate, Document, ErrorRecord>;

Result<ImportedLine> ParseExportLine(std::string_view line);
Result<Document> DocumentFromJson(const nlohmann::json& j);
Result<ErrorRecord> ErrorFromJson(const nlohmann::json& j);

struct ImportCounts {
  std::uint64_t documents = 0;  // document lines stored
  std::uint64_t errors = 0;     // error lines stored
  std::uint64_t unchanged = 0;  // lines whose input key the store already held (errors
                                // without bytes have none: the store keeps each once
                                // per origin and message, and they count as errors)
  std::uint64_t skipped = 0;    // corpus lines (neither document nor error)
};

// Stores the document and error lines of the JSON Lines file `path` in
// `store` (which must have no open transaction), in file order, inside one
// transaction. A document or error whose input key is already stored is left
// as it is (counted as unchanged), so importing a file twice adds nothing.
// `counts` (may be null) is added to.
Status ImportJsonLines(Store& store, const std::string& path, ImportCounts* counts = nullptr);

}  // namespace crosscheck

#endif  // CROSSCHECK_PYTHON_IMPORT_JSON_H_
