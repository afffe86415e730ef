// SqliteStore: the Store implementation (see include/crosscheck/store.h for
// the contract). Internal to src/store; everyone else uses Store::Open().
//
// Layout of the implementation:
//   sqlite_store.cc       Open, pragmas, transactions, the write path
//   sqlite_store_read.cc  GetDocument, ForEach*, Search, Stats
//   schema.cc             tables and migrations
//   span_rows.cc          Document span lists <-> spans rows
//   offset_map_codec.cc   OffsetMap <-> documents.to_input
//
// The hot write statements are prepared once on Open and reused; a write
// outside Begin()/Commit() runs in a transaction of its own, so a document
// is always stored whole (row, spans, FTS row and input key) or not at all.
#ifndef CROSSCHECK_STORE_SQLITE_STORE_H_
#define CROSSCHECK_STORE_SQLITE_STORE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "crosscheck/store.h"
#include "store/span_rows.h"
#include "store/sqlite_util.h"

namespace crosscheck::store {

class SqliteStore final : public Store {
 public:
  // Takes ownership of the open connection `db`.
  SqliteStore(sqlite3* db, std::string path, bool read_only);
  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  // Sets pragmas, migrates and prepares statements; called once by Open.
  Status Init(const StoreOptions& options);

  int SchemaVersion() override;
  Result<bool> HasInput(std::string_view origin, std::uint64_t input_hash) override;
  Status Begin() override;
  Status Commit() override;
  Status Rollback() override;
  Status PutDocument(const Document& document) override;
  Status PutError(const ErrorRecord& error) override;
  Result<std::optional<Document>> GetDocument(std::string_view id) override;
  Status ForEachDocument(const std::function<bool(const Document&)>& callback) override;
  Status ForEachError(const std::function<bool(const ErrorRecord&)>& callback) override;
  Result<std::vector<SearchHit>> Search(std::string_view query, int limit) override;
  Result<StoreStats> Stats() override;

 private:
  Status RequireWritable(std::string_view what) const;
  // Runs `write` inside the open transaction, or inside one of its own.
  template <typename F>
  Status InTransaction(F&& write);
  Status WriteDocument(const Document& document);
  Status WriteError(const ErrorRecord& error);
  Result<Statement> Prepare(std::string_view sql) { return Statement::Prepare(db_, path_, sql); }
  // Fills the document in `row` (a documents SELECT with kDocumentColumns).
  Status ReadDocument(Statement& row, Document* document);

  sqlite3* db_;
  std::string path_;
  bool read_only_;

  // Cached statements (the write ones only when writable).
  Statement has_input_;
  Statement insert_document_, insert_span_, insert_fts_, insert_input_;
  Statement insert_error_, has_error_;
  Statement document_by_id_, spans_of_document_;
  std::vector<SpanRow> span_rows_;  // reused by WriteDocument
};

// The documents columns ReadDocument() expects, in order.
inline constexpr const char kDocumentColumns[] =
    "rowid, id, origin, input_hash, format, url, outlet, title, authors, published, "
    "published_from, language, charset, text, removed, to_input, meta";

}  // namespace crosscheck::store

#endif  // CROSSCHECK_STORE_SQLITE_STORE_H_
