// Thin RAII helpers over the SQLite C API, used only inside src/store.
//
// Statement owns one prepared sqlite3_stmt. Bind*() take 1-based parameter
// indexes; Step() returns true while a row is available, false when done, and
// records any failure in status(). A statement is Reset() before reuse, which
// also clears its bindings. Text bound with BindText() is copied by SQLite
// (SQLITE_TRANSIENT), so the caller's string may die before Step().
//
// Errors: SqliteError() turns the connection's last error into a Status whose
// Location names the database path and whose message holds what we were doing,
// sqlite3_errmsg() and the extended result code, e.g.
//   "/tmp/x.db: io error: insert document: disk I/O error (sqlite code 778)".
//
// Thread safety: none; a Statement belongs to its connection's thread.
#ifndef CROSSCHECK_STORE_SQLITE_UTIL_H_
#define CROSSCHECK_STORE_SQLITE_UTIL_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "crosscheck/status.h"

namespace crosscheck::store {

// The Status for SQLite result `code` on `db` while doing `what`.
Status SqliteError(sqlite3* db, int code, std::string_view what, const std::string& path);

// Runs one or more SQL statements with no parameters and no result rows.
Status Exec(sqlite3* db, const std::string& path, const char* sql, std::string_view what);

class Statement {
 public:
  Statement() = default;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  ~Statement();

  // Compiles `sql` (one statement) on `db`; `path` only labels errors.
  static Result<Statement> Prepare(sqlite3* db, const std::string& path, std::string_view sql);

  bool valid() const { return stmt_ != nullptr; }

  Statement& BindInt(int index, std::int64_t value);
  Statement& BindUint(int index, std::uint64_t value);  // stored bit-for-bit as int64
  Statement& BindDouble(int index, double value);
  Statement& BindText(int index, std::string_view value);
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& BindNull(int index);

  // Advances to the next row: true if a row is ready, false when done or on
  // failure (then status() says why and names `what`).
  bool Step(std::string_view what);
  // Runs a statement that returns no rows; equivalent to Step + status().
  Status Run(std::string_view what);
  const Status& status() const { return status_; }
  void Reset();

  std::int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  std::uint64_t Uint(int column) const { return static_cast<std::uint64_t>(Int(column)); }
  double Double(int column) const { return sqlite3_column_double(stmt_, column); }
  bool IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  // Text or blob bytes of `column`; valid until the next Step/Reset.
  std::string_view Text(int column) const;
  std::string_view Blob(int column) const;

 private:
  Statement(sqlite3* db, std::string path, sqlite3_stmt* stmt)
      : db_(db), path_(std::move(path)), stmt_(stmt) {}
  sqlite3* db_ = nullptr;
  std::string path_;  // labels errors
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
  int bind_error_ = SQLITE_OK;
};

}  // namespace crosscheck::store

#endif  // CROSSCHECK_STORE_SQLITE_UTIL_H_
