// Fuzzes the search-box parser: whatever a user types (FTS5 operators, quotes,
// SQL fragments, control bytes, invalid UTF-8), ToFtsQuery must produce a
// query that SQLite's FTS5 accepts — a syntax error would reach the user as a
// failed search. The query runs against a small in-memory FTS5 table.
#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "store/fts_query.h"

namespace {

sqlite3_stmt* MakeStatement() {
  sqlite3* db = nullptr;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) __builtin_trap();
  const char* setup =
      "CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');"
      "INSERT INTO t VALUES ('Harbour wall', 'The wall held at Halvenport overnight.');"
      "INSERT INTO t VALUES ('Ferry halted', 'Ferries to Ostra stopped for two days.');";
  if (sqlite3_exec(db, setup, nullptr, nullptr, nullptr) != SQLITE_OK) __builtin_trap();
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?1", -1, &stmt, nullptr) !=
      SQLITE_OK) {
    __builtin_trap();
  }
  return stmt;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static sqlite3_stmt* stmt = MakeStatement();
  const std::string query =
      crosscheck::store::ToFtsQuery(std::string_view(reinterpret_cast<const char*>(data), size));
  if (query.empty()) return 0;  // nothing searchable: the store answers with no hits
  sqlite3_reset(stmt);
  sqlite3_bind_text(stmt, 1, query.data(), static_cast<int>(query.size()), SQLITE_TRANSIENT);
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
  }
  if (rc != SQLITE_DONE) {
    std::fprintf(stderr, "FTS5 rejected %s: %s\n", query.c_str(),
                 sqlite3_errmsg(sqlite3_db_handle(stmt)));
    __builtin_trap();
  }
  return 0;
}
