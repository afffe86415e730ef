// Store: the embedded SQLite database behind `crosscheck analyze`.
//
// The store is the only code that speaks SQL. It keeps
//   - inputs:    one row per input key (origin, input_hash) -> document id or error,
//                so a second run over the same inputs adds nothing, while the same
//                bytes arriving from two origins are kept twice;
//   - documents: metadata, cleaned text, removed counts, the offset map;
//   - spans:     paragraphs and sentences, and later stages' mentions, quotes,
//                timexes, quantities and flags (tokens are not stored);
//   - errors:    one row per failed input, exported as {"type":"error"};
//   - docs_fts:  an FTS5 index over title and text.
// The schema is versioned (PRAGMA user_version) and migrated forward on Open,
// one transaction per version step (src/store/schema.h).
//
// Durability: the database runs in WAL mode (synchronous=NORMAL, 16 KiB
// pages). Writes belong inside Begin()/Commit() (BEGIN IMMEDIATE); a
// PutDocument/PutError outside one runs in a transaction of its own. A
// process killed mid-batch loses that batch alone, and a rerun (which skips
// inputs where HasInput() is true) completes it. Nothing committed is ever
// rewritten by a later run.
//
// Options (StoreOptions):
//   field             default  meaning
//   read_only         false    open without write access (serve, search, export); writes
//                              then fail with kInvalidArgument; the schema is not migrated
//   create            true     create the file if missing (ignored when read_only)
//   busy_timeout_ms   5000     wait this long for another writer's lock
//
// Thread safety: a Store is not thread-safe; use one per thread (SQLite allows
// many readers and one writer across connections, e.g. a read-only Store for
// HasInput() on the reader thread beside the writing one).
//
// Failure: every Status names the database path (Location::input) and carries
// SQLite's message and extended result code. Open: a missing file with
// create=false or read_only -> kNotFound; not a database -> kCorrupt; a schema
// newer than this code, or (read-only) one that needs migrating ->
// kUnsupported. A constraint or disk-full error leaves the open transaction to
// be rolled back with Rollback().
#ifndef CROSSCHECK_STORE_H_
#define CROSSCHECK_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"

namespace crosscheck {

struct StoreOptions {
  bool read_only = false;
  bool create = true;
  int busy_timeout_ms = 5000;
};

struct SearchHit {
  std::string document_id;
  std::string origin;
  std::string title;
  std::string outlet;
  std::string published;
  std::string snippet;  // matching text with the hits marked [like this]
  double rank = 0.0;    // FTS5 bm25: lower is better
};

struct StoreStats {
  std::int64_t documents = 0;
  std::int64_t errors = 0;
  std::int64_t inputs = 0;
  std::int64_t sentences = 0;
  std::uint64_t boilerplate_chars = 0;
  std::uint64_t boilerplate_lines = 0;
  std::uint64_t duplicate_paragraphs = 0;
  std::vector<std::pair<std::string, std::int64_t>> outlets;    // most documents first
  std::vector<std::pair<std::string, std::int64_t>> languages;  // most documents first
  std::string first_published, last_published;                  // over non-empty dates
  std::vector<std::pair<std::string, std::int64_t>> quotes_by_outlet;  // quotes per outlet
};

class Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options = {});
  virtual ~Store() = default;

  // The schema version of the open database (kSchemaVersion after Open), -1 on error.
  virtual int SchemaVersion() = 0;

  // Whether the input (origin, input_hash) already has a document or an error
  // with bytes (errors with input_hash 0 have no input key).
  virtual Result<bool> HasInput(std::string_view origin, std::uint64_t input_hash) = 0;

  // Begin fails (kInvalidArgument) if a transaction is open, Commit if none is;
  // Rollback with none open (or after SQLite already rolled back) is a no-op.
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;

  // Stores a document with its spans, FTS row and input key, all or nothing.
  // Storing an input key that exists already is a no-op (the first stored
  // version wins). An empty id -> kInvalidArgument; an id already stored under
  // another input key -> kInvalidArgument (UNIQUE constraint), and the rest of
  // the open batch is kept.
  virtual Status PutDocument(const Document& document) = 0;
  // Records a failed input. Errors are keyed like inputs when input_hash != 0;
  // errors without bytes (missing file) are kept once per origin and message.
  virtual Status PutError(const ErrorRecord& error) = 0;

  // A document by id with metadata, text, to_input, removed, paragraphs,
  // sentences, mentions, quotes, timexes, quantities and flags (tokens are not
  // stored: recompute them with TextAnalyzer); nullopt if there is none.
  virtual Result<std::optional<Document>> GetDocument(std::string_view id) = 0;
  // All documents in insertion order, one at a time (never all in memory);
  // the callback returns false to stop. Errors in insertion order likewise.
  virtual Status ForEachDocument(const std::function<bool(const Document&)>& callback) = 0;
  virtual Status ForEachError(const std::function<bool(const ErrorRecord&)>& callback) = 0;

  // FTS5 full-text search, best bm25 rank first (title hits weigh double).
  // `query` is plain words (quoted "phrases" allowed), all of which must
  // match; FTS5 operators in it are treated as words, never as syntax
  // (src/store/fts_query.h). A query without words -> kInvalidArgument.
  // `limit` <= 0 means no limit.
  virtual Result<std::vector<SearchHit>> Search(std::string_view query, int limit) = 0;

  // Counts over the whole store; first/last published consider only values
  // that start with YYYY-MM-DD; outlets include "" for documents without one.
  virtual Result<StoreStats> Stats() = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_H_
