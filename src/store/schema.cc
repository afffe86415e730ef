#include "store/schema.h"

#include <array>

#include "store/sqlite_util.h"

namespace crosscheck::store {
namespace {

// v0 -> v1: the first schema. Integers that hold uint64 hashes store the bits
// as int64. Documents are append-only, so the external-content FTS table is
// kept in sync by the insert path (no triggers, no updates).
constexpr const char kV1[] = R"sql(
CREATE TABLE inputs (
  origin      TEXT    NOT NULL,
  input_hash  INTEGER NOT NULL,
  document_id TEXT,
  error_id    INTEGER,
  added_at    TEXT    NOT NULL,
  PRIMARY KEY (origin, input_hash)
) WITHOUT ROWID;

CREATE TABLE documents (
  rowid          INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  origin         TEXT NOT NULL,
  input_hash     INTEGER NOT NULL,
  format         TEXT NOT NULL,
  url            TEXT NOT NULL,
  outlet         TEXT NOT NULL,
  title          TEXT NOT NULL,
  authors        TEXT NOT NULL,
  published      TEXT NOT NULL,
  published_from TEXT NOT NULL,
  language       TEXT NOT NULL,
  charset        TEXT NOT NULL,
  text           TEXT NOT NULL,
  removed        TEXT NOT NULL,
  to_input       BLOB NOT NULL
);

CREATE TABLE spans (
  document_rowid INTEGER NOT NULL REFERENCES documents(rowid),
  kind           TEXT    NOT NULL,
  start          INTEGER NOT NULL,
  end            INTEGER NOT NULL,
  data           TEXT
);
CREATE INDEX spans_by_document ON spans(document_rowid, kind);

CREATE TABLE errors (
  id         INTEGER PRIMARY KEY,
  origin     TEXT    NOT NULL,
  input_hash INTEGER NOT NULL,
  message    TEXT    NOT NULL,
  added_at   TEXT    NOT NULL
);
CREATE INDEX errors_by_input ON errors(origin, input_hash, message);

CREATE VIRTUAL TABLE docs_fts USING fts5(
  title, text,
  content = 'documents', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
)sql";

// v2: document metadata that later readers add (canonical_url, modified,
// fetched, ...) as one JSON object, so a new field needs no new column.
constexpr char kV2[] = R"sql(
ALTER TABLE documents ADD COLUMN meta TEXT NOT NULL DEFAULT '{}';
)sql";

constexpr std::array<const char*, kSchemaVersion> kMigrations = {kV1, kV2};

}  // namespace

std::span<const char* const> Migrations() { return kMigrations; }

Result<int> ReadSchemaVersion(sqlite3* db, const std::string& path) {
  Result<Statement> stmt = Statement::Prepare(db, path, "PRAGMA user_version");
  if (!stmt.ok()) return stmt.status();
  if (!stmt->Step("read schema version")) {
    if (!stmt->status().ok()) return stmt->status();
    return Status::Internal("read schema version: no row", {.input = path});
  }
  return static_cast<int>(stmt->Int(0));
}

Status Migrate(sqlite3* db, const std::string& path, bool read_only) {
  Result<int> version = ReadSchemaVersion(db, path);
  if (!version.ok()) return version.status();
  const auto too_new = [&](int v) {
    return Status::Unsupported("database schema version " + std::to_string(v) +
                                   " is newer than this crosscheck understands (" +
                                   std::to_string(kSchemaVersion) + "); use a newer crosscheck",
                               {.input = path});
  };
  if (*version > kSchemaVersion) return too_new(*version);
  if (*version == kSchemaVersion) return Status::Ok();
  if (read_only) {
    return Status::Unsupported(*version == 0
                                   ? std::string("not a crosscheck database (schema version 0)")
                                   : "database schema version " + std::to_string(*version) +
                                         " needs migrating to " + std::to_string(kSchemaVersion) +
                                         "; open it once for writing (e.g. crosscheck analyze)",
                               {.input = path});
  }
  while (true) {
    CROSSCHECK_RETURN_IF_ERROR(Exec(db, path, "BEGIN IMMEDIATE", "begin migration"));
    Result<int> now = ReadSchemaVersion(db, path);  // another process may have migrated
    Status st = now.status();
    if (st.ok() && *now > kSchemaVersion) st = too_new(*now);
    if (st.ok() && *now == kSchemaVersion) {
      return Exec(db, path, "COMMIT", "commit migration");
    }
    if (st.ok()) {
      const int from = *now;
      st = Exec(db, path, kMigrations[static_cast<std::size_t>(from)],
                "migrate schema from version " + std::to_string(from));
      if (st.ok()) {
        const std::string bump = "PRAGMA user_version = " + std::to_string(from + 1);
        st = Exec(db, path, bump.c_str(), "set schema version");
      }
      if (st.ok()) st = Exec(db, path, "COMMIT", "commit migration");
      if (st.ok()) continue;
    }
    (void)Exec(db, path, "ROLLBACK", "roll back migration");
    return st;
  }
}

}  // namespace crosscheck::store
