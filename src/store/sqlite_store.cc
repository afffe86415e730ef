#include "store/sqlite_store.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <system_error>
#include <utility>

#include "store/offset_map_codec.h"
#include "store/schema.h"

namespace crosscheck {

using store::SqliteError;
using store::SqliteStore;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  const bool in_memory = path.empty() || path == ":memory:";
  if (!in_memory) {
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (!exists && (options.read_only || !options.create)) {
      return Status::NotFound(
          "database does not exist" + std::string(ec ? " (" + ec.message() + ")" : ""),
          {.input = path});
    }
  }
  int flags = SQLITE_OPEN_NOMUTEX;
  if (options.read_only) {
    flags |= SQLITE_OPEN_READONLY;
  } else {
    flags |= SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0);
  }
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status st = SqliteError(db, rc, "open database", path);
    sqlite3_close(db);
    return st;
  }
  auto opened = std::make_unique<SqliteStore>(db, path, options.read_only);
  CROSSCHECK_RETURN_IF_ERROR(opened->Init(options));
  return std::unique_ptr<Store>(std::move(opened));
}

namespace store {
namespace {

using nlohmann::json;

std::string Dump(const json& j) {
  return j.dump(-1, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
}

std::string RemovedJson(const Removed& r) {
  return Dump(json{{"boilerplate_chars", r.boilerplate_chars},
                   {"boilerplate_lines", r.boilerplate_lines},
                   {"duplicate_paragraphs", r.duplicate_paragraphs},
                   {"duplicate_chars", r.duplicate_chars},
                   {"metadata_lines", r.metadata_lines},
                   {"split_sentences", r.split_sentences}});
}

// Metadata fields kept in the `meta` JSON column; absent when empty.
std::string MetaJson(const Document& d) {
  json j = json::object();
  if (!d.canonical_url.empty()) j["canonical_url"] = d.canonical_url;
  if (!d.modified.empty()) j["modified"] = d.modified;
  if (!d.fetched.empty()) j["fetched"] = d.fetched;
  if (!d.outlet_from.empty() && d.outlet_from != "none") j["outlet_from"] = d.outlet_from;
  if (!d.credits.empty()) {  // [[start, end, outlet, how], ...]
    json credits = json::array();
    for (const Credit& c : d.credits) credits.push_back({c.span.start, c.span.end, c.outlet, c.how});
    j["credits"] = std::move(credits);
  }
  return Dump(j);
}

constexpr const char kNow[] = "strftime('%Y-%m-%dT%H:%M:%SZ','now')";

}  // namespace

SqliteStore::SqliteStore(sqlite3* db, std::string path, bool read_only)
    : db_(db), path_(std::move(path)), read_only_(read_only) {}

SqliteStore::~SqliteStore() {
  if (db_ != nullptr && !read_only_ && sqlite3_get_autocommit(db_) == 0) {
    (void)Exec(db_, path_, "ROLLBACK", "roll back on close");
  }
  // Statements are finalised by their destructors; close_v2 waits for them.
  sqlite3_close_v2(db_);
}

Status SqliteStore::Init(const StoreOptions& options) {
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, options.busy_timeout_ms);
  if (!read_only_) {
    // 16 KiB pages hold a typical article row without overflow chains; this
    // cut the CPU per stored document by a quarter against 4 KiB. It only
    // takes effect on a new file (before WAL mode and the first table).
    CROSSCHECK_RETURN_IF_ERROR(Exec(db_, path_, "PRAGMA page_size = 16384", "set page size"));
    // WAL: readers never block the writer, and a killed writer loses only its
    // open transaction. NORMAL sync is durable across process crashes in WAL.
    Result<Statement> wal = Prepare("PRAGMA journal_mode = WAL");
    if (!wal.ok()) return wal.status();
    if (!wal->Step("set WAL journal mode") && !wal->status().ok()) return wal->status();
    CROSSCHECK_RETURN_IF_ERROR(
        Exec(db_, path_, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON", "set pragmas"));
  }
  CROSSCHECK_RETURN_IF_ERROR(Migrate(db_, path_, read_only_));

  const auto prepare = [&](Statement* stmt, std::string_view sql) -> Status {
    Result<Statement> s = Prepare(sql);
    if (!s.ok()) return s.status();
    *stmt = std::move(*s);
    return Status::Ok();
  };
  CROSSCHECK_RETURN_IF_ERROR(
      prepare(&has_input_, "SELECT 1 FROM inputs WHERE origin = ?1 AND input_hash = ?2"));
  CROSSCHECK_RETURN_IF_ERROR(prepare(&document_by_id_, std::string("SELECT ") + kDocumentColumns +
                                                           " FROM documents WHERE id = ?1"));
  CROSSCHECK_RETURN_IF_ERROR(prepare(&spans_of_document_,
                                     "SELECT kind, start, end, data FROM spans "
                                     "WHERE document_rowid = ?1 ORDER BY rowid"));
  if (read_only_) return Status::Ok();
  CROSSCHECK_RETURN_IF_ERROR(
      prepare(&insert_document_,
              "INSERT INTO documents (id, origin, input_hash, format, url, outlet, title, authors, "
              "published, published_from, language, charset, text, removed, to_input, meta) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"));
  CROSSCHECK_RETURN_IF_ERROR(prepare(
      &insert_span_,
      "INSERT INTO spans (document_rowid, kind, start, end, data) VALUES (?1, ?2, ?3, ?4, ?5)"));
  CROSSCHECK_RETURN_IF_ERROR(
      prepare(&insert_fts_, "INSERT INTO docs_fts (rowid, title, text) VALUES (?1, ?2, ?3)"));
  CROSSCHECK_RETURN_IF_ERROR(prepare(
      &insert_input_, std::string("INSERT INTO inputs (origin, input_hash, document_id, error_id, "
                                  "added_at) VALUES (?1, ?2, ?3, ?4, ") +
                          kNow + ")"));
  CROSSCHECK_RETURN_IF_ERROR(prepare(
      &insert_error_, std::string("INSERT INTO errors (origin, input_hash, message, added_at) "
                                  "VALUES (?1, ?2, ?3, ") +
                          kNow + ")"));
  CROSSCHECK_RETURN_IF_ERROR(prepare(
      &has_error_,
      "SELECT 1 FROM errors WHERE origin = ?1 AND input_hash = ?2 AND message = ?3 LIMIT 1"));
  return Status::Ok();
}

int SqliteStore::SchemaVersion() {
  Result<int> v = ReadSchemaVersion(db_, path_);
  return v.ok() ? *v : -1;
}

Status SqliteStore::RequireWritable(std::string_view what) const {
  if (!read_only_) return Status::Ok();
  return Status::InvalidArgument(std::string(what) + ": the database was opened read-only",
                                 {.input = path_});
}

Result<bool> SqliteStore::HasInput(std::string_view origin, std::uint64_t input_hash) {
  has_input_.Reset();
  has_input_.BindText(1, origin).BindUint(2, input_hash);
  const bool found = has_input_.Step("look up input");
  Status st = has_input_.status();
  has_input_.Reset();
  if (!st.ok()) return st;
  return found;
}

Status SqliteStore::Begin() {
  CROSSCHECK_RETURN_IF_ERROR(RequireWritable("begin"));
  if (sqlite3_get_autocommit(db_) == 0) {
    return Status::InvalidArgument("begin: a transaction is already open", {.input = path_});
  }
  return Exec(db_, path_, "BEGIN IMMEDIATE", "begin transaction");
}

Status SqliteStore::Commit() {
  CROSSCHECK_RETURN_IF_ERROR(RequireWritable("commit"));
  if (sqlite3_get_autocommit(db_) != 0) {
    return Status::InvalidArgument("commit: no transaction is open", {.input = path_});
  }
  return Exec(db_, path_, "COMMIT", "commit transaction");
}

Status SqliteStore::Rollback() {
  // SQLite may already have rolled back (e.g. after SQLITE_FULL): then it is done.
  if (read_only_ || sqlite3_get_autocommit(db_) != 0) return Status::Ok();
  return Exec(db_, path_, "ROLLBACK", "roll back transaction");
}

template <typename F>
Status SqliteStore::InTransaction(F&& write) {
  if (sqlite3_get_autocommit(db_) == 0) return write();
  CROSSCHECK_RETURN_IF_ERROR(Begin());
  Status st = write();
  if (st.ok()) st = Commit();
  if (!st.ok()) (void)Rollback();
  return st;
}

Status SqliteStore::PutDocument(const Document& document) {
  CROSSCHECK_RETURN_IF_ERROR(RequireWritable("put document"));
  if (document.id.empty()) {
    return Status::InvalidArgument("put document: the document has no id",
                                   {.input = document.origin});
  }
  return InTransaction([&] { return WriteDocument(document); });
}

Status SqliteStore::WriteDocument(const Document& d) {
  Result<bool> known = HasInput(d.origin, d.input_hash);
  if (!known.ok()) return known.status();
  if (*known) return Status::Ok();  // the first stored version wins

  const std::string what = "insert document " + d.id + " from " + d.origin;
  Statement& doc = insert_document_;
  doc.BindText(1, d.id)
      .BindText(2, d.origin)
      .BindUint(3, d.input_hash)
      .BindText(4, d.format)
      .BindText(5, d.url)
      .BindText(6, d.outlet)
      .BindText(7, d.title)
      .BindText(8, Dump(json(d.authors)))
      .BindText(9, d.published)
      .BindText(10, d.published_from)
      .BindText(11, d.language)
      .BindText(12, d.charset)
      .BindText(13, d.text)
      .BindText(14, RemovedJson(d.removed))
      .BindBlob(15, EncodeOffsetMap(d.to_input))
      .BindText(16, MetaJson(d));
  // A failed statement changes nothing, so a duplicate id leaves the batch intact.
  CROSSCHECK_RETURN_IF_ERROR(doc.Run(what));
  const std::int64_t rowid = sqlite3_last_insert_rowid(db_);

  EncodeSpanRows(d, &span_rows_);
  for (const SpanRow& row : span_rows_) {
    insert_span_.BindInt(1, rowid)
        .BindText(2, row.kind)
        .BindInt(3, row.span.start)
        .BindInt(4, row.span.end);
    if (row.has_data) {
      insert_span_.BindText(5, row.data);
    } else {
      insert_span_.BindNull(5);
    }
    CROSSCHECK_RETURN_IF_ERROR(insert_span_.Run(what));
  }
  insert_fts_.BindInt(1, rowid).BindText(2, d.title).BindText(3, d.text);
  CROSSCHECK_RETURN_IF_ERROR(insert_fts_.Run(what));
  insert_input_.BindText(1, d.origin).BindUint(2, d.input_hash).BindText(3, d.id).BindNull(4);
  return insert_input_.Run(what);
}

Status SqliteStore::PutError(const ErrorRecord& error) {
  CROSSCHECK_RETURN_IF_ERROR(RequireWritable("put error"));
  return InTransaction([&] { return WriteError(error); });
}

Status SqliteStore::WriteError(const ErrorRecord& e) {
  const std::string what = "insert error for " + e.origin;
  if (e.input_hash != 0) {
    Result<bool> known = HasInput(e.origin, e.input_hash);
    if (!known.ok()) return known.status();
    if (*known) return Status::Ok();
  } else {
    // No bytes, so no input key: keep one row per (origin, message).
    has_error_.BindText(1, e.origin).BindUint(2, 0).BindText(3, e.message);
    const bool found = has_error_.Step(what);
    Status st = has_error_.status();
    has_error_.Reset();
    CROSSCHECK_RETURN_IF_ERROR(st);
    if (found) return Status::Ok();
  }
  insert_error_.BindText(1, e.origin).BindUint(2, e.input_hash).BindText(3, e.message);
  CROSSCHECK_RETURN_IF_ERROR(insert_error_.Run(what));
  if (e.input_hash == 0) return Status::Ok();
  const std::int64_t error_id = sqlite3_last_insert_rowid(db_);
  insert_input_.BindText(1, e.origin).BindUint(2, e.input_hash).BindNull(3).BindInt(4, error_id);
  return insert_input_.Run(what);
}

}  // namespace store
}  // namespace crosscheck
